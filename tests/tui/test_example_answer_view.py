"""Pilot tests of the example answer shown beside the user's (``x``), in practice and in review.

The built-in behavioral bank is used as shipped: its example answers are scored by the real
scorer, and what the view highlights are that card's evidence spans.
"""

from __future__ import annotations

from mockint.banks.catalog import load_catalog
from mockint.scoring import score_answer
from mockint.scoring.model import AnswerInput
from mockint.session.options import SessionOptions
from mockint.tui.app import PracticeRequest
from mockint.tui.widgets.example_answer import ExampleAnswerView
from mockint.tui.widgets.score_card import ScoreCardView, evidence_styles

from ..conftest import REPO
from .conftest import screen_text, settle, wait_until
from .test_review import open_newest_session
from .test_review_data import T0

SIZE = (100, 30)
ANSWER = "We argued about the database. I listened, we ran a test and I learned to ask first."


def behavioral():
    catalog = load_catalog([REPO / "question_banks"])  # the shipped banks (the tests hide built-ins)
    return catalog, catalog.get("behavioral")


async def test_x_shows_the_example_answer_with_its_evidence_under_the_score_card(build_app) -> None:
    catalog, bank = behavioral()
    question = bank.questions[0]
    request = PracticeRequest("behavioral", SessionOptions(count=2, think_seconds=0, shuffle=False))
    app = build_app(catalog=catalog, initial=request)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("a")  # while answering: the key does nothing
        assert not app.screen.query(ExampleAnswerView)
        app.screen.query_one("#answer").load_text(ANSWER)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await wait_until(pilot, lambda: app.screen.query(ScoreCardView), what="the score card")
        await pilot.press("a")
        await pilot.pause()
        [view] = app.screen.query(ExampleAnswerView)
        expected = score_answer(AnswerInput.for_question(question.example_answer, question, bank))
        assert view.example_text == question.example_answer
        assert view.card.to_dict() == expected.to_dict() and view.card.overall >= 85
        assert f"Example answer · {expected.overall}/100" in screen_text(app)
        # Each criterion's evidence is drawn in its colour over exactly its spans.
        rendered = view.highlighted
        assert rendered.plain == question.example_answer
        styles = evidence_styles(expected)
        assert len(styles) >= 3  # several criteria found evidence in a strong answer
        for result in expected.criteria:
            if result.id in styles:
                for span in result.spans:
                    assert any(
                        s.style == styles[result.id] and (s.start, s.end) == (span.start, span.end)
                        for s in rendered.spans
                    ), (result.id, span)
        await pilot.press("a")  # again: hidden
        await pilot.pause()
        assert not app.screen.query(ExampleAnswerView)
        await pilot.press("a", "enter")  # the next question: the example goes with its card
        await settle(app, pilot)
        assert not app.screen.query(ExampleAnswerView)


async def test_a_question_without_an_example_offers_no_key(build_app) -> None:
    request = PracticeRequest("practice-demo", SessionOptions(count=1, think_seconds=0, shuffle=False))
    app = build_app(initial=request)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.screen.query_one("#answer").load_text(ANSWER)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await wait_until(pilot, lambda: app.screen.query(ScoreCardView), what="the score card")
        assert "Example answer" not in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert not app.screen.query(ExampleAnswerView)


async def test_review_shows_the_example_of_the_current_answer(build_app, store) -> None:
    catalog, bank = behavioral()
    first, second = bank.questions[0], bank.questions[1]
    session_id = store.start_session(bank_id="behavioral", bank_title=bank.title, settings={}, started_at=T0)
    for question in (first, second):
        card = score_answer(AnswerInput.for_question(ANSWER, question, bank))
        store.add_answer(session_id, question_id=question.id, question_text=question.text, text=ANSWER,
                         mode="typed", card=card, ended_at=T0)
    app = build_app(catalog=catalog, initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await open_newest_session(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        [view] = app.screen.query(ExampleAnswerView)
        assert view.example_text == first.example_answer
        await pilot.press("n")  # the next answer: its own example
        await pilot.pause()
        assert not app.screen.query(ExampleAnswerView)
        await pilot.press("a")
        await pilot.pause()
        [view] = app.screen.query(ExampleAnswerView)
        assert view.example_text == second.example_answer
