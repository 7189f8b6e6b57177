"""Dialogs fit the smallest supported terminal: every choice of the quit dialog can be seen."""

from __future__ import annotations

import pytest

from mockint.tui.screens.confirm import ChoiceScreen

from .conftest import screen_text, settle
from .test_practice_flow import practice


@pytest.mark.parametrize("size", [(80, 24), (120, 30)])
async def test_every_button_of_the_quit_dialog_is_shown(build_app, size) -> None:
    app = build_app(initial=practice(count=1, think_seconds=0))
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press(*"Half an answer", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        text = screen_text(app)
        for button in ("Submit this answer and quit", "Discard it and quit", "Cancel"):
            assert button in text
