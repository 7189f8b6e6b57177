"""The user's usual voice, from the history: medians over their last N spoken answers.

Pace (words per minute) comes from each answer's metrics, pitch and loudness ranges from the
enthusiasm criterion's evidence. The result is a :class:`~mockint.scoring.personal.VoiceBaselines`
the caller passes to the scorer (it never reads the history itself).
"""

from __future__ import annotations

import json
import statistics
from typing import TYPE_CHECKING, Any

from mockint.scoring.personal import (
    DEFAULT_BASELINE_ANSWERS,
    DEFAULT_BASELINE_MODE,
    MIN_BASELINE_ANSWERS,
    VoiceBaselines,
    baseline_settings,
    with_personal,
)
from mockint.store.history import HistoryStore

if TYPE_CHECKING:
    from mockint.scoring.model import AnswerInput

_SPOKEN_SQL = """
SELECT s.metrics, c.evidence
FROM answers a
JOIN scores s ON s.answer_id = a.id
LEFT JOIN criterion_scores c ON c.answer_id = a.id AND c.criterion_id = 'enthusiasm'
WHERE a.mode = 'spoken'
ORDER BY a.answered_at DESC, a.id DESC
LIMIT ?
"""
_MEASURES = ("wpm", "pitch_range_semitones", "loudness_range_db")


def voice_baselines(
    history: HistoryStore, *, mode: str = DEFAULT_BASELINE_MODE, last: int = DEFAULT_BASELINE_ANSWERS
) -> VoiceBaselines:
    """The medians of the last ``last`` spoken answers (a measure found in fewer than
    :data:`MIN_BASELINE_ANSWERS` of them stays None); ``answers`` says how many were read."""
    with history._transaction(write=False) as conn:
        rows = conn.execute(_SPOKEN_SQL, (max(1, int(last)),)).fetchall()
    values: dict[str, list[float]] = {name: [] for name in _MEASURES}
    for metrics_json, evidence_json in rows:
        found = dict(_loads(metrics_json, {}))
        for item in _loads(evidence_json, []):
            if isinstance(item, dict) and "metric" in item:
                found.setdefault(item["metric"], item.get("value"))
        for name in _MEASURES:
            value = found.get(name)
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
                values[name].append(float(value))
    medians = {name: (round(statistics.median(v), 2) if len(v) >= MIN_BASELINE_ANSWERS else None)
               for name, v in values.items()}
    return VoiceBaselines(mode=mode, answers=len(rows), **medians)


def _loads(text: str | None, empty: Any) -> Any:
    try:
        value = json.loads(text) if text else empty
    except ValueError:
        return empty
    return value if isinstance(value, type(empty)) else empty


def personal_answer(history: HistoryStore, answer: AnswerInput) -> AnswerInput:
    """``answer`` with the user's strengths profile and (spoken answers) voice baselines, as the
    ``[voice_baseline]`` setting asks (its defaults when the setting is bad: the config notices
    say so, once). What the practice session and ``mockint score`` both call; the store's errors
    are raised."""
    from mockint.store.strengths_store import StrengthsStore

    baselines = None
    if answer.spoken:
        settings = baseline_settings()
        baselines = voice_baselines(history, mode=settings.mode, last=settings.answers)
    return with_personal(answer, StrengthsStore(history).profile(), baselines)
