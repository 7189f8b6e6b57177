"""Exports: Markdown with marked evidence, a self-contained escaped HTML page, and full JSON."""

from __future__ import annotations

import json
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mockint.scoring.model import ScoreCard
from mockint.store import ExportError, HistoryStore, SessionDetail
from mockint.store.export import export_session, format_for_path, save_export

HOSTILE_ANSWER = (
    "For example at my last job <script>alert('x')</script> I cut **costs** by 20% | "
    "[link](http://x) & <b>more</b>\n- not a list\n# not a heading"
)


@pytest.fixture
def detail(store: HistoryStore, samples) -> SessionDetail:
    session_id = store.start_session(
        bank_id="behavioral", bank_title="Behavioral <STAR>", settings={}
    )
    samples.add_prepared(store, session_id, think_s=12, answer_s=95)
    samples.add_nervous(store, session_id)
    card = samples.make_card(
        HOSTILE_ANSWER,
        overall=66,
        scores={"concrete_example": 0.8, "quantified_result": 0.7, "professional_tone": 0.3},
        evidence={
            "concrete_example": [
                "For example at my last job <script>alert('x')</script> I cut **costs**"
            ],
            "quantified_result": ["<script>alert('x')</script> I cut **costs** by 20%"],  # overlaps
            "professional_tone": ["**costs**"],  # inside both
        },
    )
    card.criteria[2].label = 'Tone "calm" <ok>'
    card.criteria[2].tip = "Say <what> you did | not who failed"
    store.add_answer(
        session_id,
        question_id="behavioral/x",
        question_text="What <b>went</b> wrong?",
        text=HOSTILE_ANSWER,
        mode="typed",
        card=card,
    )
    return store.get_session(session_id)


# -- Markdown ---------------------------------------------------------------------------------


def test_markdown_marks_evidence_in_bold_with_its_criteria(detail: SessionDetail) -> None:
    md = export_session(detail, "md")
    assert md.startswith("# Session 1: Behavioral \\<STAR\\>\n")
    assert "## 1. Tell me about something you improved." in md
    assert "**At my internship at Northwind Logistics** *(Concrete example)*" in md
    assert "**two days** *(Quantified result)*" in md
    assert "**I rewrote** *(Ownership)*" in md
    assert "> **um** *(Filler words)* so **i guess** *(Hedging)*" in md
    assert " · typed · thought 12 s · answered 95 s · overall 84/100*" in md
    assert "**Overall: 84/100**" in md and "**Overall: 31/100**" in md


def test_markdown_table_has_verdicts_scores_and_tips(detail: SessionDetail) -> None:
    md = export_session(detail, "md")
    tip = "Next time, work on concrete example."
    assert f"| ✓ | Concrete example | 90/100 | 1 found | {tip} |" in md  # as the app shows it
    assert "| ✗ | Hedging | 15/100 | 4 found | Next time, work on hedging. |" in md
    assert (
        '| ✗ | Tone "calm" \\<ok\\> | 30/100 | 1 found '
        "| Say \\<what\\> you did \\| not who failed |" in md
    )


def test_html_table_scores_are_out_of_100_as_in_the_app(detail: SessionDetail) -> None:
    page = export_session(detail, "html")
    assert "<td>Concrete example</td><td>90/100</td>" in page and "0.90" not in page


def test_markdown_escapes_the_answer_and_overlapping_marks_make_one_run(
    detail: SessionDetail,
) -> None:
    md = export_session(detail, "md")
    section = md.split("## 3. ")[1]
    assert "What \\<b\\>went\\</b\\> wrong?" in section
    quote = [line for line in section.splitlines() if line.startswith(">")]
    assert quote[0] == (
        "> **For example at my last job \\<script\\>alert('x')\\</script\\>"
        " I cut \\*\\*costs\\*\\* by 20%**"
        ' *(Concrete example; Quantified result; Tone "calm" \\<ok\\>)*'
        " \\| \\[link\\](http://x) \\& \\<b\\>more\\</b\\>\\"  # a hard line break
    )
    assert quote[1:] == ["> \\- not a list\\", "> \\# not a heading"]
    assert "<script>" not in md


# -- HTML -------------------------------------------------------------------------------------


