"""The app fixtures of the TUI tests (test banks, fake clock, a store in the test's home)."""

from tests.tui.conftest import build_app, clock, only_fixture_banks, store  # noqa: F401
