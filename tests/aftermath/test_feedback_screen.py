"""The Feedback screen, driven through the real app (Pilot) and drawn at fixed sizes."""

from __future__ import annotations

from textual.widgets import Input, SelectionList, Static, TextArea

from mockint.store.feedback_store import FeedbackStore
from mockint.tui.screens.feedback import NO_MATCH, FeedbackScreen
from mockint.tui.screens.practice import PracticeScreen
from tests.tui.conftest import screen_text, settle, wait_until

SIZE = (120, 40)
FEEDBACK = "Hi Sam,\n\nThank you for your time. We felt your examples lacked depth.\n\nBest,\nJane"


async def _open(app, pilot) -> FeedbackScreen:
    await settle(app, pilot)
    await pilot.press("f")
    await settle(app, pilot)
    assert isinstance(app.screen, FeedbackScreen)
    return app.screen


async def _type(app, pilot, screen: FeedbackScreen, text: str) -> None:
    screen.query_one("#feedback-text", TextArea).text = text
    await settle(app, pilot)
    await wait_until(pilot, lambda: screen.shown_text == text, what="the mapping")
    await settle(app, pilot)


async def test_maps_the_text_lets_the_user_correct_it_and_saves_it(build_app, store) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(app, pilot)
        await _type(app, pilot, screen, FEEDBACK)
        text = screen_text(app)
        assert "Understood: examples → concrete_example, quantified_result" in text
        assert "“examples lacked depth”" in text
        assert screen.chosen_criteria() == ["concrete_example", "quantified_result"]
        assert len(screen.drill.items) == 4  # every question of the test banks works on them
        assert "Drill: 4 questions (Ctrl+G starts)" in text
        criteria = screen.query_one("#feedback-criteria", SelectionList)
        criteria.focus()
        criteria.highlighted = 1  # quantified_result: not what this feedback is about, says the user
        await pilot.press("space")
        criteria.highlighted = 6  # hedging
        await pilot.press("space")
        await settle(app, pilot)
        assert screen.chosen_criteria() == ["concrete_example", "hedging"]
        # a correction survives a change of the text
        await _type(app, pilot, screen, FEEDBACK + "\nYour answers were too long.")
        assert screen.chosen_criteria() == ["concrete_example", "length", "star_structure", "hedging"]
        screen.query_one("#feedback-company", Input).value = "Acme"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await wait_until(pilot, lambda: "the Acme feedback since" in screen_text(app), what="the saved list")
    (record,) = FeedbackStore(store).records()
    assert record.company == "Acme" and record.text.endswith("too long.")
    assert [c.id for c in record.criteria] == ["concrete_example", "length", "star_structure", "hedging"]
    assert record.criteria[0].evidence == ("examples lacked depth",) and record.criteria[3].evidence == ()


async def test_nothing_matched_is_said_and_the_user_chooses(build_app, store) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(app, pilot)
        await _type(app, pilot, screen, "Thank you for your time, we wish you the best.")
        assert NO_MATCH.split(":")[0] in screen_text(app)  # "I couldn't match this to a criterion"
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)  # no silent empty drill
        criteria = screen.query_one("#feedback-criteria", SelectionList)
        criteria.focus()
        criteria.highlighted = 3  # enthusiasm
        await pilot.press("space")
        await settle(app, pilot)
        assert screen.drill.refs  # questions that exercise enthusiasm
        await pilot.press("ctrl+g")
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeScreen)
        assert [q.id for q in app.screen.bank.questions] == screen.drill.refs


async def test_control_characters_are_shown_as_stand_ins(build_app, store) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(app, pilot)
        area = screen.query_one("#feedback-text", TextArea)
        area.text = "Fine.\nYour answers\x1b[2J were [bold]long-winded[/bold]."
        await settle(app, pilot)
        await wait_until(pilot, lambda: screen.shown_text == area.text, what="the mapping")
        assert area.text == "Fine.\nYour answers␛[2J were [bold]long-winded[/bold]."
        text = screen_text(app)
        assert "\x1b" not in text and "␛[2J were [bold]long-winded[/bold]" in text
        assert screen.chosen_criteria() == ["length", "star_structure"]


