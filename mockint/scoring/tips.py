"""Tips that depend on the kind of question: one table, keyed by (criterion, question type,
situation).

A criterion works out its tip as usual (the default, written for a story question), then asks
:func:`question_tip` whether the question's type has its own wording for that situation: a reply
to a rejection call never gets "add the situation, what you did step by step and the result", and
a "time you failed" story never gets advice about accepting a hiring decision. Wording may use
``{name}`` fields the criterion passes (``percent``, ``low``, ``high``, ``over``...).
"""

from __future__ import annotations

from typing import Any

from mockint.scoring.analysis import Analysis
from mockint.scoring.questions import (
    MOTIVATION,
    ROLE_PLAY,
    SELF_DESCRIPTION,
    STORY,
    TECHNICAL,
    question_type_of,
)

ANY = "*"  # a situation key that applies to every failing situation of the criterion

_REPLY_SHAPE = "thank them, accept the decision, ask one question and keep the door open"

TIPS: dict[tuple[str, str, str], str] = {
    # concrete_example
    ("concrete_example", ROLE_PLAY, ANY): (
        "Make the reply specific to them: the role, the people you met, one thing you'd like to "
        "work on — not a story from the past."),
    ("concrete_example", MOTIVATION, ANY): (
        "Make your reason specific: name something real about the role or the company, and one "
        "moment from your own work that ties you to it."),
    ("concrete_example", SELF_DESCRIPTION, ANY): (
        "Back what you say about yourself with one real moment: where you were, what you did, "
        "what came of it."),
    ("concrete_example", TECHNICAL, ANY): (
        "Ground the answer in a real case: a system you worked on, what you chose there and why."),
    # quantified_result
    ("quantified_result", ROLE_PLAY, ANY): (
        "A reply needs no numbers; if you say what you've done since, one concrete figure helps."),
    ("quantified_result", MOTIVATION, ANY): (
        "One number from your own work makes the fit concrete (“I halved the report time”), but "
        "your reason for wanting the role comes first."),
    ("quantified_result", SELF_DESCRIPTION, ANY): (
        "Give one figure that shows what you're good at: how many, how much, how much faster."),
    ("quantified_result", TECHNICAL, ANY): (
        "Give a measure: data size, latency, error rate or cost, before and after."),
    # star_structure
    ("star_structure", ROLE_PLAY, ANY): f"A reply is not a story: {_REPLY_SHAPE}, in that order.",
    ("star_structure", MOTIVATION, ANY): (
        "Give your reason in the first sentence, then one example that shows it, then why this role."),
    ("star_structure", SELF_DESCRIPTION, ANY): (
        "Open with who you are in one sentence, then one example, then what you want next."),
    ("star_structure", TECHNICAL, ANY): (
        "Answer first, then walk through the steps in order and end with the trade-off or result."),
    # ownership
    ("ownership", ROLE_PLAY, ANY): "Speak for yourself: “I'd welcome…”, “I'm still interested in…”.",
    ("ownership", MOTIVATION, ANY): "Say what you want and what you did with “I”: “I built…, so I want…”.",
    ("ownership", SELF_DESCRIPTION, ANY): "Say what you did with “I”: “I run…”, “I built…”.",
    # relevance (the default names the missing key points; these keep the question's shape)
    ("relevance", ROLE_PLAY, "off-topic"): (
        "Respond to what they just said ({missing}) before anything else: " + _REPLY_SHAPE + "."),
    ("relevance", MOTIVATION, "off-topic"): (
        "Your answer barely touches the question ({missing}): say why in your first sentence."),
    # length
    ("length", ROLE_PLAY, "short"): (
        f"Too short ({{percent}}% of the target): {_REPLY_SHAPE} — aim for {{low_s}}–{{high_s}} s."),
    ("length", MOTIVATION, "short"): (
        "Too short ({percent}% of the target): give your reason, one example from your work and why "
        "this role — aim for {low_s}–{high_s} s (about {low_words}–{high_words} words)."),
    ("length", SELF_DESCRIPTION, "short"): (
        "Too short ({percent}% of the target): who you are now, one thing you're proud of and what "
        "you want next — aim for {low_s}–{high_s} s (about {low_words}–{high_words} words)."),
    ("length", TECHNICAL, "short"): (
        "Too short ({percent}% of the target): your answer, how you'd do it step by step and the "
        "trade-off — aim for {low_s}–{high_s} s (about {low_words}–{high_words} words)."),
    ("length", ROLE_PLAY, "long"): (
        f"About {{over}} s over the target: a reply is a few sentences — {_REPLY_SHAPE}."),
    ("length", MOTIVATION, "long"): (
        "About {over} s over the target: give your reason and one example, then stop."),
    ("length", SELF_DESCRIPTION, "long"): (
        "About {over} s over the target: keep to the present, one highlight and what you want next."),
    ("length", TECHNICAL, "long"): (
        "About {over} s over the target: answer first, keep the steps, drop the side roads."),
    # professional_tone: arguing outside a role-play is defensiveness about oneself
    **{("professional_tone", kind, "arguing"): (
        "{q} sounds defensive. Own your part plainly, say what you learned and what you do now.")
       for kind in (STORY, MOTIVATION, SELF_DESCRIPTION, TECHNICAL)},
}


def question_tip(analysis: Analysis, criterion_id: str, default: str, situation: str = ANY,
                 **fields: Any) -> str:
    """The tip for ``criterion_id`` in ``situation`` for this answer's question type, else
    ``default``. ``fields`` fill the ``{name}`` slots of the table's wording."""
    kind = analysis.memo("question_type", lambda a: question_type_of(a.answer))
    wording = TIPS.get((criterion_id, kind, situation)) or TIPS.get((criterion_id, kind, ANY))
    if wording is None:
        return default
    return wording.format(**fields) if fields else wording
