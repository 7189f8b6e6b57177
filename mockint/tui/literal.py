"""Text from banks, answers and transcripts, shown exactly as written.

Such text may contain Rich markup (``[red]``, ``[link=…]``) or terminal escape sequences. Building a
:class:`rich.text.Text` never parses markup, and :func:`mockint.safe_text.visible` (the one mapping
the CLI uses too) swaps each control character for a visible stand-in of the same length
(``\\x1b`` → ``␛``), so evidence spans (character offsets into the original text) still line up and
nothing reaches the terminal as a control sequence.
"""

from __future__ import annotations

from rich.style import StyleType
from rich.text import Text

from mockint.safe_text import visible


def literal(text: str, style: StyleType = "") -> Text:
    """A Text showing ``text`` literally (no markup, no control sequences)."""
    return Text(visible(text), style=style)
