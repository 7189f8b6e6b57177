"""A skipped question in the session summary: listed as skipped, not scored, left out of the mean
(and the summary says so)."""

from __future__ import annotations

from textual.widgets import DataTable

from mockint.session.summary import SessionTotals
from mockint.tui.screens.summary import SummaryScreen

from .conftest import screen_text, settle
from .test_practice_flow import STORY, answer_and_submit, practice


def test_the_totals_say_when_skipped_questions_are_left_out_of_the_mean() -> None:
    assert SessionTotals(3, 0, 70).describe() == "3 answered, 0 skipped · mean 70/100"
    assert SessionTotals(2, 1, 71).describe() == "2 answered, 1 skipped (not scored) · mean 71/100 of the 2 answered"
    assert SessionTotals(0, 2, None).describe() == "0 answered, 2 skipped (not scored)"


async def test_a_skipped_question_is_in_the_summary_as_skipped_and_not_in_the_mean(build_app, store) -> None:
    app = build_app(initial=practice(count=3, think_seconds=0))
    async with app.run_test(size=(110, 40)) as pilot:
        await settle(app, pilot)
        await answer_and_submit(app, pilot, STORY)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+n")  # skip question 2
        await pilot.pause()
        await answer_and_submit(app, pilot, f"{STORY} Then I shipped it in 3 weeks.")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        (session,) = store.list_sessions()
        overall = [a.card.overall for a in store.get_session(session.id).answers]
        assert len(overall) == 2  # the skipped question is not saved as an answer
        mean = round(sum(overall) / 2)
        text = screen_text(app)
        assert f"2 answered, 1 skipped (not scored) · mean {mean}/100 of the 2 answered" in text
        table = app.screen.query_one("#per-question", DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert [row[0] for row in rows] == ["1", "2", "3"]
        assert rows[1][2:] == ["not scored", "skipped"]
        assert rows[0][2] == f"{overall[0]}/100" and rows[2][2] == f"{overall[1]}/100"
