"""A session with a follow-up and a retake, saved in a real history file and exported: each
follow-up's answer sits right under the answer it follows, a retake is a try of its own."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from mockint.store import HistoryStore, SessionDetail
from mockint.store.export import export_session
from mockint.store.records import FOLLOW_UP, RETAKE, grouped, with_follow_ups

FOLLOW_UP_QUESTION = "How did it <b>turn</b> out?"
RETAKE_FOLLOW_UP_QUESTION = "And what did *you* do next?"


@pytest.fixture
def saved(store: HistoryStore, samples) -> tuple[SessionDetail, dict[str, int]]:
    session = store.start_session(bank_id="behavioral", bank_title="Behavioral", settings={})
    ids = {"first": samples.add_prepared(store, session)}
    ids["follow_up"] = store.add_answer(
        session,
        question_id="behavioral/improve",
        question_text=FOLLOW_UP_QUESTION,
        text=samples.NERVOUS_ANSWER,
        mode="typed",
        card=samples.nervous_card(),
        lineage=(ids["first"], 1, FOLLOW_UP),
    )
    ids["other"] = samples.add_nervous(store, session)
    ids["retake"] = samples.add_prepared(store, session, lineage=(ids["first"], 2, RETAKE))
    ids["retake_follow_up"] = store.add_answer(
        session,
        question_id="behavioral/improve",
        question_text=RETAKE_FOLLOW_UP_QUESTION,
        text=samples.NERVOUS_ANSWER,
        mode="typed",
        card=samples.nervous_card(),
        lineage=(ids["retake"], 1, FOLLOW_UP),
    )
    return store.get_session(session), ids


def test_follow_ups_are_grouped_under_their_answer(saved) -> None:
    detail, ids = saved
    threads = [(a.id, [f.id for f in fs]) for a, fs in with_follow_ups(detail.answers)]
    assert threads == [
        (ids["first"], [ids["follow_up"]]),
        (ids["other"], []),
        (ids["retake"], [ids["retake_follow_up"]]),
    ]
    # review's order (retakes first, then follow-ups) is the same grouping, from the same place
    assert [a.id for a in grouped(detail.answers)] == [
        ids["first"], ids["retake"], ids["retake_follow_up"], ids["follow_up"], ids["other"]
    ]


def test_a_follow_up_whose_answer_is_elsewhere_stands_alone(saved) -> None:
    detail, ids = saved
    without_first = [a for a in detail.answers if a.id != ids["first"]]
    heads = [a.id for a, _ in with_follow_ups(without_first)]
    assert heads == [ids["follow_up"], ids["other"], ids["retake"]]


def test_markdown_lists_each_follow_up_under_its_answer(saved) -> None:
    detail, ids = saved
    md = export_session(detail, "md")
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings == [
        "# " + headings[0][2:],
        "## 1. Tell me about something you improved.",
        "### Follow-up: How did it \\<b\\>turn\\</b\\> out?",
        "## 2. " + headings[3][6:],
        "## 3. Tell me about something you improved.",
        "### Follow-up: And what did \\*you\\* do next?",
    ]
    assert f"*\\#{ids['follow_up']} · follow-up to \\#{ids['first']}" in md
    assert f"*\\#{ids['retake']} · try 2 of \\#{ids['first']}" in md
    # the follow-up's own answer and card follow its heading, before the next answer
    follow_up = md.index("### Follow-up: How did it")
    assert follow_up < md.index("**Overall: 31/100**", follow_up) < md.index("## 2.")
    assert md.count("**Overall:") == 5


class _Sections(HTMLParser):
    """Each section's class and heading text, with the headings of the sections around it."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[list[str]] = []
        self.found: list[tuple[str, str, list[str]]] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.stack.append([dict(attrs).get("class") or "", ""])
        elif tag in ("h2", "h3") and self.stack:
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h2", "h3") and self._heading is not None:
            self.stack[-1][1] = "".join(self._heading)
            self._heading = None
            css, heading = self.stack[-1]
            self.found.append((css, heading, [h for _, h in self.stack[:-1]]))
        elif tag == "section":
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)


def test_html_nests_each_follow_up_section_in_its_answer(saved) -> None:
    detail, _ = saved
    parser = _Sections()
    parser.feed(export_session(detail, "html"))
    assert parser.stack == []  # every section closed
    first = "1. Tell me about something you improved."
    retake = "3. Tell me about something you improved."
    assert [(css, heading, outer) for css, heading, outer in parser.found] == [
        ("", first, []),
        ("follow-up", f"Follow-up: {FOLLOW_UP_QUESTION}", [first]),
        ("", parser.found[2][1], []),
        ("", retake, []),
        ("follow-up", f"Follow-up: {RETAKE_FOLLOW_UP_QUESTION}", [retake]),
    ]
    html = export_session(detail, "html")
    assert "How did it &lt;b&gt;turn&lt;/b&gt; out?" in html and "<b>turn" not in html


def test_json_keeps_attempt_parent_and_kind(saved) -> None:
    detail, ids = saved
    answers = json.loads(export_session(detail, "json"))["answers"]
    assert [(a["id"], a["parent_answer_id"], a["attempt"], a["kind"]) for a in answers] == [
        (ids["first"], None, 1, "answer"),
        (ids["follow_up"], ids["first"], 1, "follow_up"),
        (ids["other"], None, 1, "answer"),
        (ids["retake"], ids["first"], 2, "retake"),
        (ids["retake_follow_up"], ids["retake"], 1, "follow_up"),
    ]
