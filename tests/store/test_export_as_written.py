"""Exports show what was written: Markdown syntax in questions and answers renders as text, line
breaks stay, scores are out of 100, and every export lists the criteria not judged and the scorer's
version. The Markdown is rendered by a real CommonMark parser (markdown-it, with tables)."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from mockint.scoring.model import NotJudged
from mockint.scoring.scorer import SCORER_VERSION
from mockint.store import HistoryStore, SessionDetail
from mockint.store.export import export_session

QUESTION = "Walk me through your release checklist.\n---\n1. What do you check first?\n# And then?"
ANSWER = (
    "Sure, here is what I do:\n"
    "1. x\n"
    "2) run the tests\n"
    "---\n"
    "# not a heading\n"
    "* not a bullet, and *not emphasis*\n"
    "+ nor this\n"
    "| a | table? | no |\n"
    "`code` and ``more code``\n"
    "    four spaces in\n"
    "===\n"
    "\n"
    "A second paragraph with a_b_c and a \\ backslash."
)
NOT_JUDGED = [NotJudged("filler_words", "Only 4 words: no filler words to count.")]


def _session(store: HistoryStore, samples, *, question: str = QUESTION, answer: str = ANSWER) -> SessionDetail:
    session_id = store.start_session(bank_id="release", bank_title="Release *notes*", settings={})
    card = samples.make_card(answer, overall=58, scores={"concrete_example": 0.62, "ownership": 0.4})
    card.not_judged = list(NOT_JUDGED)
    store.add_answer(
        session_id, question_id="release/checklist", question_text=question, text=answer, mode="typed", card=card
    )
    return store.get_session(session_id)


class _Text(HTMLParser):
    """The text of each element of interest in rendered HTML (``<br>`` as a line break)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.blocks: dict[str, list[str]] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in ("h2", "blockquote", "li", "td"):
            self._open.append(tag)
            self.blocks.setdefault(tag, []).append("")
        if tag == "br":
            self._add("\n")

    def handle_endtag(self, tag):
        if tag == "p":
            self._add("\n")
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data):
        self._add(data.replace("\n", " "))  # a newline in HTML source is a space

    def _add(self, data: str) -> None:
        if self._open:
            self.blocks[self._open[-1]][-1] += data


def _lines(block: str) -> list[str]:
    """A rendered block's lines as a reader sees them (no-break spaces as spaces)."""
    return [line.strip(" ").replace("\u00a0", " ") for line in block.strip(" \n").split("\n")]


def _rendered(markdown: str) -> _Text:
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    parsed = _Text()
    parsed.feed(html)
    parsed.close()
    return parsed


def test_markdown_renders_rules_lists_headings_code_and_tables_in_answers_as_written(
    store: HistoryStore, samples
) -> None:
    page = _rendered(export_session(_session(store, samples), "md"))
    assert "hr" not in page.tags and "ol" not in page.tags and "code" not in page.tags
    assert "h1" in page.tags and page.tags.count("h1") == 1  # the session title only
    assert "em" in page.tags  # the scorer line, nothing from the answer
    # Every line as typed (the blank line is the paragraph break); leading spaces kept as
    # no-break spaces (never a code block).
    lines = _lines(page.blocks["blockquote"][0])
    assert [line for line in lines if line] == [line for line in ANSWER.split("\n") if line]


def test_a_multi_line_question_keeps_its_lines_in_the_heading(store: HistoryStore, samples) -> None:
    md = export_session(_session(store, samples), "md")
    page = _rendered(md)
    assert _lines(page.blocks["h2"][0]) == ("1. " + QUESTION).split("\n")
    assert "Release *notes*" in _rendered(md).blocks["li"][0]  # the bank title, not emphasis


def test_markdown_scores_are_out_of_100_like_the_app(store: HistoryStore, samples) -> None:
    md = export_session(_session(store, samples), "md")
    page = _rendered(md)
    assert "62/100" in page.blocks["td"] and "40/100" in page.blocks["td"]
    assert "0.62" not in md and "0.40" not in md
    assert "**Overall: 58/100**" in md


def test_every_export_lists_what_was_not_judged(store: HistoryStore, samples) -> None:
    detail = _session(store, samples)
    line = "Not enough to judge: Few filler words — Only 4 words: no filler words to count."
    md_items = _rendered(export_session(detail, "md")).blocks["li"]
    assert line in md_items
    html = export_session(detail, "html")
    assert f'<ul class="not-judged"><li>{line}</li></ul>' in html
    card = json.loads(export_session(detail, "json"))["answers"][0]["card"]
    assert card["not_judged"] == [{"id": "filler_words", "reason": NOT_JUDGED[0].reason}]
    assert [c["id"] for c in card["criteria"]] == ["concrete_example", "ownership"]


def test_every_export_names_the_scorer_version(store: HistoryStore, samples) -> None:
    detail = _session(store, samples)
    assert f"*Scorer {SCORER_VERSION}*" in export_session(detail, "md")
    assert f'<span class="scorer">Scorer {SCORER_VERSION}</span>' in export_session(detail, "html")
    card = json.loads(export_session(detail, "json"))["answers"][0]["card"]
    assert card["scorer_version"] == SCORER_VERSION


def test_a_rescored_card_says_so_in_the_exports(store: HistoryStore, samples) -> None:
    session_id = store.start_session(bank_id="b", bank_title="B", settings={})
    card = samples.make_card("I did it.", overall=40, scores={"ownership": 0.4})
    card.metrics.update(rescored_from="1.1.0", rescore_note="voice measures were not kept")
    store.add_answer(session_id, question_id="q", question_text="Q?", text="I did it.", mode="spoken", card=card)
    detail = store.get_session(session_id)
    expected = f"Scorer {SCORER_VERSION}, rescored from 1.1.0 (voice measures were not kept)"
    assert expected in export_session(detail, "html")
    assert _rendered(export_session(detail, "md")).tags.count("em") >= 1
    assert expected in export_session(detail, "md")


def test_html_keeps_the_lines_of_a_multi_line_question(store: HistoryStore, samples) -> None:
    html = export_session(_session(store, samples), "html")
    assert "<h2>1. Walk me through your release checklist.<br>---<br>1. What do you check first?<br># And then?</h2>" in html


@pytest.mark.parametrize("line", ["---", "***", "___", "- - -", "1. x", "10) y", "# h", "> q", "=====", "+ z", "    code"])
def test_no_line_of_an_answer_turns_into_markdown_structure(store: HistoryStore, samples, line: str) -> None:
    answer = f"First line.\n{line}\nLast line."
    page = _rendered(export_session(_session(store, samples, question="Q?", answer=answer), "md"))
    assert not {"hr", "ol", "ul", "h2", "blockquote", "code", "pre"} & set(page.tags[page.tags.index("blockquote") + 1 : page.tags.index("table")])
    assert _lines(page.blocks["blockquote"][0]) == answer.split("\n")
