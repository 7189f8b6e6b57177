"""The coach: a practice plan across sessions (levels, spaced repetition) and retakes compared.
Plain Python, never Textual."""

# How many questions today's practice holds: the plan's default and the most the app asks for
# (here, not in :mod:`mockint.coach.plan`, so the remembered choices read them without loading it).
DEFAULT_COUNT = 5
MAX_COUNT = 50
