"""Benchmark: offline transcription of a 2-minute spoken answer, after stop and while speaking.

    python benchmarks/transcribe.py [--runs 12] [--tail 10] [--reaction 1.0] [--realtime-runs 1]

The answers (about 120 s each) join real recordings (JFK, ten Harvard sentences) and interview
sentences spoken by espeak-ng, with fillers and numbers, in a different order and with different
pauses for each run.

- ``load_s``: loading the default model (bundled tiny.en, int8, 2 threads); ``warm_s`` its warm-up.
- ``batch_s``: the whole answer transcribed after stop (timing and voice included); ``rtf`` is
  batch_s / audio seconds.
- ``stop_to_saved_*``: what the user waits for after the stop key, minus drawing the card
  (``benchmarks/practice_speak.py`` measures that too, through the app): a real
  :class:`~mockint.speech.take.SpeechTake` (recorder, WAV file, streaming transcriber) fed by a
  fake microphone, stopped (device closed, file closed, the rest transcribed), then scored and
  committed to a real history database by the app's ``AnswerSaver``. The scorer is warmed by
  one answer first, as the practice screen does while the question is shown; ``first_score_s`` is
  what that warm-up costs (a cold scorer). Each run is a different answer and its own session.
  Replay: the fast part arrives as quickly as the worker keeps up (never more than one piece
  waiting), the last ``--tail`` seconds at real-time pace in 0.1 s blocks, and the stop comes
  ``--reaction`` s after the last word. ``cpu_after_stop_s``: the process's CPU time in that
  wait, far less sensitive to a loaded machine than the wall time. ``--realtime-runs`` replay
  whole answers at real time as a check.
- fillers: "um"/"uh" spoken by espeak-ng vs found in the transcripts, with and without the filler
  prompt, for three spellings (espeak pronounces them differently).

The last line of output is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
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

from benchmarks.timing import figures  # noqa: E402
from mockint.speech.analysis import analyze_audio  # noqa: E402
from mockint.speech.engines import load_transcriber  # noqa: E402
from mockint.speech.settings import SpeechSettings  # noqa: E402
from tests.speech.fakes import as_int16  # noqa: E402
from tests.speech.material import (  # noqa: E402
    Answer,
    build_answer,
    count_fillers,
    espeak,
    load,
    word_error_rate,
)

RATE = 16_000
BLOCK = RATE // 10

FILLER_SPELLINGS = {
    "um/uh": "So, um, I led the team. Uh, we shipped in 6 weeks. Um, the tests, uh, caught 40 bugs.",
    "umm/uhh": "So, umm, I led the team. Uhh, we shipped in 6 weeks. Umm, the tests, uhh, caught 40 bugs.",
    "erm/er/ah/hmm": (
        "So, erm, I led the team. Er, we shipped in 6 weeks. Hmm, the tests, ah, caught 40 bugs."
    ),
}


class Saving:
    """The app's saving path for the benchmark's answers: a real database, one session per run."""

    def __init__(self, home: Path) -> None:
        from mockint.banks.catalog import load_catalog
        from mockint.session.clock import FakeClock
        from mockint.session.options import SessionOptions, plan_questions
        from mockint.session.practice import PracticeSession
        from mockint.store import HistoryStore

        self.store = HistoryStore(home / "history.sqlite3")
        self.bank = load_catalog([REPO / "tests" / "tui" / "fixture_banks"]).get("practice-demo")
        self._options = SessionOptions(count=1, think_seconds=0, answer_seconds=600, mode="spoken")
        self._plan = plan_questions(self.bank, self._options)
        self._new_practice = lambda: PracticeSession(self._plan, FakeClock())

    def saver_and_attempt(self):
        from mockint.session.answer_saver import AnswerSaver

        practice = self._new_practice()
        from mockint.session.practice import Phase

        practice.start()
        if practice.phase is Phase.THINK:  # no think time: the answer clock runs at once
            practice.begin_answer()
        practice.recording = True
        saver = AnswerSaver(self.bank, self._options, lambda: self.store)
        return saver, practice.submit()


def paced_microphone(audio, tail_s: float | None, live: dict):
    """A fake device: fast while the streaming worker keeps up, then real time for the tail."""
    import functools

    from mockint.speech.devices import InputDevice
    from mockint.speech.microphone import SpeechSetup
    from tests.speech.fakes import FakeInputStream

    blocks = len(audio) // BLOCK
    tail_from = 0 if tail_s is None else blocks - int(tail_s * 10)

    def pace(sent: int) -> None:  # the device thread
        if sent >= tail_from:
            time.sleep(BLOCK / RATE)
            return
        stream = live.get("stream")
        while stream is not None and stream.pieces_pending > 1:
            time.sleep(0.005)

    mic = InputDevice(index=1, name="Benchmark microphone", channels=1, default_samplerate=16000.0, is_default=True)
    return SpeechSetup(stream_factory=functools.partial(FakeInputStream, as_int16(audio), on_block=pace), list_devices=lambda: [mic])


def stream_run(transcriber, answer: Answer, tail_s: float | None, saving: Saving) -> dict:
    from mockint.speech.take import SpeechTake

    live: dict = {}
    take = SpeechTake(transcriber, paced_microphone(answer.audio, tail_s, live))
    live["stream"] = take.stream
    take.start()
    while take.seconds < answer.seconds - 0.05:
        time.sleep(0.01)
    stopped, cpu = time.perf_counter(), time.process_time()
    result = take.stop()
    transcribed = time.perf_counter()
    saver, attempt = saving.saver_and_attempt()
    spoken = result.answer
    assert spoken is not None, result.error
    saved = saver.record(attempt.with_text(spoken.text), spoken=spoken, audio_path=result.recording.path)
    done, cpu_used = time.perf_counter(), time.process_time() - cpu
    assert saved.answer_id is not None, saved.save_error
    return {
        "stop_to_saved_s": done - stopped,
        "cpu_after_stop_s": cpu_used,
        "stop_to_transcript_s": transcribed - stopped,
        "done_ahead": take.stream.ahead_used,
        "pieces": take.stream.pieces_done,
        "wer": word_error_rate(answer.reference, spoken.text),
        "fillers_found": count_fillers(spoken.text),
        "fillers_spoken": answer.fillers_spoken,
        "last_word_gap_s": answer.speech_end_s - spoken.words[-1].end,
    }


def filler_study(transcriber, workdir: Path) -> dict:
    study = {}
    for name, text in FILLER_SPELLINGS.items():
        audio = load(espeak(text, workdir / f"fillers-{name.replace('/', '-')}.wav"))
        kept = analyze_audio(audio, transcriber, analyse_voice=False).text
        plain = analyze_audio(audio, transcriber, keep_fillers=False, analyse_voice=False).text
        study[name] = {
            "spoken": count_fillers(text),
            "with_prompt": count_fillers(kept),
            "without_prompt": count_fillers(plain),
            "text_with_prompt": kept,
        }
    return study


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=12, help="accelerated streaming runs")
    parser.add_argument("--tail", type=float, default=10.0, help="seconds replayed in real time")
    parser.add_argument("--reaction", type=float, default=1.0, help="seconds from the last word to stop")
    parser.add_argument("--realtime-runs", type=int, default=1, help="whole real-time replays")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="mockint-bench-"))
    os.environ["MOCKINT_HOME"] = str(workdir / "home")
    answers = [build_answer(workdir, seed=seed, trailing_pause_s=args.reaction) for seed in range(args.runs)]
    saving = Saving(workdir)

    begin = time.perf_counter()
    transcriber = load_transcriber(SpeechSettings())
    load_s = time.perf_counter() - begin
    begin = time.perf_counter()
    transcriber.warm_up()
    warm_s = time.perf_counter() - begin
    print(f"model: faster-whisper tiny.en int8, 2 threads; load {load_s:.2f} s, warm-up {warm_s:.2f} s")

    first = answers[0]
    begin = time.perf_counter()
    batch = analyze_audio(first.audio, transcriber)
    batch_s = time.perf_counter() - begin
    batch_card_begin = time.perf_counter()
    saver, attempt = saving.saver_and_attempt()  # the first (cold) score: the app's warm-up
    saver.score(attempt.with_text(batch.text), batch)
    first_score_s = time.perf_counter() - batch_card_begin
    rtf = batch_s / first.seconds
    batch_wer = word_error_rate(first.reference, batch.text)
    print(
        f"batch: {first.seconds:.1f} s answer in {batch_s:.2f} s (rtf {rtf:.3f}), "
        f"first (cold) score {first_score_s * 1000:.0f} ms, WER {batch_wer:.3f}, "
        f"fillers {count_fillers(batch.text)}/{first.fillers_spoken}"
    )

    runs = []
    for index, answer in enumerate(answers):
        run = stream_run(transcriber, answer, args.tail, saving)
        runs.append(run)
        print(
            f"stream run {index + 1}: stop->saved {run['stop_to_saved_s']:.3f} s "
            f"(CPU {run['cpu_after_stop_s']:.3f} s; transcript {run['stop_to_transcript_s']:.3f} s; "
            f"last piece done ahead: {run['done_ahead']}), {run['pieces']} pieces, WER {run['wer']:.3f}, "
            f"fillers {run['fillers_found']}/{run['fillers_spoken']}"
        )
    realtime = []
    for index in range(args.realtime_runs):
        run = stream_run(transcriber, answers[index % len(answers)], None, saving)
        realtime.append(run)
        print(f"real-time replay {index + 1}: stop->saved {run['stop_to_saved_s']:.3f} s, WER {run['wer']:.3f}")

    study = filler_study(transcriber, workdir)
    for name, row in study.items():
        print(
            f"fillers spelled {name}: spoken {row['spoken']}, kept with prompt "
            f"{row['with_prompt']}, without prompt {row['without_prompt']}"
        )

    times = [r["stop_to_saved_s"] for r in runs]
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {
        "rtf": round(rtf, 4),
        "load_s": round(load_s, 3),
        "warm_s": round(warm_s, 3),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "audio_s": round(first.seconds, 1),
        "batch_s": round(batch_s, 3),
        "batch_wer": round(batch_wer, 3),
        "first_score_s": round(first_score_s, 3),
        "stop_to_saved_s": figures(times),
        "cpu_after_stop_s": figures([r["cpu_after_stop_s"] for r in runs]),
        "stop_to_saved_realtime_s": [round(r["stop_to_saved_s"], 3) for r in realtime],
        "last_piece_done_ahead": sum(bool(r["done_ahead"]) for r in runs),
        "stream_runs": len(runs),
        "replay": f"worker-paced, last {args.tail:g} s in real time, stop {args.reaction:g} s after the last word",
        "stream_wer_median": round(statistics.median(r["wer"] for r in runs), 3),
        "fillers_spoken": sum(r["fillers_spoken"] for r in runs),
        "fillers_found": sum(r["fillers_found"] for r in runs),
        "filler_spellings": {
            name: {k: v for k, v in row.items() if k != "text_with_prompt"} for name, row in study.items()
        },
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
