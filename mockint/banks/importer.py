"""``mockint banks import FILE``: a list of questions -> a valid bank in the user's bank folder.

Three inputs, recognised by extension and then by content:

- plain text: one question per line (blank lines and lines starting with ``#`` are skipped);
- a Markdown list (``-``, ``*``, ``+``, ``1.`` or ``1)``): each top-level item is a question,
  items nested under it are its follow-ups, the first heading becomes the title;
- CSV with a ``question`` column; optional ``id``, ``key_points``, ``tags``, ``follow_ups`` (each a
  ``;``-separated list), ``think_seconds`` and ``answer_seconds``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from mockint.banks import BankError, rules
from mockint.banks.model import Bank
from mockint.banks.saving import bank_destination, check_bank_id, save_new_bank
from mockint.banks.textfile import NotText, read_text
from mockint.banks.toml_write import toml_line
from mockint.safe_text import control_name, first_control

CSV_LIST_COLUMNS = ("key_points", "tags", "follow_ups")
CSV_SECONDS_COLUMNS = {
    "think_seconds": rules.THINK_SECONDS_RANGE,
    "answer_seconds": rules.ANSWER_SECONDS_RANGE,
}
CSV_COLUMNS = ("question", "id", *CSV_LIST_COLUMNS, *CSV_SECONDS_COLUMNS)

_LIST_ITEM_RE = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*\S)\s*$")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MARKUP_RE = re.compile(r"\*\*|__|`")
_ID_STOPWORDS = frozenset(
    "a about an and are as at be by can could did do does for from have how i if in is it me of "
    "on or our tell that the this to was what when where which who why will with would you "
    "your".split()
)


@dataclass
class ImportedQuestion:
    text: str
    line: int
    id: str | None = None
    key_points: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    follow_ups: list[str] = field(default_factory=list)
    think_seconds: int | None = None
    answer_seconds: int | None = None


@dataclass
class ParsedList:
    questions: list[ImportedQuestion]
    title: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    path: Path
    bank: Bank
    format: str
    warnings: list[str]


def import_bank(
    source: Path,
    *,
    bank_id: str | None = None,
    title: str | None = None,
    force: bool = False,
    output: Path | None = None,
    fmt: str | None = None,
) -> ImportResult:
    """Read ``source``, write a bank (``ID.toml`` in the user's bank folder unless ``output``)."""
    source = Path(source)
    try:
        text = read_text(source)
    except NotText as exc:
        raise BankError(f"{source}:{exc.line}: {exc.message}") from None
    _refuse_controls(text, source)
    if title is not None and first_control(title, allowed="") is not None:
        raise BankError("--title: contains a control character; give plain text")
    new_id = check_bank_id(bank_id) if bank_id else _id_from_name(source)
    fmt = fmt or detect_format(source, text)
    parsed = parse_questions(text, fmt, source)
    if not parsed.questions:
        raise BankError(
            f"{source}: no questions found (expected one question per line, a Markdown list, "
            "or a CSV file with a 'question' column)"
        )
    name_title = source.stem.replace("_", " ").replace("-", " ").capitalize()
    bank_title = title or parsed.title or name_title
    text_out = bank_toml(new_id, bank_title, source.name, parsed.questions)
    destination = bank_destination(new_id, output)
    bank = save_new_bank(text_out, destination, force=force)
    return ImportResult(destination, bank, fmt, parsed.warnings)


def _refuse_controls(text: str, source: Path) -> None:
    """A question list holds text: tab, newline (and CRLF line ends) but no other control
    character, which could only be a terminal escape sequence or a damaged file."""
    lines = text.replace("\r\n", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        found = first_control(line, allowed="\t")
        if found is not None:
            raise BankError(
                f"{source}:{number}: control character {control_name(line[found])} at column "
                f"{found + 1}: only tab and newline are allowed in a question list; remove it"
            )


def _id_from_name(source: Path) -> str:
    slug = rules.slugify(source.stem)
    if not slug:
        raise BankError(f"{source}: cannot make a bank id from the file name; give one with --id")
    return slug


def detect_format(source: Path, text: str) -> str:
    """``csv`` or ``markdown`` by extension, else by content; ``text`` otherwise."""
    suffix = source.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".md", ".markdown"):
        return "markdown"
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and "question" in _csv_header(lines[0]):
        return "csv"
    items = sum(1 for line in lines if _LIST_ITEM_RE.match(line))
    return "markdown" if lines and items * 2 >= len(lines) else "text"


def parse_questions(text: str, fmt: str, source: Path) -> ParsedList:
    if fmt == "csv":
        parsed = _parse_csv(text, source)
    elif fmt == "markdown":
        parsed = _parse_markdown(text)
    else:
        parsed = _parse_plain(text)
    # A line of nothing but markup (a lone "`" or "**") is not a question.
    parsed.questions = [q for q in parsed.questions if q.text]
    _drop_repeats(parsed)
    _assign_ids(parsed.questions)
    return parsed


# -- the three formats -----------------------------------------------------------------------
def _clean(text: str) -> str:
    return " ".join(_MARKUP_RE.sub("", text).split())


def _parse_plain(text: str) -> ParsedList:
    questions = [
        ImportedQuestion(_clean(line), number)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    return ParsedList(questions)


def _parse_markdown(text: str) -> ParsedList:
    parsed = ParsedList([])
    in_fence = False
    base_indent: int | None = None
    previous_was_item = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        item = _LIST_ITEM_RE.match(line)
        heading = _HEADING_RE.match(line)
        if item:
            indent = len(item.group(1).expandtabs(4))
            if base_indent is None or indent <= base_indent or not parsed.questions:
                base_indent = indent if base_indent is None else min(base_indent, indent)
                parsed.questions.append(ImportedQuestion(_clean(item.group(2)), number))
            else:
                parsed.questions[-1].follow_ups.append(_clean(item.group(2)))
            previous_was_item = True
        elif heading:
            if parsed.title is None and _clean(heading.group(1)):
                parsed.title = _clean(heading.group(1))
            previous_was_item = False
        elif line.strip() and previous_was_item and line[:1].isspace():
            _continue_last_item(parsed.questions[-1], _clean(line))
        else:
            previous_was_item = False
    return parsed


def _continue_last_item(question: ImportedQuestion, more: str) -> None:
    """An indented line under a list item continues that item (or its last follow-up)."""
    if question.follow_ups:
        question.follow_ups[-1] = f"{question.follow_ups[-1]} {more}"
    else:
        question.text = f"{question.text} {more}"


def _csv_header(line: str) -> list[str]:
    delimiter = "\t" if "\t" in line and "," not in line else ","
    row = next(csv.reader([line], delimiter=delimiter), [])
    return [_column_name(cell) for cell in row]


def _column_name(cell: str) -> str:
    return re.sub(r"[\s-]+", "_", cell.strip().lower().lstrip("\ufeff"))


def _parse_csv(text: str, source: Path) -> ParsedList:
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    parsed = ParsedList([])
    ids_seen: dict[str, int] = {}
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [_column_name(cell) for cell in row]
            _check_header(header, source, reader.line_num, parsed.warnings)
            continue
        cells = dict(zip(header, row))
        question = _csv_question(cells, source, reader.line_num)
        if question is None:
            continue
        if question.id and question.id in ids_seen:
            raise BankError(
                f"{source}:{reader.line_num}: id: '{question.id}' is used twice "
                f"(first on line {ids_seen[question.id]})"
            )
        if question.id:
            ids_seen[question.id] = reader.line_num
        parsed.questions.append(question)
    return parsed


def _check_header(header: list[str], source: Path, line: int, warnings: list[str]) -> None:
    if "question" not in header:
        hint = next((h for h in header if rules.did_you_mean(h, ["question"])), None)
        found = f"; did you mean '{hint}'?" if hint else f" (found: {', '.join(header)})"
        raise BankError(f"{source}:{line}: the CSV header has no 'question' column{found}")
    for name in header:
        if name and name not in CSV_COLUMNS:
            warnings.append(f"ignored column '{name}'{rules.did_you_mean(name, CSV_COLUMNS)}")


def _csv_question(cells: dict[str, str], source: Path, line: int) -> ImportedQuestion | None:
    text = _clean(cells.get("question", ""))
    if not text:
        return None
    question = ImportedQuestion(text, line)
    lists = {name: _split_list(cells.get(name, "")) for name in CSV_LIST_COLUMNS}
    question.key_points, question.tags = lists["key_points"], lists["tags"]
    question.follow_ups = list(lists["follow_ups"])
    question_id = cells.get("id", "").strip()
    if question_id:
        if not rules.is_bank_id(question_id):
            raise BankError(
                f"{source}:{line}: id: '{question_id}' is not a valid question id "
                "(lowercase letters, digits and '-')"
            )
        question.id = question_id
    for name, (low, high) in CSV_SECONDS_COLUMNS.items():
        raw = cells.get(name, "").strip()
        if not raw:
            continue
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise BankError(
                f"{source}:{line}: {name}: '{raw}' is not a whole number of seconds "
                f"in {low}..{high}"
            )
        setattr(question, name, int(raw))
    return question


def _split_list(cell: str) -> tuple[str, ...]:
    return tuple(_clean(part) for part in cell.split(";") if part.strip())


# -- ids, repeats and the TOML ---------------------------------------------------------------
def _drop_repeats(parsed: ParsedList) -> None:
    seen: dict[str, int] = {}
    kept = []
    for question in parsed.questions:
        key = question.text.casefold()
        if key in seen:
            parsed.warnings.append(
                f"line {question.line}: skipped a repeat of the question on line {seen[key]}"
            )
            continue
        seen[key] = question.line
        kept.append(question)
    parsed.questions = kept


def question_id_from_text(text: str) -> str:
    """A short id from a question: "Tell me about a time you failed." -> "time-failed"."""
    words = rules.ascii_words(text)
    meaningful = [w for w in words if w not in _ID_STOPWORDS] or words
    return rules.slugify(" ".join(meaningful), max_words=5)


def _assign_ids(questions: list[ImportedQuestion]) -> None:
    used = {q.id for q in questions if q.id}
    for number, question in enumerate(questions, start=1):
        if question.id:
            continue
        base = question_id_from_text(question.text) or f"q{number}"
        candidate, suffix = base, 2
        while candidate in used:
            candidate, suffix = f"{base}-{suffix}", suffix + 1
        question.id = candidate
        used.add(candidate)


def bank_toml(bank_id: str, title: str, source_name: str, questions: list[ImportedQuestion]) -> str:
    """The bank file for imported questions (only the keys that have values)."""
    lines = [
        f"# Imported by `mockint banks import` from {source_name}.",
        "# Add key_points to each question so the relevance criterion can check what an",
        "# answer covers. The format is described in question_banks/README.md (or run",
        "# `mockint banks new` for a commented example).",
        "",
        "[bank]",
        toml_line("id", bank_id),
        toml_line("title", title),
        toml_line("description", f"Imported from {source_name}."),
    ]
    for question in questions:
        lines += ["", "[[questions]]", toml_line("id", question.id or "")]
        lines.append(toml_line("text", question.text))
        optional = {
            "think_seconds": question.think_seconds,
            "answer_seconds": question.answer_seconds,
            "tags": question.tags,
            "key_points": question.key_points,
            "follow_ups": tuple(question.follow_ups),
        }
        lines += [
            toml_line(key, value)
            for key, value in optional.items()
            if value is not None and value != ()
        ]
    return "\n".join(lines) + "\n"
