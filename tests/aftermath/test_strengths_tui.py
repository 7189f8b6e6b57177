"""The Strengths screen through Textual's Pilot, and its snapshots at 80×24 and 120×40."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from mockint.store.strengths_store import StrengthsStore
from mockint.tui.screens.strengths import StrengthsScreen
from tests.tui.conftest import settle

from .test_reply_tui import real_app, steady_cursors  # noqa: F401  (real_app: a fixture)


def status(screen) -> str:
    return str(screen.query_one("#strengths-status").render())


async def test_strengths_are_edited_saved_and_loaded_again(real_app) -> None:  # noqa: F811
    app = real_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, StrengthsScreen)
        assert "No strengths yet" in status(screen)
        await pilot.press(*"mentoring junior developers")  # the first skill has the focus
        screen.query_one("#story-1", TextArea).load_text("Four graduate hires, onboarding from six weeks to three.")
        screen.query_one("#skill-3", Input).value = "calm under pressure"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "Not saved: strengths.3.story: is blank" in status(screen)
        assert StrengthsStore(app.open_store()).profile().strengths == ()  # nothing written
        screen.query_one("#story-3", TextArea).load_text("I ran the incident call in the Black Friday outage.")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert status(screen) == "Saved: 2 strengths."
        assert not screen.query_one("#strengths-status").has_class("-error")
        stored = StrengthsStore(app.open_store()).positions()
        assert sorted(stored) == [1, 3] and stored[1].skill == "mentoring junior developers"
        await pilot.press("escape")
        await pilot.press("m")
        await settle(app, pilot)
        again = app.screen
        assert again.query_one("#skill-3", Input).value == "calm under pressure"
        assert again.query_one("#story-1", TextArea).text.startswith("Four graduate hires")
        again.query_one("#skill-1", Input).value = ""
        again.query_one("#story-1", TextArea).load_text("")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert sorted(StrengthsStore(app.open_store()).positions()) == [3]


async def test_a_control_character_in_a_skill_is_refused(real_app) -> None:  # noqa: F811
    app = real_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        screen = app.screen
        screen.query_one("#skill-2", Input).value = "data\x1b[2J"
        screen.query_one("#story-2", TextArea).load_text("the churn dashboard")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "strengths.2.skill: control character U+001B" in status(screen)
        assert screen.query_one("#strengths-status").has_class("-error")


async def _filled(pilot) -> None:
    await settle(pilot.app, pilot)
    store = StrengthsStore(pilot.app.open_store())
    store.set(1, "mentoring junior developers", "Four graduate hires at Brightline; onboarding from six weeks to three.")
    store.set(2, "turning messy data into decisions", "The churn dashboard that changed our pricing within a month.")
    await pilot.press("m")
    await settle(pilot.app, pilot)
    steady_cursors(pilot.app)
    await settle(pilot.app, pilot)  # the profile loaded and the focus placed before the picture
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_strengths_screen_snapshot(snap_compare, real_app, size) -> None:  # noqa: F811
    assert snap_compare(real_app(), terminal_size=size, run_before=_filled)
