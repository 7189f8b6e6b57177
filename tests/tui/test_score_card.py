from __future__ import annotations

from rich.console import Console

from mockint.scoring.model import CriterionResult, ScoreCard, Span
from mockint.tui.widgets.score_card import (
    FILLER_STYLE,
    criteria_table,
    evidence_styles,
    highlighted_answer,
    legend,
    overall_band,
)

ANSWER = "Um, I led the [red]migration[/red] and cut costs by 20%, like, quickly."


def span_of(fragment: str) -> Span:
    start = ANSWER.index(fragment)
    return Span(start, start + len(fragment), fragment)


def make_card() -> ScoreCard:
    return ScoreCard(
        overall=64,
        criteria=[
            CriterionResult("ownership", "Ownership", 1.0, True, "Keep saying what you did.", spans=[span_of("I led")]),
            CriterionResult("quantified_result", "Quantified result", 0.9, True, "Good number.", spans=[span_of("20%")]),
            CriterionResult("filler_words", "Filler words", 0.3, False, "Pause instead of saying um.", spans=[span_of("Um"), span_of("like")]),
            CriterionResult("star_structure", "STAR structure", 0.2, False, "End with the result.", summary="no result part"),
        ],
        metrics={},
        scorer_version="test",
    )


def styles_at(text, index: int) -> list:
    return [span.style for span in text.spans if span.start <= index < span.end]


def render(renderable, width: int = 100) -> str:
    console = Console(width=width, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def test_each_criterion_with_evidence_gets_its_own_colour_and_fillers_are_struck() -> None:
    styles = evidence_styles(make_card())
    assert set(styles) == {"ownership", "quantified_result", "filler_words"}
    assert styles["ownership"].bgcolor != styles["quantified_result"].bgcolor
    assert styles["filler_words"] == FILLER_STYLE and FILLER_STYLE.strike


def test_the_answer_is_literal_and_its_spans_are_highlighted() -> None:
    card = make_card()
    text = highlighted_answer(ANSWER, card)
    styles = evidence_styles(card)
    assert text.plain == ANSWER  # markup in the answer is kept as typed
    assert styles_at(text, ANSWER.index("I led")) == [styles["ownership"]]
    assert styles_at(text, ANSWER.index("20%") + 1) == [styles["quantified_result"]]
    assert styles_at(text, ANSWER.index("like")) == [FILLER_STYLE]
    assert styles_at(text, ANSWER.index("migration")) == []


def test_spans_past_the_end_of_the_text_are_clipped_not_fatal() -> None:
    card = make_card()
    card.criteria[0].spans.append(Span(len(ANSWER) - 2, len(ANSWER) + 50, "??"))
    text = highlighted_answer(ANSWER, card)
    assert text.plain == ANSWER


def test_legend_names_every_highlighted_criterion() -> None:
    shown = render(legend(make_card()))
    assert "Ownership" in shown and "Quantified result" in shown and "Filler words" in shown
    assert "STAR structure" not in shown
    empty = ScoreCard(overall=10, criteria=[], metrics={}, scorer_version="t")
    assert "nothing to highlight" in render(legend(empty))


def test_criteria_table_shows_marks_scores_findings_and_tips() -> None:
    shown = render(criteria_table(make_card()))
    lines = shown.splitlines()
    ownership = next(line for line in lines if "Ownership" in line)
    assert ownership.lstrip().startswith("✓") and " 100 " in ownership
    star = next(line for line in lines if "STAR structure" in line)
    assert star.lstrip().startswith("✗") and " 20 " in star and "no result part" in star
    assert "End with the result." in shown


def test_overall_bands() -> None:
    assert [overall_band(n) for n in (100, 70, 69, 50, 49, 0)] == ["good", "good", "fair", "fair", "poor", "poor"]
