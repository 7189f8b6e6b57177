"""The practice app: ``mockint`` (start screen), ``mockint practice``, ``mockint review``.

Textual, the banks and the store are imported inside the handlers, so ``mockint --help`` stays
instant. Bad options, unknown banks and (for ``--mode speak``) a missing microphone are refused
here, with a one-line message, before the app takes over the terminal.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mockint.banks.rules import ANSWER_SECONDS_RANGE, THINK_SECONDS_RANGE
from mockint.cli.common import add_bank_dir_option, number_option
from mockint.errors import MockintError

MODES = {"type": "typed", "speak": "spoken"}  # what a user types -> SessionOptions.mode


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``practice`` and ``review``."""
    practice = subparsers.add_parser(
        "practice",
        help="start a timed practice session straight away",
        description="Open the practice app on a session of one bank. Times default to each question's own.",
    )
    practice.add_argument("--bank", required=True, metavar="ID", help="the bank to practise (see `mockint banks list`)")
    practice.add_argument("--count", type=number_option(1, 1000, whole=True), metavar="N", help="ask N questions (default: all)")
    practice.add_argument("--shuffle", action="store_true", help="ask the questions in a random order")
    practice.add_argument(
        "--think-seconds", type=number_option(*THINK_SECONDS_RANGE, whole=True, unit="seconds"), metavar="S", help="seconds to think before answering (0: answer at once)"
    )
    practice.add_argument("--answer-seconds", type=number_option(*ANSWER_SECONDS_RANGE, whole=True, unit="seconds"), metavar="S", help="seconds to answer each question")
    practice.add_argument(
        "--mode", choices=tuple(MODES), default="type", help="type the answers (default) or speak them into the microphone"
    )
    practice.add_argument(
        "--device", metavar="D", help="with --mode speak: the input device, an index or name (see `mockint devices`)"
    )
    add_bank_dir_option(practice)
    practice.set_defaults(func=run_practice)

    review = subparsers.add_parser("review", help="browse past sessions, their score cards and trends")
    review.set_defaults(func=run_review)


def _require_terminal() -> None:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise MockintError("the practice app needs an interactive terminal (see `mockint --help` for the other commands)")


def _run_app(**dependencies: Any) -> int:
    from mockint.tui.app import make_app

    make_app(**dependencies).run()
    return 0


def run_default(args: argparse.Namespace) -> int:
    """``mockint`` with no command: the practice app's start screen."""
    _require_terminal()
    return _run_app(initial="start")


def run_practice(args: argparse.Namespace) -> int:
    from mockint.banks.catalog import load_catalog
    from mockint.session.microphone import SpeechSetup
    from mockint.session.options import SessionOptions, plan_questions
    from mockint.tui.app import PracticeRequest

    catalog = load_catalog(args.bank_dirs)
    bank = catalog.get(args.bank)
    options = SessionOptions(
        count=args.count,
        shuffle=args.shuffle,
        think_seconds=args.think_seconds,
        answer_seconds=args.answer_seconds,
        mode=MODES[args.mode],
    )
    plan_questions(bank, options)  # refuses a bank without questions before the app starts
    if options.mode == "spoken":
        _require_microphone(args.device)
    _require_terminal()
    return _run_app(
        catalog=catalog,
        bank_dirs=args.bank_dirs,
        initial=PracticeRequest(bank.id, options),
        speech=SpeechSetup(device=args.device),
    )


def _require_microphone(device: str | None) -> None:
    """PortAudio, at least one input device, and the one ``--device`` names (if given)."""
    from mockint.speech.devices import find_input_device, list_input_devices

    find_input_device(list_input_devices(), device)


def run_review(args: argparse.Namespace) -> int:
    from mockint.store import HistoryStore

    _require_terminal()
    store = HistoryStore()  # a damaged database is reported here, before the app starts
    try:
        return _run_app(store=store, initial="review")
    finally:
        store.close()
