"""Load and warm up a transcriber in the background (while the question is on screen)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from mockint.errors import MockintError
from mockint.speech.errors import ModelError

if TYPE_CHECKING:
    from mockint.speech.engines import Transcriber
    from mockint.speech.settings import SpeechSettings

IDLE, LOADING, WARMING_UP, READY, FAILED = "idle", "loading", "warming up", "ready", "failed"


class ModelLoader:
    """``start()`` loads in a thread; ``get()`` (or calling the loader) waits for the result.

    ``on_progress(state)`` is called from the loading thread with ``"loading"``, ``"warming up"``,
    ``"ready"`` or ``"failed"``; a UI posts it to itself as a message. A loader can be handed to
    :class:`~mockint.speech.streaming.StreamingTranscriber` before it is ready: the first piece
    of the answer waits for the model, the recording never does.
    """

    def __init__(
        self,
        settings: SpeechSettings | None = None,
        *,
        on_progress: Callable[[str], None] | None = None,
        load: Callable[[SpeechSettings | None], Transcriber] | None = None,
    ) -> None:
        self._settings = settings
        self._on_progress = on_progress
        self._load = load
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._transcriber: Transcriber | None = None
        self.error: MockintError | None = None
        self.state = IDLE

    def start(self) -> ModelLoader:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="mockint-model", daemon=True)
                self._thread.start()
        return self

    def get(self, timeout: float | None = None) -> Transcriber:
        """The loaded transcriber (starting the load if needed); raises the load's error."""
        self.start()
        if not self._done.wait(timeout):
            raise ModelError("the speech model is still loading")
        if self.error is not None:
            raise self.error
        assert self._transcriber is not None
        return self._transcriber

    __call__ = get

    @property
    def ready(self) -> bool:
        return self.state == READY

    def _progress(self, state: str) -> None:
        self.state = state
        if self._on_progress is not None:
            self._on_progress(state)

    def _run(self) -> None:
        try:
            self._progress(LOADING)
            if self._load is None:
                from mockint.speech.engines import load_transcriber

                transcriber = load_transcriber(self._settings)
            else:
                transcriber = self._load(self._settings)
            self._progress(WARMING_UP)
            transcriber.warm_up()
            self._transcriber = transcriber
            self._progress(READY)
        except MockintError as exc:
            self.error = exc
            self._progress(FAILED)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            self.error = ModelError(f"the speech model failed to load: {type(exc).__name__}: {exc}")
            self._progress(FAILED)
        finally:
            self._done.set()
