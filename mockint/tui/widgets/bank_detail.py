"""How the banks screen describes a bank file: a list entry, and the full detail of one bank
(its questions) or of a broken file (every problem with its line). Bank text is shown literally.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from mockint.banks.model import BankEntry
from mockint.tui.literal import literal

OK_MARK = "✓"
BROKEN_MARK = "✗"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def entry_status(entry: BankEntry) -> str:
    """``7 questions``, ``overridden``, or ``broken: 2 problems``."""
    if not entry.ok:
        return f"broken: {_plural(len(entry.problems), 'problem')}"
    if entry.overridden_by is not None:
        return "overridden"
    assert entry.bank is not None
    return _plural(len(entry.bank.questions), "question")


def entry_prompt(entry: BankEntry) -> Text:
    """Two lines for the bank list: mark and title, then source and status."""
    prompt = Text()
    prompt.append(f"{OK_MARK} " if entry.ok else f"{BROKEN_MARK} ", "bold green" if entry.ok else "bold red")
    prompt.append_text(literal(entry.title or entry.bank_id or entry.path.name, "bold"))
    prompt.append("\n  ")
    prompt.append(f"{entry.source} · {entry_status(entry)}", "dim")
    return prompt


def _header(entry: BankEntry) -> Text:
    text = Text()
    text.append_text(literal(entry.title or entry.bank_id or entry.path.name, "bold"))
    text.append("\n")
    text.append_text(literal(f"id {entry.bank_id} · {entry.source} · {entry_status(entry)}", "dim"))
    text.append("\n")
    text.append_text(literal(str(entry.path), "dim italic"))
    text.append("\n")
    if entry.notice:
        text.append_text(literal(f"Note: {entry.notice}", "italic"))
        text.append("\n")
    if entry.overridden_by is not None:
        text.append_text(literal(f"Not used: overridden by {entry.overridden_by}", "italic"))
        text.append("\n")
    return text


def _problems(entry: BankEntry) -> Text:
    text = Text()
    text.append(f"\nThis bank cannot be used until it is fixed ({_plural(len(entry.problems), 'problem')}):\n", "bold red")
    for problem in entry.problems:
        text.append("• ", "red")
        text.append_text(literal(f"line {problem.line}: {problem.field}: {problem.message}"))
        text.append("\n")
    if entry.source != "built-in":
        text.append("\nPress e to open it in your editor; it is checked again when you come back.", "italic")
    return text


def _questions(entry: BankEntry) -> RenderableType:
    """The description, the default times, then each question with its times, id and tags."""
    bank = entry.bank
    assert bank is not None
    intro = Text()
    if bank.description:
        intro.append("\n")
        intro.append_text(literal(bank.description))
        intro.append("\n")
    intro.append(f"\nThink {bank.think_seconds} s · answer {bank.answer_seconds} s by default\n", "dim")
    questions = Table.grid(padding=(0, 1, 1, 0))
    questions.add_column(justify="right", no_wrap=True, style="bold")
    questions.add_column(ratio=1)
    for number, question in enumerate(bank.questions, 1):
        details = [f"{question.think_seconds} s + {question.answer_seconds} s", f"id {question.id}"]
        if question.tags:
            details.append("tags: " + ", ".join(question.tags))
        body = literal(question.text)
        body.append("\n")
        body.append_text(literal(" · ".join(details), "dim"))
        questions.add_row(f"{number}.", body)
    return Group(intro, questions)


def entry_details(entry: BankEntry) -> RenderableType:
    """The right-hand panel: header, then the questions or the problems."""
    return Group(_header(entry), _questions(entry) if entry.ok else _problems(entry))
