"""Shared text utilities: offsets, sentences on unpunctuated speech, numbers, stems."""

from __future__ import annotations

import pytest

from mockint.scoring import AnswerInput, default_settings
from mockint.scoring.analysis import Analysis
from mockint.scoring.text import normalize, stem, tokenize


def analysis(text: str) -> Analysis:
    return Analysis(AnswerInput(text=text), default_settings())


def test_tokens_keep_offsets_into_the_original() -> None:
    text = "İstanbul office: I don’t know, it’s 1.5 million?"
    for token in tokenize(text):
        assert normalize(text)[token.start:token.end] == token.text
    assert [t.text for t in tokenize(text)][-4:] == ["don't", "know", "it's", "1.5", "million"][-4:]
    assert len(normalize(text)) == len(text)


def test_sentences_in_punctuated_text() -> None:
    found = analysis("I joined in May. It was busy! Did we ship? Yes, on time.").sentences
    assert [s.words for s in found] == [4, 3, 3, 3]


def test_sentences_in_unpunctuated_speech_are_cut_at_clause_starts() -> None:
    text = ("so last year i was working at a bakery and we had a problem with orders then i built a "
            "spreadsheet to track them and after that we never lost an order again i learned a lot")
    found = analysis(text).sentences
    assert 3 <= len(found) <= 6
    assert all(s.words <= 28 for s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we grew twenty percent", [("twenty percent", "percent")]),
        ("it took three weeks", [("three weeks", "time")]),
        ("we raised $2k", [("$2k", "money")]),
        ("1.5 million downloads", [("1.5 million downloads", "count")]),
        ("a hundred and fifty customers", [("a hundred and fifty customers", "count")]),
        ("in 2019 we doubled it", [("2019", "date"), ("doubled", "multiplier")]),
        ("up 20% from march", [("20%", "percent")]),
        ("one of my teammates", []),
        ("it cut planning time by about a third", [("a third", "fraction")]),
        ("two thirds of the tickets", [("two thirds", "fraction")]),
        ("covid-19 and the 2nd floor", []),
    ],
)
def test_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    found = analysis(text).numbers
    assert [(text[n.start:n.end], n.kind) for n in found] == expected


def test_stem() -> None:
    assert stem("disagreed")[:6] == stem("disagreement")[:6] == "disagr"
    assert stem("planned") == stem("planning") == "plan"
