"""Pastes into every free-text box of the app, through the real screens: the answer box, the reply
draft, the feedback and a strength's story. Each takes a paste only within the limit its text has
downstream, refuses a line too long to wrap, shows control characters as stand-ins and keeps the
text already there; typing is never refused."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass

import pytest
from textual import events
from textual.widgets.text_area import Selection

from mockint.aftermath.mapper import MAX_FEEDBACK_CHARS
from mockint.safe_text import MAX_TEXT_BYTES
from mockint.session.options import SessionOptions
from mockint.store.strengths_store import MAX_STORY_CHARS
from mockint.tui.app import PracticeRequest
from mockint.tui.widgets.pasted_text_area import MAX_PASTED_LINE_CHARS, PastedTextArea
from tests.aftermath.test_reply_tui import real_app  # noqa: F401  (a fixture: the app with the shipped banks)
from tests.tui.conftest import screen_text, settle

LINE = "Ünïcode and ASCII, a sentence of a paragraph.\n"  # two-byte letters: bytes are not characters


@dataclass(frozen=True)
class Box:
    name: str
    box_id: str
    what: str  # named in the messages
    most: int  # the limit its text has downstream
    unit: str
    shown: str  # the limit as the message says it
    key: str = ""  # the start screen's key for its screen; none: a practice session from the start

    def size(self, text: str) -> int:
        return len(text.encode("utf-8")) if self.unit == "bytes" else len(text)


BOXES = [
    Box("practice", "#answer", "answer", MAX_TEXT_BYTES, "bytes", "1 MiB"),
    Box("reply", "#reply-draft", "reply", MAX_TEXT_BYTES, "bytes", "1 MiB", key="y"),
    Box("feedback", "#feedback-text", "feedback", MAX_FEEDBACK_CHARS, "characters", "65,536 characters", key="f"),
    Box("strengths", "#story-1", "story", MAX_STORY_CHARS, "characters", "1,000 characters", key="m"),
]
each_box = pytest.mark.parametrize("box", BOXES, ids=[b.name for b in BOXES])


def practice(**options) -> PracticeRequest:
    return PracticeRequest("general", SessionOptions(count=1, shuffle=False, **options))


def recorded_notices(app) -> list[tuple[str, str]]:
    """Every notification from now on as (title, message), however long ago it was raised (the
    app forgets one after its timeout)."""
    said: list[tuple[str, str]] = []
    notify = app.notify

    def recording(message, *, title: str = "", **options):
        said.append((title, str(message)))
        return notify(message, title=title, **options)

    app.notify = recording
    return said


async def opened(app, pilot, box: Box, text: str = "") -> tuple[PastedTextArea, list[tuple[str, str]]]:
    """The box on its screen, holding the focus and ``text`` (the cursor at its end), with the
    screen's own work done; and the notices from then on."""
    await settle(app, pilot)
    if box.key:
        await pilot.press(box.key)
        await settle(app, pilot)
    area = app.screen.query_one(box.box_id, PastedTextArea)
    area.focus()
    await settle(app, pilot)
    area.load_text(text)
    area.move_cursor(area.document.end)
    return area, recorded_notices(app)


@asynccontextmanager
async def on_screen(real_app, box: Box, text: str = "", **options):
    """(pilot, box, notices) with the box on its screen (a practice session: ``options``)."""
    app = real_app(initial=practice(**{"think_seconds": 0, **options})) if box.name == "practice" else real_app()
    async with app.run_test(size=(100, 32)) as pilot:
        yield (pilot, *await opened(app, pilot, box, text))


async def paste(pilot, text: str) -> None:
    pilot.app.post_message(events.Paste(text))  # as a terminal's paste arrives: the app hands it to the focus
    await settle(pilot.app, pilot)


