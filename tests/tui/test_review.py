"""The review screen: what was saved is listed, opens with its score cards, is deleted after
asking, exports to a private file, and can be filtered and sorted."""

from __future__ import annotations

import json
import stat
from datetime import timedelta

from textual.widgets import Input

from mockint import paths
from mockint.store.export import export_session
from mockint.tui.screens.background import ScreenKeyCommands
from mockint.tui.screens.confirm import ConfirmScreen
from mockint.tui.screens.export_format import ExportFormatScreen
from mockint.tui.screens.review import NO_SESSIONS, ReviewScreen
from mockint.tui.screens.session_detail import SessionDetailScreen
from mockint.tui.screens.trends import TrendsScreen
from mockint.tui.widgets.score_card import ScoreCardView, evidence_styles
from mockint.tui.widgets.session_list import COLUMNS, GAP, LEFT_PAD, SessionList, column_widths

from .conftest import screen_text, settle
from .test_review_data import (
    MIDDLING_ANSWER,
    STRONG_ANSWER,
    T0,
    WEAK_ANSWER,
    save_fixed_history,
    save_session,
    scored_card,
    utc,  # noqa: F401  (fixture)
)

SIZE = (100, 30)
PROUD = "Tell me about a project you are proud of."
DEADLINE = "Describe a time you had to meet a tight deadline."


def listed_ids(app) -> list[int]:
    return app.screen.query_one(SessionList).session_ids



def messages(app) -> list[str]:
    return [notification.message for notification in app._notifications]


async def open_newest_session(app, pilot) -> None:
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, SessionDetailScreen)


async def test_review_lists_what_was_saved_newest_first(build_app, store, utc) -> None:
    older = save_session(
        store, bank_id="practice-demo", bank_title="Practice demo",
        answers=[(PROUD, STRONG_ANSWER), (DEADLINE, WEAK_ANSWER)], started_at=T0,
    )
    newer = save_session(
        store, bank_id="markup-bank", bank_title="[red]Mine[/red]",
        answers=[(PROUD, MIDDLING_ANSWER)], started_at=T0 + timedelta(days=1),
    )
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert listed_ids(app) == [newer, older]
        stored = {s.id: s for s in store.list_sessions()}
        session_list = app.screen.query_one(SessionList)
        row = next(r for r in session_list.rows if r.id == older)
        assert row.cells == (
            "2025-03-03 09:00", "Practice demo", "2", f"{stored[older].mean_overall:.0f}",
            stored[older].weakest_label,
        )
        text = screen_text(app)
        assert session_list.line_text(older).rstrip() in text
        assert "[red]Mine[/red]" in text  # a title that looks like markup is shown as typed
        assert "2 sessions · sorted by date (newest first)" in text


async def test_opening_a_session_shows_each_answer_with_its_score_card_and_evidence(build_app, store) -> None:
    session_id = save_session(
        store, bank_id="practice-demo", bank_title="Practice demo",
        answers=[(PROUD, STRONG_ANSWER), (DEADLINE, WEAK_ANSWER)], started_at=T0,
    )
    stored = store.get_session(session_id)
    app = build_app(initial="review")
    async with app.run_test(size=(100, 70)) as pilot:  # tall enough for the whole first card
        await open_newest_session(app, pilot)
        views = list(app.screen.query(ScoreCardView))
        assert [v.answer_text for v in views] == [STRONG_ANSWER, WEAK_ANSWER]
        assert [v.card.to_dict() for v in views] == [a.card.to_dict() for a in stored.answers]
        first = stored.answers[0].card
        text = screen_text(app)
        assert f"Overall {first.overall}/100" in text
        heading = f"Answer 1 of 2 · #{stored.answers[0].id} · typed · thought 5 s · answered 40 s · overall {first.overall}/100"
        assert heading in text
        for criterion in first.criteria:
            assert criterion.label in text

        # The evidence of the first highlighted criterion is painted in its colour on screen.
        criterion_id, style = next(iter(evidence_styles(first).items()))
        others = [o for c in first.criteria if c.id != criterion_id for o in c.spans]
        span = next(sp for sp in first.criterion(criterion_id).spans
                    if not any(o.start < sp.end and sp.start < o.end for o in others))  # its own colour
        colour = style.bgcolor.get_truecolor()
        painted = "".join(
            segment.text
            for strip in app.screen._compositor.render_strips()
            for segment in strip
            if segment.style and segment.style.bgcolor and segment.style.bgcolor.get_truecolor() == colour
        )
        assert span.text.split()[0] in painted

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


