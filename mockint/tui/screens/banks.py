"""Banks: browse every bank and its questions, see broken banks with their problems, check a file
again, open your own bank in ``$EDITOR`` and reload; Enter practises the bank (with the choices
remembered from the start screen); ``n`` writes a new bank from the template in your bank folder.

Loading the catalog, validating a file and writing a new one run in thread workers. The editor
runs in the foreground while the app is suspended (``App.suspend``); the bank is reloaded when it
exits.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from mockint.banks.catalog import SOURCE_BUILTIN, Catalog, load_catalog
from mockint.banks.loader import load_bank_file
from mockint.banks.model import BankEntry
from mockint.banks.saving import bank_destination, check_bank_id
from mockint.banks.template import write_template
from mockint.errors import MockintError
from mockint.session.options import SPOKEN, TYPED, SessionOptions
from mockint.tui.messages import CatalogLoaded
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.screens.confirm import AskTextScreen
from mockint.tui.widgets.bank_detail import entry_details, entry_prompt
from mockint.ui_state import UiState

FALLBACK_EDITORS = ("sensible-editor", "editor", "nano", "vi")
NO_BANKS = "No banks found. Press n to create one from the template."
NEW_BANK_DETAIL = "Lowercase letters, digits and '-'. The file goes in your bank folder, ready to edit."


class EditorError(MockintError):
    """No editor to run, or it could not be started."""


def editor_command(path: Path, environ: Mapping[str, str] | None = None) -> list[str]:
    """``$VISUAL`` or ``$EDITOR`` (with its own arguments) then ``path``; else a common editor."""
    variables = os.environ if environ is None else environ
    for variable in ("VISUAL", "EDITOR"):
        value = variables.get(variable, "").strip()
        if value:
            return [*shlex.split(value), str(path)]
    for name in FALLBACK_EDITORS:
        found = shutil.which(name)
        if found:
            return [found, str(path)]
    raise EditorError("no editor found: set $EDITOR (for example EDITOR=nano) and try again")


def remembered_options(state: UiState, *, can_speak: bool) -> SessionOptions:
    """The session the start screen would start with its remembered choices (typed if the
    microphone cannot be used)."""
    mode = SPOKEN if state.mode == SPOKEN and can_speak else TYPED
    return SessionOptions(
        count=state.count,
        shuffle=state.shuffle,
        think_seconds=state.think_seconds,
        answer_seconds=state.answer_seconds,
        mode=mode,
    ).validated()


def new_bank_problem(bank_id: str) -> str | None:
    """Why ``bank_id`` cannot be a new bank in the user's folder (one line), or None."""
    if not bank_id:
        return "Type an id for the new bank, e.g. product-manager."
    try:
        check_bank_id(bank_id)
    except MockintError as exc:
        return str(exc)
    destination = bank_destination(bank_id)
    if destination.exists():
        return f"{destination} already exists: pick another id, or edit that bank (e)."
    return None