async def test_a_huge_paste_is_refused_in_one_line_and_nothing_is_saved(build_app, store) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(app, pilot)
        await _type(app, pilot, screen, ("Your answers were too long. " * 3 + "\n") * 12_000)
        shown = str(screen.query_one("#feedback-understood", Static).render())
        assert shown.startswith("Cannot read this feedback: the feedback is longer than 65,536 characters")
        assert screen.drill.items == [] and screen.chosen_criteria() == []
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    assert FeedbackStore(store).records() == []


async def test_escape_goes_back_to_the_start(build_app) -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, FeedbackScreen)


async def _filled(pilot) -> None:
    app = pilot.app
    screen = await _open(app, pilot)
    await _type(app, pilot, screen, FEEDBACK + "\nYou also seemed a bit low-energy.")
    from .test_reply_tui import steady_cursors

    steady_cursors(app)  # a blinking cursor is drawn or not depending on the moment
    await settle(app, pilot)
    await pilot.pause()


def test_snapshot_80x24(snap_compare, build_app) -> None:
    assert snap_compare(build_app(), terminal_size=(80, 24), run_before=_filled)


def test_snapshot_120x40(snap_compare, build_app) -> None:
    assert snap_compare(build_app(), terminal_size=(120, 40), run_before=_filled)


async def test_trends_show_the_progress_on_open_feedback(build_app, store) -> None:
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    from mockint.aftermath.mapper import Target
    from mockint.scoring.scorer import SCORER_VERSION
    from tests.coach.helpers import card

    def answer(store, question, overall, at, criteria):  # scored by this mockint's scorer: in trends
        session = store.start_session(bank_id="general", bank_title="General", settings={}, started_at=at)
        store.add_answer(session, question_id=question, question_text="Q?", text="A.", mode="typed",
                         card=replace(card(overall, criteria), scorer_version=SCORER_VERSION), ended_at=at)

    given = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)
    FeedbackStore(store).add(text="Vague examples.", company="Acme", given_at=given,
                             criteria=[Target("concrete_example", ("Vague examples",))])
    closed = FeedbackStore(store).add(text="Too long.", company="Globex", given_at=given,
                                      criteria=[Target("length", ("Too long",))])
    FeedbackStore(store).close(closed)
    answer(store, "q", 40, given - timedelta(days=1), criteria={"concrete_example": 0.41})
    for day in range(1, 4):
        answer(store, "q", 78, given + timedelta(days=day), criteria={"concrete_example": 0.78})
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        text = screen_text(app)
        assert "the Acme feedback since 2026-11-20: concrete example 41 → 78 over 3 answers" in text
        assert "Globex" not in text  # closed


async def test_a_drill_opened_from_the_command_line_is_answered_and_saved(build_app, store) -> None:
    from mockint.aftermath.drill import build_drill
    from mockint.session.options import SessionOptions
    from mockint.store.schedule import ScheduleStore
    from mockint.tui.app import PracticeRequest
    from mockint.tui.widgets.score_card import ScoreCardView

    drill = build_drill(build_app().load_catalog().banks(), ["concrete_example"], count=1)
    bank = drill.bank("Feedback drill: Acme")
    app = build_app(initial=PracticeRequest(bank.id, SessionOptions(think_seconds=0), bank=bank))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeScreen)
        await pilot.press(*"Last spring I rebuilt our report and cut it from two days to 20 minutes.")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await wait_until(pilot, lambda: app.screen.query(ScoreCardView), what="the score card")
    (summary,) = store.list_sessions()
    assert (summary.bank_id, summary.bank_title) == ("feedback-drill", "Feedback drill: Acme")
    (saved,) = store.get_session(summary.id).answers
    assert saved.question_id == drill.refs[0]
    assert "concrete_example" in {c.id for c in saved.card.criteria}
    from mockint.coach.scheduler import catch_up

    state = catch_up(ScheduleStore(store))
    assert drill.refs[0] in state.cards  # the scheduler knows the question under its own bank


