"""enthusiasm: energetic, positive, forward-looking language; on spoken answers, a lively voice too.

Text: positive words about the work ("I loved", "what draws me", "I'm excited") and forward-looking
ones ("I'd love to", "I want to learn", "in this role") against flat or negative ones ("I guess",
"whatever", "it's just a job", "I need a job"). Energy is counted, not diluted: a few clear
statements of interest make an answer enthusiastic however long it is (a 300-word story with two
"I loved"s is not flatter than a 60-word one), while one sentence counts for at most
``per_sentence_cap`` so a list of adjectives ("great, amazing, awesome") is not enthusiasm. A negation flips a positive, also a few words back
("not excited", "not really passionate", "not sure I'd love"). Blaming, complaining and arguing
(found by professional_tone) count as negative language too: "it was great, working till 2am for a
boss who... the management is a joke" is not enthusiasm.
Voice (when ``AnswerInput.voice`` is set): pitch range in semitones (flat under ~2) and loudness
range in dB, relative to the speaker; evidence names the flattest stretch with its timestamps.
"""

from __future__ import annotations

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import clamp, clock, criterion, quote, rising, verdict
from mockint.scoring.criteria.tone import unprofessional_spans
from mockint.scoring.model import CriterionResult, VoiceFeatures
from mockint.scoring.personal import FIXED, PERSONAL, against_usual, blended

POSITIVE = (
    "excited", "exciting", "excites me", "thrilled", "passionate", "passion", "love", "loved",
    "loving", "can't wait", "eager", "fascinated", "fascinating", "fascinates me", "inspired",
    "inspiring", "what draws me", "drew me", "drawn to", "energized", "energizing", "energised",
    "proud", "proudest", "thrive", "thrived", "appeals to me", "appealed to me", "i'm at my best", "amazing", "fantastic", "awesome", "incredible", "i really enjoy",
    "i really enjoyed", "i really like", "i really liked", "the best part", "my favorite",
    "my favourite", "so much fun", "really rewarding", "i'd love to", "i would love to",
    "exactly what i'm looking for", "exactly what i want", "exactly what i'm after",
)
MILD_POSITIVE = (
    "enjoy", "enjoyed", "enjoying", "fun", "interesting", "interested", "curious", "keen", "glad",
    "happy", "great", "rewarding", "motivated", "motivates me", "motivating", "excellent", "meaningful", "satisfying", "i like", "i liked", "cool", "exciting challenge",
    "i want to", "i'd like to", "i would like to", "i hope to",
    "looking forward", "look forward",
)
# Not in either list: the stock phrases of any rehearsed answer ("I could contribute", "a great
# opportunity to learn and grow", "join your company", "make an impact"). Interviewers hear them
# from everyone; they show no energy and no specific interest in this work.
# Uncertain rather than uninterested: they flatten an answer, half as much as a negative.
FLAT = ("i guess", "i suppose")
NEGATIVE = (
    "whatever", "i don't really mind", "i don't mind", "don't really care",
    "i don't care", "it's just a job", "just a job", "i need a job", "i needed a job",
    "need the money", "for the money", "pays the bills", "it's fine", "it was fine", "it was okay",
    "it was ok", "boring", "bored", "tedious", "hated", "hate", "meh", "doesn't matter",
    "nothing special", "i had no choice", "not that interested",
    "not really interested", "tired of", "sick of", "exhausting", "annoying", "annoyed",
    "no idea why", "i don't really know why", "anything is fine", "any job",
)
TONE_WORDS = lexicon.define(
    "enthusiasm",
    {**{p: "positive" for p in POSITIVE}, **{p: "negative" for p in NEGATIVE},
     **{p: "mild" for p in MILD_POSITIVE}, **{p: "flat" for p in FLAT}},
)
_NEGATORS = lexicon.key_set(
    "not never no don't didn't wasn't isn't aren't weren't doesn't won't wouldn't can't couldn't "
    "hardly nothing"
)
# Words that may stand between a negator and the positive word it negates: "not that excited",
# "not really passionate", "not sure I'd love", "never been very interested".
_NEGATION_GAP = lexicon.key_set(
    """really that very so too particularly all super overly exactly sure i i'd i'm be been feel
    felt am at ever even always especially terribly hugely massively remotely quite very much
    actually necessarily"""
)
_INTENSIFIERS = lexicon.key_set(
    "really so very truly genuinely absolutely super incredibly extremely hugely deeply particularly"
)
# Complaining, sarcasm or blame undo enthusiasm more than a flat word does.
_UNPROFESSIONAL_WEIGHT = 2.0
_NEGATION_REACH = 4
_CLAUSE_BREAK = frozenset(".,;:!?\n")
_MIN_VOICED_SECONDS = 3.0


