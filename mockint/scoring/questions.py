"""What kind of question an answer responds to, when only its text is known.

A story question ("Tell me about a time…", "Describe a situation…", "Give an example…") asks for a
STAR story with a result; "Why this company?" or "What would you say to the recruiter?" does not.
When a question's text is known but no bank lists its criteria, the story criteria count less for
other questions (``[question_types]`` in the defaults), instead of failing every such answer.

A role-play question ("The recruiter phones you: ... Respond.", "Say the reply you'd send", "What
would you say to the hiring manager?") asks for the words of a reply, not an example from the past:
there concrete_example counts less too.
"""

from __future__ import annotations

import re

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


def is_story_question(question_text: str) -> bool:
    """Whether the question asks for a story from the candidate's past."""
    return _STORY_RE.search(question_text or "") is not None


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


def is_reply_question(question_text: str) -> bool:
    """Whether the question is a role-play asking for the words of a reply."""
    return _REPLY_RE.search(question_text or "") is not None
