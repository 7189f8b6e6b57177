"""The "my strengths" profile kept with the history (table ``strengths`` of migration 0007).

Three skills at most, each with the story that proves it (:class:`~mockint.scoring.personal.Strength`).
:func:`checked_strength` is the one place the fields are validated (the CLI and the Strengths
screen both use it): a blank field, a skill with a control character or a newline, or a field over
its length is one :class:`ProfileError` line naming the field, and nothing is written.
"""

from __future__ import annotations

from mockint.errors import MockintError
from mockint.safe_text import control_name, first_control
from mockint.scoring.personal import Strength, StrengthsProfile
from mockint.store.history import HistoryStore
from mockint.store.records import to_db_time

MAX_STRENGTHS = 3
MAX_SKILL_CHARS = 80
MAX_STORY_CHARS = 1000


class ProfileError(MockintError):
    """A strength that cannot be saved as given (one line: ``strengths.2.story: is blank``)."""


def checked_strength(position: int, skill: str, story: str) -> Strength:
    """The strength at ``position`` (1..3) with its fields trimmed, or :class:`ProfileError`."""
    if not 1 <= position <= MAX_STRENGTHS:
        raise ProfileError(f"strengths.{position}: a profile has strengths 1 to {MAX_STRENGTHS}")
    where = f"strengths.{position}"
    skill, story = skill.strip(), story.strip()
    for name, value, limit, allowed in (("skill", skill, MAX_SKILL_CHARS, ""),
                                        ("story", story, MAX_STORY_CHARS, "\n\t")):
        if not value:
            raise ProfileError(f"{where}.{name}: is blank; say it in a few words")
        if len(value) > limit:
            raise ProfileError(f"{where}.{name}: is {len(value):,} characters long (at most {limit:,})")
        bad = first_control(value, allowed)
        if bad is not None:
            raise ProfileError(f"{where}.{name}: control character {control_name(value[bad])} at "
                               f"character {bad + 1}")
    return Strength(skill, story)


class StrengthsStore:
    """The profile rows of one :class:`HistoryStore` (sharing its connections and transactions)."""

    def __init__(self, history: HistoryStore) -> None:
        self.history = history
        self.path = history.path

    def positions(self) -> dict[int, Strength]:
        with self.history._transaction(write=False) as conn:
            rows = conn.execute("SELECT position, skill, story FROM strengths ORDER BY position").fetchall()
        return {int(r[0]): Strength(r[1], r[2]) for r in rows}

    def profile(self) -> StrengthsProfile:
        """The strengths in order (empty when none is set)."""
        return StrengthsProfile(tuple(self.positions().values()))

    def set(self, position: int, skill: str, story: str) -> Strength:
        """Set (or replace) strength ``position``; validated first, so a bad field writes nothing."""
        strength = checked_strength(position, skill, story)
        with self.history._transaction(write=True) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO strengths (position, skill, story, updated_at) VALUES (?, ?, ?, ?)",
                (position, strength.skill, strength.story, to_db_time(None)),
            )
        return strength

    def clear(self, position: int | None = None) -> int:
        """Forget one strength, or all of them; returns how many were removed."""
        with self.history._transaction(write=True) as conn:
            if position is None:
                return conn.execute("DELETE FROM strengths").rowcount
            return conn.execute("DELETE FROM strengths WHERE position = ?", (position,)).rowcount
