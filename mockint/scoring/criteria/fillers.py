"""filler_words: um, uh, er, ah, hmm, and "like", "you know", "kind of", "I mean" only when they fill.

The hard part is telling fillers from real words, with or without punctuation:
"I'd like to", "I like working", "looks like", "felt like" are verbs/prepositions, not fillers;
"it was, like, um, hard", "and like we just kept going", "took like three weeks", and, in unpunctuated
speech, "doing like different stuff", "some like admin work", "you know like i worked", "i like i
finished" (a verb "like" never takes "I" as its object) are fillers.
"you know the answer" is not a filler; "we were, you know, stressed" is. "what kind of bug" is not.
"""

from __future__ import annotations

from collections import Counter
from itertools import compress, islice
from operator import eq
from typing import Any, NamedTuple

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, falling, plural, verdict
from mockint.scoring.model import CriterionResult


class Filler(NamedTuple):
    start: int
    end: int
    word: str  # canonical form: "um", "uh", "like", "you know", "repeated word", ...


_SOUND_VARIANTS = {
    "um": "um umm ummm uhm uhmm", "uh": "uh uhh uhhh", "er": "er err erm errm", "ah": "ah ahh ahhh",
    "hmm": "hm hmm hmmm mm mmm", "eh": "eh ehh",
}
FILLERS = lexicon.define(
    "filler",
    {
        **{variant: sound for sound, variants in _SOUND_VARIANTS.items() for variant in variants.split()},
        "like": "like",
        "you know": "you know",
        "i mean": "I mean",
        "{kind|sort} of": "kind of",
        "{kinda|sorta}": "kind of",
    },
)
_REPEATABLE = frozenset("i we the a to and it my they he she you in of but its im were this".split())
_PAUSE_CHARS = frozenset(",;:…-–—()")
_SENTENCE_END_CHARS = frozenset(".!?\n")
_BREAK_CHARS = _PAUSE_CHARS | _SENTENCE_END_CHARS
_SPELLED_NUMBERS = lexicon.key_set(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred hundreds thousand thousands million half couple few dozen"
)

# "like" after these is a verb or a comparison: "I like", "I'd like", "looks like", "things like".
_LIKE_VERB_BEFORE = lexicon.key_set(
    """i you we they he she i'd we'd you'd they'd i'll you'll they'll would will
    do don't dont didn't didnt does doesn't doesnt did really also always might may could should
    to not still genuinely truly definitely especially look looks looked looking feel feels felt
    feeling sound sounds sounded seem seems seemed something anything nothing everything
    things thing stuff just more much exactly someone somebody people it lot very most mostly
    kids students tools companies places ones one that's what's whats unlike alike"""
)
_BE_BEFORE = lexicon.key_set(
    "was is were are am 'm it's its he's she's that's i'm im we're they're you're there's theres "
    "be been being"
)
_CONJUNCTION_BEFORE = lexicon.key_set(
    "and but so or because cause then well yeah yes okay ok oh basically actually literally "
    "honestly anyway um uh er ah hmm eh"
)
# Before "like", these leave no room for the verb or the comparison: "doing like different stuff",
# "some like admin temping", "you know like i", "with like no budget", "now like something".
_FILLER_BEFORE = lexicon.key_set(
    "some a an of in on at for with from about into by now know mean doing getting"
)
# After "I like", "we like": a subject pronoun means "like" is not the verb ("i like i finished").
_SUBJECT_AFTER = lexicon.key_set("i i'm i've i'd we we're we've they they're he she")
_SUBJECT_BEFORE = lexicon.key_set("i we you they")
# After "like", these make it a filler: "like, um", "like literally", "like no time at all".
_FILLER_AFTER = lexicon.key_set(
    "literally totally super so really basically honestly seriously actually kinda no zero tons "
    "crazy insane um uh er ah hmm eh"
)
# After "like", these make it a comparison: "it's like a family", "like when we...".
_COMPARISON_AFTER = lexicon.key_set(
    "a an the this that these those my our your his her their being what how when many most all "
    "other any every"
)
_SAID = frozenset("said say mentioned described noted explained".split())

