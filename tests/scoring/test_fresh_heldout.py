"""The scorer on answers written before scorer 2.0 and never used to tune it (``fresh_answers.py``).

The thresholds were set when the set was written, before any detector changed: they say what a
scorer that judges like a person must reach on answers it has not seen.
"""

from __future__ import annotations

import re

import pytest
from calibration_measures import measure
from fresh_answers import ENERGY_PAIRS, FILLER_PHRASES, FRESH, LIKE_USES, STRUCTURE_PAIRS

from mockint.scoring import AnswerInput, score_answer
from mockint.scoring.lexicon import _REGISTRY as REGISTRY
from mockint.scoring.lexicon import expand


@pytest.fixture(scope="module")
def measures():
    return measure(FRESH)


def _score(question: str | None, text: str, criterion: str) -> float:
    """The criterion's score; an answer too short to judge ranks below any judged one."""
    result = score_answer(AnswerInput(text=text, question_text=question)).criterion(criterion)
    return -1.0 if result is None else result.score


def _fillers(text: str) -> int:
    return score_answer(AnswerInput(text=text)).metrics["fillers"]


def test_the_overall_score_ranks_fresh_answers_like_a_person(measures) -> None:
    assert measures.spearman >= 0.7, measures.spearman


@pytest.mark.xfail(strict=True, reason="held-out finding (reported, not patched): star_structure agrees "
                   "on 5 of 7 fresh verdicts; a fluent but wandering typed story passes, and a story "
                   "whose result is 'since then, no gaps' is not seen to end on a result")
def test_criteria_agree_with_a_person_on_fresh_answers(measures) -> None:
    assert measures.pooled_rate() >= 0.85, measures.disagreements
    low = {c: measures.rate(c) for c in measures.agreement if measures.rate(c) < 0.75}
    assert not low, (low, measures.disagreements)


def test_like_is_a_filler_only_when_it_fills() -> None:
    right = [use.text for use in LIKE_USES if (_fillers(use.text) > 0) == use.filler]
    assert len(right) >= 17, sorted(set(u.text for u in LIKE_USES) - set(right))


def test_filler_phrases_are_counted_like_a_listener() -> None:
    right = [p.text for p in FILLER_PHRASES if _fillers(p.text) == p.fillers]
    assert len(right) >= 10, sorted(set(p.text for p in FILLER_PHRASES) - set(right))


@pytest.mark.xfail(strict=True, reason="held-out finding (reported, not patched): 3 of 4 pairs; a long, "
                   "comma-spliced story with few 'and's outscores a three-sentence one")
def test_structure_prefers_the_clear_concise_answer() -> None:
    for pair in STRUCTURE_PAIRS:
        assert _score(pair.question, pair.better, "star_structure") > _score(pair.question, pair.worse, "star_structure"), pair.better[:40]


def test_enthusiasm_prefers_the_engaged_answer() -> None:
    for pair in ENERGY_PAIRS:
        assert _score(pair.question, pair.better, "enthusiasm") > _score(pair.question, pair.worse, "enthusiasm"), pair.better[:40]


def _phrases_of(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("'", ""))
    return {" ".join(words[i:i + n]) for n in (5, 6, 7, 8) for i in range(len(words) - n + 1)}


def test_no_lexicon_phrase_is_copied_from_the_fresh_sets() -> None:
    """A phrase list that memorises the test wording would pass these tests without detecting."""
    texts = [a.text for a in FRESH] + [u.text for u in LIKE_USES] + [p.text for p in FILLER_PHRASES]
    texts += [t for p in STRUCTURE_PAIRS + ENERGY_PAIRS for t in (p.better, p.worse)]
    seen: set[str] = set()
    for text in texts:
        seen |= _phrases_of(text)
    copied = set()
    for name, entries in REGISTRY.lexicons.items():
        for phrase, _ in entries:
            if "{" in phrase or "<" in phrase:
                continue  # a pattern built from word classes generalises; a literal phrase memorises
            for words in expand(phrase):
                if len(words) >= 5 and "*" not in words and " ".join(words) in seen:
                    copied.add((name, " ".join(words)))
    assert not copied, copied
