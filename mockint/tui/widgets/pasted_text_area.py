"""The app's one text area for free text: it takes a paste only within limits, and shows control
characters in it literally.

Every box where the user types or pastes free text is a :class:`PastedTextArea` (an answer, a
reply draft, a strength's story, the feedback), each given the limit its text has downstream as a
:class:`SizeLimit`: the CLI's :data:`~mockint.safe_text.MAX_TEXT_BYTES` for an answer or a draft
(:data:`TEXT_LIMIT`), the mapper's characters for the feedback, the profile's for a story. Only
pastes are checked; typing is never refused (the downstream check still says so on saving).

A paste is refused before it reaches the document, so nothing is wrapped, drawn or checked, and one
line says why; the text already there is kept:

- when the text would be larger than its limit (the selection the paste replaces is not counted);
- when it would make a line longer than :data:`MAX_PASTED_LINE_CHARS` characters.

A paste holding control characters is inserted with each one swapped for its visible stand-in
(:func:`mockint.safe_text.visible`: ``\\x1b`` → ``␛``), so none reaches the terminal raw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from textual import events
from textual.widgets import TextArea

from mockint.safe_text import MAX_TEXT_BYTES, MAX_TEXT_SHOWN, visible

# A soft-wrapped line is wrapped and drawn whole at every change to it: on a 2-core machine, with
# Textual 8.2, a pasted line of 1 MiB with no break (a minified file, a base64 blob) took 4 s to
# show and then 3.5 s a key, about 3.5 µs a character. 10,000 characters cost 20 to 30 ms a key
# there (under 0.1 s on a machine three times slower), and are still three times the longest
# paragraph anyone writes (a long email's is under 3,000). A limit of the text area, not of the
# text (the CLI and the store take any line), so it lives here rather than in mockint.safe_text.
MAX_PASTED_LINE_CHARS = 10_000


@dataclass(frozen=True)
class SizeLimit:
    """At most ``most`` UTF-8 bytes or characters, as the text's owner counts them; ``shown`` says
    the limit in a message ("1 MiB"), else it is the number with its unit."""

    most: int
    unit: Literal["bytes", "characters"]
    shown: str = ""

    def size(self, text: str) -> int:
        if self.unit == "bytes":
            return len(text.encode("utf-8", "surrogatepass"))
        return len(text)

    def said(self) -> str:
        return self.shown or f"{self.most:,} {self.unit}"


TEXT_LIMIT = SizeLimit(MAX_TEXT_BYTES, "bytes", MAX_TEXT_SHOWN)  # an answer, a reply draft: as the CLI


def too_large(size: int, what: str, limit: SizeLimit = TEXT_LIMIT) -> str:
    return (f"The paste was not added: the {what} would be {size:,} {limit.unit}, larger than "
            f"{limit.said()} (paste only the text itself).")


def line_too_long(length: int, what: str) -> str:
    return (f"The paste was not added: a line of the {what} would be {length:,} characters long, more "
            f"than {MAX_PASTED_LINE_CHARS:,} (break it into paragraphs).")


class PastedTextArea(TextArea):
    def __init__(self, text: str = "", *, what: str = "text", limit: SizeLimit = TEXT_LIMIT,
                 **options: Any) -> None:
        super().__init__(text, **options)
        self.what = what  # named in the messages: "the reply would be …"
        self.limit = limit

    def longest_line(self, pasted: str) -> int:
        """The longest line ``pasted`` would make, replacing the selection (joined to its ends)."""
        top, bottom = sorted(self.selection)
        lengths = [len(line) for line in pasted.split("\n")]
        lengths[0] += top[1]  # the text before the selection on its first line
        lengths[-1] += len(self.document.get_line(bottom[0])) - bottom[1]  # and after it, on its last
        return max(lengths)

    def refusal(self, pasted: str) -> tuple[str, str] | None:
        """(title, message) if ``pasted`` must not replace the selection, else None."""
        limit = self.limit
        size = limit.size(self.text) - limit.size(self.selected_text) + limit.size(pasted)
        if size > limit.most:
            return "Too large", too_large(size, self.what, limit)
        longest = self.longest_line(pasted)
        if longest > MAX_PASTED_LINE_CHARS:
            return "Line too long", line_too_long(longest, self.what)
        return None

    async def _on_paste(self, event: events.Paste) -> None:
        if self.read_only:
            return  # TextArea's own paste ignores it too
        pasted = event.text.replace("\r\n", "\n").replace("\r", "\n")
        shown = visible(pasted)
        refused = self.refusal(shown)
        if refused is not None:
            event.prevent_default()
            title, message = refused
            self.notify(message, title=title, severity="warning", markup=False)
            return
        if shown == event.text:
            return  # TextArea's own paste inserts it
        event.prevent_default()
        result = self.replace(shown, *self.selection)
        self.move_cursor(result.end_location)
        if shown != pasted:
            self.notify("The paste held control characters: they are shown as stand-ins (␛).",
                        severity="warning", markup=False)
