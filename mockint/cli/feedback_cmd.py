"""``mockint feedback``: what an interviewer or recruiter said, turned into criteria and a drill.

``mockint feedback [FILE|-]`` prints what it understood and the drill; ``--save`` keeps it (the
plan then weighs its criteria until they improve), ``--start`` opens the drill in the app.
``mockint feedback list`` shows saved feedback with the progress since; ``close ID`` closes one.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from mockint.cli import output
from mockint.cli.common import add_bank_dir_option, number_option, read_text
from mockint.errors import MockintError

if TYPE_CHECKING:
    from mockint.aftermath.drill import Drill
    from mockint.aftermath.mapper import FeedbackMapping, Target

MAX_FEEDBACK_BYTES = 64 * 1024
MAX_NAME_CHARS = 200  # a company or role name
_ACTIONS = ("list", "close")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date like 2026-11-20, not {text.strip() or 'nothing'}") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "feedback",
        help="turn an interviewer's feedback into criteria and a drill (list, close ID: saved ones)",
        description="Read what an interviewer or recruiter said (FILE, or standard input with '-' "
        "or no FILE; an email pasted whole is fine), print the criteria and topics it names with "
        "the words that named them, and a drill of questions on them. `mockint feedback list` "
        "shows saved feedback and the progress since; `mockint feedback close ID` stops the plan "
        "weighing one.",
    )
    parser.add_argument("source", nargs="?", metavar="FILE|-|list|close", help="the feedback (default: stdin)")
    parser.add_argument("feedback_id", nargs="?", metavar="ID", help="with close: the feedback's id")
    parser.add_argument("--company", default="", metavar="C", help="the company that gave it")
    parser.add_argument("--role", default="", metavar="R", help="the role you interviewed for")
    parser.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="when it was given (default: today)")
    parser.add_argument("--criteria", metavar="IDS", help="correct the mapping: the criteria to work on, comma-separated")
    parser.add_argument("--topics", metavar="IDS", help="correct the topics, comma-separated ('' for none)")
    parser.add_argument("--count", type=number_option(1, 50, whole=True), default=5, metavar="N", help="drill questions (5)")
    parser.add_argument("--save", action="store_true", help="save it: the plan weighs its criteria until they improve")
    parser.add_argument("--start", action="store_true", help="open the drill in the practice app")
    parser.add_argument("--json", action="store_true", help="print a JSON object (list: a JSON list)")
    add_bank_dir_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.source in _ACTIONS:
        return _run_list(args) if args.source == "list" else _run_close(args)
    if args.feedback_id is not None:
        raise MockintError(f"unexpected argument {args.feedback_id!r}: give one FILE (or 'list', or 'close ID')")
    if args.start:
        _check_start(args)
    company, role = _name("--company", args.company), _name("--role", args.role)
    from mockint.aftermath.drill import build_drill
    from mockint.aftermath.mapper import FeedbackError, map_feedback
    from mockint.banks.catalog import load_catalog

    text, name = read_text(
        args.source, what="feedback", limit_bytes=MAX_FEEDBACK_BYTES, limit_shown="64 KiB",
        missing="no feedback: give FILE, or pipe it into 'mockint feedback -'", refuse_binary=True,
    )
    try:
        mapping = map_feedback(text)
    except FeedbackError as exc:
        where = f"{name}:{exc.line}: feedback" if exc.line is not None else name
        raise MockintError(f"{where}: {exc.reason}") from None
    criteria = _corrected(mapping.criteria, args.criteria, _criterion_ids(), "--criteria", "criterion")
    topics = _corrected(mapping.topics, args.topics, _topic_ids(), "--topics", "topic")
    catalog = load_catalog(args.bank_dirs)
    for notice in catalog.notices:
        output.note(f"mockint: {notice}")
    drill = build_drill(catalog.banks(), [c.id for c in criteria], [t.id for t in topics],
                        count=args.count, timing=mapping.timing)
    if (args.save or args.start) and not (criteria or topics):
        raise MockintError(
            "I couldn't match this feedback to a criterion, so there is nothing to "
            f"{'save' if args.save else 'drill'}: choose with --criteria, one or more of "
            + ", ".join(_criterion_ids())
        )
    saved = _save(text, criteria, topics, company, role, args.date) if args.save else None
    if args.json:
        output.print_json(_json(mapping, criteria, topics, drill, saved))
        return 0
    output.write(render(mapping, criteria, topics, drill))
    if saved is not None:
        output.line(f"Saved as feedback {saved[0]} ({saved[1]}): the plan weighs these criteria until they "
                    f"improve (`mockint feedback close {saved[0]}` to stop).")
    if args.start:
        return _start(drill, company)
    return 0


def _check_start(args: argparse.Namespace) -> None:
    from mockint.cli.app_cmd import _require_terminal

    if args.json:
        raise MockintError("--start opens the app: it cannot be combined with --json")
    if args.source in (None, "-"):
        raise MockintError("--start needs the feedback in a FILE: the app reads your keys from standard input")
    _require_terminal()


def _name(option: str, value: str) -> str:
    from mockint.safe_text import control_name, first_control

    where = first_control(value, allowed="")
    if where is not None:
        raise MockintError(f"{option}: control character {control_name(value[where])} in {output.cell(value)!r}")
    if len(value) > MAX_NAME_CHARS:
        raise MockintError(f"{option}: at most {MAX_NAME_CHARS} characters, got {len(value)}")
    return value.strip()


def _criterion_ids() -> tuple[str, ...]:
    from mockint.aftermath.drill import known_criteria

    return known_criteria()


def _topic_ids() -> tuple[str, ...]:
    from mockint.aftermath.drill import known_topics

    return known_topics()


def _corrected(found: Sequence[Target], given: str | None, known: Sequence[str], option: str,
               what: str) -> list[Target]:
    """The mapping's targets, or the ones given with ``option`` (keeping the evidence found)."""
    from mockint.aftermath.mapper import Target
    from mockint.banks.rules import did_you_mean

    if given is None:
        return list(found)
    evidence = {t.id: t.evidence for t in found}
    chosen: list[Target] = []
    for raw in given.split(","):
        item = raw.strip()
        if not item:
            continue
        if item not in known:
            raise MockintError(f"{option}: unknown {what} {output.cell(item)!r}{did_you_mean(item, known)} "
                               f"(one of {', '.join(known)})")
        if item not in [t.id for t in chosen]:
            chosen.append(Target(item, evidence.get(item, ())))
    return chosen