TAGGED_BANK = '''[bank]
id = "tagged"
title = "Tagged"
think_seconds = 5
answer_seconds = 60

[[questions]]
id = "busy-week"
text = "How do you decide what to do first in a busy week?"
tags = ["prioritisation", "deadlines"]

[[questions]]
id = "mentor"
text = "Tell me about someone you mentored."
tags = ["mentoring"]
'''


async def test_topics_are_toggled_and_the_drill_and_the_save_follow_them(build_app, store, tmp_path) -> None:
    from mockint.banks.catalog import load_catalog
    from mockint.tui.screens.feedback import TOPIC_PREFIX
    from tests.tui.conftest import FIXTURE_BANKS

    (tmp_path / "banks").mkdir()
    (tmp_path / "banks" / "tagged.toml").write_text(TAGGED_BANK, "utf-8")
    app = build_app(catalog=load_catalog([FIXTURE_BANKS, tmp_path / "banks"]))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(app, pilot)
        await _type(app, pilot, screen, "We wanted more leadership experience.")
        assert screen.chosen_topics() == ["leadership"]
        assert "Topic leadership: “wanted more leadership experience”" in screen_text(app)
        assert [i.ref for i in screen.drill.items][:1] == ["tagged/mentor"]  # mentoring is leadership
        listed = screen.query_one("#feedback-criteria", SelectionList)
        values = [listed.get_option_at_index(i).value for i in range(listed.option_count)]
        listed.focus()
        listed.highlighted = values.index(TOPIC_PREFIX + "leadership")  # not what they meant, says the user
        await pilot.press("space")
        listed.highlighted = values.index(TOPIC_PREFIX + "prioritisation")
        await pilot.press("space")
        await settle(app, pilot)
        assert screen.chosen_topics() == ["prioritisation"]
        assert "tagged/mentor" not in screen.drill.refs and "tagged/busy-week" in screen.drill.refs
        assert "topic prioritisation" in screen.drill.items[screen.drill.refs.index("tagged/busy-week")].reason
        # the correction survives a change of the text
        await _type(app, pilot, screen, "We wanted more leadership experience. Your answers were too long.")
        assert screen.chosen_topics() == ["prioritisation"]
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await wait_until(pilot, lambda: screen.saved, what="the saved list")
    (record,) = FeedbackStore(store).records()
    assert [t.id for t in record.topics] == ["prioritisation"]
    assert [c.id for c in record.criteria] == ["length", "star_structure"]


async def test_a_saved_feedback_is_closed_from_the_list_after_asking(build_app, store) -> None:
    from textual.widgets import OptionList

    from mockint.aftermath.mapper import Target
    from mockint.tui.screens.confirm import ConfirmScreen

    feedback = FeedbackStore(store)
    acme = feedback.add(text="Vague examples.", company="Acme", criteria=[Target("concrete_example", ())])
    globex = feedback.add(text="Too long.", company="Globex", criteria=[Target("length", ())])
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(app, pilot)
        await wait_until(pilot, lambda: len(screen.saved) == 2, what="the saved list")
        listed = screen.query_one("#feedback-saved-list", OptionList)
        assert listed.display and "the Acme feedback since" in screen_text(app)
        listed.focus()
        listed.highlighted = [listed.get_option_at_index(i).id for i in range(2)].index(str(acme))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="the question")
        assert "Close the Acme feedback?" in screen_text(app)
        await pilot.press("n")  # kept open
        await settle(app, pilot)
        assert feedback.get(acme).is_open and app.screen is screen
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="the question")
        await pilot.press("y")
        await settle(app, pilot)
        await wait_until(pilot, lambda: not screen.saved[acme].is_open, what="the list read again")
        said = str(screen.query_one("#feedback-saved", Static).render())
        assert said == "Closed the Acme feedback: the plan no longer weighs its criteria."
        assert str(listed.get_option(str(acme)).prompt).startswith(f"{acme}. the Acme feedback (closed) since")
        assert "(closed)" not in str(listed.get_option(str(globex)).prompt)
        await pilot.press("enter")  # a closed one is not asked about again
        await pilot.pause()
        assert app.screen is screen
        assert any("closed already" in str(n.message) for n in app._notifications)
    assert not feedback.get(acme).is_open and feedback.get(globex).is_open
