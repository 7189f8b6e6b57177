"""The app as mockint's screens and widgets see it: :class:`~mockint.tui.app.MockintApp`, typed.

Textual types ``node.app`` as a plain ``App``; going through :func:`mockint_app` lets a call such
as ``mockint_app(self.app).speech_model()`` be checked, and says clearly when a widget runs elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App

if TYPE_CHECKING:
    from mockint.tui.app import MockintApp


def mockint_app(app: App[object]) -> MockintApp:
    """``app``, checked to be the mockint app."""
    from mockint.tui.app import MockintApp  # (app.py imports the screens and widgets)

    assert isinstance(app, MockintApp), f"mockint screens run in MockintApp, not {type(app).__name__}"
    return app
