"""The practice session state machine: think → answer → done, question after question.

Plain Python driven by an injected :class:`~mockint.session.clock.Clock`: the UI calls
:meth:`PracticeSession.tick` a few times a second and reads :meth:`time_left`; tests advance a
:class:`~mockint.session.clock.FakeClock` instead of sleeping. Paused time never counts.

Per question::

    THINK --(think time over | begin_answer)--> ANSWER --(submit | time over)--> DONE
      \\--------------------------(skip)---------------------------------------^
    DONE --(next_question)--> THINK of the next question, or FINISHED after the last one
    DONE --(ask_next)--> DONE, with a retake or a follow-up question inserted as the next one
    any phase --(stop)--> FINISHED

When the answer clock reaches zero the draft (kept up to date with :meth:`set_draft`) becomes the
answer: it is kept and scored like a submitted one. A blank draft at time-out counts as skipped,
unless the answer is being :attr:`~PracticeSession.recording` (spoken): its words come from the
transcript afterwards (:meth:`~PracticeSession.replace_attempt`). A spoken answer that could not
be transcribed can be answered again by typing (:meth:`~PracticeSession.retry_answer`).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace

from mockint.session.clock import Clock, MonotonicClock
from mockint.session.options import ANSWER, PlannedQuestion, SessionError


class Phase(enum.Enum):
    NOT_STARTED = "not started"
    THINK = "think"
    ANSWER = "answer"
    DONE = "done"  # the current question is over; waiting for next_question()
    FINISHED = "finished"


class Outcome(enum.Enum):
    ANSWERED = "answered"  # submitted before the time ran out
    TIMED_OUT = "timed out"  # the answer clock hit zero; the draft was kept
    SKIPPED = "skipped"

    @property
    def has_answer(self) -> bool:
        return self is not Outcome.SKIPPED


@dataclass(frozen=True)
class Attempt:
    """What happened to one question."""

    number: int  # 1-based position in the session
    planned: PlannedQuestion
    outcome: Outcome
    text: str
    think_s: float
    answer_s: float

    @property
    def question_id(self) -> str:
        return self.planned.id

    def with_text(self, text: str) -> Attempt:
        """The same attempt with its answer text (a spoken answer's transcript)."""
        return replace(self, text=text)


class _PhaseTimer:
    """Seconds spent in the current phase, not counting pauses."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._started = clock.now()
        self._paused_total = 0.0
        self._paused_at: float | None = None

    def restart(self, at: float | None = None) -> None:
        self._started = self._clock.now() if at is None else at
        self._paused_total = 0.0
        self._paused_at = None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        if self._paused_at is None:
            self._paused_at = self._clock.now()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self._clock.now() - self._paused_at
            self._paused_at = None

    def elapsed(self) -> float:
        until = self._clock.now() if self._paused_at is None else self._paused_at
        return max(0.0, until - self._started - self._paused_total)

    def moment_at(self, elapsed: float) -> float:
        """The clock reading at which this phase had run for ``elapsed`` seconds."""
        return self._started + self._paused_total + elapsed


class PracticeSession:
    """One run through a list of planned questions."""

    def __init__(self, questions: Sequence[PlannedQuestion], clock: Clock | None = None) -> None:
        if not questions:
            raise SessionError("a session needs at least one question")
        self.questions: tuple[PlannedQuestion, ...] = tuple(questions)
        self.clock: Clock = clock or MonotonicClock()
        self.attempts: list[Attempt] = []
        self.draft = ""
        # The answer is being recorded: its text comes from the transcript, so blank is not empty.
        self.recording = False
        self._index = 0
        self._phase = Phase.NOT_STARTED
        self._timer = _PhaseTimer(self.clock)
        self._think_s = 0.0

    # -- reading the state ------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def index(self) -> int:
        """0-based position of the current question."""
        return self._index

    @property
    def number(self) -> int:
        """1-based position of the current question ("n of N")."""
        return self._index + 1

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def current(self) -> PlannedQuestion:
        return self.questions[self._index]

    @property
    def paused(self) -> bool:
        return self._timer.paused

    @property
    def is_last(self) -> bool:
        return self._index == self.total - 1

    def phase_limit(self) -> float:
        """Seconds the current phase lasts in all (0 outside think and answer)."""
        if self._phase is Phase.THINK:
            return float(self.current.think_seconds)
        if self._phase is Phase.ANSWER:
            return float(self.current.answer_seconds)
        return 0.0

    def elapsed(self) -> float:
        """Seconds spent in the current phase, pauses excluded."""
        if self._phase not in (Phase.THINK, Phase.ANSWER):
            return 0.0
        return min(self._timer.elapsed(), self.phase_limit())

    def time_left(self) -> float:
        """Seconds left in the current think or answer phase."""
        return max(0.0, self.phase_limit() - self.elapsed())

    @property
    def answered(self) -> list[Attempt]:
        return [a for a in self.attempts if a.outcome.has_answer]

    # -- changing the state -----------------------------------------------------------------
    def start(self) -> None:
        self._require(Phase.NOT_STARTED, "start")
        self._begin_question()

    def tick(self) -> Attempt | None:
        """Move on if the clock says so; returns the attempt when the answer time ran out."""
        if self.paused:
            return None
        if self._phase is Phase.THINK and self._timer.elapsed() >= self.current.think_seconds:
            self._enter_answer(at=self._timer.moment_at(self.current.think_seconds))
        if self._phase is Phase.ANSWER and self._timer.elapsed() >= self.current.answer_seconds:
            text = self.draft
            outcome = Outcome.TIMED_OUT if text.strip() or self.recording else Outcome.SKIPPED
            return self._finish_question(outcome, text)
        return None

    def begin_answer(self) -> None:
        """Stop thinking and start the answer clock now."""
        self._require(Phase.THINK, "start answering")
        self._timer.resume()
        self._enter_answer()

    def set_draft(self, text: str) -> None:
        """The answer typed so far (kept if the time runs out)."""
        self.draft = text

    def submit(self, text: str | None = None) -> Attempt:
        """Hand in the answer (``text`` or the draft) before the time is up."""
        self._require(Phase.ANSWER, "submit")
        if text is not None:
            self.draft = text
        expired = self.tick()
        if expired is not None:
            return expired
        if not self.draft.strip() and not self.recording:
            raise SessionError("the answer is empty: type something or skip the question")
        return self._finish_question(Outcome.ANSWERED, self.draft)

    def skip(self) -> Attempt:
        if self._phase not in (Phase.THINK, Phase.ANSWER):
            raise SessionError(f"cannot skip while the session is {self._phase.value}")
        return self._finish_question(Outcome.SKIPPED, "")

    def pause(self) -> None:
        if self._phase not in (Phase.THINK, Phase.ANSWER):
            raise SessionError(f"cannot pause while the session is {self._phase.value}")
        self.tick()
        if self._phase in (Phase.THINK, Phase.ANSWER):
            self._timer.pause()

    def resume(self) -> None:
        self._timer.resume()

    def toggle_pause(self) -> bool:
        """Pause or resume; returns whether the session is now paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()
        return self.paused

    def next_question(self) -> bool:
        """After a question is done: go to the next one. False when that was the last."""
        self._require(Phase.DONE, "go to the next question")
        if self.is_last:
            self._phase = Phase.FINISHED
            return False
        self._index += 1
        self._begin_question()
        return True

    def replace_attempt(self, attempt: Attempt) -> None:
        """Put ``attempt`` in place of the one with its number (a spoken answer's transcript)."""
        for index, kept in enumerate(self.attempts):
            if kept.number == attempt.number:
                self.attempts[index] = attempt
                return
        raise SessionError(f"question {attempt.number} has not been answered")

    def retry_answer(self) -> None:
        """Answer the current question again (e.g. typed, after its recording could not be
        transcribed): its attempt is dropped and the answer clock starts afresh."""
        self._require(Phase.DONE, "answer again")
        last = self.attempts[-1] if self.attempts else None
        if last is None or last.number != self.number:
            raise SessionError("this question has not been answered yet")
        self.attempts.pop()
        self.draft = ""
        self.recording = False
        self._think_s = last.think_s
        self._phase = Phase.ANSWER
        self._timer.restart()

    def ask_next(self, planned: PlannedQuestion) -> None:
        """After a question is done: ask ``planned`` next, before the rest (a retake of the
        question, or a follow-up question about the answer just given)."""
        self._require(Phase.DONE, "add a question")
        at = self._index + 1
        self.questions = self.questions[:at] + (planned,) + self.questions[at:]

    def position(self) -> tuple[int, int]:
        """(n, N) of "question n of N": retakes and follow-ups are not new questions."""
        firsts = [p.kind == ANSWER for p in self.questions]
        return max(1, sum(firsts[: self._index + 1])), sum(firsts)

    @property
    def upcoming(self) -> PlannedQuestion | None:
        """The question :meth:`next_question` goes to (None after the last)."""
        return None if self.is_last else self.questions[self._index + 1]

    def stop(self) -> None:
        """End the session now (quit). Finished attempts are kept; a question in progress is dropped."""
        self._timer.resume()
        self._phase = Phase.FINISHED

    # -- internals --------------------------------------------------------------------------
    def _require(self, phase: Phase, action: str) -> None:
        if self._phase is not phase:
            raise SessionError(f"cannot {action} while the session is {self._phase.value}")

    def _begin_question(self) -> None:
        self.draft = ""
        self.recording = False
        self._think_s = 0.0
        self._phase = Phase.THINK
        self._timer.restart()
        if self.current.think_seconds <= 0:
            self._enter_answer()

    def _enter_answer(self, at: float | None = None) -> None:
        self._think_s = self.elapsed() if at is None else float(self.current.think_seconds)
        self._phase = Phase.ANSWER
        self._timer.restart(at)

    def _finish_question(self, outcome: Outcome, text: str) -> Attempt:
        answer_s = self.elapsed() if self._phase is Phase.ANSWER else 0.0
        think_s = self.elapsed() if self._phase is Phase.THINK else self._think_s
        attempt = Attempt(
            number=self.number,
            planned=self.current,
            outcome=outcome,
            text=text if outcome.has_answer else "",
            think_s=round(think_s, 3),
            answer_s=round(answer_s, 3),
        )
        self.attempts.append(attempt)
        self._timer.resume()
        self._phase = Phase.DONE
        return attempt
