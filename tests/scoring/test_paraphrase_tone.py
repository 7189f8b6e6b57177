"""professional_tone on the paraphrase set (sentences the detector was not built from)."""

from __future__ import annotations

import pytest
from paraphrase_tone import PARAPHRASES, Labelled
from scoring_helpers import result


@pytest.mark.parametrize("item", PARAPHRASES, ids=lambda item: f"{item.kind}:{item.text[:40]}")
def test_each_labelled_sentence(item: Labelled) -> None:
    found = result(item.text, "professional_tone")
    assert found.passed == item.passes, (found.summary, found.spans)
    if not item.passes:
        assert found.spans, "a failed tone must show the words it found"


def test_the_set_covers_every_kind_in_both_styles() -> None:
    kinds = {item.kind for item in PARAPHRASES}
    assert kinds == {"arguing", "insult", "blame", "complaint", "sarcasm", "profanity", "neutral"}
    spoken = [item for item in PARAPHRASES if item.text == item.text.lower() and "." not in item.text]
    assert len(spoken) >= 15
    assert sum(item.passes for item in PARAPHRASES) >= 30
