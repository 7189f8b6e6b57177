"""First-person actions: "I built", "we launched", "I've led", "I'm organising", "I then decided".

Used by ownership ("I" vs "we"), concrete_example (a past-tense story) and star_structure (the
action part). Works on normalised text; the lower-case "i" of transcripts counts as "I".
"""

from __future__ import annotations

from typing import Any, NamedTuple

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis

ADVERBS = frozenset(
    """also then just actually really finally eventually quickly immediately personally basically
    first later soon even still all both together initially ultimately successfully completely
    directly proactively carefully single-handedly again originally instead never always usually
    often sometimes""".split()
)
# The subject forms (without apostrophes): pronoun and auxiliary. "were" is "we're" only when
# the answer wrote the apostrophe.
SUBJECTS = lexicon.define(
    "subject",
    {"i": ("i", ""), "we": ("we", ""), "ive": ("i", "ve"), "weve": ("we", "ve"), "im": ("i", "m"),
     "were": ("we", "re")},
)

IRREGULAR_PAST = frozenset(
    """built led made wrote took ran set did found got gave sent spoke met went brought began chose
    drove taught told caught held kept won sold bought paid put cut fought grew left lost rewrote
    rebuilt stood sat spent shut split threw understood undertook overcame oversaw drew dug fed
    hit laid lent meant read rode rose sang shot slept spun stuck struck swept swam swung tore
    wound withdrew broke froze woke upheld sped shrank sought became came saw heard knew thought
    felt had was were forgot forgave rang shook dealt hung hid lit stole fled""".split()
)
PARTICIPLES = frozenset(
    """built led made written taken run set done found got gotten given sent spoken met gone
    brought begun chosen driven taught told caught held kept won sold bought paid put cut fought
    grown left lost rewritten rebuilt spent shut split thrown understood overseen drawn become
    come seen been had""".split()
)
# Past forms that describe a state, a wish or a life event ("I joined the company in 2019", "I
# graduated in May": the scene of a story), not something the speaker did in it.
NOT_ACTIONS = frozenset(
    """was were had felt thought knew heard saw could would should might wanted needed liked
    loved hoped believed guessed supposed seemed used tended wished cared enjoyed preferred
    been meant joined graduated majored enrolled relocated""".split()
)
PRESENT_ACTIONS = frozenset(
    """build lead manage make create write design run organize organise work help handle fix
    talk speak meet call analyze analyse develop coordinate plan teach train test review support
    own drive deliver ship launch solve research present mentor sell negotiate maintain oversee
    implement automate track monitor prioritize prioritise communicate""".split()
)


# "redid", "undid", "outsold", "misread": an irregular past with a prefix is past too.
_PAST_PREFIXES = ("re", "un", "out", "over", "under", "mis")


def _irregular_past(verb: str) -> bool:
    if verb in IRREGULAR_PAST:
        return True
    return any(verb.startswith(p) and verb[len(p):] in IRREGULAR_PAST and len(verb) - len(p) >= 3
               for p in _PAST_PREFIXES)


class Action(NamedTuple):
    start: int
    end: int
    who: str  # "i" or "we"
    verb: str
    past: bool  # a past-tense or present-perfect verb: part of a story
    action: bool  # something the speaker did (not "I was", "I wanted")


def find_actions(analysis: Analysis, _new: Any = tuple.__new__) -> list[Action]:
    # tuple.__new__: an Action without the NamedTuple's Python-level constructor (many per answer).
    found: list[Action] = []
    keys, count, words = analysis.keys, analysis.word_count, analysis.words
    for index, _, (who, aux) in analysis.hits(SUBJECTS):  # (first, last, tag)
        if index >= count - 1 or (aux == "re" and words[index] != "we're"):
            continue
        verb_index = index + 1
        while verb_index < count - 1 and verb_index - index <= 2 and keys[verb_index] in ADVERBS:
            verb_index += 1
        verb = keys[verb_index]
        if not verb.isalpha():
            continue
        if aux == "ve":
            past = verb.endswith("ed") or verb in PARTICIPLES
            action = past and verb not in NOT_ACTIONS
        elif aux:
            past = False
            action = verb.endswith("ing") and verb not in ("going", "trying", "hoping", "looking")
        else:
            past = verb.endswith("ed") or _irregular_past(verb)
            action = (past and verb not in NOT_ACTIONS) or verb in PRESENT_ACTIONS
        if past or action:
            start, end = analysis.starts[index], analysis.ends[verb_index]
            found.append(_new(Action, (start, end, who, verb, past, action)))
    return found


def actions(analysis: Analysis) -> list[Action]:
    return analysis.memo("actions", find_actions)
