"""One stored session: each answer with its score card (verdicts, tips, evidence highlighted).

``n``/``p`` go to the next/previous answer from the one in view, however the view got there
(Home, End, the mouse). A spoken answer's recording plays again with Space (again: stop), through
the app's player (sounddevice by default) in a worker; the key is offered only on an answer that
has a recording. ``x`` deletes the answer in view (after saying what goes with it); deleting a
session's only answer deletes the session. A deleted recording file or no sound output is a clear
notification.

Each first answer is followed by its retakes and follow-ups (``#14 · try 2 of #12``), those saved in
other sessions too, shown here but deleted from their own session: a retake started from this
review (``Later try · … · 2026-12-01 (later session 7)``), and for a retake saved here, the first
try and the tries in between (``Earlier try · … · 2026-11-24 (earlier session 3)``); ``g`` asks the
current answer's question again (a new session, saved as its next try), ``c`` compares its tries
side by side; ``a`` shows the question's example answer under the answer's card.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from mockint.banks.model import Bank, Question
from mockint.coach.attempts import retake_from_history, stored_question, tries, with_other_tries
from mockint.errors import MockintError
from mockint.session.options import SessionOptions
from mockint.session.settings import follow_up_limit
from mockint.speech.playback import Player, SoundDevicePlayer, play_recording
from mockint.store import HistoryStore, SessionDetail
from mockint.store.lookup import OtherTry, earlier_tries, later_tries
from mockint.store.records import FOLLOW_UP, RETAKE, AnswerRecord
from mockint.store.wording import (
    answer_facts,
    answer_heading,
    local_time,
    mean_text,
    session_title,
    weakest_text,
)
from mockint.tui.messages import RecordingPlayed
from mockint.tui.screens.compare import CompareScreen
from mockint.tui.screens.confirm import ConfirmScreen
from mockint.tui.screens.session_actions import (
    SessionActionsScreen,
    SessionDeleted,
    delete_answer_question,
    remove_recordings,
)
from mockint.tui.widgets.example_answer import EXAMPLE_ID, ExampleAnswerView, score_example
from mockint.tui.widgets.score_card import ScoreCardView


class SessionLoaded(Message):
    """``examples``: the bank question of each answer that has an example answer, by answer id;
    ``other``: the tries at the session's questions that earlier and later sessions hold."""

    def __init__(
        self,
        detail: SessionDetail,
        examples: dict[int, tuple[Question, Bank]] | None = None,
        other: list[OtherTry] | None = None,
    ) -> None:
        super().__init__()
        self.detail = detail
        self.examples = examples or {}
        self.other = other or []


def example_questions(app: Any, answers: list[tuple[str, AnswerRecord]]) -> dict[int, tuple[Question, Bank]]:
    """The bank question (as the bank is now) of each answer (with its session's bank id) whose
    question has an example answer, by answer id; a bank or question that is gone, or banks that
    cannot be loaded, give none."""
    try:
        catalog = app.load_catalog()
    except MockintError:
        return {}
    found = {}
    for bank_id, answer in answers:
        try:  # (today's practice holds several banks: stored_question reads "bank/question" ids)
            bank, question = stored_question(catalog, bank_id, answer)
        except MockintError:  # the bank or the question is gone since: no example to show
            continue
        if question.example_answer:
            found[answer.id] = (question, bank)
    return found


def other_heading(other: OtherTry) -> str:
    """``Later try · #14 · try 2 of #12 · 2026-12-01 (later session 7)``, ``Earlier try · #12 ·
    2026-11-24 (earlier session 3)``: a try another session holds, and when and where it was saved."""
    when = "earlier" if other.earlier else "later"
    day = other.session_started_at.astimezone().date().isoformat()
    return f"{when.capitalize()} try · {answer_heading(other.answer)} · {day} ({when} session {other.session_id})"


class AnswerDeletion(Message):
    """What deleting ``answer`` takes with it: ``answer_ids``, the answer and its follow-ups."""

    def __init__(self, answer: AnswerRecord, answer_ids: list[int]) -> None:
        super().__init__()
        self.answer = answer
        self.answer_ids = answer_ids


class AnswerDeleted(Message):
    def __init__(self, number: int, answers: int, recordings_removed: int) -> None:
        super().__init__()
        self.number = number
        self.answers = answers
        self.recordings_removed = recordings_removed


