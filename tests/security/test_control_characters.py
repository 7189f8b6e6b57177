"""Terminal control sequences in banks, answers and file names never reach the terminal raw.

Every command runs through the installed ``mockint`` script. Human-readable output shows each
control character visibly (ESC as ␛, a C1 control as �); JSON keeps the exact text with every
control character escaped; ``banks import`` refuses them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mockint.safe_text import json_text, one_line, visible
from mockint.scoring.model import CriterionResult, ScoreCard
from mockint.scoring.scorer import SCORER_VERSION
from mockint.store import HistoryStore

ESC_CSI = "\x1b[31m"  # colours the terminal red
OSC = "\x1b]2;pwned\x07"  # renames the terminal (tmux) window
C1_CSI = "\x9b2J"  # the one-character CSI (U+009B): clears the screen
C1_OSC = "\x9d0;pwned\x9c"  # OSC and ST as C1 controls
NASTY = f"{ESC_CSI}red {OSC} {C1_CSI} {C1_OSC}"
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # any control but newline and tab


def assert_no_raw_controls(*outputs: str) -> None:
    for output in outputs:
        found = RAW_CONTROL.search(output)
        assert found is None, f"raw {found.group()!r} in {output!r}"


def toml_escaped(text: str) -> str:
    """``text`` as the body of a TOML basic string (controls as \\uXXXX escapes)."""
    return "".join(f"\\u{ord(c):04X}" if RAW_CONTROL.match(c) or c == "\n" else c for c in text)


# -- the core mapping ---------------------------------------------------------------------------


def test_visible_shows_every_control_but_newline_and_tab_with_the_same_length() -> None:
    every = "".join(map(chr, [*range(0x20), 0x7F, *range(0x80, 0xA0)]))
    shown = visible(every)
    assert len(shown) == len(every)
    assert_no_raw_controls(shown)
    assert "\n" in shown and "\t" in shown
    assert visible(NASTY) == "␛[31mred ␛]2;pwned␇ \ufffd2J \ufffd0;pwned\ufffd"
    assert one_line("a\nb\tc\x1b") == "a␊b␉c␛"


def test_json_text_keeps_the_exact_text_and_escapes_c0_del_and_c1() -> None:
    data = {"text": NASTY + "\x7f é ✓", NASTY: [1, None]}
    written = json_text(data, indent=2)
    assert json.loads(written) == data
    assert_no_raw_controls(written)
    assert "\\u009b2J" in written and "\\u001b" in written and "é ✓" in written


# -- banks list / show / validate ---------------------------------------------------------------


@pytest.fixture
def nasty_bank_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "nasty.toml").write_text(
        f'[bank]\nid = "nasty"\ntitle = "Title {toml_escaped(NASTY)}"\n'
        f'description = "Described {toml_escaped(OSC)}"\n\n'
        f'[[criteria]]\nid = "thanks"\nlabel = "Thanks {toml_escaped(OSC)}"\nphrases = ["thank you"]\n\n'
        f'[[questions]]\nid = "q1"\ntext = "Why {toml_escaped(NASTY)}?"\n'
        f'key_points = ["point {toml_escaped(C1_CSI)}"]\nfollow_ups = ["next {toml_escaped(OSC)}"]\n',
        encoding="utf-8",
    )
    return folder


def test_banks_list_and_show_show_controls_visibly(run_cli, nasty_bank_dir: Path) -> None:
    listing = run_cli("banks", "list", "--bank-dir", nasty_bank_dir)
    shown = run_cli("banks", "show", "nasty", "--bank-dir", nasty_bank_dir)
    question = run_cli("banks", "show", "nasty/q1", "--bank-dir", nasty_bank_dir)
    for result in (listing, shown, question):
        assert result.returncode == 0, result.stderr
        assert_no_raw_controls(result.stdout, result.stderr)
    row = next(line for line in listing.stdout.splitlines() if line.startswith("nasty "))
    assert "Title ␛[31mred ␛]2;pwned␇ \ufffd2J" in row
    assert "Why ␛[31mred ␛]2;pwned␇" in shown.stdout
    assert "point \ufffd2J" in shown.stdout and "next ␛]2;pwned␇" in shown.stdout
    assert "Described ␛]2;pwned␇" in shown.stdout
    assert "Thanks ␛]2;pwned␇" in shown.stdout
    assert "Why ␛[31mred" in question.stdout


def test_banks_list_json_keeps_the_exact_title_escaped(run_cli, nasty_bank_dir: Path) -> None:
    result = run_cli("banks", "list", "--json", "--bank-dir", nasty_bank_dir)
    assert result.returncode == 0, result.stderr
    assert_no_raw_controls(result.stdout)
    entry = next(e for e in json.loads(result.stdout) if e["id"] == "nasty")
    assert entry["title"] == f"Title {NASTY}"


def test_a_file_name_with_an_escape_is_shown_visibly(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / f"bad{OSC}.toml").write_text('[bank]\nid = "bad"\n', encoding="utf-8")
    validate = run_cli("banks", "validate", folder)
    listing = run_cli("banks", "list", "--bank-dir", folder)
    assert validate.returncode == 1
    assert_no_raw_controls(validate.stdout, validate.stderr, listing.stdout, listing.stderr)
    assert "bad␛]2;pwned␇.toml:" in validate.stdout
    assert "bad␛]2;pwned␇.toml" in listing.stderr  # the "broken bank" note


def test_an_error_naming_typed_text_shows_it_visibly(run_cli) -> None:
    result = run_cli("banks", "show", f"no{OSC}such")
    assert result.returncode == 1
    assert_no_raw_controls(result.stdout, result.stderr)
    assert result.stderr.startswith("mockint: ") and "no␛]2;pwned␇such" in result.stderr


# -- score ---------------------------------------------------------------------------------------

ANSWER = f"I rewrote the report script {OSC} and it now takes 20 minutes {C1_CSI} instead of two days."


def test_score_card_shows_the_question_and_evidence_visibly(run_cli) -> None:
    result = run_cli("score", "-", "--question-text", f"Tell me {NASTY}", input=ANSWER)
    assert result.returncode == 0, result.stderr
    assert_no_raw_controls(result.stdout, result.stderr)
    assert "Question: Tell me ␛[31mred ␛]2;pwned␇ \ufffd2J" in result.stdout


def test_score_json_and_jsonl_keep_the_exact_text_escaped(run_cli) -> None:
    card = run_cli("score", "-", "--json", input=ANSWER)
    lines = run_cli("score", "--jsonl", "-", input=json.dumps({"id": NASTY, "text": ANSWER}) + "\n")
    for result in (card, lines):
        assert result.returncode == 0, result.stderr
        assert_no_raw_controls(result.stdout)
    assert json.loads(lines.stdout)["id"] == NASTY
    assert json.loads(card.stdout)["overall"] >= 0


# -- history and export --------------------------------------------------------------------------


@pytest.fixture
def nasty_session() -> int:
    criterion = CriterionResult(
        id="thanks", label=f"Thanks {OSC}", score=0.1, passed=False, tip=f"Say {C1_CSI}",
        weight=1.0, spans=[], metrics={}, summary=f"none {ESC_CSI}",
    )
    card = ScoreCard(10, [criterion], {"words": 5}, SCORER_VERSION)  # not rescored by history
    with HistoryStore() as store:
        session = store.start_session(bank_id=f"b{OSC}", bank_title=f"Bank {NASTY}", settings={})
        store.add_answer(
            session, question_id="b/q", question_text=f"Why {NASTY}?", text=f"Because {NASTY}",
            mode="typed", card=card,
        )
    return session


def test_history_shows_controls_visibly(run_cli, nasty_session: int) -> None:
    table = run_cli("history")
    listed = run_cli("history", "--json")
    assert table.returncode == listed.returncode == 0, table.stderr + listed.stderr
    assert_no_raw_controls(table.stdout, listed.stdout)
    assert "b␛]2;pwned␇" in table.stdout and "Thanks ␛]2;pwned␇" in table.stdout
    assert json.loads(listed.stdout)[0]["bank_title"] == f"Bank {NASTY}"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_export_to_stdout_and_to_a_file_shows_controls_visibly(
    run_cli, nasty_session: int, tmp_path: Path, fmt: str
) -> None:
    printed = run_cli("export", "latest", "--format", fmt)
    target = tmp_path / f"out.{fmt}"
    saved = run_cli("export", "latest", "-o", target)
    assert printed.returncode == saved.returncode == 0, printed.stderr + saved.stderr
    assert_no_raw_controls(printed.stdout, target.read_text(encoding="utf-8"))
    assert "Because ␛" in printed.stdout and "2;pwned␇ \ufffd2J" in printed.stdout  # [ and ] may be escaped


def test_export_json_keeps_the_exact_answer_escaped(run_cli, nasty_session: int) -> None:
    result = run_cli("export", "latest", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert_no_raw_controls(result.stdout)
    assert json.loads(result.stdout)["answers"][0]["text"] == f"Because {NASTY}"


# -- banks import --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("control", "name"),
    [("\x1b", "U+001B"), ("\x07", "U+0007"), ("\x9b", "U+009B"), ("\r", "U+000D"), ("\x7f", "U+007F")],
)
def test_import_refuses_a_control_character_naming_file_line_and_character(
    run_cli, tmp_path: Path, mockint_home: Path, control: str, name: str
) -> None:
    source = tmp_path / "questions.txt"
    source.write_bytes(f"Why this role?\r\nTell me {control}about you.\n".encode())
    result = run_cli("banks", "import", source)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"mockint: {source}:2: control character {name} at column 9")
    assert_no_raw_controls(result.stderr)
    assert not (mockint_home / "data" / "banks").exists()


def test_import_accepts_tabs_and_crlf_line_ends(run_cli, tmp_path: Path) -> None:
    source = tmp_path / "questions.csv"
    source.write_bytes(b"question\tid\r\nWhy this role?\twhy\r\nTell me about you.\tyou\r\n")
    result = run_cli("banks", "import", source)
    assert result.returncode == 0, result.stderr
    assert "imported 2 questions (csv)" in result.stdout
