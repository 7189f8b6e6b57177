"""Sub-commands: ``history`` (past sessions), ``export`` (one session as md/html/json),
``locate`` (where mockint keeps its files)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mockint.cli import output
from mockint.cli.common import add_bank_dir_option, number_option

if TYPE_CHECKING:
    from mockint.store import HistoryStore
    from mockint.store.records import SessionSummary

EXPORT_FORMATS = ("md", "html", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands."""
    history = subparsers.add_parser(
        "history",
        help="list your practice sessions, newest first",
        description="List practice sessions, newest first: date, bank, number of answers, "
        "mean overall score and the weakest criterion.",
    )
    history.add_argument("--json", action="store_true", help="print a JSON list")
    history.add_argument("--limit", type=number_option(1, 1_000_000, whole=True), metavar="N", help="only the N newest")
    history.add_argument("--bank", metavar="ID", help="only sessions of this bank")
    add_bank_dir_option(history)
    history.set_defaults(func=run_history)

    export = subparsers.add_parser(
        "export",
        help="export a session's scored answers (Markdown, HTML or JSON)",
        description="Write a session's answers with their evidence marked, the criteria "
        "verdicts and tips. Prints to stdout unless -o is given.",
    )
    export.add_argument(
        "session", metavar="SESSION_ID", help="an id from `mockint history`, or 'latest'"
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="md (default), html or json; guessed from -o's suffix when missing",
    )
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (mode 0600)"
    )
    add_bank_dir_option(export)
    export.set_defaults(func=run_export)

    locate = subparsers.add_parser(
        "locate",
        help="print where mockint keeps its data, config and banks",
        description="Print the folders and files mockint uses (MOCKINT_HOME moves them all).",
    )
    locate.add_argument("--json", action="store_true", help="print a JSON object")
    locate.set_defaults(func=run_locate)


def _history_exists() -> bool:
    """Read-only commands do not create the database when there is none yet."""
    from mockint import paths

    return paths.database_file().exists()


def rescore_before_reading(store: HistoryStore, bank_dirs: Sequence[Path] = ()) -> None:
    """Answers an older scorer scored are scored again by this one before the history is read,
    so what a command shows compares scores of one version; progress goes to stderr.

    ``bank_dirs``: the extra bank folders to find the answers' questions in (``--bank-dir``)."""
    from mockint.store.rescore import done_message, outdated_count, pending_message, rescore_outdated

    count = outdated_count(store)
    if not count:
        return
    from mockint.banks.catalog import load_catalog
    from mockint.errors import MockintError

    catalog = load_catalog(bank_dirs)  # a bad --bank-dir is the command's error
    output.note(f"mockint: {pending_message(count)}")
    try:
        report = rescore_outdated(store, catalog=catalog)
    except MockintError as exc:  # e.g. a bad [scoring] config, a locked history: read on anyway
        output.error(f"old scores not updated ({exc}); trends and the plan leave them out until they are")
        return
    output.note(f"mockint: {done_message(report)}")


def run_history(args: argparse.Namespace) -> int:
    from mockint.store import HistoryStore

    sessions = []
    if _history_exists():
        with HistoryStore() as store:
            rescore_before_reading(store, args.bank_dirs)
            sessions = store.list_sessions(limit=args.limit, bank_id=args.bank)
    if args.json:
        output.print_json([s.to_dict() for s in sessions])
        return 0
    if not sessions:
        scope = f" for bank '{args.bank}'" if args.bank else ""
        output.line(
            f"No sessions{scope} yet. Run `mockint` to practise; every scored answer is kept here."
        )
        return 0
    output.line(sessions_table(sessions))
    return 0


_HEADINGS = ("ID", "Date", "Bank", "Answers", "Mean", "Weakest criterion")
_RIGHT_ALIGNED = {0, 3, 4}


def sessions_table(sessions: Sequence[SessionSummary]) -> str:
    """The plain-text table of ``mockint history``, columns aligned."""
    from mockint.store.wording import local_time, mean_text, weakest_text

    rows = [_HEADINGS] + [
        tuple(
            output.cell(text)
            for text in (
                str(s.id),
                local_time(s.started_at),
                s.bank_id,
                str(s.answer_count),
                mean_text(s),
                weakest_text(s),
            )
        )
        for s in sessions
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADINGS))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in _RIGHT_ALIGNED else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def run_export(args: argparse.Namespace) -> int:
    from mockint.store import HistoryStore
    from mockint.store.errors import ExportError
    from mockint.store.export import export_session, format_for_path, save_export

    fmt = args.format
    if fmt is None:
        fmt = format_for_path(args.output) if args.output is not None else "md"
    if not _history_exists():
        raise ExportError("no sessions yet: nothing to export")
    with HistoryStore() as store:
        rescore_before_reading(store, args.bank_dirs)
        if args.session.strip().lower() == "latest":
            session_id = store.latest_session_id()
            if session_id is None:
                raise ExportError("no sessions yet: nothing to export")
        else:
            session_id = _session_id(args.session)
        detail = store.get_session(session_id)
    text = export_session(detail, fmt)
    if args.output is None:
        output.write(text)
    else:
        save_export(text, args.output)
        output.note(f"Wrote session {session_id} ({fmt}) to {args.output}")
    return 0


def _session_id(text: str) -> int:
    from mockint.store.errors import ExportError

    try:
        return int(text)
    except ValueError:
        raise ExportError(
            f"session id must be a number from `mockint history` or 'latest', not {text!r}"
        ) from None


def run_locate(args: argparse.Namespace) -> int:
    from mockint import paths

    places = paths.locations()
    if args.json:
        output.print_json({name: str(path) for name, path in places.items()})
        return 0
    width = max(len(name) for name in places) + 1
    for name, path in places.items():
        output.line(f"{name + ':':<{width}} {path}")
    return 0
