"""The Feedback screen: paste what an interviewer or recruiter said, see what it names, correct
it, save it and start a drill on it.

The text is mapped in a thread worker as it changes (:func:`mockint.aftermath.mapper.map_feedback`);
the criteria and topics lists show the mapping with the words that named each one, and Space
toggles a criterion or a topic (the user's corrections are kept while the text changes). The drill
follows the chosen criteria and topics. Saved feedback is listed with its progress since the day it
was given; Enter on one closes it (after asking), so the plan stops weighing it. The text box
takes a paste only up to the mapper's :data:`~mockint.aftermath.mapper.MAX_FEEDBACK_CHARS`
(:class:`~mockint.tui.widgets.pasted_text_area.PastedTextArea`).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Header, Input, Label, OptionList, SelectionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from mockint.aftermath.drill import (
    Drill,
    build_drill,
    criterion_label,
    known_criteria,
    known_topics,
    topic_label,
)
from mockint.aftermath.mapper import MAX_FEEDBACK_CHARS, FeedbackError, FeedbackMapping, Target, map_feedback
from mockint.errors import MockintError
from mockint.safe_text import first_control, visible
from mockint.session.options import SessionOptions
from mockint.tui.literal import literal
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.screens.confirm import ConfirmScreen
from mockint.tui.widgets.pasted_text_area import PastedTextArea, SizeLimit

HINT = "Paste or type what the interviewer or recruiter said: an email pasted whole is fine."
NO_MATCH = "I couldn't match this to a criterion: choose what to work on in the list below."
TOPIC_PREFIX = "topic:"  # a topic's value in the list (criteria come first, by their ids)
NO_SAVED = "No saved feedback yet: Ctrl+S keeps this one, and the plan weighs it until it improves."
FEEDBACK_LIMIT = SizeLimit(MAX_FEEDBACK_CHARS, "characters")  # as the mapper counts it


class FeedbackMapped(Message):
    def __init__(self, text: str, mapping: FeedbackMapping | None, error: str | None) -> None:
        super().__init__()
        self.text = text
        self.mapping = mapping
        self.error = error


class FeedbackSaved(Message):
    def __init__(self, feedback_id: int, title: str) -> None:
        super().__init__()
        self.feedback_id = feedback_id
        self.title = title


@dataclass(frozen=True)
class SavedRow:
    feedback_id: int
    title: str  # "the Acme feedback"
    is_open: bool
    line: str  # its progress since it was given


class SavedFeedbackLoaded(Message):
    def __init__(self, rows: list[SavedRow]) -> None:
        super().__init__()
        self.rows = rows  # newest first


class FeedbackClosed(Message):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title


class Corrections:
    """What the mapping found in one list, and the user's corrections to it (kept while the text
    changes): the chosen ids, those found first (in the mapping's order), then the added ones."""

    def __init__(self, known: tuple[str, ...]) -> None:
        self.known = known
        self.found: list[str] = []
        self.added: set[str] = set()
        self.removed: set[str] = set()

    def chosen(self) -> list[str]:
        chosen = (set(self.found) | self.added) - self.removed
        return [i for i in self.found if i in chosen] + [
            i for i in self.known if i in chosen and i not in self.found
        ]

    def selected(self, selected: set[str]) -> None:
        self.added = selected - set(self.found)
        self.removed = set(self.found) - selected


class FeedbackScreen(BackgroundScreen):
    SUB_TITLE = "Feedback"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+g", "start_drill", "Start drill"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, text: str = "") -> None:
        super().__init__(id="feedback-screen")
        self._initial = text
        self.mapping: FeedbackMapping | None = None
        self.shown_text: str | None = None  # the text whose mapping (or error) is shown
        self.drill = Drill()
        self.criteria = Corrections(known_criteria())
        self.topics = Corrections(known_topics())
        self.saved: dict[int, SavedRow] = {}  # the saved feedback listed, by id
        self._said = ""  # what happened to a saved one ("Closed the Acme feedback: …")

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="feedback-main"):
            with Vertical(id="feedback-input"):
                yield Label("What they said", classes="section-title")
                yield PastedTextArea(self._initial, id="feedback-text", what="feedback", limit=FEEDBACK_LIMIT,
                                     soft_wrap=True, show_line_numbers=False)
                with Horizontal(id="feedback-names"):
                    yield Input(placeholder="Company", id="feedback-company", compact=True)
                    yield Input(placeholder="Role", id="feedback-role", compact=True)
            with VerticalScroll(id="feedback-result"):
                yield Static(Text(HINT), id="feedback-understood")
                yield Label("Work on (Space toggles)", classes="section-title")
                yield SelectionList[str](id="feedback-criteria")
                yield Static("", id="feedback-topics")
                yield Static("", id="feedback-drill")
                yield Label("Saved feedback (Enter closes one)", classes="section-title")
                yield OptionList(id="feedback-saved-list")
                yield Static(Text(NO_SAVED), id="feedback-saved")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#feedback-text", TextArea).focus()
        self._show_choices()
        self.load_saved()
        if self._initial:
            self.map_text(self._initial)

    # -- mapping --------------------------------------------------------------------------------
    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        if first_control(area.text, allowed="\t\n\r") is not None:
            # Never drawn raw: each control character becomes its visible stand-in (same length).
            cursor = area.cursor_location
            area.text = visible(area.text).replace("\r", "")
            area.cursor_location = cursor
            self.notify("The feedback held control characters: they are shown as stand-ins (␛) and not kept.",
                        severity="warning", markup=False)
            return  # setting the text announces another change
        self.map_text(area.text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="feedback-map")
    def map_text(self, text: str) -> None:
        if not text.strip():
            self.post_message(FeedbackMapped(text, None, None))
            return
        try:
            self.post_message(FeedbackMapped(text, map_feedback(text), None))
        except FeedbackError as exc:
            self.post_message(FeedbackMapped(text, None, str(exc)))

    def on_feedback_mapped(self, message: FeedbackMapped) -> None:
        if message.text != self.query_one("#feedback-text", TextArea).text:
            return  # the text changed since: a newer mapping is on its way
        self.mapping = message.mapping
        self.shown_text = message.text
        understood = self.query_one("#feedback-understood", Static)
        if message.error is not None:
            understood.update(literal(f"Cannot read this feedback: {message.error}", "bold red"))
        elif message.mapping is None:
            understood.update(Text(HINT))
        elif message.mapping.matched:
            shown = Text("Understood: ", style="bold")
            shown.append_text(literal(message.mapping.understood()))
            if message.mapping.praise:
                shown.append_text(literal(f"\nSaid to be fine: {message.mapping.praised()}", "dim"))
            understood.update(shown)
        else:
            understood.update(Text(NO_MATCH, style="bold"))
        self.criteria.found = [c.id for c in message.mapping.criteria] if message.mapping else []
        self.topics.found = [t.id for t in message.mapping.topics] if message.mapping else []
        self._show_choices()
        self._show_topics()
        self._refresh_drill()

    def _evidence(self) -> dict[str, tuple[str, ...]]:
        return {c.id: c.evidence for c in self.mapping.criteria} if self.mapping else {}

    def _topic_evidence(self) -> dict[str, tuple[str, ...]]:
        return {t.id: t.evidence for t in self.mapping.topics} if self.mapping else {}

    def chosen_criteria(self) -> list[str]:
        return self.criteria.chosen()

    def chosen_topics(self) -> list[str]:
        return self.topics.chosen()

    def _show_choices(self) -> None:
        """The criteria, then the topics (values ``topic:<id>``), each with the words that named it."""
        shown = self.query_one("#feedback-criteria", SelectionList)
        highlighted = shown.highlighted
        with self.prevent(SelectionList.SelectedChanged):
            shown.clear_options()
            for corrections, evidence, label, prefix in (
                (self.criteria, self._evidence(), criterion_label, ""),
                (self.topics, self._topic_evidence(), lambda t: f"Topic: {topic_label(t)}", TOPIC_PREFIX),
            ):
                chosen = set(corrections.chosen())
                for item in corrections.known:
                    prompt = Text(label(item))
                    if evidence.get(item):
                        prompt.append_text(literal("  " + ", ".join(f"“{e}”" for e in evidence[item]), "dim italic"))
                    shown.add_option(Selection(prompt, prefix + item, item in chosen))
        if highlighted is not None:
            shown.highlighted = highlighted

    def _show_topics(self) -> None:
        """The topics found, with their words, under the list (the list may be scrolled)."""
        shown = Text()
        for topic in self.mapping.topics if self.mapping else []:
            shown.append(f"Topic {topic_label(topic.id)}: ", style="bold")
            shown.append_text(literal(", ".join(f"“{e}”" for e in topic.evidence) + "\n", "dim italic"))
        self.query_one("#feedback-topics", Static).update(shown)

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        selected = set(event.selection_list.selected)
        self.criteria.selected({v for v in selected if not v.startswith(TOPIC_PREFIX)})
        self.topics.selected({v.removeprefix(TOPIC_PREFIX) for v in selected if v.startswith(TOPIC_PREFIX)})
        self._refresh_drill()

    def _refresh_drill(self) -> None:
        criteria, topics = self.chosen_criteria(), self.chosen_topics()
        drill_view = self.query_one("#feedback-drill", Static)
        if not criteria and not topics:
            self.drill = Drill()
            drill_view.update("")
            return
        try:
            banks = self.app.load_catalog().banks()
        except MockintError as exc:
            drill_view.update(literal(f"No drill: {exc}", "red"))
            return
        self.drill = build_drill(banks, criteria, topics, timing=self.mapping.timing if self.mapping else "")
        count = len(self.drill.items)
        shown = Text(f"Drill: {count} question{'' if count == 1 else 's'} (Ctrl+G starts)\n", style="bold")
        for number, item in enumerate(self.drill.items, start=1):
            shown.append_text(literal(f"{number}. {item.question.text}\n"))
            shown.append_text(literal(f"   {item.reason} · answer {item.answer_seconds} s\n", "dim"))
        drill_view.update(shown)

    # -- saving and starting --------------------------------------------------------------------
    def _names(self) -> tuple[str, str]:
        return (self.query_one("#feedback-company", Input).value.strip(),
                self.query_one("#feedback-role", Input).value.strip())

    def action_save(self) -> None:
        text = self.query_one("#feedback-text", TextArea).text
        if self.mapping is None:
            self.notify("Paste or type the feedback first.", severity="warning")
            return
        criteria = [Target(c, self._evidence().get(c, ())) for c in self.chosen_criteria()]
        topics = [Target(t, self._topic_evidence().get(t, ())) for t in self.chosen_topics()]
        if not criteria and not topics:
            self.notify(NO_MATCH, severity="warning", markup=False)
            return
        company, role = self._names()
        self._save(text, criteria, topics, company, role)

    @work(thread=True, exit_on_error=False, group="store")
    def _save(self, text: str, criteria: list[Target], topics: list[Target], company: str, role: str) -> None:
        from mockint.store.feedback_store import FeedbackStore

        store = FeedbackStore(self.app.open_store())
        feedback_id = store.add(text=text, criteria=criteria, topics=topics, company=company, role=role)
        self.post_message(FeedbackSaved(feedback_id, store.get(feedback_id).title))

    def on_feedback_saved(self, message: FeedbackSaved) -> None:
        self.notify(f"Saved {message.title}: the plan weighs these criteria until they improve.",
                    title="Feedback saved", markup=False)
        self.load_saved()

    def action_start_drill(self) -> None:
        if not self.drill.items:
            self.notify(NO_MATCH if self.mapping else "Paste or type the feedback first.",
                        severity="warning", markup=False)
            return
        company, _ = self._names()
        bank = self.drill.bank(f"Feedback drill: {company}" if company else "Feedback drill")
        self.app.start_practice(bank, SessionOptions())

    def action_back(self) -> None:
        self.app.pop_screen()

    # -- saved feedback -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="feedback-saved")
    def load_saved(self) -> None:
        from mockint.aftermath.progress import progress_rows

        rows = progress_rows(self.app.open_store())
        self.post_message(SavedFeedbackLoaded([SavedRow(r.id, r.title, r.is_open, line) for r, line in rows]))

    def on_saved_feedback_loaded(self, message: SavedFeedbackLoaded) -> None:
        self.saved = {row.feedback_id: row for row in message.rows}
        listed = self.query_one("#feedback-saved-list", OptionList)
        highlighted = listed.highlighted
        listed.clear_options()
        listed.add_options(Option(literal(row.line), id=str(row.feedback_id)) for row in message.rows)
        if highlighted is not None and message.rows:
            listed.highlighted = min(highlighted, len(message.rows) - 1)
        listed.display = bool(message.rows)
        said = literal(self._said) if self._said else Text("")
        self.query_one("#feedback-saved", Static).update(said if message.rows else Text(NO_SAVED))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self.saved.get(int(event.option.id or 0))
        if row is None:
            return
        if not row.is_open:
            self.notify(f"{row.title.capitalize()} is closed already.", markup=False)
            return

        def answered(close: bool | None) -> None:
            if close:
                self.close_saved(row.feedback_id)

        self.app.push_screen(
            ConfirmScreen(f"Close {row.title}?",
                          "The plan stops weighing its criteria; its progress stays in the list.",
                          yes="Close it", no="Keep it open"),
            answered,
        )

    @work(thread=True, exit_on_error=False, group="store")
    def close_saved(self, feedback_id: int) -> None:
        from mockint.store.feedback_store import FeedbackStore

        record = FeedbackStore(self.app.open_store()).close(feedback_id)
        self.post_message(FeedbackClosed(record.title))

    def on_feedback_closed(self, message: FeedbackClosed) -> None:
        self._said = f"Closed {message.title}: the plan no longer weighs its criteria."
        said = self.query_one("#feedback-saved", Static)
        said.update(literal(self._said))
        said.scroll_visible()
        self.notify(self._said, title="Feedback closed", markup=False)
        self.load_saved()
