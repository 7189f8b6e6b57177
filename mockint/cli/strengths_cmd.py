"""``mockint strengths``: the "my strengths" profile (three skills, each with the story that proves
it), kept with the history. Answers to "tell me about yourself"-style questions are then checked
for them (the ``shows_strengths`` criterion).

    mockint strengths                         # show the profile (--json too)
    mockint strengths set 1 --skill "..." --story "..."   (or --story-file FILE|-)
    mockint strengths clear [N]               # forget one strength, or all of them
"""

from __future__ import annotations

import argparse

from mockint.cli import output
from mockint.cli.common import number_option, read_text_input

_POSITION = number_option(1, 3, whole=True)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "strengths",
        help="the three strengths you want employers to remember",
        description="Show, set or clear your strengths profile: up to three skills, each with the "
        "story that proves it. Self-description answers are checked for them.",
    )
    parser.add_argument("--json", action="store_true", help="show the profile as JSON")
    parser.set_defaults(func=run_show)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    show = actions.add_parser("show", help="show the profile (the default)")
    show.add_argument("--json", action="store_true", help="as JSON")
    show.set_defaults(func=run_show)
    put = actions.add_parser("set", help="set strength N (1 to 3)")
    put.add_argument("position", type=_POSITION, metavar="N", help="1, 2 or 3")
    put.add_argument("--skill", required=True, metavar="TEXT", help="the skill, in a few words")
    story = put.add_mutually_exclusive_group(required=True)
    story.add_argument("--story", metavar="TEXT", help="the story that proves it")
    story.add_argument("--story-file", metavar="FILE|-", help="read the story from FILE ('-': standard input)")
    put.set_defaults(func=run_set)
    clear = actions.add_parser("clear", help="forget strength N, or every strength")
    clear.add_argument("position", nargs="?", type=_POSITION, metavar="N")
    clear.set_defaults(func=run_clear)


def _store():  # noqa: ANN202 - a StrengthsStore (imported lazily)
    from mockint.store import HistoryStore
    from mockint.store.strengths_store import StrengthsStore

    return StrengthsStore(HistoryStore())


def run_show(args: argparse.Namespace) -> int:
    store = _store()
    try:
        positions = store.positions()
    finally:
        store.history.close()
    if getattr(args, "json", False):
        output.print_json([{"position": n, "skill": s.skill, "story": s.story} for n, s in positions.items()])
        return 0
    if not positions:
        output.line("No strengths yet. Add up to three, each with the story that proves it:")
        output.line('  mockint strengths set 1 --skill "turning messy data into decisions" '
                    '--story "At Acme I rebuilt the churn report; pricing changed within a month."')
        return 0
    for position, strength in positions.items():
        output.line(output.cell(f"{position}. {strength.skill}"))
        output.line(output.cell(f"   story: {strength.story}"))
    return 0


def run_set(args: argparse.Namespace) -> int:
    story = args.story
    if args.story_file is not None:
        story = read_text_input(args.story_file, "story", "mockint strengths set N --skill S --story-file -")
    store = _store()
    try:
        strength = store.set(args.position, args.skill, story)
    finally:
        store.history.close()
    output.line(output.cell(f"Strength {args.position} saved: {strength.skill}"))
    return 0


def run_clear(args: argparse.Namespace) -> int:
    store = _store()
    try:
        removed = store.clear(args.position)
    finally:
        store.history.close()
    what = f"strength {args.position}" if args.position else "every strength"
    output.line(f"Cleared {what} ({removed} removed)." if removed else f"Nothing to clear: no {what} was set.")
    return 0
