"""The drill: questions from any bank that exercise the criteria and topics the feedback named."""

from __future__ import annotations

from pathlib import Path

from mockint.aftermath.drill import (
    DRILL_BANK_ID,
    SHORTER_ANSWER_SECONDS,
    STORY_THINK_SECONDS,
    build_drill,
)
from mockint.aftermath.mapper import map_feedback
from mockint.banks.catalog import load_catalog
from mockint.coach.plan import exercised_criteria

STORIES = """
[bank]
id = "stories"
title = "Stories"
think_seconds = 20
answer_seconds = 150
criteria = ["concrete_example", "quantified_result", "star_structure", "length", "relevance"]

[[questions]]
id = "led-team"
text = "Tell me about a time you led a team through a hard deadline."
tags = ["leadership", "deadlines"]

[[questions]]
id = "mistake"
text = "Tell me about a time you made a mistake."
tags = ["failure"]

[[questions]]
id = "numbers"
text = "Describe a project whose results you measured."
tags = ["achievements"]
criteria = ["quantified_result"]
"""

MOTIVES = """
[bank]
id = "motives"
title = "Motives"
think_seconds = 10
answer_seconds = 60
criteria = ["enthusiasm", "filler_words", "pace"]

[[questions]]
id = "why-us"
text = "Why do you want to work here?"
tags = ["motivation"]

[[questions]]
id = "yourself"
text = "Tell me about yourself."
tags = ["opener"]

[[criteria]]
id = "names_company"
label = "Names the company"
phrases = ["your company"]
"""


def _banks(builtin_dir: Path):
    (builtin_dir / "stories.toml").write_text(STORIES)
    (builtin_dir / "motives.toml").write_text(MOTIVES)
    catalog = load_catalog()
    assert not catalog.notices
    return catalog.banks()


def test_every_question_exercises_a_target(builtin_dir) -> None:
    banks = _banks(builtin_dir)
    by_ref = {f"{b.id}/{q.id}": (b, q) for b in banks for q in b.questions}
    drill = build_drill(banks, ["enthusiasm", "quantified_result"], count=10)
    assert sorted(drill.refs) == sorted(by_ref)  # all five exercise one of the two
    for item in drill.items:
        bank, question = by_ref[item.ref]
        assert set(item.criteria) == {"enthusiasm", "quantified_result"} & set(exercised_criteria(bank, question))
        assert item.criteria


def test_questions_on_no_target_are_left_out(builtin_dir) -> None:
    drill = build_drill(_banks(builtin_dir), ["star_structure"], count=10)
    assert drill.refs == ["stories/led-team", "stories/mistake"]  # "numbers" is scored on results only


def test_a_topic_brings_its_tagged_question_first(builtin_dir) -> None:
    drill = build_drill(_banks(builtin_dir), ["concrete_example"], ["leadership"], count=2)
    assert drill.refs[0] == "stories/led-team"
    assert drill.items[0].topics == ("leadership",)
    assert drill.items[0].reason == "works on concrete example, topic leadership"


def test_the_drill_mixes_banks_and_covers_every_target(builtin_dir) -> None:
    drill = build_drill(_banks(builtin_dir), ["concrete_example", "enthusiasm"], count=2)
    assert {item.bank_id for item in drill.items} == {"stories", "motives"}
    assert {c for item in drill.items for c in item.criteria} == {"concrete_example", "enthusiasm"}


def test_times_match_the_feedback(builtin_dir) -> None:
    banks = _banks(builtin_dir)
    mapping = map_feedback("Your answers were long and hard to follow.")
    assert mapping.timing == "shorter"
    drill = build_drill(banks, [c.id for c in mapping.criteria], timing=mapping.timing)
    assert drill.items
    for item in drill.items:
        assert item.answer_seconds == SHORTER_ANSWER_SECONDS  # 150 s in the bank
        assert item.think_seconds == STORY_THINK_SECONDS  # a story to pick: more than the bank's 20
    longer = build_drill(banks, ["enthusiasm"], timing="longer")
    assert {i.answer_seconds for i in longer.items} == {120}
    assert {i.think_seconds for i in longer.items} == {10}


