"""A timed practice session: plain Python (no Textual), driven by an injectable clock.

- :mod:`.clock` — the :class:`Clock` protocol, :class:`MonotonicClock`, :class:`FakeClock`;
- :mod:`.options` — :class:`SessionOptions` and :func:`plan_questions`;
- :mod:`.practice` — the :class:`PracticeSession` state machine;
- :mod:`.answer_saver` — scoring a finished answer (typed or spoken) and writing it to the history;
- :mod:`.summary` — weakest criteria and the questions to practise next;
- :mod:`.microphone` — whether spoken answers are possible, and from which input device;
- :mod:`.spoken` — one spoken answer: recorded, transcribed while spoken, pausable;
- :mod:`.playback` — playing a stored answer's recording again.
"""

from mockint.session.clock import Clock, FakeClock, MonotonicClock
from mockint.session.options import PlannedQuestion, SessionError, SessionOptions, plan_questions
from mockint.session.practice import Attempt, Outcome, Phase, PracticeSession

__all__ = [
    "Attempt",
    "Clock",
    "FakeClock",
    "MonotonicClock",
    "Outcome",
    "Phase",
    "PlannedQuestion",
    "PracticeSession",
    "SessionError",
    "SessionOptions",
    "plan_questions",
]
