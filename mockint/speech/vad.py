"""Voice-activity detection from energy, frame by frame (30 ms), as audio arrives.

A frame is speech when it is well above the background: the 10th percentile of the last few
seconds' frame levels is taken as the noise floor, so a noisy room and a quiet one both work and
the microphone's absolute gain does not matter. The floor starts at a quiet room's level, falls
at once but rises slowly (a few dB per second), so talking from the first moment, or for a long
stretch, is not mistaken for background.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from mockint.speech.audio import SAMPLE_RATE, rms_dbfs

if TYPE_CHECKING:
    import numpy as np

FRAME_S = 0.03
FRAME_SAMPLES = int(SAMPLE_RATE * FRAME_S)  # 480
_REFRESH_FRAMES = 5  # the noise floor is re-estimated every 150 ms
FLOOR_RISE_DB_PER_S = 3.0
INITIAL_FLOOR_DB = -60.0  # a quiet room, until the audio shows otherwise


class EnergyVad:
    """Labels 30 ms frames speech / not speech relative to a running noise floor."""

    def __init__(
        self,
        *,
        margin_db: float = 10.0,
        min_threshold_db: float = -62.0,
        history_s: float = 8.0,
        floor_percentile: float = 10.0,
    ) -> None:
        self.margin_db = margin_db
        self.min_threshold_db = min_threshold_db
        self.floor_percentile = floor_percentile
        self._history: deque[float] = deque(maxlen=int(history_s / FRAME_S))
        self._floor = INITIAL_FLOOR_DB
        self._threshold = min_threshold_db
        self._frames = 0

    @property
    def threshold_db(self) -> float:
        return self._threshold

    def _update_threshold(self) -> None:
        import numpy as np

        floor = float(np.percentile(np.fromiter(self._history, float), self.floor_percentile))
        floor = min(floor, self._floor + FLOOR_RISE_DB_PER_S * _REFRESH_FRAMES * FRAME_S)
        self._floor = floor
        self._threshold = max(floor + self.margin_db, self.min_threshold_db)

    def is_speech(self, frame: np.ndarray) -> tuple[bool, float]:
        """``(speech?, level in dBFS)`` for one frame; the frame joins the noise history."""
        level = rms_dbfs(frame)
        self._history.append(level)
        if self._frames % _REFRESH_FRAMES == 0:
            self._update_threshold()
        self._frames += 1
        return level > self._threshold, level

