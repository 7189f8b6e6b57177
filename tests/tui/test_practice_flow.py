"""Pilot tests of a practice session: typed answers, the clock, skip, pause, quit."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import TextArea

from mockint.session.options import SessionOptions
from mockint.session.practice import Phase
from mockint.store import HistoryStore
from mockint.tui.app import PracticeRequest
from mockint.tui.screens.confirm import ChoiceScreen, ConfirmScreen
from mockint.tui.screens.practice import PracticeScreen
from mockint.tui.screens.start import StartScreen
from mockint.tui.screens.summary import SummaryScreen
from mockint.tui.widgets.countdown import Countdown
from mockint.tui.widgets.score_card import ScoreCardView

from .conftest import screen_text, settle, type_text, wait_until

SIZE = (100, 30)
STORY = "I led 4 people and cut costs by 20%."


def practice(bank: str = "practice-demo", **options) -> PracticeRequest:
    return PracticeRequest(bank, SessionOptions(**options))


async def answer_and_submit(app, pilot, text: str, *, paste: bool = False) -> None:
    """Type ``text`` (its start key by key, the rest pasted; or all of it pasted, as a terminal's
    bracketed paste does), then submit."""
    if paste:
        app.post_message(events.Paste(text))
        await pilot.pause()
    else:
        await type_text(pilot, text)
    await pilot.press("ctrl+s")
    await settle(app, pilot)
    await wait_until(pilot, lambda: app.screen.query(ScoreCardView), what="the score card")


async def scroll_to_end(pilot) -> None:
    """The score card is taller than the terminal: scroll it with the keyboard."""
    await pilot.press("end")
    await pilot.pause()


async def test_a_full_session_of_typed_answers_is_scored_saved_and_summed_up(build_app, store: HistoryStore) -> None:
    app = build_app(initial=practice(think_seconds=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        assert isinstance(app.focused, TextArea)  # --think-seconds 0: type at once
        for number in (1, 2, 3):
            assert f"Question {number} of 3" in screen_text(app)
            await answer_and_submit(app, pilot, f"{STORY} Answer {number}.", paste=number > 1)
            text = screen_text(app)
            assert "Overall " in text and "/100" in text
            await scroll_to_end(pilot)
            assert f"Answer {number}." in screen_text(app)
            await pilot.press("enter")
            await pilot.pause()
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        text = screen_text(app)
        assert "Session complete" in text and "3 answered, 0 skipped" in text
        grid = app.screen.query_one("#criteria-grid")
        assert [str(c.label) for c in grid.columns.values()] == ["Criterion", "Q1", "Q2", "Q3"]
        assert grid.row_count >= 5
        await pilot.press("n")  # a new session starts from the start screen
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)
    sessions = store.list_sessions()
    assert len(sessions) == 1 and sessions[0].answer_count == 3
    assert sessions[0].bank_id == "practice-demo" and sessions[0].ended_at is not None
    detail = store.get_session(sessions[0].id)
    assert [a.question_id for a in detail.answers] == ["proud", "deadline", "why-us"]
    assert detail.answers[0].text == f"{STORY} Answer 1."
    assert detail.answers[0].mode == "typed"


async def test_the_answer_clock_running_out_stops_keeps_and_scores_the_answer(build_app, clock, store) -> None:
    app = build_app(initial=practice(count=1, think_seconds=0, answer_seconds=40))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        screen = app.screen
        countdown = screen.query_one(Countdown)
        await pilot.press(*"I fixed the outage")
        clock.advance(12)
        await wait_until(pilot, lambda: countdown.has_class("-warn"), what="amber at 30 s")
        assert not countdown.has_class("-danger")
        clock.advance(20)
        await wait_until(pilot, lambda: countdown.has_class("-danger"), what="red at 10 s")
        clock.advance(8)
        await wait_until(pilot, lambda: screen.query(ScoreCardView), what="the score card after time-out")
        await settle(app, pilot)
        assert screen.session.phase is Phase.DONE
        assert "Time is up: your answer was stopped" in screen_text(app)
        await scroll_to_end(pilot)
        assert "I fixed the outage" in screen_text(app)
        assert "see the session summary" in screen_text(app)
    (answer,) = store.get_session(store.list_sessions()[0].id).answers
    assert answer.text == "I fixed the outage"
    assert answer.answer_s == 40


async def test_think_time_then_answer_now_key(build_app, clock) -> None:
    app = build_app(initial=practice(count=1))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.session.phase is Phase.THINK
        assert screen.query_one("#answer", TextArea).read_only
        clock.advance(2)
        await wait_until(pilot, lambda: "0:03" in screen_text(app) or screen.session.time_left() == 3, what="tick")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.phase is Phase.ANSWER
        assert isinstance(app.focused, TextArea) and not app.focused.read_only


async def test_skip_leaves_the_question_out_of_the_history_and_offers_it_again(build_app, store) -> None:
    app = build_app(initial=practice(count=2, think_seconds=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Question 2 of 2" in screen_text(app)
        await answer_and_submit(app, pilot, STORY)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        text = screen_text(app)
        assert "1 answered, 1 skipped" in text
        assert "Tell me about a project you are proud of." in app.screen.query_one("#redo").content.plain
        redo = [a.question_id for a in app.screen.redo]
        assert redo[0] == "proud"  # skipped questions come first
        await pilot.press("p")
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeScreen)
        assert sorted(q.id for q in app.screen.session.questions) == sorted(redo)
    (answer,) = store.get_session(store.list_sessions()[0].id).answers
    assert answer.question_id == "deadline"


async def test_pause_freezes_the_clock_and_the_answer_box(build_app, clock) -> None:
    app = build_app(initial=practice(count=1, think_seconds=0, answer_seconds=60))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        clock.advance(10)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.session.paused
        assert screen.query_one("#answer", TextArea).read_only
        assert "PAUSED" in screen_text(app)
        clock.advance(500)
        await pilot.pause(0.3)  # a few ticks of the real interval
        assert screen.session.phase is Phase.ANSWER
        assert screen.session.time_left() == 50
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.session.paused
        assert not screen.query_one("#answer", TextArea).read_only
        assert "ANSWER" in screen_text(app)


async def test_quit_mid_session_keeps_the_answered_questions(build_app, mockint_home: Path) -> None:
    database = mockint_home / "history-under-test.sqlite3"
    app = build_app(initial=practice(think_seconds=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await answer_and_submit(app, pilot, STORY)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"half an answer")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)  # "cancel" changes nothing
        assert not app.screen.session.paused
        await pilot.press("f1")  # quitting from a dialog over the session asks too
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("d")  # discard the half answer
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert "1 answered, 0 skipped" in screen_text(app)
        await pilot.press("r")  # the history shows the session just saved
        await settle(app, pilot)
        assert type(app.screen).__name__ == "ReviewScreen"
        await wait_until(pilot, lambda: len(app.screen.rows) == 1, what="the saved session in the review list")
    with HistoryStore(database) as reopened:
        (session,) = reopened.list_sessions()
        assert session.answer_count == 1 and session.ended_at is not None
        (answer,) = reopened.get_session(session.id).answers
        assert answer.text == STORY


async def test_the_clock_stops_while_the_quit_dialog_is_open_and_cancel_goes_on(build_app, clock) -> None:
    app = build_app(initial=practice(think_seconds=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press(*"So far")
        clock.advance(10)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        left = screen.session.time_left()
        assert left == 50
        clock.advance(45)  # far longer than a glance at the dialog
        await pilot.pause(0.3)  # the screen's 0.2 s tick runs meanwhile
        assert screen.session.time_left() == left and screen.session.paused
        await pilot.click("#choice-c")  # Cancel
        await pilot.pause()
        assert app.screen is screen and not screen.session.paused
        assert screen.session.phase is Phase.ANSWER
        assert screen.query_one("#answer", TextArea).text == "So far"
        clock.advance(5)
        assert screen.session.time_left() == left - 5  # the clock goes on from where it stopped


async def test_submit_this_answer_and_quit_saves_the_answer_being_typed(build_app, store, clock) -> None:
    app = build_app(initial=practice(think_seconds=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_text(pilot, STORY)
        clock.advance(12)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert "Submit this answer and quit" in screen_text(app)
        clock.advance(30)  # the dialog is open: this does not count as answering time
        await pilot.press("s")
        await settle(app, pilot)
        await wait_until(pilot, lambda: isinstance(app.screen, SummaryScreen), what="the summary")
        assert "1 answered, 0 skipped" in screen_text(app)
    (session,) = store.list_sessions()
    (answer,) = store.get_session(session.id).answers
    assert answer.text == STORY and answer.answer_s == 12
    assert session.ended_at is not None


async def test_quitting_while_thinking_asks_yes_or_no_and_keeps_going_paused_no_longer(build_app, clock) -> None:
    app = build_app(initial=practice())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.session.phase is Phase.THINK
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # nothing typed: nothing to submit
        clock.advance(100)
        await pilot.pause(0.3)
        assert screen.session.phase is Phase.THINK  # the think time did not run out behind it
        await pilot.press("n")
        await pilot.pause()
        assert not screen.session.paused


async def test_quitting_before_any_answer_returns_to_the_start_screen(build_app, store) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        await pilot.press("ctrl+q", "y")
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)
    assert store.list_sessions() == []


async def test_bank_and_answer_markup_is_shown_literally(build_app) -> None:
    app = build_app(initial=practice("markup-bank"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "Explain [red]this[/red] and [link=https://example.com]that[/link] plus ␛[31mescape␛[0m [/] done." in text
        assert "[bold red]Not bold[/bold red] bank" in text
        await answer_and_submit(app, pilot, "Well [bold]maybe[/bold] [link=x]y[/link] [/]")
        await scroll_to_end(pilot)
        text = screen_text(app)
        assert "Well [bold]maybe[/bold] [link=x]y[/link] [/]" in text
        assert "An interviewer might also ask: [bold]Follow[/bold] up with an example?" in text


async def test_an_unusable_history_database_does_not_stop_the_session(build_app, mockint_home: Path) -> None:
    from mockint import paths

    paths.ensure_private_dir(paths.data_dir())
    paths.database_file().write_bytes(b"this is not a database" * 100)
    app = build_app(initial=practice(count=2, think_seconds=0), store=None)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await answer_and_submit(app, pilot, STORY)
        assert "Overall " in screen_text(app)
        # The notification, over the score card.
        await wait_until(pilot, lambda: "This answer was not saved" in screen_text(app), what="the notification")
        await pilot.press("enter")
        await pilot.pause()
        assert "Question 2 of 2" in screen_text(app)


async def test_every_practice_key_is_in_the_command_palette(build_app) -> None:
    app = build_app(initial=practice(count=2, think_seconds=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Skip")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.number == 2


async def test_help_lists_the_keys_of_the_screen(build_app) -> None:
    app = build_app(initial=practice(count=1, think_seconds=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        text = screen_text(app)
        assert "How a session works" in text
        for key in ("Submit", "Skip", "Pause/resume"):
            assert key in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)


async def test_usable_at_80_by_24_and_after_a_resize(build_app) -> None:
    app = build_app(initial=practice(count=1, think_seconds=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "Tell me about a project you are proud of." in text
        assert "answer time left" in text and "Submit" in text
        assert app.screen.query_one("#answer").region.height >= 4
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert app.screen.query_one("#answer").region.width > 100
        await answer_and_submit(app, pilot, STORY)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Overall " in screen_text(app)


async def test_theme_switch_is_remembered(build_app) -> None:
    from mockint.ui_state import load_ui_state

    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        before = app.current_theme.dark
        await pilot.press("ctrl+t")
        await settle(app, pilot)
        assert app.current_theme.dark is not before
        chosen = app.theme
    assert load_ui_state().theme == chosen
    again = build_app()
    async with again.run_test(size=SIZE) as pilot:
        assert again.theme == chosen


async def test_a_scoring_problem_is_explained_and_the_session_goes_on(build_app) -> None:
    from mockint import paths
    from mockint.tui.screens.error import ErrorScreen

    paths.write_private_file(paths.config_file(), "[scoring]\nfiler_rate = 3\n")
    app = build_app(initial=practice(count=2, think_seconds=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(*"An answer")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, ErrorScreen)
        assert "scoring.filer_rate: unknown setting" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "This answer could not be scored" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "Question 2 of 2" in screen_text(app)
