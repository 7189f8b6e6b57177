"""Shared text utilities: offsets, sentences on unpunctuated speech, numbers, stems."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mockint.scoring import AnswerInput, default_settings
from mockint.scoring.analysis import Analysis
from mockint.scoring.numbers import NUMBER_LEXICON, _candidates
from mockint.scoring.text import _end_runs, normalize, stem, tokenize


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


# The sentence-end and digit scans use str.find instead of a regex (faster): they must find
# exactly what the regex they replace finds.
_SCAN_TEXT = st.text(alphabet=st.sampled_from("ab Z 0123456789.!?…\n,-'٣_$%"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(text=_SCAN_TEXT)
def test_sentence_end_runs_are_what_the_regex_finds(text: str) -> None:
    assert _end_runs(text) == [m.span() for m in re.finditer(r"[.!?…\n]+", text)]


@settings(max_examples=300, deadline=None)
@given(text=_SCAN_TEXT)
def test_number_candidates_include_every_word_starting_with_digits(text: str) -> None:
    found = analysis(text)
    starts = found.starts
    digit_words = {starts.index(m.start()) for m in re.finditer(r"[0-9]+", found.norm) if m.start() in starts}
    candidates = set(_candidates(found))
    lexicon_words = {hit.first for hit in found.hits(NUMBER_LEXICON)}
    assert digit_words <= candidates
    assert candidates - digit_words - lexicon_words <= {i for i, w in enumerate(found.words) if "-" in w}
