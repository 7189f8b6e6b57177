"""The Textual app (the only package that imports Textual): ``make_app`` in :mod:`.app`,
screens in :mod:`.screens`, reusable widgets in :mod:`.widgets`, worker messages in
:mod:`.messages`, and the one stylesheet ``mockint.tcss``."""