class _Page(HTMLParser):
    """Collects the tags of a page and the text of each answer block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.answers: list[str] = []
        self.marks: list[tuple[str, str]] = []
        self.attributes: set[str] = set()
        self._in_answer = False
        self._mark_class: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.update(name for name, _ in attrs)
        attrs = dict(attrs)
        if tag == "div" and attrs.get("class") == "answer":
            self._in_answer = True
            self.answers.append("")
        if tag == "mark" and self._in_answer:
            self._mark_class = attrs["class"]
            self.marks.append((attrs["class"], ""))

    def handle_endtag(self, tag):
        if tag == "div":
            self._in_answer = False
        if tag == "mark":
            self._mark_class = None

    def handle_data(self, data):
        if self._in_answer:
            self.answers[-1] += data
            if self._mark_class is not None:
                cls, text = self.marks[-1]
                self.marks[-1] = (cls, text + data)


def _page(detail: SessionDetail) -> tuple[str, _Page]:
    html = export_session(detail, "html")
    parser = _Page()
    parser.feed(html)
    parser.close()
    return html, parser


def test_html_is_one_self_contained_page_with_nothing_from_the_user_as_markup(
    detail: SessionDetail,
) -> None:
    html, page = _page(detail)
    assert html.startswith("<!DOCTYPE html>")
    assert "script" not in page.tags and "b" not in page.tags and "link" not in page.tags
    assert page.attributes == {"lang", "charset", "class", "title"}
    assert "<style>" in html and "http" not in html.replace("http://x", "")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "What &lt;b&gt;went&lt;/b&gt; wrong?" in html
    assert "Behavioral &lt;STAR&gt;" in html
    assert 'title="Concrete example; Quantified result; Tone &quot;calm&quot; &lt;ok&gt;"' in html


def test_html_answers_read_back_exactly_once_the_marks_are_removed(detail: SessionDetail) -> None:
    _, page = _page(detail)
    assert page.answers == [a.text for a in detail.answers]


def test_html_marks_carry_one_class_per_criterion_and_a_legend_names_them(
    detail: SessionDetail,
) -> None:
    html, page = _page(detail)
    marks = dict((text, cls) for cls, text in page.marks)
    assert marks["**costs**"] == "c-concrete_example c-quantified_result c-professional_tone multi"
    assert marks["For example at my last job "] == "c-concrete_example"
    assert (
        marks["<script>alert('x')</script> I cut "]
        == "c-concrete_example c-quantified_result multi"
    )
    assert marks[" by 20%"] == "c-quantified_result"
    assert marks["um"] == "c-filler_words"
    legend = re.search(r'<p class="legend">(.*?)</p>', html).group(1)
    for cid in ("concrete_example", "quantified_result", "ownership", "filler_words", "hedging"):
        assert f'class="c-{cid}"' in legend
        assert re.search(rf"mark\.c-{cid} {{ background: #[0-9a-f]{{6}}; }}", html)


def test_html_criterion_ids_become_safe_distinct_class_names(store: HistoryStore, samples) -> None:
    session_id = store.start_session(bank_id="b", bank_title="B", settings={})
    card = samples.make_card(
        "thanks a lot",
        overall=70,
        scores={'x" onclick="y': 0.9, "x--onclick--y": 0.8},
        evidence={'x" onclick="y': ["thanks"], "x--onclick--y": ["lot"]},
    )
    store.add_answer(
        session_id, question_id="q", question_text="Q", text="thanks a lot", mode="typed", card=card
    )
    html, page = _page(store.get_session(session_id))
    assert page.attributes == {"lang", "charset", "class", "title"}
    assert 'title="X&quot; onclick=&quot;y"' in html
    assert [cls for cls, _ in page.marks] == ["c-x--onclick--y", "c-x--onclick--y-"]


# -- JSON -------------------------------------------------------------------------------------


def test_json_holds_the_whole_session_and_cards_that_load_back(detail: SessionDetail) -> None:
    data = json.loads(export_session(detail, "json"))
    assert data["format"] == "mockint-session" and data["version"] == 1
    assert data["session"]["id"] == detail.summary.id
    assert data["session"]["answer_count"] == 3
    assert [a["text"] for a in data["answers"]] == [a.text for a in detail.answers]
    for exported, stored in zip(data["answers"], detail.answers, strict=True):
        assert ScoreCard.from_dict(exported["card"]) == stored.card
    assert data["answers"][0]["think_s"] == 12


def test_an_empty_session_exports_in_every_format(store: HistoryStore) -> None:
    detail = store.get_session(store.start_session(bank_id="b", bank_title="B", settings={}))
    assert "No answers in this session." in export_session(detail, "md")
    assert "No answers in this session." in export_session(detail, "html")
    assert json.loads(export_session(detail, "json"))["answers"] == []


def test_an_unknown_format_is_refused(detail: SessionDetail) -> None:
    with pytest.raises(ExportError, match="unknown export format 'pdf'"):
        export_session(detail, "pdf")


# -- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.md", "md"),
        ("a.MARKDOWN", "md"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("a.json", "json"),
    ],
)
def test_the_format_is_guessed_from_the_file_name(name: str, fmt: str) -> None:
    assert format_for_path(Path(name)) == fmt


def test_an_unknown_suffix_asks_for_a_format() -> None:
    with pytest.raises(ExportError, match="a.txt: cannot tell the format"):
        format_for_path(Path("a.txt"))


def test_saved_exports_are_private_and_replace_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "session.md"
    target.write_text("old")
    target.chmod(0o644)
    save_export("new ✓", target)
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.md"]


def test_saving_into_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        save_export("x", tmp_path / "nope" / "s.md")
    assert not (tmp_path / "nope").exists()
