"""How well the scorer matches the people who rated a set of rated answers: Spearman rank correlation
of the overall score with the human rating, and per-criterion agreement with the human verdicts.

Run directly for the full report with every disagreement::

    .venv/bin/python tests/scoring/calibration_measures.py
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from calibration_answers import CALIBRATION, RatedAnswer  # noqa: E402

from mockint.scoring import AnswerInput, ScoreCard, score_answer  # noqa: E402


class Disagreement(NamedTuple):
    answer_id: str
    criterion: str
    human: bool
    scorer: bool
    summary: str


class Measures(NamedTuple):
    spearman: float
    agreement: dict[str, tuple[int, int]]  # criterion -> (agreed, judged)
    disagreements: list[Disagreement]
    overall: dict[str, int]  # answer id -> the scorer's overall

    def rate(self, criterion: str) -> float:
        agreed, judged = self.agreement[criterion]
        return agreed / judged

    def pooled_rate(self) -> float:
        agreed = sum(a for a, _ in self.agreement.values())
        return agreed / sum(j for _, j in self.agreement.values())


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks; tied values share the mean of their ranks."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    position = 0
    while position < len(order):
        end = position
        while end + 1 < len(order) and values[order[end + 1]] == values[order[position]]:
            end += 1
        shared = (position + end) / 2 + 1
        for k in range(position, end + 1):
            result[order[k]] = shared
        position = end + 1
    return result


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rho: the Pearson correlation of the ranks (ties averaged)."""
    rx, ry = ranks(xs), ranks(ys)
    n = len(rx)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    var_x = sum((a - mx) ** 2 for a in rx)
    var_y = sum((b - my) ** 2 for b in ry)
    return cov / (var_x * var_y) ** 0.5


def score_rated(item: RatedAnswer) -> ScoreCard:
    return score_answer(AnswerInput(text=item.text, question_text=item.question,
                                    duration_s=item.duration_s))


def measure(items: Sequence[RatedAnswer] = CALIBRATION) -> Measures:
    cards = {item.id: score_rated(item) for item in items}
    rho = spearman([cards[i.id].overall for i in items], [i.rating for i in items])
    agreement: dict[str, tuple[int, int]] = {}
    disagreements = []
    for item in items:
        for criterion, human in item.human.items():
            result = cards[item.id].criterion(criterion)
            if result is None:  # "not enough to judge": no verdict to agree or disagree with
                assert any(n.id == criterion for n in cards[item.id].not_judged), f"{item.id}: {criterion} missing"
                continue
            agreed, judged = agreement.get(criterion, (0, 0))
            agreement[criterion] = (agreed + (result.passed == human), judged + 1)
            if result.passed != human:
                disagreements.append(Disagreement(item.id, criterion, human, result.passed, result.summary))
    return Measures(rho, agreement, disagreements, {i.id: cards[i.id].overall for i in items})


def report(measures: Measures) -> str:
    lines = [f"Spearman (overall vs rating): {measures.spearman:.3f} over {len(measures.overall)} answers"]
    for criterion, (agreed, judged) in sorted(measures.agreement.items()):
        lines.append(f"  {criterion:18} {agreed}/{judged} = {100 * agreed / judged:.0f}%")
    lines.append(f"  {'pooled':18} {100 * measures.pooled_rate():.1f}%")
    for item in sorted(CALIBRATION, key=lambda i: (i.rating, measures.overall.get(i.id, 0))):
        if item.id in measures.overall:
            lines.append(f"  rating {item.rating}  overall {measures.overall[item.id]:3}  {item.id}")
    for d in measures.disagreements:
        lines.append(f"DISAGREE {d.answer_id} {d.criterion}: human {d.human}, scorer {d.scorer} — {d.summary}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(measure()))
