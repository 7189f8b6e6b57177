"""Trends: one line per criterion (and overall) from the stored answers, first ten against the
latest ten, and a message when nothing is stored yet."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from textual.widgets import Static

from mockint.store import TrendPoint
from mockint.store.trend_points import session_series
from mockint.tui.screens.background import ScreenKeyCommands
from mockint.tui.screens.trends import NO_ANSWERS, TrendsScreen, build_trends
from mockint.tui.widgets.score_line import ScoreLine, bar_for, bucket_means
from mockint.tui.widgets.trend_row import TrendRow, change

from .conftest import screen_text, settle
from .test_review_data import (
    MIDDLING_ANSWER,
    STRONG_ANSWER,
    T0,
    WEAK_ANSWER,
    save_fixed_history,
    save_session,
    utc,  # noqa: F401  (fixture)
)

SIZE = (100, 30)
QUESTION = "Tell me about a project you are proud of."


def save_history(store, sessions: int) -> None:
    """``sessions`` sessions of two answers each, one a day, getting better over time."""
    answers = [WEAK_ANSWER, MIDDLING_ANSWER, STRONG_ANSWER]
    for day in range(sessions):
        pair = answers[min(2, day * 3 // sessions)]
        save_session(store, bank_id="practice-demo", bank_title="Practice demo",
                     answers=[(QUESTION, pair), (QUESTION, pair)], started_at=T0 + timedelta(days=day))


def cell(row: TrendRow, name: str) -> str:
    return str(row.query_one(f".trend-{name}", Static).content)


async def open_trends(app, pilot) -> None:
    await settle(app, pilot)
    await pilot.press("t")
    await settle(app, pilot)
    assert isinstance(app.screen, TrendsScreen)


async def test_a_line_per_criterion_with_first_and_latest_ten(build_app, store, utc) -> None:
    save_history(store, sessions=12)
    series = session_series(store)
    criterion_ids = list(dict.fromkeys(p.criterion_id for p in series))
    app = build_app(initial="review")
    async with app.run_test(size=(100, 40)) as pilot:
        await open_trends(app, pilot)
        rows = list(app.screen.query(TrendRow))
        labels = {p.criterion_id: p.label for p in series}
        assert [r.label for r in rows] == [labels[c] for c in criterion_ids]
        assert labels["overall"] == "Overall" and labels["filler_words"] != "filler_words"
        assert criterion_ids[0] == "overall"

        overall = [p.score for p in series if p.criterion_id == "overall"]
        assert len(overall) == 12  # one point per session
        assert rows[0].scores == tuple(overall)
        window = len(overall) // 2  # fewer than 20 sessions: half of them each
        first, latest = sum(overall[:window]) / window, sum(overall[-window:]) / window
        assert cell(rows[0], "first") == f"{round(first * 100)}"
        assert cell(rows[0], "latest") == f"{round(latest * 100)}"
        assert cell(rows[0], "change") == str(change(first, latest))
        assert latest > first  # the history was built to improve

        # One bar per session on the fixed 0..1 scale (the line is wider than 12 cells here).
        line = rows[0].query_one(ScoreLine)
        assert line.size.width >= 12
        assert str(line.render()) == "".join(bar_for(s) for s in overall)
        assert "Trends · 12 sessions · 2025-03-03 to 2025-03-14" in screen_text(app)


async def test_no_answers_shows_a_message_instead_of_lines(build_app) -> None:
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await open_trends(app, pilot)
        assert app.screen.has_class("-empty")
        assert not app.screen.query(TrendRow)
        assert {t for t, _, _ in ScreenKeyCommands(app.screen)._commands()} >= {"Reload", "Back"}
        assert NO_ANSWERS[:50] in screen_text(app)


async def test_reload_picks_up_answers_saved_since(build_app, store) -> None:
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await open_trends(app, pilot)
        assert app.screen.has_class("-empty")
        save_history(store, sessions=1)
        await pilot.press("r")
        await settle(app, pilot)
        assert not app.screen.has_class("-empty")
        assert app.screen.query(TrendRow).first().scores == tuple(
            p.score for p in session_series(store) if p.criterion_id == "overall"
        )


def _points(criterion_id: str, scores: list[float], label: str = "") -> list[TrendPoint]:
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    return [TrendPoint(start + timedelta(hours=i), criterion_id, s, label) for i, s in enumerate(scores)]


@pytest.mark.parametrize(
    ("count", "window"),
    [(25, 10), (20, 10), (19, 9), (4, 2), (1, 0)],
)
def test_first_and_latest_cover_ten_answers_or_half_of_fewer(count: int, window: int) -> None:
    scores = [i / 100 for i in range(count)]
    trends = build_trends(_points("overall", scores))
    [overall] = trends.criteria
    assert overall.window == window
    if window:
        assert overall.first_mean == pytest.approx(sum(scores[:window]) / window)
        assert overall.latest_mean == pytest.approx(sum(scores[-window:]) / window)
    else:
        assert overall.first_mean is None and overall.latest_mean is None


def test_overall_comes_first_and_each_criterion_keeps_its_stored_label() -> None:
    points = (
        _points("mentions_sql", [0.5], "Mentions SQL")
        + _points("overall", [0.7], "Overall")
        + _points("concrete_example", [1.0], "Concrete example")
    )
    trends = build_trends(sorted(points, key=lambda p: p.answered_at))
    assert [c.criterion_id for c in trends.criteria][0] == "overall"
    labels = {c.criterion_id: c.label for c in trends.criteria}
    assert labels == {"overall": "Overall", "mentions_sql": "Mentions SQL", "concrete_example": "Concrete example"}
    assert build_trends([]) is None


def test_score_line_scale_is_fixed_and_long_series_are_averaged() -> None:
    assert [bar_for(s) for s in (0.0, 0.5, 0.99, 1.0)] == ["▁", "▅", "█", "█"]
    assert bucket_means([0.2, 0.4], 10) == [0.2, 0.4]
    assert bucket_means([0.0, 1.0, 0.5, 0.5], 2) == [0.5, 0.5]
    assert bucket_means([], 5) == []


def test_change_is_signed_in_points() -> None:
    assert str(change(0.5, 0.66)) == "+16"
    assert str(change(0.7, 0.65)) == "-5"
    assert str(change(0.5, 0.5)) == "±0"
    assert str(change(None, 0.5)) == "—"


def test_trends_snapshot(build_app, store, utc, snap_compare) -> None:
    save_fixed_history(store, sessions=12)

    async def open_trends_screen(pilot) -> None:
        await open_trends(pilot.app, pilot)

    assert snap_compare(build_app(initial="review"), terminal_size=SIZE, run_before=open_trends_screen)
