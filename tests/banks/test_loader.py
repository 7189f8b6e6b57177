"""A valid bank loads into the model with its defaults applied."""

from __future__ import annotations

from pathlib import Path

from mockint.banks import KNOWN_BUILTIN_CRITERIA
from mockint.banks.loader import load_bank_bytes, load_bank_file, load_bank_text
from mockint.banks.model import CustomCriterion

SAMPLE = Path(__file__).parent / "data" / "sample.toml"


def test_the_sample_bank_loads_with_every_field():
    entry = load_bank_file(SAMPLE, "bank-dir")
    assert entry.ok and entry.problems == []
    bank = entry.bank
    assert (bank.id, bank.title) == (entry.bank_id, entry.title) == ("sample", "Sample bank")
    assert bank.description.startswith("Used by the bank tests.")
    assert (bank.think_seconds, bank.answer_seconds) == (15, 90)
    assert bank.path == SAMPLE and not bank.builtin
    assert bank.custom_criteria == (
        CustomCriterion(
            id="thanks",
            label="Thanks the interviewer",
            phrases=("thank you", "I appreciate"),
            pattern=r"(?i)\bthanks?\b",
            min_matches=1,
            weight=0.5,
            tip="Thank them for their time.",
        ),
    )
    intro, conflict = bank.questions
    assert intro.key_points == ("what I do now", "what I did before", "why this role")
    assert conflict.tags == ("teamwork",)
    assert conflict.follow_ups == ("What would you do differently?",)
    assert (intro.question_type, conflict.question_type) == (None, "story")
    assert intro.synonyms == ()
    assert conflict.synonyms == (
        ("the disagreement", ("we didn't see eye to eye", "we clashed")),
        ("the outcome", ("how it ended",)),
    )


def test_question_times_and_criteria_fall_back_to_the_bank():
    bank = load_bank_file(SAMPLE).bank
    intro, conflict = bank.questions
    assert (intro.think_seconds, intro.answer_seconds) == (15, 90)  # the bank's
    assert (conflict.think_seconds, conflict.answer_seconds) == (30, 150)  # its own
    assert intro.criteria == ("concrete_example", "relevance")  # the bank's list
    assert conflict.criteria == ("star_structure", "professional_tone")  # its own list
    assert bank.question("conflict") is conflict and bank.question("nope") is None


def test_a_minimal_bank_gets_the_documented_defaults():
    text = '[bank]\nid = "m"\ntitle = "Minimal"\n\n[[questions]]\nid = "q"\ntext = "  Why?  "\n'
    entry = load_bank_text(text, Path("m.toml"), "built-in")
    bank = entry.bank
    assert (bank.think_seconds, bank.answer_seconds, bank.criteria) == (20, 120, None)
    question = bank.questions[0]
    assert (question.think_seconds, question.answer_seconds, question.criteria) == (20, 120, None)
    assert question.text == "Why?" and question.key_points == () and question.follow_ups == ()
    assert bank.builtin and bank.custom_criteria == ()


def test_a_bank_may_score_with_its_own_criteria_only():
    text = """\
[[criteria]]
id = "says-thanks_2"
pattern = "thank"

[bank]
id = "own"
title = "Own"
criteria = []

[[questions]]
id = "q"
text = "Anything else?"
"""
    bank = load_bank_text(text, Path("own.toml")).bank
    assert bank.criteria == () and bank.questions[0].criteria == ()
    assert bank.custom_criteria[0].label == "Says thanks 2"  # made from the id
    assert bank.custom_criteria[0].phrases == ()


def test_questions_may_be_written_as_an_inline_array_and_problems_still_find_their_line():
    text = """\
questions = [
  {id = "a", text = "A?"},
  {id = "b", text = ""},
]
[bank]
id = "i"
title = "I"
"""
    entry = load_bank_text(text, Path("i.toml"))
    assert [(p.line, p.field) for p in entry.problems] == [(3, "questions[1].text")]


def test_a_utf8_byte_order_mark_is_accepted():
    raw = b"\xef\xbb\xbf" + SAMPLE.read_bytes()
    entry = load_bank_bytes(raw, SAMPLE)
    assert entry.ok and entry.bank.id == "sample"


def test_the_builtin_criteria_tuple_is_the_contract_list():
    assert KNOWN_BUILTIN_CRITERIA == (
        "concrete_example", "quantified_result", "star_structure", "enthusiasm", "ownership",
        "filler_words", "hedging", "length", "pace", "relevance", "professional_tone",
        "shows_strengths",
    )
