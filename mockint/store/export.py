"""Exporting a stored session: ``export_session(detail, "md" | "html" | "json") -> str``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mockint import paths
from mockint.safe_text import json_text, visible
from mockint.store.errors import ExportError
from mockint.store.html_export import render_html
from mockint.store.markdown_export import render_markdown
from mockint.store.records import SessionDetail

JSON_FORMAT_NAME = "mockint-session"
JSON_FORMAT_VERSION = 1


def render_json(detail: SessionDetail) -> str:
    """The whole session with every score card, as ``ScoreCard.to_dict`` writes them."""
    data = {"format": JSON_FORMAT_NAME, "version": JSON_FORMAT_VERSION, **detail.to_dict()}
    return json_text(data, indent=2, default=str) + "\n"


RENDERERS: dict[str, Callable[[SessionDetail], str]] = {
    "md": render_markdown,
    "html": render_html,
    "json": render_json,
}
FORMATS = tuple(RENDERERS)


def export_session(detail: SessionDetail, fmt: str) -> str:
    """The session as ``fmt``; answers and bank text keep their words, never a control sequence
    (Markdown and HTML show them visibly, JSON escapes them)."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ExportError(
            f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}"
        ) from None
    text = renderer(detail)
    return text if fmt == "json" else visible(text)


SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


def format_for_path(path: Path) -> str:
    """The export format a file name asks for (``notes.html`` -> ``html``)."""
    try:
        return SUFFIX_FORMATS[path.suffix.lower()]
    except KeyError:
        raise ExportError(
            f"{path}: cannot tell the format from the name; add --format md, html or json"
        ) from None


def save_export(text: str, path: Path) -> None:
    """Write ``text`` to ``path`` readable by the user only (0600), atomically.

    The folder must exist; it is left as it is (it is the user's, not mockint's).
    """
    folder = path.parent
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name")
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist")
    try:
        paths.write_private_file(path, text)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
