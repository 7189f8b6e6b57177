"""The line scanner maps every field name to the line where it is written."""

from __future__ import annotations

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
