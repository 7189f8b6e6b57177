"""shows_strengths: does a self-description answer name the user's chosen strengths and back them
with the stories that prove them?

Bank-independent and personal: it applies only when the answer comes with a strengths profile
(``AnswerInput.strengths``, :mod:`mockint.scoring.personal`) and the question asks the candidate to
describe themselves ("Tell me about yourself", "What are your strengths?", "Why should we hire
you?"). Without a profile it is absent from the card, so answers scored without one are unchanged.

- **named**: the skill said fuzzily as a phrase (rapidfuzz over word windows), or most of its
  content words found by stem or fuzzily ("mentoring juniors" finds "I mentored two juniors").
- **backed**: enough of the story's key words (its content words, numbers included) appear.

A strength named and backed counts 1, one only named or only backed 0.35; ``strengths_for_full``
of them named and backed (or all, when the profile has fewer) give full marks, so naming three
skills without a story behind any of them does not pass.
"""

from __future__ import annotations

import math
import re

from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, plural, quote, verdict
from mockint.scoring.criteria.relevance import content_words
from mockint.scoring.fuzzy import word_index
from mockint.scoring.model import CriterionResult, Span
from mockint.scoring.personal import STRENGTHS_CRITERION, Strength
from mockint.scoring.questions import SELF_DESCRIPTION, question_type_of

# "Why should we hire you?" asks for the candidate's strengths too, whatever type it is given.
_PARTIAL = 0.35  # a strength named but not proved, or proved but not named
_HIRE_ME_RE = re.compile(
    r"\bwhy\s+should\s+(?:we|i|they|the\s+\w+)\s+(?:hire|choose|pick|take|select|employ)\s+you\b|"
    r"\bwhat\s+(?:makes|would\s+make)\s+you\s+(?:the\s+right|a\s+good|a\s+great|the\s+best)\b",
    re.IGNORECASE,
)


def asks_for_strengths(question_text: str | None, question_type: str) -> bool:
    """Whether the question asks the candidate to describe themselves or their strengths."""
    return question_type == SELF_DESCRIPTION or bool(_HIRE_ME_RE.search(question_text or ""))


def _applies(analysis: Analysis) -> bool:
    answer = analysis.answer
    profile = answer.strengths
    if not profile or not any(s.skill.strip() for s in profile.strengths):
        return False
    return asks_for_strengths(answer.question_text, question_type_of(answer))


def _key_words(text: str, limit: int) -> tuple[str, ...]:
    """Content words of a skill or story worth looking for: numbers, and words of 4+ letters."""
    words = [w for w in content_words(text) if any(c.isdigit() for c in w) or len(w) >= 4]
    return tuple(words[:limit])


def _found(analysis: Analysis, words: tuple[str, ...]) -> list[Span]:
    index = word_index(analysis)
    threshold = analysis.settings.shows_strengths.word_threshold
    spans = []
    for word in words:
        at = index.find_word(word, threshold)
        if at is not None:
            spans.append(analysis.words_span(at, at + 1))
    return spans


def _named(analysis: Analysis, strength: Strength) -> list[Span]:
    settings = analysis.settings.shows_strengths
    phrase = word_index(analysis).find_phrase(strength.skill, settings.phrase_threshold)
    if phrase:
        return [analysis.span(phrase[0].start, phrase[0].end)]
    words = _key_words(strength.skill, 6) or tuple(strength.skill.lower().split()[:6])
    found = _found(analysis, words)
    needed = max(1, math.ceil(0.6 * len(words)))
    return found if len(found) >= needed else []


def _backed(analysis: Analysis, strength: Strength) -> list[Span]:
    settings = analysis.settings.shows_strengths
    words = _key_words(strength.story, int(settings.story_words))
    if not words:
        return []
    found = _found(analysis, words)
    needed = min(len(words), max(2, math.ceil(settings.point_coverage * len(words))))
    return found if len(found) >= needed else []


@criterion(STRENGTHS_CRITERION, "Shows your strengths", applies=_applies)
def evaluate(analysis: Analysis) -> CriterionResult:
    settings = analysis.settings.shows_strengths
    profile = analysis.answer.strengths
    strengths = [s for s in (profile.strengths if profile else ()) if s.skill.strip()]
    spans: list[Span] = []
    named, backed, missing = [], [], []
    total = 0.0
    for strength in strengths:
        said = _named(analysis, strength)
        proof = _backed(analysis, strength)
        spans.extend(said + proof)
        total += 1.0 if said and proof else _PARTIAL * (bool(said) + bool(proof))
        if said:
            named.append(strength)
        if proof:
            backed.append(strength)
        if not said or not proof:
            missing.append((strength, bool(said), bool(proof)))
    wanted = max(1, min(int(settings.strengths_for_full), len(strengths)))
    score = total / wanted
    summary = f"Named {len(named)} of {plural(len(strengths), 'strength')}"
    if named:
        summary += " (" + ", ".join(quote(Span(0, 0, s.skill), 40) for s in named) + ")"
    summary += f"; {len(backed)} backed by its story."
    if score >= analysis.settings.pass_score:
        tip = "Your strengths came through, each with the story behind it: keep leading with them."
    else:
        strength, was_named, proved = missing[0]
        skill = quote(Span(0, 0, strength.skill), 40)
        story = quote(Span(0, 0, strength.story), 70)
        if was_named and not proved:
            tip = f"You named {skill}: now prove it with your story, {story}."
        elif proved:
            tip = f"Your story {story} is there: say the strength it proves, {skill}, in so many words."
        else:
            tip = f"Name {skill} and back it with your story: {story}."
    metrics = {"strengths_named": len(named), "strengths_backed": len(backed), "strengths": len(strengths)}
    return verdict(analysis, STRENGTHS_CRITERION, score, summary=summary, tip=tip, spans=spans, metrics=metrics)
