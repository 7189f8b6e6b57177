"""Messages that worker threads and widgets post to the screens (threads never touch widgets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from pathlib import Path

    from mockint.banks.catalog import Catalog
    from mockint.session.answer_saver import ScoredAttempt
    from mockint.session.practice import Attempt
    from mockint.speech.answer import SpokenAnswer
    from mockint.speech.microphone import SpeechStatus
    from mockint.store.rescore import RescoreReport


class CatalogLoaded(Message):
    """Every bank is loaded (broken ones with their problems)."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog


class CatalogFailed(Message):
    """The banks could not be listed at all (e.g. a --bank-dir that does not exist)."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class AnswerScored(Message):
    """An answer has its score card (and is in the history unless ``result.save_error``);
    ``notice``: something the user should know, e.g. the microphone stopped mid-answer."""

    def __init__(self, result: ScoredAttempt, notice: str | None = None) -> None:
        super().__init__()
        self.result = result
        self.notice = notice


class AnswerSaved(Message):
    """An answer the history could not take at first is now saved (by the retrying thread)."""

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question


class UnsavedReplayed(Message):
    """Answers kept in the journal of an earlier run were saved at start (``problems``: one
    line for each that could not be)."""

    def __init__(self, saved: int, problems: list[str]) -> None:
        super().__init__()
        self.saved = saved
        self.problems = problems


class RescoreProgress(Message):
    """Old answers are being rescored by this scorer (:mod:`mockint.store.rescore`): ``done`` of
    ``total``; ``report`` once the run ended. Only the newest progress matters."""

    def __init__(self, done: int, total: int, report: RescoreReport | None = None) -> None:
        super().__init__()
        self.done = done
        self.total = total
        self.report = report

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, RescoreProgress) and message.report is None


class ScoringFailed(Message):
    """An answer could not be scored (e.g. a bad ``[scoring]`` section in the config file)."""

    def __init__(self, attempt: Attempt, error: str) -> None:
        super().__init__()
        self.attempt = attempt
        self.error = error


class SessionClosed(Message):
    """The history session was marked as ended (``error`` says why not, if it was not)."""

    def __init__(self, error: str | None) -> None:
        super().__init__()
        self.error = error


# -- spoken answers ------------------------------------------------------------------------------
# Posted from the audio, transcription and model-loading threads: they carry plain values only.


class SpeechChecked(Message):
    """Whether spoken answers are possible here (see :func:`mockint.speech.microphone.check_speech`)."""

    def __init__(self, status: SpeechStatus) -> None:
        super().__init__()
        self.status = status


class ModelProgress(Message):
    """The speech model is ``loading``, ``warming up``, ``ready`` or ``failed`` (``error`` says why)."""

    def __init__(self, state: str, error: str | None = None) -> None:
        super().__init__()
        self.state = state
        self.error = error


class MicrophoneLevel(Message, bubble=False):
    """The latest level of the microphone in dBFS: about ten a second, only the newest matters
    (for the practice screen only: it does not bubble up to the app)."""

    def __init__(self, dbfs: float) -> None:
        super().__init__()
        self.dbfs = dbfs

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, MicrophoneLevel)


class PartialTranscript(Message, bubble=False):
    """The words transcribed so far while the user speaks; only the newest matters."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, PartialTranscript)


class MicrophoneLost(Message):
    """The microphone stopped mid-answer; ``error`` says what was kept and where."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class TypingInstead(Message):
    """This question of a spoken session is typed after all (no microphone, or Ctrl+O); ``text``:
    the words heard so far, to start the typed answer from."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class TranscriptReady(Message):
    """A stopped recording was transcribed: ``attempt`` now has its words, to be scored and saved
    with ``spoken`` (timing and voice) and its recording; ``notice``: a problem while recording."""

    def __init__(self, attempt: Attempt, spoken: SpokenAnswer, audio_path: Path, notice: str | None) -> None:
        super().__init__()
        self.attempt = attempt
        self.spoken = spoken
        self.audio_path = audio_path
        self.notice = notice


class RecordingLimitReached(Message):
    """The answer's time of audio was recorded (counted in samples; posted from the writer thread)."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds


class TranscriptionFailed(Message):
    """A recorded answer has no words to score (transcription failed, or nothing was heard)."""

    def __init__(self, error: str, audio_path: Path) -> None:
        super().__init__()
        self.error = error
        self.audio_path = audio_path


class RecordingPlayed(Message):
    """A recording finished playing (or was stopped); ``error`` if it could not be played."""

    def __init__(self, error: str | None = None) -> None:
        super().__init__()
        self.error = error


class QuestionSpoken(Message):
    """The interviewer's voice finished reading question ``number`` (or could not: ``error``)."""

    def __init__(self, number: int, error: str | None = None) -> None:
        super().__init__()
        self.number = number
        self.error = error


class CueFailed(Message):
    """A sound cue could not be played (no sound output): the session's cues go quiet."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error
