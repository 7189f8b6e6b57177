"""Trends filtered by bank and by question: one bar per session, dates over the lines."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Select

from mockint.tui.screens.trends import TrendsScreen
from mockint.tui.widgets.trend_row import TrendRow

from .conftest import screen_text, settle
from .test_review_data import T0, fixed_card, utc  # noqa: F401  (fixture)

SIZE = (120, 40)


def seed(store) -> None:
    """Four days: practice-demo on days 0 and 2 (proud and deadline), markup-bank on days 1 and 3."""
    plan = [("practice-demo", 40), ("markup-bank", 90), ("practice-demo", 60), ("markup-bank", 95)]
    for day, (bank, overall) in enumerate(plan):
        started = T0 + timedelta(days=day)
        session = store.start_session(bank_id=bank, bank_title=bank, settings={}, started_at=started)
        for offset, question in enumerate(("proud", "deadline") if bank == "practice-demo" else ("tags",)):
            score = overall + 10 * offset
            store.add_answer(session, question_id=question, question_text=f"Question {question}?", text="An answer.",
                             mode="typed", card=fixed_card(score, "An answer."), ended_at=started)


def overall_bars(app) -> tuple[float, ...]:
    return app.screen.query(TrendRow).first().scores


async def test_trends_by_bank_then_by_question_one_point_per_session(build_app, store, utc) -> None:
    seed(store)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TrendsScreen)
        assert len(overall_bars(app)) == 4
        assert "Trends · 4 sessions · 2025-03-03 to 2025-03-06" in screen_text(app)
        assert "2025-03-03 → 2025-03-06" in screen_text(app)
        screen.query_one("#trends-bank", Select).value = "practice-demo"
        await settle(app, pilot)
        assert [round(s * 100) for s in overall_bars(app)] == [45, 65]  # each session's mean
        assert "2025-03-03 → 2025-03-05" in screen_text(app)
        questions = screen.query_one("#trends-question", Select)
        assert {value for _, value in questions._options if isinstance(value, str)} == {
            "practice-demo/proud", "practice-demo/deadline"
        }
        questions.value = "practice-demo/deadline"
        await settle(app, pilot)
        assert [round(s * 100) for s in overall_bars(app)] == [50, 70]
        assert screen.filters() == ("practice-demo", "practice-demo/deadline")
