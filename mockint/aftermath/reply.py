"""The reply after a "no": draft it, then check it the way the after-the-interview bank judges the
role-play of the same moment.

Three moments (:data:`KINDS`): the thank-you after a rejection, the request for feedback, and the
"keep me in mind" follow-up weeks later. :func:`draft_reply` fills one of two templates per moment
(chosen deterministically from the details, so the same details give the same draft) with the
interviewer's name, the company, the role and one thing the user enjoyed. :func:`check_reply`
scores a draft with the real scorer against that moment's criteria from the built-in
``after-the-interview`` bank (gratitude, accepts_decision, asks_for_feedback, keeps_door_open) and
professional_tone, then adds the reply flags of :mod:`mockint.aftermath.reply_checks`. Plain
Python: the CLI and the Reply screen both call it.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mockint.aftermath.reply_checks import reply_flags
from mockint.errors import MockintError
from mockint.safe_text import control_name, first_control

BANK_ID = "after-the-interview"
MAX_FIELD_CHARS = 160


class ReplyError(MockintError):
    """Details a draft cannot be made from (one line naming the field)."""


@dataclass(frozen=True)
class ReplyKind:
    id: str
    label: str
    question_id: str  # the bank's role-play of this moment
    criteria: tuple[str, ...]  # the bank's own criteria that judge it
    short: str = ""  # a name that fits a narrow list


KINDS: dict[str, ReplyKind] = {
    "thanks": ReplyKind("thanks", "Thank-you after a rejection", "rejection-email-reply",
                        ("gratitude", "accepts_decision", "keeps_door_open"), "Thank-you"),
    "feedback": ReplyKind("feedback", "Request for feedback", "asking-for-feedback",
                          ("gratitude", "accepts_decision", "asks_for_feedback"), "Ask for feedback"),
    "follow-up": ReplyKind("follow-up", "Keep-me-in-mind follow-up", "follow-up-weeks-later",
                           ("gratitude", "keeps_door_open"), "Follow-up later"),
}
# The bank's role-plays, by the reply they rehearse (the rest are thank-you replies).
_QUESTION_KINDS = {
    "asking-for-feedback": "feedback", "vague-feedback": "feedback", "no-feedback-policy": "feedback",
    "unfair-feedback": "feedback", "follow-up-weeks-later": "follow-up", "update-months-later": "follow-up",
}


def kind_for_question(bank_id: str, question_id: str) -> str | None:
    """The reply a question of the after-the-interview bank rehearses, or None for other banks."""
    if bank_id != BANK_ID:
        return None
    return _QUESTION_KINDS.get(question_id, "thanks")


@dataclass(frozen=True)
class ReplyDetails:
    to: str = ""
    company: str = ""
    role: str = ""
    enjoyed: str = ""

    def checked(self) -> ReplyDetails:
        """Trimmed; a field with a control character or over the length limit is a ReplyError."""
        values = {}
        for name in ("to", "company", "role", "enjoyed"):
            value = " ".join(getattr(self, name).split())
            bad = first_control(value, "")
            if bad is not None:
                raise ReplyError(f"{name}: control character {control_name(value[bad])} at character {bad + 1}")
            if len(value) > MAX_FIELD_CHARS:
                raise ReplyError(f"{name}: {len(value)} characters (at most {MAX_FIELD_CHARS})")
            values[name] = value
        return ReplyDetails(**values)


# -- drafts ---------------------------------------------------------------------------------------

_TEMPLATES: dict[str, tuple[str, str]] = {
    "thanks": (
        "Dear {to},\n\n"
        "Thank you for letting me know, and for the time you and the team gave me during the "
        "interviews. Of course I'm disappointed, but I understand and respect your decision.\n\n"
        "{enjoyed}\n\n"
        "I'm still very interested in {company}, so please keep me in mind for future roles. "
        "I'd be glad to stay in touch.\n\n"
        "Best regards,\n[Your name]\n",
        "Hello {to},\n\n"
        "Thanks very much for telling me personally. I appreciate the care you took over the "
        "process for the {role}, and I understand the decision.\n\n"
        "{enjoyed}\n\n"
        "If another role opens at {company}, I'd be glad to apply again, so please keep my details "
        "on file. I'd love to stay in touch.\n\n"
        "Kind regards,\n[Your name]\n",
    ),
    "feedback": (
        "Dear {to},\n\n"
        "Thank you for letting me know about the {role} at {company}. I understand the decision, and I respect it.\n\n"
        "{enjoyed}\n\n"
        "To prepare for my next interviews, would you be willing to share any feedback? Even one "
        "thing I could do better would help me a great deal.\n\n"
        "Thank you again for your time,\n[Your name]\n",
        "Hello {to},\n\n"
        "Thanks for getting back to me, and for the time you spent interviewing me for the {role} at {company}. "
        "That makes sense, and I appreciate you telling me.\n\n"
        "{enjoyed}\n\n"
        "I'm keen to keep improving: is there anything I could have done better, or one area to "
        "work on before my next interview? A sentence or two would be really useful.\n\n"
        "Best wishes,\n[Your name]\n",
    ),
    "follow-up": (
        "Dear {to},\n\n"
        "We spoke a few weeks ago about the {role}, and I wanted to thank you again for your time "
        "and your advice. {enjoyed}\n\n"
        "Since then I have kept working on what you suggested. I'm still very interested in "
        "{company}, so if a suitable opening comes up, please keep me in mind. I'd be glad to "
        "apply again.\n\n"
        "Best regards,\n[Your name]\n",
        "Hello {to},\n\n"
        "I hope things are going well at {company}. Thank you again for interviewing me for the "
        "{role} a few weeks ago; I appreciated your feedback.\n\n"
        "{enjoyed}\n\n"
        "I'm still keen on joining {company}, and I'd welcome the chance to be considered for "
        "future openings. I'm happy to stay in touch in whatever way suits you.\n\n"
        "Kind regards,\n[Your name]\n",
    ),
}
_ENJOYED = (
    "I especially enjoyed {enjoyed}.",
    "I really enjoyed {enjoyed}, and I learned a lot from it.",
)
_ENJOYED_NOTHING = (
    "I enjoyed meeting the team and learning how you work.",
    "I enjoyed our conversations and learning more about the team.",
)


def variant(kind: str, details: ReplyDetails) -> int:
    """Which of the two templates: a checksum of the details, so the same details, same draft."""
    key = "\x1f".join((kind, details.to, details.company, details.role, details.enjoyed))
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % 2


def draft_reply(kind: str, details: ReplyDetails) -> str:
    """A short plain-text email for ``kind`` (a key of :data:`KINDS`) from ``details``."""
    if kind not in KINDS:
        raise ReplyError(f"kind: unknown reply {kind!r} (choose {', '.join(KINDS)})")
    details = details.checked()
    which = variant(kind, details)
    enjoyed = details.enjoyed.rstrip(".!?;, ")
    if enjoyed:
        enjoyed_line = _ENJOYED[which].format(enjoyed=enjoyed)
    else:
        enjoyed_line = _ENJOYED_NOTHING[which]
    role = details.role
    return _TEMPLATES[kind][which].format(
        to=details.to or ("Hiring team" if which == 0 else "there"),
        company=details.company or "the company",
        role=f"{role} role" if role else "role",
        enjoyed=enjoyed_line,
    )


# -- checks ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyCheck:
    """One line of the check: ✓/✗, what was found (``summary``), the words (``evidence``), a tip."""

    id: str
    label: str
    passed: bool
    summary: str
    tip: str
    evidence: list[dict[str, Any]] = field(default_factory=list)  # {"start", "end", "text"}

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "passed": self.passed, "summary": self.summary,
                "evidence": list(self.evidence), "tip": self.tip}


@dataclass(frozen=True)
class ReplyReport:
    kind: str
    checks: list[ReplyCheck]
    words: int

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "passed": self.passed, "words": self.words,
                "checks": [c.to_dict() for c in self.checks]}


@lru_cache(maxsize=1)
def _bank() -> Any:
    from mockint import paths
    from mockint.banks.loader import load_bank_file

    entry = load_bank_file(paths.builtin_bank_dir() / f"{BANK_ID}.toml", source="built-in")
    if entry.bank is None or not entry.ok:
        problem = entry.problems[0] if entry.problems else f"{BANK_ID}: cannot be loaded"
        raise ReplyError(f"the built-in bank is broken: {problem}")
    return entry.bank


def check_reply(kind: str, text: str) -> ReplyReport:
    """Check a draft reply of ``kind``: the moment's bank criteria, professional tone, the flags."""
    from mockint.scoring import AnswerInput, default_settings, score_answer
    from mockint.scoring.analysis import Analysis

    if kind not in KINDS:
        raise ReplyError(f"kind: unknown reply {kind!r} (choose {', '.join(KINDS)})")
    reply = KINDS[kind]
    bank = _bank()
    question = bank.question(reply.question_id)
    custom = tuple(c for c in bank.custom_criteria if c.id in reply.criteria)
    answer = AnswerInput(text=text, question_text=question.text if question else None,
                         criteria=("professional_tone",), custom_criteria=custom)
    card = score_answer(answer)
    checks = [_from_result(r) for r in sorted(card.criteria, key=lambda r: _order(reply, r.id))]
    for not_judged in card.not_judged:  # a very short draft: nothing to judge the tone by
        checks.append(ReplyCheck(not_judged.id, "Professional tone", True, not_judged.reason,
                                 "Nothing unprofessional found."))
    analysis = Analysis(answer, default_settings())
    for flag in reply_flags(analysis):
        spans = [{"start": s.start, "end": s.end, "text": s.text} for s in flag.spans]
        checks.append(ReplyCheck(flag.id, flag.label, flag.passed, flag.summary,
                                 "Good." if flag.passed else flag.tip, spans))
    return ReplyReport(kind, checks, analysis.word_count)


def _order(reply: ReplyKind, criterion_id: str) -> int:
    return reply.criteria.index(criterion_id) if criterion_id in reply.criteria else len(reply.criteria)


def _from_result(result: Any) -> ReplyCheck:
    evidence = [{"start": s.start, "end": s.end, "text": s.text} for s in result.spans]
    return ReplyCheck(result.id, result.label, result.passed, result.summary, result.tip, evidence)
