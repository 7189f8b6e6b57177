"""``score_answer``: run the criteria that apply to an answer and combine them into a ScoreCard."""

from __future__ import annotations

import math
from typing import Any

from mockint.banks.rules import KNOWN_BUILTIN_CRITERIA
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria import REGISTRY, evaluate_custom
from mockint.scoring.criteria.base import not_judged_reason
from mockint.scoring.criteria.fillers import fillers, fillers_per_minute
from mockint.scoring.criteria.hedging import hedges
from mockint.scoring.model import AnswerInput, CriterionResult, NotJudged, ScoreCard
from mockint.scoring.questions import EXAMPLE_CRITERIA, ROLE_PLAY, STORY, STORY_CRITERIA, question_type_of
from mockint.scoring.settings import ScoringSettings, default_settings

# Bump when a change to the criteria can change a score (stored with every score in the history).
SCORER_VERSION = "2.1.0"

# One list of ids for the whole app: banks validate against it, the registry must match it.
BUILTIN_CRITERIA: tuple[str, ...] = KNOWN_BUILTIN_CRITERIA


def score_answer(answer: AnswerInput, settings: ScoringSettings | None = None) -> ScoreCard:
    """Score one answer. Pure and deterministic; never raises on any text.

    ``settings`` defaults to the shipped defaults; pass :func:`load_settings` to honour the user's
    ``[scoring]`` config.
    """
    analysis = Analysis(answer, settings or default_settings())
    wanted = set(BUILTIN_CRITERIA if answer.criteria is None else answer.criteria)
    results: list[CriterionResult] = []
    not_judged: list[NotJudged] = []
    for criterion_id in BUILTIN_CRITERIA:
        spec = REGISTRY[criterion_id]
        if criterion_id in wanted and spec.applies(analysis):
            result = spec.evaluate(analysis)
            reason = not_judged_reason(criterion_id, analysis, result)
            if reason is None:
                results.append(result)
            else:  # nothing to judge: neither a pass nor a fail, and out of the overall
                not_judged.append(NotJudged(criterion_id, reason))
    kind = _question_kind(answer)
    story = None if kind is None else kind == STORY
    if story is False:  # a known question that asks for no story: story criteria count less
        factor = analysis.settings.question_types.story_weight_otherwise
        # A role-play reply ("Respond as you would on the call") asks for no example either.
        lighter = EXAMPLE_CRITERIA if kind == ROLE_PLAY else STORY_CRITERIA
        for result in results:
            if result.id in lighter:
                result.weight = round(result.weight * factor, 4)
    seen = {r.id for r in results} | set(BUILTIN_CRITERIA)
    for custom in answer.custom_criteria:
        if custom.id not in seen:
            seen.add(custom.id)
            results.append(evaluate_custom(analysis, custom))
    metrics = answer_metrics(analysis)
    if story is not None:
        metrics["story_question"] = story
    overall = overall_score(results)
    fault = serious_fault(analysis, results)
    if fault is not None:
        overall = min(overall, int(analysis.settings.serious_fault_cap))
        metrics["serious_fault"] = fault
    return ScoreCard(
        overall=overall,
        criteria=results,
        metrics=metrics,
        scorer_version=SCORER_VERSION,
        not_judged=not_judged,
    )


def _question_kind(answer: AnswerInput) -> str | None:
    """The question's type (the bank's, else inferred from its text) when it is known and no bank
    chose the question's criteria, else None: then every criterion keeps its weight."""
    if answer.criteria is not None or not (answer.question_text or answer.question_type):
        return None
    return question_type_of(answer)


def serious_fault(analysis: Analysis, results: list[CriterionResult]) -> str | None:
    """What no strength elsewhere makes up for: an unprofessional answer (blaming, arguing,
    insulting, swearing) or no answer at all. The overall score is capped when one is found."""
    if analysis.word_count < analysis.settings.non_answer_words:
        return "no real answer"
    tone = next((r for r in results if r.id == "professional_tone"), None)
    if tone is not None and not tone.passed:
        return "unprofessional tone"
    return None


def overall_score(results: list[CriterionResult]) -> int:
    """Weighted mean of the criteria scores, 0..100 (rounded half up)."""
    total = sum(max(0.0, r.weight) for r in results)
    if total <= 0:
        return 0
    mean = sum(max(0.0, r.weight) * r.score for r in results) / total
    return int(math.floor(100 * mean + 0.5))


def answer_metrics(analysis: Analysis) -> dict[str, Any]:
    found_fillers = fillers(analysis)
    found_hedges = hedges(analysis)
    metrics: dict[str, Any] = {
        "words": analysis.word_count,
        "sentences": analysis.sentence_count,
        "fillers": len(found_fillers),
        "fillers_per_100_words": analysis.per_100_words(len(found_fillers)),
        "hedges": len(found_hedges),
        "hedges_per_100_words": analysis.per_100_words(sum(h.weight for h in found_hedges)),
        "numbers": sum(1 for n in analysis.numbers if n.quantity),
    }
    timing = analysis.timing
    if timing.duration_s is not None:
        metrics["duration_s"] = timing.duration_s
    if timing.timed:
        metrics["wpm"] = timing.wpm
        metrics["speaking_s"] = timing.speaking_s
        per_minute = fillers_per_minute(analysis, len(found_fillers))
        if per_minute is not None:
            metrics["fillers_per_minute"] = per_minute
    if timing.pauses_over is not None:
        metrics["pauses_over_2_5s"] = timing.pauses_over
        metrics["longest_pause_s"] = timing.longest_pause_s
    if timing.latency_s is not None:
        metrics["latency_s"] = timing.latency_s
    return metrics
