"""A session as Markdown: each answer quoted with its evidence in **bold** and tagged with the
criteria it supports, then the criteria table (✓/✗, score, what was found, tip)."""

from __future__ import annotations

import re

from mockint.store import wording
from mockint.store.highlight import marked_runs, split_by_evidence
from mockint.store.records import AnswerRecord, SessionDetail

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~=#&])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(?=\s|$)", re.MULTILINE)


def escape(text: str) -> str:
    """Text that Markdown shows as written: no emphasis, links, HTML, tables or lists from it."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _cell(text: str) -> str:
    return escape(" ".join(text.split())) or " "


def _bold(text: str) -> str:
    """``**text**`` with surrounding whitespace kept outside (CommonMark ignores ``** x**``)."""
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}**{escape(core)}**{trail}"


def marked_answer(answer: AnswerRecord, labels: dict[str, str]) -> str:
    """The answer text with each run of evidence in bold followed by its criteria in italics."""
    out = []
    for run in marked_runs(split_by_evidence(answer.text, answer.card)):
        if not run.marked:
            out.append(escape(run.text))
            continue
        out.append("\n".join(_bold(line) for line in run.text.split("\n")))
        tags = "; ".join(escape(labels.get(c, c)) for c in run.criteria)
        out.append(f" *({tags})*")
    return "".join(out)


def _quote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.split("\n"))


def _criteria_table(answer: AnswerRecord) -> list[str]:
    lines = ["| | Criterion | Score | Found | Tip |", "|---|---|---|---|---|"]
    for c in answer.card.criteria:
        mark = wording.PASS_MARK if c.passed else wording.FAIL_MARK
        lines.append(
            f"| {mark} | {_cell(c.label)} | {wording.criterion_score(c.score)} | {_cell(c.summary)}"
            f" | {_cell(c.tip)} |"
        )
    return lines


def render_markdown(detail: SessionDetail) -> str:
    labels = wording.criterion_labels(detail)
    lines = [f"# {escape(wording.session_title(detail.summary))}", ""]
    lines += [
        f"- **{name}:** {escape(value)}" for name, value in wording.session_facts(detail.summary)
    ]
    for number, answer in enumerate(detail.answers, start=1):
        lines += ["", f"## {number}. {escape(answer.question_text)}", ""]
        lines += [f"*{escape(wording.answer_facts(answer))}*", ""]
        lines += [_quote(marked_answer(answer, labels)), ""]
        lines += _criteria_table(answer)
        lines += ["", f"**Overall: {answer.card.overall}/100**"]
    if not detail.answers:
        lines += ["", "*No answers in this session.*"]
    return "\n".join(lines) + "\n"
