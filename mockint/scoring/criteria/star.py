"""star_structure: situation, task, action, result, roughly in that order, the action the largest part.

Each part is found from cue phrases ("when I was working at", "my job was to", "so I decided",
"in the end") plus the shared detections: first-person past actions mark the action part, numbers
tied to an outcome mark the result. Sentences take the part of their first cue; a sentence with no
cue continues the previous part. Works on unpunctuated transcripts through the clause splitter.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import clamp, criterion, verdict
from mockint.scoring.criteria.quantified import tied_numbers
from mockint.scoring.model import CriterionResult, Span
from mockint.scoring.narrative import NOT_ACTIONS, actions

PARTS = ("S", "T", "A", "R")
_NAMES = {"S": "situation", "T": "task", "A": "action", "R": "result"}
_PRESENCE_WEIGHT = {"S": 0.2, "T": 0.1, "A": 0.35, "R": 0.35}


_PERIOD = "{year|summer|spring|fall|autumn|winter|semester|month|week|quarter}"
_CUE_PHRASES = {
    "S": [
        "when i was", "while i was", "at the time", "back when", "back in",
        f"{{last|that|this past}} {_PERIOD}", "{one|a} time", "there was {a|an|this|one}",
        "the {situation|context|background|problem|issue} was", "we had {a|an|this}",
        "our team {was|had}", "i was working", "i worked {at|as|for|on}",
        "i was {a|an|} {intern|student|volunteer|new}", "in my {previous|last|first|current}",
        "at my {*|} {job|internship|company|work}", "during my",
        "{a few|a couple|a couple of|two|three|four|five|several|many} {years|months|weeks} ago",
        "we were {working|building|trying|running|behind}",
        "a {client|customer} {called|came|was|had}",
    ],
    "T": [
        "my {task|job|role|responsibility|goal|assignment|challenge} {was|is}",
        "i was {asked|tasked|responsible|assigned|supposed}", "i was in charge",
        "i needed to", "i had to", "we needed to", "we had to",
        "{the|our} {goal|task|challenge|objective|aim} was", "it was up to me", "i was the one",
        "the deadline", "make sure", "i wanted to {fix|solve|improve|find}",
    ],
    "A": [
        "after that", "what i did", "my approach", "i made sure", "step by step", "i decided",
        "i started", "i began", "i reached out", "i set up", "i put together", "i came up with",
        "i figured out", "i sat down", "i followed up", "i stepped in", "i volunteered",
        "i proposed", "i suggested",
    ],
    "A?": ["{so|then|first|next} i"],
    "R": [
        "as a result", "{in|by} the end", "the {result|outcome|impact}", "ended up", "eventually",
        "finally", "at the end", "{which|that|this} {led|resulted|meant|helped|saved|cut|reduced|increased}",
        "resulted in", "led to", "because of {that|this}", "thanks to {that|this}", "it worked",
        "it paid off", "since then", "afterwards",
        "we {achieved|increased|reduced|saved|won|launched|delivered|finished|hit|met|shipped|exceeded|beat|cut|grew|improved|got}",
        "{was|were} {really|} {happy|pleased|thrilled|impressed}", "i learned", "what i learned",
        "the lesson", "taught me", "the feedback", "got promoted", "on time", "ahead of schedule",
        "under budget", "thanked {me|us|the team|everyone}", "{a|the} {thank you|thank-you} {card|note|email|message}",
        "{won|received|got} {an|the|a} {award|prize|bonus|raise}", "{praised|recognised|recognized} {me|us|the team}",
    ],
}
STAR_CUES = lexicon.define(
    "star", {phrase: part for part, phrases in _CUE_PHRASES.items() for phrase in phrases}
)
# "so I guess", "then I think", "so I joined the company" are not actions.
_NOT_ACTION_AFTER = lexicon.key_set(
    """guess think mean don't was am m suppose feel felt believe know would could might wanted had
    just kind sort really always usually never try"""
) | NOT_ACTIONS
_PAST_STATE = lexicon.key_set("was were had wasn't weren't")


def first_result_cue(analysis: Analysis) -> Span | None:
    """The first phrase that announces a result ("in the end", "as a result", "we launched")."""
    hit = next((h for h in analysis.hits(STAR_CUES) if h.tag == "R"), None)
    return analysis.words_span(hit.first, hit.last) if hit is not None else None


def _find_cues(analysis: Analysis) -> list[tuple[int, int, str]]:
    starts, ends = analysis.starts, analysis.ends
    cues = []
    for hit in analysis.hits(STAR_CUES):
        part = hit.tag
        if part == "A?":
            if analysis.key(hit.last) in _NOT_ACTION_AFTER:
                continue
            part = "A"
        cues.append((starts[hit.first], ends[hit.last - 1], part))
    cues += [(a.start, a.end, "A") for a in actions(analysis) if a.action and (a.who == "i" or a.past)]
    cues += [(n.start, n.end, "R#") for n in tied_numbers(analysis)]
    first_action = min((c[0] for c in cues if c[2] == "A"), default=len(analysis.norm))
    # Before the first action, a past state ("the app was slow") sets the scene.
    before = bisect_left(starts, first_action)
    cues += [(starts[i], ends[i], "S") for i in compress(range(before), map(_PAST_STATE.__contains__, analysis.keys[:before]))]
    cues.sort()
    return cues


def _action_share(analysis: Analysis, cues: list[tuple[int, int, str]]) -> float:
    """Share of the words that belong to the action part: each cue's part runs until the next cue
    of another part (the words before the first cue set the scene)."""
    if not analysis.word_count:
        return 0.0
    starts = analysis.starts
    action_words = 0
    current, since = "S", 0
    for position, _, part in cues:
        if part == current or part == "R#":  # a number inside the action does not end it
            continue
        index = bisect_right(starts, position - 1)
        if current == "A":
            action_words += index - since
        current, since = part, index
    if current == "A":
        action_words += analysis.word_count - since
    return action_words / analysis.word_count


def _order(cues: list[tuple[int, int, str]], present: set[str]) -> float:
    # Cues are sorted by position: the last one written for a part is its last (or, reversed, first).
    last = {part[0]: position for position, _, part in cues}
    first = {part[0]: position for position, _, part in reversed(cues)}
    pairs = [(a, b) for a, b in (("S", "A"), ("A", "R"), ("S", "R"), ("T", "R")) if a in present and b in present]
    if not pairs:
        return 1.0
    return sum(first[a] < last[b] for a, b in pairs) / len(pairs)


@criterion("star_structure", "STAR structure",
           empty_tip="Tell it as a story: situation, task, action, result.")
def evaluate(analysis: Analysis) -> CriterionResult:
    cues = _find_cues(analysis)
    present = {c[2][0] for c in cues}
    presence = sum(_PRESENCE_WEIGHT[p] for p in present)
    order = _order(cues, present)
    share = _action_share(analysis, cues) if "A" in present else 0.0
    target = analysis.settings.star_structure.action_share
    share_credit = min(1.0, share / target) if target else 1.0
    score = clamp(presence * (0.7 + 0.15 * order + 0.15 * share_credit))
    passed = score >= analysis.settings.pass_score and "A" in present and "R" in present
    missing = [p for p in PARTS if p not in present]
    metrics = {f"star_{_NAMES[p]}": p in present for p in PARTS}
    metrics.update({"star_order": round(order, 2), "action_share": round(share, 2)})
    found = "/".join(_NAMES[p] for p in PARTS if p in present) or "none"
    summary = f"Parts found: {found}" + (f"; missing: {', '.join(_NAMES[p] for p in missing)}" if missing else "")
    summary += f"; action {round(100 * share)}% of the answer." if "A" in present else "."
    tip = _tip(present, order, share, target, passed)
    spans = _evidence(analysis, cues)
    return verdict(analysis, "star_structure", score, summary=summary, tip=tip, spans=spans,
                   metrics=metrics, passed=passed)


def _evidence(analysis: Analysis, cues: list[tuple[int, int, str]]) -> list[Span]:
    """The first two cues of each part, so the highlighting shows the skeleton of the story."""
    shown = dict.fromkeys(PARTS, 0)
    spans = []
    for start, end, cue_part in cues:
        part = cue_part[0]
        if shown[part] < 2:
            shown[part] += 1
            spans.append(analysis.span(start, end))
    return spans


def _tip(present: set[str], order: float, share: float, target: float, passed: bool) -> str:
    if "A" not in present:
        return "Say what you did, step by step: “First I…, then I…, so I…”."
    if "R" not in present:
        return "You never said how it ended: finish with the result — what changed, a number, what you learned."
    if "S" not in present:
        return "Open with one sentence of context: where you were and what the problem was."
    if order < 1.0:
        return "Tell it in order: situation → task → action → result, so the result lands at the end."
    if share < target:
        return f"Spend most of the answer on what you did: the action was only {round(100 * share)}% of it."
    if "T" not in present and not passed:
        return "Say what you had to achieve (“my job was to…”) before what you did."
    return "Clear STAR structure: keep the action the longest part and end on the result."