def test_the_drill_runs_as_a_bank_under_the_questions_references(builtin_dir) -> None:
    drill = build_drill(_banks(builtin_dir), ["enthusiasm", "concrete_example"], count=3)
    bank = drill.bank("Feedback drill: Acme")
    assert bank.id == DRILL_BANK_ID and bank.title == "Feedback drill: Acme"
    assert [q.id for q in bank.questions] == drill.refs
    assert [q.answer_seconds for q in bank.questions] == [i.answer_seconds for i in drill.items]
    assert bank.custom_criteria == ()  # mixed banks: no bank's own criteria apply to the others
    assert [bank.source_of(ref).id for ref in drill.refs] == [i.bank_id for i in drill.items]


def test_a_drill_from_one_bank_keeps_its_own_criteria(builtin_dir) -> None:
    drill = build_drill(_banks(builtin_dir), ["enthusiasm"], count=2)
    assert {i.bank_id for i in drill.items} == {"motives"}
    bank = drill.bank()
    assert {tuple(c.id for c in bank.source_of(ref).custom_criteria) for ref in drill.refs} == {("names_company",)}


def test_a_mixed_drill_scores_each_answer_on_its_own_banks_criteria(builtin_dir, tmp_path: Path) -> None:
    """Through the session's own path: plan, practice, the saver (real scorer, real history)."""
    from mockint.session import FakeClock, PracticeSession, SessionOptions, plan_questions
    from mockint.session.answer_saver import AnswerSaver
    from mockint.store import HistoryStore

    drill = build_drill(_banks(builtin_dir), ["enthusiasm", "concrete_example"], count=4)
    assert {i.bank_id for i in drill.items} == {"stories", "motives"}
    bank = drill.bank("Feedback drill: Acme")
    options = SessionOptions(think_seconds=0)
    practice = PracticeSession(plan_questions(bank, options), FakeClock())
    practice.start()
    text = "I would love to join your company: I led the team that shipped the billing move in May."
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        saver = AnswerSaver(bank, options, lambda: store)
        judged: dict[str, set[str]] = {}
        for _ in drill.items:
            result = saver.record(practice.submit(text))
            assert result.save_error is None
            card = result.card
            judged[result.attempt.question_id] = {c.id for c in card.criteria} | {n.id for n in card.not_judged}
            practice.next_question()
        saved = store.get_session(saver.session_id or 0)
    for item in drill.items:
        wanted = set(exercised_criteria(item.source, item.question)) - {"pace"}  # pace: spoken answers only
        assert judged[item.ref] == wanted, item.ref
        assert ("names_company" in judged[item.ref]) == (item.bank_id == "motives")
    assert [a.question_id for a in saved.answers] == drill.refs


def test_same_input_same_drill_and_nothing_for_nothing(builtin_dir) -> None:
    banks = _banks(builtin_dir)
    assert build_drill(banks, ["hedging", "length"]).refs == build_drill(banks, ["hedging", "length"]).refs
    assert build_drill(banks, []).items == []
    assert build_drill(banks, [], ["unknown-topic"]).items == []


def test_the_shipped_banks_drill_each_named_problem() -> None:
    banks = load_catalog().banks()
    for text in ("We felt your examples lacked depth.", "You seemed low-energy.", "Not enough technical detail.",
                 "We wanted more leadership experience.", "You were negative about your previous employer."):
        mapping = map_feedback(text)
        drill = build_drill(banks, [c.id for c in mapping.criteria], [t.id for t in mapping.topics])
        assert len(drill.items) == 5, text
    technical = build_drill(banks, [], ["technical"])
    assert {i.bank_id for i in technical.items} <= {"software-engineering", "data-analytics"}