def _save(text: str, criteria: list[Target], topics: list[Target], company: str, role: str,
          day: date | None) -> tuple[int, str]:
    from mockint.store import HistoryStore
    from mockint.store.feedback_store import FeedbackStore

    given_at = None
    if day is not None:
        if day > date.today():
            raise MockintError(f"--date: {day.isoformat()} is in the future")
        given_at = datetime.combine(day, time()).astimezone()
    with HistoryStore() as history:
        store = FeedbackStore(history)
        feedback_id = store.add(text=text, criteria=criteria, topics=topics, company=company, role=role,
                                given_at=given_at)
        return feedback_id, store.get(feedback_id).title


def _json(mapping: FeedbackMapping, criteria: list[Target], topics: list[Target], drill: Drill,
          saved: tuple[int, str] | None) -> dict[str, Any]:
    from mockint.aftermath.drill import known_criteria

    return {
        "understood": mapping.understood(),
        "matched": mapping.matched,
        "criteria": [t.to_dict() for t in criteria],
        "topics": [t.to_dict() for t in topics],
        "praised": list(dict.fromkeys(f.concept for f in mapping.praise)),
        "questions": drill.refs,
        "drill": [item.to_dict() for item in drill.items],
        "choices": [] if mapping.matched else list(known_criteria()),
        "saved": None if saved is None else saved[0],
    }