def save_kept_and_doomed(store) -> tuple[int, int]:
    """Two sessions; the newer one (listed first) is the one the tests delete."""
    kept = save_session(store, bank_id="practice-demo", bank_title="Practice demo",
                        answers=[(PROUD, STRONG_ANSWER)], started_at=T0)
    doomed = save_session(store, bank_id="practice-demo", bank_title="Practice demo",
                          answers=[(PROUD, WEAK_ANSWER)], started_at=T0 + timedelta(hours=1))
    return kept, doomed


async def test_delete_asks_first_and_then_deletes(build_app, store) -> None:
    kept, doomed = save_kept_and_doomed(store)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert listed_ids(app) == [doomed, kept]
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert f"Delete session {doomed} (Practice demo" in screen_text(app)
        await pilot.press("n")
        await settle(app, pilot)
        assert [s.id for s in store.list_sessions()] == [doomed, kept]

        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert [s.id for s in store.list_sessions()] == [kept]
        assert listed_ids(app) == [kept]
        assert f"Deleted session {doomed}" in messages(app)


async def test_deleting_from_the_session_view_goes_back_to_a_shorter_list(build_app, store) -> None:
    kept, doomed = save_kept_and_doomed(store)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await open_newest_session(app, pilot)
        await pilot.press("d", "y")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert listed_ids(app) == [kept]
        assert [s.id for s in store.list_sessions()] == [kept]


async def test_export_writes_a_private_markdown_file_and_shows_its_path(build_app, store) -> None:
    session_id = save_session(store, bank_id="practice-demo", bank_title="Practice demo",
                              answers=[(PROUD, STRONG_ANSWER)], started_at=T0)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportFormatScreen)
        await pilot.press("m")
        await settle(app, pilot)
    exported = list(paths.exports_dir().iterdir())
    assert len(exported) == 1
    path = exported[0]
    assert path.name.startswith(f"session-{session_id}-") and path.suffix == ".md"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.exports_dir().stat().st_mode) == 0o700
    assert path.read_text(encoding="utf-8") == export_session(store.get_session(session_id), "md")
    overall = store.get_session(session_id).answers[0].card.overall
    assert PROUD in path.read_text(encoding="utf-8")
    assert f"{overall}/100" in path.read_text(encoding="utf-8")
    assert f"Exported session {session_id} to {path}" in messages(app)


async def test_export_as_json_from_the_session_view(build_app, store) -> None:
    save_session(store, bank_id="practice-demo", bank_title="Practice demo",
                              answers=[(PROUD, STRONG_ANSWER), (DEADLINE, WEAK_ANSWER)], started_at=T0)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await open_newest_session(app, pilot)
        await pilot.press("e", "j")
        await settle(app, pilot)
    [path] = paths.exports_dir().glob("*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [a["text"] for a in data["answers"]] == [STRONG_ANSWER, WEAK_ANSWER]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


async def test_sort_by_overall_and_bank_and_filter_by_text_and_bank(build_app, store) -> None:
    alpha_weak = save_session(store, bank_id="alpha", bank_title="Alpha bank",
                              answers=[(PROUD, WEAK_ANSWER)], started_at=T0)
    beta_strong = save_session(store, bank_id="beta", bank_title="Beta bank",
                               answers=[(PROUD, STRONG_ANSWER)], started_at=T0 + timedelta(days=1))
    alpha_mid = save_session(store, bank_id="alpha", bank_title="Alpha bank",
                             answers=[(PROUD, MIDDLING_ANSWER)], started_at=T0 + timedelta(days=2))
    means = {s.id: s.mean_overall for s in store.list_sessions()}
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert listed_ids(app) == [alpha_mid, beta_strong, alpha_weak]
        await pilot.press("s")
        await pilot.pause()
        assert listed_ids(app) == sorted(means, key=lambda i: -means[i])
        assert "sorted by overall (best first)" in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        assert listed_ids(app) == [alpha_mid, alpha_weak, beta_strong]

        await pilot.press("slash", *"beta")
        await pilot.pause()
        assert listed_ids(app) == [beta_strong]
        assert "1 of 3 sessions" in screen_text(app)
        await pilot.press("enter")  # back to the table
        app.screen.query_one("#review-filter", Input).value = ""
        await pilot.pause()
        assert len(listed_ids(app)) == 3

        await pilot.press("b")  # the bank list opens on "All banks"; the next entry is Alpha
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert listed_ids(app) == [alpha_mid, alpha_weak]


async def test_no_sessions_shows_how_to_get_some_and_disables_delete(build_app) -> None:
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert NO_SESSIONS[:40] in screen_text(app)
        await pilot.press("d", "e")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


async def test_every_key_is_in_the_command_palette(build_app, store) -> None:
    save_session(store, bank_id="practice-demo", bank_title="Practice demo",
                 answers=[(PROUD, STRONG_ANSWER)], started_at=T0)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        offered = {title for title, _, _ in ScreenKeyCommands(app.screen)._commands()}
        assert offered >= {"Open", "Filter", "Filter by bank", "Sort", "Delete", "Export", "Trends", "Back"}
        await pilot.press("ctrl+p", *"trends")
        await settle(app, pilot)  # the palette searches in a worker
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TrendsScreen)


