"""What a bank file may contain: the keys, id shapes, time ranges and the built-in criterion ids.

The one place these rules live: the loader checks them, the template and the importer write within
them, and question_banks/README.md documents them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# The scorer's built-in criteria (mockint.scoring asserts its registry matches this tuple).
KNOWN_BUILTIN_CRITERIA: tuple[str, ...] = (
    "concrete_example",
    "quantified_result",
    "star_structure",
    "enthusiasm",
    "ownership",
    "filler_words",
    "hedging",
    "length",
    "pace",
    "relevance",
    "professional_tone",
    "shows_strengths",
)

# The kinds of question a bank may give as a question's ``type`` (mockint.scoring.questions infers
# one from the text when a bank gives none, and uses these ids).
QUESTION_TYPES: tuple[str, ...] = (
    "story",
    "role-play",
    "technical",
    "motivation",
    "self-description",
    "general",
)

BANK_ID_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
CRITERION_ID_RE = re.compile(r"[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?")
MAX_ID_LENGTH = 64

THINK_SECONDS_RANGE = (0, 600)
ANSWER_SECONDS_RANGE = (10, 1800)
DEFAULT_THINK_SECONDS = 20
DEFAULT_ANSWER_SECONDS = 120

TOP_LEVEL_KEYS = ("bank", "criteria", "questions")
BANK_KEYS = ("id", "title", "description", "think_seconds", "answer_seconds", "criteria")
CRITERION_KEYS = ("id", "label", "phrases", "pattern", "min_matches", "weight", "tip")
QUESTION_KEYS = (
    "id",
    "text",
    "think_seconds",
    "answer_seconds",
    "tags",
    "key_points",
    "follow_ups",
    "criteria",
    "type",
    "synonyms",
    "example_answer",
)


def is_bank_id(value: str) -> bool:
    """Bank and question ids: lowercase letters, digits and '-' (not at either end)."""
    return len(value) <= MAX_ID_LENGTH and BANK_ID_RE.fullmatch(value) is not None


def is_criterion_id(value: str) -> bool:
    """Custom criterion ids may also use '_' (like the built-in ``concrete_example``)."""
    return len(value) <= MAX_ID_LENGTH and CRITERION_ID_RE.fullmatch(value) is not None


def invalid_id_message(value: str, *, criterion: bool = False, what: str = "id") -> str:
    """Why ``value`` is not a valid id, with a valid one made from it when possible."""
    allowed = "lowercase letters, digits, '-' and '_'" if criterion else (
        "lowercase letters, digits and '-'"
    )
    suggestion = slugify(value)
    if criterion:
        suggestion = suggestion.replace("-", "_")
    hint = f", e.g. '{suggestion}'" if suggestion else ""
    limit = f"(at most {MAX_ID_LENGTH} characters)"
    return f"'{value}' is not a valid {what}: use {allowed}{hint} {limit}"


def ascii_words(text: str) -> list[str]:
    """Lowercase ASCII words of ``text`` ("Café, 2024!" -> ["cafe", "2024"])."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.findall(r"[a-z0-9]+", folded.lower())


def slugify(text: str, max_words: int = 6, max_length: int = 40) -> str:
    """A valid id made from ``text`` ("Senior Roles (2024)" -> "senior-roles-2024"); may be ''."""
    return "-".join(ascii_words(text)[:max_words])[:max_length].strip("-")


def close_matches(word: str, choices: Iterable[str], limit: int = 1) -> list[str]:
    """Up to ``limit`` choices most like ``word`` (rapidfuzz), best first; [] if none is close."""
    from rapidfuzz import fuzz, process

    found = process.extract(word, list(choices), scorer=fuzz.ratio, limit=limit, score_cutoff=60)
    return [match[0] for match in found]


def did_you_mean(word: str, choices: Iterable[str], limit: int = 1) -> str:
    """``"; did you mean 'a' or 'b'?"`` when choices are close to ``word``, else ``""``."""
    matches = [f"'{m}'" for m in close_matches(word, choices, limit)]
    if not matches:
        return ""
    listed = matches[0] if len(matches) == 1 else f"{', '.join(matches[:-1])} or {matches[-1]}"
    return f"; did you mean {listed}?"
