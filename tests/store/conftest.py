"""Score cards and stores for the history tests.

The cards are built directly from ScoreCard/CriterionResult (real data of the shape the scorer
returns), with evidence spans found in the answer text, so these tests do not depend on the
scorer's judgement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest

from mockint.scoring.model import CriterionResult, ScoreCard, Span
from mockint.scoring.scorer import SCORER_VERSION
from mockint.store import HistoryStore

PREPARED_ANSWER = (
    "At my internship at Northwind Logistics the weekly stock report took two days to build. "
    "I was asked to speed it up, so I rewrote the spreadsheet macros as a Python script and "
    "I walked the warehouse team through it. The report now takes 20 minutes, and I loved "
    "seeing the team use the extra time for planning."
)

NERVOUS_ANSWER = (
    "um so i guess i'm like a hard worker you know and uh we kind of did a lot of projects "
    "at school and maybe i think i'm good with people"
)

LABELS = {
    "concrete_example": "Concrete example",
    "quantified_result": "Quantified result",
    "ownership": "Ownership",
    "filler_words": "Filler words",
    "hedging": "Hedging",
    "enthusiasm": "Enthusiasm",
}


def spans_of(text: str, phrases: list[str]) -> list[Span]:
    """Every occurrence of each phrase, as evidence spans."""
    found = []
    for phrase in phrases:
        start = text.find(phrase)
        while start != -1:
            found.append(Span(start, start + len(phrase), phrase))
            start = text.find(phrase, start + 1)
    return found


def make_card(
    text: str,
    *,
    overall: int,
    scores: dict[str, float],
    evidence: dict[str, list[str]] | None = None,
    scorer_version: str = SCORER_VERSION,
) -> ScoreCard:
    """A card with one criterion per entry of ``scores`` (passed when the score is >= 0.6)."""
    evidence = evidence or {}
    criteria = [
        CriterionResult(
            id=cid,
            label=LABELS.get(cid, cid.replace("_", " ").capitalize()),
            score=score,
            passed=score >= 0.6,
            tip=f"Next time, work on {cid.replace('_', ' ')}.",
            weight=1.5 if cid == "concrete_example" else 1.0,
            spans=spans_of(text, evidence.get(cid, [])),
            metrics={"matches": len(evidence.get(cid, []))},
            summary=f"{len(evidence.get(cid, []))} found",
        )
        for cid, score in scores.items()
    ]
    words = len(text.split())
    return ScoreCard(overall, criteria, {"words": words, "fillers": 0}, scorer_version)


def prepared_card() -> ScoreCard:
    return make_card(
        PREPARED_ANSWER,
        overall=84,
        scores={
            "concrete_example": 0.9,
            "quantified_result": 0.8,
            "ownership": 0.75,
            "filler_words": 1.0,
        },
        evidence={
            "concrete_example": ["At my internship at Northwind Logistics"],
            "quantified_result": ["20 minutes", "two days"],
            "ownership": ["I rewrote", "I walked"],
        },
    )


def nervous_card() -> ScoreCard:
    return make_card(
        NERVOUS_ANSWER,
        overall=31,
        scores={"concrete_example": 0.1, "filler_words": 0.2, "hedging": 0.15, "ownership": 0.4},
        evidence={
            "filler_words": ["um", "uh", "you know", "like"],
            "hedging": ["i guess", "kind of", "maybe", "i think"],
        },
    )


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    """A store at the default path (under this test's MOCKINT_HOME)."""
    with HistoryStore() as opened:
        yield opened


def _adder(
    question_id: str, question_text: str, text: str, mode: str, card: Callable[[], ScoreCard]
):
    def add(store: HistoryStore, session_id: int, **extra) -> int:
        return store.add_answer(
            session_id,
            question_id=question_id,
            question_text=question_text,
            text=text,
            mode=mode,
            card=card(),
            **extra,
        )

    return add


add_prepared = _adder(
    "behavioral/improve",
    "Tell me about something you improved.",
    PREPARED_ANSWER,
    "typed",
    prepared_card,
)
add_nervous = _adder(
    "general/yourself", "Tell me about yourself.", NERVOUS_ANSWER, "spoken", nervous_card
)


@pytest.fixture
def samples() -> SimpleNamespace:
    """The helpers above, for test modules (which cannot import this conftest by name)."""
    return SimpleNamespace(
        PREPARED_ANSWER=PREPARED_ANSWER,
        NERVOUS_ANSWER=NERVOUS_ANSWER,
        make_card=make_card,
        spans_of=spans_of,
        prepared_card=prepared_card,
        nervous_card=nervous_card,
        add_prepared=add_prepared,
        add_nervous=add_nervous,
    )
