"""The Reply screen: draft the email after a rejection and check it live.

The details (who, company, role, one thing you enjoyed) fill a draft (``Ctrl+R`` makes it again);
the draft is a TextArea you edit freely. Every change is checked a moment after you stop typing,
in a worker (:func:`mockint.aftermath.reply.check_reply`), and the checks are listed underneath
with ✓/✗ and their evidence. A paste is taken up to the CLI's limit for a draft (1 MiB), control
characters in it shown as stand-ins (:class:`~mockint.tui.widgets.pasted_text_area.PastedTextArea`).
``Ctrl+L`` copies the draft to the clipboard (where the terminal
allows), ``Ctrl+S`` saves it, readable only by you, in the ``replies`` folder of the data folder
(the path is shown).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Label, RadioButton, RadioSet, Static, TextArea

from mockint.aftermath.reply import KINDS, ReplyDetails, ReplyError, ReplyReport, check_reply, draft_reply
from mockint.banks.rules import slugify
from mockint.tui.literal import literal
from mockint.tui.screens.background import BackgroundScreen
from mockint.tui.widgets.pasted_text_area import PastedTextArea
from mockint.tui.widgets.score_card import FAIL_MARK, PASS_MARK

CHECK_DELAY_S = 0.3  # after the last keystroke


class ReplyChecked(Message):
    """The checks of ``text`` (a worker's result: it may be older than what the box holds now)."""

    def __init__(self, text: str, report: ReplyReport) -> None:
        super().__init__()
        self.text = text
        self.report = report


def replies_dir() -> Path:
    from mockint import paths

    return paths.data_dir() / "replies"


def reply_file_name(kind: str, details: ReplyDetails) -> str:
    """``thanks-acme.txt``: the kind and the company (or the person), stable for the same reply."""
    who = slugify(details.company or details.to)
    return f"{kind}-{who}.txt" if who else f"{kind}.txt"


def checks_text(report: ReplyReport) -> Text:
    """One line per check: ✓/✗, label, what was found; the tip under each failed one."""
    text = Text()
    failed = sum(1 for c in report.checks if not c.passed)
    verdict = "every check passed: ready to send" if not failed else f"{failed} of {len(report.checks)} checks failed"
    text.append(f"{report.words} words · {verdict}\n", style="bold")
    for index, check in enumerate(report.checks):
        if index:
            text.append("\n")
        text.append_text(PASS_MARK if check.passed else FAIL_MARK)
        text.append(" ")
        text.append_text(literal(check.label, "bold"))
        text.append(": ")
        text.append_text(literal(" ".join(check.summary.split()), "dim"))
        if not check.passed:
            text.append("\n  ")
            text.append_text(literal(check.tip))
    return text


class ReplyScreen(BackgroundScreen):
    BINDINGS = [
        Binding("ctrl+r", "draft", "Draft again"),
        Binding("ctrl+l", "copy", "Copy"),
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, kind: str = "thanks", details: ReplyDetails | None = None) -> None:
        super().__init__(id="reply-screen")
        self.kind = kind if kind in KINDS else "thanks"
        self.details = details or ReplyDetails()
        self.report: ReplyReport | None = None
        self.saved_path: Path | None = None
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="reply-main"):
            with VerticalScroll(id="reply-fields"):
                yield Label("Reply", classes="field-label")
                with RadioSet(id="reply-kind"):
                    for kind in KINDS.values():
                        yield RadioButton(kind.short, value=kind.id == self.kind, id=f"kind-{kind.id}")
                for name, label, placeholder in (
                    ("to", "To (name)", "Priya"), ("company", "Company", "Acme"),
                    ("role", "Role", "data analyst"), ("enjoyed", "One thing you enjoyed", "the pairing exercise"),
                ):
                    yield Label(label, classes="field-label")
                    yield Input(getattr(self.details, name), placeholder=placeholder, id=f"reply-{name}", compact=True)
                yield Static(id="reply-saved")
            with Vertical(id="reply-work"):
                yield PastedTextArea(id="reply-draft", what="reply", soft_wrap=True, show_line_numbers=False)
                with VerticalScroll(id="reply-checks-box"):
                    yield Static("Checking…", id="reply-checks")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "mockint"
        self.sub_title = "reply after the interview"
        self.query_one("#reply-draft", TextArea).border_title = "Your reply (edit freely)"
        self.action_draft()
        self.query_one("#reply-to", Input).focus()

    # -- details and draft -------------------------------------------------------------------------
    def read_details(self) -> ReplyDetails:
        values = {name: self.query_one(f"#reply-{name}", Input).value for name in ("to", "company", "role", "enjoyed")}
        return ReplyDetails(**values)

    def action_draft(self) -> None:
        """Make the draft again from the details (what was typed in the box is replaced)."""
        try:
            text = draft_reply(self.kind, self.read_details())
        except ReplyError as exc:
            self.notify(str(exc), title="Check the details", severity="warning", markup=False)
            return
        self.query_one("#reply-draft", TextArea).load_text(text)
        self._check_soon()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        pressed = (event.pressed.id or "").removeprefix("kind-")
        if pressed in KINDS and pressed != self.kind:
            self.kind = pressed
            self.action_draft()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_draft()

    # -- live checks -----------------------------------------------------------------------------
    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._check_soon()

    def _check_soon(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(CHECK_DELAY_S, self._check_now)

    def _check_now(self) -> None:
        self._timer = None
        self.run_checks(self.kind, self.query_one("#reply-draft", TextArea).text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="reply-check")
    def run_checks(self, kind: str, text: str) -> None:
        self.post_message(ReplyChecked(text, check_reply(kind, text)))

    def on_reply_checked(self, message: ReplyChecked) -> None:
        if message.text != self.query_one("#reply-draft", TextArea).text:
            return  # the box changed since: its own check is on the way
        self.report = message.report
        self.query_one("#reply-checks", Static).update(checks_text(message.report))

    # -- copy and save -----------------------------------------------------------------------------
    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.query_one("#reply-draft", TextArea).text)
        self.notify("Copied to the clipboard (if your terminal allows it).", timeout=4)

    def action_save(self) -> None:
        text = self.query_one("#reply-draft", TextArea).text
        if not text.strip():
            self.notify("Nothing to save: the reply is empty.", severity="warning")
            return
        self.save_reply(text, replies_dir() / reply_file_name(self.kind, self.read_details()))

    @work(thread=True, exclusive=True, exit_on_error=False, group="reply-save")
    def save_reply(self, text: str, path: Path) -> None:
        from mockint.paths import write_private_file

        try:
            write_private_file(path, text)
        except OSError as exc:
            self.app.call_from_thread(self._not_saved, path, exc.strerror or str(exc))
        else:
            self.app.call_from_thread(self._saved, path)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.query_one("#reply-saved", Static).update(literal(f"Saved: {path}"))
        self.notify(literal(f"Saved to {path}").plain, title="Reply saved", markup=False)

    def _not_saved(self, path: Path, reason: str) -> None:
        self.notify(f"{path}: {reason}", title="The reply was not saved", severity="error", markup=False)
