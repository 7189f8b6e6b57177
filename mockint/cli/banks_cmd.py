"""Sub-commands: ``mockint banks list | validate | show | new | import``.

Only argparse wiring lives at the top; the banks package is imported inside each handler.
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockint.cli import output
from mockint.cli.common import add_bank_dir_option
from mockint.errors import MockintError

if TYPE_CHECKING:
    from mockint.banks.model import Bank, BankEntry, Question


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``mockint banks`` and its sub-commands."""
    banks = subparsers.add_parser(
        "banks",
        help="list, check, show, create and import question banks",
        description="Question banks: the built-in ones, yours (in the user bank folder, see "
        "`mockint locate`) and any folder given with --bank-dir.",
    )
    commands = banks.add_subparsers(dest="banks_command", metavar="SUBCOMMAND")
    banks.set_defaults(func=lambda _args: _missing_subcommand(banks, commands))

    listing = commands.add_parser("list", help="every bank: id, title, questions, status, file")
    listing.add_argument("--json", action="store_true", help="print a JSON list instead")
    listing.set_defaults(func=_list)

    validate = commands.add_parser(
        "validate",
        help="check bank files and print every problem",
        description="Print every problem as FILE:LINE: field: message; exit 1 if there is any.",
    )
    validate.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH",
        help="bank files or folders of them (default: every known bank)",
    )
    validate.set_defaults(func=_validate)

    show = commands.add_parser("show", help="a bank's questions with times and key points")
    show.add_argument("bank_id", metavar="ID", help="a bank id, or BANK_ID/QUESTION_ID")
    show.set_defaults(func=_show)

    new = commands.add_parser("new", help="write a commented bank template to fill in")
    new.add_argument("bank_id", metavar="ID", help="the new bank's id (lowercase, digits, '-')")
    new.add_argument("--title", help="the bank's title")
    new.add_argument(
        "-o", "--output", type=Path, metavar="PATH",
        help="file or folder to write to (default: the user bank folder)",
    )
    new.add_argument("--force", action="store_true", help="replace an existing file")
    new.set_defaults(func=_new)

    importer = commands.add_parser(
        "import",
        help="make a bank from a text, Markdown or CSV list of questions",
        description="Plain text (one question per line), a Markdown list (nested items become "
        "follow-ups), or CSV with a 'question' column (optional: id, key_points, tags, "
        "follow_ups as ';'-separated lists, think_seconds, answer_seconds).",
    )
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--id", dest="bank_id", help="the bank's id (default: from FILE's name)")
    importer.add_argument("--title", help="the bank's title")
    importer.add_argument(
        "--format", dest="fmt", choices=("text", "markdown", "csv"),
        help="the input's format (default: from the extension, else the content)",
    )
    importer.add_argument(
        "-o", "--output", type=Path, metavar="PATH",
        help="file or folder to write to (default: the user bank folder)",
    )
    importer.add_argument("--force", action="store_true", help="replace an existing bank file")
    importer.set_defaults(func=_import)

    for parser in (listing, validate, show, new, importer):
        add_bank_dir_option(parser)


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _missing_subcommand(parser: argparse.ArgumentParser, commands: argparse._SubParsersAction) -> int:
    """``mockint banks`` alone is a mistake like any other: one ``mockint:`` line, exit 1."""
    names = list(commands.choices)
    raise MockintError(
        f"`{parser.prog}` needs a subcommand: {', '.join(names[:-1])} or {names[-1]} "
        f"(see `{parser.prog} --help`)"
    )


# -- list ----------------------------------------------------------------------------------
def _list(args: argparse.Namespace) -> int:
    from mockint.banks.catalog import load_catalog

    catalog = load_catalog(args.bank_dirs)
    for notice in catalog.notices:
        output.note(f"note: {notice}")
    if args.json:
        output.print_json([_entry_json(entry) for entry in catalog.entries])
        return 0
    rows: list[tuple[str, ...]] = [("ID", "TITLE", "QUESTIONS", "STATUS", "SOURCE", "PATH")]
    rows += [_entry_row(entry) for entry in catalog.entries]
    widths = [max(len(row[col]) for row in rows) for col in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths)]
        output.line("  ".join([*cells, row[-1]]))
    return 0


def _status(entry: BankEntry) -> str:
    if not entry.ok:
        return f"broken ({_counted(len(entry.problems), 'problem')})"
    return "overridden" if entry.overridden_by else "ok"


def _entry_row(entry: BankEntry) -> tuple[str, ...]:
    questions = str(len(entry.bank.questions)) if entry.bank else "-"
    status = _status(entry)
    cells = (entry.bank_id, entry.title or "-", questions, status, entry.source, str(entry.path))
    return tuple(output.cell(text) for text in cells)


