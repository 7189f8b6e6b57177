"""Find quantities in an answer: "20%", "twenty percent", "$2k", "1.5 million", "three weeks", "doubled".

Works over the answer's words (see :class:`mockint.scoring.analysis.Analysis`); a mention covers
the number and its unit, so "three weeks" is highlighted whole. Years ("in 2019") are reported as
dates: they make a story specific but are not a result; so are ages ("I'm twenty four", "a
24-year-old"). "one of my teammates" and "this one project" are not quantities; "one week" and "a
dollar" are. "twice" is a multiplier only in "twice as fast" / "twice the traffic"; "charged twice"
is a count. Hyphenated words count too: "twenty-five", "2-3", "a ten-minute call", "a five-star
review" (star ratings are their own kind: feedback, not a count).
"""

from __future__ import annotations

import re
from bisect import bisect_left
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
# Kinds that make a story specific but are not quantities (a result or a scale).
NOT_QUANTITIES = frozenset({"date", "age"})

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
    applicants attendee attendees participant participants volunteer volunteers review reviews language languages country countries city cities school schools class classes course
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
_RATING_UNITS = frozenset({"star", "stars"})
UNITS = _TIME_UNITS | _MONEY_UNITS | _PERCENT_UNITS | _MULTIPLIER_UNITS | _COUNT_UNITS | _RATING_UNITS
_MODIFIERS = frozenset("new more extra additional active paying full whole fewer less straight different other".split())
_FRACTIONS = frozenset({"third", "thirds", "quarter"})
_FRACTION_LEADS = frozenset({"a", "one", "two", "three"})
NUMBER_LEXICON = lexicon.define("number", sorted(NUMBER_WORDS | MULTIPLIERS | _FRACTIONS | {"half"}))
_DIGITS_RE = re.compile(r"(\d+(?:[.,]\d+)*)(k|m|mm|bn|b|x|s|)")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# The first part of a hyphenated word ("five" in "five-star"), at the start of a word.
_HYPHEN_HEAD_RE = re.compile(r"(?<![\w'-])([a-z]+)-\w")
# A plain number after these is an age: "I'm twenty four", "I am 24", "aged 19", "when I turned 18".
_AGE_BEFORE = frozenset({"im", "am", "aged", "age", "turned", "turning"})
_AGE_SUBJECTS = frozenset({"i", "he", "she"})


class NumberMention(NamedTuple):
    start: int  # characters
    end: int
    kind: str  # "percent", "money", "time", "count", "multiplier", "fraction", "rating", "plain", "date", "age"
    first: int  # words first .. last - 1
    last: int

    @property
    def quantity(self) -> bool:
        """A number that measures something (not a date or an age)."""
        return self.kind not in NOT_QUANTITIES


def find_numbers(analysis: Analysis) -> list[NumberMention]:
    """Every quantity in the answer, in order."""
    kp = analysis.padded_keys
    words = analysis.words
    found: list[NumberMention] = []
    resume = 0
    mention: NumberMention | None
    for index in _candidates(analysis):
        if index < resume:
            continue
        word = words[index]
        if word in _FRACTION_LEADS and _is_fraction(analysis, index + 1):  # "two thirds"
            mention = NumberMention(analysis.starts[index], analysis.ends[index + 1], "fraction", index, index + 2)
        elif "-" in word:
            mention = _compound(analysis, index)
        elif word[0].isdigit():
            mention = _digits(analysis, index)
        elif word in NUMBER_WORDS:
            start = index - 1 if word in _A_SCALES and kp[index - 1] in _ONE else index
            mention = _spelled(analysis, max(start, resume))
        elif word == "twice" and kp[index + 1] not in ("as", "the"):
            mention = NumberMention(analysis.starts[index], analysis.ends[index], "count", index, index + 1)
        elif word in MULTIPLIERS or (word == "half" and kp[index - 1] in ("by", "in", "cut")):
            mention = NumberMention(analysis.starts[index], analysis.ends[index], "multiplier", index, index + 1)
        elif kp[index - 1] in _FRACTION_LEADS and _is_fraction(analysis, index):  # "a third"
            mention = NumberMention(analysis.starts[index - 1], analysis.ends[index], "fraction", index - 1, index + 1)
        else:
            mention = None
        if mention is not None:
            found.append(mention)
            resume = mention.last
    return found


def _is_fraction(analysis: Analysis, index: int) -> bool:
    """"third(s)" after "a"/"one"/"two", or "quarter of" ("a quarter" alone is a time)."""
    kp = analysis.padded_keys
    word = kp[index]
    return word in _FRACTIONS and (word != "quarter" or kp[index + 1] == "of")


def _candidates(analysis: Analysis) -> list[int]:
    """Indexes of words that may start a number: digits, number words, "doubled"..."""
    starts, count = analysis.starts, analysis.word_count
    found = {hit.first for hit in analysis.hits(NUMBER_LEXICON)}
    norm = analysis.norm
    for digit in "0123456789":  # str.find per digit: much faster than a regex scan for [0-9]
        position = norm.find(digit)
        while position >= 0:
            index = bisect_left(starts, position)
            if index < count and starts[index] == position:  # the word starts with a digit
                found.add(index)
            position = norm.find(digit, position + 1)
    if "-" in analysis.norm:  # "twenty-five", "five-star"
        for match in _HYPHEN_HEAD_RE.finditer(analysis.norm):
            if match.group(1) in NUMBER_WORDS:
                index = bisect_left(starts, match.start())
                if index < count and starts[index] == match.start():
                    found.add(index)
    return sorted(found)