def test_review_list_snapshot(build_app, store, utc, snap_compare) -> None:
    save_fixed_history(store, sessions=6)
    assert snap_compare(build_app(initial="review"), terminal_size=SIZE, run_before=_settled)


def test_review_list_snapshot_at_80_by_24(build_app, store, utc, snap_compare) -> None:
    save_fixed_history(store, sessions=6)
    assert snap_compare(build_app(initial="review"), terminal_size=(80, 24), run_before=_settled)


def test_session_detail_snapshot(build_app, store, utc, snap_compare) -> None:
    save_fixed_history(store, sessions=2)

    async def open_newest(pilot) -> None:
        await open_newest_session(pilot.app, pilot)

    assert snap_compare(build_app(initial="review"), terminal_size=SIZE, run_before=open_newest)


async def _settled(pilot) -> None:
    await settle(pilot.app, pilot)


async def test_a_store_that_fails_shows_its_message_and_the_app_goes_on(build_app, store) -> None:
    store.close()  # every later read raises StoreError, as a vanished or locked database would
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert "Your sessions could not be read." in screen_text(app)
        assert any("the history store is already closed" in m for m in messages(app))
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "StartScreen"


async def test_deleting_a_session_removes_its_recordings_but_nothing_outside_mockint(
    build_app, store, tmp_path
) -> None:
    recording = paths.ensure_private_dir(paths.recordings_dir()) / "answer-1.wav"
    recording.write_bytes(b"RIFF")
    elsewhere = tmp_path / "my-own.wav"
    elsewhere.write_bytes(b"RIFF")
    session_id = store.start_session(bank_id="practice-demo", bank_title="Practice demo", settings={}, started_at=T0)
    for audio in (recording, elsewhere):
        store.add_answer(session_id, question_id="proud", question_text=PROUD, text=STRONG_ANSWER, mode="spoken",
                         card=scored_card(PROUD, STRONG_ANSWER), audio_path=audio, ended_at=T0)
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("d", "y")
        await settle(app, pilot)
        assert f"Deleted session {session_id} and 1 recording(s)" in messages(app)
    assert not recording.exists()
    assert elsewhere.exists()
    assert store.list_sessions() == []


async def test_mouse_a_click_on_a_title_sorts_and_a_click_on_the_highlighted_line_opens(build_app, store) -> None:
    low = save_session(store, bank_id="alpha", bank_title="Alpha bank", answers=[(PROUD, WEAK_ANSWER)], started_at=T0)
    high = save_session(store, bank_id="beta", bank_title="Beta bank", answers=[(PROUD, STRONG_ANSWER)],
                        started_at=T0 - timedelta(days=1))
    app = build_app(initial="review")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        session_list = app.screen.query_one(SessionList)
        assert session_list.session_ids == [low, high]
        await pilot.click(SessionList, offset=(column_x(session_list, "overall"), 0))
        await pilot.pause()
        assert session_list.session_ids == [high, low]
        assert "sorted by overall (best first)" in screen_text(app)
        assert session_list.highlighted_session_id == low  # the cursor stays on its session
        await pilot.click(SessionList, offset=(2, 1))  # the first line: highlight it
        await pilot.pause()
        assert session_list.highlighted_session_id == high
        await pilot.click(SessionList, offset=(2, 1))  # again: open it
        await settle(app, pilot)
        assert isinstance(app.screen, SessionDetailScreen) and app.screen.session_id == high


def column_x(session_list: SessionList, order: str) -> int:
    """The first cell of the column that sorts by ``order``."""
    widths = column_widths(session_list.size.width)
    index = next(i for i, column in enumerate(COLUMNS) if column[3] == order)
    return LEFT_PAD + sum(widths[:index]) + GAP * index