def _capped_weight(analysis: Analysis, positives: list[tuple[int, int, float]]) -> float:
    """Sum of the positive weights, each sentence contributing at most ``per_sentence_cap``."""
    cap = analysis.settings.enthusiasm.per_sentence_cap
    per_sentence: dict[int, float] = {}
    sentences = analysis.sentences
    index = 0
    for start, _, weight in sorted(positives):  # in text order, like the sentences
        while index + 1 < len(sentences) and sentences[index].end <= start:
            index += 1
        per_sentence[index] = per_sentence.get(index, 0.0) + weight
    return sum(min(cap, weight) for weight in per_sentence.values())


def _text_evidence(analysis: Analysis) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]:
    positives: list[tuple[int, int, float]] = []
    negatives: list[tuple[int, int, float]] = []
    for hit in analysis.hits(TONE_WORDS):
        negative = hit.tag in ("negative", "flat") or _negated(analysis, hit.first)
        first = hit.first
        weight = 0.5 if hit.tag == "flat" else 1.0
        if hit.tag == "mild" and not negative:
            # Said with energy, a mild word is a clear one: "really enjoying", "so interested".
            if first > 0 and analysis.key(first - 1) in _INTENSIFIERS and _CLAUSE_BREAK.isdisjoint(analysis.gap_after(first - 1)):
                first -= 1
            else:
                weight = 0.5
        start, end = analysis.starts[first], analysis.ends[hit.last - 1]
        (negatives if negative else positives).append((start, end, weight))
    for span in unprofessional_spans(analysis):
        if not any(s < span.end and span.start < e for s, e, _ in negatives):
            negatives.append((span.start, span.end, _UNPROFESSIONAL_WEIGHT))
    negatives.sort()
    bangs = analysis.text.count("!")
    if bangs:
        first = analysis.text.index("!")
        positives.append((first, first + 1, 0.5 * min(2, bangs)))
    return positives, negatives


def _negated(analysis: Analysis, first: int) -> bool:
    """A negator before word ``first`` in the same clause, with only softeners between."""
    if _NEGATORS.isdisjoint(analysis.keys[max(0, first - _NEGATION_REACH):first]):
        return False  # the usual case, decided in C
    for index in range(first - 1, max(-1, first - 1 - _NEGATION_REACH), -1):
        if not _CLAUSE_BREAK.isdisjoint(analysis.gap_after(index)):
            return False
        word = analysis.key(index)
        if word in _NEGATORS:
            # "I've never been so excited", "never more proud": emphasis, not a negation.
            return not (word == "never" and {"so", "more"} & set(analysis.keys[index + 1:first]))
        if word not in _NEGATION_GAP:
            return False
    return False


def _voice_score(analysis: Analysis, voice: VoiceFeatures) -> tuple[float, dict[str, object], str]:
    settings = analysis.settings.enthusiasm
    pitch = rising(voice.pitch_range_semitones, settings.pitch_flat_semitones, settings.pitch_lively_semitones)
    loud = rising(voice.loudness_range_db, settings.loudness_flat_db, settings.loudness_lively_db)
    score = settings.pitch_share * pitch + (1 - settings.pitch_share) * loud
    metrics: dict[str, object] = {
        "pitch_range_semitones": round(voice.pitch_range_semitones, 1),
        "pitch_sd_semitones": round(voice.pitch_sd_semitones, 1),
        "loudness_range_db": round(voice.loudness_range_db, 1),
        "voiced_seconds": round(voice.voiced_seconds, 1),
    }
    evidence = f"pitch range {voice.pitch_range_semitones:.1f} semitones, loudness range {voice.loudness_range_db:.1f} dB"
    if voice.flattest is not None:
        start, end, semitones = voice.flattest
        flat = f"pitch range {semitones:.1f} semitones from {clock(start)} to {clock(end)}"
        metrics["flattest"] = flat
        evidence += f"; flattest: {flat}"
    return score, metrics, evidence


