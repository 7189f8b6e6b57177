"""Pilot tests of retakes and follow-ups: try again on the score card and in review, the comparison
screen, and a follow-up question answered and kept with its parent."""

from __future__ import annotations

from mockint.session.feedback import ASK_FOR_A_STORY
from mockint.session.options import SessionOptions
from mockint.store import HistoryStore
from mockint.store.records import FOLLOW_UP, RETAKE
from mockint.tui.app import PracticeRequest
from mockint.tui.screens.compare import CompareScreen
from mockint.tui.screens.practice import PracticeScreen
from mockint.tui.screens.session_detail import SessionDetailScreen
from mockint.tui.screens.summary import SummaryScreen
from mockint.tui.widgets.score_card import ScoreCardView

from .conftest import screen_text, settle, type_text, wait_until
from .test_review_data import T0, utc  # noqa: F401  (fixture)

SIZE = (120, 40)
VAGUE = "I am a team player and I like to help people. I always try my best and I work hard."
STORY = (
    "Last spring at my internship at Acme the billing export failed every month end. I was asked to fix it. "
    "I read the logs, I found the date parsing bug, I rewrote the parser in Python and I added tests. "
    "As a result the export ran cleanly and the run went from 6 hours to 40 minutes."
)


def one_question(question: str, follow_ups: int = 0) -> PracticeRequest:
    return PracticeRequest(
        "practice-demo", SessionOptions(question_ids=(question,), think_seconds=0, follow_ups=follow_ups)
    )


def hint(app) -> str:
    """The line under the score card (below the fold at this size)."""
    return str(app.screen.query_one("#next-hint").render())


def follow_up_line(app) -> str:
    return str(app.screen.query_one("#follow-up").render())


async def answer(app, pilot, text: str) -> None:
    cards = len(app.screen.scored)
    await type_text(pilot, text)
    await pilot.press("ctrl+s")
    await settle(app, pilot)
    await wait_until(pilot, lambda: len(app.screen.scored) > cards and app.screen.query(ScoreCardView), what="the card")


async def test_try_again_re_asks_the_question_and_the_comparison_shows_then_and_now(build_app, store: HistoryStore) -> None:
    app = build_app(initial=one_question("proud"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await answer(app, pilot, VAGUE)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        assert "g Try again" in screen_text(app)  # (the footer)
        assert "g: try this question again" in hint(app)
        await pilot.press("g")
        await pilot.pause()
        text = screen_text(app)
        assert "Question 1 of 1 · try 2" in text and "Tell me about a project you are proud of." in text
        await answer(app, pilot, STORY)
        first, second = (s.card.overall for s in practice.scored)
        assert second > first
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        text = screen_text(app)
        assert f"Overall {first} → {second} ▲{second - first}" in text
        assert "Try 1" in text and "Try 2" in text and "Change" in text
        assert "Evidence:" in text  # each try's answer with its evidence
        await pilot.press("escape")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
    answers = store.get_session(store.latest_session_id()).answers
    assert [(a.kind, a.attempt) for a in answers] == [("answer", 1), (RETAKE, 2)]
    assert answers[1].parent_answer_id == answers[0].id


async def test_a_follow_up_is_asked_next_answered_and_saved_with_its_parent(build_app, store: HistoryStore) -> None:
    app = build_app(initial=one_question("proud", follow_ups=1))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await answer(app, pilot, VAGUE)
        assert f"An interviewer would ask next: {ASK_FOR_A_STORY}" in follow_up_line(app)
        assert "Enter: answer the follow-up" in hint(app)
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Question 1 of 1 · follow-up" in text and ASK_FOR_A_STORY in text
        await answer(app, pilot, STORY)
        card = app.screen.scored[-1].card
        assert {c.id for c in card.criteria} == {"concrete_example", "ownership"}
        assert "An interviewer would ask next" not in follow_up_line(app)  # one follow-up per question
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
    parent, follow = store.get_session(store.latest_session_id()).answers
    assert (follow.kind, follow.parent_answer_id, follow.question_text) == (FOLLOW_UP, parent.id, ASK_FOR_A_STORY)


async def test_switched_off_follow_ups_are_only_suggested(build_app, store: HistoryStore) -> None:
    app = build_app(initial=one_question("proud", follow_ups=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await answer(app, pilot, VAGUE)
        assert f"An interviewer might also ask: {ASK_FOR_A_STORY}" in follow_up_line(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
    assert len(store.get_session(store.latest_session_id()).answers) == 1


def seed_tries(store: HistoryStore) -> tuple[int, int, int, int]:
    """A session: proud (weak), deadline, a retake of proud (strong), a follow-up to deadline."""
    from tests.tui.test_review_data import scored_card

    session = store.start_session(bank_id="practice-demo", bank_title="Practice demo", settings={}, started_at=T0)
    proud, deadline = "Tell me about a project you are proud of.", "Describe a time you had to meet a tight deadline."

    def add(question_id: str, question: str, text: str, lineage=(None, 1, "answer")) -> int:
        return store.add_answer(session, question_id=question_id, question_text=question, text=text, mode="typed",
                                card=scored_card(question, text), ended_at=T0, lineage=lineage)

    first = add("proud", proud, VAGUE)
    other = add("deadline", deadline, VAGUE)
    retake = add("proud", proud, STORY, (first, 2, RETAKE))
    follow = add("deadline", ASK_FOR_A_STORY, STORY, (other, 1, FOLLOW_UP))
    return first, other, retake, follow


async def test_review_keeps_tries_together_compares_them_and_tries_again(build_app, store: HistoryStore, utc) -> None:
    first, other, retake, follow = seed_tries(store)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        detail = app.screen
        assert isinstance(detail, SessionDetailScreen)
        assert [a.id for a in detail.detail.answers] == [first, retake, other, follow]
        text = screen_text(app)
        assert f"Answer 1 of 4 · #{first} · typed" in text
        await pilot.press("n")
        await pilot.pause()
        assert f"Answer 2 of 4 · #{retake} · try 2 of #{first}" in screen_text(app)
        await pilot.press("c")
        await settle(app, pilot)
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert [a.answer_id for a in compare.comparison.attempts] == [first, retake]
        assert f"#{first}" in screen_text(app) and f"#{retake}" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("n")
        await pilot.press("n")
        await pilot.pause()
        assert f"#{follow} · follow-up to #{other}" in screen_text(app)
        assert detail.check_action("try_again", ()) is None  # a follow-up is not tried again alone
        await pilot.press("p", "p", "p")
        await pilot.press("g")
        await settle(app, pilot)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        assert practice.session.current.attempt == 3
        assert "try 3" in screen_text(app)
        await pilot.press("enter")  # stop thinking
        await answer(app, pilot, STORY)
    saved = store.get_session(store.latest_session_id()).answers
    assert [(a.kind, a.attempt, a.parent_answer_id) for a in saved] == [(RETAKE, 3, first)]
