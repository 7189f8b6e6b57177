"""What a question bank is once loaded and validated (see question_banks/README.md for the file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class CustomCriterion:
    """A criterion a bank defines: phrases (matched fuzzily) and/or a regular expression."""

    id: str
    label: str
    phrases: tuple[str, ...] = ()
    pattern: str | None = None
    min_matches: int = 1
    weight: float = 1.0
    tip: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    think_seconds: int
    answer_seconds: int
    key_points: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # The built-in criteria that score this question: the question's own list, else the bank's,
    # else None (None = every built-in criterion).
    criteria: tuple[str, ...] | None = None
    # The bank's own criteria that score it: the ones its ``criteria`` names (a question's list is
    # exactly what scores it), or None when it lists none of its own: then every one of them.
    custom_criteria: tuple[str, ...] | None = None
    # The bank's ``type`` for the question (one of mockint.scoring.questions.QUESTION_TYPES), or
    # None: inferred from the text when it is scored.
    question_type: str | None = None
    # ``synonyms``: other ways a candidate may say a key point, ((key point, (synonym, ...)), ...).
    synonyms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # ``example_answer``: what a strong answer sounds like, shown beside the user's after scoring.
    example_answer: str = ""


@dataclass(frozen=True)
class Bank:
    id: str
    title: str
    questions: tuple[Question, ...]
    description: str = ""
    think_seconds: int = 20
    answer_seconds: int = 120
    criteria: tuple[str, ...] | None = None
    custom_criteria: tuple[CustomCriterion, ...] = ()
    path: Path | None = None
    builtin: bool = False

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def custom_criteria_for(self, question: Question) -> tuple[CustomCriterion, ...]:
        """The bank's own criteria that score ``question`` (see :attr:`Question.custom_criteria`)."""
        if question.custom_criteria is None:
            return self.custom_criteria
        return tuple(c for c in self.custom_criteria if c.id in question.custom_criteria)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bank file, printed as ``FILE:LINE: field: message``."""

    path: Path
    line: int
    field: str
    message: str

    def __post_init__(self) -> None:
        # A message quotes what the file says; control characters there must not break the line.
        for name in ("field", "message"):
            value = getattr(self, name)
            if not value.isprintable():
                cleaned = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
                object.__setattr__(self, name, cleaned)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


@dataclass
class BankEntry:
    """A bank file as the catalog knows it: loaded, or broken with its problems."""

    path: Path
    source: str  # "built-in", "user" or "bank-dir"
    bank: Bank | None = None
    problems: list[Problem] = field(default_factory=list)
    bank_id: str = ""  # the id even when broken, if it could be read; else the file stem
    title: str = ""
    notice: str = ""  # e.g. "overrides the built-in bank 'general'"
    overridden_by: Path | None = None  # a later bank with the same id that replaces this one

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.problems
