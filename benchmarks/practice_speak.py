"""Benchmark: the practice screen in speak mode, what the user waits for after the stop key.

    python benchmarks/practice_speak.py [--runs 10] [--tail 10] [--fast-pace 0.03]

The real app (Pilot), the real recorder and faster-whisper transcriber; only the microphone is a
fake device playing a 2-minute answer (``tests/speech/material.build_answer``: real recordings and
espeak-ng sentences, a different one each run). Everything but the last ``--tail`` seconds
arrives at ``--fast-pace`` s per 0.1 s block (the streaming worker keeps up), the tail at real
time; then Ctrl+S. ``stop_to_card``: the stop key pressed -> the score card drawn, the answer
already committed (it is saved before the card is posted). The model is loaded and warmed while
the question is on screen (think time). ``peak_rss_mb``: the process and its children, highest.

Prints one line per run, then one JSON object with medians and p95.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


async def one_run(answer_audio, transcriber, args, home: Path) -> float:
    import functools

    from mockint.banks.catalog import load_catalog
    from mockint.session.clock import FakeClock
    from mockint.session.options import SessionOptions
    from mockint.speech.devices import InputDevice
    from mockint.speech.microphone import SpeechSetup
    from mockint.store import HistoryStore
    from mockint.tui.app import PracticeRequest, make_app
    from mockint.tui.widgets.score_card import ScoreCardView
    from tests.speech.fakes import FakeInputStream

    blocks = len(answer_audio) // 1600
    tail_from = blocks - int(args.tail * 10)

    def pace(sent: int) -> None:  # on the device thread
        time.sleep(args.fast_pace if sent < tail_from else 0.1)

    mic = InputDevice(index=1, name="Benchmark microphone", channels=1, default_samplerate=16000.0, is_default=True)
    speech = SpeechSetup(
        stream_factory=functools.partial(FakeInputStream, answer_audio, on_block=pace),
        list_devices=lambda: [mic],
        load_model=lambda settings: transcriber,
    )
    banks = REPO / "tests" / "tui" / "fixture_banks"
    store = HistoryStore(home / "history.sqlite3")
    app = make_app(
        clock=FakeClock(1000.0),
        store=store,
        catalog=load_catalog([banks]),
        bank_dirs=[banks],
        initial=PracticeRequest(
            "practice-demo", SessionOptions(count=1, think_seconds=30, answer_seconds=600, mode="spoken")
        ),
        speech=speech,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        while app.model_state != "ready":  # the question is on screen: model and scorer warm up
            await pilot.pause(0.05)
        await pilot.press("enter")
        screen = app.screen
        take = screen.take
        assert take is not None
        stream = take.stream
        while take.seconds < len(answer_audio) / 16000 - 0.05:
            await pilot.pause(0.02)
        start = time.monotonic()
        await pilot.press("ctrl+s")
        while not screen.query(ScoreCardView):
            await asyncio.sleep(0.005)
        await pilot.pause()  # the card is drawn
        waited = time.monotonic() - start
        del stream
    (session,) = store.list_sessions()
    assert store.get_session(session.id).answers, "the answer was not committed"
    store.close()
    return waited


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--tail", type=float, default=10.0)
    parser.add_argument("--fast-pace", type=float, default=0.03)
    args = parser.parse_args()
    from mockint.speech.engines import load_transcriber
    from mockint.speech.settings import SpeechSettings
    from tests.speech.fakes import as_int16
    from tests.speech.material import build_answer

    results: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["MOCKINT_HOME"] = str(home)
        transcriber = load_transcriber(SpeechSettings())
        for run in range(args.runs):
            answer = build_answer(home, seed=run)
            run_home = home / f"run-{run}"
            run_home.mkdir()
            os.environ["MOCKINT_HOME"] = str(run_home)
            waited = asyncio.run(one_run(as_int16(answer.audio), transcriber, args, run_home))
            results.append(waited)
            print(f"run {run + 1}: {len(answer.audio) / 16000:.0f} s answer, stop -> card {waited:.3f} s", flush=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "runs": len(results),
                "stop_to_card_median_s": round(statistics.median(results), 3),
                "stop_to_card_p95_s": round(p95(results), 3),
                "peak_rss_mb": round(own, 1),
                "peak_rss_children_mb": round(children, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
