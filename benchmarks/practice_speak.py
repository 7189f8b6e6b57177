"""Benchmark: the practice screen in speak mode, what the user waits for after the stop key.

    python benchmarks/practice_speak.py [--runs 10] [--tail 10] [--fast-pace 0.03] [--reaction 1.0]

Each run is a fresh process (cold caches, the model loaded by the app as a user's would be): the
real app (Pilot), the real recorder and faster-whisper transcriber; only the microphone is a fake
device playing a 2-minute answer (``tests/speech/material.build_answer``: real recordings and
espeak-ng sentences, a different one each run, built by the parent process so its memory is not
counted). The answer ends ``--reaction`` seconds after its last word: the time a user takes to
press the key once they have finished. Everything but the last ``--tail`` seconds arrives at
``--fast-pace`` s per 0.1 s block, but never more than one piece ahead of the streaming worker
("earlier audio may arrive faster while the worker keeps up"); the tail at real time; once all
of it is recorded, Ctrl+S. The model and the scorer warm up while the question is on screen.

Per run:
- ``stop_to_card_s``: the stop key pressed -> the score card drawn, the answer already committed
  (it is saved before the card is posted);
- ``cpu_after_stop_s``: CPU time the app process used in that time (all threads): the work the
  stop leaves, much less sensitive to a loaded machine than the wall time;
- ``ahead``: whether the last piece had been transcribed during the final pause;
- ``peak_rss_mb``: the app process's peak resident memory, plus its children's.

Prints one line per run, then one JSON object with medians and p95 (benchmarks/timing.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.timing import figures  # noqa: E402


async def one_run(audio: Any, args: argparse.Namespace, home: Path) -> dict[str, Any]:
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

    blocks = len(audio) // 1600
    tail_from = blocks - int(args.tail * 10)
    live: dict[str, Any] = {}

    def pace(sent: int) -> None:  # on the device thread
        if sent >= tail_from:
            time.sleep(0.1)
            return
        time.sleep(args.fast_pace)
        stream = live.get("stream")
        while stream is not None and stream.pieces_pending > 1:  # the worker keeps up
            time.sleep(0.01)

    mic = InputDevice(index=1, name="Benchmark microphone", channels=1, default_samplerate=16000.0, is_default=True)
    speech = SpeechSetup(stream_factory=functools.partial(FakeInputStream, audio, on_block=pace), list_devices=lambda: [mic])
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
        await pilot.pause(0.5)  # the scorer's warm-up (a worker started with the screen)
        await pilot.press("enter")
        screen = app.screen
        take = screen.speech_panel.take
        assert take is not None
        live["stream"] = stream = take.stream
        while take.seconds < len(audio) / 16000 - 0.05:
            await pilot.pause(0.02)
        start, cpu = time.monotonic(), time.process_time()
        await pilot.press("ctrl+s")
        while not screen.query(ScoreCardView):
            await asyncio.sleep(0.005)
        await pilot.pause()  # the card is drawn
        waited, cpu_used = time.monotonic() - start, time.process_time() - cpu
    (session,) = store.list_sessions()
    assert store.get_session(session.id).answers, "the answer was not committed"
    store.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "stop_to_card_s": waited,
        "cpu_after_stop_s": cpu_used,
        "ahead": getattr(stream, "ahead_used", None),  # None: a version without it
        "peak_rss_mb": round(own + children, 1),
    }


def child(args: argparse.Namespace) -> None:
    import numpy as np

    home = Path(args.home)
    os.environ["MOCKINT_HOME"] = str(home)
    result = asyncio.run(one_run(np.load(args.child), args, home))
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--tail", type=float, default=10.0)
    parser.add_argument("--fast-pace", type=float, default=0.03)
    parser.add_argument("--reaction", type=float, default=1.0)
    parser.add_argument("--child", help=argparse.SUPPRESS)  # one run: the answer's .npy file
    parser.add_argument("--home", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    import numpy as np

    from tests.speech.fakes import as_int16
    from tests.speech.material import build_answer

    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for run in range(args.runs):
            answer = build_answer(work, seed=run, trailing_pause_s=args.reaction)
            audio_file = work / f"answer-{run}.npy"
            np.save(audio_file, as_int16(answer.audio))
            run_home = work / f"run-{run}"
            run_home.mkdir()
            options = ["--tail", str(args.tail), "--fast-pace", str(args.fast_pace)]
            command = [sys.executable, __file__, "--child", str(audio_file), "--home", str(run_home), *options]
            proc = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=900)
            if proc.returncode != 0:
                raise SystemExit(f"run {run + 1} failed:\n{proc.stderr[-3000:]}")
            result = json.loads(proc.stdout.strip().splitlines()[-1])
            runs.append(result)
            print(
                f"run {run + 1}: {len(answer.audio) / 16000:.0f} s answer, stop -> card "
                f"{result['stop_to_card_s']:.3f} s (CPU {result['cpu_after_stop_s']:.3f} s, "
                f"last piece done ahead: {result['ahead']}), peak RSS {result['peak_rss_mb']:.0f} MB",
                flush=True,
            )
    summary = {
        "stop_to_card_s": figures([r["stop_to_card_s"] for r in runs]),
        "cpu_after_stop_s": figures([r["cpu_after_stop_s"] for r in runs]),
        "peak_rss_mb": figures([r["peak_rss_mb"] for r in runs]),
        "last_piece_done_ahead": sum(bool(r["ahead"]) for r in runs),
        "reaction_s": args.reaction,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
