"""filler_words: um, uh, er, ah, hmm, "basically", repeated words, and "like", "you know", "I mean"
only when they fill. ("kind of"/"sort of" soften a claim: hedging owns them.)

The hard part is telling fillers from real words, with or without punctuation:
"I'd like to", "I like working", "looks like", "felt like" are verbs/prepositions, not fillers;
"it was, like, um, hard", "and like we just kept going", "took like three weeks", and, in unpunctuated
speech, "doing like different stuff", "some like admin work", "you know like i worked", "i like i
finished" (a verb "like" never takes "I" as its object) are fillers.
"you know the answer" is not a filler; "we were, you know, stressed" is. "what kind of bug" is not.
Vague tails that trail a list off ("and stuff like that", "or something", "and things like that")
fill too; "and everything went well" does not.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, islice
from operator import eq
from typing import Any, NamedTuple

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, falling, plural, verdict
from mockint.scoring.model import CriterionResult
from mockint.scoring.narrative import IRREGULAR_PAST


class Filler(NamedTuple):
    start: int
    end: int
    word: str  # canonical form: "um", "uh", "like", "you know", "repeated word", ...


# Hesitation sounds by their shape, however a transcriber spells them: "um", "uhm", "Uhmmm",
# "ahh", "err", "erm", "hmmm", "mm", "eh". The canonical name is the sound's family.
_SOUND_RE = re.compile(r"\b(?:u+h*m+|u+h+|a+h+|e+r+m*|h+m+|m{2,}|e+h+)\b")
_SOUND_FAMILY = (("u", "m", "um"), ("u", "", "uh"), ("a", "", "ah"), ("e", "r", "er"), ("h", "", "hmm"),
                 ("m", "", "hmm"), ("e", "", "eh"))
FILLERS = lexicon.define(
    "filler",
    {
        "like": "like",
        "you know": "you know",
        "i mean": "I mean",
        "basically": "basically",
        # Vague tails ("general extenders"): the list trails off instead of ending.
        **{tail: "vague tail" for tail in (
            "and stuff", "and stuff like that", "and things like that", "and all that",
            "or something", "or something like that", "or whatever", "or anything like that",
            "and everything",
        )},
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
    "some a an of in on at for with from about into by now know mean doing getting as"
)
_OBJECT_PRONOUNS = lexicon.key_set("me you him her it us them that this everyone everybody")
# After "I like", "we like": a subject pronoun means "like" is not the verb ("i like i finished").
_SUBJECT_AFTER = lexicon.key_set("i i'm i've i'd we we're we've they they're he she")
_SUBJECT_BEFORE = lexicon.key_set("i we you they")
# Before "like", a subject that does the liking: "i just like working", "we really like it".
_LIKER_BEFORE = _SUBJECT_BEFORE | lexicon.key_set("he she i'd we'd people who")
# After "like", a new subject with its verb: "the part that like i enjoyed", "sort of like we can't".
_NEW_SUBJECT_AFTER = lexicon.key_set("i i'm i've i'd i'll we we're we've they they're it'll")
# After "like", adverbs that never start what is liked or compared: "to like actually talk".
_ADVERB_AFTER = lexicon.key_set("actually literally basically honestly seriously kinda sorta really just")
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
# A verb that never takes "like" after it: "it took like a month", "i think like the main thing",
# "we got like fifty", "i was basically like rebuilding". (Verbs that do — "feel like", "look like",
# "would like" — are in _LIKE_VERB_BEFORE and win.)
_VERB_BEFORE = (
    lexicon.key_set(
        """think thought guess mean meant know knew say said got get gets take took takes taking
        had have has having did do does doing made make makes went go goes going came come comes
        told tell saw see sees wanted want wants needed need needs tried try started start
        basically actually literally totally honestly"""
    )
    | IRREGULAR_PAST
) - _LIKE_VERB_BEFORE
# "like" as a preposition or a verb is followed by a noun, "to" or an -ing form; a bare verb or a
# past form after it means it only fills: "we had to like teach ourselves", "that kinda like pushed
# him", "i would like explain it".
_BARE_VERBS = lexicon.key_set(
    """put teach explain help drive pitch spread get make go do see take give tell say ask talk
    call send write build find keep start try work meet show bring run let learn think know feel
    figure reach set move change use lead manage organize organise plan decide"""
)
# Before "like", a preposition leaves it nothing to do: "through like the papers", "between like
# every set", "to like the reps".
_PREPOSITIONS = lexicon.key_set(
    "through between among after before during without within across over under around toward towards upon via per"
)
_DETERMINERS = lexicon.key_set("a an the this that these those my our your his her their some any no")
# After a determiner, a word that can only grade or intensify: "like a really tough week".
_GRADERS = lexicon.key_set("really very super pretty quite so totally completely huge massive tiny little")

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
    if nxt in _BARE_VERBS or nxt in IRREGULAR_PAST or (len(nxt) > 4 and nxt.endswith("ed")):
        return True
    if prev == "of" and analysis.key(index - 2) in ("kind", "sort"):
        # "kind of like a family": a comparison (the hedge counts on its own); before anything but
        # a thing compared, "sort of like we can't ship" only fills.
        return nxt not in _COMPARISON_AFTER
    if prev == "just" and analysis.key(index - 2) not in _LIKER_BEFORE:
        # "just like the last one" compares; "set up just like weekly check ins" fills.
        return nxt not in _COMPARISON_AFTER and nxt not in _OBJECT_PRONOUNS
    if prev in ("to", "that") and (nxt in _ADVERB_AFTER or nxt in _NEW_SUBJECT_AFTER):
        return True  # "to like actually talk", "the part that like i enjoyed"
    if prev in _LIKE_VERB_BEFORE:
        return False
    if prev in _PREPOSITIONS or (len(prev) > 4 and prev.endswith("ing")):
        return True  # "communicated through like the papers", "applying like algorithmic ideas"
    if nxt == "to" and prev not in _BE_BEFORE:
        return False  # "customers like to be kept informed": the verb
    if prev in _VERB_BEFORE or (prev in _CONJUNCTION_BEFORE and not _has(analysis.gap_before(index), _PAUSE_CHARS)):
        return True  # "it took like a month", "and like the client...": nothing for "like" to do there
    if prev in _FILLER_BEFORE and not _has(analysis.gap_before(index), _SENTENCE_END_CHARS):
        return not (prev == "some" and nxt in ("to", "it", "them", "that", "this"))  # "some like to"
    gap_before, gap_after = analysis.gap_before(index), analysis.gap_after(index)
    at_start = not prev or _has(gap_before, _SENTENCE_END_CHARS)
    pause_after = bool(nxt) and _has(gap_after, _BREAK_CHARS)
    if pause_after or nxt in _FILLER_AFTER:
        return True
    if nxt and (nxt[0].isdigit() or nxt in _SPELLED_NUMBERS):
        return True  # "took like three weeks"
    if _has(gap_before, _PAUSE_CHARS) or at_start or prev in _CONJUNCTION_BEFORE or prev in _BE_BEFORE:
        if nxt in _DETERMINERS and analysis.key(index + 2) in _GRADERS:
            return True  # "it was like a really tough week": a comparison names a thing, not a degree
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


def _is_i_mean_filler(analysis: Analysis, index: int) -> bool:
    if analysis.key(index - 1) in _I_MEAN_NOT_BEFORE:
        return False
    after = analysis.key(index + 2)
    if after in ("it", "that", "this") and analysis.key(index + 3) in _CLAUSE_VERBS:
        return True  # "i mean it was good": a new clause follows, not "i mean it"
    return after not in _I_MEAN_NOT_AFTER



def _is_vague_tail(analysis: Analysis, after: int) -> bool:
    """A tail ends a list: a pause, "for"/"to"/"with"..., or the end follows the word index ``after``;
    "and everything went well", "or something else" go on as a sentence."""
    return analysis.key(after) not in _TAIL_GOES_ON


_TAIL_GOES_ON = lexicon.key_set(
    "else went was is were are has had goes happened changed worked that's which who"
)

_CHECKS = {
    "like": _is_like_filler,
    "you know": _is_you_know_filler,
    "I mean": _is_i_mean_filler,
}


def _sound_family(sound: str) -> str:
    return next(name for first, has, name in _SOUND_FAMILY if sound[0] == first and has in sound)


def find_fillers(analysis: Analysis, _new: Any = tuple.__new__) -> list[Filler]:
    # tuple.__new__: a Filler without the NamedTuple's Python-level constructor (many per answer).
    found: list[Filler] = []
    for match in _SOUND_RE.finditer(analysis.norm):
        start, end = match.span()
        if analysis.text[start:end] == "ER":  # the emergency room
            continue
        found.append(_new(Filler, (start, end, _sound_family(match.group()))))
    for hit in analysis.hits(FILLERS):
        if hit.tag == "vague tail":
            if not _is_vague_tail(analysis, hit.last):
                continue
        else:
            check = _CHECKS.get(hit.tag)
            if check is not None and not check(analysis, hit.first):
                continue
        start, end = analysis.starts[hit.first], analysis.ends[hit.last - 1]
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
    found.extend(_restarts(analysis))
    found.sort()
    return found


def _restarts(analysis: Analysis) -> list[Filler]:
    """False starts that say two words again: "i went i went to my manager", "to the to the"."""
    keys, found = analysis.keys, []
    for index in compress(range(len(keys) - 3), map(eq, keys, islice(keys, 2, None))):
        if keys[index] in _REPEATABLE and keys[index + 1] == keys[index + 3] and keys[index] != keys[index + 1]:
            found.append(Filler(analysis.starts[index], analysis.ends[index + 3], "repeated words"))
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
    "I mean": "Drop “I mean” ({n}×) at the start of sentences: go straight to the point.",
    "repeated words": "You restarted words {n}× (“I, I…”): slow down and finish each thought once.",
    "vague tail": "End lists on their last item ({n}× “and stuff”, “or something”): name the things, then stop.",
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
