"""Sub-command ``plan``: today's practice (due questions, then ones on your weakest criteria)."""

from __future__ import annotations

import argparse

from mockint.cli.common import add_bank_dir_option, number_option
from mockint.cli.output import line, note, print_json
from mockint.coach import DEFAULT_COUNT, MAX_COUNT


def register(subparsers: argparse._SubParsersAction) -> None:
    plan = subparsers.add_parser(
        "plan",
        help="today's practice: questions due again and ones on your weakest criteria",
        description="Print today's practice plan, most urgent first, each with why it is there.",
    )
    plan.add_argument(
        "--count",
        type=number_option(1, MAX_COUNT, whole=True),
        default=DEFAULT_COUNT,
        metavar="N",
        help=f"how many, 1 to {MAX_COUNT} as in the app ({DEFAULT_COUNT})",
    )
    plan.add_argument("--json", action="store_true", help="print a JSON list")
    add_bank_dir_option(plan)
    plan.set_defaults(func=run_plan)


def run_plan(args: argparse.Namespace) -> int:
    from mockint.aftermath.progress import open_feedback_focus
    from mockint.banks.catalog import load_catalog
    from mockint.cli.history_cmd import rescore_before_reading
    from mockint.coach.plan import build_plan
    from mockint.store import HistoryStore

    catalog = load_catalog(args.bank_dirs)
    with HistoryStore() as store:
        rescore_before_reading(store, args.bank_dirs)
        plan = build_plan(store, catalog, count=args.count, focus=open_feedback_focus(store))
    for notice in plan.notices:
        note(f"mockint: {notice}")
    if args.json:
        print_json([item.to_dict() for item in plan.items])
        return 0
    if plan.weakest:
        weakest = ", ".join(f"{c.label} {round(c.level * 100)}" for c in plan.weakest)
        line(f"Weakest criteria: {weakest}")
    if not plan.items:
        line("Nothing to practise: no usable question bank (see `mockint banks list`).")
        return 0
    line("Today's practice:")
    for number, item in enumerate(plan.items, start=1):
        line(f"{number:>2}. {item.bank_id}/{item.question_id}: {item.text}")
        line(f"    {item.reason}")
    return 0
