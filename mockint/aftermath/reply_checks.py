"""What a reply after a rejection must not do: ask "why wasn't I chosen?", argue with the decision,
beg, or run long. Each is a :class:`Flag` with the words that raised it.

Arguing uses the scorer's own tone detector (:func:`mockint.scoring.criteria.tone.arguing_spans`).
The tone detector has no notion of begging ("I really need this job") and counts "why wasn't I
picked" as arguing; both are found here, and arguing is what the detector finds *besides* them, so
one sentence raises one flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.tone import arguing_spans
from mockint.scoring.model import Span

MAX_REPLY_WORDS = 200

_WHY_NOT_ME_RE = re.compile(
    r"\bwhy\s+(?:(?:(?:was|were)(?:\s*n[o']?t|\s+not)\s+i|(?:was|were)\s+i\s+not)"
    r"(?:\s+(?:the\s+one\s+)?(?:chosen|picked|selected|hired|successful|offered|given))?|did(?:\s*n[o']?t|\s+not)\s+"
    r"(?:you|they|the\s+\w+)\s+(?:choose|pick|hire|select|offer|want)|"
    r"did(?:\s*n[o']?t|\s+not)\s+i\s+(?:get|make|win)|was\s+i\s+(?:rejected|turned\s+down|passed\s+over|not\s+chosen)|"
    r"not\s+me|(?:someone|somebody|the\s+other\s+(?:candidate|person|applicant)|another\s+candidate|they)\s+"
    r"(?:was|were|got)\s+(?:chosen|picked|selected|hired|preferred|better))|"
    r"\bwhat\s+did\s+(?:the\s+other\s+(?:candidate|person|applicant)|(?:s)?he|they)\s+have\s+that\s+i\b|"
    r"\bwhat\s+(?:was|is)\s+the\s+reason\s+(?:i|you|they)\s+(?:was|were|did)(?:\s*n[o']?t|\s+not)\b|"
    r"\bwhy\s+you\s+(?:rejected|turned\s+down|passed\s+on)\s+me\b|"
    r"\bwhy\s+i\s+(?:(?:was|were)(?:\s*n[o']?t|\s+not)\s+(?:chosen|picked|selected|hired|successful|offered)|"
    r"did(?:\s*n[o']?t|\s+not)\s+(?:get|make|win))\b",
    re.IGNORECASE,
)
_BEGGING_RE = re.compile(
    r"\bplease[\s,]+(?:please[\s,]+)?(?:re-?consider|rethink|change\s+your\s+mind|give\s+me\s+(?:a|another|one\s+more)\s+"
    r"(?:chance|shot|try))|"
    r"\b(?:i|i'm|i\s+am)\s+(?:really\s+|so\s+|truly\s+|just\s+)?(?:need|needed)\s+(?:this|the|that)\s+(?:job|role|position|offer|work)\b|"
    r"\b(?:i'm|i\s+am)\s+(?:begging|desperate|pleading)\b|\bi\s+beg\s+you\b|"
    r"\b(?:give\s+me|i\s+deserve|i\s+just\s+want)\s+(?:a\s+second|another|one\s+more)\s+(?:chance|shot|try)\b|"
    r"\b(?:another|one\s+more|a\s+second)\s+chance\b|"
    r"\bi(?:'ll|\s+will|'d|\s+would)\s+do\s+anything\b|"
    r"\b(?:is\s+there\s+)?any\s+(?:way|chance)\s+(?:you|they)\s+(?:could|would|might|can)\s+"
    r"(?:re-?consider|change|reverse|still\s+(?:hire|take|offer))|"
    r"\b(?:re-?consider|reverse|revisit)\s+(?:your|the|this|that)\s+decision\b|"
    r"\bmy\s+(?:family|rent|bills)\s+(?:depends?|relies|rely)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Flag:
    """One thing a reply should not do: passed when it was not found; ``spans`` are the words."""

    id: str
    label: str
    passed: bool
    summary: str
    tip: str
    spans: list[Span] = field(default_factory=list)


def _spans(analysis: Analysis, pattern: re.Pattern[str]) -> list[Span]:
    return [analysis.span(m.start(), m.end()) for m in pattern.finditer(analysis.norm)]


def _quoted(spans: list[Span]) -> str:
    """The first three different texts found, quoted."""
    texts = dict.fromkeys(" ".join(s.text.split()) for s in spans)
    return ", ".join(f"“{text}”" for text in list(texts)[:3])


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in others)


def reply_flags(analysis: Analysis) -> list[Flag]:
    """The four flags of a reply, in the order they are shown."""
    why = _spans(analysis, _WHY_NOT_ME_RE)
    begging = _spans(analysis, _BEGGING_RE)
    arguing = [s for s in arguing_spans(analysis) if not _overlaps(s, why + begging)]
    words = analysis.word_count
    return [
        Flag("no_why_not_me", "No “why wasn't I chosen?”", not why,
             f"asks why: {_quoted(why)}" if why else "no question about why you weren't chosen",
             "Ask what to improve (“Is there one thing I could do better next time?”), not why you "
             "lost: “why” asks them to defend the decision.", why),
        Flag("no_arguing", "Doesn't argue", not arguing,
             f"argues: {_quoted(arguing)}" if arguing else "no arguing with the decision",
             "Accept the decision in so many words; if you have context to add, add it once, calmly, "
             "without telling them they were wrong.", arguing),
        Flag("no_begging", "Doesn't beg", not begging,
             f"pleads: {_quoted(begging)}" if begging else "no pleading or asking them to reconsider",
             "Leave out “please reconsider” and how much you need the job: ask to be kept in mind "
             "for the next opening instead.", begging),
        Flag("short_enough", "Short enough", words <= MAX_REPLY_WORDS,
             f"{words} words (at most {MAX_REPLY_WORDS})",
             f"Cut it to {MAX_REPLY_WORDS} words or fewer: thanks, acceptance, one question, the "
             "open door — a reply they can read in thirty seconds."),
    ]
