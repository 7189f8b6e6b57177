"""Same input, same score, whatever Python's hash seed: no criterion may depend on set or dict
iteration order of strings (``PYTHONHASHSEED`` changes it from one run of the app to the next).

Each run scores the built-in banks' example answers and every opening of the calibration
and fresh answers in a fresh interpreter with a different seed, and the cards must be identical, unrounded scores included.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from mockint.banks.catalog import load_catalog
from mockint.scoring import score_answer
from mockint.scoring.model import AnswerInput
from calibration_answers import CALIBRATION
from fresh_answers import FRESH

catalog = load_catalog()
cards = []


def full(card):  # the card as shown, plus every criterion's unrounded score
    return {**card.to_dict(), "raw": [repr(c.score) for c in card.criteria]}


for bank in catalog.banks():
    for question in bank.questions:
        if question.example_answer:
            answer = AnswerInput.for_question(question.example_answer, question, bank)
            cards.append(full(score_answer(answer)))
for rated in CALIBRATION + FRESH:
    sentences = rated.text.split(". ")
    for end in range(1, len(sentences) + 1):  # every opening of the answer: many more STAR mixes
        text = ". ".join(sentences[:end])
        answer = AnswerInput(text=text, question_text=rated.question, duration_s=rated.duration_s)
        cards.append(full(score_answer(answer)))
print(json.dumps(cards, sort_keys=True))
"""


def _cards(seed: str) -> list[dict[str, object]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(Path(__file__).parent)],
        env=env, capture_output=True, text=True, check=True,
    )
    cards: list[dict[str, object]] = json.loads(done.stdout)
    return cards


def test_cards_do_not_depend_on_the_hash_seed() -> None:
    first = _cards("1")
    assert len(first) > 250
    for seed in ("2", "3", "12345"):
        other = _cards(seed)
        differing = [i for i, (a, b) in enumerate(zip(first, other, strict=True)) if a != b]
        assert not differing, f"seed {seed} changed cards {differing[:5]}"
