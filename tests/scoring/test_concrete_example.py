"""concrete_example: a specific, past-tense story with named things, not generalities."""

from __future__ import annotations

from scoring_helpers import evidence, result
from scoring_samples import PREPARED_TRANSCRIPT

STORY = (
    "For example, last summer at my internship at Acme Foods, I noticed our inventory sheet was "
    "off by hundreds of items. I wrote a small Python script to reconcile it against the "
    "warehouse database, and I walked the store managers through the new sheet."
)
GENERAL = (
    "I'm a hard worker and I'm passionate about data. I always meet my deadlines and I'm a team "
    "player. If there was a problem I would talk to my manager and I would try to fix it."
)


def test_a_story_with_names_passes() -> None:
    found = result(STORY, "concrete_example")
    assert found.passed and found.score >= 0.9
    texts = evidence(found)
    assert "for example" in texts and "last summer" in texts
    assert "acme" in texts or "acme foods" in " ".join(texts)
    assert "python" in texts


def test_the_same_story_as_a_raw_transcript_passes() -> None:
    assert result(PREPARED_TRANSCRIPT, "concrete_example").passed


def test_generalities_fail_and_the_tip_quotes_them() -> None:
    found = result(GENERAL, "concrete_example")
    assert not found.passed and found.score < 0.3
    assert found.metrics["generalities"] >= 4
    assert "general" in found.tip and "“" in found.tip


def test_an_announced_example_without_a_story_gets_its_own_tip() -> None:
    found = result("For example, teamwork is really important to me in any job.", "concrete_example")
    assert not found.passed
    assert "walk through what you did" in found.tip


def test_a_story_without_names_asks_for_specifics() -> None:
    text = ("I noticed the numbers looked wrong. I checked them again, I asked a colleague, I "
            "rewrote the formula, and I sent the corrected version.")
    found = result(text, "concrete_example")
    assert "name the project" in found.tip.lower() or found.passed


def test_spoken_story_openers_are_markers() -> None:
    text = ("so there was this customer at the phone shop where i work who had been charged twice "
            "and on my last shift i looked up his account")
    found = result(text, "concrete_example")
    assert found.metrics["story_markers"] >= 3
    assert {"there was this", "where i work", "on my last shift"} <= set(evidence(found))


def test_everyday_work_objects_are_named_things() -> None:
    text = "At my last job I wrote a small tool to match invoices to purchase orders in a spreadsheet."
    found = result(text, "concrete_example")
    assert found.metrics["named_things"] >= 3
