"""Cards from the real scorer survive the store and the exports unchanged."""

from __future__ import annotations

import json
import re

from mockint.scoring import AnswerInput, ScoreCard, Word, score_answer
from mockint.store import HistoryStore
from mockint.store.export import export_session


def test_scored_answers_round_trip_through_the_store_and_json_export(
    store: HistoryStore, samples
) -> None:
    typed = score_answer(
        AnswerInput(
            text=samples.PREPARED_ANSWER,
            question_text="Tell me about something you improved.",
            key_points=("the problem", "what you did", "the result"),
            target_seconds=120,
        )
    )
    words = tuple(
        Word(w, i * 0.4, i * 0.4 + 0.3, 0.9) for i, w in enumerate(samples.NERVOUS_ANSWER.split())
    )
    spoken = score_answer(
        AnswerInput(
            text=samples.NERVOUS_ANSWER,
            question_text="Tell me about yourself.",
            duration_s=12.0,
            words=words,
            spoken=True,
        )
    )
    session_id = store.start_session(bank_id="general", bank_title="General", settings={})
    for text, card, mode in (
        (samples.PREPARED_ANSWER, typed, "typed"),
        (samples.NERVOUS_ANSWER, spoken, "spoken"),
    ):
        store.add_answer(
            session_id,
            question_id="q",
            question_text="Q",
            text=text,
            mode=mode,
            card=card,
            words=words if mode == "spoken" else None,
        )
    detail = store.get_session(session_id)
    assert [a.card.to_dict() for a in detail.answers] == [typed.to_dict(), spoken.to_dict()]
    assert detail.answers[1].words == list(words)
    assert detail.summary.mean_overall == (typed.overall + spoken.overall) / 2
    exported = json.loads(export_session(detail, "json"))
    assert [ScoreCard.from_dict(a["card"]).to_dict() for a in exported["answers"]] == [
        typed.to_dict(),
        spoken.to_dict(),
    ]
    filler_spans = spoken.criterion("filler_words").spans
    assert filler_spans, "the scorer found no filler in a nervous answer"
    first = filler_spans[0]
    bold_runs = re.findall(r"\*\*(.+?)\*\*", export_session(detail, "md"))
    assert any(samples.NERVOUS_ANSWER[first.start : first.end] in run for run in bold_runs)
