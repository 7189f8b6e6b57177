"""Whatever the bytes, loading a bank gives problems, never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mockint.banks.loader import load_bank_bytes, load_bank_text
from mockint.banks.toml_lines import LineIndex

SAMPLE_TEXT = (Path(__file__).parent / "data" / "sample.toml").read_text(encoding="utf-8")
PATH = Path("fuzz.toml")

# Pieces that make random text look like a bank, so the fuzzing reaches the validator.
TOML_PIECES = st.sampled_from(
    ['[bank]\n', '[[questions]]\n', '[[criteria]]\n', 'id = "x"\n', 'text = "t"\n', 'title = 1\n',
     'pattern = "("\n', 'weight = -1\n', 'criteria = ["pace"]\n', 'tags = [1, "a"]\n', '"""', "'''",
     "[", "]", "{", "}", "=", ",", "\n", "#", '"', "\\", "\x00", "\ufeff"]
)


def check(entry) -> None:
    assert entry.ok == (entry.bank is not None)
    for problem in entry.problems:
        assert problem.line >= 1 and problem.field and problem.message
        assert "\n" not in str(problem)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(raw):
    check(load_bank_bytes(raw, PATH))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TOML_PIECES, st.text(max_size=20)), max_size=60).map("".join))
def test_random_bank_like_text_never_raises(text):
    check(load_bank_text(text, PATH))
    LineIndex.of(text).line_of("questions[0].id")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_valid_banks_never_raise_and_point_inside_the_file(data):
    start = data.draw(st.integers(0, len(SAMPLE_TEXT)))
    end = data.draw(st.integers(start, min(len(SAMPLE_TEXT), start + 40)))
    insert = data.draw(st.one_of(TOML_PIECES, st.text(max_size=10)))
    text = SAMPLE_TEXT[:start] + insert + SAMPLE_TEXT[end:]
    entry = load_bank_text(text, PATH)
    check(entry)
    for problem in entry.problems:
        assert problem.line <= text.count("\n") + 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["text", "markdown", "csv"]))
def test_any_imported_list_becomes_a_valid_bank_or_a_clear_error(text, fmt):
    from mockint.banks import BankError
    from mockint.banks.importer import bank_toml, parse_questions

    try:
        parsed = parse_questions(text, fmt, PATH)
    except BankError as exc:  # e.g. a CSV without a question column: one line, no traceback
        assert "\n" not in str(exc)
        return
    if parsed.questions:
        entry = load_bank_text(bank_toml("fuzz", "Fuzz", "x.txt", parsed.questions), PATH)
        assert entry.ok, entry.problems
