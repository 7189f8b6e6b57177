"""star_structure ("Structure"): what an interviewer means by a structured answer.

Not length, and not a checklist of story parts: raters of real interviews mark long, winding
"narrative" answers as the least structured. The score is a weighted mean (weights in
``defaults.toml``) of:

- up front: the opening answers the question (its words, a direct answer, or the story's scene)
  without a run of hesitation before it;
- one thread: few fillers and restarts breaking it, few "and … and …" chains;
- concise: words against what the question needs (a story needs more than a "why us");
- ending: it finishes on the outcome (a story) or a conclusion;
- signposts: "first…", "the reason is…", "in the end…";
- for a story question, the STAR parts (below) in order.

STAR parts: situation, task, action, result.

Each part is found from cue phrases ("when I was working at", "my job was to", "so I decided",
"in the end") plus the shared detections: first-person past actions mark the action part, numbers
tied to an outcome mark the result. Sentences take the part of their first cue; a sentence with no
cue continues the previous part. Works on unpunctuated transcripts through the clause splitter.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import clamp, criterion, falling, verdict
from mockint.scoring.criteria.fillers import fillers
from mockint.scoring.criteria.hedging import hedges
from mockint.scoring.criteria.quantified import tied_numbers
from mockint.scoring.model import CriterionResult, Span
from mockint.scoring.narrative import NOT_ACTIONS, actions
from mockint.scoring.questions import STORY, question_type_of
from mockint.scoring.tips import question_tip

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


# -- structure: what an interviewer means by a structured answer --------------------------------

SIGNPOSTS = lexicon.define(
    "signpost",
    [
        "first", "firstly", "second", "secondly", "third", "thirdly", "finally", "lastly", "next",
        "for example", "for instance", "the reason {is|was}", "{two|three|a few} {reasons|things|ways}",
        "in short", "to sum up", "in summary", "overall", "so what i did", "what i did was",
        "the first thing", "the main thing", "the key {thing|point}", "that's why", "which is why",
        "the result", "in the end", "as a result", "the outcome", "to start with",
    ],
)
# Words that open an answer without answering: the hesitation before the point.
_OPENING_WORDS = 8
_OPENING_REACH = 30  # the first words, where the answer to the question should be
_STOP = lexicon.key_set(
    """a an the and or but so to of in on at for with is was are were be been i you we it that this
    my me your our their what how why when where which who do did does have has had can could would
    should will tell about time describe give example please me us one some any there here they them
    if as by from into out up down just really very also then than more most"""
)
_DIRECT_OPENERS = lexicon.key_set("because reason reasons im yes absolutely definitely honestly mainly")


@lru_cache(maxsize=1024)  # the same questions come back answer after answer
def _asked_stems(question: str) -> frozenset[str]:
    """The stems of the question's content words."""
    return frozenset(_stem(w) for w in question.lower().replace("'", "").split() if w.isalpha() and w not in _STOP)


def _stem(word: str) -> str:
    """A crude stem good enough to see the question's words again: "leading" ~ "leader" ~ "lead"."""
    return word[:5] if len(word) > 5 else word.rstrip("s")


def _up_front(analysis: Analysis, star_cues: list[tuple[int, int, str]]) -> tuple[float, list[Span], str]:
    """Does the opening answer the question (its words, a direct answer, or the story's scene) and
    come without a run of hesitation before it?"""
    reach = min(analysis.word_count, _OPENING_REACH)
    opening_end = analysis.ends[min(analysis.word_count, _OPENING_WORDS) - 1]
    hesitations = [(f.start, f.end) for f in fillers(analysis) if f.start < opening_end]
    hesitations += [(h.start, h.end) for h in hedges(analysis) if h.start < opening_end]
    question = analysis.answer.question_text or ""
    asked = _asked_stems(question)
    opening = {_stem(k) for k in analysis.keys[:reach]}
    reach_end = analysis.ends[reach - 1]
    answers = bool(asked & opening) or not _DIRECT_OPENERS.isdisjoint(analysis.keys[:reach])
    answers = answers or any(part in "SA" and start < reach_end for start, _, part in star_cues)
    score = (1.0 if answers else 0.5) * (1.0 - min(0.6, 0.2 * len(hesitations)))
    spans = [analysis.span(start, end) for start, end in hesitations]
    note = "opens on the point" if answers and not hesitations else (
        f"{len(hesitations)} hesitation{'s' if len(hesitations) != 1 else ''} before the point" if hesitations
        else "the opening does not answer the question")
    return score, spans, note


def _thread(analysis: Analysis) -> tuple[float, dict[str, float]]:
    """One clear thread: few restarts and fillers breaking it, few "and ... and ..." chains."""
    settings = analysis.settings.star_structure
    breaks = analysis.per_100_words(len(fillers(analysis)))
    chains = analysis.per_100_words(analysis.keys.count("and"))
    score = 0.7 * falling(breaks, settings.breaks_good_per_100_words, settings.breaks_bad_per_100_words)
    score += 0.3 * falling(chains, settings.chains_good_per_100_words, settings.chains_bad_per_100_words)
    return score, {"breaks_per_100_words": breaks, "and_per_100_words": chains}


def _concise(analysis: Analysis, story: bool) -> tuple[float, int]:
    settings = analysis.settings.star_structure
    target = int(settings.story_words if story else settings.answer_words)
    ratio = analysis.word_count / max(1, target)
    return falling(ratio, 1.0, settings.too_long_ratio), target


