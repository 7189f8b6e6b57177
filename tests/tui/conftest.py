"""Fixtures for the app tests: banks of our own, a fake clock, a store in the test's home."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mockint.session.clock import FakeClock

FIXTURE_BANKS = Path(__file__).resolve().parent / "fixture_banks"


@pytest.fixture
def only_fixture_banks(builtin_dir: Path) -> Path:
    """Hide the built-in banks, so what the app lists does not change when they do."""
    return FIXTURE_BANKS


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def store(mockint_home: Path):
    from mockint.store import HistoryStore

    history = HistoryStore(mockint_home / "history-under-test.sqlite3")
    yield history
    history.close()


@pytest.fixture
def build_app(only_fixture_banks: Path, clock: FakeClock, store) -> Callable[..., Any]:
    """``build_app(initial=...)``: the real app with the test banks, fake clock and store; a
    machine without a microphone unless ``speech=`` says otherwise (so every machine looks alike)."""
    from mockint.banks.catalog import load_catalog
    from mockint.speech.microphone import SpeechSetup
    from mockint.tui.app import make_app

    def build(**overrides: Any):
        dependencies: dict[str, Any] = {
            "clock": clock,
            "store": store,
            "catalog": load_catalog([only_fixture_banks]),
            "bank_dirs": [only_fixture_banks],
            "speech": SpeechSetup(list_devices=list),
        }
        dependencies.update(overrides)
        return make_app(**dependencies)

    return build


async def settle(app, pilot) -> None:
    """Let workers finish and their messages be handled (no sleeps)."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def type_text(pilot, text: str, *, by_key: int = 12) -> None:
    """Type the first ``by_key`` characters key by key (the typing path), then the rest as one
    bracketed paste, as a terminal sends a paste: a 300-character answer typed key by key costs
    seconds of redrawing per answer and tests nothing more."""
    from textual import events

    await pilot.press(*text[:by_key])
    if text[by_key:]:
        pilot.app.post_message(events.Paste(text[by_key:]))
        await pilot.pause()


def screen_text(app) -> str:
    """The plain text the active screen shows right now, one line per terminal row.

    Uses the compositor's render (what a terminal would receive), so markup that was wrongly
    interpreted or swallowed would show up here as missing characters.
    """
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def wait_until(pilot, predicate, *, timeout: float = 120.0, what: str = "condition") -> None:
    """Let the app run (its 0.2 s interval included) until ``predicate()`` holds.

    The wait ends as soon as it holds; ``timeout`` only turns a hang into a failure, so it is long
    enough for a loaded one-core CI machine, never a measure of speed."""
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.05)