def _unit_after(analysis: Analysis, index: int) -> tuple[str, int]:
    """The unit word following word ``index - 1`` ("three new customers"), and the next index."""
    kp = analysis.padded_keys
    word = kp[index]
    if word in UNITS:
        return word, index + 1
    if word == "per" and kp[index + 1] == "cent":
        return "percent", index + 2
    if word == "percentage" and kp[index + 1] in ("point", "points"):
        return "percent", index + 2
    if word in _MODIFIERS or word == "of":
        following = kp[index + 1]
        if following in ("my", "our", "the", "us", "them") and kp[index + 2] in UNITS:
            return kp[index + 2], index + 3
        if following in UNITS:
            return following, index + 2
    return "", index


def _rate_after(analysis: Analysis, index: int) -> tuple[str, int]:
    """A bare number's rate: "one a week", "3 per day" -> ("rate", the index after it)."""
    kp = analysis.padded_keys
    if kp[index] in ("a", "an", "per", "every") and kp[index + 1] in _TIME_UNITS:
        return "rate", index + 2
    return "", index


# unit -> kind; a word in several sets takes the kind listed first here.
_UNIT_KINDS = {
    unit: kind
    for units, kind in reversed((
        (_PERCENT_UNITS | {"%"}, "percent"), (_RATING_UNITS, "rating"), (_MONEY_UNITS, "money"),
        (_MULTIPLIER_UNITS, "multiplier"), (_TIME_UNITS, "time"),
    ))
    for unit in units
}


def _kind_of_unit(unit: str) -> str:
    return _UNIT_KINDS.get(unit) or ("count" if unit else "")


def _digits(analysis: Analysis, index: int) -> NumberMention | None:
    kp = analysis.padded_keys
    match = _DIGITS_RE.fullmatch(analysis.words[index])
    if match is None:  # "2nd", "3pm", "mp3"
        return None
    number, suffix = match.groups()
    last = index + 1
    kind = ""
    if suffix in ("k", "m", "mm", "bn", "b") or kp[last] in _SCALES:
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
    currency = "$" if "$" in gap else "£" if "£" in gap else "€" if "€" in gap else ""
    if not kind and not currency:
        rate, after = _rate_after(analysis, last)
        if rate:
            kind, last = "count", after
    if currency:
        kind = "money"
        start = analysis.norm.rindex(currency, 0, start)
    if not kind:
        kind = "date" if _YEAR_RE.fullmatch(number) else "plain"
    if kind == "plain" or kind == "time":
        kind = _age_or(analysis, index, last, kind)
    end = analysis.ends[last - 1] + (1 if kind == "percent" and analysis.gap_after(last - 1).startswith("%") else 0)
    return NumberMention(start, end, kind, index, last)


def _spelled(analysis: Analysis, index: int) -> NumberMention | None:
    kp = analysis.padded_keys
    last = index + 1
    while True:
        word = kp[last]
        if word in NUMBER_WORDS:
            last += 1
        elif word == "and" and kp[last + 1] in NUMBER_WORDS and kp[last - 1] in _SCALES:
            last += 2  # "a hundred and fifty"
        elif word == "point" and kp[last + 1] in NUMBER_WORDS:
            last += 2  # "one point five million"
        else:
            break
    bare_one = last == index + 1 and analysis.words[index] in _ONE
    if analysis.gap_after(last - 1).startswith("%"):
        return NumberMention(analysis.starts[index], analysis.ends[last - 1] + 1, "percent", index, last)
    unit, after = _unit_after(analysis, last)
    if not unit:
        unit, after = _rate_after(analysis, last)
    kind = "count" if unit == "rate" else _kind_of_unit(unit) or "plain"
    if bare_one and kind not in ("time", "money") and unit != "rate":
        return None  # "one of my teammates", "this one project" (but "one a week" is a rate)
    if kind == "plain" and kp[last - 1] in _SCALES:
        kind = "count"
    if kind == "plain" or kind == "time":
        kind = _age_or(analysis, index, after, kind)
    return NumberMention(analysis.starts[index], analysis.ends[after - 1], kind, index, after)


def _compound(analysis: Analysis, index: int) -> NumberMention | None:
    """A hyphenated word that starts with a number: "twenty-five" and "2-3" are numbers (maybe with
    a unit after them); "ten-minute", "5-star" and "24-year-old" carry their unit inside."""
    parts = analysis.keys[index].split("-")
    numeric = [p.isdigit() or p in NUMBER_WORDS for p in parts]
    if all(numeric):
        return _spelled(analysis, index)
    if parts[-2:] == ["year", "old"] and all(numeric[:-2]):
        return NumberMention(analysis.starts[index], analysis.ends[index], "age", index, index + 1)
    if all(numeric[:-1]) and parts[-1] in UNITS:
        kind = _kind_of_unit(parts[-1])
        return NumberMention(analysis.starts[index], analysis.ends[index], kind, index, index + 1)
    return None  # "one-to-one", "9-to-5", "covid-19"


def _age_or(analysis: Analysis, first: int, last: int, kind: str) -> str:
    """"age" for "I'm twenty four", "I was 19", "22 years old"; else ``kind``."""
    kp = analysis.padded_keys
    if kind == "time" and kp[last] == "old" and kp[last - 1] in ("year", "years"):
        return "age"
    if kind != "plain":
        return kind
    before = kp[first - 1]
    if before in _AGE_BEFORE or (before == "was" and kp[first - 2] in _AGE_SUBJECTS):
        return "age"
    return kind
