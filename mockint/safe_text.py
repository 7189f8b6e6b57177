"""Untrusted text (banks, answers, transcripts, file names) made safe to show or to write as JSON.

Bank files, answers and device names may hold terminal control sequences: ``ESC ] 2 ; … BEL``
renames a terminal window, ``ESC [ 2 J`` clears it, the one-character C1 ``CSI`` (U+009B) does what
``ESC [`` does. This module is the one owner of how mockint neutralises them:

- :func:`visible` swaps every C0 control, DEL and C1 control for a visible stand-in of the same
  length (``\\x1b`` → ``␛``, ``\\x9b`` → ``�``), keeping newline and tab where the layout needs
  them; the CLI (``mockint.cli.output``) and the TUI (``mockint.tui.literal``) both use it. Same
  length, so evidence spans (character offsets into the original text) still line up.
- :func:`one_line` also shows newline and tab, for a table cell or a one-line message.
- :func:`json_text` writes JSON that keeps the exact text, with every C0/C1 control escaped
  (``json.dumps(ensure_ascii=False)`` escapes C0 but leaves DEL and U+0080–U+009F raw).
- :func:`first_control` finds the first control character, for refusing input that has one.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_TEXT_BYTES = 1024 * 1024  # one text read from a file or pasted (a reply draft, a story)
MAX_TEXT_SHOWN = "1 MiB"

# C0 (U+0000-U+001F), DEL (U+007F) and C1 (U+0080-U+009F).
_ANY_CONTROL = "\x00-\x1f\x7f-\x9f"
_CONTROL_BUT_LAYOUT_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but \t and \n
_ANY_CONTROL_RE = re.compile(f"[{_ANY_CONTROL}]")
_RAW_IN_JSON_RE = re.compile(r"[\x7f-\x9f]")  # what json.dumps leaves unescaped

DEL_STAND_IN = "\u2421"  # ␡
C1_STAND_IN = "\ufffd"  # �: Unicode has no pictures for C1 controls


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the "control pictures" block: ␀ … ␟ (␛ for ESC)
    if code == 0x7F:
        return DEL_STAND_IN
    return C1_STAND_IN


def visible(text: str) -> str:
    """``text`` with every control character but newline and tab shown visibly, same length."""
    return _CONTROL_BUT_LAYOUT_RE.sub(_stand_in, text)


def one_line(text: str) -> str:
    """``text`` with every control character shown visibly, newline (␊) and tab (␉) too."""
    return _ANY_CONTROL_RE.sub(_stand_in, text)


def control_name(char: str) -> str:
    """``U+001B`` style name of a character, for messages."""
    return f"U+{ord(char):04X}"


def first_control(text: str, allowed: str = "\t\n") -> int | None:
    """Index of the first C0/DEL/C1 control in ``text`` that is not in ``allowed``, or None."""
    for match in _ANY_CONTROL_RE.finditer(text):
        if match.group() not in allowed:
            return match.start()
    return None


def _escape_raw(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: Any, *, indent: int | None = None, **options: Any) -> str:
    """``json.dumps(data, ensure_ascii=False)`` with every C0/C1 control escaped as ``\\uXXXX``.

    The text is kept exactly (``json.loads`` gives it back), but no control character appears raw.
    Outside strings JSON holds only ASCII punctuation, digits and letters, so every raw DEL/C1 left
    by ``json.dumps`` is inside a string, where ``\\u`` escapes it.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent, **options)
    return _RAW_IN_JSON_RE.sub(_escape_raw, text)
