"""The help screen (F1): how a session works, and the keys of the screen it was opened from.

The keys listed are the ones mockint's own screens, widgets and app bind and that work right now,
with human key names ("Ctrl+S", "Esc"), one line per action ("F1 or ?"). Textual's built-in keys
(focus, copy, the palette, a text box's editing keys) are summed up in a few general lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Markdown

KEY_NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "space": "Space",
    "tab": "Tab",
    "slash": "/",
    "question_mark": "?",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "pageup": "Page Up",
    "pagedown": "Page Down",
    "home": "Home",
    "end": "End",
    "delete": "Delete",
    "backspace": "Backspace",
}
GENERAL_KEYS = (
    ("Tab / Shift+Tab", "Move to the next / previous field"),
    ("Ctrl+P", "Command palette: every key of this screen by name, and the theme"),
)


def key_name(key: str) -> str:
    """``ctrl+s`` → ``Ctrl+S``, ``escape`` → ``Esc``, ``question_mark`` → ``?``, ``n`` → ``n``."""
    *modifiers, main = key.split("+")
    name = KEY_NAMES.get(main) or (main if len(main) == 1 else main.replace("_", " ").title())
    if modifiers and len(name) == 1:
        name = name.upper()
    return "+".join([*(m.title() for m in modifiers), name])


def _declared_by_mockint(node: DOMNode, binding: Binding) -> bool:
    """Whether one of mockint's own classes (not Textual's) declares ``binding`` on ``node``."""
    for cls in type(node).__mro__:
        if not cls.__module__.startswith("mockint.") or "BINDINGS" not in cls.__dict__:
            continue
        declared: list[BindingType] = cls.__dict__["BINDINGS"]
        for item in declared:
            if isinstance(item, Binding):
                keys, action = item.key, item.action
            else:
                keys, action = item[0], item[1]
            if action == binding.action and binding.key in keys.split(","):
                return True
    return False


def screen_keys(screen: Screen) -> list[tuple[str, str]]:
    """(keys, what they do) for what works on ``screen`` now: the screen's and its focused
    widgets' keys first, then the app's; one row per action, its keys joined with "or"."""
    rows: dict[tuple[int, str], tuple[list[str], str]] = {}
    app_rows: dict[tuple[int, str], tuple[list[str], str]] = {}
    for active in screen.active_bindings.values():
        binding, node = active.binding, active.node
        if not active.enabled or not binding.description or not _declared_by_mockint(node, binding):
            continue
        target = app_rows if node is screen.app else rows
        keys, _ = target.setdefault((id(node), binding.action), ([], binding.description))
        name = binding.key_display or key_name(binding.key)
        if name not in keys:
            keys.append(name)
    return [(" or ".join(keys), what) for keys, what in (*rows.values(), *app_rows.values())]

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
        rows = "\n".join(f"| `{key}` | {what} |" for key, what in (*self.keys, *GENERAL_KEYS))
        return f"\n## Keys on this screen\n\n| Key | Does |\n|---|---|\n{rows}\n"

    def action_close(self) -> None:
        self.dismiss(None)
