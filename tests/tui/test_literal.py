from __future__ import annotations

from rich.console import Console

from mockint.safe_text import visible
from mockint.tui.literal import literal


def test_control_characters_become_visible_stand_ins_of_the_same_length() -> None:
    raw = "a\x1b[31mred\x1b[0m\x07\x7f\x9bz\nnext\tcol"
    shown = visible(raw)
    assert len(shown) == len(raw)
    assert shown == "a␛[31mred␛[0m␇\u2421\ufffdz\nnext\tcol"


def test_literal_keeps_markup_as_text() -> None:
    text = literal("[bold red]x[/bold red] [link=https://example.com]y[/link] [/]")
    assert text.plain == "[bold red]x[/bold red] [link=https://example.com]y[/link] [/]"
    assert text.spans == []


def test_rendering_literal_text_emits_no_escape_from_the_input() -> None:
    console = Console(width=80, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(literal("before \x1b[2J after [red]x[/red]"))
    out = capture.get()
    assert "\x1b" not in out
    assert "␛[2J after [red]x[/red]" in out