def facts_line(detail: SessionDetail, earlier: int = 0, later: int = 0) -> Text:
    """The session's facts (its own answers); ``earlier``, ``later``: how many other sessions' tries
    are shown with them."""
    summary = detail.summary
    parts = [
        local_time(summary.started_at),
        f"{summary.answer_count} answer{'' if summary.answer_count == 1 else 's'}",
        f"mean overall {mean_text(summary)}",
        f"weakest: {weakest_text(summary)}",
    ]
    other = [f"{n} {when} tr{'y' if n == 1 else 'ies'}" for when, n in (("earlier", earlier), ("later", later)) if n]
    if other:
        parts.append(f"{' and '.join(other)} shown with them")
    text = Text(" · ".join(parts))
    text.append(" · g: try the current question again, c: compare its tries", style="dim")
    return text


class SessionDetailScreen(SessionActionsScreen[bool]):
    """Dismisses with ``True`` when the session or one of its answers was deleted (the list
    then reloads)."""

    BINDINGS = [
        Binding("n", "next_answer", "Next"),
        Binding("p", "previous_answer", "Previous"),
        Binding("space", "play", "Play/stop recording"),
        Binding("space", "no_recording", "Play recording", show=False),  # a typed answer: says so
        Binding("x", "delete_answer", "Delete answer"),
        Binding("d", "delete", "Delete session"),
        Binding("a", "example_answer", "Example answer"),
        Binding("g", "try_again", "Try again", show=False),  # (the footer is full: said in the facts line)
        Binding("c", "compare", "Compare tries", show=False),
        Binding("e", "export", "Export"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, store: HistoryStore, session_id: int) -> None:
        super().__init__(store)
        self.session_id = session_id
        self.detail: SessionDetail | None = None
        self.sub_title = f"Session {session_id}"
        self.current_answer = 0  # the answer in view (0-based)
        self.changed = False
        self.playing: Player | None = None
        self.examples: dict[int, tuple[Question, Bank]] = {}  # by position in detail.answers
        self.other: dict[int, OtherTry] = {}  # the other sessions' tries in detail.answers, by id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Loading…"), id="detail-facts")
        yield VerticalScroll(id="detail-answers")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.watch(self.query_one("#detail-answers", VerticalScroll), "scroll_y", self._view_moved, init=False)
        self.load_session()

    @work(thread=True, exclusive=True, exit_on_error=False, group="session-load")
    def load_session(self) -> None:
        detail = self.store.get_session(self.session_id)
        other = earlier_tries(self.store, self.session_id) + later_tries(self.store, self.session_id)
        answers = [(detail.summary.bank_id, a) for a in detail.answers] + [(t.bank_id, t.answer) for t in other]
        self.post_message(SessionLoaded(detail, example_questions(self.app, answers), other))

    async def on_session_loaded(self, message: SessionLoaded) -> None:
        self.other = {t.answer.id: t for t in message.other}
        shown = with_other_tries(message.detail.answers, [t.answer for t in message.other])
        detail = self.detail = replace(message.detail, answers=shown)
        self.examples = {i: message.examples[a.id] for i, a in enumerate(shown) if a.id in message.examples}
        self.sub_title = session_title(detail.summary)
        earlier = sum(1 for t in message.other if t.earlier)
        self.query_one("#detail-facts", Static).update(facts_line(detail, earlier, len(message.other) - earlier))
        answers = self.query_one("#detail-answers", VerticalScroll)
        await answers.remove_children()
        own = self._own_numbers()
        widgets: list[Widget] = []
        for position, answer in enumerate(detail.answers, 1):
            other = self.other.get(answer.id)
            if other is None:
                heading = Text(f"Answer {own[answer.id]} of {len(own)} · {answer_heading(answer)} · {answer_facts(answer)}")
            else:
                heading = Text(f"{other_heading(other)} · {answer_facts(answer)}")
            if answer.audio_path:
                heading.append(" · Space: play the recording", style="dim")
            widgets.append(Static(heading, classes="answer-heading", id=f"answer-{position}"))
            widgets.append(ScoreCardView(answer.question_text, answer.text, answer.card))
        if not widgets:
            widgets.append(Static(Text("This session has no answers."), classes="detail-empty"))
        await answers.mount_all(widgets)
        self.current_answer = min(self.current_answer, max(0, len(detail.answers) - 1))
        if self.current_answer:  # reloaded after a deletion: stay about where the user was
            self.call_after_refresh(self._scroll_to_answer, 0)
        self.refresh_bindings()

    def worker_failed(self, worker) -> None:
        super().worker_failed(worker)
        if worker.group == "playback":
            self.playing = None
        if self.detail is None:
            self.query_one("#detail-facts", Static).update(Text("This session could not be read."))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("play", "no_recording"):
            answer = self._current()
            recorded = self.playing is not None or (answer is not None and bool(answer.audio_path))
            return recorded if action == "play" else (answer is not None and not recorded)
        if action == "delete_answer":  # (another session's try is deleted from its own session)
            answer = self._current()
            return None if answer is None else answer.id not in self.other
        if action in ("delete", "export", "next_answer", "previous_answer") and self.detail is None:
            return None
        if action == "example_answer":
            return self.detail is not None and self.current_answer in self.examples
        if action in ("try_again", "compare"):
            return self._tries_action_allowed(action)
        return True

    # -- retakes: try the current answer's question again, compare its tries ------------------
    def _current(self) -> AnswerRecord | None:
        if self.detail is None or not self.detail.answers:
            return None
        return self.detail.answers[min(self.current_answer, len(self.detail.answers) - 1)]

    def _own_numbers(self) -> dict[int, int]:
        """The answers shown that this session holds (not the other sessions' tries): id -> its
        number (1-based, in the order shown)."""
        own = [] if self.detail is None else [a.id for a in self.detail.answers if a.id not in self.other]
        return {answer_id: number for number, answer_id in enumerate(own, 1)}

    def _bank_id(self, answer: AnswerRecord) -> str:
        """The bank id of the session ``answer`` was saved in."""
        other = self.other.get(answer.id)
        if other is not None:
            return other.bank_id
        return self.detail.summary.bank_id if self.detail is not None else ""

    def _tries_action_allowed(self, action: str) -> bool | None:
        answer = self._current()
        if answer is None or answer.kind == FOLLOW_UP:
            return None
        if action == "compare" and self.detail is not None and len(tries(self.detail.answers, answer)) < 2:
            return None
        return True

    def action_try_again(self) -> None:
        answer = self._current()
        if answer is None or self.detail is None:
            return
        options = SessionOptions(follow_ups=follow_up_limit())
        try:
            bank, planned = retake_from_history(
                self.app.load_catalog(), self._bank_id(answer), self.detail.answers, answer, options
            )
        except MockintError as exc:
            self.app.show_error("Cannot ask this question again", str(exc))
            return
        self.app.start_practice(bank, options, planned=[planned])

    def action_compare(self) -> None:
        answer = self._current()
        if answer is not None and self.detail is not None:
            self.app.push_screen(CompareScreen(store=self.store, answer_ids=tries(self.detail.answers, answer)))

    def action_example_answer(self) -> None:
        """Show (or hide) the example answer under the current answer's card, highlighted."""
        shown = self.query(f"#{EXAMPLE_ID}")
        if shown:
            shown.remove()
            return
        found = self.examples.get(self.current_answer)
        if found is None:
            return
        from mockint.scoring import load_settings

        question, bank = found
        try:
            card = score_example(question, bank, self.app.scoring_settings or load_settings())
        except MockintError as exc:
            self.notify(str(exc), title="Cannot score the example answer", severity="error", markup=False)
            return
        if card is not None:
            after = self.query(ScoreCardView)[self.current_answer]
            view = ExampleAnswerView(question.example_answer, card)
            self.query_one("#detail-answers", VerticalScroll).mount(view, after=after)
            self.call_after_refresh(view.scroll_visible, animate=False)

    def action_play(self) -> None:
        """Play the current answer's recording, or stop the one playing."""
        if self.playing is not None:
            self.playing.stop()
            return
        if self.detail is None or not self.detail.answers:
            return
        answer = self.detail.answers[self.current_answer]
        player = self.app.speech.player or SoundDevicePlayer()
        self.playing = player
        if answer.audio_path:
            self.notify(f"Playing answer {self.current_answer + 1}'s recording (Space stops).", timeout=3)
        self.play_answer(player, answer.audio_path)
        self.refresh_bindings()

    def action_no_recording(self) -> None:
        """Space on a typed answer: the player says why nothing plays."""
        self.play_answer(self.app.speech.player or SoundDevicePlayer(), None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="playback")
    def play_answer(self, player: Player, audio_path: str | None) -> None:
        try:
            play_recording(player, audio_path)
        except MockintError as exc:
            self.post_message(RecordingPlayed(str(exc)))
        else:
            self.post_message(RecordingPlayed())

    def on_recording_played(self, message: RecordingPlayed) -> None:
        self.playing = None
        self.refresh_bindings()
        if message.error:
            self.notify(message.error, title="Cannot play this recording", severity="error", markup=False, timeout=8)

    def on_unmount(self) -> None:
        if self.playing is not None:
            self.playing.stop()

    # -- which answer is in view ----------------------------------------------------------------

    def _headings(self) -> list[Widget]:
        try:
            return [self.query_one(f"#answer-{n}") for n in range(1, len(self.detail.answers) + 1)] if self.detail else []
        except NoMatches:  # (re)loading
            return []

    def answer_in_view(self) -> int:
        """The current answer if its heading is on screen; else the last answer whose heading is
        above the top of the view (the last answer when scrolled to the end)."""
        headings = self._headings()
        if not headings:
            return 0
        view = self.query_one("#detail-answers", VerticalScroll)
        top, height = view.scroll_y, view.scrollable_content_region.height
        if 0 <= self.current_answer < len(headings):
            y = headings[self.current_answer].virtual_region_with_margin.y
            if top <= y < top + height:
                return self.current_answer
        if view.max_scroll_y > 0 and top >= view.max_scroll_y:
            return len(headings) - 1
        above = [i for i, heading in enumerate(headings) if heading.virtual_region_with_margin.y <= top]
        return above[-1] if above else 0

    def _view_moved(self, scroll_y: float) -> None:
        shown = self.answer_in_view()
        if shown != self.current_answer:
            self.current_answer = shown
            self.refresh_bindings()

    def _scroll_to_answer(self, step: int) -> None:
        headings = self._headings()
        if not headings:
            return
        self.current_answer = max(0, min(len(headings) - 1, self.answer_in_view() + step))
        self.query(f"#{EXAMPLE_ID}").remove()
        self.refresh_bindings()
        self.query_one("#detail-answers", VerticalScroll).scroll_to_widget(
            headings[self.current_answer], top=True, animate=False, immediate=True
        )

    def action_next_answer(self) -> None:
        self._scroll_to_answer(1)

    def action_previous_answer(self) -> None:
        self._scroll_to_answer(-1)

    def action_delete(self) -> None:
        if self.detail is not None:
            self.ask_delete(self.detail.summary)

    # -- deleting one answer ------------------------------------------------------------------

    def action_delete_answer(self) -> None:
        answer = self._current()
        if answer is not None:
            self.find_answer_deletion(answer)

    @work(thread=True, exclusive=True, exit_on_error=False, group="answer-delete")
    def find_answer_deletion(self, answer: AnswerRecord) -> None:
        self.post_message(AnswerDeletion(answer, self.store.answer_and_follow_ups(answer.id)))

    def on_answer_deletion(self, message: AnswerDeletion) -> None:
        detail = self.detail
        if detail is None or not message.answer_ids:
            return
        own = self._own_numbers()
        if message.answer.id not in own:  # (another session's try: deleted there)
            return
        remaining = [a for a in detail.answers if a.id in own and a.id not in message.answer_ids]
        if not remaining:  # the session would be empty: delete it instead, asking the same way
            self.ask_delete(detail.summary)
            return
        number = own[message.answer.id]
        kinds = {a.id: a.kind for a in detail.answers}
        retakes = sum(1 for i in message.answer_ids[1:] if kinds.get(i) == RETAKE)
        question = delete_answer_question(
            message.answer, number, len(own), message.answer_ids, remaining, later_tries=retakes
        )

        def answered(confirmed: bool | None) -> None:
            if confirmed:
                self.delete_answer_worker(message.answer.id, number)

        self.app.push_screen(ConfirmScreen(question, yes="Delete", no="Keep"), answered)

    @work(thread=True, exclusive=True, exit_on_error=False, group="answer-delete")
    def delete_answer_worker(self, answer_id: int, number: int) -> None:
        answers = len(self.store.answer_and_follow_ups(answer_id))
        audio_paths = self.store.delete_answer(answer_id)
        self.post_message(AnswerDeleted(number, answers, remove_recordings(audio_paths)))

    def on_answer_deleted(self, message: AnswerDeleted) -> None:
        under = message.answers - 1  # (its later tries and follow-ups)
        parts = [f"Deleted answer {message.number}"]
        if under:
            parts.append(f" and the {under} answer{'' if under == 1 else 's'} under it")
        if message.recordings_removed:
            parts.append(f" with {message.recordings_removed} recording(s)")
        self.notify("".join(parts), markup=False)
        self.changed = True
        self.load_session()

    def action_export(self) -> None:
        if self.detail is not None:
            self.ask_export(self.session_id)

    def back_result(self) -> bool:
        return self.changed  # an answer was deleted: the list's counts and means changed

    def on_session_deleted(self, message: SessionDeleted) -> None:
        self.dismiss(True)
