"""Text from banks, answers and transcripts, shown exactly as written.

Such text may contain Rich markup (``[red]``, ``[link=…]``) or terminal escape sequences. Building a
:class:`rich.text.Text` never parses markup, and :func:`visible` swaps each control character for a
visible stand-in of the same length (``\\x1b`` → ``␛``), so evidence spans (character offsets into
the original text) still line up and nothing reaches the terminal as a control sequence.
"""

from __future__ import annotations

import re

from rich.style import StyleType
from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures" block: ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 controls


def visible(text: str) -> str:
    """``text`` with control characters (other than newline and tab) made visible, same length."""
    return _CONTROL.sub(_stand_in, text)


def literal(text: str, style: StyleType = "") -> Text:
    """A Text showing ``text`` literally (no markup, no control sequences)."""
    return Text(visible(text), style=style)
