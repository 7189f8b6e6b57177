"""Snapshots of the screens issue 9 adds or changes, at 80×24 and 120×40 (update with
``pytest --snapshot-update``): today's practice on the start screen, the comparison screen, a
follow-up question being asked, review with tries kept together, and trends by bank."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mockint.coach.compare import Attempt, compare_attempts
from mockint.session.options import SessionOptions
from mockint.store.records import FOLLOW_UP, RETAKE
from mockint.tui.app import PracticeRequest
from mockint.tui.screens.compare import CompareScreen
from mockint.tui.widgets.score_card import ScoreCardView

from .conftest import settle, wait_until
from .test_review_data import STRONG_ANSWER, T0, WEAK_ANSWER, fixed_card, utc  # noqa: F401  (fixture)

SIZES = [(80, 24), (120, 40)]
PROUD = "Tell me about a project you are proud of."


async def _plan_shown(pilot) -> None:
    await settle(pilot.app, pilot)
    await wait_until(pilot, lambda: getattr(pilot.app.screen, "plan", None) is not None, what="the plan")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_start_screen_with_todays_practice(snap_compare, build_app, size) -> None:
    assert snap_compare(build_app(), terminal_size=size, run_before=_plan_shown)


@pytest.mark.parametrize("size", SIZES)
def test_comparison_screen(snap_compare, build_app, utc, size) -> None:
    tries = [
        Attempt.of(12, T0, WEAK_ANSWER, fixed_card(13, WEAK_ANSWER)),
        Attempt.of(14, T0 + timedelta(minutes=3), STRONG_ANSWER, fixed_card(94, STRONG_ANSWER)),
    ]

    async def compared(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.app.push_screen(CompareScreen(compare_attempts("practice-demo/proud", PROUD, tries)))
        await settle(pilot.app, pilot)

    assert snap_compare(build_app(initial="review"), terminal_size=size, run_before=compared)


@pytest.mark.parametrize("size", SIZES)
def test_follow_up_being_asked(snap_compare, build_app, size) -> None:
    request = PracticeRequest("practice-demo", SessionOptions(question_ids=("proud",), think_seconds=0, follow_ups=1))

    async def asked(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.press(*"I am a team player and I work hard.")
        await pilot.press("ctrl+s")
        await settle(pilot.app, pilot)
        await wait_until(pilot, lambda: pilot.app.screen.query(ScoreCardView), what="the score card")
        await pilot.press("enter")
        await settle(pilot.app, pilot)
        pilot.app.screen.query_one("#answer").cursor_blink = False  # (a blinking cursor is no picture)
        await pilot.pause()

    assert snap_compare(build_app(initial=request), terminal_size=size, run_before=asked)


@pytest.mark.parametrize("size", SIZES)
def test_review_with_a_retake_and_a_follow_up(snap_compare, build_app, store, utc, size) -> None:
    session = store.start_session(bank_id="practice-demo", bank_title="Practice demo", settings={}, started_at=T0)

    def add(text: str, overall: int, question: str = PROUD, lineage=(None, 1, "answer")) -> int:
        return store.add_answer(session, question_id="proud", question_text=question, text=text, mode="typed",
                                card=fixed_card(overall, text), ended_at=T0, lineage=lineage)

    first = add(WEAK_ANSWER, 13)
    retake = add(STRONG_ANSWER, 94, lineage=(first, 2, RETAKE))
    add(STRONG_ANSWER, 90, "How did it turn out?", (retake, 1, FOLLOW_UP))

    async def opened(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await settle(pilot.app, pilot)

    assert snap_compare(build_app(initial="review"), terminal_size=size, run_before=opened)


@pytest.mark.parametrize("size", SIZES)
def test_trends_for_one_bank(snap_compare, build_app, store, utc, size) -> None:
    from .test_review_data import save_fixed_history

    save_fixed_history(store, sessions=8)

    async def one_bank(pilot) -> None:
        from textual.widgets import Select

        await settle(pilot.app, pilot)
        await pilot.press("t")
        await settle(pilot.app, pilot)
        pilot.app.screen.query_one("#trends-bank", Select).value = "practice-demo"
        await settle(pilot.app, pilot)

    assert snap_compare(build_app(initial="review"), terminal_size=size, run_before=one_bank)
