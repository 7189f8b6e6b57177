"""The banks screen: Enter practises the selected bank; n writes a new bank from the template."""

from __future__ import annotations

import stat

from textual.widgets import Input, OptionList

from mockint import paths
from mockint.banks.loader import load_bank_file
from mockint.tui.screens.banks import BanksScreen
from mockint.tui.screens.confirm import AskTextScreen
from mockint.tui.screens.practice import PracticeScreen
from mockint.ui_state import UiState, load_ui_state, save_ui_state

from .conftest import screen_text, settle
from .test_banks import BROKEN, open_banks, select, write_user_bank
from .test_review import messages

SIZE = (100, 30)


async def test_enter_practises_the_selected_bank_with_the_remembered_choices(build_app, mockint_home) -> None:
    state_file = mockint_home / "ui-state.json"
    save_ui_state(UiState(count=1, think_seconds=0, shuffle=False), state_file)
    app = build_app(ui_state_path=state_file)
    async with app.run_test(size=SIZE) as pilot:
        await open_banks(app, pilot)
        entry = select(app, "practice-demo")
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        assert screen.bank.id == "practice-demo" and screen.session.total == 1
        assert screen.options.think_seconds == 0 and screen.options.mode == "typed"
        assert f"Question 1 of 1 · {entry.bank.title}" in screen_text(app)
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["StartScreen", "PracticeScreen"]
    assert load_ui_state(state_file).bank_id == "practice-demo"  # the start screen picks it next


async def test_enter_on_a_broken_bank_says_how_to_fix_it(build_app) -> None:
    write_user_bank(BROKEN)
    app = build_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_banks(app, pilot)
        select(app, "mine")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BanksScreen)
        assert "mine.toml cannot be used until it is fixed: press e to fix it." in messages(app)


async def test_n_writes_a_new_bank_from_the_template_and_shows_where(build_app) -> None:
    app = build_app()
    async with app.run_test(size=(180, 30), notifications=True) as pilot:
        await open_banks(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, AskTextScreen) and isinstance(app.focused, Input)
        await pilot.press(*"Product Manager", "enter")
        await pilot.pause()
        assert isinstance(app.screen, AskTextScreen)  # a bad id: said in one line, the dialog stays
        problem = str(app.screen.query_one("#ask-problem").render())
        assert "'Product Manager' is not a valid bank id" in problem and "e.g. 'product-manager'" in problem
        assert "\n" not in problem.strip()
        app.screen.query_one(Input).value = "product-manager"
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, BanksScreen)
        path = paths.user_bank_dir() / "product-manager.toml"
        assert path.is_file() and stat.S_IMODE(path.stat().st_mode) == 0o600
        assert load_bank_file(path, "user").ok
        assert screen.selected_entry().path == path  # the new bank is selected, its file shown
        assert f"Created {path}: press e to write your questions in it." in messages(app)
        assert str(path) in screen_text(app)  # the detail panel shows the file

        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"product-manager", "enter")
        await pilot.pause()
        assert f"{path} already exists" in str(app.screen.query_one("#ask-problem").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert len([e for e in screen.entries if e.path == path]) == 1
        assert screen.query_one(OptionList).option_count == len(screen.entries)
