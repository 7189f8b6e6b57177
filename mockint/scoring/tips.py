"""Tips that depend on the kind of question: one table, keyed by (criterion, question type,
situation).

A criterion works out its tip as usual (the default, written for a story question), then asks
:func:`question_tip` whether the question's type has its own wording for that situation: a reply
to a rejection call never gets "add the situation, what you did step by step and the result", a
"why this role?" answer is told to name what draws the candidate to the role, and a "time you
failed" story never gets advice about accepting a hiring decision. The question's type is the
bank's ``type`` or, without one, inferred from its text (:mod:`mockint.scoring.questions`).

Situations, per criterion (the criterion names the one it is in):

- ``concrete_example``: ``generalities``, ``started`` (an example announced, not told),
  ``no-story``, ``no-names`` (a story without names or numbers), ``empty``;
- ``quantified_result``: ``none``, ``untied``, ``empty``;
- ``star_structure``: ``no-action``, ``no-result``, ``not-backed``, ``concise``, ``thread``,
  ``up-front``, ``ending``, ``no-situation``, ``order``, ``action-share``, ``signposts``;
- ``ownership``: ``no-actions``, ``all-we``, ``few-i``, ``empty``;
- ``relevance``: ``off-topic`` (no key points: the question's words are missing);
- ``length``: ``short``, ``a-bit-short``, ``a-bit-long``, ``long``;
- ``pace``: ``slow``;
- ``hedging``: ``clear`` (it passes), ``just``, ``hedges``;
- ``professional_tone``: the kind of fault (``arguing``, ``blame``, ...).

:data:`ANY` stands for every situation of the criterion that has no entry of its own. Wording may
use ``{name}`` fields the criterion passes (``percent``, ``low_s``, ``high_s``, ``over``...);
a field it does not pass is left as written, for the criterion to fill in.
"""

from __future__ import annotations

from typing import Any

from mockint.scoring.analysis import Analysis
from mockint.scoring.questions import (
    GENERAL,
    MOTIVATION,
    ROLE_PLAY,
    SELF_DESCRIPTION,
    STORY,
    TECHNICAL,
    question_type_of,
)

ANY = "*"  # a situation key that applies to every failing situation of the criterion

_REPLY_SHAPE = "thank them, accept the decision, ask one question and keep the door open"
_AIM = "aim for {low_s}–{high_s} s (about {low_words}–{high_words} words)"
_NOT_STORIES = (ROLE_PLAY, MOTIVATION, SELF_DESCRIPTION, TECHNICAL, GENERAL)

