"""The help screen (F1): how a session works, and the keys of the screen it was opened from."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Markdown

GUIDE = """\
## How a session works

1. **Start**: pick a bank, how many questions, the order and the think and answer times
   (empty = each question's own). Your choices are remembered.
2. **Think**: read the question; the think clock counts down. Press **Enter** to start
   answering early.
3. **Answer**: type in the box. The answer clock turns amber at 30 s and red at 10 s. At zero
   your answer is stopped and scored as it is. **Ctrl+S** submits early.
4. **Score card**: the overall score, every criterion with ✓ or ✗, its score and a tip, and your
   answer with the evidence highlighted: one colour per criterion, fillers struck through.
5. **Summary**: scores per question, a criterion-by-question grid, your weakest criteria and the
   questions to practise next (one key starts a session with just those).

Every answer is saved as soon as it is scored: quitting part-way keeps what you answered.
Every key is also in the command palette (**Ctrl+P**), where you can change the theme too.
"""


class HelpScreen(ModalScreen[None]):
    """The guide above plus a table of ``keys`` as (key, what it does) pairs."""

    BINDINGS = [Binding("escape,f1,q,question_mark", "close", "Close help")]

    def __init__(self, keys: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(classes="dialog-screen")
        self.keys = list(keys)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -help"):
            yield Label("mockint help", classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Markdown(GUIDE + self._keys_markdown())
            yield Label("Escape closes this help.", classes="dialog-detail")

    def _keys_markdown(self) -> str:
        if not self.keys:
            return ""
        rows = "\n".join(f"| `{key}` | {what} |" for key, what in self.keys)
        return f"\n## Keys on this screen\n\n| Key | Does |\n|---|---|\n{rows}\n"

    def action_close(self) -> None:
        self.dismiss(None)
