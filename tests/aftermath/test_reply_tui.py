"""The Reply screen through Textual's Pilot, and its snapshots at 80×24 and 120×40."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from mockint.aftermath.reply import ReplyDetails
from mockint.session.clock import FakeClock
from mockint.session.options import SessionOptions
from mockint.tui.app import PracticeRequest
from mockint.tui.screens.reply import ReplyScreen
from mockint.tui.widgets.score_card import ScoreCardView
from tests.tui.conftest import screen_text, settle, wait_until

from .test_reply import BEGGING


@pytest.fixture
def real_app(mockint_home: Path):
    """The app with the shipped banks (the reply checks use the after-the-interview bank)."""
    from mockint.banks.catalog import load_catalog
    from mockint.speech.microphone import SpeechSetup
    from mockint.store import HistoryStore
    from mockint.tui.app import make_app

    stores = []

    def build(**overrides):
        store = HistoryStore(mockint_home / "history-under-test.sqlite3")
        stores.append(store)
        dependencies = {"clock": FakeClock(1000.0), "store": store, "catalog": load_catalog(),
                        "speech": SpeechSetup(list_devices=list)}
        dependencies.update(overrides)
        return make_app(**dependencies)

    yield build
    for store in stores:
        store.close()


async def checked(pilot) -> ReplyScreen:
    screen = pilot.app.screen
    assert isinstance(screen, ReplyScreen)
    await wait_until(pilot, lambda: screen.report is not None
                     and screen.query_one("#reply-draft", TextArea).text.strip() != "",
                     timeout=60, what="the checks (the first one builds the scorer's lexicons)")
    await settle(pilot.app, pilot)
    return screen


async def test_reply_from_the_start_screen_drafts_checks_copies_and_saves(real_app, mockint_home: Path) -> None:
    app = real_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        await pilot.press("y")
        screen = await checked(pilot)
        assert screen.report.passed
        assert "every check passed" in screen_text(app)
        screen.query_one("#reply-to", Input).value = "Priya"
        screen.query_one("#reply-company", Input).value = "Acme"
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: "Priya" in screen.query_one("#reply-draft", TextArea).text, what="the new draft")
        await wait_until(pilot, lambda: screen.report is not None and "Acme" in screen.query_one("#reply-draft", TextArea).text)
        await pilot.press("ctrl+l")
        assert "Priya" in app.clipboard
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        saved = screen.saved_path
        from mockint import paths

        assert saved is not None and saved.parent == paths.data_dir() / "replies" and saved.name == "thanks-acme.txt"
        assert saved.read_text("utf-8") == screen.query_one("#reply-draft", TextArea).text
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
        assert str(screen.query_one("#reply-saved").render()) == f"Saved: {saved}"


async def test_an_edited_draft_is_checked_live(real_app) -> None:
    app = real_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        app.push_screen(ReplyScreen("thanks"))
        screen = await checked(pilot)
        box = screen.query_one("#reply-draft", TextArea)
        box.load_text(BEGGING)
        await wait_until(pilot, lambda: screen.report is not None and not screen.report.passed, timeout=60, what="the failed checks")
        failed = {c.id for c in screen.report.checks if not c.passed}
        assert "no_begging" in failed
        shown = str(screen.query_one("#reply-checks").render())
        assert "✗ Doesn't beg" in shown and "please reconsider" in shown.lower()


async def test_a_bad_detail_is_a_warning_not_a_crash(real_app) -> None:
    app = real_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        app.push_screen(ReplyScreen("feedback"))
        screen = await checked(pilot)
        before = screen.query_one("#reply-draft", TextArea).text
        screen.query_one("#reply-to", Input).value = "Sam\x1b[2J"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert screen.query_one("#reply-draft", TextArea).text == before
        assert any("control character U+001B" in str(n.message) for n in app._notifications)


async def test_the_score_card_of_an_after_the_interview_answer_links_to_the_composer(real_app) -> None:
    request = PracticeRequest("after-the-interview", SessionOptions(count=1, think_seconds=0, shuffle=False))
    app = real_app(initial=request)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"Thank you for letting me know. I understand. Please keep me in mind.")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen.query(ScoreCardView), what="the score card")
        await settle(app, pilot)
        assert str(app.screen.query_one("#next-hint").render()).startswith("w: write this reply as an email")
        assert "w Write this reply" in screen_text(app)  # in the footer too
        await pilot.press("w")
        screen = await checked(pilot)
        assert screen.kind == "thanks"


DETAILS = ReplyDetails("Priya", "Acme", "data analyst", "the pairing exercise on the pricing model")


def steady_cursors(app) -> None:
    """A blinking cursor is drawn or not depending on the moment: keep it drawn for snapshots."""
    for widget in app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    app.screen.set_focus(None)  # and no cursor at all: its blink phase would still be a matter of timing


async def _reply_shown(pilot) -> None:
    await settle(pilot.app, pilot)
    pilot.app.push_screen(ReplyScreen("feedback", DETAILS))
    await checked(pilot)
    steady_cursors(pilot.app)
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_reply_screen_snapshot(snap_compare, real_app, size) -> None:
    assert snap_compare(real_app(), terminal_size=size, run_before=_reply_shown)


async def _paste(pilot, screen: ReplyScreen, text: str) -> None:
    from textual import events

    box = screen.query_one("#reply-draft", TextArea)
    box.focus()
    pilot.app.post_message(events.Paste(text))  # as a terminal's paste arrives: the app hands it to the focus
    await settle(pilot.app, pilot)


async def test_a_paste_over_the_clis_limit_is_refused_in_one_line(real_app) -> None:
    from mockint.safe_text import MAX_TEXT_BYTES

    app = real_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        app.push_screen(ReplyScreen("thanks"))
        screen = await checked(pilot)
        box = screen.query_one("#reply-draft", TextArea)
        before = box.text
        room = MAX_TEXT_BYTES - len(before.encode("utf-8"))
        pasted = "é" * (room // 2 + 1)  # two bytes each: one or two bytes too many (fewer characters)
        assert len(pasted) < room
        await _paste(pilot, screen, pasted)
        assert box.text == before  # nothing added, the draft kept
        (said,) = [str(n.message) for n in app._notifications]
        size = len(before.encode("utf-8")) + 2 * len(pasted)
        assert MAX_TEXT_BYTES < size <= MAX_TEXT_BYTES + 2
        assert said.startswith(f"The paste was not added: the reply would be {size:,} bytes,")
        assert "larger than 1 MiB" in said and "\n" not in said
        line = "Thank you for your time, I enjoyed meeting the team and I understand the decision.\n"
        at_limit = (line * (room // len(line) + 1))[:room]  # exactly the limit: taken, and checked
        await _paste(pilot, screen, at_limit)
        assert len(box.text.encode("utf-8")) == MAX_TEXT_BYTES and at_limit in box.text
        await wait_until(pilot, lambda: screen.report is not None and screen.report.words > 100_000,
                         timeout=60, what="the checks of the pasted draft")


async def test_control_characters_in_a_paste_are_shown_as_stand_ins(real_app) -> None:
    app = real_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        app.push_screen(ReplyScreen("thanks"))
        screen = await checked(pilot)
        box = screen.query_one("#reply-draft", TextArea)
        box.load_text("")
        await _paste(pilot, screen, "Thanks\x1b[2J for\r\nthe \x9b[31mtime\x07.")
        assert box.text == "Thanks␛[2J for\nthe �[31mtime␇."
        await wait_until(pilot, lambda: screen.report is not None and "␛" in screen.query_one("#reply-draft", TextArea).text)
        shown = screen_text(app)
        assert "\x1b" not in shown and "\x9b" not in shown and "Thanks␛[2J for" in shown
        assert any("control characters" in str(n.message) for n in app._notifications)
