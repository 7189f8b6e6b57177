"""After the "no": what an interviewer or recruiter said, turned into criteria, topics and a drill.

Plain Python, never Textual: :mod:`~mockint.aftermath.mapper` reads the feedback,
:mod:`~mockint.aftermath.drill` picks the questions that work on it and
:mod:`~mockint.aftermath.progress` follows the criteria since the feedback was given.
"""
