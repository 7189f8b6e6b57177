"""A stored session's answers: n/p follow the view (Home, End, the list's ends), the play key only
on recorded answers, and deleting one answer after saying what goes with it."""

from __future__ import annotations

import numpy as np
import soundfile as sf
from textual.containers import VerticalScroll
from textual.widgets._footer import FooterKey

from mockint import paths
from mockint.tui.screens.confirm import ConfirmScreen
from mockint.tui.screens.review import ReviewScreen
from mockint.tui.screens.session_detail import SessionDetailScreen
from mockint.tui.widgets.session_list import SessionList

from .conftest import screen_text, settle
from .test_review import messages, open_newest_session
from .test_review_data import STRONG_ANSWER, T0, WEAK_ANSWER, fixed_card

SIZE = (100, 30)
QUESTIONS = ("Tell me about a project you are proud of.", "Why this job?", "What is your weakness?")


def recording(name: str) -> str:
    path = paths.ensure_private_dir(paths.recordings_dir()) / name
    sf.write(str(path), np.zeros(8000, np.int16), 16000, subtype="PCM_16")
    return str(path)


def save_answers(store, answers: list[tuple[int, str | None]]) -> tuple[int, list[int]]:
    """A session of answers with these overall scores and recordings (None: typed)."""
    session_id = store.start_session(bank_id="practice-demo", bank_title="Practice demo", settings={}, started_at=T0)
    ids = []
    for number, (overall, audio) in enumerate(answers):
        text = STRONG_ANSWER if overall >= 50 else WEAK_ANSWER
        ids.append(store.add_answer(
            session_id, question_id=f"q{number + 1}", question_text=QUESTIONS[number % 3], text=text,
            mode="typed" if audio is None else "spoken", card=fixed_card(overall, text), audio_path=audio,
            ended_at=T0,
        ))
    return session_id, ids


def heading_at_top(screen: SessionDetailScreen) -> int | None:
    """The number of the answer whose heading is the first line of the view, if one is."""
    view = screen.query_one("#detail-answers", VerticalScroll)
    for number in range(1, len(screen.detail.answers) + 1):
        if screen.query_one(f"#answer-{number}").virtual_region_with_margin.y == round(view.scroll_y):
            return number
    return None


def footer_keys(app) -> list[str]:
    return [key.description for key in app.screen.query(FooterKey)]


async def test_n_and_p_go_on_from_the_answer_in_view_after_home_and_end(build_app, store) -> None:
    save_answers(store, [(80, None), (60, None), (40, None), (70, None)])
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await open_newest_session(app, pilot)
        screen = app.screen
        await pilot.press("p")  # at the first answer already: stays there
        await pilot.pause()
        assert screen.current_answer == 0 and heading_at_top(screen) == 1
        await pilot.press("end")
        await pilot.pause()
        assert screen.current_answer == 3  # the end of the list is the last answer
        await pilot.press("p")
        await pilot.pause()
        assert screen.current_answer == 2 and heading_at_top(screen) == 3
        await pilot.press("home")
        await pilot.pause()
        assert screen.current_answer == 0
        await pilot.press("n")
        await pilot.pause()
        assert screen.current_answer == 1 and heading_at_top(screen) == 2
        await pilot.press("n", "n", "n", "n")  # past the last answer: stays on it
        await pilot.pause()
        assert screen.current_answer == 3
        await pilot.press("p")
        await pilot.pause()
        assert screen.current_answer == 2 and heading_at_top(screen) == 3


async def test_the_play_key_is_offered_only_on_an_answer_with_a_recording(build_app, store) -> None:
    save_answers(store, [(80, None), (60, recording("answer-2.wav")), (40, None)])
    app = build_app(initial="review")
    async with app.run_test(size=(160, 30)) as pilot:
        await open_newest_session(app, pilot)
        assert "Play/stop recording" not in footer_keys(app)
        assert "Delete answer" in footer_keys(app)
        await pilot.press("n")
        await pilot.pause()
        assert "Play/stop recording" in footer_keys(app)
        await pilot.press("n")
        await pilot.pause()
        assert "Play/stop recording" not in footer_keys(app)
        await pilot.press("space")  # a typed answer: nothing to play, and it says so
        await pilot.pause()
        await settle(app, pilot)
        assert "this answer has no recording (it was typed)" in messages(app)


async def test_deleting_one_answer_says_what_goes_then_recomputes_the_session(build_app, store) -> None:
    audio = recording("answer-2.wav")
    session_id, ids = save_answers(store, [(80, None), (30, audio), (60, None)])
    app = build_app(initial="review")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_newest_session(app, pilot)
        await pilot.press("n", "x")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        asked = screen_text(app)
        assert "Delete answer 2 of 3 (“Why this job?”, spoken, 30/100)?" in asked
        assert "its score card and its recording" in asked
        assert "The session keeps 2 answers, mean 70/100." in asked
        await pilot.press("n")  # keep it
        await settle(app, pilot)
        assert len(store.get_session(session_id).answers) == 3

        await pilot.press("x")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SessionDetailScreen)
        assert [a.id for a in store.get_session(session_id).answers] == [ids[0], ids[2]]
        assert not paths.recordings_dir().joinpath("answer-2.wav").exists()
        assert "Deleted answer 2 with 1 recording(s)" in messages(app)
        text = screen_text(app)
        assert "2 answers · mean overall 70" in text and "Answer 2 of 2" in text
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        (row,) = app.screen.query_one(SessionList).rows
        assert row.cells[2:4] == ("2", "70")  # the list shows the new count and mean


async def test_deleting_the_only_answer_offers_to_delete_the_session(build_app, store) -> None:
    session_id, _ = save_answers(store, [(80, None)])
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await open_newest_session(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert f"Delete session {session_id} (Practice demo" in screen_text(app)
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
    assert store.list_sessions() == []