def _voice_against_usual(
    analysis: Analysis, voice: VoiceFeatures, score: float, metrics: dict[str, object], evidence: str
) -> tuple[float, str]:
    """The voice score judged against the user's usual pitch and loudness ranges as well, per the
    baseline mode (see :mod:`mockint.scoring.personal`); the evidence says which applied."""
    baselines = analysis.answer.baselines
    assert baselines is not None
    usual_pitch, usual_loud = baselines.usual("pitch_range_semitones"), baselines.usual("loudness_range_db")
    if usual_pitch is None or usual_loud is None:
        metrics["baseline"] = FIXED
        return score, f"{evidence}; {baselines.note()}"
    pitch = against_usual(voice.pitch_range_semitones, usual_pitch, two_sided=False, unit=" semitones")
    loud = against_usual(voice.loudness_range_db, usual_loud, two_sided=False, unit=" dB")
    share = analysis.settings.enthusiasm.pitch_share
    mine = share * pitch.score + (1 - share) * loud.score
    metrics.update(baseline=baselines.mode, usual_pitch_range_semitones=round(usual_pitch, 1),
                   usual_loudness_range_db=round(usual_loud, 1), personal_voice_score=round(mine, 3))
    evidence = (f"{evidence}; your pitch range was {voice.pitch_range_semitones:.1f} semitones, {pitch.words}; "
                f"loudness range {voice.loudness_range_db:.1f} dB, {loud.words}; {baselines.note()}")
    return blended(score, mine, baselines.mode), evidence


@criterion("enthusiasm", "Enthusiasm", empty_tip="Say what you enjoy about the work and why this role.")
def evaluate(analysis: Analysis) -> CriterionResult:
    settings = analysis.settings.enthusiasm
    positives, negatives = _text_evidence(analysis)
    pos_weight = _capped_weight(analysis, positives)
    neg_weight = sum(w for _, _, w in negatives)
    # A complaint or a flat word undoes a positive one: "great, really amazing ... the management is
    # a joke" is not enthusiasm; what is left over either lifts or sinks the neutral score.
    net = pos_weight - neg_weight
    pos_strength = min(1.0, max(0.0, net) / max(0.5, settings.positives_for_full))
    neg_strength = min(1.0, max(0.0, -net) / max(0.5, settings.negatives_for_floor))
    neutral = settings.neutral_score
    text_score = clamp(neutral + (1 - neutral) * pos_strength - settings.negative_drop * neg_strength)
    metrics: dict[str, object] = {
        "positive_phrases": len(positives),
        "negative_phrases": len(negatives),
        "text_score": round(text_score, 3),
    }
    summary = f"{len(positives)} positive or forward-looking phrases, {len(negatives)} flat or negative"
    score, voice_flat, voice_evidence = text_score, False, ""
    voice = analysis.answer.voice
    if voice is not None and voice.voiced_seconds >= _MIN_VOICED_SECONDS:
        voice_score, voice_metrics, voice_evidence = _voice_score(analysis, voice)
        if analysis.answer.baselines is not None:
            voice_score, voice_evidence = _voice_against_usual(analysis, voice, voice_score, voice_metrics, voice_evidence)
        metrics.update(voice_metrics, voice_score=round(voice_score, 3))
        score = (1 - settings.voice_weight) * text_score + settings.voice_weight * voice_score
        voice_flat = voice_score < 0.4 or (voice.pitch_range_semitones <= settings.pitch_flat_semitones
                                           and voice_metrics.get("baseline") != PERSONAL)
        summary += f"; voice: {voice_evidence}"
    summary += "."
    spans = [analysis.span(s, e) for s, e, _ in positives + negatives]
    passed = score >= analysis.settings.pass_score
    if passed:
        tip = "Energetic and positive: keep saying what draws you to the work and the role."
    elif voice_flat:
        tip = (f"Your voice stayed flat ({voice_evidence}): lift your pitch on what excited you and "
               "on the result, and vary your volume.")
    elif negatives:
        worst = analysis.span(negatives[0][0], negatives[0][1])
        tip = (f"{quote(worst)} sounds disinterested: say what you like about this work and what "
               "draws you to this role.")
    else:
        tip = ("Say what you enjoyed or why this work matters to you: “What I loved about it was…”, "
               "“I'd love to bring that here.”")
    return verdict(analysis, "enthusiasm", score, summary=summary, tip=tip, spans=spans,
                   metrics=metrics, passed=passed)
