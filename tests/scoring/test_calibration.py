"""The scorer against people: the calibration set (answers rated by a person; the scorer was tuned on it).

The overall score must rank the answers like the ratings (Spearman >= 0.8), and each criterion must
agree with the person's pass/fail verdicts at least 85% of the time. The figures are computed here
from the whole set; nothing is fixed per answer. ``python tests/scoring/calibration_measures.py``
prints the full report with every disagreement.
"""

from __future__ import annotations

import pytest
from calibration_answers import CALIBRATION
from calibration_measures import measure, ranks, spearman

MIN_SPEARMAN = 0.8
MIN_AGREEMENT = 0.85


@pytest.fixture(scope="module")
def measures():
    return measure()


def test_the_set_is_varied_and_spread() -> None:
    assert len(CALIBRATION) >= 24
    assert len({item.id for item in CALIBRATION}) == len(CALIBRATION)
    assert {item.rating for item in CALIBRATION} == {1, 2, 3, 4, 5}
    spoken = [item for item in CALIBRATION if item.text == item.text.lower() and "." not in item.text]
    assert len(spoken) >= 8  # raw speech-to-text: no capitals, no punctuation
    assert len({item.question for item in CALIBRATION}) >= 20


def test_the_overall_score_ranks_answers_like_people(measures) -> None:
    assert measures.spearman >= MIN_SPEARMAN, measures.spearman


def test_each_criterion_agrees_with_people(measures) -> None:
    low = {criterion: round(measures.rate(criterion), 3) for criterion in measures.agreement
           if measures.rate(criterion) < MIN_AGREEMENT}
    assert not low, (low, measures.disagreements)
    assert measures.pooled_rate() >= MIN_AGREEMENT


def test_every_judged_criterion_has_enough_verdicts(measures) -> None:
    for criterion, (_, judged) in measures.agreement.items():
        assert judged >= 15, criterion


def test_poor_answers_score_clearly_below_strong_ones(measures) -> None:
    poor = [measures.overall[i.id] for i in CALIBRATION if i.rating == 1]
    strong = [measures.overall[i.id] for i in CALIBRATION if i.rating == 5]
    assert sum(strong) / len(strong) - sum(poor) / len(poor) >= 30


def test_spearman_and_ranks() -> None:
    assert ranks([10, 20, 20, 40]) == [1.0, 2.5, 2.5, 4.0]
    assert spearman([1, 2, 3, 4], [10, 30, 20, 40]) == pytest.approx(0.8)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
