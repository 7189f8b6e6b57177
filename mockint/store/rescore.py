"""Scores of one version: answers stored under an older scorer are scored again by this one.

Trends and the practice plan compare scores with each other, so they must come from one scorer
(:data:`mockint.scoring.SCORER_VERSION`). :func:`rescore_outdated` scores every answer whose card an
older scorer made again, from what the history kept: its text, its question (looked up in the
banks, for its key points, criteria and type), the stored word times, duration and latency of a
spoken answer, and the voice measures its old card recorded. What could not be used is said on the
new card (``metrics["rescore_note"]``), with the version it replaced (``metrics["rescored_from"]``).

Answers are rescored in batches, each saved in one transaction: a process killed midway keeps
every batch it finished, and the next run carries on with the answers still outdated. A card is
replaced only if it is still the old one, so two processes rescoring at once, or a second run,
change nothing twice. Cards of a *newer* scorer (the history of a later mockint) are left alone.

Plain Python: the app runs it in a thread worker, the CLI before reading the history.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mockint.errors import MockintError
from mockint.scoring import SCORER_VERSION, AnswerInput, ScoreCard, VoiceFeatures, score_answer
from mockint.store.records import SPOKEN, AnswerRecord

if TYPE_CHECKING:
    from mockint.banks.catalog import Catalog
    from mockint.banks.model import Bank, Question
    from mockint.scoring import ScoringSettings
    from mockint.store.history import HistoryStore

BATCH_SIZE = 50  # answers per transaction: small enough to keep the lock short

QUESTION_GONE = "its question is no longer in a bank: scored on the question's text only"
QUESTION_CHANGED = "its question was edited in the bank since: scored against the bank's key points"
VOICE_NOT_KEPT = "voice measures were not kept: scored on the text and timings only"
VOICE_PARTLY_KEPT = "voice from the measures kept (the flattest stretch was not kept)"
_VOICE_FIELDS = ("pitch_range_semitones", "pitch_sd_semitones", "loudness_range_db", "voiced_seconds")

Progress = Callable[[int, int], None]  # (answers rescored so far, answers to rescore)


@dataclass
class RescoreReport:
    """What one run did: ``rescored`` of ``total`` outdated answers; ``stopped`` when
    ``should_stop`` ended it early (the rest is done next time)."""

    total: int = 0
    rescored: int = 0
    stopped: bool = False
    question_text_only: int = 0  # answers whose question is gone from the banks
    versions: list[str] = field(default_factory=list)  # the older versions found


def version_key(version: str) -> tuple[int, ...] | None:
    """``"2.0.0"`` -> ``(2, 0, 0)``; None for a version that is not dotted numbers."""
    parts = version.strip().split(".")
    if not all(part.isdigit() for part in parts):
        return None
    return tuple(int(part) for part in parts)


def is_outdated(version: str, current: str = SCORER_VERSION) -> bool:
    """True for a card an older scorer made (or one whose version cannot be read)."""
    if version == current:
        return False
    mine, theirs = version_key(current), version_key(version)
    return mine is None or theirs is None or theirs < mine


def outdated_versions(store: HistoryStore) -> dict[str, int]:
    """The older scorer versions in the history, with how many answers each scored."""
    return {v: n for v, n in sorted(store.scorer_versions().items()) if is_outdated(v)}


def outdated_count(store: HistoryStore) -> int:
    """How many answers an older scorer scored (0 when the history is of one version)."""
    return sum(outdated_versions(store).values())


def rescore_outdated(
    store: HistoryStore,
    *,
    catalog: Catalog | None,
    settings: ScoringSettings | None = None,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    batch_size: int = BATCH_SIZE,
) -> RescoreReport:
    """Rescore every answer an older scorer scored; see the module docstring.

    ``catalog``: the banks to find the questions in (None: question text only). ``settings``:
    the scoring settings (default: the user's ``[scoring]`` config). ``progress(done, total)`` is
    called at the start and after each batch; ``should_stop()`` before each batch.
    """
    if settings is None:
        from mockint.scoring import load_settings

        settings = load_settings()
    versions = outdated_versions(store)
    ids = store.answer_ids_scored_by(list(versions))
    report = RescoreReport(total=len(ids), versions=list(versions))
    if progress is not None:
        progress(0, report.total)
    size = max(1, batch_size)
    for first in range(0, len(ids), size):
        if should_stop is not None and should_stop():
            report.stopped = True
            break
        batch = ids[first : first + size]
        replacements = []
        for bank_id, record in store.answers_with_bank(batch):
            card, question_found = rescored_card(record, bank_id, catalog, settings)
            report.question_text_only += not question_found
            replacements.append((record.id, record.card.scorer_version, card))
        store.replace_cards(replacements)
        report.rescored += len(batch)
        if progress is not None:
            progress(report.rescored, report.total)
    return report


def rescored_card(
    record: AnswerRecord, bank_id: str, catalog: Catalog | None, settings: ScoringSettings
) -> tuple[ScoreCard, bool]:
    """This scorer's card for a stored answer, and whether its question was found in a bank."""
    notes: list[str] = []
    extra = _spoken_fields(record, notes) if record.mode == SPOKEN else {}
    found = _find_question(catalog, bank_id, record.question_id)
    if found is None:
        notes.append(QUESTION_GONE)
        answer = AnswerInput(text=record.text, question_text=record.question_text, **extra)
    else:
        bank, question = found
        if " ".join(question.text.split()) != " ".join(record.question_text.split()):
            notes.append(QUESTION_CHANGED)
            question = dataclasses.replace(question, text=record.question_text)
        answer = AnswerInput.for_question(record.text, question, bank, **extra)
    card = score_answer(answer, settings)
    card.metrics["rescored_from"] = record.card.scorer_version
    if notes:
        card.metrics["rescore_note"] = "; ".join(notes)
    return card, found is not None


def _find_question(catalog: Catalog | None, bank_id: str, question_id: str) -> tuple[Bank, Question] | None:
    if catalog is None:
        return None
    reference = question_id if "/" in question_id else f"{bank_id}/{question_id}"
    try:
        return catalog.find_question(reference)
    except MockintError:  # the bank or the question is gone (or the bank is broken now)
        return None


def _spoken_fields(record: AnswerRecord, notes: list[str]) -> dict[str, Any]:
    """The scorer's inputs of a spoken answer, from the stored words and the old card."""
    old = record.card.metrics
    voice = _stored_voice(record.card)
    if voice is None:
        notes.append(VOICE_NOT_KEPT)
    elif _had_flattest(record.card):
        notes.append(VOICE_PARTLY_KEPT)
    return {
        "duration_s": _number(old.get("duration_s")),
        "latency_s": _number(old.get("latency_s")),
        "words": None if record.words is None else tuple(record.words),
        "voice": voice,
        "spoken": True,
    }


def _stored_voice(card: ScoreCard) -> VoiceFeatures | None:
    """The voice measures an old card kept in its enthusiasm evidence, if it kept them all."""
    enthusiasm = card.criterion("enthusiasm")
    if enthusiasm is None:
        return None
    values = [_number(enthusiasm.metrics.get(name)) for name in _VOICE_FIELDS]
    if any(value is None for value in values):
        return None
    pitch_range, pitch_sd, loudness, voiced = (float(v) for v in values if v is not None)
    return VoiceFeatures(pitch_range, pitch_sd, loudness, voiced, flattest=None)


def _had_flattest(card: ScoreCard) -> bool:
    enthusiasm = card.criterion("enthusiasm")
    return enthusiasm is not None and bool(enthusiasm.metrics.get("flattest"))


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def pending_message(count: int, done: int | None = None) -> str:
    """``Updating 340 old scores to scorer 2.0.0… 120/340`` (the words the app and CLI show)."""
    plural = "score" if count == 1 else "scores"
    text = f"Updating {count} old {plural} to scorer {SCORER_VERSION}…"
    return text if done is None else f"{text} {done}/{count}"



def done_message(report: RescoreReport) -> str:
    """``340 old scores updated to scorer 2.0.0`` (and how many had lost their question)."""
    plural = "score" if report.rescored == 1 else "scores"
    text = f"{report.rescored} old {plural} updated to scorer {SCORER_VERSION}"
    if report.question_text_only:
        text += (f"; {report.question_text_only} whose question is no longer in a bank were "
                 "scored on the question's text only")
    return text + "."
