"""One module per screen (start, practice, summary, review, trends, banks) and dialog (help,
confirm, error, export format)."""
