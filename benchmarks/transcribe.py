"""Benchmark: offline transcription of a 2-minute spoken answer, after stop and while speaking.

    python benchmarks/transcribe.py [--runs 12] [--tail 6] [--realtime-runs 1]

The answers (about 120 s each) join real recordings (JFK, ten Harvard sentences) and interview
sentences spoken by espeak-ng, with fillers and numbers, in a different order and with different
pauses for each run; each ends 0.3 s after its last word, when the user presses stop.

- ``load_s``: loading the default model (bundled tiny.en, int8, 2 threads); ``warm_s`` its warm-up.
- ``batch_s``: the whole answer transcribed after stop (timing and voice included); ``rtf`` is
  batch_s / audio seconds.
- ``stop_to_card_*``: the streaming transcriber, from stop to the full score card (remainder
  transcribed, answer assembled, voice features, ``score_answer``).
  Replay: each run feeds everything but the last ``--tail`` seconds at once and waits until the
  worker has transcribed every piece cut so far, then feeds the last seconds at real-time pace in
  0.1 s blocks and stops. This is faithful to a real-time replay as long as every piece is
  transcribed before the next is cut (checked: ``backlog_max_s``, the longest the worker needed for
  the pieces of the fast part, is reported and is far below the audio it covers), and the
  ``--realtime-runs`` runs replay whole answers at real-time pace as a check
  (``stop_to_card_realtime_s``).
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

from mockint.scoring import AnswerInput, score_answer  # noqa: E402
from mockint.speech.analysis import analyze_audio  # noqa: E402
from mockint.speech.engines import load_transcriber  # noqa: E402
from mockint.speech.settings import SpeechSettings  # noqa: E402
from mockint.speech.streaming import StreamingTranscriber  # noqa: E402
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
QUESTION = "Tell me about a project you are proud of."

FILLER_SPELLINGS = {
    "um/uh": "So, um, I led the team. Uh, we shipped in 6 weeks. Um, the tests, uh, caught 40 bugs.",
    "umm/uhh": "So, umm, I led the team. Uhh, we shipped in 6 weeks. Umm, the tests, uhh, caught 40 bugs.",
    "erm/er/ah/hmm": (
        "So, erm, I led the team. Er, we shipped in 6 weeks. Hmm, the tests, ah, caught 40 bugs."
    ),
}


def score(answer) -> object:
    return score_answer(
        AnswerInput(text=answer.text, question_text=QUESTION, target_seconds=120, **answer.answer_fields())
    )


def wait_idle(stream: StreamingTranscriber) -> None:
    while stream.pieces_pending:
        time.sleep(0.005)


def feed_realtime(stream: StreamingTranscriber, audio) -> None:
    """Feed 0.1 s blocks at the pace a microphone delivers them."""
    start = time.perf_counter()
    for index, offset in enumerate(range(0, len(audio), BLOCK)):
        due = start + (index + 1) * BLOCK / RATE
        delay = due - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        stream.feed(audio[offset : offset + BLOCK])


def stream_run(transcriber, answer: Answer, tail_s: float | None) -> dict:
    stream = StreamingTranscriber(transcriber)
    audio = answer.audio
    backlog = 0.0
    if tail_s is None:
        feed_realtime(stream, audio)
    else:
        split = max(0, len(audio) - int(tail_s * RATE))
        split -= split % BLOCK
        begin = time.perf_counter()
        for offset in range(0, split, BLOCK):
            stream.feed(audio[offset : offset + BLOCK])
        wait_idle(stream)
        backlog = time.perf_counter() - begin
        feed_realtime(stream, audio[split:])
    stopped = time.perf_counter()
    spoken = stream.finish()
    transcribed = time.perf_counter()
    card = score(spoken)
    done = time.perf_counter()
    assert card.overall >= 0
    return {
        "stop_to_card_s": done - stopped,
        "stop_to_transcript_s": transcribed - stopped,
        "backlog_s": backlog,
        "pieces": stream.pieces_done,
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


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=12, help="accelerated streaming runs")
    parser.add_argument("--tail", type=float, default=6.0, help="seconds replayed in real time")
    parser.add_argument("--realtime-runs", type=int, default=1, help="whole real-time replays")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="mockint-bench-"))
    answers = [build_answer(workdir, seed=seed) for seed in range(args.runs)]

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
    score(batch)
    batch_score_s = time.perf_counter() - batch_card_begin
    rtf = batch_s / first.seconds
    batch_wer = word_error_rate(first.reference, batch.text)
    print(
        f"batch: {first.seconds:.1f} s answer in {batch_s:.2f} s (rtf {rtf:.3f}), "
        f"score {batch_score_s * 1000:.0f} ms, WER {batch_wer:.3f}, "
        f"fillers {count_fillers(batch.text)}/{first.fillers_spoken}"
    )

    runs = []
    for index, answer in enumerate(answers):
        run = stream_run(transcriber, answer, args.tail)
        runs.append(run)
        print(
            f"stream run {index + 1}: stop->card {run['stop_to_card_s']:.3f} s "
            f"(transcript {run['stop_to_transcript_s']:.3f} s), {run['pieces']} pieces, "
            f"fast part transcribed in {run['backlog_s']:.1f} s, WER {run['wer']:.3f}, "
            f"fillers {run['fillers_found']}/{run['fillers_spoken']}"
        )
    realtime = []
    for index in range(args.realtime_runs):
        run = stream_run(transcriber, answers[index % len(answers)], None)
        realtime.append(run)
        print(f"real-time replay {index + 1}: stop->card {run['stop_to_card_s']:.3f} s, WER {run['wer']:.3f}")

    study = filler_study(transcriber, workdir)
    for name, row in study.items():
        print(
            f"fillers spelled {name}: spoken {row['spoken']}, kept with prompt "
            f"{row['with_prompt']}, without prompt {row['without_prompt']}"
        )

    times = [r["stop_to_card_s"] for r in runs]
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "rtf": round(rtf, 4),
        "load_s": round(load_s, 3),
        "warm_s": round(warm_s, 3),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "audio_s": round(first.seconds, 1),
        "batch_s": round(batch_s, 3),
        "batch_wer": round(batch_wer, 3),
        "stop_to_card_median_s": round(statistics.median(times), 3),
        "stop_to_card_p95_s": round(percentile(times, 95), 3),
        "stop_to_card_max_s": round(max(times), 3),
        "stop_to_card_realtime_s": [round(r["stop_to_card_s"], 3) for r in realtime],
        "stream_runs": len(runs),
        "replay": f"accelerated, last {args.tail:g} s in real time after the worker caught up",
        "backlog_max_s": round(max(r["backlog_s"] for r in runs), 2),
        "stream_wer_median": round(statistics.median(r["wer"] for r in runs), 3),
        "fillers_spoken": sum(r["fillers_spoken"] for r in runs),
        "fillers_found": sum(r["fillers_found"] for r in runs),
        "filler_spellings": {
            name: {k: v for k, v in row.items() if k != "text_with_prompt"} for name, row in study.items()
        },
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
