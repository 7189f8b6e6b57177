"""The help (F1) lists the keys of the screen it was opened from, by their human names, and
nothing of Textual's own machinery."""

from __future__ import annotations

import re

import pytest

from mockint.tui.screens.help import HelpScreen, key_name

from .conftest import screen_text, settle
from .test_practice_flow import practice
from .test_review import open_newest_session
from .test_review_data import STRONG_ANSWER, T0, save_session

LEAKS = ("super+", "ctrl+", "^", "Copy selected text", "Focus Next", "Scroll Left", "app.", "Screen", "palette)")


@pytest.mark.parametrize(
    ("key", "name"),
    [("ctrl+s", "Ctrl+S"), ("escape", "Esc"), ("question_mark", "?"), ("slash", "/"), ("n", "n"),
     ("shift+tab", "Shift+Tab"), ("pagedown", "Page Down"), ("f1", "F1"), ("enter", "Enter")],
)
def test_key_names_are_the_ones_on_the_keyboard(key: str, name: str) -> None:
    assert key_name(key) == name


def help_keys(app) -> dict[str, str]:
    assert isinstance(app.screen, HelpScreen)
    return {what: key for key, what in app.screen.keys}


def assert_no_internals(text: str) -> None:
    for leak in LEAKS:
        assert leak not in text, leak
    assert not re.search(r"\b[A-Z][a-z]+Screen\b", text)  # no class names


async def open_help(app, pilot) -> str:
    """The text of the help dialog (the footer of the screen under it shows Textual's ^q)."""
    await pilot.press("f1")
    await pilot.pause()
    box = app.screen.query_one(".dialog").region
    lines = screen_text(app).split("\n")[box.y : box.bottom]
    return "\n".join(line[box.x : box.right] for line in lines)


async def test_the_help_of_the_review_of_a_session_lists_its_keys(build_app, store) -> None:
    save_session(store, bank_id="practice-demo", bank_title="Practice demo",
                 answers=[("Tell me about a project you are proud of.", STRONG_ANSWER)] * 2, started_at=T0)
    app = build_app(initial="review")
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(app, pilot)
        text = await open_help(app, pilot)
        keys = help_keys(app)
        assert keys["Open"] == "Enter" and keys["Delete"] == "d" and keys["Back"] == "Esc"
        assert keys["Filter"] == "/" and keys["Quit"] == "Ctrl+Q" and keys["Help"] == "F1 or ?"
        assert "Keys on this screen" in text and "Ctrl+P" in text
        assert_no_internals(text)
        await pilot.press("escape")
        await open_newest_session(app, pilot)
        text = await open_help(app, pilot)
        keys = help_keys(app)
        assert keys["Next"] == "n" and keys["Delete answer"] == "x" and keys["Delete session"] == "d"
        assert "Open" not in keys and "Filter" not in keys  # the list's keys are not this screen's
        assert_no_internals(text)


async def test_the_help_while_typing_an_answer_leaves_out_the_text_boxs_own_keys(build_app) -> None:
    app = build_app(initial=practice(count=1, think_seconds=0))
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(app, pilot)
        text = await open_help(app, pilot)
        keys = help_keys(app)
        assert keys["Submit"] == "Ctrl+S" and keys["Skip"] == "Ctrl+N" and keys["Pause/resume"] == "Esc"
        assert "Answer now" not in keys  # not while answering
        assert all(what[0].isupper() for what in keys)
        assert_no_internals(text)