def render(mapping: FeedbackMapping, criteria: list[Target], topics: list[Target], drill: Drill) -> str:
    from mockint.aftermath.drill import criterion_label, known_criteria, topic_label

    lines = []
    if mapping.matched:
        lines.append(f"Understood: {mapping.understood()}")
    else:
        lines.append("I couldn't match this to a criterion.")
        if not criteria and not topics:
            lines.append("Choose what to work on with --criteria, one or more of:")
            lines.extend(f"  {cid}  ({criterion_label(cid)})" for cid in known_criteria())
    for target in criteria:
        lines.append(f"  {target.id} ({criterion_label(target.id)}): {_quoted(target.evidence)}")
    for target in topics:
        lines.append(f"  topic {target.id} ({topic_label(target.id)}): {_quoted(target.evidence)}")
    if mapping.praise:
        lines.append(f"Said to be fine: {mapping.praised()}")
    ignored = len(mapping.sentences) - len(mapping.mapped_sentences)
    if mapping.matched and ignored:
        lines.append(f"({ignored} sentence{'s' if ignored != 1 else ''} named nothing to work on: "
                     "greetings, thanks, boilerplate or praise)")
    if drill.items:
        lines.append(f"Drill ({len(drill.items)} question{'s' if len(drill.items) != 1 else ''}):")
        for number, item in enumerate(drill.items, start=1):
            lines.append(f"{number:>2}. {item.ref}: {item.question.text}")
            lines.append(f"    {item.reason} · think {item.think_seconds} s, answer {item.answer_seconds} s")
    elif criteria or topics:
        lines.append("No question in your banks works on these (see `mockint banks list`).")
    return "\n".join(lines) + "\n"


def _quoted(evidence: Sequence[str]) -> str:
    return ", ".join(f"“{output.cell(e)}”" for e in evidence) if evidence else "(chosen by you)"


def _start(drill: Drill, company: str) -> int:
    from mockint.cli.app_cmd import _run_app
    from mockint.session.options import SessionOptions
    from mockint.tui.app import PracticeRequest

    if not drill.items:
        raise MockintError("the drill has no questions: nothing to start")
    bank = drill.bank(f"Feedback drill: {company}" if company else "Feedback drill")
    return _run_app(initial=PracticeRequest(bank.id, SessionOptions(), bank=bank))


def _run_list(args: argparse.Namespace) -> int:
    from mockint.aftermath.progress import describe_progress, feedback_progress
    from mockint.store import HistoryStore
    from mockint.store.feedback_store import FeedbackStore

    if args.feedback_id is not None:
        raise MockintError(f"unexpected argument {args.feedback_id!r}: `mockint feedback list` takes no ID")
    with HistoryStore() as history:
        store = FeedbackStore(history)
        rows = [(r, feedback_progress(store, r)) for r in store.records()]
    if args.json:
        output.print_json([{**r.to_dict(), "progress": [p.to_dict() for p in progress]} for r, progress in rows])
        return 0
    if not rows:
        output.line("No saved feedback yet: `mockint feedback FILE --save` keeps one.")
        return 0
    for record, progress in rows:
        state = "open  " if record.is_open else "closed"
        output.line(f"{record.id:>3}  {state}  {output.cell(describe_progress(record, progress))}")
    return 0


def _run_close(args: argparse.Namespace) -> int:
    from mockint.cli.common import parse_number
    from mockint.store import HistoryStore
    from mockint.store.feedback_store import FeedbackStore

    feedback_id = parse_number(args.feedback_id or "", whole=True)
    if feedback_id is None:
        raise MockintError(f"close: give the feedback's id (a whole number), not {args.feedback_id or 'nothing'}")
    with HistoryStore() as history:
        record = FeedbackStore(history).close(feedback_id)
    output.line(f"Closed feedback {record.id} ({output.cell(record.title)}): the plan no longer weighs its criteria.")
    return 0
