"""``mockint score`` through the installed entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mockint.banks.catalog import load_catalog

ANSWER = (
    "Last spring at my internship at Northwind, the weekly report took two days by hand. My job "
    "was to fix that. I wrote a Python script that pulled the data and I added checks. As a "
    "result the report takes 20 minutes and errors dropped by 90 percent. I loved it."
)
NERVOUS = "um so i guess i'm a hard worker and like, um, my manager was useless you know"
JFK = Path(__file__).resolve().parents[2].parent / "shared" / "speech" / "jfk.flac"


@pytest.fixture
def answer_file(tmp_path: Path) -> Path:
    path = tmp_path / "answer.txt"
    path.write_text(ANSWER, encoding="utf-8")
    return path


def test_human_readable_card(run_cli, answer_file: Path) -> None:
    result = run_cli("score", answer_file, "--question-text", "Tell me about a project you improved.")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Question: Tell me about a project you improved.")
    assert "✓ Concrete example" in out and "✓ Quantified result" in out
    assert "✗ Length" in out
    assert "evidence: “Last spring”" in out
    assert "    tip: " in out
    assert "Overall: " in out and "/100" in out


def test_stdin_and_json(run_cli) -> None:
    for args in (("score", "-", "--json"), ("score", "--json")):
        result = run_cli(*args, input=NERVOUS)
        assert result.returncode == 0, result.stderr
        card = json.loads(result.stdout)
        assert set(card) >= {"overall", "criteria", "metrics", "scorer_version"}
        fillers = next(c for c in card["criteria"] if c["id"] == "filler_words")
        assert not fillers["passed"]
        assert {"start", "end", "text"} <= set(fillers["evidence"][0])
        assert card["metrics"]["fillers"] >= 4
        assert "wpm" not in card["metrics"]


def test_bank_question_and_duration(run_cli, answer_file: Path) -> None:
    bank = load_catalog().get("behavioral")
    question = bank.questions[0]
    result = run_cli("score", answer_file, "--bank", "behavioral", "--question", question.id,
                     "--duration", "25", "--json")
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)
    ids = [c["id"] for c in card["criteria"]]
    expected = [cid for cid in (question.criteria or ids) if cid != "relevance" or question.key_points]
    assert set(ids) >= set(expected) - {"pace"}
    assert card["metrics"]["wpm"] == pytest.approx(card["metrics"]["words"] / 25 * 60, abs=0.1)
    same = run_cli("score", answer_file, "--question", f"behavioral/{question.id}", "--duration", "25", "--json")
    assert json.loads(same.stdout) == card


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("score", "missing.txt"), "missing.txt: cannot read"),
        (("score", "{file}", "--duration", "soon"), "--duration: must be a number of seconds from 1"),
        (("score", "{file}", "--duration", "-3"), "--duration: must be a number of seconds from 1"),
        (("score", "{file}", "--duration", "1e-300"), "--duration: must be a number of seconds from 1"),
        (("score", "{file}", "--duration", "1e308"), "--duration: must be a number of seconds from 1"),
        (("score", "{file}", "--duration", "nan"), "--duration: must be a number of seconds from 1"),
        (("score", "{file}", "--no-such-option"), "unrecognized arguments: --no-such-option"),
        (("score", "--audio", "{dir}"), "is a folder, not an audio file"),
        (("score", "{dir}"), "is a folder, not a text file"),
        (("score", "{file}", "--bank", "behavioral"), "--bank needs --question"),
        (("score", "{file}", "--bank", "nope", "--question", "x"), "unknown bank 'nope'"),
        (("score", "{file}", "--question", "behavioral/nope"), "bank 'behavioral' has no question 'nope'"),
        (("score", "{file}", "--question-text", "Q", "--bank", "general", "--question", "x"), "not both"),
        (("score", "{file}", "--jsonl", "-"), "--jsonl cannot be combined with FILE"),
        (("score", "--audio", "nothing.wav"), "nothing.wav: no such audio file"),
        (("score", "--audio", "{file}"), "cannot read audio"),
        (("score", "{file}", "--engine", "openai-whisper"), "--engine and --model only apply with --audio"),
        (("score", "{empty}"), "the answer is empty"),
        (("score", "{latin1}"), "not UTF-8 text"),
    ],
)
def test_errors_are_one_line(run_cli, answer_file: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    filled = [a.format(file=answer_file, empty=tmp_path / "empty.txt", latin1=tmp_path / "latin1.txt",
                       dir=tmp_path) for a in args]
    result = run_cli(*filled)
    assert result.returncode == 1
    assert result.stderr.startswith("mockint: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_jsonl_keeps_order_and_reports_bad_lines(run_cli, tmp_path: Path) -> None:
    question_id = load_catalog().get("behavioral").questions[0].id
    lines = [
        json.dumps({"id": "a", "text": ANSWER, "question": "Tell me about a report.", "duration_s": 40}),
        json.dumps({"id": 2, "text": NERVOUS, "question": f"behavioral/{question_id}"}),
        "{not json",
        "",
        json.dumps({"id": "c", "text": 5}),
        json.dumps({"text": ANSWER, "question": "behavioral/nope"}),
        json.dumps({"id": "d", "text": "I shipped it.", "duration_s": "fast"}),
        json.dumps({"id": "e", "text": NERVOUS}),
    ]
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("score", "--jsonl", path)
    assert result.returncode == 1
    assert "4 of 7 lines could not be scored" in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", 2, None, "c", None, "d", "e"]
    first = out[0]
    assert set(first) >= {"id", "overall", "criteria", "metrics"}
    assert {"id", "label", "score", "passed", "evidence", "tip"} <= set(first["criteria"][0])
    assert first["metrics"]["wpm"] > 0
    assert out[1]["overall"] < first["overall"]
    assert out[2]["error"].startswith("line 3: invalid JSON") and out[2]["line"] == 3
    assert out[3] == {"id": "c", "line": 5, "error": 'line 5: "text": must be a string'}
    assert out[4]["error"].startswith("line 6: bank 'behavioral' has no question 'nope'")
    assert "duration_s" in out[5]["error"]
    assert out[6]["overall"] >= 0


def test_jsonl_from_stdin(run_cli) -> None:
    payload = json.dumps({"id": 1, "text": ANSWER}) + "\n" + json.dumps({"id": 2, "text": NERVOUS}) + "\n"
    result = run_cli("score", "--jsonl", "-", input=payload)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1, 2]


@pytest.mark.slow
def test_audio_is_transcribed_and_scored_with_the_voice(run_cli) -> None:
    result = run_cli("score", "--audio", JFK, "--json")
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)
    assert "country" in card["text"].lower()
    ids = [c["id"] for c in card["criteria"]]
    assert "pace" in ids
    enthusiasm = next(c for c in card["criteria"] if c["id"] == "enthusiasm")
    assert any(e.get("metric") == "pitch_range_semitones" for e in enthusiasm["evidence"])
    assert card["metrics"]["wpm"] > 60 and "latency_s" in card["metrics"]


def test_identical_output_across_processes_and_hash_seeds(run_cli, answer_file: Path) -> None:
    outputs = {
        run_cli("score", answer_file, "--question-text", "Why this role?", "--duration", "30", "--json",
                env={"PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "random")
    }
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["overall"] > 0


def test_jsonl_deep_nesting_and_long_lines_are_errors_of_their_line(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "answers.jsonl"
    good = json.dumps({"id": "ok", "text": ANSWER})
    long_text = json.dumps({"id": "long", "text": "word " * 300_000})  # 1.5 MB
    path.write_bytes("\n".join(["[" * 100_000, "   ", "\ufeff", long_text, good, "\t"]).encode() + b"\n\xff\n")
    result = run_cli("score", "--jsonl", path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr == "mockint: 3 of 4 lines could not be scored\n"
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0] == {"id": None, "line": 1,
                      "error": "line 1: invalid JSON: arrays or objects nested too deeply"}
    assert out[1] == {"id": None, "line": 4, "error": "line 4: the line is longer than 1 MiB"}
    assert out[2]["id"] == "ok" and out[2]["overall"] >= 0
    assert out[3]["line"] == 7 and out[3]["error"].startswith("line 7: not UTF-8 text")


def test_an_answer_over_1_mib_is_refused_in_one_line(run_cli, tmp_path: Path) -> None:
    big = "I shipped the report. " * 60_000  # 1.3 MB
    for args, name in ((("score", "-"), "standard input"), (("score", tmp_path / "big.txt"), str(tmp_path / "big.txt"))):
        (tmp_path / "big.txt").write_text(big, encoding="utf-8")
        result = run_cli(*args, input=big)
        assert result.returncode == 1
        assert result.stderr == f"mockint: {name}: the answer is larger than 1 MiB\n"


def test_long_evidence_is_shortened_in_the_text_output(run_cli, tmp_path: Path) -> None:
    bank = (
        '[bank]\nid = "greedy"\ntitle = "Greedy"\n\n[[criteria]]\nid = "everything"\n'
        'pattern = "(?s)I led.+"\n\n[[questions]]\nid = "q"\ntext = "Tell me about a migration."\n'
    )
    (tmp_path / "greedy.toml").write_text(bank, encoding="utf-8")
    answer = "I led the migration and " + "then we kept going with the rollout " * 20_000 + "and it worked."
    result = run_cli("score", "-", "--question", "greedy/q", "--bank-dir", tmp_path, input=answer)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    shown = lines[next(i for i, line in enumerate(lines) if "Everything" in line) + 1]
    assert shown.startswith("    evidence: “I led the migration") and shown.endswith("…”"), shown[:300]
    assert max(len(line) for line in lines) < 200


@pytest.mark.parametrize(
    "args",
    [("history", "--limit", "1e400"), ("history", "--limit", "99999999999999999999999"),
     ("practice", "--bank", "general", "--count", "0"),
     ("practice", "--bank", "general", "--answer-seconds", "1e9"),
     ("practice", "--bank", "general", "--think-seconds", "nan"),
     ("record", "out.wav", "--seconds", "nan"), ("record", "out.wav", "--seconds", "1e308"),
     ("score", "--jsonl")],
)
def test_every_bad_number_or_option_is_one_mockint_line_and_exit_1(run_cli, args) -> None:
    result = run_cli(*args)
    assert result.returncode == 1, result
    assert result.stderr.startswith("mockint: ") and result.stderr.count("\n") == 1, result.stderr
    assert "usage:" not in result.stderr and "Traceback" not in result.stderr
