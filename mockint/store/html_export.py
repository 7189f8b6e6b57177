"""A session as one self-contained HTML page: evidence in ``<mark>`` with a class and colour per
criterion, a legend, and for every answer the criteria table (scores out of 100), the criteria
there was not enough to judge, the overall score and the scorer's version. Everything from the
user or the scorer is HTML-escaped. A follow-up's answer is a ``<section class="follow-up">``
inside the section of the answer it follows; a retake has a section of its own."""

from __future__ import annotations

import re
from html import escape

from mockint.store import wording
from mockint.store.highlight import split_by_evidence
from mockint.store.records import AnswerRecord, SessionDetail, with_follow_ups

_PALETTE = (
    "#ffe08a",
    "#a8e6a3",
    "#9fd3ff",
    "#ffb3c7",
    "#d3b8ff",
    "#ffc999",
    "#b5f0e8",
    "#e6e68a",
    "#f5b5f0",
    "#c2d6a3",
    "#c9c9ff",
    "#ffd6d6",
)

_PAGE_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #1d1d1f; }
.answer { white-space: pre-wrap; border-left: 4px solid #ccc; padding: 0.5rem 1rem; }
mark { padding: 0 0.1em; border-radius: 0.2em; }
mark.multi { outline: 2px dashed #555; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
td.pass { color: #1a7f37; } td.fail { color: #c62828; }
.legend mark { margin-right: 0.5rem; }
.facts { color: #555; }
.not-judged { color: #666; }
.scorer { color: #555; font-size: 0.9em; }
.follow-up { margin-left: 1.5rem; padding-left: 1rem; border-left: 2px solid #e0e0e0; }
"""


def css_classes(labels: dict[str, str]) -> dict[str, str]:
    """A distinct, safe class name per criterion id (``c-concrete_example``)."""
    classes: dict[str, str] = {}
    for cid in labels:
        name = "c-" + (re.sub(r"[^A-Za-z0-9_-]", "-", cid) or "x")
        while name in classes.values():
            name += "-"
        classes[cid] = name
    return classes


def _style(classes: dict[str, str]) -> str:
    colours = "\n".join(
        f"mark.{name} {{ background: {_PALETTE[i % len(_PALETTE)]}; }}"
        for i, name in enumerate(classes.values())
    )
    return f"<style>{_PAGE_STYLE}{colours}\n</style>"


def marked_answer(answer: AnswerRecord, labels: dict[str, str], classes: dict[str, str]) -> str:
    out = []
    for piece in split_by_evidence(answer.text, answer.card):
        if not piece.marked:
            out.append(escape(piece.text))
            continue
        names = [classes[c] for c in piece.criteria]
        if len(names) > 1:
            names.append("multi")
        title = "; ".join(labels[c] for c in piece.criteria)
        out.append(
            f'<mark class="{" ".join(names)}" title="{escape(title)}">{escape(piece.text)}</mark>'
        )
    return "".join(out)


def _legend(labels: dict[str, str], classes: dict[str, str]) -> str:
    items = "".join(
        f'<mark class="{classes[cid]}">{escape(label)}</mark>' for cid, label in labels.items()
    )
    return f'<p class="legend"><strong>Evidence:</strong> {items}</p>'


def _criteria_table(answer: AnswerRecord) -> str:
    rows = []
    for c in answer.card.criteria:
        verdict = ("pass", wording.PASS_MARK) if c.passed else ("fail", wording.FAIL_MARK)
        rows.append(
            f'<tr><td class="{verdict[0]}">{verdict[1]}</td><td>{escape(c.label)}</td>'
            f"<td>{wording.out_of_100(c.score)}</td><td>{escape(c.summary)}</td>"
            f"<td>{escape(c.tip)}</td></tr>"
        )
    head = "<tr><th></th><th>Criterion</th><th>Score</th><th>Found</th><th>Tip</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _lines(text: str) -> str:
    """Escaped text whose line breaks stay line breaks (``<br>``) where HTML would join them."""
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def _not_judged(answer: AnswerRecord, labels: dict[str, str]) -> str:
    """The criteria there was not enough to judge (out of the overall score), or nothing."""
    if not answer.card.not_judged:
        return ""
    items = "".join(
        f"<li>{escape(wording.not_judged_text(n, labels))}</li>" for n in answer.card.not_judged
    )
    return f'<ul class="not-judged">{items}</ul>'


def _answer_body(answer: AnswerRecord, labels: dict[str, str], classes: dict[str, str]) -> list[str]:
    """An answer under its heading: its facts, the marked answer, the criteria and the overall."""
    return [
        f'<p class="facts">{escape(wording.answer_heading(answer))} · {escape(wording.answer_facts(answer))}</p>',
        f'<div class="answer">{marked_answer(answer, labels, classes)}</div>',
        _criteria_table(answer) + _not_judged(answer, labels),
        f"<p><strong>Overall: {answer.card.overall}/100</strong>"
        f' <span class="scorer">{escape(wording.scorer_line(answer.card))}</span></p>',
    ]


def render_html(detail: SessionDetail) -> str:
    labels = wording.criterion_labels(detail)
    classes = css_classes(labels)
    title = escape(wording.session_title(detail.summary))
    facts = "".join(
        f"<li><strong>{escape(name)}:</strong> {escape(value)}</li>"
        for name, value in wording.session_facts(detail.summary)
    )
    body = [f"<h1>{title}</h1>", f'<ul class="facts">{facts}</ul>']
    if labels:
        body.append(_legend(labels, classes))
    for number, (answer, follow_ups) in enumerate(with_follow_ups(detail.answers), start=1):
        body.append(f"<section><h2>{number}. {_lines(answer.question_text)}</h2>")
        body += _answer_body(answer, labels, classes)
        for follow_up in follow_ups:
            body.append(
                f'<section class="follow-up"><h3>Follow-up: {_lines(follow_up.question_text)}</h3>'
            )
            body += [*_answer_body(follow_up, labels, classes), "</section>"]
        body.append("</section>")
    if not detail.answers:
        body.append("<p><em>No answers in this session.</em></p>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n{_style(classes)}\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
