"""Widgets used by more than one screen, or big enough to stand alone (score card, countdown...)."""
