"""`banks import`: plain text, Markdown and CSV lists become valid banks in the user folder."""

from __future__ import annotations

import stat

import pytest

from mockint import paths
from mockint.banks import BankError
from mockint.banks.importer import detect_format, import_bank, question_id_from_text
from mockint.banks.loader import load_bank_file

from .conftest import write


def imported(result):
    """The bank as read back from the written file (it must validate)."""
    entry = load_bank_file(result.path)
    assert entry.ok, entry.problems
    return entry.bank


def test_plain_text_one_question_per_line(tmp_path):
    text = "Why retail?\n\n# a comment\n  How do you handle a queue?  \n"
    source = write(tmp_path, "Retail Interview.txt", text)
    result = import_bank(source)
    bank = imported(result)
    assert result.path == paths.user_bank_dir() / "retail-interview.toml"
    assert result.format == "text"
    assert (bank.id, bank.title) == ("retail-interview", "Retail interview")
    assert [q.text for q in bank.questions] == ["Why retail?", "How do you handle a queue?"]
    assert [q.id for q in bank.questions] == ["retail", "handle-queue"]
    assert all(q.key_points == () for q in bank.questions)


def test_markdown_list_with_title_follow_ups_and_continuations(tmp_path):
    source = write(
        tmp_path,
        "pm.md",
        """\
# Product manager loop

Intro text that is not a question.

1. Tell me about a product you **love**.
   - How would you improve it?
   - How would you measure
     the improvement?
2) Walk me through a time you said no.
* [ ] How do you prioritise when
  everything is urgent?

```
- not a question: inside a code block
```
""",
    )
    bank = imported(import_bank(source, bank_id="pm-loop"))
    assert (bank.id, bank.title) == ("pm-loop", "Product manager loop")
    assert [q.text for q in bank.questions] == [
        "Tell me about a product you love.",
        "Walk me through a time you said no.",
        "How do you prioritise when everything is urgent?",
    ]
    assert bank.questions[0].follow_ups == (
        "How would you improve it?",
        "How would you measure the improvement?",
    )


def test_csv_with_a_question_column_and_optional_lists(tmp_path):
    source = write(
        tmp_path,
        "sales.csv",
        'Question,Key Points,tags,id,answer_seconds,notes\n'
        '"Sell me this pen.","ask what they need; tie it to a benefit",role-play,pen,90,x\n'
        ',,,,,\n'
        '"Describe, briefly, a deal you lost.",,"resilience; growth",,,\n',
    )
    result = import_bank(source)
    bank = imported(result)
    assert result.format == "csv"
    assert result.warnings == ["ignored column 'notes'"]
    pen, lost = bank.questions
    assert (pen.id, pen.answer_seconds, pen.key_points, pen.tags) == (
        "pen", 90, ("ask what they need", "tie it to a benefit"), ("role-play",)
    )
    assert (lost.text, lost.id, lost.tags) == (
        "Describe, briefly, a deal you lost.",
        "describe-briefly-deal-lost",
        ("resilience", "growth"),
    )
    assert lost.answer_seconds == 120


def test_a_csv_cell_may_span_lines_and_errors_name_the_physical_line(tmp_path):
    text = 'question,answer_seconds\n"Tell me about\na failure.",60\n"Why?",5\n'
    with pytest.raises(BankError, match=r"multi.csv:4: answer_seconds: '5' is not a whole number"):
        import_bank(write(tmp_path, "multi.csv", text))
    fixed = write(tmp_path, "multi.csv", text.replace(",5", ",50"))
    assert imported(import_bank(fixed)).questions[0].text == "Tell me about a failure."


