"""Bank patterns are matched by RE2: linear in the answer, whatever the pattern.

Python's ``re`` never finishes ``(a+)+$`` on a long run of "a"s; no test can wait for a deadline
without depending on machine speed, so these tests prove the engine instead (a pattern only RE2
can read matches while scoring) and then score 100,000-character adversarial answers, which
complete only because nothing backtracks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mockint.banks.loader import load_bank_text
from mockint.banks.model import CustomCriterion
from mockint.banks.patterns import compile_pattern, pattern_problem
from mockint.scoring import AnswerInput, score_answer

# pattern -> (a 100,000-character answer that makes Python's re backtrack for ever, one it matches)
ADVERSARIAL = {
    "(a+)+$": ("a" * 99_999 + "!", "a" * 100_000),
    r"(?i)(\w+\s?)+\.$": (("Word " * 20_000)[:99_999] + "!", ("Word " * 20_000)[:99_999] + "."),
}
PROBLEM_LINE = re.compile(r"^(?P<file>.+\.toml):(?P<line>\d+): (?P<field>\S+): (?P<message>.+)$")


def score_with(pattern: str, text: str):
    criterion = CustomCriterion(id="custom", label="Custom", pattern=pattern)
    found = score_answer(AnswerInput(text=text, custom_criteria=(criterion,))).criterion("custom")
    assert found is not None
    return found


def test_scoring_uses_re2() -> None:
    assert type(compile_pattern("(a+)+$")).__module__.startswith("re2")
    # \x{e9} and \pL are RE2 syntax that Python's re refuses: a match proves which engine ran.
    for python_refuses in (r"\pL", r"caf\x{e9}"):
        with pytest.raises(re.error):
            re.compile(python_refuses)
    found = score_with(r"\bcaf\x{e9} \pL+", "I opened a café downtown.")
    assert found.passed and [s.text for s in found.spans] == ["café downtown"]


@pytest.mark.parametrize("pattern", list(ADVERSARIAL))
def test_a_catastrophic_pattern_scores_a_100k_answer(pattern: str) -> None:
    adversarial, matching = ADVERSARIAL[pattern]
    assert len(adversarial) == 100_000
    assert pattern_problem(pattern) is None  # valid, so validate lets it through...
    found = score_with(pattern, adversarial)  # ...and scoring still completes
    assert not found.passed and found.spans == []
    assert score_with(pattern, matching).passed  # and it does match what it should


def test_matches_are_case_insensitive_with_offsets_in_characters() -> None:
    text = "Ünïcode first. Then THANKS a lot, and thanks again."
    found = score_with(r"\bthanks\b", text)
    assert [text[s.start:s.end] for s in found.spans] == ["THANKS", "thanks"]


def test_an_answer_with_a_lone_surrogate_still_scores() -> None:
    found = score_with("thanks", "thanks \ud800 and thanks")
    assert found.metrics["matches"] == 2


UNSUPPORTED = [
    ("thank you(?= for)", "lookahead", "'thank you for'"),
    ("(?<!not )sure", "lookbehind", "include the preceding words"),
    (r"(very|really) \1", "backreferences", "spell the repeated words out"),
    ("(?P<w>so) (?P=w)", "backreferences", "spell the repeated words out"),
    ("(?>team)", "atomic groups", "write (?:…)"),
    ("a++", "possessive", "'a+' instead of 'a++'"),
    (r"done\Z", r"\Z is not supported", r"write \z"),
    ("(?x) team | product", "verbose mode", "remove the spaces"),
    ("a{1001}", "repeat count", "use + or *"),
    ("(thanks", "never closed", "add the ')'"),
]


@pytest.mark.parametrize(("pattern", "what", "instead"), UNSUPPORTED)
def test_validate_names_the_feature_and_what_to_write_instead(
    run_cli, tmp_path: Path, pattern: str, what: str, instead: str
) -> None:
    bank = tmp_path / "mine.toml"
    bank.write_text(
        '[bank]\nid = "mine"\ntitle = "Mine"\n\n[[criteria]]\nid = "x"\n'
        f"pattern = '{pattern}'\n\n[[questions]]\nid = \"q\"\ntext = \"Why?\"\n",
        encoding="utf-8",
    )
    result = run_cli("banks", "validate", bank)
    assert result.returncode == 1
    problem = PROBLEM_LINE.match(result.stdout.splitlines()[0])
    assert problem is not None, result.stdout
    assert (problem["file"], problem["line"], problem["field"]) == (str(bank), "7", "criteria[0].pattern")
    assert what in problem["message"] and instead in problem["message"]
    assert result.stderr == ""  # RE2 logs nothing of its own


def test_the_builtin_bank_patterns_are_all_re2(tmp_path: Path) -> None:
    builtin = Path(__file__).resolve().parents[2] / "question_banks"
    patterns = []
    for path in sorted(builtin.glob("*.toml")):
        entry = load_bank_text(path.read_text(encoding="utf-8"), path)
        assert entry.ok, entry.problems
        patterns += [c.pattern for c in entry.bank.custom_criteria if c.pattern]
    assert patterns and all(pattern_problem(p) is None for p in patterns)


def test_the_cli_scores_a_long_adversarial_answer_against_a_bank(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "evil.toml").write_text(
        '[bank]\nid = "evil"\ntitle = "Evil"\n\n[[criteria]]\nid = "nested"\n'
        "pattern = '(a+)+$'\n\n[[criteria]]\nid = \"sentence\"\npattern = '(?i)(\\w+\\s?)+\\.$'\n\n"
        '[[questions]]\nid = "q"\ntext = "Say something."\n',
        encoding="utf-8",
    )
    assert run_cli("banks", "validate", folder / "evil.toml").returncode == 0
    for text, _ in ADVERSARIAL.values():
        result = run_cli("score", "-", "--bank", "evil", "--question", "q", "--bank-dir", folder, input=text)
        assert result.returncode == 0, result.stderr
        assert "Overall:" in result.stdout
