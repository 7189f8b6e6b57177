"""The coach: a practice plan across sessions (levels, spaced repetition) and retakes compared.
Plain Python, never Textual."""
