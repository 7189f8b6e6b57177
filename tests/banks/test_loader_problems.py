"""Each malformed bank gives exactly one problem, with the right line, field and message."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockint.banks import textfile
from mockint.banks.loader import load_bank_file

BANK = '[bank]\nid = "t"\ntitle = "T"\n'  # lines 1-3
QUESTION = '\n[[questions]]\nid = "q"\ntext = "Why?"\n'  # lines 4-7 after BANK
CRITERION = '\n[[criteria]]\nid = "thanks"\nphrases = ["thank you"]\n'


def doc(*parts: str) -> str:
    return "".join(parts)


# (case id, file text, line, field, part of the message)
CASES = [
    ("syntax", '[bank]\nid = "t"\ntitle = T\n', 3, "toml", "TOML syntax: invalid value (column 9)"),
    (
        "syntax-at-end",
        doc(BANK, QUESTION, 'tags = ["a"\n'),
        8,
        "toml",
        "TOML syntax: unclosed array (at the end of the file)",
    ),
    ("key-set-twice", doc(BANK, 'title = "U"\n', QUESTION), 4, "toml", "a key is set twice"),
    ("table-twice", doc(BANK, QUESTION, "[bank]\n"), 8, "toml", "cannot declare ('bank',) twice"),
    ("missing-bank", QUESTION.lstrip(), 1, "bank", "missing [bank] table"),
    (
        "missing-bank-id",
        doc('[bank]\ntitle = "T"\n', QUESTION),
        1,
        "bank.id",
        "is missing (required)",
    ),
    (
        "missing-title",
        doc('[bank]\nid = "t"\n', QUESTION),
        1,
        "bank.title",
        "is missing (required)",
    ),
    ("missing-questions", BANK, 1, "questions", "a bank needs at least one [[questions]] table"),
    (
        "no-questions",
        doc("questions = []\n", BANK),
        1,
        "questions",
        "a bank needs at least one question",
    ),
    (
        "questions-inside-bank",
        doc(BANK, 'questions = ["Why?"]\n', QUESTION),
        4,
        "bank.questions",
        "unknown key: questions go in [[questions]] tables, after [bank]",
    ),
    (
        "missing-question-id",
        doc(BANK, '\n[[questions]]\ntext = "Why?"\n'),
        5,
        "questions[0].id",
        "is missing",
    ),
    (
        "missing-question-text",
        doc(BANK, '\n[[questions]]\nid = "q"\n'),
        5,
        "questions[0].text",
        "is missing",
    ),
    (
        "bank-not-table",
        doc('bank = "t"\n', QUESTION),
        1,
        "bank",
        "must be a table ([bank]), not a string",
    ),
    (
        "title-not-string",
        doc('[bank]\nid = "t"\ntitle = 3\n', QUESTION),
        3,
        "bank.title",
        "must be a string, not an integer",
    ),
    (
        "seconds-not-integer",
        doc(BANK, 'think_seconds = "20"\n', QUESTION),
        4,
        "bank.think_seconds",
        "must be a whole number of seconds, not a string",
    ),
    (
        "seconds-float",
        doc(BANK, "answer_seconds = 90.5\n", QUESTION),
        4,
        "bank.answer_seconds",
        "not a decimal number",
    ),
    (
        "seconds-bool",
        doc(BANK, "answer_seconds = true\n", QUESTION),
        4,
        "bank.answer_seconds",
        "not true/false",
    ),
    (
        "questions-not-array",
        doc(BANK, '\n[questions]\nid = "q"\ntext = "Why?"\n'),
        5,
        "questions",
        "must be an array of tables ([[questions]]), not a table",
    ),
    (
        "criteria-list-at-the-top",
        doc('criteria = ["pace"]\n', BANK, QUESTION),
        1,
        "criteria[0]",
        "must be a table ([[criteria]]); a list of built-in criteria goes in [bank]",
    ),
    (
        "question-not-table",
        doc('questions = ["Why?"]\n', BANK),
        1,
        "questions[0]",
        "must be a table, not a string",
    ),
    (
        "tags-not-array",
        doc(BANK, QUESTION, 'tags = "team"\n'),
        8,
        "questions[0].tags",
        "must be an array of strings",
    ),
    (
        "key-point-not-string",
        doc(BANK, QUESTION, 'key_points = ["a", 2]\n'),
        8,
        "questions[0].key_points[1]",
        "must be a string, not an integer",
    ),
    (
        "blank-text",
        doc(BANK, '\n[[questions]]\nid = "q"\ntext = "   "\n'),
        7,
        "questions[0].text",
        "is empty",
    ),
    ("empty-title", doc('[bank]\nid = "t"\ntitle = ""\n', QUESTION), 3, "bank.title", "is empty"),
    (
        "blank-key-point",
        doc(BANK, QUESTION, 'key_points = ["a", " "]\n'),
        8,
        "questions[0].key_points[1]",
        "is empty",
    ),
    (
        "duplicate-question-id",
        doc(BANK, QUESTION, QUESTION),
        10,
        "questions[1].id",
        "duplicate question id 'q' (first used in questions[0], line 6)",
    ),
    (
        "duplicate-criterion-id",
        doc(BANK, CRITERION, CRITERION, QUESTION),
        10,
        "criteria[1].id",
        "duplicate criterion id 'thanks' (first used in criteria[0], line 6)",
    ),
    (
        "invalid-bank-id",
        doc('[bank]\nid = "My Bank"\ntitle = "T"\n', QUESTION),
        2,
        "bank.id",
        "'My Bank' is not a valid id: use lowercase letters, digits and '-', e.g. 'my-bank'",
    ),
    (
        "invalid-question-id",
        doc(BANK, '\n[[questions]]\nid = "q_1"\ntext = "Why?"\n'),
        6,
        "questions[0].id",
        "'q_1' is not a valid id",
    ),
    (
        "id-trailing-dash",
        doc('[bank]\nid = "t-"\ntitle = "T"\n', QUESTION),
        2,
        "bank.id",
        "is not a valid id",
    ),
    (
        "invalid-criterion-id",
        doc(BANK, '\n[[criteria]]\nid = "Thanks!"\npattern = "thanks"\n', QUESTION),
        6,
        "criteria[0].id",
        "use lowercase letters, digits, '-' and '_', e.g. 'thanks'",
    ),
    (
        "criterion-id-is-builtin",
        doc(BANK, '\n[[criteria]]\nid = "pace"\npattern = "x"\n', QUESTION),
        6,
        "criteria[0].id",
        "'pace' is a built-in criterion",
    ),
    (
        "think-too-long",
        doc(BANK, "think_seconds = 601\n", QUESTION),
        4,
        "bank.think_seconds",
        "601 is out of range (0..600 seconds)",
    ),
    (
        "think-negative",
        doc(BANK, QUESTION, "think_seconds = -1\n"),
        8,
        "questions[0].think_seconds",
        "-1 is out of range (0..600 seconds)",
    ),
    (
        "answer-too-short",
        doc(BANK, QUESTION, "answer_seconds = 9\n"),
        8,
        "questions[0].answer_seconds",
        "9 is out of range (10..1800 seconds)",
    ),
    (
        "answer-too-long",
        doc(BANK, "answer_seconds = 1801\n", QUESTION),
        4,
        "bank.answer_seconds",
        "1801 is out of range (10..1800 seconds)",
    ),
    (
        "unknown-bank-key",
        doc(BANK, 'descripton = "x"\n', QUESTION),
        4,
        "bank.descripton",
        "unknown key; did you mean 'description'?",
    ),
    (
        "unknown-question-key",
        doc(BANK, QUESTION, 'key_point = ["a"]\n'),
        8,
        "questions[0].key_point",
        "did you mean 'key_points'?",
    ),
    (
        "unknown-criterion-key",
        doc(BANK, CRITERION, "wieght = 2\n", QUESTION),
        8,
        "criteria[0].wieght",
        "did you mean 'weight'?",
    ),
    (
        "unknown-top-level-key",
        doc(BANK, QUESTION, "\n[extra]\nx = 1\n"),
        9,
        "extra",
        "unknown key (allowed: bank, criteria, questions)",
    ),
    (
        "unknown-criterion-id",
        doc(BANK, 'criteria = ["concrete_exmple"]\n', QUESTION),
        4,
        "bank.criteria[0]",
        "unknown criterion 'concrete_exmple'; did you mean 'concrete_example'?",
    ),
    (
        "unknown-criterion-id-multiline",
        doc(BANK, QUESTION, 'criteria = [\n  "pace",\n  "relevence",\n]\n'),
        10,
        "questions[0].criteria[1]",
        "did you mean 'relevance'?",
    ),
    (
        "criterion-listed-twice",
        doc(BANK, 'criteria = ["pace", "pace"]\n', QUESTION),
        4,
        "bank.criteria[1]",
        "'pace' is listed twice",
    ),
    (
        "own-criterion-in-list",
        doc(BANK, 'criteria = ["thanks"]\n', CRITERION, QUESTION),
        4,
        "bank.criteria[0]",
        "'thanks' is one of this bank's own criteria, which always apply",
    ),
    (
        "empty-criteria-list",
        doc(BANK, QUESTION, "criteria = []\n"),
        8,
        "questions[0].criteria",
        "is empty, so nothing would score",
    ),
    (
        "invalid-regex",
        doc(BANK, '\n[[criteria]]\nid = "x"\npattern = "(thanks"\n', QUESTION),
        7,
        "criteria[0].pattern",
        "a '(' is never closed: add the ')'",
    ),
    (
        "criterion-without-phrases-or-pattern",
        doc(BANK, '\n[[criteria]]\nid = "x"\nlabel = "X"\n', QUESTION),
        5,
        "criteria[0]",
        "needs phrases or a pattern (or both)",
    ),
    (
        "criterion-with-empty-phrases",
        doc(BANK, '\n[[criteria]]\nid = "x"\nphrases = []\n', QUESTION),
        5,
        "criteria[0]",
        "needs phrases or a pattern (or both)",
    ),
    (
        "blank-phrase",
        doc(BANK, '\n[[criteria]]\nid = "x"\nphrases = ["ok", ""]\n', QUESTION),
        7,
        "criteria[0].phrases[1]",
        "is empty",
    ),
    (
        "negative-weight",
        doc(BANK, CRITERION, "weight = -0.5\n", QUESTION),
        8,
        "criteria[0].weight",
        "must not be negative (-0.5)",
    ),
    (
        "infinite-weight",
        doc(BANK, CRITERION, "weight = inf\n", QUESTION),
        8,
        "criteria[0].weight",
        "must be a finite number",
    ),
    (
        "weight-not-number",
        doc(BANK, CRITERION, 'weight = "high"\n', QUESTION),
        8,
        "criteria[0].weight",
        "must be a number, not a string",
    ),
    (
        "min-matches-zero",
        doc(BANK, CRITERION, "min_matches = 0\n", QUESTION),
        8,
        "criteria[0].min_matches",
        "must be at least 1, not 0",
    ),
    (
        "empty-follow-up",
        doc(BANK, QUESTION, 'follow_ups = ["Why?", ""]\n'),
        8,
        "questions[0].follow_ups[1]",
        "is empty",
    ),
    (
        "blank-follow-up",
        doc(BANK, QUESTION, 'follow_ups = [\n  "   ",\n]\n'),
        9,
        "questions[0].follow_ups[0]",
        "is empty",
    ),
    (
        "follow-ups-not-strings",
        doc(BANK, QUESTION, "follow_ups = [[]]\n"),
        8,
        "questions[0].follow_ups[0]",
        "must be a string, not an array",
    ),
    ("empty-file", "", 1, "file", "is empty"),
    ("blank-file", "  \n\n\t\n", 1, "file", "is empty"),
    ("deep-nesting", "a = " + "[" * 3000 + "]" * 3000 + "\n", 1, "toml", "nested too deeply"),
]


def load(tmp_path: Path, content: str | bytes):
    path = tmp_path / "bank.toml"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path, load_bank_file(path)


@pytest.mark.parametrize(
    ("text", "line", "field", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_malformed_bank_gives_one_precise_problem(tmp_path, text, line, field, message):
    path, entry = load(tmp_path, text)
    assert entry.bank is None and not entry.ok
    assert [(p.line, p.field) for p in entry.problems] == [(line, field)], entry.problems
    problem = entry.problems[0]
    assert message in problem.message
    assert str(problem) == f"{path}:{line}: {field}: {problem.message}"
    assert "\n" not in str(problem)


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        (b'[bank]\nid = "t"\ntitle = "caf\xe9"\n', 3, "not UTF-8 text (byte 0xe9 at offset 28)"),
        (b'[bank]\nid = "t"\n\x00\x01\x02', 3, "not a text file (it contains NUL bytes)"),
        (bytes(range(256)), 1, "not a text file"),
    ],
    ids=["latin-1", "nul-bytes", "binary"],
)
def test_a_file_that_is_not_utf8_text_is_one_problem(tmp_path, content, line, message):
    _, entry = load(tmp_path, content)
    assert [(p.line, p.field) for p in entry.problems] == [(line, "file")]
    assert message in entry.problems[0].message


def test_an_unreadable_path_is_a_problem_not_an_exception(tmp_path, monkeypatch):
    missing = load_bank_file(tmp_path / "nope.toml")
    folder = load_bank_file(tmp_path)
    device = load_bank_file(Path("/dev/zero"))
    assert "cannot read: No such file" in missing.problems[0].message
    assert folder.problems[0].message == "is a folder, not a file"
    assert device.problems[0].message == "is not a regular file"
    assert missing.bank_id == "nope"
    monkeypatch.setattr(textfile, "MAX_FILE_BYTES", 10)
    _, big = load(tmp_path, "# " + "x" * 20)
    assert big.problems[0].message == "is too large (more than 10 bytes)"


def test_every_problem_in_a_file_is_reported_not_only_the_first(tmp_path):
    text = """\