def _entry_json(entry: BankEntry) -> dict[str, Any]:
    return {
        "id": entry.bank_id,
        "title": entry.title,
        "questions": len(entry.bank.questions) if entry.bank else 0,
        "path": str(entry.path),
        "source": entry.source,
        "ok": entry.ok,
        "status": _status(entry).split(" ")[0],
        "errors": [str(problem) for problem in entry.problems],
        "notice": entry.notice,
        "overridden_by": str(entry.overridden_by) if entry.overridden_by else None,
    }


# -- validate ------------------------------------------------------------------------------
def _validate(args: argparse.Namespace) -> int:
    from mockint.banks.catalog import load_catalog
    from mockint.banks.loader import load_bank_file

    if args.paths:
        from mockint.banks.catalog import expand_bank_paths

        files = expand_bank_paths([*args.paths, *args.bank_dirs])
        entries = [load_bank_file(path, "user") for path in files]
    else:
        entries = load_catalog(args.bank_dirs).entries
    problems = [problem for entry in entries for problem in entry.problems]
    for problem in problems:
        output.line(str(problem))
    broken = sum(1 for entry in entries if entry.problems)
    checked = _counted(len(entries), "bank file")
    if problems:
        output.line(f"{_counted(len(problems), 'problem')} in {broken} of {checked}")
        return 1
    output.line(f"{checked} checked: no problems")
    return 0


# -- show ----------------------------------------------------------------------------------
def _show(args: argparse.Namespace) -> int:
    from mockint.banks.catalog import load_catalog

    catalog = load_catalog(args.bank_dirs)
    if "/" in args.bank_id:
        bank, question = catalog.find_question(args.bank_id)
        _print_question(question, bank.questions.index(question) + 1, bank)
    else:
        _print_bank(catalog.get(args.bank_id))
    return 0


def _print_bank(bank: Bank) -> None:
    output.line(f"{bank.title}  [{bank.id}]")
    if bank.description:
        output.line(bank.description)
    output.line(f"file: {bank.path}")
    output.line(f"defaults: think {bank.think_seconds}s, answer {bank.answer_seconds}s")
    output.line(f"criteria: {_criteria_text(bank.criteria)}")
    for criterion in bank.custom_criteria:
        output.line(f"own criterion: {criterion.id} ({criterion.label}, weight {criterion.weight:g})")
    output.line(f"\n{_counted(len(bank.questions), 'question')}:")
    for number, question in enumerate(bank.questions, start=1):
        output.line()
        _print_question(question, number, bank)


def _criteria_text(criteria: tuple[str, ...] | None) -> str:
    return "every built-in criterion" if criteria is None else ", ".join(criteria) or "none"


def _print_question(question: Question, number: int, bank: Bank) -> None:
    output.line(f"{number}. {question.text}")
    details = [
        f"id {question.id}",
        f"think {question.think_seconds}s",
        f"answer {question.answer_seconds}s",
    ]
    details.append(_type_text(question))
    if question.tags:
        details.append("tags: " + ", ".join(question.tags))
    output.line("   " + " | ".join(details))
    if question.custom_criteria is not None:  # its own list: exactly these score it
        own = (*(question.criteria or ()), *question.custom_criteria)
        output.line(f"   criteria: {', '.join(own) or 'none'}")
    elif question.criteria != bank.criteria:
        output.line(f"   criteria: {_criteria_text(question.criteria)}")
    synonyms = dict(question.synonyms)
    points = tuple(
        f"{point} (or: {'; '.join(synonyms[point])})" if point in synonyms else point
        for point in question.key_points
    )
    lists = (("key points", points), ("follow-ups", question.follow_ups))
    for heading, items in lists:
        if items:
            output.line(f"   {heading}:")
            for item in items:
                output.line(f"     - {item}")
    if question.example_answer:
        output.line("   example answer:")
        for paragraph in textwrap.wrap(question.example_answer, width=92):
            output.line(f"     {paragraph}")


def _type_text(question: Question) -> str:
    """``type story``, or ``type story (from the text)`` when the bank gives none."""
    if question.question_type is not None:
        return f"type {question.question_type}"
    from mockint.scoring.questions import infer_question_type

    return f"type {infer_question_type(question.text)} (from the text)"


def _new(args: argparse.Namespace) -> int:
    from mockint.banks.template import write_template

    path = write_template(args.bank_id, args.output, title=args.title, force=args.force)
    output.line(f"wrote {path}")
    output.line(f"edit it, then check it with: mockint banks validate {path}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from mockint.banks.importer import import_bank

    result = import_bank(
        args.file,
        bank_id=args.bank_id,
        title=args.title,
        force=args.force,
        output=args.output,
        fmt=args.fmt,
    )
    for warning in result.warnings:
        output.note(f"note: {args.file}: {warning}")
    output.line(
        f"imported {_counted(len(result.bank.questions), 'question')} ({result.format}) "
        f"into bank '{result.bank.id}': {result.path}"
    )
    output.line(f"see it with: mockint banks show {result.bank.id}")
    return 0
