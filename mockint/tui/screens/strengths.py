"""The Strengths screen: the three skills you want employers to remember, each with its story.

Loaded from and saved to the history (:class:`~mockint.store.strengths_store.StrengthsStore`) in
workers. ``Ctrl+S`` saves: a strength with both fields empty is cleared, one with a field left
blank (or a control character in its skill) is not saved and the line under the form says which
field; nothing is written until every filled strength is valid. A story box takes a paste only up
to the profile's :data:`~mockint.store.strengths_store.MAX_STORY_CHARS`
(:class:`~mockint.tui.widgets.pasted_text_area.PastedTextArea`).
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Header, Input, Label, Static, TextArea

from mockint.scoring.personal import Strength
from mockint.store.strengths_store import (
    MAX_STORY_CHARS,
    MAX_STRENGTHS,
    ProfileError,
    StrengthsStore,
    checked_strength,
)
from mockint.tui.literal import literal
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.widgets.pasted_text_area import PastedTextArea, SizeLimit

INTRO = ("Three strengths you want an employer to remember, each with the story that proves it. "
         "Answers to “tell me about yourself” and “why should we hire you” are checked for them.")
STORY_LIMIT = SizeLimit(MAX_STORY_CHARS, "characters")  # as the profile keeps it


class StrengthsLoaded(Message):
    def __init__(self, positions: dict[int, Strength]) -> None:
        super().__init__()
        self.positions = positions


class StrengthsSaved(Message):
    def __init__(self, saved: int, cleared: int) -> None:
        super().__init__()
        self.saved = saved
        self.cleared = cleared


class StrengthsScreen(BackgroundScreen):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, store: StrengthsStore) -> None:
        super().__init__(id="strengths-screen")
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="strengths-form"):
            yield Static(INTRO, id="strengths-intro")
            for position in range(1, MAX_STRENGTHS + 1):
                yield Label(f"Strength {position}", classes="field-label")
                yield Input(placeholder="the skill, in a few words", id=f"skill-{position}", compact=True)
                yield PastedTextArea(id=f"story-{position}", what="story", limit=STORY_LIMIT, soft_wrap=True,
                                     compact=True, placeholder="the story that proves it", classes="strength-story")
        yield Static(id="strengths-status")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "my strengths"
        self.query_one("#skill-1", Input).focus()
        self.load_profile()

    @work(thread=True, exclusive=True, exit_on_error=False, group="strengths")
    def load_profile(self) -> None:
        self.post_message(StrengthsLoaded(self.store.positions()))

    def on_strengths_loaded(self, message: StrengthsLoaded) -> None:
        for position, strength in message.positions.items():
            self.query_one(f"#skill-{position}", Input).value = strength.skill
            self.query_one(f"#story-{position}", TextArea).load_text(strength.story)
        self._status("No strengths yet: fill one in and press Ctrl+S." if not message.positions else "")

    def read_form(self) -> tuple[dict[int, Strength], list[int]]:
        """The strengths to save and the positions to clear; ProfileError for a bad field."""
        keep: dict[int, Strength] = {}
        clear: list[int] = []
        for position in range(1, MAX_STRENGTHS + 1):
            skill = self.query_one(f"#skill-{position}", Input).value
            story = self.query_one(f"#story-{position}", TextArea).text
            if not skill.strip() and not story.strip():
                clear.append(position)
            else:
                keep[position] = checked_strength(position, skill, story)
        return keep, clear

    def action_save(self) -> None:
        try:
            keep, clear = self.read_form()
        except ProfileError as exc:
            self._status(f"Not saved: {exc}", error=True)
            return
        self.save_profile(keep, clear)

    @work(thread=True, exclusive=True, exit_on_error=False, group="strengths")
    def save_profile(self, keep: dict[int, Strength], clear: list[int]) -> None:
        cleared = sum(self.store.clear(position) for position in clear)
        for position, strength in keep.items():
            self.store.set(position, strength.skill, strength.story)
        self.post_message(StrengthsSaved(len(keep), cleared))

    def on_strengths_saved(self, message: StrengthsSaved) -> None:
        count = message.saved
        self._status(f"Saved: {count} strength{'' if count == 1 else 's'}." if count else "Saved: no strengths (the profile is empty).")

    def _status(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#strengths-status", Static)
        status.update(literal(text))
        status.set_class(error, "-error")
