"""The start screen loads banks even when a bank folder holds a symbolic-link loop."""

from __future__ import annotations

from textual.widgets import OptionList

from mockint import paths

from .conftest import screen_text, settle, wait_until


async def test_a_link_loop_in_the_bank_folder_is_listed_as_broken_not_stuck_loading(build_app) -> None:
    folder = paths.user_bank_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.toml").symlink_to("b.toml")
    (folder / "b.toml").symlink_to("a.toml")
    app = build_app(catalog=None)  # the app loads the banks itself, in its worker
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "Loading banks…" not in text
        assert "Practice demo" in text
        entries = app.screen.entries
        looped = next(i for i, e in enumerate(entries) if e.path.name == "a.toml")
        banks = app.screen.query_one("#banks", OptionList)
        banks.highlighted = None  # the list may already sit on it (then no highlight message comes)
        banks.highlighted = looped
        # The detail follows the highlight by a message and a repaint: wait for it to be drawn.
        await wait_until(
            pilot,
            lambda: "cannot read: Too many levels of symbolic" in " ".join(screen_text(app).split()),
            what="the broken bank's detail",
        )
