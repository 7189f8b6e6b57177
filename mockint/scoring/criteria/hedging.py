"""hedging: "I guess", "maybe", "kind of", "I don't know", "probably", "just", "I think"...

Strong hedges count 1, mild ones ("just", "I believe", "I'd say") 0.5. "I think" is normal speech:
it only counts beyond an allowance, so one "I think" never fails an answer but five do.
"just" as a minimiser ("I just helped out") counts; "just-in-time", "just cause", "just now",
"just as important", "I just graduated" do not.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, falling, most_common, verdict
from mockint.scoring.model import CriterionResult
from mockint.scoring.tips import question_tip

STRONG_HEDGES = (
    "i guess", "i suppose", "maybe", "perhaps", "probably", "i don't know", "i'm not sure",
    "i am not sure", "not sure", "i'm not really sure", "i don't really know", "{kind|sort} of",
    "kinda", "sorta", "or something", "or whatever", "or something like that", "hopefully",
    "possibly", "somewhat", "i'm no expert", "i'm not an expert", "more or less",
    "if that makes sense", "i could be wrong", "i might be wrong", "i wouldn't say",
)
MILD_HEDGES = (
    "i believe", "i feel like", "i would say", "i'd say", "a little bit", "pretty much",
    "i'd guess", "sort of like",
)
HEDGES = lexicon.define(
    "hedging",
    {**{p: "strong" for p in STRONG_HEDGES}, **{p: "mild" for p in MILD_HEDGES},
     "just": "just", "i think": "i think"},
)
# "the kind of person", "what kind of bug": a noun, not a hedge.
_KIND_NOUN_BEFORE = lexicon.key_set(
    """what which that this a the any some every one same different whats whatever all these
    those no certain particular right new similar my your our his her their only first other
    another special best worst main specific exact favorite favourite"""
)
# "it's kind of hard": these end in 's but are "it is", not a possessive ("the team's kind of work").
_IS_CONTRACTIONS = lexicon.key_set("it's that's he's she's there's here's who's everything's")


def is_kind_of_hedge(analysis: Analysis, index: int) -> bool:
    """"kind of hard" (a hedge) rather than "what kind of bug" (a noun)."""
    prev = analysis.key(index - 1)
    if prev in _KIND_NOUN_BEFORE:
        return False
    possessive = prev.endswith("s") and "'" in analysis.words[index - 1] and prev not in _IS_CONTRACTIONS
    return not possessive



# "just" followed by these is about time or precision, not a minimiser.
_JUST_NOT_BEFORE = lexicon.key_set(
    """cause now as in before after then because graduated finished started joined completed
    moved got arrived returned left launched opened signed won passed turned like"""
)
_WEIGHTS = {"strong": 1.0, "mild": 0.5, "just": 0.5, "i think": 0.5}


class Hedge(NamedTuple):
    start: int
    end: int
    weight: float


def find_hedges(analysis: Analysis, _new: Any = tuple.__new__) -> list[Hedge]:
    # tuple.__new__: a Hedge without the NamedTuple's Python-level constructor (many per answer).
    found: list[Hedge] = []
    thinks: list[Hedge] = []
    key, keys, starts, ends = analysis.key, analysis.keys, analysis.starts, analysis.ends
    for first, last, tag in analysis.hits(HEDGES):
        if tag == "just":
            following = key(first + 1)
            if not following or following in _JUST_NOT_BEFORE or key(first - 1) in ("a", "the"):
                continue
        elif keys[first] in ("kind", "sort") and not is_kind_of_hedge(analysis, first):
            continue
        hedge = _new(Hedge, (starts[first], ends[last - 1], _WEIGHTS[tag]))
        (thinks if tag == "i think" else found).append(hedge)
    allowance = max(2.0, analysis.settings.hedging.i_think_allowance_per_100_words * analysis.word_count / 100)
    if len(thinks) > allowance:
        found.extend(thinks)
        found.sort()
    return found


def hedges(analysis: Analysis) -> list[Hedge]:
    return analysis.memo("hedges", find_hedges)


@criterion("hedging", "Confident wording", empty_tip="Answer the question in a few plain, confident sentences.")
def evaluate(analysis: Analysis) -> CriterionResult:
    found = hedges(analysis)
    settings = analysis.settings.hedging
    weighted = sum(h.weight for h in found)
    rate = analysis.per_100_words(weighted)
    score = falling(rate, settings.good_per_100_words, settings.bad_per_100_words)
    spans = [analysis.span(h.start, h.end) for h in found]
    top, top_count = most_common(spans)
    metrics = {"hedges": len(found), "hedges_per_100_words": rate}
    if not found:
        summary = "No hedging."
    else:
        summary = f"{len(found)} hedge{'s' if len(found) != 1 else ''} ({rate} per 100 words), most often “{top}” ×{top_count}."
    if score >= analysis.settings.pass_score:
        tip = question_tip(analysis, "hedging",
                           "Confident wording: keep stating what you did and what you think plainly.", "clear")
    elif top in ("i don't know", "i'm not sure", "not sure", "i don't really know"):
        tip = (f"You said “{top}” {top_count}×. If you are unsure, say what you would do to find out "
               "rather than that you don't know.")
    elif top == "just":
        tip = question_tip(analysis, "hedging", (
            f"“just” ({top_count}×) shrinks your work (“I just helped”): say what you did, plainly."),
            "just", count=top_count)
    else:
        tip = question_tip(analysis, "hedging", (
            f"Cut “{top}” ({top_count}×) and similar hedges: state what you did and what you "
            "think as facts (“I decided…”, “The result was…”)."), "hedges", top=top, count=top_count)
    return verdict(analysis, "hedging", score, summary=summary, tip=tip, spans=spans, metrics=metrics)
