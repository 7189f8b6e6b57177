"""The banks screen: every bank with its questions, broken ones with their problems, validate,
edit in $EDITOR (the app suspended) and reload."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.drivers.headless_driver import HeadlessDriver
from textual.widgets import OptionList

from mockint import paths
from mockint.tui.app import make_app
from mockint.tui.screens.background import ScreenKeyCommands
from mockint.tui.screens.banks import BanksScreen, EditorError, editor_command

from .conftest import screen_text, settle

SIZE = (100, 30)

BROKEN = """\
[bank]
id = "mine"
title = "My own bank"

[[questions]]
id = "first"
"""
FIXED = """\
[bank]
id = "mine"
title = "My own bank"

[[questions]]
id = "first"
text = "What did you learn from your last project?"
"""


def write_user_bank(text: str) -> Path:
    folder = paths.ensure_private_dir(paths.user_bank_dir())
    path = folder / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


def select(app, bank_id: str):
    screen = app.screen
    index = next(i for i, e in enumerate(screen.entries) if e.bank_id == bank_id)
    screen.query_one(OptionList).highlighted = index
    return screen.entries[index]


async def open_banks(app, pilot) -> None:
    await settle(app, pilot)
    await pilot.press("b")  # from the start screen
    await settle(app, pilot)
    assert isinstance(app.screen, BanksScreen)


async def test_a_broken_user_bank_is_listed_with_its_errors_and_reload_picks_up_the_fix(build_app) -> None:
    path = write_user_bank(BROKEN)
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_banks(app, pilot)
        assert {e.bank_id for e in app.screen.entries} >= {"mine", "practice-demo", "broken-demo"}
        offered = {title for title, _, _ in ScreenKeyCommands(app.screen)._commands()}
        assert offered >= {"Validate", "Edit", "Reload", "Back"}  # every key is in the palette
        entry = select(app, "mine")
        await pilot.pause()
        assert not entry.ok and entry.path == path
        text = screen_text(app)
        assert "✗ My own bank" in text
        assert "user · broken: 1 problem" in text
        problem = entry.problems[0]
        assert f"line {problem.line}: {problem.field}: {problem.message}" in text
        assert "questions[0].text" in problem.field

        path.write_text(FIXED, encoding="utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        entry = select(app, "mine")
        await pilot.pause()
        assert entry.ok
        text = screen_text(app)
        assert "✓ My own bank" in text
        assert "What did you learn from your last project?" in text


async def test_validate_checks_the_file_as_it_is_now(build_app) -> None:
    path = write_user_bank(FIXED)
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_banks(app, pilot)
        assert select(app, "mine").ok
        path.write_text(BROKEN, encoding="utf-8")
        await pilot.press("v")
        await settle(app, pilot)
        entry = app.screen.entries[app.screen.query_one(OptionList).highlighted]
        assert entry.bank_id == "mine" and not entry.ok
        assert "✗ My own bank" in screen_text(app)
        [message] = [n.message for n in app._notifications]
        assert message.startswith("mine.toml: 1 problem(s); first: ") and "questions[0].text" in message


async def test_edit_runs_the_editor_on_the_file_then_reloads(
    build_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_user_bank(BROKEN)
    fixed_copy = tmp_path / "fixed.toml"
    fixed_copy.write_text(FIXED, encoding="utf-8")
    editor = tmp_path / "fake-editor"
    editor.write_text(f'#!/bin/sh\ncp "{fixed_copy}" "$1"\n', encoding="utf-8")
    editor.chmod(editor.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("VISUAL", str(editor))
    # The one fake: the test terminal can hand itself over to another program.
    monkeypatch.setattr(HeadlessDriver, "can_suspend", property(lambda self: True))
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_banks(app, pilot)
        select(app, "mine")
        await pilot.press("e")
        await settle(app, pilot)
        assert path.read_text(encoding="utf-8") == FIXED
        entry = select(app, "mine")
        assert entry.ok
        assert "✓ My own bank" in screen_text(app)


async def test_built_in_banks_cannot_be_edited(store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "editor-ran"
    editor = tmp_path / "fake-editor"
    editor.write_text(f'#!/bin/sh\ntouch "{marker}"\n', encoding="utf-8")
    editor.chmod(editor.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("VISUAL", str(editor))
    monkeypatch.setattr(HeadlessDriver, "can_suspend", property(lambda self: True))
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await open_banks(app, pilot)
        entry = app.screen.entries[app.screen.query_one(OptionList).highlighted]
        assert entry.source == "built-in"
        await pilot.press("e")
        await settle(app, pilot)
        assert not marker.exists()
        assert isinstance(app.screen, BanksScreen)
        assert any("Built-in banks are read-only" in n.message for n in app._notifications)


async def test_leaving_after_a_reload_hands_back_the_new_catalog(build_app, only_fixture_banks: Path) -> None:
    path = write_user_bank(BROKEN)
    results = []
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.push_screen(BanksScreen([only_fixture_banks]), results.append)
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert results == [None]  # nothing reloaded: the app keeps its banks

        app.push_screen(BanksScreen([only_fixture_banks]), results.append)
        await settle(app, pilot)
        path.write_text(FIXED, encoding="utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        catalog = results[-1]
        assert catalog.get("mine").questions[0].text == "What did you learn from your last project?"


async def test_a_bank_fixed_in_the_banks_screen_is_usable_on_the_start_screen(build_app) -> None:
    path = write_user_bank(BROKEN)
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        [before] = [e for e in app.screen.entries if e.bank_id == "mine"]
        assert not before.ok
        await pilot.press("b")
        await settle(app, pilot)
        path.write_text(FIXED, encoding="utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        [after] = [e for e in app.screen.entries if e.bank_id == "mine"]
        assert after.ok
        assert app.load_catalog().get("mine").questions[0].id == "first"


async def test_markup_and_escapes_in_a_bank_are_shown_literally(build_app) -> None:
    app = build_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await open_banks(app, pilot)
        select(app, "markup-bank")
        await pilot.pause()
        text = screen_text(app)
        assert "[bold red]Not bold[/bold red] bank" in text
        assert "Has [link=https://example.com]a link tag[/link] in it." in text
        assert "Explain [red]this[/red] and [link=https://example.com]that[/link]" in text
        assert "␛[31mescape␛[0m [/] done." in text


def test_the_editor_is_visual_then_editor_with_its_own_arguments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bank = tmp_path / "b.toml"
    assert editor_command(bank, {"VISUAL": "code --wait", "EDITOR": "vi"}) == ["code", "--wait", str(bank)]
    assert editor_command(bank, {"EDITOR": "nano -w"}) == ["nano", "-w", str(bank)]
    monkeypatch.setenv("PATH", str(tmp_path))  # no editor to fall back on
    with pytest.raises(EditorError, match="set \\$EDITOR"):
        editor_command(bank, {})
