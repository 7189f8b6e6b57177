"""Sub-command ``compare``: attempts at one question, criterion by criterion, then -> now."""

from __future__ import annotations

import argparse

from mockint.cli.common import add_bank_dir_option
from mockint.cli.output import line, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    compare = subparsers.add_parser(
        "compare",
        help="compare attempts at the same question (then -> now per criterion)",
        description="Compare two or more answers to the same question: each criterion's score "
        "then -> now with ▲/▼, and the overall change.",
    )
    compare.add_argument("answers", nargs="+", type=_answer_id, metavar="ANSWER_ID")
    compare.add_argument("--json", action="store_true", help="print a JSON object")
    add_bank_dir_option(compare)
    compare.set_defaults(func=run_compare)


def _answer_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"an answer id is a number, not {text!r}") from None


def run_compare(args: argparse.Namespace) -> int:
    from mockint import paths
    from mockint.cli.history_cmd import rescore_before_reading
    from mockint.coach.compare import CompareError, arrow, compare_answers
    from mockint.store import HistoryStore

    if not paths.database_file().exists():
        raise CompareError(f"no answer {args.answers[0]} in the history (there is no history yet)")
    with HistoryStore() as store:
        rescore_before_reading(store, args.bank_dirs)
        comparison = compare_answers(store, args.answers)
    if args.json:
        print_json(comparison.to_dict())
        return 0
    line(f"{comparison.question_ref}: {comparison.question_text}")
    ids = " → ".join(str(a.answer_id) for a in comparison.attempts)
    line(f"answers {ids}")
    width = max(len(c.label) for c in comparison.criteria) if comparison.criteria else 7
    for c in comparison.criteria:
        scores = " → ".join("—" if s is None else str(s) for s in c.scores)
        line(f"  {c.label:<{width}}  {scores}  {arrow(c.change)}".rstrip())
    overall = " → ".join(str(a.overall) for a in comparison.attempts)
    line(f"  {'Overall':<{width}}  {overall}  {arrow(comparison.overall_change)}")
    return 0