# "you know" followed by these is the verb: "you know the answer", "you know how it is".
_KNOW_OBJECT_AFTER = lexicon.key_set(
    """what how about it him her them me us this that if whether why where who which someone
    somebody everything anything nothing exactly each more best better the a an your my our their
    his to one all something"""
)
_KNOW_VERB_BEFORE = lexicon.key_set(
    "do did don't dont didn't didnt if would will you'd you'll to as what how whether already "
    "might may probably"
)
_CLAUSE_VERBS = lexicon.key_set(
    "was is were are 's has had wasn't isn't did does just really kind kinda got gets"
)
# "the kind of person", "what kind of bug": a noun, not a hedge.
_KIND_NOUN_BEFORE = lexicon.key_set(
    """what which that this a the any some every one same different whats whatever all these
    those no certain particular right new similar my your our his her their only first other
    another special best worst main specific exact favorite favourite"""
)
_I_MEAN_NOT_BEFORE = frozenset("what thats which if do did dont you".split())
_I_MEAN_NOT_AFTER = frozenset("to it by that business this well".split())


def _has(chars: str, wanted: frozenset[str]) -> bool:
    return not wanted.isdisjoint(chars)


def _is_like_filler(analysis: Analysis, index: int) -> bool:
    prev, nxt = analysis.key(index - 1), analysis.key(index + 1)
    if nxt in ("i", "you", "we") and analysis.key(index + 2) in _SAID:
        return False  # "like I said"
    if prev in _SUBJECT_BEFORE and nxt in _SUBJECT_AFTER and not _has(analysis.gap_before(index), _SENTENCE_END_CHARS):
        return True  # "i like i finished uni": a restart, not the verb
    if prev in _LIKE_VERB_BEFORE:
        return False
    if prev in _FILLER_BEFORE and not _has(analysis.gap_before(index), _SENTENCE_END_CHARS):
        if prev == "of" and analysis.key(index - 2) in ("kind", "sort"):
            return False  # "kind of like a family": a comparison (the hedge counts on its own)
        return not (prev == "some" and nxt in ("to", "it", "them", "that", "this"))  # "some like to"
    gap_before, gap_after = analysis.gap_before(index), analysis.gap_after(index)
    at_start = not prev or _has(gap_before, _SENTENCE_END_CHARS)
    pause_after = bool(nxt) and _has(gap_after, _BREAK_CHARS)
    if pause_after or nxt in _FILLER_AFTER:
        return True
    if nxt and (nxt[0].isdigit() or nxt in _SPELLED_NUMBERS):
        return True  # "took like three weeks"
    if _has(gap_before, _PAUSE_CHARS) or at_start or prev in _CONJUNCTION_BEFORE or prev in _BE_BEFORE:
        return nxt not in _COMPARISON_AFTER
    return False


def _is_you_know_filler(analysis: Analysis, index: int) -> bool:
    """``index`` is the word "you"."""
    prev, nxt = analysis.key(index - 1), analysis.key(index + 2)
    if prev in _KNOW_VERB_BEFORE:
        return False
    if not nxt or _has(analysis.gap_after(index + 1), _BREAK_CHARS):
        return True
    after_next = analysis.key(index + 3)
    if nxt == "what" and after_next == "i":
        return True  # "you know what I mean"
    if nxt in ("it", "that", "this") and after_next in _CLAUSE_VERBS:
        return True  # "you know it was hard"
    return nxt not in _KNOW_OBJECT_AFTER


# "it's kind of hard": these end in 's but are "it is", not a possessive ("the team's kind of work").
_IS_CONTRACTIONS = lexicon.key_set("it's that's he's she's there's here's who's everything's")


def is_kind_of_hedge(analysis: Analysis, index: int) -> bool:
    """"kind of hard" (a hedge/filler) rather than "what kind of bug" (a noun)."""
    prev = analysis.key(index - 1)
    if prev in _KIND_NOUN_BEFORE:
        return False
    possessive = prev.endswith("s") and "'" in analysis.words[index - 1] and prev not in _IS_CONTRACTIONS
    return not possessive