class BankCreated(Message):
    """A new bank file was written from the template."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class BankValidated(Message):
    """A bank file was read and checked again."""

    def __init__(self, entry: BankEntry) -> None:
        super().__init__()
        self.entry = entry


class BanksScreen(BackgroundScreen[Catalog | None]):
    """``BanksScreen(extra_dirs)``: ``extra_dirs`` are the ``--bank-dir`` folders, if any.

    Dismisses with the catalog as last loaded here (after an edit or a reload), or ``None`` when
    nothing was reloaded, so the app can adopt the banks the user just fixed.
    """

    SUB_TITLE = "Banks"

    BINDINGS = [
        Binding("enter", "practise", "Practise", priority=True),  # before the list's own Enter
        Binding("n", "new_bank", "New bank"),
        Binding("v", "validate", "Validate"),
        Binding("e", "edit", "Edit"),
        Binding("r", "reload", "Reload"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, extra_dirs: Sequence[Path] = ()) -> None:
        super().__init__()
        self.extra_dirs = list(extra_dirs)
        self.entries: list[BankEntry] = []
        self.catalog: Catalog | None = None
        self.loads = 0
        self._select_after_load: Path | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="banks-body"):
            yield OptionList(id="banks-list")
            with VerticalScroll(id="banks-detail"):
                yield Static(Text(NO_BANKS), id="banks-detail-text")
        yield Static("", id="banks-notices")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.action_reload()

    # -- loading ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="banks-load")
    def load_banks(self) -> None:
        self.post_message(CatalogLoaded(load_catalog(self.extra_dirs)))

    def on_catalog_loaded(self, message: CatalogLoaded) -> None:
        message.stop()
        selected = self.selected_entry()
        self.catalog = message.catalog
        self.loads += 1
        self.entries = list(message.catalog.entries)
        options = self.query_one(OptionList)
        options.loading = False
        options.clear_options()
        options.add_options([Option(entry_prompt(e), id=str(e.path)) for e in self.entries])
        if self._select_after_load is not None:
            self._select_path(self._select_after_load)
            self._select_after_load = None
        elif selected is not None:
            self._select_path(selected.path)
        elif self.entries:
            options.highlighted = 0
        self._show_title(message.catalog.notices)
        self.show_selected()

    def _show_title(self, notices: list[str]) -> None:
        broken = sum(1 for e in self.entries if not e.ok)
        title = f"Banks · {len(self.entries)} file{'' if len(self.entries) == 1 else 's'}"
        if broken:
            title += f", {broken} broken"
        self.sub_title = title
        shown = self.query_one("#banks-notices", Static)
        shown.update(Text("\n".join(notices)))
        shown.display = bool(notices)

    def _select_path(self, path: Path) -> None:
        index = next((i for i, e in enumerate(self.entries) if e.path == path), 0)
        self.query_one(OptionList).highlighted = index if self.entries else None

    def worker_failed(self, worker) -> None:
        super().worker_failed(worker)
        self.query_one(OptionList).loading = False

    # -- the selected bank ----------------------------------------------------------------------

    def selected_entry(self) -> BankEntry | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]

    def show_selected(self) -> None:
        entry = self.selected_entry()
        detail = Text(NO_BANKS) if entry is None else entry_details(entry)
        self.query_one("#banks-detail-text", Static).update(detail)
        self.query_one("#banks-detail", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_selected()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("validate", "edit", "practise") and self.is_mounted and self.selected_entry() is None:
            return None
        return True

    # -- actions ------------------------------------------------------------------------------

    def back_result(self) -> Catalog | None:
        return self.catalog if self.loads > 1 else None

    def action_reload(self) -> None:
        self.query_one(OptionList).loading = True
        self.load_banks()

    def action_practise(self) -> None:
        """Start a session of the selected bank, as the start screen would with its remembered
        choices; a broken bank says what to do instead."""
        entry = self.selected_entry()
        if entry is None:
            return
        if entry.bank is None:
            fix = "press e to fix it" if entry.source != SOURCE_BUILTIN else "it is a built-in bank: reinstall mockint"
            self.notify(f"{entry.path.name} cannot be used until it is fixed: {fix}.", severity="warning", markup=False)
            return
        app = self.app
        status = app.speech_status
        try:
            options = remembered_options(app.ui_state, can_speak=bool(status and status.usable))
        except MockintError as exc:
            app.show_error("Check the session options", str(exc))
            return
        bank = entry.bank
        app.remember(replace(app.ui_state, bank_id=bank.id))  # the start screen shows it next
        self.dismiss(self.back_result())
        app.start_practice(bank, options)

    def action_new_bank(self) -> None:
        def named(bank_id: str | None) -> None:
            if bank_id:
                self.create_bank(bank_id)

        ask = AskTextScreen("New bank: its id?", NEW_BANK_DETAIL, new_bank_problem, placeholder="product-manager")
        self.app.push_screen(ask, named)

    @work(thread=True, exclusive=True, exit_on_error=False, group="bank-new")
    def create_bank(self, bank_id: str) -> None:
        self.post_message(BankCreated(write_template(bank_id)))

    def on_bank_created(self, message: BankCreated) -> None:
        self.notify(f"Created {message.path}: press e to write your questions in it.", markup=False, timeout=10)
        self._select_after_load = message.path
        self.action_reload()

    def action_validate(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.validate_bank(entry)

    @work(thread=True, exclusive=True, exit_on_error=False, group="bank-validate")
    def validate_bank(self, entry: BankEntry) -> None:
        checked = load_bank_file(entry.path, entry.source)
        checked.notice, checked.overridden_by = entry.notice, entry.overridden_by
        self.post_message(BankValidated(checked))

    def on_bank_validated(self, message: BankValidated) -> None:
        entry = message.entry
        index = next((i for i, e in enumerate(self.entries) if e.path == entry.path), None)
        if index is None:
            return
        self.entries[index] = entry
        self.query_one(OptionList).replace_option_prompt_at_index(index, entry_prompt(entry))
        self.show_selected()
        if entry.ok:
            assert entry.bank is not None
            count = len(entry.bank.questions)
            self.notify(f"{entry.path.name}: valid, {count} question{'' if count == 1 else 's'}", markup=False)
        else:
            self.notify(
                f"{entry.path.name}: {len(entry.problems)} problem(s); first: {entry.problems[0]}",
                severity="error",
                markup=False,
                timeout=10,
            )

    def action_edit(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if entry.source == SOURCE_BUILTIN:
            self.notify(
                "Built-in banks are read-only: copy the file into your bank folder "
                "(`mockint locate` shows it) and edit the copy.",
                severity="warning",
                markup=False,
            )
            return
        try:
            command = editor_command(entry.path)
            with self.app.suspend():
                subprocess.run(command, check=False)
        except (EditorError, SuspendNotSupported) as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        except OSError as exc:
            self.notify(f"cannot start the editor {command[0]}: {exc.strerror or exc}", severity="error", markup=False)
            return
        self.action_reload()
