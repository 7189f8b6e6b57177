"""A fake microphone for the recorder: the one boundary the speech tests replace.

It takes the keyword arguments of ``sounddevice.InputStream`` and plays an int16 array to the
callback from its own thread, block by block, then silence until stopped, as a device would.
``pace_s=0`` delivers as fast as the callback takes it (a device not paced by a clock);
``silence_pace_s`` paces the silence after the audio differently (e.g. real time after fast speech);
``on_block(n)`` is called on the device thread after the n-th block (a test's event: pause there).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np


class FakeInputStream:
    def __init__(
        self,
        audio: np.ndarray,
        *,
        pace_s: float = 0.0,
        lose_after_blocks: int | None = None,
        report_loss: bool = True,
        on_block: Callable[[int], None] | None = None,
        silence_pace_s: float | None = None,
        **stream_args: Any,
    ) -> None:
        assert stream_args["samplerate"] == 16000 and stream_args["channels"] == 1
        assert stream_args["dtype"] == "int16"
        self.device = stream_args.get("device")
        self._audio = np.asarray(audio, dtype=np.int16)
        self._block = int(stream_args["blocksize"])
        self._callback = stream_args["callback"]
        self._finished = stream_args.get("finished_callback")
        self._pace_s = pace_s
        self._lose_after = lose_after_blocks
        self._report_loss = report_loss
        self._on_block = on_block
        self._silence_pace_s = pace_s if silence_pace_s is None else silence_pace_s
        self.sent = 0  # blocks delivered so far
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._play, daemon=True)
        self.closed = False

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def close(self) -> None:
        self.closed = True

    def _play(self) -> None:
        sent = 0
        while not self._stop.is_set():
            if self._lose_after is not None and sent >= self._lose_after:
                if self._report_loss and self._finished is not None:
                    self._finished()
                return
            start = sent * self._block
            block = self._audio[start : start + self._block]
            if len(block) < self._block:
                block = np.concatenate([block, np.zeros(self._block - len(block), np.int16)])
            self._callback(block.reshape(-1, 1), self._block, None, None)
            sent += 1
            self.sent = sent
            if self._on_block is not None:
                self._on_block(sent)
            pace = self._pace_s if start < len(self._audio) else self._silence_pace_s
            if pace:
                time.sleep(pace)
            elif sent * self._block > len(self._audio) + 10 * 16000:
                time.sleep(0.01)  # unpaced: do not fill the disk with silence


def as_int16(audio: np.ndarray) -> np.ndarray:
    return np.clip(np.round(audio * 32767), -32768, 32767).astype(np.int16)
