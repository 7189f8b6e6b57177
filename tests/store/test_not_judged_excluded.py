"""A criterion there was not enough to judge counts nowhere: not in the session summary, the
history's weakest criterion, the trends or the plan's levels (real scorer, real SQLite file)."""

from __future__ import annotations

from mockint.coach.plan import criterion_levels
from mockint.scoring import AnswerInput, score_answer
from mockint.session.summary import criteria_in_order, weakest_criteria
from mockint.store import HistoryStore

SHORT = "I really want this job."
RAMBLING = (
    "Um, so, like, I guess I kind of worked on, um, a project at school, you know, and, uh, we "
    "maybe did some stuff with, like, data and I think it went, um, fine I guess."
)


def test_what_was_not_judged_is_left_out_of_summary_trends_and_plan(store: HistoryStore) -> None:
    short = score_answer(AnswerInput(text=SHORT, question_text="Why do you want this job?"))
    rambling = score_answer(AnswerInput(text=RAMBLING, question_text="Tell me about a project."))
    unjudged = {n.id for n in short.not_judged}
    assert {"filler_words", "hedging"} <= unjudged  # the short answer gives nothing to judge them by
    assert not unjudged & {c.id for c in short.criteria}
    assert {"filler_words", "hedging"} <= {c.id for c in rambling.criteria if not c.passed}

    session_id = store.start_session(bank_id="b", bank_title="B", settings={})
    for text, card in ((SHORT, short), (RAMBLING, rambling)):
        store.add_answer(session_id, question_id="q", question_text="Q?", text=text, mode="typed", card=card)

    # The session summary: each criterion over the answers that judged it only.
    weak = {w.id: w for w in weakest_criteria([short, rambling], limit=20)}
    assert weak["filler_words"].seen == 1 and weak["hedging"].seen == 1
    assert set(dict(criteria_in_order([short]))) == {c.id for c in short.criteria}

    # The history: the mean overall of the cards, and trends with one point per judged answer.
    (summary,) = store.list_sessions()
    assert summary.mean_overall == (short.overall + rambling.overall) / 2
    assert [p.score for p in store.criterion_series("filler_words")] == [rambling.criterion("filler_words").score]
    assert [p.score for p in store.criterion_series("hedging")] == [rambling.criterion("hedging").score]

    # The plan's levels: from the judged answers only.
    levels = {level.id: level for level in criterion_levels(store)}
    assert levels["filler_words"].answers == 1
    assert levels["filler_words"].level == rambling.criterion("filler_words").score
    assert levels["length"].answers == 2  # judged on both
