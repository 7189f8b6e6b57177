"""quantified_result: numbers (percentages, money, time, counts, spelled out too) tied to an outcome.

A number is tied to an outcome when a change or result word is near it: "increased sign-ups by
20%", "cut the wait from three weeks to four days", "saved about $2k a month". A number that only
sets the scene ("a team of 5", "in 2019") shows detail but not a result. "up" and "down" are change
words only after a verb of change or before "by"/"from" ("went up", "were up 20%", "down from",
"brought it down to"), not in "set up", "came up with", "calmed down". Money right after an earning verb ("we took about
£8,000", "it made $2k") and a star rating given as feedback ("left a five-star review") are results.
"""

from __future__ import annotations

from bisect import bisect_left

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, plural, quote, verdict
from mockint.scoring.model import CriterionResult
from mockint.scoring.numbers import NumberMention
from mockint.scoring.tips import question_tip

# Words near a number that make it a result: whole words, and stems expanded with common endings
# (so the one pass of the lexicon scan finds them all).
_OUTCOME_WORDS = """cut cutting fell from faster quicker slower sooner more less fewer higher lower
    rose rise rises rising risen fall falls falling fallen climbed jumped soared shrank slashed
    revenue sales retention cost costs won win record ahead early within beat hit signed closed
    hired served handled trained mentored secured latency uptime error errors churn traffic roi kpi
    kpis nps top per sold shipped funded awarded published grew grown growth""".split()
_OUTCOME_STEMS = """increas decreas reduc sav grow improv rais boost drop profit convert conversion
    satisf scor rat result outcom achiev deliver finish launch complet rank doubl tripl halv gain
    generat impact exceed reach onboard resolv process attract engag accura efficien productiv
    shorten eliminat minimi maximi expand scal recover collect promot adopt""".split()
_ENDINGS = ("", "e", "es", "ed", "ing", "ings", "s", "d", "ion", "ions", "ment", "ments", "ied", "y",
            "ies", "ication", "cy", "t", "ts", "ted", "ting", "ly", "er", "ers", "ize", "ized", "ise",
            "ised", "ation", "ations", "ity", "ive", "ped", "ping", "ings")
OUTCOMES = lexicon.define(
    "outcome", sorted({*_OUTCOME_WORDS, *(stem + ending for stem in _OUTCOME_STEMS for ending in _ENDINGS)})
)
_CHANGE_VERB = lexicon.word_class(
    "change_verb",
    """go goes going gone went is was are were been shot jumped climbed bring brings bringing
    brought get gets getting got push pushed drive drove driven move moved ticked crept trending
    trended""".split(),
)
lexicon.define("outcome", [f"{_CHANGE_VERB} {{up|down}}", "{up|down} {by|from}", "down to"])
# Money right after these (give or take "about") is money earned: "we took about £8,000".
_EARNED = frozenset("took made earned brought pulled billed booked".split())
_ABOUT = frozenset("about around roughly nearly almost over just in over more than close to".split())
# A star rating is feedback when it is given or received, or a review or rating follows it.
_RATING_GIVEN = frozenset("left gave give given got get received earned rated scored leaving giving".split())
_RATING_NOUN = frozenset("review reviews rating ratings feedback".split())


def tied_numbers(analysis: Analysis) -> list[NumberMention]:
    """The quantities (not dates) tied to an outcome."""
    return analysis.memo("tied_numbers", _find_tied)


def _find_tied(analysis: Analysis) -> list[NumberMention]:
    settings = analysis.settings.quantified_result
    before, after = int(settings.words_before), int(settings.words_after)
    positions = [h.first for h in analysis.hits(OUTCOMES)]
    return [n for n in analysis.numbers if n.quantity and _tied(analysis, n, positions, before, after)]


def _tied(analysis: Analysis, number: NumberMention, positions: list[int], before: int, after: int) -> bool:
    """Whether a change or result word is near the number ("cut ... from 3 weeks to 4 days");
    ``positions``: the words of the answer that are outcome words."""
    kind, first, last = number.kind, number.first, number.last
    if kind == "multiplier":  # "doubled", "3x faster": a change in itself
        return True
    if kind == "rating":
        return analysis.key(last) in _RATING_NOUN or any(
            analysis.key(first - k) in _RATING_GIVEN for k in (1, 2, 3))
    if kind == "money" and _after_earning_verb(analysis, first):
        return True
    # An outcome word in the window around the number that is not one of the number's own words
    # (both ranges are sorted, and the number's words lie inside the window).
    near = bisect_left(positions, last + after) - bisect_left(positions, first - before)
    inside = bisect_left(positions, last) - bisect_left(positions, first)
    return near > inside


def _after_earning_verb(analysis: Analysis, first: int) -> bool:
    index = first - 1
    while index > first - 4 and analysis.key(index) in _ABOUT:
        index -= 1
    return analysis.key(index) in _EARNED


_NONE_TIP = ("Add a number that shows the result: time or money saved, how many people or users, "
             "by what percent something changed.")


@criterion("quantified_result", "Quantified result", empty_tip=_NONE_TIP)
def evaluate(analysis: Analysis) -> CriterionResult:
    settings = analysis.settings.quantified_result
    quantities = [n for n in analysis.numbers if n.quantity]
    tied = tied_numbers(analysis)
    metrics = {"numbers": len(quantities), "numbers_tied_to_outcome": len(tied)}
    spans = [analysis.span(n.start, n.end) for n in quantities]
    if not quantities:
        score, summary = settings.score_none, "No numbers."
        tip = question_tip(analysis, "quantified_result", _NONE_TIP, "none")
    elif not tied:
        first = spans[0]
        score = settings.score_untied
        summary = f"{plural(len(quantities), 'number')} ({quote(first)}), none tied to an outcome."
        tip = question_tip(analysis, "quantified_result", (
            f"You mentioned {quote(first)} but not what changed: tie a number to the result — "
            "“cut the wait from three weeks to four days”, “sign-ups rose 20%”."), "untied")
    else:
        score = settings.score_two_tied if len(tied) >= 2 else settings.score_one_tied
        shown = ", ".join(quote(spans[quantities.index(n)]) for n in tied[:3])
        summary = f"{plural(len(tied), 'number')} tied to an outcome: {shown}."
        tip = ("Quantified result: keep giving the before and after."
               if len(tied) >= 2 else
               "One number tied to the result: add the before/after or a second measure to make it stick.")
    return verdict(analysis, "quantified_result", score, summary=summary, tip=tip, spans=spans,
                   metrics=metrics)
