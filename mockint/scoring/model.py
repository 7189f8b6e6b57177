"""The scorer's input and output. Plain data: no Textual, no I/O.

``score_answer(AnswerInput) -> ScoreCard`` (in :mod:`mockint.scoring`) is the one entry point.
Everything here round-trips through ``to_dict``/``from_dict`` so the history store, the exports and
``mockint score --json`` all show the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mockint.banks.model import Bank, CustomCriterion, Question
from mockint.scoring.questions import infer_question_type

if TYPE_CHECKING:
    from mockint.scoring.personal import StrengthsProfile, VoiceBaselines


@dataclass(frozen=True)
class Word:
    """A transcribed word with its time in the recording (seconds)."""

    text: str
    start: float
    end: float
    probability: float | None = None


@dataclass(frozen=True)
class VoiceFeatures:
    """Prosody of a spoken answer, relative to the speaker (computed by mockint.speech)."""

    pitch_range_semitones: float  # 10th..90th percentile of voiced pitch, in semitones
    pitch_sd_semitones: float
    loudness_range_db: float  # 10th..90th percentile of intensity in voiced frames
    voiced_seconds: float
    # The flattest stretch of several seconds: (start_s, end_s, pitch range in semitones there).
    flattest: tuple[float, float, float] | None = None


@dataclass(frozen=True)
class AnswerInput:
    text: str
    question_text: str | None = None
    key_points: tuple[str, ...] = ()
    target_seconds: int | None = None  # the question's answer time
    duration_s: float | None = None  # how long the candidate spoke/answered, when known
    latency_s: float | None = None  # answer clock start -> first word (spoken answers)
    criteria: tuple[str, ...] | None = None  # None: every built-in criterion
    custom_criteria: tuple[CustomCriterion, ...] = ()
    words: tuple[Word, ...] | None = None  # word timestamps (spoken answers)
    voice: VoiceFeatures | None = None
    spoken: bool = False
    # The question's type (see mockint.scoring.questions); None: inferred from question_text.
    question_type: str | None = None
    # Other ways to say a key point, as the bank lists them: ((key point, (synonym, ...)), ...).
    key_point_synonyms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The user's strengths profile and usual voice (mockint.scoring.personal); None: not used.
    strengths: StrengthsProfile | None = None
    baselines: VoiceBaselines | None = None

    @classmethod
    def for_question(
        cls, text: str, question: Question, bank: Bank | None = None, **extra: Any
    ) -> AnswerInput:
        return cls(
            text=text,
            question_text=question.text,
            question_type=question.question_type or infer_question_type(question.text),
            key_points=question.key_points,
            key_point_synonyms=question.synonyms,
            target_seconds=question.answer_seconds,
            criteria=question.criteria,
            custom_criteria=bank.custom_criteria_for(question) if bank else (),
            **extra,
        )


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]`` of the answer that are evidence for a verdict."""

    start: int
    end: int
    text: str


@dataclass
class CriterionResult:
    id: str
    label: str
    score: float  # 0..1
    passed: bool
    tip: str
    weight: float = 1.0
    spans: list[Span] = field(default_factory=list)
    # Numbers behind the verdict, e.g. {"fillers_per_100_words": 7.5}; shown as evidence too.
    metrics: dict[str, Any] = field(default_factory=dict)
    summary: str = ""  # one line: what was found, e.g. "9 fillers (7.5 per 100 words)"

    def evidence(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = [
            {"start": s.start, "end": s.end, "text": s.text} for s in self.spans
        ]
        items.extend({"metric": k, "value": v} for k, v in self.metrics.items())
        return items

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "score": round(self.score, 3),
            "passed": self.passed,
            "weight": self.weight,
            "summary": self.summary,
            "evidence": self.evidence(),
            "tip": self.tip,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CriterionResult:
        spans = [Span(e["start"], e["end"], e["text"]) for e in data["evidence"] if "start" in e]
        metrics = {e["metric"]: e["value"] for e in data["evidence"] if "metric" in e}
        return cls(
            id=data["id"],
            label=data["label"],
            score=data["score"],
            passed=data["passed"],
            tip=data["tip"],
            weight=data.get("weight", 1.0),
            spans=spans,
            metrics=metrics,
            summary=data.get("summary", ""),
        )


@dataclass(frozen=True)
class NotJudged:
    """A criterion the answer gave nothing to judge by (a four-word answer has no fillers to
    count): left out of the card's criteria and of the overall score, shown as "not enough to
    judge" with ``reason``."""

    id: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NotJudged:
        return cls(id=data["id"], reason=data.get("reason", ""))


@dataclass
class ScoreCard:
    overall: int  # 0..100
    criteria: list[CriterionResult]
    metrics: dict[str, Any]  # words, fillers, fillers_per_100_words, wpm (when timed), ...
    scorer_version: str
    not_judged: list[NotJudged] = field(default_factory=list)

    def criterion(self, criterion_id: str) -> CriterionResult | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall,
            "criteria": [c.to_dict() for c in self.criteria],
            "metrics": dict(self.metrics),
            "scorer_version": self.scorer_version,
            "not_judged": [n.to_dict() for n in self.not_judged],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScoreCard:
        return cls(
            overall=data["overall"],
            criteria=[CriterionResult.from_dict(c) for c in data["criteria"]],
            metrics=dict(data.get("metrics", {})),
            scorer_version=data.get("scorer_version", ""),
            not_judged=[NotJudged.from_dict(n) for n in data.get("not_judged", ())],
        )
