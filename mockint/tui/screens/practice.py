"""The practice screen: one question at a time, think then answer, then its score card.

The screen only mirrors a :class:`~mockint.session.practice.PracticeSession` (which owns the
phases and the clock) and hands finished answers to a thread worker that scores and saves them
through a :class:`~mockint.session.answer_saver.AnswerSaver`; the result comes back as a message.

In a spoken session (``options.mode == "spoken"``) the answer clock starts the microphone: the
:class:`~mockint.tui.widgets.speech_panel.SpeechPanel` owns the recording and shows the level and
the words so far; stopping (Ctrl+S, the clock, or the answer's time of audio recorded) has the
panel transcribe the rest in a worker, and its :class:`TranscriptReady` is scored here like a
typed answer. Any question can be typed instead (Ctrl+O), and is when the microphone or the model
is not available. When a recording gives no words, Ctrl+O types that answer with the recording
kept. While the first question is read, the scorer (and the model) warm up.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import ContentSwitcher, Footer, Header, Label, Static, TextArea
from textual.worker import Worker

from mockint.errors import MockintError, sentence
from mockint.session.feedback import next_follow_up
from mockint.session.options import FOLLOW_UP, RETAKE, SPOKEN, PlannedQuestion, SessionError
from mockint.session.practice import Attempt, Outcome, Phase, PracticeSession
from mockint.speech.loader import FAILED, READY
from mockint.tui.literal import literal
from mockint.tui.messages import (
    AnswerScored,
    RecordingLimitReached,
    ScoringFailed,
    TranscriptionFailed,
    TranscriptReady,
    TypingInstead,
)
from mockint.tui.screens.background import error_message
from mockint.tui.screens.confirm import Choice, ChoiceScreen, ConfirmScreen
from mockint.tui.screens.interviewer_voice import LISTEN_LABEL, LISTEN_PLACEHOLDER, InterviewerVoice
from mockint.tui.widgets.countdown import Countdown
from mockint.tui.widgets.example_answer import EXAMPLE_ID, ExampleAnswerView, score_example
from mockint.tui.widgets.pasted_text_area import PastedTextArea
from mockint.tui.widgets.score_card import ScoreCardView
from mockint.tui.widgets.speech_panel import SpeechPanel

if TYPE_CHECKING:
    from pathlib import Path

    from mockint.banks.model import Bank, Question
    from mockint.session.answer_saver import AnswerSaver, ScoredAttempt
    from mockint.session.options import SessionOptions
    from mockint.speech.answer import SpokenAnswer

TICK_SECONDS = 0.2
THINK_PLACEHOLDER = "Think about your answer. Press Enter to start answering now."
ANSWER_PLACEHOLDER = "Type your answer. Ctrl+S submits."

# Scored once, not saved, while the first question is on screen (see warm_scorer).
WARM_UP_ANSWER = "I led a team of four, we shipped it in 3 weeks, and um, I learned a lot."

# What the body shows: the question being asked, an answer being scored, or its score card.
ASKING, SCORING, RESULT = "asking", "scoring", "result"


class PracticeScreen(InterviewerVoice):
    """Runs ``session`` (already planned) for ``bank``; ``recorder`` scores and saves answers."""

    BINDINGS = [
        Binding("enter", "answer_now", "Answer now"),
        Binding("enter", "next", "Next"),
        Binding("ctrl+s", "submit", "Submit"),
        Binding("ctrl+n", "skip", "Skip"),
        Binding("escape", "toggle_pause", "Pause/resume"),
        Binding("ctrl+o", "type_instead", "Type instead"),
        Binding("a", "example_answer", "Example answer"),
        Binding("w", "reply", "Write this reply"),
        Binding("g", "try_again", "Try again"),
        Binding("c", "compare", "Compare tries"),
    ]

    def __init__(self, bank: Bank, options: SessionOptions, session: PracticeSession, recorder: AnswerSaver) -> None:
        super().__init__(id="practice-screen")
        self.bank = bank
        self.options = options
        self.session = session
        self.recorder = recorder
        self.scored: list[ScoredAttempt] = []
        self.view = ASKING
        self._quitting = False
        self.follow_up: PlannedQuestion | None = None  # asked next unless the user tries again
        self.speech_panel = SpeechPanel(spoken=options.mode == SPOKEN, id="speech-panel")

    # -- layout -------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="practice-bar"):
            yield Label(id="progress")
            yield Label(id="phase-label")
        yield Static(id="question")
        with ContentSwitcher(initial=ASKING, id="practice-body"):
            with Vertical(id=ASKING):
                yield Countdown(id="countdown")
                yield self.speech_panel
                yield PastedTextArea(id="answer", what="answer", soft_wrap=True, show_line_numbers=False)
            with VerticalScroll(id=RESULT):
                yield Static(id="result-status")
                yield Static(id="follow-up")
                yield Label(id="next-hint")
        yield Footer()

    def on_mount(self) -> None:
        if self.session.phase is Phase.NOT_STARTED:
            self.session.start()
        self._warm_up()
        self._show_question()
        self.set_interval(TICK_SECONDS, self._tick)

    def _warm_up(self) -> None:
        """Load the speech model (a spoken session) and warm the scorer while the question shows."""
        if self.options.mode != SPOKEN:
            self.warm_scorer()
            return
        self.app.speech_model()
        self.watch(self.app, "model_state", self._model_state_changed, init=False)
        if self.app.model_state in (READY, FAILED):
            self.warm_scorer()

    def _model_state_changed(self, state: str) -> None:
        if state in (READY, FAILED):  # not while the model loads: their peaks of memory would add up
            self.warm_scorer()

    @work(thread=True, exclusive=True, exit_on_error=False, group="warm-up")
    def warm_scorer(self) -> None:
        """The scorer's first call builds its tables (about half a second): do it while the
        question is read, not after the stop key. Nothing is saved."""
        import mockint.aftermath.reply  # noqa: F401 - the card asks it which reply the answer rehearsed

        attempt = Attempt(0, self.session.current, Outcome.ANSWERED, WARM_UP_ANSWER, 0.0, 0.0)
        try:
            self.recorder.score(attempt)
        except Exception:  # noqa: BLE001 - only a head start: the real answer reports any error
            pass

    # -- the spoken answer -------------------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        """The question on screen is answered out loud."""
        return self.speech_panel.speaking

    def action_type_instead(self) -> None:
        """Ctrl+O: type this answer (a recording under way is kept with it); on the card of a
        recording that gave no words, the same question again, typed, with that recording."""
        if self.session.phase is Phase.DONE:
            failed = self.speech_panel.failed_recording
            self.session.retry_answer()
            self._show_question(retyping=failed)
            return
        self.speech_panel.type_instead()  # its TypingInstead brings the words heard so far
        self._sync_answer_box()

    def on_typing_instead(self, message: TypingInstead) -> None:
        answer = self.query_one("#answer", TextArea)
        answer.load_text(message.text)
        answer.move_cursor(answer.document.end)
        self.session.set_draft(message.text)
        self._sync_answer_box()

    def on_recording_limit_reached(self, message: RecordingLimitReached) -> None:
        """The answer's time of audio has arrived (a fast device may beat the clock): stop."""
        if self.view != ASKING or self.session.phase is not Phase.ANSWER:
            return
        self.notify(
            f"Time is up: {message.seconds:.0f} s recorded, the answer's limit; it is being scored.",
            timeout=4,
        )
        self._question_over(self.session.submit())

    def on_transcript_ready(self, message: TranscriptReady) -> None:
        self.score_attempt(
            message.attempt, spoken=message.spoken, audio_path=message.audio_path, notice=message.notice
        )

    def on_transcription_failed(self, message: TranscriptionFailed) -> None:
        if self._quitting:
            self._end_session()
            return
        path = message.audio_path
        text = Text("This answer could not be scored: ", style="bold")
        text.append_text(literal(message.error))
        if str(path) not in message.error:
            text.append_text(literal(f"\nYour recording is kept in {path}", "dim"))
        text.append_text(literal(f"\nScore it later with: mockint score --audio {path}", "dim"))
        self.query_one("#result-status", Static).update(text)
        self.show_next_hint("Ctrl+O: type this answer instead · ")

    # -- keeping the screen in step with the session --------------------------------------------
    def _tick(self) -> None:
        if self.view != ASKING:
            return
        was = self.session.phase
        expired = self.session.tick()
        if expired is not None:
            if expired.outcome is Outcome.TIMED_OUT:
                self.notify("Time is up: your answer was stopped and is being scored.", timeout=4)
            self._question_over(expired)
            return
        if self.session.phase is not was:
            self._sync_answer_box()
        self._sync_clock()
        self.sync_cues()

    def _show_question(self, *, retyping: Path | None = None) -> None:
        """The question on screen; ``retyping``: the same question again, typed, after its
        recording (kept with the typed answer) gave no words."""
        session = self.session
        self.view = ASKING
        self.query_one(ContentSwitcher).current = ASKING
        self.query(f"#{EXAMPLE_ID}").remove()  # it belongs to the last question's card
        progress = self._progress_text()
        self.query_one("#progress", Label).update(progress)
        question = self.query_one("#question", Static)
        question.display = True
        question.update(literal(session.current.question.text))
        answer = self.query_one("#answer", TextArea)
        answer.load_text("")
        self.speech_panel.new_question(retyping=retyping)
        if retyping is None:
            self.read_question_aloud()  # holds the clock until the question has been read
        self._sync_answer_box()
        self._sync_clock()

    def _progress_text(self) -> Text:
        """``Question 2 of 5 · try 2 · Behavioral`` (a retake), ``… · follow-up · …``."""
        number, total = self.session.position()
        planned = self.session.current
        progress = literal(f"Question {number} of {total} · ")
        if planned.kind == RETAKE:
            progress.append(f"try {planned.attempt} · ", style="bold")
        elif planned.kind == FOLLOW_UP:
            progress.append("follow-up · ", style="bold")
        progress.append_text(literal((planned.bank or self.bank).title))
        return progress

    def _sync_answer_box(self) -> None:
        session = self.session
        panel = self.speech_panel
        panel.sync(session.phase, paused=session.paused, time_left=session.time_left())  # may record
        session.recording = panel.recording
        answering = self.session.phase is Phase.ANSWER
        answer = self.query_one("#answer", TextArea)
        answer.display = not self.speaking
        answer.read_only = not answering or self.session.paused
        answer.placeholder = ANSWER_PLACEHOLDER if answering else THINK_PLACEHOLDER
        if self.reading_aloud:
            answer.placeholder = LISTEN_PLACEHOLDER
        answer.set_class(not answering, "-waiting")
        if answering and not self.session.paused and not self.speaking:
            answer.focus()
        elif self.focused is answer:
            self.set_focus(None)
        self.refresh_bindings()

    def _sync_clock(self) -> None:
        session = self.session
        countdown = self.query_one(Countdown)
        countdown.phase = session.phase.value if session.phase in (Phase.THINK, Phase.ANSWER) else "idle"
        countdown.seconds_left = session.time_left()
        countdown.paused = session.paused and not self.reading_aloud
        label = "PAUSED" if session.paused else session.phase.value.upper()
        if self.speaking and session.phase is Phase.ANSWER and not session.paused:
            label = "SPEAK"
        if self.reading_aloud:
            label = LISTEN_LABEL
        self.query_one("#phase-label", Label).update(label)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.session.set_draft(event.text_area.text)

    # -- actions -----------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        phase, view = self.session.phase, self.view
        if self.reading_aloud and action in ("answer_now", "toggle_pause"):
            return False  # the clock is held until the question has been read
        if action == "answer_now":
            return view == ASKING and phase is Phase.THINK
        if action == "next":
            return view == RESULT
        if action == "example_answer":
            return view == RESULT and bool(self.scored) and bool(self._shown_question().example_answer)
        if action == "submit":
            return view == ASKING and phase is Phase.ANSWER
        if action in ("skip", "toggle_pause"):
            return view == ASKING and phase in (Phase.THINK, Phase.ANSWER)
        if action in ("try_again", "compare"):
            return self._can_retake(action)
        if action == "type_instead":
            if view == RESULT:
                return self.speech_panel.failed_recording is not None
            return view == ASKING and self.speaking and phase in (Phase.THINK, Phase.ANSWER)
        if action == "reply":
            return view == RESULT and self._reply_kind() is not None
        return True

    def _reply_kind(self) -> str | None:
        """The reply the last scored answer rehearsed (after-the-interview role-plays), if any."""
        from mockint.aftermath.reply import kind_for_question

        return kind_for_question(self.bank.id, self.scored[-1].attempt.question_id) if self.scored else None

    def action_reply(self) -> None:
        from mockint.tui.screens.reply import ReplyScreen

        self.app.push_screen(ReplyScreen(self._reply_kind() or "thanks"))

    def action_answer_now(self) -> None:
        self.session.begin_answer()
        self._sync_answer_box()
        self._sync_clock()

    def action_submit(self) -> None:
        typed = None if self.speaking else self.query_one("#answer", TextArea).text
        try:
            attempt = self.session.submit(typed)
        except SessionError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        self._question_over(attempt)

    def action_skip(self) -> None:
        self._question_over(self.session.skip())

    def action_toggle_pause(self) -> None:
        self.session.toggle_pause()
        self._sync_answer_box()
        self._sync_clock()

    def action_next(self) -> None:
        if self.follow_up is not None:
            self.session.ask_next(self.follow_up)
            self.follow_up = None
        if self.session.next_question():
            self._show_question()
        else:
            self._end_session()

    def request_quit(self) -> None:
        """Quit the session (asks first); called for the quit key too. The clocks stop while
        the dialog is open; an answer in progress can be submitted first or discarded."""
        if self._quitting:
            return
        session = self.session
        asking = self.view == ASKING and session.phase in (Phase.THINK, Phase.ANSWER)
        paused_here = asking and not session.paused
        if paused_here:
            session.pause()
            self._quit_dialog_sync()
        kept = "Answered questions are kept in your history."
        if asking and self._answer_in_progress():
            choices = [
                Choice("s", "Submit this answer and quit", primary=True),
                Choice("d", "Discard it and quit"),
                Choice("c", "Cancel"),
            ]
            dialog = ChoiceScreen("Quit this session?", f"{kept} The clock is paused.", choices)
            self.app.push_screen(dialog, lambda choice: self._quit_chosen(choice, paused_here))
        else:
            confirm = ConfirmScreen("Quit this session?", kept, yes="Quit", no="Keep going")
            self.app.push_screen(confirm, lambda yes: self._quit_chosen("d" if yes else None, paused_here))

    def _answer_in_progress(self) -> bool:
        """Something that could be handed in now: typed text, or a recording under way."""
        if self.session.phase is not Phase.ANSWER:
            return False
        if self.speaking:
            return self.speech_panel.recording
        return bool(self.query_one("#answer", TextArea).text.strip())

    def _quit_dialog_sync(self) -> None:
        self._sync_answer_box()  # pauses or resumes the recording with the session
        self._sync_clock()

    def _quit_chosen(self, choice: str | None, paused_here: bool) -> None:
        """``s``: submit the answer then quit; ``d``: quit, dropping it; else keep going."""
        if choice not in ("s", "d"):
            if paused_here and self.session.paused:
                self.session.resume()
                self._quit_dialog_sync()
            return
        self._quitting = True
        if choice == "s" and self.session.phase is Phase.ANSWER:
            self.action_submit()  # the session ends when the answer is back (see on_answer_scored)
            if self.view == SCORING:
                return
        self.session.stop()
        self.speech_panel.drop()  # the question in progress is dropped, its recording too
        if self.view != SCORING:  # otherwise the session ends when that answer is back
            self._end_session()

    # -- one question is over ----------------------------------------------------------------
    def _question_over(self, attempt: Attempt) -> None:
        self.stop_voice()
        panel = self.speech_panel
        if attempt.outcome is Outcome.SKIPPED:
            panel.drop()
            self.action_next()
            return
        if panel.stop(attempt):  # its words arrive as TranscriptReady
            self.show_scoring("Transcribing your answer…")
        else:
            self.show_scoring("Scoring your answer…")
            self.score_attempt(attempt, audio_path=panel.kept_recording)

    def show_scoring(self, status: str) -> None:
        self.view = SCORING
        self.query_one(ContentSwitcher).current = RESULT
        self.query_one("#question", Static).display = False
        self.query_one("#result-status", Static).update(status)
        self.query_one("#follow-up", Static).update("")
        self.query_one("#next-hint", Label).update("")
        self.query(ScoreCardView).set(display=False)
        self.query(f"#{EXAMPLE_ID}").remove()
        self.query_one(Countdown).phase = "idle"
        self.query_one("#phase-label", Label).update("SCORING")
        self.refresh_bindings()

    @work(thread=True, exclusive=True, exit_on_error=False, group="score")
    def score_attempt(
        self,
        attempt: Attempt,
        *,
        spoken: SpokenAnswer | None = None,
        audio_path: Path | None = None,
        notice: str | None = None,
    ) -> None:
        """Score and save (in a worker thread), then post the result to the screen."""
        try:
            result = self.recorder.record(attempt, spoken=spoken, audio_path=audio_path)
        except MockintError as exc:
            self.post_message(ScoringFailed(attempt, str(exc)))
        else:
            self.post_message(AnswerScored(result, notice))

    @staticmethod
    def result_notice(result: ScoredAttempt, notice: str | None) -> Text:
        """The line above a score card: a problem while recording, and where the recording is."""
        text = Text()
        if notice:
            text.append_text(literal(sentence(notice), "bold"))
            text.append("\n")
        if result.audio_path is not None:
            how = "Transcribed from your recording" if result.spoken else "Your recording is kept with this answer"
            text.append_text(literal(f"{how}: {result.audio_path}", "dim"))
        return text

    def on_answer_scored(self, message: AnswerScored) -> None:
        result = message.result
        self.scored.append(result)
        self.session.replace_attempt(result.attempt)  # a spoken answer now has its words
        if result.save_error:
            self.notify(result.save_error, title="This answer was not saved", severity="error", markup=False, timeout=10)
        if self._quitting:
            self._end_session()
            return
        self.query_one("#result-status", Static).update(self.result_notice(result, message.notice))
        question = result.attempt.planned.question
        existing = self.query(ScoreCardView)
        if existing:
            existing.first().show(question.text, result.attempt.text, result.card)
            existing.first().display = True
        else:
            card_view = ScoreCardView(question.text, result.attempt.text, result.card, id="score-card")
            self.query_one(f"#{RESULT}", VerticalScroll).mount(card_view, after="#result-status")
        self._offer_follow_up(result)
        self.show_next_hint("w: write this reply as an email · " if self._reply_kind() else "")

    # -- the example answer, beside the user's ---------------------------------------------------
    def _shown_question(self) -> Question:
        return self.scored[-1].attempt.planned.question if self.scored else self.session.current.question

    def action_example_answer(self) -> None:
        """Show (or hide) the question's example answer under the user's, its evidence highlighted."""
        shown = self.query(f"#{EXAMPLE_ID}")
        if shown:
            shown.remove()
            return
        from mockint.scoring import load_settings

        question = self._shown_question()
        try:
            card = score_example(question, self.bank, self.app.scoring_settings or load_settings())
        except MockintError as exc:
            self.notify(str(exc), title="Cannot score the example answer", severity="error", markup=False)
            return
        if card is None:
            return
        view = ExampleAnswerView(question.example_answer, card)
        self.query_one(f"#{RESULT}", VerticalScroll).mount(view, after="#score-card")
        self.call_after_refresh(view.scroll_visible, animate=False)

    def on_scoring_failed(self, message: ScoringFailed) -> None:
        self._scoring_did_not_finish(message.error)

    def worker_failed(self, worker: Worker) -> None:
        if worker.group == "microphone":  # closing a recording failed; the answer goes on
            super().worker_failed(worker)
        else:
            self._scoring_did_not_finish(error_message(worker.error))

    def _scoring_did_not_finish(self, error: str) -> None:
        if self._quitting:
            self._end_session()
            return
        self.query_one("#result-status", Static).update(literal(f"This answer could not be scored: {error}"))
        self.app.show_error("Could not score this answer", error)
        self.show_next_hint()

    def show_next_hint(self, extra: str = "") -> None:
        self.view = RESULT
        last = self.session.is_last
        self.query_one("#phase-label", Label).update("SCORED")
        hint = "Enter: see the session summary" if last else "Enter: next question"
        if self.follow_up is not None:
            hint = "Enter: answer the follow-up"
        if self._can_retake("try_again"):
            hint += " · g: try this question again"
        self.query_one("#next-hint", Label).update(f"{extra}{hint}")
        result_view = self.query_one(f"#{RESULT}", VerticalScroll)
        result_view.scroll_home(animate=False)
        result_view.focus()  # arrows and page keys scroll the card; Enter goes on
        self.refresh_bindings()

    # -- retakes and follow-ups ---------------------------------------------------------------
    def _latest_result(self) -> ScoredAttempt | None:
        """The scored answer to the question on screen, if its card is showing."""
        if self.view != RESULT or not self.scored:
            return None
        latest = self.scored[-1]
        return latest if latest.attempt.number == self.session.number else None

    def _can_retake(self, action: str) -> bool:
        latest = self._latest_result()
        if latest is None or self._quitting:
            return False
        stored_first = latest.attempt.planned.parent_answer_id is not None  # (a retake from review)
        return action == "try_again" or len(self._tries_of(latest)) + stored_first >= 2

    def _tries_of(self, result: ScoredAttempt) -> list[ScoredAttempt]:
        """This session's tries at the question of ``result`` (its first try and its retakes)."""
        planned = result.attempt.planned
        root = planned.parent if planned.kind == RETAKE else result.answer_uuid
        return [
            s for s in self.scored
            if s.answer_uuid == root or (s.attempt.planned.kind == RETAKE and s.attempt.planned.parent == root)
        ]

    def _offer_follow_up(self, result: ScoredAttempt) -> None:
        """Choose the follow-up an interviewer would ask next (if any) and say so."""
        planned = result.attempt.planned
        asked = sum(p.kind == FOLLOW_UP and p.id == planned.id for p in self.session.questions)
        suggested = next_follow_up(planned, result.card, parent=result.answer_uuid, asked=0, limit=1)
        self.follow_up = suggested if asked < self.options.follow_ups else None
        text = literal("")
        if suggested is not None:  # (follow-ups off, or enough asked: only shown, as a hint)
            lead = "An interviewer would ask next: " if self.follow_up else "An interviewer might also ask: "
            text = literal(lead, "bold")
            text.append_text(literal(suggested.question.text))
        self.query_one("#follow-up", Static).update(text)

    def action_try_again(self) -> None:
        """Ask the question on screen again at once (its follow-up, if any, is dropped)."""
        latest = self._latest_result()
        if latest is None:
            return
        planned = latest.attempt.planned
        if planned.kind == RETAKE:
            retake = replace(planned, attempt=planned.attempt + 1)  # still a retake of the first try
        else:
            retake = planned.retake(latest.answer_uuid, planned.attempt + 1)
        self.follow_up = None
        self.session.ask_next(retake)
        self.action_next()

    def action_compare(self) -> None:
        from mockint.coach.compare import Attempt as Try
        from mockint.coach.compare import compare_attempts
        from mockint.tui.screens.compare import CompareScreen

        latest = self._latest_result()
        if latest is None:
            return
        in_session = self._tries_of(latest)
        stored_first = latest.attempt.planned.parent_answer_id
        if stored_first is not None:  # a retake from review: its first try is in the history
            ids = [stored_first, *(s.answer_id for s in in_session if s.answer_id is not None)]
            self.app.push_screen(CompareScreen(store=self.app.open_store(), answer_ids=ids))
            return
        tries = [Try.of(s.answer_id, None, s.attempt.text, s.card) for s in in_session]
        first = in_session[0].attempt.planned.question
        self.app.push_screen(CompareScreen(compare_attempts(first.id, first.text, tries)))

    def _end_session(self) -> None:
        self.session.stop()
        self.app.finish_recording(self.recorder)
        self.app.show_summary(self.bank, self.options, self.session.attempts, self.scored)
