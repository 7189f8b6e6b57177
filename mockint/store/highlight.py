"""Evidence spans turned into pieces of text to mark, for the exports.

Spans are character offsets into the answer text (``CriterionResult.spans``). They may overlap,
nest, run past the end or be empty; the answer is cut at every span edge so each piece carries
the set of criteria covering all of it, and no output format ever has to nest or cross its marks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from mockint.scoring.model import ScoreCard


@dataclass(frozen=True)
class Piece:
    text: str
    criteria: tuple[str, ...]  # ids of the criteria whose evidence covers it, in card order

    @property
    def marked(self) -> bool:
        return bool(self.criteria)


def evidence_edges(text: str, card: ScoreCard) -> list[tuple[int, int, str]]:
    """Every usable span as ``(start, end, criterion_id)``, clamped to the text."""
    size = len(text)
    edges = []
    for criterion in card.criteria:
        for span in criterion.spans:
            start, end = max(0, min(span.start, size)), max(0, min(span.end, size))
            if start < end:
                edges.append((start, end, criterion.id))
    return edges


def split_by_evidence(text: str, card: ScoreCard) -> list[Piece]:
    """The answer as consecutive pieces (their texts join back to ``text``)."""
    spans = evidence_edges(text, card)
    order: dict[str, int] = {}
    for position, criterion in enumerate(card.criteria):
        order.setdefault(criterion.id, position)
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for start, end, cid in spans:
        opens.setdefault(start, []).append(cid)
        closes.setdefault(end, []).append(cid)
    cuts = sorted({0, len(text), *opens, *closes})
    active: Counter[str] = Counter()
    pieces: list[Piece] = []
    for here, nxt in pairwise(cuts):
        active.subtract(closes.get(here, []))
        active.update(opens.get(here, []))
        covering = tuple(sorted((c for c, n in active.items() if n > 0), key=order.__getitem__))
        if pieces and pieces[-1].criteria == covering:
            pieces[-1] = Piece(pieces[-1].text + text[here:nxt], covering)
        else:
            pieces.append(Piece(text[here:nxt], covering))
    return pieces or [Piece(text, ())]


def marked_runs(pieces: list[Piece]) -> list[Piece]:
    """Adjacent marked pieces merged into one run carrying every criterion they touch."""
    runs: list[Piece] = []
    for piece in pieces:
        if runs and piece.marked and runs[-1].marked:
            merged = runs[-1].criteria + tuple(
                c for c in piece.criteria if c not in runs[-1].criteria
            )
            runs[-1] = Piece(runs[-1].text + piece.text, merged)
        else:
            runs.append(piece)
    return runs
