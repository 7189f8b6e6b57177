"""A session's review lists the tries at its questions that later sessions hold (a retake started
from this review is saved in a session of its own), and compares them with the first answer."""

from __future__ import annotations

from datetime import timedelta

from mockint.store import HistoryStore
from mockint.store.records import RETAKE
from mockint.tui.screens.compare import CompareScreen
from mockint.tui.screens.practice import PracticeScreen
from mockint.tui.screens.session_detail import SessionDetailScreen
from mockint.tui.widgets.session_list import SessionList

from .conftest import screen_text, settle, wait_until
from .test_coach_attempts import STORY, VAGUE
from .test_review_data import T0, scored_card, utc  # noqa: F401  (fixture)

SIZE = (120, 40)
PROUD = "Tell me about a project you are proud of."
DEADLINE = "Describe a time you had to meet a tight deadline."
LATER = T0 + timedelta(days=9)


def seed(store: HistoryStore) -> tuple[int, int, int, int, int]:
    """Session 1 answers proud and deadline; session 2, nine days on, retakes proud as try 2."""
    def add(session: int, question_id: str, question: str, text: str, lineage=(None, 1, "answer"), at=T0) -> int:
        return store.add_answer(session, question_id=question_id, question_text=question, text=text, mode="typed",
                                card=scored_card(question, text), ended_at=at, lineage=lineage)

    first_session = store.start_session(bank_id="practice-demo", bank_title="Practice demo", settings={}, started_at=T0)
    first = add(first_session, "proud", PROUD, VAGUE)
    other = add(first_session, "deadline", DEADLINE, VAGUE)
    later_session = store.start_session(bank_id="practice-demo", bank_title="Practice demo", settings={}, started_at=LATER)
    retake = add(later_session, "proud", PROUD, STORY, (first, 2, RETAKE), at=LATER)
    return first_session, later_session, first, other, retake


async def open_first_session(app, pilot, first_session: int) -> SessionDetailScreen:
    await settle(app, pilot)
    sessions = app.screen.query_one(SessionList)
    await pilot.press("down")  # (newest first: the later session is on top)
    await pilot.pause()
    assert sessions.highlighted_session_id == first_session
    await pilot.press("enter")
    await settle(app, pilot)
    detail = app.screen
    assert isinstance(detail, SessionDetailScreen) and detail.session_id == first_session
    return detail


async def test_a_retake_saved_in_a_later_session_is_listed_under_its_answer_and_compared(
    build_app, store: HistoryStore, utc
) -> None:
    first_session, later_session, first, other, retake = seed(store)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        detail = await open_first_session(app, pilot, first_session)
        assert [a.id for a in detail.detail.answers] == [first, retake, other]
        text = screen_text(app)
        assert "2 answers" in text and "1 later try shown with them" in text
        assert f"Answer 1 of 2 · #{first} · typed" in text
        await pilot.press("c")  # from the first answer: both tries
        await settle(app, pilot)
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert [a.answer_id for a in compare.comparison.attempts] == [first, retake]
        then, now = (a.overall for a in compare.comparison.attempts)
        assert now > then and f"Overall {then} → {now} ▲{now - then}" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert detail._current().id == retake
        heading = f"Later try · #{retake} · try 2 of #{first} · {LATER.date().isoformat()} (later session {later_session})"
        assert heading in screen_text(app)
        assert detail.check_action("delete_answer", ()) is False  # deleted from its own session
        await pilot.press("c")  # from the later try: the same two
        await settle(app, pilot)
        assert [a.answer_id for a in app.screen.comparison.attempts] == [first, retake]
        await pilot.press("escape")
        await pilot.press("n")
        await pilot.pause()
        assert f"Answer 2 of 2 · #{other}" in screen_text(app)
        assert detail.check_action("compare", ()) is None  # deadline was tried once
        await pilot.press("p", "p")
        await pilot.press("g")  # the next try counts the later session's
        await settle(app, pilot)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        assert practice.session.current.attempt == 3
        await pilot.press("enter")  # stop thinking
        practice.query_one("#answer").load_text(STORY)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await wait_until(pilot, lambda: len(practice.scored) == 1, what="the retake's card")
    third = store.get_session(store.latest_session_id())
    assert [(a.kind, a.attempt, a.parent_answer_id) for a in third.answers] == [(RETAKE, 3, first)]


async def test_deleting_an_answer_counts_only_this_sessions_answers(build_app, store: HistoryStore, utc) -> None:
    from mockint.tui.screens.confirm import ConfirmScreen

    first_session, later_session, first, other, retake = seed(store)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        detail = await open_first_session(app, pilot, first_session)
        await pilot.press("n", "n")
        await pilot.pause()
        assert detail._current().id == other
        await pilot.press("x")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        text = screen_text(app)
        assert "Delete answer 2 of 2" in text and "The session keeps 1 answer" in text
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p", "p")
        await pilot.pause()
        assert detail._current().id == first
        await pilot.press("x")
        await settle(app, pilot)
        text = screen_text(app)
        assert "Delete answer 1 of 2" in text and "1 later try at this question" in text
        assert "follow-up" not in text and "The session keeps 1 answer" in text
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, SessionDetailScreen)
        assert [a.id for a in detail.detail.answers] == [other] and not detail.other
    assert [a.id for a in store.get_session(first_session).answers] == [other]
    assert store.get_session(later_session).answers == []  # the retake went with its first answer
