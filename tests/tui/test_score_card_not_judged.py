"""The score card shows the criteria there was not enough to judge, dimmed, and its scorer version."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style
from rich.text import Text

from mockint.scoring.model import CriterionResult, NotJudged, ScoreCard
from mockint.tui.widgets.score_card import ScoreCardView, criteria_table, scorer_text


def card(**metrics) -> ScoreCard:
    return ScoreCard(
        overall=40,
        criteria=[CriterionResult("length", "Length", 0.02, False, "Say more.", summary="4 words")],
        metrics=metrics,
        scorer_version="2.0.0",
        not_judged=[NotJudged("filler_words", "Only 4 words: no filler words to count."), NotJudged("my_own", "")],
    )


def render(renderable, width: int = 100) -> str:
    console = Console(width=width, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def test_not_judged_criteria_are_rows_of_their_own_dimmed_with_their_reason() -> None:
    table = criteria_table(card())
    text = render(table)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    assert lines[:4] == [
        "✗ Length 2 4 words",
        "Say more.",
        "· Few filler words — not enough to judge",
        "Only 4 words: no filler words to count.",
    ]
    assert lines[-1] == "· My own — not enough to judge"
    labels = table.columns[1]._cells
    assert isinstance(labels[1], Text) and Style.parse(str(labels[1].style)).dim
    assert not Style.parse(str(labels[0].style)).dim  # a judged criterion is not dimmed


def test_the_card_names_its_scorer_and_how_it_was_rescored() -> None:
    assert scorer_text(card()).plain == "Scorer 2.0.0"
    rescored = scorer_text(card(rescored_from="1.1.0", rescore_note="voice measures were not kept"))
    assert rescored.plain == "Scorer 2.0.0, rescored from 1.1.0 (voice measures were not kept)"


async def test_the_widget_shows_the_rows_and_the_version() -> None:
    from textual.app import App, ComposeResult

    class OneCard(App[None]):
        def compose(self) -> ComposeResult:
            yield ScoreCardView("Why us?", "I want this job.", card())

    app = OneCard()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
    assert "not enough to judge" in shown and "Few filler words" in shown
    assert "Scorer 2.0.0" in shown
