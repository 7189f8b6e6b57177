"""A session as Markdown: each answer quoted with its evidence in **bold** and tagged with the
criteria it supports, then the criteria table (✓/✗, score out of 100, what was found, tip), the
criteria there was not enough to judge, the overall score and the scorer's version. A follow-up's
answer comes right under the answer it follows (``### Follow-up: <question>``); a retake is an
answer of its own, named as a try of its first answer.

Everything from the user, a bank or the scorer renders as written: Markdown's own characters are
escaped, lines that would start a list, heading, rule or code block are escaped at their start, and
line breaks are kept (hard breaks in answers, ``<br>`` in a heading)."""

from __future__ import annotations

import re

from mockint.store import wording
from mockint.store.highlight import marked_runs, split_by_evidence
from mockint.store.records import AnswerRecord, SessionDetail, with_follow_ups

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~=#&])")
_BULLET_START = re.compile(r"^([ \t]*)([-+])", re.MULTILINE)  # a list item, a rule, a heading line
_NUMBER_START = re.compile(r"^([ \t]*\d+)([.)])(?=\s|$)", re.MULTILINE)  # "1. x": a numbered list
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)  # four spaces would start a code block
_NO_BREAK_SPACE = "\u00a0"


def escape(text: str) -> str:
    """Text that Markdown shows as written: no emphasis, code, links, HTML, tables, headings,
    rules or lists from it."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    escaped = _BULLET_START.sub(r"\1\\\2", escaped)
    return _NUMBER_START.sub(r"\1\\\2", escaped)


def _kept_indent(line: str) -> str:
    """A line's leading spaces as no-break spaces: indented as written, never a code block."""
    return _INDENT.sub(lambda m: _NO_BREAK_SPACE * len(m.group(0).expandtabs(4)), line)


def _heading_text(text: str) -> str:
    """Text for one heading line: its line breaks as ``<br>`` (a heading is one line)."""
    lines = [escape(line.strip()) for line in text.strip().splitlines()]
    return "<br>".join(lines)


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
    """A block quote keeping every line break: a line followed by another ends in a hard break."""
    lines = [_kept_indent(line.rstrip()) for line in text.split("\n")]
    quoted = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        hard_break = "\\" if line.strip() and following.strip() else ""
        quoted.append(f"> {line}{hard_break}".rstrip())
    return "\n".join(quoted)


def _criteria_table(answer: AnswerRecord) -> list[str]:
    lines = ["| | Criterion | Score | Found | Tip |", "|---|---|---|---|---|"]
    for c in answer.card.criteria:
        mark = wording.PASS_MARK if c.passed else wording.FAIL_MARK
        lines.append(
            f"| {mark} | {_cell(c.label)} | {wording.out_of_100(c.score)} | {_cell(c.summary)}"
            f" | {_cell(c.tip)} |"
        )
    return lines


def _not_judged(answer: AnswerRecord, labels: dict[str, str]) -> list[str]:
    """One line per criterion there was not enough to judge (out of the overall score)."""
    return [f"- {escape(wording.not_judged_text(n, labels))}" for n in answer.card.not_judged]


def _answer_body(answer: AnswerRecord, labels: dict[str, str]) -> list[str]:
    """An answer under its heading: its facts, the quoted answer, the criteria and the overall."""
    facts = f"{wording.answer_heading(answer)} · {wording.answer_facts(answer)}"
    lines = [f"*{escape(facts)}*", "", _quote(marked_answer(answer, labels)), ""]
    lines += _criteria_table(answer)
    not_judged = _not_judged(answer, labels)
    if not_judged:
        lines += ["", *not_judged]
    scorer = escape(wording.scorer_line(answer.card))
    return [*lines, "", f"**Overall: {answer.card.overall}/100** · *{scorer}*"]


def render_markdown(detail: SessionDetail) -> str:
    labels = wording.criterion_labels(detail)
    lines = [f"# {escape(wording.session_title(detail.summary))}", ""]
    lines += [
        f"- **{name}:** {escape(value)}" for name, value in wording.session_facts(detail.summary)
    ]
    for number, (answer, follow_ups) in enumerate(with_follow_ups(detail.answers), start=1):
        lines += ["", f"## {number}. {_heading_text(answer.question_text)}", ""]
        lines += _answer_body(answer, labels)
        for follow_up in follow_ups:
            lines += ["", f"### Follow-up: {_heading_text(follow_up.question_text)}", ""]
            lines += _answer_body(follow_up, labels)
    if not detail.answers:
        lines += ["", "*No answers in this session.*"]
    return "\n".join(lines) + "\n"
