"""A TextArea that takes a paste only up to a size, and shows control characters in it literally.

A paste that would make the text larger than ``max_bytes`` (UTF-8, the CLI's limit for the same
text: :data:`mockint.safe_text.MAX_TEXT_BYTES`) is refused before it reaches the document, so
nothing is wrapped, drawn or checked, and one line says why; the text already there is kept. A
paste holding control characters is inserted with each one swapped for its visible stand-in
(:func:`mockint.safe_text.visible`: ``\\x1b`` → ``␛``), so none reaches the terminal raw.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import TextArea

from mockint.safe_text import MAX_TEXT_BYTES, MAX_TEXT_SHOWN, first_control, visible


def too_large(size: int, what: str) -> str:
    return (f"The paste was not added: the {what} would be {size:,} bytes, larger than {MAX_TEXT_SHOWN} "
            "(paste only the text itself).")


class PastedTextArea(TextArea):
    max_bytes = MAX_TEXT_BYTES

    def __init__(self, text: str = "", *, what: str = "text", **options: Any) -> None:
        super().__init__(text, **options)
        self.what = what  # named in the message: "the reply would be …"

    async def _on_paste(self, event: events.Paste) -> None:
        pasted = event.text.replace("\r\n", "\n").replace("\r", "\n")
        size = len(self.text.encode("utf-8", "surrogatepass")) + len(pasted.encode("utf-8", "surrogatepass"))
        if size > self.max_bytes:
            event.prevent_default()
            self.notify(too_large(size, self.what), title="Too large", severity="warning", markup=False)
            return
        if self.read_only or (pasted == event.text and first_control(pasted, allowed="\t\n") is None):
            return  # TextArea's own paste inserts it
        event.prevent_default()
        shown = visible(pasted)
        result = self.replace(shown, *self.selection)
        self.move_cursor(result.end_location)
        if shown != pasted:
            self.notify("The paste held control characters: they are shown as stand-ins (␛).",
                        severity="warning", markup=False)
