"""``mockint score``: score one answer (text file, stdin or a recording), or many as JSON lines.

Only argparse is imported at the top: the scorer, the banks and speech load inside the handler.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from mockint.cli import output
from mockint.cli.common import add_bank_dir_option, number_option, parse_number, read_text
from mockint.errors import MockintError

if TYPE_CHECKING:
    from mockint.banks.catalog import Catalog
    from mockint.scoring import AnswerInput, ScoreCard, ScoringSettings

_EVIDENCE_SHOWN = 6
_EVIDENCE_CHARS = 80  # one quoted piece of evidence in the text output, at most
MAX_ANSWER_BYTES = 1024 * 1024  # an answer, or one --jsonl line
DURATION_RANGE = (1.0, 4 * 3600.0)  # seconds an answer may take
_DURATION_EXPECTED = "a number of seconds from 1 to 14,400"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "score",
        help="score an answer against the interview checklist",
        description="Score an answer: each criterion with ✓/✗, its evidence and a tip, then the "
        "overall score. The answer is read from FILE, or from standard input with '-' or no FILE. "
        "Like the app, it uses your strengths profile ('mockint strengths') and, for a recording, "
        "your usual voice ([voice_baseline] in the config), read from the history if there is one "
        "(none is created); --no-personal scores without them.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE|-", help="the answer as text (default: stdin)")
    parser.add_argument("--bank", metavar="ID", help="the bank of the question (with --question)")
    parser.add_argument(
        "--question", metavar="ID", help="the question id in --bank (or BANK/QUESTION on its own)"
    )
    parser.add_argument("--question-text", metavar="TEXT", help="the question, when it is not in a bank")
    parser.add_argument(
        "--duration", metavar="SECONDS", type=number_option(*DURATION_RANGE, unit="seconds"),
        help="how long the answer took to say (enables pace)",
    )
    parser.add_argument("--json", action="store_true", help="print the score card as JSON")
    parser.add_argument(
        "--no-personal", action="store_true",
        help="score without your strengths profile and usual voice (by default both are read "
        "from the history, when there is one, as in the app)",
    )
    parser.add_argument(
        "--jsonl",
        metavar="FILE|-",
        help='score many answers: one JSON object a line, {"id", "text", "question", "duration_s"}',
    )
    parser.add_argument("--audio", metavar="FILE", help="transcribe a recording, then score it with the voice")
    parser.add_argument("--engine", metavar="NAME", help="with --audio: faster-whisper or openai-whisper")
    parser.add_argument("--model", metavar="M", help="with --audio: the transcription model")
    add_bank_dir_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    _check_combinations(args)
    from mockint.scoring import load_settings

    settings = load_settings()
    if args.jsonl is not None:
        with _personal_inputs(args) as personal:
            return _run_jsonl(args, settings, personal)
    duration = args.duration
    context = _question_context(args)
    if args.audio:
        answer, transcript = _spoken_answer(args, context)
    else:
        text = _read_answer(args.file)
        answer, transcript = _answer(text, context, duration), None
    from mockint.scoring import score_answer

    with _personal_inputs(args) as personal:
        answer = personal(answer)
    card = score_answer(answer, settings)
    if args.json:
        data = card.to_dict()
        if transcript is not None:
            data["text"] = transcript
        output.print_json(data)
    else:
        output.write(render_card(card, answer, transcript))
    return 0


def _check_combinations(args: argparse.Namespace) -> None:
    if args.jsonl is not None:
        clashes = [name for name, value in (("FILE", args.file), ("--audio", args.audio),
                   ("--bank", args.bank), ("--question", args.question),
                   ("--question-text", args.question_text), ("--duration", args.duration),
                   ("--json", args.json or None)) if value]
        if clashes:
            raise MockintError(f"--jsonl cannot be combined with {', '.join(clashes)} "
                               "(each line carries its own question and duration)")
    if args.audio and args.file:
        raise MockintError("give either FILE or --audio, not both")
    if args.audio and args.duration is not None:
        raise MockintError("--duration cannot be used with --audio: the recording gives it")
    if (args.engine or args.model) and not args.audio:
        raise MockintError("--engine and --model only apply with --audio")
    if args.question_text is not None and (args.bank or args.question):
        raise MockintError("use either --bank/--question or --question-text, not both")
    if args.bank and not args.question:
        raise MockintError("--bank needs --question ID")
    if args.question and not args.bank and "/" not in args.question:
        raise MockintError(f"--question {args.question}: give --bank too, or write BANK/QUESTION")


@contextlib.contextmanager
def _personal_inputs(args: argparse.Namespace) -> Iterator[Callable[[AnswerInput], AnswerInput]]:
    """What adds the user's strengths profile and voice baselines to an answer, as the app's
    practice session does (:func:`mockint.store.baselines.personal_answer`): read from the
    history when it exists, never creating it; nothing is added with ``--no-personal``, without
    a history, or (with a note) when the history cannot be opened."""
    from mockint import paths

    def unchanged(answer: AnswerInput) -> AnswerInput:
        return answer

    if args.no_personal or not paths.database_file().exists():
        yield unchanged
        return
    from mockint.store import HistoryStore
    from mockint.store.baselines import personal_answer
    from mockint.store.errors import StoreError

    try:
        store = HistoryStore()
    except StoreError as exc:
        output.error(f"note: {exc} (scored without your strengths and usual voice)")
        yield unchanged
        return
    try:
        yield lambda answer: personal_answer(store, answer)
    finally:
        store.close()


def _duration(raw: Any, where: str) -> float:
    value = parse_number(raw)
    if value is None or not DURATION_RANGE[0] <= value <= DURATION_RANGE[1]:
        shown = json.dumps(raw, ensure_ascii=False) if not isinstance(raw, str) else raw
        raise MockintError(f"{where}: must be {_DURATION_EXPECTED}, not {shown}")
    return float(value)


# -- input --------------------------------------------------------------------------------------


def _read_answer(file: str | None) -> str:
    return read_text(
        file, what="answer", limit_bytes=MAX_ANSWER_BYTES, limit_shown="1 MiB",
        missing="no answer: give FILE, or pipe the answer into 'mockint score -'",
    )[0]


class _QuestionContext:
    """What the answer is scored against: a bank question, a question text, or nothing."""

    def __init__(self, question: Any = None, bank: Any = None, text: str | None = None) -> None:
        self.question, self.bank, self.text = question, bank, text


def _question_context(args: argparse.Namespace) -> _QuestionContext:
    if args.question_text is not None:
        if not args.question_text.strip():
            raise MockintError("--question-text: must not be empty")
        return _QuestionContext(text=args.question_text)
    if args.question:
        reference = args.question if "/" in args.question and not args.bank else f"{args.bank}/{args.question}"
        bank, question = _catalog(args).find_question(reference)
        return _QuestionContext(question=question, bank=bank)
    return _QuestionContext()


def _catalog(args: argparse.Namespace, cache: dict[str, Catalog] = {}) -> Catalog:  # noqa: B006
    key = repr(args.bank_dirs)
    if key not in cache:
        from mockint.banks.catalog import load_catalog

        cache[key] = load_catalog(args.bank_dirs)
    return cache[key]


def _answer(text: str, context: _QuestionContext, duration: float | None, **extra: Any) -> AnswerInput:
    from mockint.scoring import AnswerInput

    if context.question is not None:
        return AnswerInput.for_question(text, context.question, context.bank, duration_s=duration, **extra)
    return AnswerInput(text=text, question_text=context.text, duration_s=duration, **extra)


def _spoken_answer(args: argparse.Namespace, context: _QuestionContext) -> tuple[AnswerInput, str]:
    path = Path(args.audio)
    if path.is_dir():
        raise MockintError(f"{path}: is a folder, not an audio file (give one recording)")
    if not path.is_file():
        raise MockintError(f"{path}: no such audio file")
    try:
        from mockint.speech import analyze_audio_file
    except ImportError:
        raise MockintError("spoken answers are not available in this install (mockint.speech)") from None
    from mockint.cli.speech_cmd import transcription_feedback

    with transcription_feedback() as feedback:
        spoken = analyze_audio_file(path, engine=args.engine, model=args.model, **feedback)
    if not spoken.text.strip():
        raise MockintError(f"{path}: no speech found in the recording")
    answer = _answer(
        spoken.text,
        context,
        spoken.duration_s,
        words=tuple(spoken.words) if spoken.words is not None else None,
        latency_s=spoken.latency_s,
        voice=spoken.voice,
        spoken=True,
    )
    return answer, spoken.text


# -- many answers -------------------------------------------------------------------------------


def _run_jsonl(
    args: argparse.Namespace, settings: ScoringSettings, personal: Callable[[AnswerInput], AnswerInput]
) -> int:
    from mockint.scoring import score_answer

    failures = total = 0
    source = args.jsonl
    stream: BinaryIO
    if source == "-":
        stream = sys.stdin.buffer
    else:
        try:
            stream = open(source, "rb")  # noqa: SIM115
        except OSError as exc:
            raise MockintError(f"{source}: cannot read: {exc.strerror or exc}") from None
    try:
        for number, line in _lines(stream):
            if isinstance(line, str) and not line.strip():
                continue  # blank lines (spaces, a lone BOM) are skipped and never counted
            total += 1
            record, error = _jsonl_answer(args, line, number)
            if error is not None:
                failures += 1
                _emit(error)
                continue
            item_id, answer = record
            card = score_answer(personal(answer), settings)
            _emit(jsonl_result(item_id, card))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if failures:
        output.error(f"{failures} of {total} lines could not be scored")
        return 1
    return 0


class _BadLine(str):
    """A line that could not be read as text: the reason, in place of its text."""


def _lines(stream: BinaryIO) -> Iterator[tuple[int, str]]:
    """(line number, text) for each line; a :class:`_BadLine` for one that is not UTF-8 or
    is longer than :data:`MAX_ANSWER_BYTES` (the rest of that line is read past, not kept)."""
    number = 0
    while True:
        raw = stream.readline(MAX_ANSWER_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_ANSWER_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_ANSWER_BYTES)
            yield number, _BadLine("the line is longer than 1 MiB")
            continue
        try:
            yield number, raw.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            yield number, _BadLine(f"not UTF-8 text (byte {exc.start + 1} of the line)")


def _emit(data: dict[str, Any]) -> None:
    output.print_json(data, indent=None)
    sys.stdout.flush()


def _jsonl_answer(args: argparse.Namespace, line: str, number: int) -> tuple[Any, dict[str, Any] | None]:
    """((id, AnswerInput), None) or (None, the error line: id, line number and message)."""
    item_id: Any = None

    def fail(message: str) -> tuple[None, dict[str, Any]]:
        return None, {"id": item_id, "line": number, "error": f"line {number}: {message}"}

    if isinstance(line, _BadLine):
        return fail(str(line))
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return fail(f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return fail("invalid JSON: arrays or objects nested too deeply")
    if not isinstance(data, dict):
        return fail("expected a JSON object")
    item_id = data.get("id")
    text = data.get("text")
    if not isinstance(text, str):
        return fail('"text": must be a string')
    if not text.strip():
        return fail('"text": the answer is empty')
    duration = data.get("duration_s")
    question = data.get("question")
    try:
        if duration is not None:
            duration = _duration(duration, '"duration_s"')
        if question is not None and not isinstance(question, str):
            raise MockintError('"question": must be a string (question text or BANK/QUESTION)')
        context = _jsonl_question(args, question)
    except MockintError as exc:
        return fail(str(exc))
    return (item_id, _answer(text, context, duration)), None


def _jsonl_question(args: argparse.Namespace, question: str | None) -> _QuestionContext:
    if question is None or not question.strip():
        return _QuestionContext()
    reference = question.strip()
    if "/" in reference and " " not in reference:
        bank, found = _catalog(args).find_question(reference)
        return _QuestionContext(question=found, bank=bank)
    return _QuestionContext(text=question)


def jsonl_result(item_id: Any, card: ScoreCard) -> dict[str, Any]:
    data = card.to_dict()
    return {
        "id": item_id,
        "overall": data["overall"],
        "criteria": [
            {key: c[key] for key in ("id", "label", "score", "passed", "summary", "evidence", "tip")}
            for c in data["criteria"]
        ],
        "not_judged": data["not_judged"],
        "metrics": data["metrics"],
        "scorer_version": data["scorer_version"],
    }


# -- human-readable -----------------------------------------------------------------------------


# For a terminal that cannot show them (the marks become + and x too).
_ASCII_PUNCTUATION = str.maketrans({"“": '"', "”": '"', "…": "...", "—": "-", "–": "-", "’": "'"})


def render_card(card: ScoreCard, answer: AnswerInput, transcript: str | None = None) -> str:
    from mockint.store.wording import not_judged_text, scorer_line

    passed_mark, failed_mark = output.marks()
    lines = []
    if answer.question_text:
        lines.append(f"Question: {answer.question_text}")
    if transcript is not None:
        lines.append(f"Transcript: {transcript.strip()}")
    if lines:
        lines.append("")
    width = max((len(c.label) for c in card.criteria), default=10)
    for result in card.criteria:
        mark = passed_mark if result.passed else failed_mark
        lines.append(f"{mark} {result.label:<{width}}  {round(result.score * 100):3d}  {result.summary}")
        if result.spans:
            shown = [f"“{_shortened(s.text)}”" for s in result.spans[:_EVIDENCE_SHOWN]]
            more = len(result.spans) - _EVIDENCE_SHOWN
            lines.append(f"    evidence: {', '.join(shown)}" + (f" (+{more} more)" if more > 0 else ""))
        lines.append(f"    tip: {result.tip}")
    if card.not_judged:
        lines.append("")
        lines.extend(f"- {not_judged_text(item)}" for item in card.not_judged)
    lines.append("")
    passed = sum(1 for c in card.criteria if c.passed)
    lines.append(f"Overall: {card.overall}/100  ({passed} of {len(card.criteria)} criteria passed)")
    lines.append(_metrics_line(card.metrics))
    lines.append(scorer_line(card))
    text = "\n".join(lines) + "\n"
    if passed_mark == "+":
        text = text.translate(_ASCII_PUNCTUATION)
    return text




def _shortened(text: str) -> str:
    """Evidence as one short line: whitespace collapsed, cut at a word with "…" when long."""
    flat = " ".join(text.split())
    if len(flat) <= _EVIDENCE_CHARS:
        return flat
    cut = flat[: _EVIDENCE_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[_EVIDENCE_CHARS // 2 :] else cut) + "…"


def _metrics_line(metrics: dict[str, Any]) -> str:
    parts = [f"{metrics.get('words', 0)} words", f"{metrics.get('sentences', 0)} sentences",
             f"{metrics.get('fillers', 0)} fillers ({metrics.get('fillers_per_100_words', 0)} per 100 words)",
             f"{metrics.get('hedges', 0)} hedges"]
    if "duration_s" in metrics:
        parts.append(f"{metrics['duration_s']:g} s")
    if "wpm" in metrics:
        parts.append(f"{metrics['wpm']:g} words/min")
    if "pauses_over_2_5s" in metrics:
        parts.append(f"{metrics['pauses_over_2_5s']} pauses over 2.5 s")
    if "latency_s" in metrics:
        parts.append(f"started after {metrics['latency_s']:g} s")
    return " · ".join(parts) if output.marks()[0] == "✓" else " | ".join(parts)
