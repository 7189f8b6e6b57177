"""The interviewer's voice on the practice screen (the base class of :class:`PracticeScreen`).

With the voice on (start screen, ``[voice] enabled`` or ``--voice``), each question is read aloud
by the app's :class:`~mockint.speech.speaker.Speaker` in a thread worker while the session's clock
is held; the think clock starts when the worker's :class:`QuestionSpoken` arrives. When the voice
cannot be used (no espeak-ng, no sound output) one notice says why and the session goes on
silently. The two cues (answer clock started, 10 s left) follow ``[voice] cues`` (with the voice on
or off; not set: with the voice) and play in a worker too; the first one that cannot be played
silences them for the session with one notice, as the voice does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from mockint.errors import MockintError
from mockint.session.practice import Phase
from mockint.tui.messages import CueFailed, QuestionSpoken
from mockint.tui.screens.background import BackgroundScreen

if TYPE_CHECKING:
    from mockint.session.practice import PracticeSession
    from mockint.speech.speaker import Speaker

NEARLY_UP_SECONDS = 10.0  # the countdown turns red here too
LISTEN_LABEL = "LISTEN"
LISTEN_PLACEHOLDER = "Listen to the question: the think clock starts when it has been read."


class InterviewerVoice(BackgroundScreen):
    """Reads questions aloud and plays the cues; the screen calls :meth:`read_question_aloud`
    before syncing a new question, :meth:`sync_cues` on every tick, :meth:`stop_voice` when a
    question ends early."""

    session: PracticeSession
    if TYPE_CHECKING:  # what the practice screen provides

        def _sync_answer_box(self) -> None: ...
        def _sync_clock(self) -> None: ...

    reading_aloud = False  # the clock is held while the question is read
    voice_silenced = False  # the voice failed once in this session: no more attempts
    cues_silenced = False
    _speaker: Speaker | None = None
    _cued: tuple[int, Phase | None, bool] = (0, None, False)  # question, phase cued, 10 s cued

    # -- reading the question --------------------------------------------------------------------
    def read_question_aloud(self) -> None:
        """Hold the clock and read the current question in a worker, if the voice is on."""
        if not self.app.voice.enabled or self.voice_silenced:
            return
        if self.session.phase not in (Phase.THINK, Phase.ANSWER):
            return
        if self._speaker is None:
            self._speaker = self.app.speaker()
            problem = self._speaker.available()
            if problem is not None:
                self._silence_voice(problem)
                return
        self.session.pause()
        self.reading_aloud = True
        self._say(self._speaker, self.session.number, self.session.current.question.text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="voice")
    def _say(self, speaker: Speaker, number: int, text: str) -> None:
        try:
            speaker.say(text)
        except MockintError as exc:
            self.post_message(QuestionSpoken(number, str(exc)))
        else:
            self.post_message(QuestionSpoken(number))

    def on_question_spoken(self, message: QuestionSpoken) -> None:
        if message.error:
            self._silence_voice(message.error)
        if not self.reading_aloud or message.number != self.session.number:
            return  # that question is over already (skipped, or the session quit)
        self._release_clock()

    def _release_clock(self) -> None:
        self.reading_aloud = False
        held = self.session.phase in (Phase.THINK, Phase.ANSWER) and self.session.paused
        if held and self.app.screen is self:  # (under a quit dialog it stays paused: Esc resumes)
            self.session.resume()  # the think clock starts now
        self._sync_answer_box()
        self._sync_clock()

    def _silence_voice(self, reason: str) -> None:
        if self.voice_silenced:
            return
        self.voice_silenced = True
        self.notify(f"Questions are not read aloud: {reason}.", title="Voice off", severity="warning", markup=False, timeout=8)

    def stop_voice(self) -> None:
        """The question ends while it is read (skip, quit): stop speaking."""
        if self.reading_aloud and self._speaker is not None:
            self._speaker.stop()
        self.reading_aloud = False

    def on_unmount(self) -> None:
        self.stop_voice()

    # -- cues ------------------------------------------------------------------------------------
    def sync_cues(self) -> None:
        """Play a cue when the answer clock starts, and when 10 s of it are left (once each)."""
        session = self.session
        if session.phase is not Phase.ANSWER or session.paused:
            return
        number, phase_cued, nearly_cued = self._cued
        if number != session.number or phase_cued is not Phase.ANSWER:
            self._cued = (session.number, Phase.ANSWER, False)
            self._cue("answer-start")
        elif not nearly_cued and session.time_left() <= NEARLY_UP_SECONDS < session.phase_limit():
            self._cued = (number, Phase.ANSWER, True)
            self._cue("time-nearly-up")

    def _cue(self, name: str) -> None:
        if self.app.voice.cues_on and not self.cues_silenced:
            self._play_cue(name)

    @work(thread=True, exit_on_error=False, group="cues")
    def _play_cue(self, name: str) -> None:
        from mockint.speech.speaker import play_cue

        try:
            play_cue(self.app.sound_player(), name)
        except MockintError as exc:
            self.post_message(CueFailed(str(exc)))

    def on_cue_failed(self, message: CueFailed) -> None:
        if self.cues_silenced:
            return  # a second cue failed before the first failure arrived: one notice is enough
        self.cues_silenced = True  # no sound output: the session goes on silently
        self.notify(f"Sound cues are not played: {message.error}.", title="Cues off", severity="warning", markup=False, timeout=8)
