"""The practice app: ``mockint`` (start screen), ``mockint practice``, ``mockint review``.

Textual, the banks and the store are imported inside the handlers, so ``mockint --help`` stays
instant. Bad options, unknown banks and a ``--device`` that names no microphone are refused here,
with a one-line message, before the app takes over the terminal. ``--mode speak`` on a machine
without a usable microphone falls back to typing: the session opens with a notice saying why.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mockint.banks.rules import ANSWER_SECONDS_RANGE, THINK_SECONDS_RANGE
from mockint.cli.common import add_bank_dir_option, number_option
from mockint.errors import MockintError
from mockint.session.options import MODE_WORDS, SPOKEN, TYPED
from mockint.session.settings import load_practice_settings

TYPING_INSTEAD = "--mode speak is not possible here, so this session's answers are typed"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``practice`` and ``review``."""
    practice = subparsers.add_parser(
        "practice",
        help="start a timed practice session straight away",
        description="Open the practice app on a session of one bank. Times default to each question's own.",
    )
    practice.add_argument("--bank", required=True, metavar="ID", help="the bank to practise (see `mockint banks list`)")
    practice.add_argument("--count", type=number_option(1, 1000, whole=True), metavar="N", help="ask N questions (default: all)")
    order = practice.add_mutually_exclusive_group()
    order.add_argument(
        "--shuffle", action="store_true", default=None, help="ask the questions in a random order (the default)"
    )
    order.add_argument(
        "--in-order", dest="shuffle", action="store_false", help="ask the questions in the bank's order"
    )
    practice.add_argument(
        "--think-seconds", type=number_option(*THINK_SECONDS_RANGE, whole=True, unit="seconds"), metavar="S", help="seconds to think before answering (0: answer at once)"
    )
    practice.add_argument("--answer-seconds", type=number_option(*ANSWER_SECONDS_RANGE, whole=True, unit="seconds"), metavar="S", help="seconds to answer each question")
    practice.add_argument(
        "--mode",
        choices=tuple(MODE_WORDS),
        default="type",
        help="type the answers (default) or speak them into the microphone (no microphone: typing)",
    )
    practice.add_argument(
        "--device", metavar="D", help="with --mode speak: the input device, an index or name (see `mockint devices`)"
    )
    practice.add_argument(
        "--voice",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read each question aloud with espeak-ng before the think clock starts (default: [voice] enabled in the config, else off)",
    )
    practice.add_argument(
        "--follow-ups",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="ask a follow-up question when an answer lacks something (default: [practice] follow_ups, else on)",
    )
    add_bank_dir_option(practice)
    practice.set_defaults(func=run_practice)

    review = subparsers.add_parser("review", help="browse past sessions, their score cards and trends")
    review.set_defaults(func=run_review)


def _follow_up_limit(flag: bool | None) -> int:
    """Follow-ups per question: the flag, else the config (a bad [practice] section: one line)."""
    settings = load_practice_settings()
    if flag is None:
        return settings.follow_up_limit
    return max(1, settings.max_follow_ups) if flag else 0


def _require_terminal() -> None:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise MockintError("the practice app needs an interactive terminal (see `mockint --help` for the other commands)")


def _run_app(**dependencies: Any) -> int:
    from mockint.tui.app import make_app

    make_app(**dependencies).run()
    return 0


def run_default(args: argparse.Namespace) -> int:
    """``mockint`` with no command: the practice app's start screen."""
    from mockint.speech.speaker import load_voice_settings

    voice = load_voice_settings()  # a bad [voice] section stops here, in one line
    _require_terminal()
    return _run_app(initial="start", voice=voice)


def run_practice(args: argparse.Namespace) -> int:
    from mockint.banks.catalog import load_catalog
    from mockint.session.options import SessionOptions, plan_questions
    from mockint.speech.microphone import SpeechSetup
    from mockint.speech.speaker import load_voice_settings
    from mockint.tui.app import PracticeRequest
    from mockint.ui_state import load_ui_state

    voice = load_voice_settings(enabled=args.voice)
    catalog = load_catalog(args.bank_dirs)
    bank = catalog.get(args.bank)
    mode, notice = MODE_WORDS[args.mode], None
    if mode == SPOKEN:
        notice = _microphone_problem(args.device)
        if notice is not None:
            mode = TYPED
            print(f"mockint: {notice}", file=sys.stderr)
    options = SessionOptions(
        count=args.count,
        shuffle=load_ui_state().shuffle if args.shuffle is None else args.shuffle,
        think_seconds=args.think_seconds,
        answer_seconds=args.answer_seconds,
        mode=mode,
        follow_ups=_follow_up_limit(args.follow_ups),
    )
    plan_questions(bank, options)  # refuses a bank without questions before the app starts
    _require_terminal()
    return _run_app(
        catalog=catalog,
        bank_dirs=args.bank_dirs,
        initial=PracticeRequest(bank.id, options, notice=notice),
        speech=SpeechSetup(device=args.device),
        voice=voice,
    )


def _microphone_problem(device: str | None) -> str | None:
    """Why spoken answers are not possible here (no PortAudio, no input device), to fall back to
    typing; None when they are. A ``--device`` that matches none of the microphones present is a
    mistake to correct, not a missing microphone: MicrophoneError."""
    from mockint.speech.devices import NO_MICROPHONE, find_input_device, list_input_devices
    from mockint.speech.errors import MicrophoneError

    try:
        devices = list_input_devices()
        if not devices:
            raise MicrophoneError(NO_MICROPHONE)
    except MicrophoneError as exc:
        return f"{TYPING_INSTEAD}: {exc}"
    find_input_device(devices, device)
    return None


def run_review(args: argparse.Namespace) -> int:
    from mockint.store import HistoryStore

    _require_terminal()
    store = HistoryStore()  # a damaged database is reported here, before the app starts
    try:
        return _run_app(store=store, initial="review")
    finally:
        store.close()


# The commands that open the app (which shows config notices as notifications, not on stderr).
APP_HANDLERS = (run_default, run_practice, run_review)
