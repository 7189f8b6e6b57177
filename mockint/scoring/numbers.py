"""Find quantities in an answer: "20%", "twenty percent", "$2k", "1.5 million", "three weeks", "doubled".

Works over the answer's words (see :class:`mockint.scoring.analysis.Analysis`); a mention covers
the number and its unit, so "three weeks" is highlighted whole. Years ("in 2019") are reported as
dates: they make a story specific but are not a result. "one of my teammates" and "this one
project" are not quantities; "one week" and "a dollar" are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from mockint.scoring import lexicon

if TYPE_CHECKING:
    from mockint.scoring.analysis import Analysis

NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions dozen dozens""".split()
)
_SCALES = frozenset("hundred thousand million billion grand k m bn".split())
_A_SCALES = frozenset("hundred thousand million billion dozen".split())  # "a hundred"
_ONE = frozenset({"one", "a", "an"})
MULTIPLIERS = frozenset("doubled doubling tripled tripling quadrupled halved halving twice".split())

_TIME_UNITS = frozenset(
    """hour hours hr hrs minute minutes min mins second seconds sec secs ms millisecond milliseconds
    day days night nights week weeks month months year years quarter quarters sprint sprints
    semester semesters""".split()
)
_MONEY_UNITS = frozenset("dollar dollars buck bucks euro euros pound pounds usd grand cent cents".split())
_PERCENT_UNITS = frozenset({"percent", "pct"})
_MULTIPLIER_UNITS = frozenset({"x", "times", "fold"})
_COUNT_UNITS = frozenset(
    """people person persons user users customer customers client clients student students member
    members engineer engineers developer developers employee employees staff intern interns team
    teams ticket tickets bug bugs issue issues order orders sales lead leads project projects point
    points request requests download downloads signup signups sign-up sign-ups visitor visitors call
    calls page pages line lines feature features store stores location locations account accounts
    item items unit units gb mb tb server servers deal deals application applications applicant
    applicants attendee attendees participant participants volunteer volunteers review reviews star
    stars language languages country countries city cities school schools class classes course
    courses kid kids child children patient patients case cases shift shifts table tables event
    events transaction transactions record records row rows file files report reports dashboard
    dashboards product products app apps video videos post posts follower followers subscriber
    subscribers email emails message messages partner partners vendor vendors supplier suppliers
    company companies business businesses department departments office offices branch branches
    step steps spot spots place places position positions stakeholder stakeholders meeting meetings
    session sessions test tests release releases deployment deployments incident incidents complaint
    complaints survey surveys response responses query queries job jobs hire hires candidate
    candidates site sites kilo kilos kg mile miles km""".split()
)
UNITS = _TIME_UNITS | _MONEY_UNITS | _PERCENT_UNITS | _MULTIPLIER_UNITS | _COUNT_UNITS
_MODIFIERS = frozenset("new more extra additional active paying full whole fewer less straight different other".split())
_FRACTIONS = frozenset({"third", "thirds", "quarter"})
_FRACTION_LEADS = frozenset({"a", "one", "two", "three"})
NUMBER_LEXICON = lexicon.define("number", sorted(NUMBER_WORDS | MULTIPLIERS | _FRACTIONS | {"half"}))
_DIGIT_RUN_RE = re.compile(r"[0-9]+")
_DIGITS_RE = re.compile(r"(\d+(?:[.,]\d+)*)(k|m|mm|bn|b|x|s|)")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


class NumberMention(NamedTuple):
    start: int  # characters
    end: int
    kind: str  # "percent", "money", "time", "count", "multiplier", "fraction", "plain", "date"
    first: int  # words first .. last - 1
    last: int


def find_numbers(analysis: "Analysis") -> list[NumberMention]:
    """Every quantity in the answer, in order."""
    words = analysis.words
    found: list[NumberMention] = []
    resume = 0
    for index in _candidates(analysis):
        if index < resume:
            continue
        word = words[index]
        if word in _FRACTION_LEADS and _is_fraction(analysis, index + 1):  # "two thirds"
            mention = NumberMention(analysis.starts[index], analysis.ends[index + 1], "fraction", index, index + 2)
        elif word[0].isdigit():
            mention = _digits(analysis, index)
        elif word in NUMBER_WORDS:
            start = index - 1 if word in _A_SCALES and analysis.key(index - 1) in _ONE else index
            mention = _spelled(analysis, max(start, resume))
        elif word in MULTIPLIERS or (word == "half" and analysis.key(index - 1) in ("by", "in", "cut")):
            mention = NumberMention(analysis.starts[index], analysis.ends[index], "multiplier", index, index + 1)
        elif analysis.key(index - 1) in _FRACTION_LEADS and _is_fraction(analysis, index):  # "a third"
            mention = NumberMention(analysis.starts[index - 1], analysis.ends[index], "fraction", index - 1, index + 1)
        else:
            mention = None
        if mention is not None:
            found.append(mention)
            resume = mention.last
    return found


