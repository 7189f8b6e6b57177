"""The start screen: pick a bank and how to practise, then start (choices are remembered).

"Speak" is offered once the app's check (a worker started with the app) finds a usable microphone;
otherwise it stays disabled (and drawn so) with the reason. Choosing it lists the input devices
(the choice is remembered) and starts loading the speech model in the background, its progress
shown here.

Keys: Tab goes from the bank list through the form's fields to "Start practice"; the arrow keys
move the bank list from anywhere that does not use them itself (a button, a number field), and
take the focus back to it. Sessions are shuffled unless "In order" was chosen (remembered).

"Today's practice" (:mod:`mockint.coach.plan`, built in a worker once the banks are loaded) lists
the questions due again and new ones on the weakest criteria, each with why it is there; ``p`` (or
its button) starts a session of them, from any bank, with the form's answer mode and times. The
"Follow-up questions" switch (``[practice]`` in the config) applies to both kinds of session. How
many questions the plan holds is remembered (``plan_count`` in :mod:`mockint.ui_state`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Header,
    Input,
    Label,
    OptionList,
    RadioButton,
    RadioSet,
    Select,
    Static,
)
from textual.widgets.option_list import Option
from textual.worker import Worker

from mockint.banks.model import BankEntry
from mockint.coach import MAX_COUNT as MAX_PLAN_COUNT
from mockint.errors import MockintError
from mockint.session.options import SPOKEN, TYPED, SessionError, SessionOptions
from mockint.session.settings import PracticeSettings, load_practice_settings
from mockint.speech.microphone import SpeechStatus
from mockint.tui.literal import literal
from mockint.tui.messages import CatalogFailed, CatalogLoaded
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.widgets.model_status import ModelStatus
from mockint.ui_state import UiState

if TYPE_CHECKING:
    from mockint.banks.catalog import Catalog
    from mockint.coach.plan import Plan

CHECKING_MICROPHONE = "Checking the microphone…"
SYSTEM_DEFAULT = ""  # the device list's value for "the system default"


def entry_prompt(entry: BankEntry) -> Text:
    """How a bank looks in the list: title and question count, or what is wrong with it."""
    if entry.ok and entry.bank is not None:
        count = len(entry.bank.questions)
        prompt = literal(entry.bank.title, "bold")
        prompt.append(f"  {count} question{'' if count == 1 else 's'}", style="dim")
        if entry.source != "built-in":
            prompt.append(f" · {entry.source}", style="dim italic")
        return prompt
    problems = len(entry.problems)
    prompt = literal(f"⚠ {entry.title or entry.bank_id or entry.path.name}", "bold red")
    prompt.append(f"  broken: {problems} problem{'' if problems == 1 else 's'}", style="red")
    return prompt


def entry_detail(entry: BankEntry) -> Text:
    """The panel under the list: the bank's description, or every problem of a broken bank."""
    if entry.ok and entry.bank is not None:
        detail = literal(entry.bank.description or entry.bank.title)
        detail.append_text(literal(f"\n{entry.path.name} ({entry.source})", "dim"))
        if entry.notice:
            detail.append_text(literal(f"\n{entry.notice}", "dim italic"))
        return detail
    # The panel is two or three rows: name the file once, and each problem by the file's name
    # (Enter, the Banks screen and `mockint banks validate` give the whole path).
    detail = literal(f"{entry.path.name} cannot be used (Enter: details):", "bold red")
    for problem in entry.problems:
        shown = replace(problem, path=Path(problem.path.name)) if problem.path == entry.path else problem
        detail.append_text(literal(f"\n{shown}"))
    return detail


def _optional_int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text else None


