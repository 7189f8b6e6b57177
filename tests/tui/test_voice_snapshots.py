"""Snapshots of the new practice states at 80×24 and 120×40: the question being read aloud
(LISTEN, the think clock held) and the example answer under the score card."""

from __future__ import annotations

import threading

import pytest

from mockint.banks.catalog import load_catalog
from mockint.session.options import SessionOptions
from mockint.speech.microphone import SpeechSetup
from mockint.speech.speaker import VoiceSettings
from mockint.tui.app import PracticeRequest
from mockint.tui.widgets.example_answer import ExampleAnswerView
from mockint.tui.widgets.score_card import ScoreCardView

from ..conftest import REPO
from .conftest import settle, wait_until

SIZES = [(80, 24), (120, 40)]
ANSWER = "We disagreed about the database. I listened to him, we ran a test, and I learned to ask first."


class HeldSpeaker:
    """Speaks until stopped (the screen stops it when the app closes)."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self._stopped = threading.Event()

    def available(self) -> str | None:
        return None

    def say(self, text: str) -> None:
        self.said.append(text)
        self._stopped.wait(10)

    def stop(self) -> None:
        self._stopped.set()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_practice_screen_listening(snap_compare, build_app, size) -> None:
    speaker = HeldSpeaker()
    request = PracticeRequest("practice-demo", SessionOptions(count=2, shuffle=False))
    app = build_app(initial=request, speech=SpeechSetup(list_devices=list, speaker=speaker),
                    voice=VoiceSettings(enabled=True, cues=False))

    async def listening(pilot) -> None:
        await wait_until(pilot, lambda: speaker.said, what="the question to be read")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=listening)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_example_answer_under_the_score_card(snap_compare, build_app, size) -> None:
    catalog = load_catalog([REPO / "question_banks"])
    request = PracticeRequest("behavioral", SessionOptions(count=2, think_seconds=0, shuffle=False))
    app = build_app(catalog=catalog, initial=request)

    async def example_shown(pilot) -> None:
        await settle(pilot.app, pilot)
        pilot.app.screen.query_one("#answer").load_text(ANSWER)
        await pilot.press("ctrl+s")
        await settle(pilot.app, pilot)
        await wait_until(pilot, lambda: pilot.app.screen.query(ScoreCardView), what="the score card")
        await pilot.press("a")
        await pilot.pause()
        pilot.app.screen.query_one(ExampleAnswerView).scroll_visible(animate=False, top=True)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=example_shown)
