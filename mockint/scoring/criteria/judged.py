"""When an answer leaves a criterion nothing to judge: no pass (and no fail) by default.

Some criteria pass by the *absence* of something: no fillers, no hedges, no blaming, no "we"
without "I". In a four-word answer that absence says nothing, so "I want this job." must not
collect four passes. Such a criterion is *not judged*: it is left out of the card's criteria (so
out of the overall score, the summary and the trends) and listed in ``ScoreCard.not_judged`` with
a reason. What "nothing to judge" means, per criterion (``min_words``: ``[not_judged]`` in
``defaults.toml``, 20 words):

- ``filler_words``, ``hedging``, ``professional_tone``: fewer than ``min_words`` words and not one
  filler / hedge / unprofessional phrase found. What *is* found in a short answer is still judged
  ("um, uh, I guess so" fails): only the pass by absence is withheld.
- ``enthusiasm``: fewer than ``min_words`` words, no positive or flat phrase found and no voice
  measured (a spoken answer's pitch and loudness are evidence of their own).
- ``ownership``: fewer than ``min_words`` words and no action described, neither with "I" nor with
  "we" (a longer answer with no action at all keeps its low score: it told no story).
- ``pace``: applies only with timing, as before; a timed answer of fewer than ``min_words`` words
  gives no meaningful words per minute either.

Criteria that ask for something to be *present* (a concrete example, a quantified result, STAR
structure, relevance, length, a bank's own criteria) are always judged: a four-word answer fails
them on the evidence.
"""

from __future__ import annotations

from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import not_judged_when, plural
from mockint.scoring.model import CriterionResult

_NOTHING_FOUND = {
    "filler_words": "no filler words to count",
    "hedging": "no hedging to weigh",
    "professional_tone": "nothing to judge the tone by",
    "enthusiasm": "no enthusiastic or flat wording to go on",
    "ownership": "no actions described, with “I” or “we”",
}


def min_words(analysis: Analysis) -> int:
    return int(analysis.settings.not_judged.min_words)


def _too_short(analysis: Analysis) -> str | None:
    """``"Only 4 words"`` when the answer is under ``min_words``, else None."""
    if analysis.word_count >= min_words(analysis):
        return None
    if not analysis.word_count:
        return "No answer"
    return f"Only {plural(analysis.word_count, 'word')}"


@not_judged_when("filler_words", "hedging", "professional_tone", "ownership")
def short_and_nothing_found(analysis: Analysis, result: CriterionResult) -> str | None:
    """Not judged: a short answer in which the criterion found nothing (no evidence spans)."""
    short = _too_short(analysis)
    if short is None or result.spans:
        return None
    return f"{short}: {_NOTHING_FOUND[result.id]}."


@not_judged_when("enthusiasm")
def short_and_no_tone_or_voice(analysis: Analysis, result: CriterionResult) -> str | None:
    """Not judged: a short answer with no enthusiasm evidence in its words and no voice measured."""
    if analysis.answer.voice is not None:
        return None
    return short_and_nothing_found(analysis, result)


@not_judged_when("pace")
def too_few_words_for_a_pace(analysis: Analysis, result: CriterionResult) -> str | None:
    """Not judged: words per minute over fewer than ``min_words`` words are noise."""
    short = _too_short(analysis)
    return None if short is None else f"{short}: too few to measure a speaking pace."
