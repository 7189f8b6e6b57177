"""Turning a file's bytes into text, or saying exactly why they are not text."""

from __future__ import annotations

from pathlib import Path

MAX_FILE_BYTES = 5_000_000  # far more than any question list; stops /dev/zero-like surprises


class NotText(Exception):
    """The bytes are not readable UTF-8 text; ``line`` is where the trouble starts (1-based)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _line_at(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def decode_text(raw: bytes) -> str:
    """UTF-8 text without a leading byte-order mark; raises :class:`NotText` otherwise."""
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise NotText(_line_at(raw, nul), "not a text file (it contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotText(
            _line_at(raw, exc.start),
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8",
        ) from None
    return text.removeprefix("\ufeff")


def read_text(path: Path) -> str:
    """Read ``path`` as text; raises :class:`NotText` (line 1) when it cannot be read at all."""
    try:
        if path.is_dir():
            raise NotText(1, "is a folder, not a file")
        if path.exists() and not path.is_file():
            raise NotText(1, "is not a regular file")
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise NotText(1, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise NotText(1, f"is too large (more than {MAX_FILE_BYTES:,} bytes)")
    return decode_text(raw)
