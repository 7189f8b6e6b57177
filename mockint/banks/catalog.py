"""Every bank mockint knows: built-in, the user's bank folder, then each ``--bank-dir``.

Later sources override earlier ones by bank id (a user bank called ``general`` replaces the
built-in one), each override leaving a notice. A broken bank is kept, with its problems, so it can
be listed and fixed; it never replaces a working bank and never stops the others from loading.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mockint import paths
from mockint.banks import BankError
from mockint.banks.loader import load_bank_file
from mockint.banks.model import Bank, BankEntry, Problem, Question
from mockint.banks.rules import did_you_mean

SOURCE_BUILTIN = "built-in"
SOURCE_USER = "user"
SOURCE_BANK_DIR = "bank-dir"


class FolderUnreadable(BankError):
    """A bank folder that exists but cannot be listed (its banks would silently vanish)."""

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"{folder}: cannot read the bank folder: {reason}")
        self.folder, self.reason = folder, reason


def bank_files(folder: Path) -> list[Path]:
    """The ``*.toml`` files directly in ``folder``, sorted by name (none if it does not exist).

    Raises :class:`FolderUnreadable` when the folder exists but cannot be listed. A file is
    listed even when it is a broken link or a link loop: loading it reports the problem.
    """
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise FolderUnreadable(folder, exc.strerror or str(exc)) from None
    return sorted(folder / n for n in names if n.endswith(".toml") and not n.startswith("."))


def expand_bank_paths(given: Iterable[Path]) -> list[Path]:
    """Files as given, folders replaced by their ``*.toml`` files (for ``banks validate``).

    An unreadable folder raises :class:`FolderUnreadable`.
    """
    found: list[Path] = []
    for path in map(Path, given):
        found.extend(bank_files(path) if _may_be_folder(path) else [path])
    return found


@dataclass
class Catalog:
    entries: list[BankEntry] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._active: dict[str, BankEntry] = {}
        for entry in self.entries:
            self._add(entry)

    def _add(self, entry: BankEntry) -> None:
        if not entry.ok:
            replaced = self._active.get(entry.bank_id)
            still = f"; the {replaced.source} bank '{entry.bank_id}' is used" if replaced else ""
            self.notices.append(
                f"{entry.path}: broken bank ({_count(len(entry.problems), 'problem')}){still}; "
                f"see `mockint banks validate {entry.path}`"
            )
            return
        previous = self._active.get(entry.bank_id)
        if previous is not None:
            entry.notice = (
                f"overrides the {previous.source} bank '{entry.bank_id}' ({previous.path})"
            )
            previous.overridden_by = entry.path
            self.notices.append(f"{entry.path}: bank '{entry.bank_id}' {entry.notice}")
        self._active[entry.bank_id] = entry

    def banks(self) -> list[Bank]:
        """The usable banks, one per id, overrides applied, in the order they were found."""
        return [entry.bank for entry in self._active.values() if entry.bank is not None]

    def ids(self) -> list[str]:
        return list(self._active)

    def get(self, bank_id: str) -> Bank:
        entry = self._active.get(bank_id)
        if entry is not None and entry.bank is not None:
            return entry.bank
        broken = next((e for e in self.entries if e.bank_id == bank_id and not e.ok), None)
        if broken is not None:
            raise BankError(f"bank '{bank_id}' is broken: {broken.problems[0]}")
        raise BankError(f"unknown bank '{bank_id}'{_suggestion(bank_id, self.ids(), 'banks')}")

    def find_question(self, reference: str) -> tuple[Bank, Question]:
        """``"behavioral/conflict"`` -> the bank and its question."""
        bank_id, slash, question_id = reference.partition("/")
        if not slash or not bank_id or not question_id:
            raise BankError(f"'{reference}' is not a question reference: write BANK_ID/QUESTION_ID")
        bank = self.get(bank_id)
        question = bank.question(question_id)
        if question is None:
            known = [q.id for q in bank.questions]
            hint = _suggestion(question_id, known, "questions")
            raise BankError(f"bank '{bank_id}' has no question '{question_id}'{hint}")
        return bank, question


def load_catalog(extra_dirs: Sequence[Path] = ()) -> Catalog:
    """Load every bank: built-in, then the user's bank folder, then each of ``extra_dirs``."""
    for folder in extra_dirs:
        if not _may_be_folder(Path(folder)):
            raise BankError(f"--bank-dir {folder}: no such folder")
    sources: list[tuple[str, Path]] = [
        (SOURCE_BUILTIN, paths.builtin_bank_dir()),
        (SOURCE_USER, paths.user_bank_dir()),
    ]
    sources.extend((SOURCE_BANK_DIR, Path(folder)) for folder in extra_dirs)
    entries: list[BankEntry] = []
    seen: set[str] = set()
    for source, folder in sources:
        try:
            files = bank_files(folder)
        except FolderUnreadable as exc:  # listed as a broken entry, so it is seen and reported
            problem = Problem(folder, 1, "folder", f"cannot read the bank folder: {exc.reason}")
            entries.append(BankEntry(folder, source, problems=[problem], bank_id=folder.name))
            continue
        for path in files:
            real = os.path.realpath(path)  # never raises, even on a link loop
            if real not in seen:  # the same folder given twice loads once
                seen.add(real)
                entries.append(load_bank_file(path, source))
    return Catalog(entries)


def _may_be_folder(path: Path) -> bool:
    """A folder, or something whose kind cannot be checked (listing it says why)."""
    try:
        return path.is_dir()
    except OSError:
        return True


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _suggestion(word: str, known: list[str], what: str) -> str:
    hint = did_you_mean(word, known, limit=3)
    if hint or not known:
        return hint
    return f" (known {what}: {', '.join(sorted(known))})"