[bank]
id = "Bad Id"
titel = "x"
think_seconds = 700
criteria = ["pace", "paec"]

[[criteria]]
id = "thanks"
pattern = "(("
weight = -1

[[questions]]
id = "a"
text = ""
follow_ups = [""]

[[questions]]
id = "a"
text = "Fine?"
answer_seconds = 5
"""
    _, entry = load(tmp_path, text)
    found = [(p.line, p.field) for p in entry.problems]
    assert found == [
        (1, "bank.title"),
        (2, "bank.id"),
        (3, "bank.titel"),
        (4, "bank.think_seconds"),
        (5, "bank.criteria[1]"),
        (9, "criteria[0].pattern"),
        (10, "criteria[0].weight"),
        (14, "questions[0].text"),
        (15, "questions[0].follow_ups[0]"),
        (18, "questions[1].id"),
        (20, "questions[1].answer_seconds"),
    ]
    # Even a broken bank keeps what could be read of its id, for listing.
    assert entry.bank_id == "Bad Id"


def test_a_typo_in_questions_is_reported_with_the_questions_it_hides(tmp_path):
    _, entry = load(tmp_path, doc(BANK, '\n[[questoins]]\nid = "q"\ntext = "Why?"\n'))
    messages = {p.field: p.message for p in entry.problems}
    assert messages["questoins"] == "unknown key; did you mean 'questions'?"
    assert "at least one [[questions]]" in messages["questions"]