TIPS: dict[tuple[str, str, str], str] = {
    # concrete_example ---------------------------------------------------------------------------
    ("concrete_example", ROLE_PLAY, ANY): (
        "Make the reply specific to them: the role, the people you met, one thing you'd like to "
        "work on — not a story from the past."),
    ("concrete_example", MOTIVATION, "generalities"): (
        "You spoke in general terms ({general}): name something real about this role or company "
        "that draws you, and one moment from your own work that ties you to it."),
    ("concrete_example", MOTIVATION, ANY): (
        "Make your reason specific: name something real about the role or the company, and one "
        "moment from your own work that ties you to it."),
    ("concrete_example", SELF_DESCRIPTION, "generalities"): (
        "You described yourself in general ({general}): back it with one real moment — where you "
        "were, what you did, what came of it."),
    ("concrete_example", SELF_DESCRIPTION, ANY): (
        "Back what you say about yourself with one real moment: where you were, what you did, "
        "what came of it."),
    ("concrete_example", TECHNICAL, ANY): (
        "Ground the answer in a real case: a system you worked on, what you chose there and why."),
    ("concrete_example", GENERAL, "generalities"): (
        "You answered in general terms ({general}): give one real case from your own work that "
        "shows it."),
    ("concrete_example", GENERAL, "no-story"): (
        "Back your answer with one real case from your own work: where it was and what you did."),
    ("concrete_example", GENERAL, "empty"): "Answer the question, then back it with one real case.",
    # quantified_result --------------------------------------------------------------------------
    ("quantified_result", ROLE_PLAY, ANY): (
        "A reply needs no numbers; if you say what you've done since, one concrete figure helps."),
    ("quantified_result", MOTIVATION, ANY): (
        "One number from your own work makes the fit concrete (“I halved the report time”), but "
        "your reason for wanting the role comes first."),
    ("quantified_result", SELF_DESCRIPTION, ANY): (
        "Give one figure that shows what you're good at: how many, how much, how much faster."),
    ("quantified_result", TECHNICAL, ANY): (
        "Give a measure: data size, latency, error rate or cost, before and after."),
    ("quantified_result", GENERAL, ANY): (
        "If your answer draws on your work, one figure makes it concrete: how many, how much, how "
        "much faster."),
    # star_structure -----------------------------------------------------------------------------
    ("star_structure", ROLE_PLAY, "thread"): (
        "The reply gets lost in restarts and fillers: know your three or four points before you "
        "speak, and pause silently instead of filling."),
    ("star_structure", ROLE_PLAY, "up-front"): (
        "Start with the reply itself — thank them for telling you — with no run-up."),
    ("star_structure", ROLE_PLAY, ANY): f"A reply is not a story: {_REPLY_SHAPE}, in that order.",
    ("star_structure", MOTIVATION, "not-backed"): (
        "Back your point up: name one thing about this role that draws you, and one moment from "
        "your work that shows the fit."),
    ("star_structure", MOTIVATION, "concise"): (
        "{words} words is long for this question (aim for about {target}): give your reason, one "
        "example that shows it, and why this role — then stop."),
    ("star_structure", MOTIVATION, "ending"): "Close by bringing it back to this role and what you'd do in it.",
    ("star_structure", MOTIVATION, "signposts"): (
        "Give your reason in the first sentence, then one example that shows it, then why this role."),
    ("star_structure", SELF_DESCRIPTION, "not-backed"): (
        "Back your point up: one moment when you showed it, and what came of it."),
    ("star_structure", SELF_DESCRIPTION, "concise"): (
        "{words} words is long for this question (aim for about {target}): who you are now, one "
        "highlight and what you want next."),
    ("star_structure", SELF_DESCRIPTION, "ending"): "Close with what you want to do next.",
    ("star_structure", SELF_DESCRIPTION, "signposts"): (
        "Open with who you are in one sentence, then one example, then what you want next."),
    ("star_structure", TECHNICAL, "not-backed"): (
        "Back your answer up: say why, or walk through the steps you'd take."),
    ("star_structure", TECHNICAL, "concise"): (
        "{words} words is long for this question (aim for about {target}): answer first, keep the "
        "steps, drop the side roads."),
    ("star_structure", TECHNICAL, "ending"): "End with the trade-off you chose, or the result.",
    ("star_structure", TECHNICAL, "signposts"): (
        "Answer first, then walk through the steps in order and end with the trade-off or result."),
    # ownership ----------------------------------------------------------------------------------
    ("ownership", ROLE_PLAY, ANY): "Speak for yourself: “I'd welcome…”, “I'm still interested in…”.",
    ("ownership", MOTIVATION, ANY): "Say what you want and what you did with “I”: “I built…, so I want…”.",
    ("ownership", SELF_DESCRIPTION, ANY): "Say what you did with “I”: “I run…”, “I built…”.",
    ("ownership", TECHNICAL, ANY): (
        "Say what you would do with “I” (“I'd start by…”), and which part was yours in any real "
        "system you mention."),
    ("ownership", GENERAL, "no-actions"): "Speak for yourself: say what you do and think with “I”.",
    # relevance (the default names the missing key points; these keep the question's shape) -----
    ("relevance", ROLE_PLAY, "off-topic"): (
        "Respond to what they just said before anything else: " + _REPLY_SHAPE + "."),
    ("relevance", MOTIVATION, "off-topic"): (
        "Your answer barely touches the question ({missing}): say why in your first sentence."),
    ("relevance", SELF_DESCRIPTION, "off-topic"): (
        "Your answer barely touches the question ({missing}): say who you are and what you do in "
        "your first sentence."),
    ("relevance", TECHNICAL, "off-topic"): (
        "Your answer barely touches the question ({missing}): answer it in your first sentence, "
        "then explain how."),
    ("relevance", GENERAL, "off-topic"): (
        "Your answer barely touches the question ({missing}): answer it in your first sentence, "
        "then give your reason."),
    # length -------------------------------------------------------------------------------------
    ("length", ROLE_PLAY, "short"): (
        f"Too short ({{percent}}% of the target): {_REPLY_SHAPE} — aim for {{low_s}}–{{high_s}} s."),
    ("length", MOTIVATION, "short"): (
        "Too short ({percent}% of the target): give your reason, one example from your work and why "
        f"this role — {_AIM}."),
    ("length", SELF_DESCRIPTION, "short"): (
        "Too short ({percent}% of the target): who you are now, one thing you're proud of and what "
        f"you want next — {_AIM}."),
    ("length", TECHNICAL, "short"): (
        "Too short ({percent}% of the target): your answer, how you'd do it step by step and the "
        f"trade-off — {_AIM}."),
    ("length", GENERAL, "short"): (
        f"Too short ({{percent}}% of the target): answer the question, then give a reason or an example — {_AIM}."),
    ("length", ROLE_PLAY, "a-bit-short"): "On the short side: one more sentence — what you'd like to hear, or how to stay in touch.",
    ("length", MOTIVATION, "a-bit-short"): "On the short side: add one thing about this role that draws you, or one example.",
    ("length", SELF_DESCRIPTION, "a-bit-short"): "On the short side: add one highlight or what you want next.",
    ("length", TECHNICAL, "a-bit-short"): "On the short side: one more step, or the trade-off you'd weigh.",
    ("length", GENERAL, "a-bit-short"): "On the short side: add one reason or one example.",
    ("length", ROLE_PLAY, "a-bit-long"): "A little over the target: a reply is a few sentences; trim it.",
    ("length", MOTIVATION, "a-bit-long"): "A little over the target: give your reason sooner.",
    ("length", SELF_DESCRIPTION, "a-bit-long"): "A little over the target: trim the background so the present comes sooner.",
    ("length", TECHNICAL, "a-bit-long"): "A little over the target: give the answer sooner, then the detail.",
    ("length", GENERAL, "a-bit-long"): "A little over the target: give the answer sooner, then stop.",
    ("length", ROLE_PLAY, "long"): (
        f"About {{over}} s over the target: a reply is a few sentences — {_REPLY_SHAPE}."),
    ("length", MOTIVATION, "long"): (
        "About {over} s over the target: give your reason and one example, then stop."),
    ("length", SELF_DESCRIPTION, "long"): (
        "About {over} s over the target: keep to the present, one highlight and what you want next."),
    ("length", TECHNICAL, "long"): (
        "About {over} s over the target: answer first, keep the steps, drop the side roads."),
    ("length", GENERAL, "long"): "About {over} s over the target: answer, give one reason, then stop.",
    # hedging ------------------------------------------------------------------------------------
    ("hedging", ROLE_PLAY, "clear"): "Confident wording: keep saying what you mean plainly.",
    ("hedging", ROLE_PLAY, "just"): "“just” ({count}×) shrinks what you say: say it plainly.",
    ("hedging", ROLE_PLAY, "hedges"): (
        "Cut “{top}” ({count}×) and similar hedges: say it plainly — “Thank you for letting me "
        "know”, “I understand”, “I'd welcome your feedback”."),
    # pace ---------------------------------------------------------------------------------------
    **{("pace", kind, "slow"): (
        "Slow ({wpm} words per minute): know the points you want to make before you start, so you "
        "don't search for words, and aim for {band}.") for kind in _NOT_STORIES},
    # professional_tone --------------------------------------------------------------------------
    # Arguing outside a role-play is defensiveness about oneself.
    **{("professional_tone", kind, "arguing"): (
        "{q} sounds defensive. Own your part plainly, say what you learned and what you do now.")
       for kind in (STORY, MOTIVATION, SELF_DESCRIPTION, TECHNICAL, GENERAL)},
    ("professional_tone", ROLE_PLAY, "blame"): (
        f"You blamed others ({{q}}). Leave it out of the reply: {_REPLY_SHAPE}."),
    ("professional_tone", ROLE_PLAY, "complaint"): (
        f"{{q}} complains. Leave it out of the reply: {_REPLY_SHAPE}."),
    ("professional_tone", MOTIVATION, "complaint"): (
        "{q} complains about a past job. Say what draws you to this role instead: what you want to "
        "do more of."),
}


class _Fields(dict[str, Any]):
    """Fields for ``str.format_map``: a slot with no value is left as written (``{q}``)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def question_tip(analysis: Analysis, criterion_id: str, default: str, situation: str = ANY,
                 **fields: Any) -> str:
    """The tip for ``criterion_id`` in ``situation`` for this answer's question type, else
    ``default`` (also when the question is not known). ``fields`` fill the ``{name}`` slots of the
    table's wording."""
    answer = analysis.answer
    if answer.question_type is None and not answer.question_text:
        return default  # no question to fit the tip to
    kind = analysis.memo("question_type", lambda a: question_type_of(a.answer))
    wording = TIPS.get((criterion_id, kind, situation)) or TIPS.get((criterion_id, kind, ANY))
    if wording is None:
        return default
    return wording.format_map(_Fields(fields)) if fields else wording
