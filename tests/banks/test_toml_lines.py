"""The line scanner maps every field name to the line where it is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockint.banks.loader import load_bank_text
from mockint.banks.toml_lines import LineIndex

DOCUMENT = '''\
title = "root"
[bank]
id = "x"
"quoted key" = 1
desc = """
[[questions]]
id = "inside a string"
"""
tags = ['a', "b]", [1, 2],
  "c"]   # comment [[questions]]
nested.key = 3

[[questions]]
id = "one"

[[questions]]
id = "two"
info = { a = 1, b = [
  "x" ] }

[questions.extra]
note = "belongs to the second question"
'''


def test_keys_headers_and_array_elements_get_their_lines():
    index = LineIndex.of(DOCUMENT)
    expected = {
        "title": 1,
        "bank": 2,
        "bank.id": 3,
        "bank.quoted key": 4,
        "bank.desc": 5,
        "bank.tags": 9,
        "bank.tags[1]": 9,
        "bank.tags[2][1]": 9,
        "bank.tags[3]": 10,
        "bank.nested.key": 11,
        "questions": 13,
        "questions[0]": 13,
        "questions[0].id": 14,
        "questions[1]": 16,
        "questions[1].id": 17,
        "questions[1].info.b": 18,
        "questions[1].info.b[0]": 19,
        "questions[1].extra.note": 22,
    }
    assert {field: index.line_of(field) for field in expected} == expected


def test_unknown_fields_fall_back_to_the_nearest_known_parent():
    index = LineIndex.of(DOCUMENT)
    assert index.line_of("questions[1].text") == 16  # not written: the table's header
    assert index.line_of("bank.tags[7]") == 9
    assert index.line_of("nothing.at.all") == 1
    assert LineIndex.of("").line_of("bank.id") == 1


def test_windows_line_endings_give_the_same_lines():
    unix, windows = LineIndex.of(DOCUMENT), LineIndex.of(DOCUMENT.replace("\n", "\r\n"))
    for field in ("bank.tags[3]", "questions[1].info.b[0]", "questions[1].extra.note"):
        assert windows.line_of(field) == unix.line_of(field)


def test_every_part_of_a_dotted_key_is_on_its_line():
    index = LineIndex.of('[bank]\nid = "x"\n\nbank.title = 1\nmeta . owner . name = "me"\n')
    assert index.line_of("bank.bank") == 4  # `bank.title` inside [bank] is the key bank.bank.title
    assert index.line_of("bank.bank.title") == 4
    assert index.line_of("bank.meta") == 5
    assert index.line_of("bank.meta.owner") == 5


def test_a_sub_table_header_defines_its_parents_on_its_line():
    index = LineIndex.of('[bank]\nid = "x"\n\n[questions.first]\ntext = "a"\n[bank.extra.deep]\nk = 1\n')
    assert index.line_of("questions") == 4
    assert index.line_of("questions.first.text") == 5
    assert index.line_of("bank.extra") == 6


def test_quoted_keys_are_found_under_the_name_tomllib_gives_them():
    document = '[bank]\n"title" = 3\n\'id\' = 4\n"te\\u0078t" = 5\n"a.b" = 6\n"tab\\tkey" = 7\n'
    index = LineIndex.of(document)
    assert index.line_of("bank.title") == 2
    assert index.line_of("bank.id") == 3
    assert index.line_of("bank.text") == 4
    assert index.line_of("bank.a.b") == 5  # one key with a dot in it; the field name joins the same way
    assert index.line_of("bank.tab\tkey") == 6


BANK_PROBLEMS = [
    # (bank text, field of the problem, line it is on)
    ('[bank]\nid = "a"\ntitle = "A"\n\nbank.title = 1\n\n[[questions]]\nid = "q"\ntext = "Why?"\n', "bank.bank", 5),
    ('# header\n[bank]\nid = "a"\n"title" = 3\n\n[[questions]]\nid = "q"\n"te\\u0078t" = 5\n',
     "questions[0].text", 8),
    ('[bank]\nid = "a"\ntitle = "A"\n\n[questions.first]\nid = "q"\n', "questions", 5),
    ('[bank]\nid = "a"\ntitle = "A"\n[[questions]]\nid = "q1"\ntext = "ok"\n\nquestions.tags = 3\n',
     "questions[0].questions", 8),
    ('[bank]\nid = "a"\ntitle = "A"\n[[questions]]\nid = "q1"\ntext = "ok"\n[[questions.follow_ups]]\nz = 1\n',
     "questions[0].follow_ups[0]", 7),
    ('[bank]\nid = "a"\ntitle = "A"\n[[questions]]\nid = "q1"\ntext = "ok"\n'
     'key_points = [\n  "one",\n  { not = "a string" },\n]\n', "questions[0].key_points[1]", 9),
]


@pytest.mark.parametrize(("text", "field", "line"), BANK_PROBLEMS)
def test_bank_problems_name_the_line_they_are_on(text: str, field: str, line: int) -> None:
    entry = load_bank_text(text, Path("bank.toml"))
    where = {problem.field: problem.line for problem in entry.problems}
    assert field in where, entry.problems
    assert where[field] == line
