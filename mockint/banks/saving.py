"""Writing a new bank file: check the id, validate the text, refuse to overwrite, save 0600."""

from __future__ import annotations

from pathlib import Path

from mockint import paths
from mockint.banks import BankError
from mockint.banks.loader import load_bank_text
from mockint.banks.model import Bank
from mockint.banks.rules import invalid_id_message, is_bank_id


def check_bank_id(bank_id: str) -> str:
    """``bank_id`` if it is a valid id, else a :class:`BankError` suggesting one."""
    if is_bank_id(bank_id):
        return bank_id
    raise BankError(invalid_id_message(bank_id, what="bank id"))


def bank_destination(bank_id: str, output: Path | None = None) -> Path:
    """Where a new bank goes: ``output`` (a file, or a folder to put ``ID.toml`` in), else the
    user's bank folder."""
    if output is None:
        return paths.user_bank_dir() / f"{bank_id}.toml"
    output = Path(output)
    return output / f"{bank_id}.toml" if output.is_dir() else output


def save_new_bank(text: str, destination: Path, *, force: bool = False) -> Bank:
    """Validate ``text`` as a bank and write it to ``destination``, readable by the user only.

    Refuses to replace an existing file unless ``force``. A generated bank that does not validate
    is a bug in mockint, reported with the first problem rather than written.
    """
    entry = load_bank_text(text, destination)
    if entry.bank is None:
        raise BankError(
            f"mockint generated an invalid bank (please report this): {entry.problems[0]}"
        )
    if destination.exists() and not force:
        raise BankError(f"{destination} already exists; use --force to replace it")
    if destination.is_dir():
        raise BankError(f"{destination} is a folder")
    if destination.parent != paths.user_bank_dir() and not destination.parent.is_dir():
        raise BankError(f"{destination.parent}: no such folder")
    try:
        # Atomic and 0600; creates the user bank folder 0700, leaves a folder the user chose as is.
        paths.write_private_file(destination, text)
    except OSError as exc:
        raise BankError(f"{destination}: cannot write: {exc.strerror or exc}") from None
    return entry.bank

