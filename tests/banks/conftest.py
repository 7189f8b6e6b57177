"""Helpers for the bank tests: writing small banks and an isolated built-in folder."""

from __future__ import annotations

from pathlib import Path

SAMPLE = Path(__file__).parent / "data" / "sample.toml"


def bank_text(bank_id: str, title: str = "A bank", questions: tuple[str, ...] = ("q",)) -> str:
    body = "".join(f'\n[[questions]]\nid = "{q}"\ntext = "Question {q}?"\n' for q in questions)
    return f'[bank]\nid = "{bank_id}"\ntitle = "{title}"\n{body}'


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
