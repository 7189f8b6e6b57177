from __future__ import annotations

from textual.widgets import Input, OptionList, RadioButton

from mockint.tui.screens.error import ErrorScreen
from mockint.tui.screens.start import StartScreen
from mockint.ui_state import UiState, load_ui_state, save_ui_state

from .conftest import screen_text, settle, wait_until

SIZE = (100, 30)


def highlight(app, bank_id: str) -> None:
    screen = app.screen
    index = next(i for i, e in enumerate(screen.entries) if e.bank_id == bank_id)
    screen.query_one("#banks", OptionList).highlighted = index


async def test_lists_banks_with_counts_and_broken_ones_with_their_problem(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)
        text = screen_text(app)
        assert "Practice demo  3 questions" in text
        assert "broken: 1 problem" in text
        highlight(app, "broken-demo")
        await pilot.pause()
        assert "questions[0].text: is missing (required)" in screen_text(app)


async def test_starting_a_broken_bank_shows_the_error_and_the_app_goes_on(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        highlight(app, "broken-demo")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "is missing (required)" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        highlight(app, "practice-demo")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "PracticeScreen"


async def test_markup_in_a_bank_title_is_shown_literally(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        highlight(app, "markup-bank")
        await pilot.pause()
        text = screen_text(app)
        assert "[bold red]Not bold[/bold red] bank" in text
        assert "Has [link=https://example.com]a link tag[/link] in it." in text


async def test_choices_are_remembered_for_next_time(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        highlight(app, "practice-demo")
        screen = app.screen
        screen.query_one("#count", Input).value = "2"
        screen.query_one("#think", Input).value = "0"
        screen.query_one("#answer-seconds", Input).value = "45"
        screen.query_one("#order-shuffled", RadioButton).value = True
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        session = app.screen.session
        assert [p.answer_seconds for p in session.questions] == [45, 45]
    saved = load_ui_state()
    assert saved == UiState(bank_id="practice-demo", count=2, shuffle=True, think_seconds=0, answer_seconds=45)

    again = build_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        screen = again.screen
        assert screen.selected_entry().bank_id == "practice-demo"
        assert screen.query_one("#count", Input).value == "2"
        assert screen.query_one("#answer-seconds", Input).value == "45"
        assert screen.query_one("#order-shuffled", RadioButton).value is True


async def test_todays_practice_count_is_there_when_the_app_starts_again(build_app, tmp_path) -> None:
    state_file = tmp_path / "ui-state.json"
    save_ui_state(UiState(theme="textual-light"), state_file)
    app = build_app(ui_state_path=state_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        field = app.screen.query_one("#plan-count", Input)
        assert field.value == "5"
        field.focus()
        await pilot.press("backspace", "3")
        await settle(app, pilot)
        assert app.screen.plan is not None and len(app.screen.plan.items) <= 3
        await pilot.press("backspace")  # an empty field is no count: the 3 stays remembered
        await settle(app, pilot)
    assert load_ui_state(state_file) == UiState(theme="textual-light", plan_count=3)

    again = build_app(ui_state_path=state_file)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.screen.query_one("#plan-count", Input).value == "3"
        await wait_until(pilot, lambda: again.screen.plan is not None, what="today's plan")
        assert len(again.screen.plan.items) == 3


async def test_a_bad_option_is_explained_and_nothing_starts(build_app) -> None:
    save_ui_state(UiState(bank_id="practice-demo"))
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.screen.query_one("#answer-seconds", Input).value = "0"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "answer seconds: must be at least 1" in screen_text(app)


async def test_review_trends_and_banks_open_from_the_start_screen_and_come_back(build_app) -> None:
    from mockint.tui.screens.banks import BanksScreen
    from mockint.tui.screens.review import ReviewScreen
    from mockint.tui.screens.trends import TrendsScreen

    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for key, screen_type in (("r", ReviewScreen), ("t", TrendsScreen), ("b", BanksScreen)):
            await pilot.press(key)
            await settle(app, pilot)
            assert isinstance(app.screen, screen_type), key
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, StartScreen), key


async def test_the_app_can_open_on_the_review_screen(build_app) -> None:
    from mockint.tui.screens.review import ReviewScreen

    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


async def test_tab_goes_from_the_bank_list_to_the_first_visible_field(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.focused is app.screen.query_one("#banks", OptionList)
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#count", Input)
        seen = []
        for _ in range(12):  # round the whole form: every stop is a field the user can see and use
            seen.append(app.focused.id)
            assert app.focused.display and app.focused.region.area > 0, app.focused
            await pilot.press("tab")
        assert seen[:11] == [
            "count", "order", "mode", "voice", "think", "answer-seconds", "follow-ups", "start", "plan-count",
            "start-today", "banks",
        ]


async def test_arrow_keys_move_the_bank_list_after_it_lost_the_focus(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        banks = screen.query_one("#banks", OptionList)
        first = banks.highlighted
        screen.query_one("#start").focus()
        await pilot.press("down")
        assert banks.highlighted == first + 1 and app.focused is banks
        screen.query_one("#count", Input).focus()
        await pilot.press("up")
        assert banks.highlighted == first and app.focused is banks
        screen.query_one("#order").focus()  # a radio set keeps its own arrows
        await pilot.press("down")
        assert banks.highlighted == first and app.focused is screen.query_one("#order")


async def test_sessions_are_shuffled_by_default_and_in_order_is_remembered(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.query_one("#order-shuffled", RadioButton).value is True
        assert screen.read_options().shuffle is True
        highlight(app, "practice-demo")
        screen.query_one("#order-bank", RadioButton).value = True
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen.options.shuffle is False
    assert load_ui_state().shuffle is False
    again = build_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.screen.query_one("#order-bank", RadioButton).value is True


def _label_colour(app, label: str):
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            if segment.text.strip() == label:
                return segment.style.color
    raise AssertionError(f"{label!r} is not on screen")


async def test_the_disabled_speak_choice_is_drawn_dimmed(build_app) -> None:
    app = build_app()  # no microphone
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one("#mode-spoken", RadioButton).disabled
        assert _label_colour(app, "Speak") != _label_colour(app, "Type")