def _ending(analysis: Analysis, star_cues: list[tuple[int, int, str]], signposts: list[Span], story: bool) -> float:
    """Finishes with the outcome (a story) or a conclusion (anything else) in its last part."""
    tail_start = analysis.starts[int(analysis.word_count * 0.6)]
    results = [start for start, _, part in star_cues if part[0] == "R"]
    if any(start >= tail_start for start in results) or any(s.start >= tail_start for s in signposts):
        return 1.0
    if story:
        return 0.5 if results else 0.0
    return 0.6


@criterion("star_structure", "Structure",
           empty_tip="Answer the question in your first sentence, then back it up and finish on the outcome.")
def evaluate(analysis: Analysis) -> CriterionResult:
    settings = analysis.settings.star_structure
    question = analysis.answer.question_text
    story = True if not (question or analysis.answer.question_type) else question_type_of(analysis.answer) == STORY
    cues = _find_cues(analysis)
    present = {c[2][0] for c in cues}
    signposts = [analysis.words_span(h.first, h.last) for h in analysis.hits(SIGNPOSTS)]
    up_front, hesitation_spans, up_front_note = _up_front(analysis, cues)
    thread, thread_metrics = _thread(analysis)
    concise, target = _concise(analysis, story)
    ending = _ending(analysis, cues, signposts, story)
    signposting = min(1.0, len(signposts) / 2)
    parts = {
        "up_front": (settings.weight_up_front, up_front),
        "thread": (settings.weight_thread, thread),
        "concise": (settings.weight_concise, concise),
        "ending": (settings.weight_ending, ending),
        "signposts": (settings.weight_signposts, signposting),
    }
    order = _order(cues, present)
    share = _action_share(analysis, cues) if "A" in present else 0.0
    if story:
        presence = sum(_PRESENCE_WEIGHT[p] for p in PARTS if p in present)
        parts["star"] = (settings.weight_star, clamp(presence * (0.8 + 0.2 * order)))
    total = sum(weight for weight, _ in parts.values())
    score = sum(weight * value for weight, value in parts.values()) / total if total else 0.0
    # A structured answer backs its point up: a story needs its action and result; anything else
    # a reason, an example or a step (a signpost, or something the speaker did or achieved).
    backed = ("A" in present and "R" in present) if story else bool(signposts) or bool(present & {"A", "R"})
    passed = score >= analysis.settings.pass_score and backed
    metrics: dict[str, object] = {f"structure_{name}": round(value, 2) for name, (_, value) in parts.items()}
    metrics.update(thread_metrics, target_words=target)
    if story:
        metrics.update({f"star_{_NAMES[p]}": p in present for p in PARTS})
        metrics.update(star_order=round(order, 2), action_share=round(share, 2))
    summary = f"{up_front_note.capitalize()}; {analysis.word_count} words for a {target}-word answer"
    summary += f"; {thread_metrics['breaks_per_100_words']} fillers or restarts per 100 words"
    if story:
        found = "/".join(_NAMES[p] for p in PARTS if p in present) or "none"
        summary += f"; story parts: {found}"
    summary += "."
    spans = hesitation_spans + signposts + (_evidence(analysis, cues) if story else [])
    situation, tip = _structure_tip(parts, present, order, share, settings.action_share, story, target,
                                    analysis.word_count, backed)
    if not passed:
        tip = question_tip(analysis, "star_structure", tip, situation, words=analysis.word_count, target=target)
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


def _structure_tip(parts: dict[str, tuple[float, float]], present: set[str], order: float, share: float,
                   target_share: float, story: bool, target: int, words: int, backed: bool) -> tuple[str, str]:
    """(situation, advice) on the weakest part of the structure (the one that costs most); the
    situation picks the question type's wording in :mod:`mockint.scoring.tips`."""
    if story and "A" not in present:
        return "no-action", "Say what you did, step by step: “First I…, then I…, so I…”."
    if story and "R" not in present:
        return "no-result", "You never said how it ended: finish with the result — what changed, a number, what you learned."
    if not backed:
        return "not-backed", "Back your point up: give the reason (“because…”) or one example of when you did it."
    worst = min(parts, key=lambda name: (parts[name][1] - 1) * parts[name][0])
    if parts[worst][1] >= 0.85:
        return "clear", "Clear and on point: answer first, one thread, and finish on the outcome."
    if worst == "concise":
        return "concise", (f"{words} words is long for this question (aim for about {target}): say the point first, "
                           "keep one example, and stop once you have given the result.")
    if worst == "thread":
        return "thread", ("The thread gets lost in restarts and “and… and…” chains: plan your first sentence, "
                          "then go one step at a time, pausing silently instead of filling.")
    if worst == "up_front":
        return "up-front", "Answer the question in your first sentence, without a run-up; the detail comes after."
    if worst == "ending":
        return "ending", ("Finish on the outcome: what changed, what you learned." if story
                          else "Close with one sentence that brings it back to the question.")
    if worst == "star":
        if "S" not in present:
            return "no-situation", "Open with one sentence of context: where you were and what the problem was."
        if order < 1.0:
            return "order", "Tell it in order: situation → task → action → result, so the result lands at the end."
        if share < target_share:
            return "action-share", f"Spend most of the story on what you did: the action was only {round(100 * share)}% of it."
    return "signposts", "Signpost it: “There are two reasons…”, “First…, then…”, “In the end…”."
