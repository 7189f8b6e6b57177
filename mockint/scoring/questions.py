"""Question types: the one place that knows what kind of question an answer responds to.

A bank may give a question's ``type``; otherwise it is inferred from the question's text:

- ``story``: "Tell me about a time…", "Describe a situation…", "Give an example…" (a STAR story
  with a result);
- ``role-play``: the words of a reply — "The recruiter phones you: ... Respond.", "Say the reply
  you'd send", "What would you say to the hiring manager?";
- ``technical``: "How would you design…", "Explain the difference between…";
- ``motivation``: "Why this company?", "What motivates you?", "Where do you see yourself…?";
- ``self-description``: "Tell me about yourself", "What is your greatest weakness?";
- ``general``: anything else.

The scorer weighs the story criteria less for questions that ask for no story
(``[question_types]`` in the defaults), and the tips (:mod:`mockint.scoring.tips`) and follow-ups
use the type so that a rejection reply never gets STAR advice.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from mockint.banks.rules import QUESTION_TYPES

STORY = "story"
ROLE_PLAY = "role-play"
TECHNICAL = "technical"
MOTIVATION = "motivation"
SELF_DESCRIPTION = "self-description"
GENERAL = "general"
assert {STORY, ROLE_PLAY, TECHNICAL, MOTIVATION, SELF_DESCRIPTION, GENERAL} == set(QUESTION_TYPES)

STORY_CRITERIA = frozenset({"star_structure", "quantified_result", "ownership"})
EXAMPLE_CRITERIA = STORY_CRITERIA | {"concrete_example"}

_STORY_RE = re.compile(
    r"\b(?:a\s+time|an?\s+(?:example|instance|occasion|situation|moment|project|experience)|"
    r"the\s+(?:last\s+)?time\s+(?:you|when)|how\s+did\s+you|what\s+did\s+you\s+do|walk\s+me\s+through|"
    r"have\s+you\s+ever|describe\s+(?:a|an|one|your\s+(?:biggest|greatest|most|last|best))|"
    r"tell\s+(?:me|us)\s+about\s+(?:a|an|one|your\s+(?:biggest|greatest|most|last|best|proudest))|"
    r"share\s+(?:a|an|one)|biggest\s+(?:challenge|mistake|failure|achievement|accomplishment)|"
    r"proudest|a\s+(?:mistake|failure|conflict|challenge|deadline)\s+you)",
    re.IGNORECASE,
)
# Imperatives that start a sentence ("Respond.", "Say the reply...", "Ask the hiring manager...",
# "Write a short check-in...", "Call them back and leave a message"), or "the message you'd send".
_REPLY_RE = re.compile(
    r"(?:^|[.,!?:\"\u201d]\s*)(?:respond|reply|say(?!\s+(?:you|that|if|we|i)\b)|ask|write|leave|"
    r"call\s+(?:them|him|her)\s+back|"
    r"tell\s+(?:them|him|her|the\s+(?:recruiter|interviewer|hiring|panel|manager)))\b|"
    r"\b(?:message|email|reply|note|text|voicemail)\s+(?:you(?:'d|\u2019d|\s+would)\s+(?:send|leave|write)|back)\b|"
    r"\bwhat\s+(?:would|do)\s+you\s+say\s+to\b",
    re.IGNORECASE,
)
_TECHNICAL_RE = re.compile(
    r"\b(?:how\s+would\s+you\s+(?:design|build|implement|debug|scale|test|structure|model|optimi[sz]e|architect)|"
    r"explain\s+(?:the\s+difference|how|what|why)|what\s+is\s+the\s+difference|difference\s+between|"
    r"what\s+happens\s+when|time\s+complexity|big[\s-]o|algorithm|data\s+structure|sql\s+query|"
    r"system\s+design|trade-?offs?\s+between|walk\s+me\s+through\s+how\s+(?:you\s+would|to))",
    re.IGNORECASE,
)
_MOTIVATION_RE = re.compile(
    r"\b(?:why\s+(?:do\s+you\s+want|are\s+you\s+(?:interested|applying|leaving|looking)|this|us|our|"
    r"should\s+we|did\s+you\s+(?:apply|choose|leave))|what\s+(?:motivates|drives|excites|interests|attracts)\s+you|"
    r"what\s+do\s+you\s+know\s+about\s+(?:us|our|the\s+company)|where\s+do\s+you\s+see\s+yourself|"
    r"what\s+are\s+you\s+looking\s+for|career\s+goals?|what\s+would\s+you\s+bring)",
    re.IGNORECASE,
)
_SELF_RE = re.compile(
    r"\b(?:tell\s+(?:me|us)\s+(?:a\s+(?:little|bit)\s+)?about\s+yourself|describe\s+yourself|"
    r"walk\s+me\s+through\s+your\s+(?:cv|resume|background)|(?:greatest|biggest|main|key)\s+"
    r"(?:strengths?|weakness(?:es)?)|strengths?\s+and\s+weakness|your\s+(?:strengths?|weakness(?:es)?)|"
    r"how\s+would\s+(?:your\s+\w+|others|people|colleagues|friends)\s+describe\s+you|"
    r"what\s+(?:makes\s+you\s+unique|kind\s+of\s+(?:person|colleague|manager)\s+are\s+you))",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def infer_question_type(question_text: str | None) -> str:
    """The type of a question from its text (``general`` when nothing fits, or no text)."""
    text = question_text or ""
    if _REPLY_RE.search(text):
        return ROLE_PLAY
    if _SELF_RE.search(text):  # before stories: "describe your greatest weakness" is no story
        return SELF_DESCRIPTION
    if _STORY_RE.search(text):
        return STORY
    if _TECHNICAL_RE.search(text):
        return TECHNICAL
    if _MOTIVATION_RE.search(text):
        return MOTIVATION
    return GENERAL


def question_type_of(answer: Any) -> str:
    """An answer's question type: the one given (by the bank, via ``AnswerInput.for_question``),
    else inferred from its question's text."""
    given = getattr(answer, "question_type", None)
    if given in QUESTION_TYPES:
        return str(given)
    return _inferred(getattr(answer, "question_text", None))


# The same questions come back answer after answer.
_inferred = lru_cache(maxsize=1024)(infer_question_type)


def is_story_question(question_text: str) -> bool:
    """Whether the question asks for a story from the candidate's past."""
    return infer_question_type(question_text) == STORY


def is_reply_question(question_text: str) -> bool:
    """Whether the question is a role-play asking for the words of a reply."""
    return infer_question_type(question_text) == ROLE_PLAY
