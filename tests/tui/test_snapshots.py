"""Snapshots of the key screens at 100×30 with a fake clock (update: pytest --snapshot-update)."""

from __future__ import annotations

from mockint.session.options import SessionOptions
from mockint.tui.app import PracticeRequest
from mockint.tui.widgets.score_card import ScoreCardView

from .conftest import settle, type_text, wait_until

SIZE = (100, 30)
ANSWER = "Um, I led 4 people on the billing move and cut costs by 20%."


async def _settled(pilot) -> None:
    await settle(pilot.app, pilot)


async def _answered(pilot) -> None:
    await settle(pilot.app, pilot)
    await type_text(pilot, ANSWER)
    await pilot.press("ctrl+s")
    await settle(pilot.app, pilot)
    await wait_until(pilot, lambda: pilot.app.screen.query(ScoreCardView), what="the score card")


async def _session_done(pilot) -> None:
    await _answered(pilot)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("ctrl+n")  # skip the second question
    await settle(pilot.app, pilot)


def test_start_screen(snap_compare, build_app) -> None:
    assert snap_compare(build_app(), terminal_size=SIZE, run_before=_settled)


def test_practice_screen_thinking(snap_compare, build_app) -> None:
    app = build_app(initial=PracticeRequest("practice-demo", SessionOptions(count=2)))
    assert snap_compare(app, terminal_size=SIZE, run_before=_settled)


def test_score_card(snap_compare, build_app) -> None:
    app = build_app(initial=PracticeRequest("practice-demo", SessionOptions(count=2, think_seconds=0)))
    assert snap_compare(app, terminal_size=SIZE, run_before=_answered)


def test_session_summary(snap_compare, build_app) -> None:
    app = build_app(initial=PracticeRequest("practice-demo", SessionOptions(count=2, think_seconds=0)))
    assert snap_compare(app, terminal_size=SIZE, run_before=_session_done)