def _is_fraction(analysis: "Analysis", index: int) -> bool:
    """"third(s)" after "a"/"one"/"two", or "quarter of" ("a quarter" alone is a time)."""
    word = analysis.key(index)
    return word in _FRACTIONS and (word != "quarter" or analysis.key(index + 1) == "of")


def _candidates(analysis: "Analysis") -> list[int]:
    """Indexes of words that may start a number: digits, number words, "doubled"..."""
    from bisect import bisect_left

    starts, count = analysis.starts, analysis.word_count
    found = {hit.first for hit in analysis.hits(NUMBER_LEXICON)}
    for match in _DIGIT_RUN_RE.finditer(analysis.norm):
        index = bisect_left(starts, match.start())
        if index < count and starts[index] == match.start():  # the word starts with the digits
            found.add(index)
    return sorted(found)


def _unit_after(analysis: "Analysis", index: int) -> tuple[str, int]:
    """The unit word following word ``index - 1`` ("three new customers"), and the next index."""
    word = analysis.key(index)
    if word == "per" and analysis.key(index + 1) == "cent":
        return "percent", index + 2
    if word == "percentage" and analysis.key(index + 1) in ("point", "points"):
        return "percent", index + 2
    if word in UNITS:
        return word, index + 1
    if word in _MODIFIERS or word == "of":
        following = analysis.key(index + 1)
        if following in ("my", "our", "the", "us", "them") and analysis.key(index + 2) in UNITS:
            return analysis.key(index + 2), index + 3
        if following in UNITS:
            return following, index + 2
    return "", index


def _kind_of_unit(unit: str) -> str:
    if unit in _PERCENT_UNITS or unit == "%":
        return "percent"
    if unit in _MONEY_UNITS:
        return "money"
    if unit in _MULTIPLIER_UNITS:
        return "multiplier"
    if unit in _TIME_UNITS:
        return "time"
    return "count" if unit else ""


def _digits(analysis: "Analysis", index: int) -> NumberMention | None:
    match = _DIGITS_RE.fullmatch(analysis.words[index])
    if match is None:  # "2nd", "3pm", "mp3"
        return None
    number, suffix = match.groups()
    last = index + 1
    kind = ""
    if suffix in ("k", "m", "mm", "bn", "b") or analysis.key(last) in _SCALES:
        kind = "count"
        last += 0 if suffix else 1
    elif suffix == "x":
        kind = "multiplier"
    elif suffix == "s" and _YEAR_RE.fullmatch(number):
        kind = "date"  # "the 1990s"
    if analysis.gap_after(last - 1).startswith("%"):
        kind = "percent"
    else:
        unit, after = _unit_after(analysis, last)
        if unit:
            kind, last = _kind_of_unit(unit) if kind != "multiplier" else kind, after
    start = analysis.starts[index]
    gap = analysis.gap_before(index)[-2:]
    currency = next((c for c in "$£€" if c in gap), "")
    if currency:
        kind = "money"
        start = analysis.norm.rindex(currency, 0, start)
    if not kind:
        kind = "date" if _YEAR_RE.fullmatch(number) else "plain"
    end = analysis.ends[last - 1] + (1 if kind == "percent" and analysis.gap_after(last - 1).startswith("%") else 0)
    return NumberMention(start, end, kind, index, last)


def _spelled(analysis: "Analysis", index: int) -> NumberMention | None:
    last = index + 1
    while True:
        word = analysis.key(last)
        if word in NUMBER_WORDS:
            last += 1
        elif word == "and" and analysis.key(last + 1) in NUMBER_WORDS and analysis.key(last - 1) in _SCALES:
            last += 2  # "a hundred and fifty"
        elif word == "point" and analysis.key(last + 1) in NUMBER_WORDS:
            last += 2  # "one point five million"
        else:
            break
    bare_one = last == index + 1 and analysis.words[index] in _ONE
    if analysis.gap_after(last - 1).startswith("%"):
        return NumberMention(analysis.starts[index], analysis.ends[last - 1] + 1, "percent", index, last)
    unit, after = _unit_after(analysis, last)
    kind = _kind_of_unit(unit) or "plain"
    if bare_one and kind not in ("time", "money"):
        return None  # "one of my teammates", "this one project"
    if kind == "plain" and analysis.key(last - 1) in _SCALES:
        kind = "count"
    return NumberMention(analysis.starts[index], analysis.ends[after - 1], kind, index, after)