def _is_i_mean_filler(analysis: Analysis, index: int) -> bool:
    return analysis.key(index - 1) not in _I_MEAN_NOT_BEFORE and analysis.key(index + 2) not in _I_MEAN_NOT_AFTER


_CHECKS = {
    "like": _is_like_filler,
    "you know": _is_you_know_filler,
    "I mean": _is_i_mean_filler,
    "kind of": is_kind_of_hedge,
}


def find_fillers(analysis: Analysis, _new: Any = tuple.__new__) -> list[Filler]:
    # tuple.__new__: a Filler without the NamedTuple's Python-level constructor (many per answer).
    found: list[Filler] = []
    for hit in analysis.hits(FILLERS):
        check = _CHECKS.get(hit.tag)
        if check is not None and not check(analysis, hit.first):
            continue
        start, end = analysis.starts[hit.first], analysis.ends[hit.last - 1]
        if hit.tag == "er" and analysis.text[start:end] == "ER":  # the emergency room
            continue
        found.append(_new(Filler, (start, end, hit.tag)))
    keys = analysis.keys
    run_end = 0
    for index in compress(range(1, len(keys)), map(eq, keys, islice(keys, 1, None))):  # a word said twice
        if index < run_end or keys[index] not in _REPEATABLE:
            continue
        run_end = index + 1
        while run_end < len(keys) and keys[run_end] == keys[index]:
            run_end += 1
        found.append(Filler(analysis.starts[index - 1], analysis.ends[run_end - 1], "repeated words"))
    found.sort()
    return found


def fillers(analysis: Analysis) -> list[Filler]:
    return analysis.memo("fillers", find_fillers)


def fillers_per_minute(analysis: Analysis, count: int) -> float | None:
    timing = analysis.timing
    minutes = (timing.speaking_s or timing.duration_s or 0) / 60.0
    return round(count / minutes, 2) if timing.timed and minutes > 0 else None


_TIPS = {
    "like": "Drop the filler “like” ({n}×): say the plain sentence, and pause when you need a beat.",
    "you know": "Cut “you know” ({n}×): the interviewer doesn’t know yet — tell them directly.",
    "kind of": "Cut “kind of”/“sort of” ({n}×): they blur what you did. Say it plainly.",
    "I mean": "Drop “I mean” ({n}×) at the start of sentences: go straight to the point.",
    "repeated words": "You restarted words {n}× (“I, I…”): slow down and finish each thought once.",
}


@criterion("filler_words", "Few filler words", empty_tip="Answer in full sentences, pausing instead of filling.")
def evaluate(analysis: Analysis) -> CriterionResult:
    found = fillers(analysis)
    settings = analysis.settings.filler_words
    rate = analysis.per_100_words(len(found))
    per_minute = fillers_per_minute(analysis, len(found))
    counts = Counter(f.word for f in found)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    metrics: dict[str, object] = {"fillers": len(found), "fillers_per_100_words": rate}
    if per_minute is not None:
        metrics["fillers_per_minute"] = per_minute
    metrics.update({f"filler:{word}": n for word, n in ranked})
    score = falling(rate, settings.good_per_100_words, settings.bad_per_100_words)
    if not found:
        summary = "No filler words."
    else:
        listing = ", ".join(f"“{word}” ×{n}" for word, n in ranked[:4])
        minute = f", {per_minute} per minute" if per_minute is not None else ""
        summary = f"{plural(len(found), 'filler')} ({rate} per 100 words{minute}): {listing}."
    return verdict(
        analysis,
        "filler_words",
        score,
        summary=summary,
        tip=_tip(ranked, score >= analysis.settings.pass_score),
        spans=(analysis.span(f.start, f.end) for f in found),
        metrics=metrics,
    )


def _tip(ranked: list[tuple[str, int]], passed: bool) -> str:
    if not ranked:
        return "No fillers: keep pausing silently when you need a moment."
    top, n = ranked[0]
    if passed:
        return f"Only a few fillers (mostly “{top}”): keep pausing silently when you need a moment."
    if top in _TIPS:
        return _TIPS[top].format(n=n)
    return (
        f"Your most frequent filler was “{top}” ({n}×). When you need a moment, pause silently: "
        "a short silence sounds more confident than a filler."
    )