def test_csv_is_recognised_by_its_header_whatever_the_extension(tmp_path):
    text = "question\tkey_points\nWhy us?\tthe mission\n"
    source = write(tmp_path, "list.txt", text)
    assert detect_format(source, text) == "csv"
    assert detect_format(source, "- a\n- b\n") == "markdown"
    assert detect_format(source, "Why?\nHow?\n") == "text"
    assert imported(import_bank(source)).questions[0].key_points == ("the mission",)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "bad.csv",
            "prompt,notes\nWhy?,x\n",
            "bad.csv:1: the CSV header has no 'question' column (found: prompt, notes)",
        ),
        ("typo.csv", "questoin\nWhy?\n", "no 'question' column; did you mean 'questoin'?"),
        (
            "secs.csv",
            "question,think_seconds\nWhy?,700\n",
            "secs.csv:2: think_seconds: '700' is not a whole number of seconds in 0..600",
        ),
        ("ids.csv", "question,id\nWhy?,Bad Id\n", "ids.csv:2: id: 'Bad Id' is not a valid"),
        (
            "twice.csv",
            "question,id\nWhy?,q\nHow?,q\n",
            "twice.csv:3: id: 'q' is used twice (first on line 2)",
        ),
        ("empty.txt", "\n# only a comment\n", "empty.txt: no questions found"),
        ("latin.txt", "Why?\ncaf\xe9?\n", "latin.txt:2: not UTF-8 text"),
    ],
)
def test_bad_input_is_a_one_line_error(tmp_path, name, content, message):
    source = tmp_path / name
    source.write_bytes(content.encode("latin-1"))
    with pytest.raises(BankError) as caught:
        import_bank(source)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert not paths.user_bank_dir().exists() or not any(paths.user_bank_dir().iterdir())


def test_repeated_questions_are_dropped_with_a_warning_and_ids_stay_unique(tmp_path):
    source = write(tmp_path, "r.txt", "Why us?\nWhy us!\nwhy us?\nWhy US?  \nTell me, why us??\n")
    result = import_bank(source)
    bank = imported(result)
    assert [q.text for q in bank.questions] == ["Why us?", "Why us!", "Tell me, why us??"]
    assert [q.id for q in bank.questions] == ["us", "us-2", "us-3"]
    assert result.warnings == [
        "line 3: skipped a repeat of the question on line 1",
        "line 4: skipped a repeat of the question on line 1",
    ]


def test_an_existing_bank_is_only_replaced_with_force_and_files_are_private(tmp_path):
    source = write(tmp_path, "mine.txt", "First?\n")
    first = import_bank(source)
    write(tmp_path, "mine.txt", "Second?\n")
    with pytest.raises(BankError, match="mine.toml already exists; use --force to replace it"):
        import_bank(source)
    assert imported(first).questions[0].text == "First?"
    assert imported(import_bank(source, force=True)).questions[0].text == "Second?"
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.user_bank_dir().stat().st_mode) == 0o700


def test_an_invalid_id_or_file_name_is_refused(tmp_path):
    source = write(tmp_path, "ok.txt", "Why?\n")
    with pytest.raises(BankError, match="'My Bank' is not a valid bank id: .*e.g. 'my-bank'"):
        import_bank(source, bank_id="My Bank")
    odd = write(tmp_path, "___.txt", "Why?\n")
    with pytest.raises(BankError, match="give one with --id"):
        import_bank(odd)


def test_quotes_backslashes_and_unicode_survive_the_round_trip(tmp_path):
    text = 'What does "done" mean to you? C:\\path \\n — café 😀\n'
    bank = imported(import_bank(write(tmp_path, "u.txt", text)))
    assert bank.questions[0].text == text.strip()


def test_question_ids_keep_the_meaningful_words():
    assert question_id_from_text("Tell me about a time you failed.") == "time-failed"
    assert question_id_from_text("What is your greatest weakness?") == "greatest-weakness"
    assert question_id_from_text("¿Por qué aquí?") == "por-que-aqui"
    assert question_id_from_text("???") == ""


def test_lines_of_nothing_but_markup_are_not_questions(tmp_path):
    source = write(tmp_path, "list.txt", "`\nWhy this team?\n**\n")
    bank = imported(import_bank(source))
    assert [q.text for q in bank.questions] == ["Why this team?"]
