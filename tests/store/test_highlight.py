"""Cutting an answer at its evidence spans, whatever the spans look like."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from mockint.scoring.model import CriterionResult, ScoreCard, Span
from mockint.store.highlight import marked_runs, split_by_evidence

CRITERIA = ("concrete_example", "filler_words", "hedging")


def _card(spans: dict[str, list[tuple[int, int]]]) -> ScoreCard:
    return ScoreCard(
        50,
        [
            CriterionResult(
                cid, cid, 0.5, False, "", spans=[Span(s, e, "") for s, e in spans.get(cid, [])]
            )
            for cid in CRITERIA
        ],
        {},
        "t",
    )


def test_overlapping_spans_give_pieces_with_both_criteria() -> None:
    text = "um for example i guess at my internship"
    card = _card(
        {"concrete_example": [(3, 39)], "filler_words": [(0, 2)], "hedging": [(15, 22), (10, 20)]}
    )
    pieces = [(p.text, p.criteria) for p in split_by_evidence(text, card)]
    assert pieces == [
        ("um", ("filler_words",)),
        (" ", ()),
        ("for exa", ("concrete_example",)),
        ("mple i guess", ("concrete_example", "hedging")),  # two overlapping hedges, one piece
        (" at my internship", ("concrete_example",)),
    ]


def test_pieces_follow_span_edges_exactly() -> None:
    text = "abcdefghij"
    card = _card(
        {"concrete_example": [(2, 8)], "hedging": [(5, 12)], "filler_words": [(0, 0), (-3, 1)]}
    )
    assert [(p.text, p.criteria) for p in split_by_evidence(text, card)] == [
        ("a", ("filler_words",)),
        ("b", ()),
        ("cde", ("concrete_example",)),
        ("fgh", ("concrete_example", "hedging")),
        ("ij", ("hedging",)),
    ]


def test_runs_merge_touching_marked_pieces() -> None:
    text = "abcdefghij"
    card = _card({"concrete_example": [(2, 8)], "hedging": [(5, 10)]})
    runs = [(r.text, r.criteria) for r in marked_runs(split_by_evidence(text, card))]
    assert runs == [("ab", ()), ("cdefghij", ("concrete_example", "hedging"))]


span = st.tuples(st.integers(-5, 60), st.integers(-5, 60))


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=50),
    spans=st.dictionaries(st.sampled_from(CRITERIA), st.lists(span, max_size=6)),
)
def test_any_spans_cut_the_text_without_losing_or_misplacing_a_character(text, spans) -> None:
    pieces = split_by_evidence(text, _card(spans))
    assert "".join(p.text for p in pieces) == text
    position = 0
    for piece in pieces:
        for offset in range(len(piece.text)):
            at = position + offset
            covering = {cid for cid, ranges in spans.items() for s, e in ranges if s <= at < e}
            assert set(piece.criteria) == covering
        position += len(piece.text)
    assert all(a.criteria != b.criteria for a, b in pairwise(pieces))
