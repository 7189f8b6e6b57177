"""Deleting and exporting a stored session: shared by the review list and a session's detail.

Both ask first (the confirm dialog, the format dialog), then run in a thread worker that calls the
store and posts :class:`SessionDeleted` or :class:`SessionExported` back to the screen.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.message import Message

from mockint import paths
from mockint.store import AnswerRecord, HistoryStore, SessionSummary
from mockint.store.export import export_session, save_export
from mockint.store.wording import local_time
from mockint.tui.screens.background import BackgroundScreen, ResultType
from mockint.tui.screens.confirm import ConfirmScreen
from mockint.tui.screens.export_format import ExportFormatScreen


def export_path(summary: SessionSummary, fmt: str) -> Path:
    """``<exports>/session-12-20240501-1402.md``: the id and local start time name the file."""
    stamp = summary.started_at.astimezone().strftime("%Y%m%d-%H%M")
    return paths.exports_dir() / f"session-{summary.id}-{stamp}.{fmt}"


def export_to_file(store: HistoryStore, session_id: int, fmt: str) -> Path:
    """Write the session as ``fmt`` under the exports folder (0700), the file 0600; its path."""
    detail = store.get_session(session_id)
    text = export_session(detail, fmt)
    target = export_path(detail.summary, fmt)
    paths.ensure_private_dir(target.parent)
    save_export(text, target)
    return target


def remove_recordings(audio_paths: list[str]) -> int:
    """Delete the recordings a deleted session referred to, if mockint made them; how many."""
    recordings = paths.recordings_dir().resolve()
    removed = 0
    for name in audio_paths:
        path = (recordings / name).resolve()  # an absolute name stays as it is
        if path.is_relative_to(recordings) and path.is_file():
            path.unlink()
            removed += 1
    return removed


def delete_question(summary: SessionSummary) -> str:
    answers = f"{summary.answer_count} answer{'' if summary.answer_count == 1 else 's'}"
    return (
        f"Delete session {summary.id} ({summary.bank_title}, {local_time(summary.started_at)}, "
        f"{answers})? Its answers, scores and recordings are removed for good."
    )


def delete_answer_question(
    answer: AnswerRecord, number: int, total: int, answer_ids: list[int], remaining: list[AnswerRecord],
    *, later_tries: int = 0,
) -> str:
    """What deleting answer ``number`` of ``total`` removes (``answer_ids``: it and the answers
    under it, ``later_tries`` of them retakes, the rest follow-ups) and the session's mean
    afterwards (over the ``remaining`` answers)."""
    question = " ".join(answer.question_text.split())
    if len(question) > 60:
        question = question[:59] + "…"
    goes = ["its score card"]
    if answer.audio_path:
        goes.append("its recording")
    if later_tries:
        goes.append(f"{later_tries} later tr{'y' if later_tries == 1 else 'ies'} at this question")
    follow_ups = len(answer_ids) - 1 - later_tries
    if follow_ups:
        goes.append(f"{follow_ups} follow-up answer{'' if follow_ups == 1 else 's'}")
    removed = goes[0] if len(goes) == 1 else ", ".join(goes[:-1]) + " and " + goes[-1]
    mean = round(sum(a.card.overall for a in remaining) / len(remaining))
    left = f"{len(remaining)} answer{'' if len(remaining) == 1 else 's'}"
    return (
        f"Delete answer {number} of {total} (“{question}”, {answer.mode}, {answer.card.overall}/100)? "
        f"It goes for good with {removed}; this question's review schedule is rebuilt from your "
        f"other answers. The session keeps {left}, mean {mean}/100."
    )


class SessionDeleted(Message):
    def __init__(self, session_id: int, recordings_removed: int) -> None:
        super().__init__()
        self.session_id = session_id
        self.recordings_removed = recordings_removed


class SessionExported(Message):
    def __init__(self, session_id: int, path: Path) -> None:
        super().__init__()
        self.session_id = session_id
        self.path = path


class SessionActionsScreen(BackgroundScreen[ResultType]):
    """A screen that can delete (after asking) and export the session the user is looking at."""

    def __init__(self, store: HistoryStore) -> None:
        super().__init__()
        self.store = store

    def ask_delete(self, summary: SessionSummary) -> None:
        def answered(confirmed: bool | None) -> None:
            if confirmed:
                self.delete_session_worker(summary.id)

        self.app.push_screen(ConfirmScreen(delete_question(summary)), answered)

    def ask_export(self, session_id: int) -> None:
        def chosen(fmt: str | None) -> None:
            if fmt:
                self.export_session_worker(session_id, fmt)

        self.app.push_screen(ExportFormatScreen(session_id), chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="session-delete")
    def delete_session_worker(self, session_id: int) -> None:
        audio_paths = self.store.delete_session(session_id)
        self.post_message(SessionDeleted(session_id, remove_recordings(audio_paths)))

    @work(thread=True, exclusive=True, exit_on_error=False, group="session-export")
    def export_session_worker(self, session_id: int, fmt: str) -> None:
        self.post_message(SessionExported(session_id, export_to_file(self.store, session_id, fmt)))

    def on_session_exported(self, message: SessionExported) -> None:
        self.notify(f"Exported session {message.session_id} to {message.path}", markup=False, timeout=10)

    def on_session_deleted(self, message: SessionDeleted) -> None:
        recordings = ""
        if message.recordings_removed:
            recordings = f" and {message.recordings_removed} recording(s)"
        self.notify(f"Deleted session {message.session_id}{recordings}", markup=False)