def filled(box: Box, room: int) -> str:
    """Lines of LINE taking exactly ``room`` units of the box's limit (its last line cut short)."""
    text = LINE * (room // box.size(LINE))
    left = room - box.size(text)
    return text + "a" * left  # ASCII: one byte, one character


@each_box
async def test_a_paste_over_the_limit_is_refused_in_one_line_and_the_text_is_kept(real_app, box: Box) -> None:
    async with on_screen(real_app, box, "What I wrote before.\n") as (pilot, area, said):
        before = area.text
        room = box.most - box.size(before)
        over = filled(box, room) + LINE  # less than a line too many
        await paste(pilot, over)
        assert area.text == before  # nothing added, the text kept
        size = box.size(before + over)
        assert box.most < size <= box.most + box.size(LINE)
        assert said == [("Too large", f"The paste was not added: the {box.what} would be {size:,} {box.unit}, "
                                      f"larger than {box.shown} (paste only the text itself).")]
        at_limit = filled(box, room)  # exactly the limit: taken
        await paste(pilot, at_limit)
        assert area.text == before + at_limit and box.size(area.text) == box.most
        assert [title for title, _ in said] == ["Too large"]


@each_box
async def test_control_characters_in_a_paste_are_shown_as_stand_ins(real_app, box: Box) -> None:
    async with on_screen(real_app, box) as (pilot, area, said):
        await paste(pilot, "Thanks\x1b[2J for\r\nthe \x9b[31mtime\x07.")
        assert area.text == "Thanks␛[2J for\nthe �[31mtime␇."
        shown = screen_text(pilot.app)
        assert "\x1b" not in shown and "\x9b" not in shown and "Thanks␛[2J for" in shown
        assert said == [("", "The paste held control characters: they are shown as stand-ins (␛).")]


@each_box
async def test_a_paste_with_a_line_too_long_to_wrap_is_refused(real_app, box: Box) -> None:
    async with on_screen(real_app, box, "What I wrote before.\n") as (pilot, area, said):
        before = area.text
        blob = "QmFzZTY0IGJsb2I" * (MAX_PASTED_LINE_CHARS // 15 + 1)  # no line break in it
        await paste(pilot, f"Here it is:\n{blob}\nThanks.")
        assert area.text == before
        if box.most < MAX_PASTED_LINE_CHARS:  # a story: too large before its line is too long
            assert [title for title, _ in said] == ["Too large"]
            return
        assert said == [("Line too long", f"The paste was not added: a line of the {box.what} would be "
                                          f"{len(blob):,} characters long, more than 10,000 (break it into paragraphs).")]


@each_box
async def test_a_multi_line_paste_is_inserted_at_the_cursor(real_app, box: Box) -> None:
    async with on_screen(real_app, box, "What I wrote before.") as (pilot, area, said):
        await paste(pilot, "\nFirst paragraph.\n")  # as it is: TextArea's own paste
        await paste(pilot, "\r\n\tSecond paragraph.")  # Windows line ends: made plain first
        assert area.text == "What I wrote before.\nFirst paragraph.\n\n\tSecond paragraph."
        assert area.cursor_location == (3, len("\tSecond paragraph."))
        assert "Second paragraph." in screen_text(pilot.app)
        assert said == []


async def test_a_line_is_measured_with_the_text_the_paste_joins(real_app) -> None:
    half = MAX_PASTED_LINE_CHARS // 2
    async with on_screen(real_app, BOXES[0], "a" * half + "z" * half) as (pilot, area, said):  # a line at the most
        area.move_cursor((0, half))
        await paste(pilot, "b")  # the line would be one character too long
        assert area.text == "a" * half + "z" * half
        assert said[-1][0] == "Line too long" and f"would be {MAX_PASTED_LINE_CHARS + 1:,} characters" in said[-1][1]
        area.selection = Selection((0, half), (0, half + 1))  # replace one character: fits
        await paste(pilot, "b")
        assert area.text == "a" * half + "b" + "z" * (half - 1)
        await paste(pilot, "y\n" + "c" * MAX_PASTED_LINE_CHARS)  # the last pasted line ends on the "z"s
        assert area.text == "a" * half + "b" + "z" * (half - 1)
        assert len(said) == 2
        await paste(pilot, "\n")  # now each half is its own line: a long paste ending on the second fits
        await paste(pilot, "c" * half)
        assert area.text.split("\n") == ["a" * half + "b", "c" * half + "z" * (half - 1)]
        assert len(said) == 2


async def test_the_selection_a_paste_replaces_is_not_counted(real_app) -> None:
    box = BOXES[2]  # the feedback
    async with on_screen(real_app, box, filled(box, box.most)) as (pilot, area, said):
        area.select_all()
        await paste(pilot, "We felt your examples lacked depth.")
        assert area.text == "We felt your examples lacked depth." and said == []


async def test_typing_is_never_refused(real_app) -> None:
    box = BOXES[3]  # a story: its limit is said when it is saved, not while typing
    async with on_screen(real_app, box, "a" * MAX_STORY_CHARS) as (pilot, area, said):
        await pilot.press("b", "enter", "c")
        assert area.text == "a" * MAX_STORY_CHARS + "b\nc" and said == []


async def test_a_read_only_answer_box_takes_no_paste(real_app) -> None:
    async with on_screen(real_app, BOXES[0], think_seconds=60) as (pilot, area, said):  # thinking: the box waits
        assert area.read_only and pilot.app.focused is area
        await paste(pilot, "Thanks\x1b[2J")
        await paste(pilot, "x" * (MAX_PASTED_LINE_CHARS + 1))
        assert area.text == "" and said == []