class StartScreen(BackgroundScreen):
    BINDINGS = [
        Binding("ctrl+s", "start", "Start"),
        Binding("r", "app.review", "Review"),
        Binding("t", "app.trends", "Trends"),
        Binding("b", "app.banks", "Banks"),
        Binding("f", "feedback", "Feedback"),
        Binding("y", "reply", "Write a reply after a rejection", show=False),
        Binding("m", "strengths", "My strengths", show=False),
        Binding("p", "start_today", "Today's practice"),
        Binding("up", "bank_cursor(-1)", "Previous bank", show=False),
        Binding("down", "bank_cursor(1)", "Next bank", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="start-screen")
        self.entries: list[BankEntry] = []
        self._devices_listed = False
        self.plan: Plan | None = None
        self.catalog: Catalog | None = None
        self.practice_settings = PracticeSettings()

    def compose(self) -> ComposeResult:
        state: UiState = self.app.ui_state
        yield Header()
        with Horizontal(id="start-main"):
            with Vertical(id="bank-pane"):
                yield Label("Question bank", classes="section-title")
                yield OptionList(Option("Loading banks…", disabled=True), id="banks")
                yield Static(id="bank-detail")
                yield Label("Today's practice · p starts it", classes="section-title", id="plan-title")
                yield Static(Text("Making today's plan…"), id="plan-items")
            with Vertical(id="options-pane"):  # scrolls (CSS) without taking the focus or the arrows
                yield Label("Questions (blank: all)", classes="field-label")
                yield Input(_text(state.count), type="integer", placeholder="all", id="count", compact=True)
                yield Label("Order", classes="field-label")
                with RadioSet(id="order"):
                    yield RadioButton("In order", value=not state.shuffle, id="order-bank")
                    yield RadioButton("Shuffled", value=state.shuffle, id="order-shuffled")
                yield Label("Answer mode", classes="field-label")
                with RadioSet(id="mode"):
                    yield RadioButton("Type", value=True, id="mode-typed")
                    yield RadioButton("Speak", disabled=True, id="mode-spoken")
                yield Static(CHECKING_MICROPHONE, id="speak-reason")
                yield from self._compose_voice_toggle()
                yield Label("Microphone", classes="field-label speech-only")
                yield Select([("Checking…", SYSTEM_DEFAULT)], allow_blank=False, id="device", classes="speech-only", compact=True)
                yield ModelStatus(id="model-status", classes="speech-only")
                yield Label("Think seconds (blank: bank's)", classes="field-label")
                yield Input(_text(state.think_seconds), type="integer", placeholder="bank's", id="think", compact=True)
                yield Label("Answer seconds (blank: bank's)", classes="field-label")
                yield Input(_text(state.answer_seconds), type="integer", placeholder="bank's", id="answer-seconds", compact=True)
                yield Checkbox("Follow-up questions", value=True, id="follow-ups", compact=True)
                yield Button("Start practice", variant="primary", id="start")
                yield Label("Today's practice: questions", classes="field-label")
                yield Input(str(state.plan_count), type="integer", id="plan-count", compact=True)
                yield Button("Start today's practice", id="start-today")
        yield Footer()

    def on_mount(self) -> None:
        self._load_practice_settings()
        self.query_one("#banks", OptionList).focus()
        self._show_speech_choices(False)
        self.watch(self.app, "speech_status", self._speech_checked, init=False)
        # Once every widget here has mounted (a Select sets its value when it mounts).
        self.call_after_refresh(lambda: self._speech_checked(self.app.speech_status))
        self.load_banks()

    # -- the interviewer's voice -----------------------------------------------------------------
    def _compose_voice_toggle(self) -> ComposeResult:
        problem = self.app.speaker().available()
        on = self.app.voice.enabled and problem is None
        yield Checkbox("Read questions aloud", value=on, disabled=problem is not None, id="voice", compact=True)
        if problem is not None:
            yield Static(literal(f"Questions cannot be read aloud: {problem}"), id="voice-reason")

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        if event.checkbox.id == "voice":
            self.app.set_voice(event.value)

    # -- speaking ------------------------------------------------------------------------------
    def _speech_checked(self, status: SpeechStatus | None) -> None:
        speak = self.query_one("#mode-spoken", RadioButton)
        reason = self.query_one("#speak-reason", Static)
        if status is None:
            return
        if not status.usable:
            speak.disabled = True
            self.query_one("#mode-typed", RadioButton).value = True
            reason.update(literal(f"Speaking is not possible: {status.problem}"))
            reason.display = True
            self._show_speech_choices(False)
            return
        speak.disabled = False
        reason.update(literal(status.note or ""))
        reason.display = bool(status.note)
        devices = self.query_one("#device", Select)
        options = [("System default", SYSTEM_DEFAULT)] + [(d.label(), d.name) for d in status.devices]
        remembered = self.app.ui_state.input_device
        known = {name for _, name in options}
        with self.prevent(Select.Changed):  # showing the choice is not making one
            devices.set_options(options)
            devices.value = remembered if remembered in known else SYSTEM_DEFAULT
        self._devices_listed = True
        if self.app.ui_state.mode == SPOKEN:
            speak.value = True

    def _show_speech_choices(self, shown: bool) -> None:
        self.query(".speech-only").set(display=shown)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        if event.radio_set.id != "mode":
            return
        speaking = event.pressed.id == "mode-spoken"
        self._show_speech_choices(speaking)
        if speaking:
            self.app.speech_model()  # load and warm up while the user finishes choosing

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "device" or not self._devices_listed:
            return  # (a Select announces its first value when it mounts: that is no choice)
        name = event.value if isinstance(event.value, str) and event.value else None
        if name != self.app.ui_state.input_device:
            self.app.remember(replace(self.app.ui_state, input_device=name))

    @work(thread=True, exclusive=True, exit_on_error=False, group="catalog")
    def load_banks(self) -> None:
        try:
            catalog = self.app.load_catalog()
        except MockintError as exc:
            self.post_message(CatalogFailed(str(exc)))
        else:
            self.post_message(CatalogLoaded(catalog))

    def on_catalog_loaded(self, message: CatalogLoaded) -> None:
        catalog = self.catalog = message.catalog
        self.load_plan()
        self.entries = [e for e in catalog.entries if e.overridden_by is None]
        banks = self.query_one("#banks", OptionList)
        banks.clear_options()
        banks.add_options(Option(entry_prompt(e), id=str(i)) for i, e in enumerate(self.entries))
        if not self.entries:
            self.query_one("#bank-detail", Static).update(literal("No banks found."))
            return
        remembered = self.app.ui_state.bank_id
        index = next((i for i, e in enumerate(self.entries) if e.ok and e.bank_id == remembered), None)
        if index is None:
            index = next((i for i, e in enumerate(self.entries) if e.ok), 0)
        banks.highlighted = index

    def on_catalog_failed(self, message: CatalogFailed) -> None:
        banks = self.query_one("#banks", OptionList)
        banks.clear_options()
        banks.add_option(Option(literal("No banks could be loaded", "bold red"), disabled=True))
        self.query_one("#bank-detail", Static).update(literal(message.error))
        self.app.show_error("Could not load the question banks", message.error)

    def selected_entry(self) -> BankEntry | None:
        index = self.query_one("#banks", OptionList).highlighted
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.query_one("#bank-detail", Static).update(entry_detail(entry))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        entry = self.selected_entry()
        if entry is not None and not entry.ok:
            self._show_broken(entry)
        else:
            self.query_one("#start", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            event.stop()
            self.action_start()
        elif event.button.id == "start-today":
            event.stop()
            self.action_start_today()

    def read_options(self) -> SessionOptions:
        """The form as session options (raises SessionError for a bad value)."""
        try:
            count = _optional_int(self.query_one("#count", Input).value)
            think = _optional_int(self.query_one("#think", Input).value)
            answer = _optional_int(self.query_one("#answer-seconds", Input).value)
        except ValueError as exc:
            raise SessionError(f"not a whole number: {exc}") from None
        shuffle = self.query_one("#order-shuffled", RadioButton).value
        mode = SPOKEN if self.query_one("#mode-spoken", RadioButton).value else TYPED
        follow_ups = self.practice_settings.max_follow_ups if self.query_one("#follow-ups", Checkbox).value else 0
        options = SessionOptions(
            count=count, shuffle=shuffle, think_seconds=think, answer_seconds=answer, mode=mode, follow_ups=follow_ups
        )
        return options.validated()

    def action_bank_cursor(self, step: int) -> None:
        """Up/Down where the focused widget has no use for them: move the bank list, focused."""
        banks = self.query_one("#banks", OptionList)
        banks.focus()
        if step < 0:
            banks.action_cursor_up()
        else:
            banks.action_cursor_down()

    def action_start(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.notify("Pick a question bank first.", severity="warning")
            return
        if not entry.ok or entry.bank is None:
            self._show_broken(entry)
            return
        try:
            options = self.read_options()
        except SessionError as exc:
            self.app.show_error("Check the session options", str(exc))
            return
        self.app.remember(
            replace(
                self.app.ui_state,
                bank_id=entry.bank_id,
                count=options.count,
                shuffle=options.shuffle,
                mode=options.mode,
                think_seconds=options.think_seconds,
                answer_seconds=options.answer_seconds,
            )
        )
        self.app.start_practice(entry.bank, options)

    def action_feedback(self) -> None:
        from mockint.tui.screens.feedback import FeedbackScreen

        self.app.push_screen(FeedbackScreen())

    def action_reply(self) -> None:
        from mockint.tui.screens.reply import ReplyScreen

        self.app.push_screen(ReplyScreen())

    def action_strengths(self) -> None:
        from mockint.store.strengths_store import StrengthsStore
        from mockint.tui.screens.strengths import StrengthsScreen

        self.app._push_with_store(lambda store: StrengthsScreen(StrengthsStore(store)))

    # -- today's practice ------------------------------------------------------------------------
    def _load_practice_settings(self) -> None:
        """``[practice]`` of the config: whether the follow-up switch starts on."""
        try:
            self.practice_settings = load_practice_settings()
        except MockintError as exc:
            self.notify(str(exc), title="The [practice] settings are not used", severity="error", markup=False, timeout=10)
        self.query_one("#follow-ups", Checkbox).value = self.practice_settings.follow_up_limit > 0

    def plan_count(self) -> int:
        """How many questions today's practice holds (the field; raises SessionError)."""
        try:
            count = _optional_int(self.query_one("#plan-count", Input).value)
        except ValueError as exc:
            raise SessionError(f"today's practice: not a whole number: {exc}") from None
        if count is None or not 1 <= count <= MAX_PLAN_COUNT:
            raise SessionError(f"today's practice: the number of questions must be 1 to {MAX_PLAN_COUNT}")
        return count

    def load_plan(self) -> None:
        if self.catalog is None:
            return
        try:
            count = self.plan_count()
        except SessionError as exc:
            self.query_one("#plan-items", Static).update(literal(str(exc)))
            return
        self.build_today(self.catalog, count)

    def _remember_plan_count(self) -> None:
        """Keep a usable count for next time (a bad one is explained by :meth:`load_plan`)."""
        try:
            count = self.plan_count()
        except SessionError:
            return
        if count != self.app.ui_state.plan_count:
            self.app.remember(replace(self.app.ui_state, plan_count=count))

    @work(thread=True, exclusive=True, exit_on_error=False, group="plan")
    def build_today(self, catalog: Catalog, count: int) -> None:
        from mockint.aftermath.progress import open_feedback_focus
        from mockint.coach.plan import build_plan

        try:
            store = self.app.open_store()
            plan = build_plan(store, catalog, count=count, focus=open_feedback_focus(store))
        except MockintError as exc:  # a locked or unreadable history: practice still works
            self.post_message(PlanReady(None, f"Today's practice is not available: {exc}"))
            return
        self.post_message(PlanReady(plan))

    def on_plan_ready(self, message: PlanReady) -> None:
        self.plan = message.plan
        shown = plan_lines(message.plan) if message.plan is not None else literal(message.problem)
        self.query_one("#plan-items", Static).update(shown)
        self.refresh_bindings()

    def worker_failed(self, worker: Worker) -> None:
        super().worker_failed(worker)
        if worker.group == "plan":
            self.query_one("#plan-items", Static).update(literal("Today's practice is not available (see the message)."))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "plan-count":
            self._remember_plan_count()
            self.load_plan()

    def action_start_today(self) -> None:
        """Start a session of today's practice: the plan's questions in its order."""
        from mockint.coach.today import today_bank

        if self.plan is None or self.catalog is None:
            self.notify("Today's practice is not ready yet.", severity="warning")
            return
        try:
            options = replace(self.read_options(), count=None, shuffle=False)
            bank = today_bank(self.plan, self.catalog)
        except MockintError as exc:
            self.app.show_error("Cannot start today's practice", str(exc))
            return
        self.app.start_practice(bank, options)

    def _show_broken(self, entry: BankEntry) -> None:
        problems = "\n".join(str(p) for p in entry.problems) or "it could not be loaded"
        self.app.show_error(f"This bank cannot be used: {entry.path.name}", problems)


class PlanReady(Message):
    """Today's plan, or (``plan`` None) why there is none: ``problem``."""

    def __init__(self, plan: Plan | None, problem: str = "") -> None:
        super().__init__()
        self.plan = plan
        self.problem = problem


def plan_lines(plan: Plan) -> Text | Table | Group:
    """One row per planned question: the question, then why it is there (both cut to the width);
    then what the plan had to leave out (questions gone from the banks, a damaged schedule)."""
    questions = plan_table(plan)
    if not plan.notices:
        return questions
    return Group(questions, *(literal(notice, "dim") for notice in plan.notices))


def plan_table(plan: Plan) -> Text | Table:
    if not plan.items:
        return Text("No question to plan: no usable question bank.", style="italic")
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1, 0, 0), pad_edge=False)
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column(ratio=1, no_wrap=True, overflow="ellipsis", style="italic")
    for number, item in enumerate(plan.items, start=1):
        table.add_row(f"{number}.", literal(item.text), literal(item.reason))
    return table


def _text(value: int | None) -> str:
    return "" if value is None else str(value)
