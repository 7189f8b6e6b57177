"""Review shows the progress on each open saved feedback (the lines trends shows), and nothing
when none is open."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from mockint.aftermath.mapper import Target
from mockint.scoring.scorer import SCORER_VERSION
from mockint.store.feedback_store import FeedbackStore
from mockint.tui.screens.review import ReviewScreen
from mockint.tui.widgets.feedback_progress import FeedbackProgress
from tests.coach.helpers import card

from .conftest import screen_text, settle

SIZE = (100, 30)
GIVEN = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)


def _answer(store, overall: int, at: datetime, score: float) -> None:
    session = store.start_session(bank_id="general", bank_title="General", settings={}, started_at=at)
    store.add_answer(session, question_id="q", question_text="Q?", text="A.", mode="typed",
                     card=replace(card(overall, {"concrete_example": score}), scorer_version=SCORER_VERSION),
                     ended_at=at)


async def test_review_shows_the_progress_on_open_feedback(build_app, store) -> None:
    feedback = FeedbackStore(store)
    acme = feedback.add(text="Vague examples.", company="Acme", given_at=GIVEN,
                        criteria=[Target("concrete_example", ("Vague examples",))])
    closed = feedback.add(text="Too long.", company="Globex", given_at=GIVEN, criteria=[Target("length", ())])
    feedback.close(closed)
    _answer(store, 40, GIVEN - timedelta(days=1), 0.41)
    for day in range(1, 4):
        _answer(store, 78, GIVEN + timedelta(days=day), 0.78)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        progress = app.screen.query_one(FeedbackProgress)
        assert progress.lines == [f"{acme}. the Acme feedback since 2026-11-20: concrete example 41 → 78 over 3 answers"]
        assert progress.display
        text = screen_text(app)
        assert "the Acme feedback since 2026-11-20: concrete example 41 → 78 over 3 answers" in text
        assert "Globex" not in text  # closed


async def test_review_shows_no_feedback_line_without_open_feedback(build_app, store) -> None:
    closed = FeedbackStore(store).add(text="Too long.", company="Globex", criteria=[Target("length", ())])
    FeedbackStore(store).close(closed)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        progress = app.screen.query_one(FeedbackProgress)
        assert progress.lines == [] and not progress.display
        assert "feedback" not in screen_text(app).lower()


async def test_deleting_a_session_updates_the_progress(build_app, store) -> None:
    from mockint.tui.screens.confirm import ConfirmScreen

    acme = FeedbackStore(store).add(text="Vague examples.", company="Acme", given_at=GIVEN,
                                    criteria=[Target("concrete_example", ())])
    for day in range(1, 3):
        _answer(store, 78, GIVEN + timedelta(days=day), 0.78)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        progress = app.screen.query_one(FeedbackProgress)
        assert progress.lines == [f"{acme}. the Acme feedback since 2026-11-20: concrete example 78 → 78 over 2 answers"]
        await pilot.press("d")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(app, pilot)
        assert progress.lines == [f"{acme}. the Acme feedback since 2026-11-20: concrete example 78 → 78 over 1 answer"]
