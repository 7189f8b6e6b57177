"""professional_tone: no blaming or complaining about past employers or colleagues, no defensiveness
or arguing about a decision, no profanity.

Each finding takes a configured amount off a perfect score; any profanity fails the criterion.
Describing a disagreement neutrally ("my teammate wanted a different approach") is fine.
Profanity is matched as whole words ("class", "Scunthorpe", "assessment" are clean), plus the
compounds of the two strongest words ("shitshow", "clusterfuck").
"""

from __future__ import annotations

import re

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, quote, verdict
from mockint.scoring.model import CriterionResult, Span

_ROLE = lexicon.word_class(
    "tone_role",
    """manager managers boss bosses team teammate teammates coworker coworkers co-worker co-workers
    colleague colleagues company employer supervisor professor lead client management department
    people hr recruiter interviewer interviewers director ceo owner partner group""".split(),
)
_OWNER = lexicon.word_class("tone_owner", "my our the that this his her their".split())
_PEOPLE = (
    "{" + _OWNER + " {old|previous|last|former|new|} " + _ROLE
    + "|they|he|she|everyone else|everybody else|nobody|management|upper management|senior management"
    + "|leadership|hr}"
)
_BAD_WORD = lexicon.word_class(
    "tone_bad",
    """useless incompetent lazy terrible awful horrible stupid clueless idiot idiots toxic ridiculous
    hopeless worthless pathetic dumb moron morons unprofessional disorganized clowns""".split(),
)
_BAD = f"{{{_BAD_WORD}|the worst|a nightmare|a joke|a mess|so bad|really bad|impossible to work with}}"
_BE = "{was|were|is|are|had been}"

PROFANITY = (
    """fuck fucking fucked fucker fuckers fucks fuckin shit shitty shits bullshit damn damned dammit
    damnit goddamn crap crappy bitch bitchy bastard bastards asshole assholes ass arse pissed piss
    wtf dickhead dickheads""".split()
    + ["screw {that|them|this}", "what the hell", "hell no"]
)
BLAME = [
    f"{_PEOPLE} {_BE} {{*|}} {_BAD}",
    "{it|that|this} was {all|} {their|his|her} fault", "{not|wasnt|isnt|never} {really|entirely|} my fault",
    f"{_PEOPLE} {{didn't|did not|never|wouldn't}} {{even|}} do {{their|his|her}} {{part|job|share|work}}",
    "{their|his|her} fault",
    f"{_PEOPLE} never {{listened|helped|cared|supported|told|gave|answered|did anything}}",
    # "didn't even", "wouldn't even": exasperation. A plain "didn't agree" is a fair description.
    f"{_PEOPLE} {{didn't|did not|wouldn't|would not}} even "
    "{listen|help|care|support|bother|try|reply|ask|consult|tell|thank|notice|read|respond|look}",
    f"{_PEOPLE} {{didn't|did not|wouldn't|would not}} {{care|bother}}",
    "{i|we} blamed", "blame {them|him|her|the team|my *}",
    "i was the only one who {did|cared|worked|knew|bothered}", "everyone else was",
    "nobody {else|} {did|cared|helped|bothered}",
    "because of {them|him|her|my manager|my boss|my team} {we|i|it} {failed|lost|missed}",
    f"{_BAD_WORD} {{manager|boss|team|coworker|coworkers|colleague|colleagues|company|management}}",
]
COMPLAINTS = [
    "i {hated|hate} {my|that|the|this|working}", "{sucks|suck|sucked}",
    "worst {job|boss|manager|company|team|place}",
    "toxic {workplace|environment|culture|place}", "micromanaged {me|us|everyone|everything}",
    "micromanager", "micromanagers", "micromanaging {me|us|everyone}", "{he|she|they} micromanaged",
    "they {underpaid|overworked}", "{underpaid|overworked} {me|us}",
    "{nobody|no one} appreciated", "{they|he|she} {didn't|never|did not} appreciate",
    "{the|that|my|our} {old|previous|last|former|current|} {job|company|place|boss|manager|team} "
    "{was|is|had been|has been} {so|really|just|} "
    "{terrible|awful|horrible|the worst|toxic|a nightmare|miserable|depressing}",
    "they treated {us|me} {badly|like}", "dead-end job", "waste of {my|} time",
    "{nobody|no one} {appreciated|appreciates|appreciate|valued|values|respected|respects}",
    # Calling a past job's decisions or conditions names: "which was honestly ridiculous", "it was a
    # stupid decision", "the targets were unrealistic", "I left because it was boring".
    "{it|that|this|which} {was|is} {honestly|just|really|so|totally|completely|absolutely|frankly|} "
    "{ridiculous|idiotic|pointless|a joke}",
    "{a|such a|the most} {stupid|dumb|ridiculous|idiotic|pointless} {decision|idea|policy|rule|plan|call|move|process|system}",
    "{targets|hours|pay|salary|workload|expectations|deadlines|rules|shifts|commute|culture|environment|office} "
    "{were|was|are|is} {so|really|just|totally|completely|honestly|} "
    "{unrealistic|ridiculous|insane|impossible|a joke|unfair|awful|terrible|horrible|unbearable|miserable|a nightmare}",
    "{job|company|place|they|it} {pays|paid} {so|really|very|} {badly|terribly|poorly|peanuts|nothing}",
    "because {it|the job|the work|the company|the place|the role|they} {was|were|is|are} {so|really|just|} "
    "{boring|terrible|awful|toxic|a nightmare|a joke|unfair|miserable|pointless|useless}",
    "{i'm|i am} {so|just|} fed up with", "{i'm|i am} {so|just|} done with {the|that|this|my} "
    "{place|job|company|industry|team|role|manager|boss|management}",
]
DEFENSIVE = [
    "{they|you|he|she} {were|was|are|is} wrong {not|} to",
    "{that's|it's|this is|it was|that was} {not|so|really|totally|completely} {fair|unfair}",
    "not fair", "unfair", "i {deserve|deserved} {it|that|the|this|better|more|to}",
    "i should have {been picked|been chosen|been hired|been selected|been promoted|gotten the|got the|won}",
    "why {wasn't|was not} i {picked|chosen|selected|hired|given}",
    "why didn't {you|they} {pick|choose|hire|select} me", "why didn't i get",
    "{they|you} made {a|the wrong} {mistake|decision|choice}", "{their|your} loss",
    "i don't see why", "i disagree with {your|the|their} decision", "i shouldn't have to",
    "i was right and", "{you|they} {didn't|don't} {even|} {read|look at|understand} my",
    "no offense", "with all due respect", "i don't understand how {you|they} could",
    "i {don't|do not|never} {really|} {fail|make mistakes}", "i never {failed|fail}",
    "more qualified than", "better than {whoever|the person|the other}",
]
FINDINGS = lexicon.define(
    "tone",
    {
        **{p: "profanity" for p in PROFANITY},
        **{p: "blame" for p in BLAME},
        **{p: "defensive" for p in DEFENSIVE},
        **{p: "complaint" for p in COMPLAINTS},
    },
)


# Compounds of the strongest swear words, inside one word ("shitshow", "bullshitting", "clusterfuck").
_COMPOUND_PROFANITY_RE = re.compile(r"[\w'-]*fuck[\w'-]*|(?<![\w'-])shit[\w'-]*|[\w'-]+shit(?![\w'-])")
_UNPROFESSIONAL = ("blame", "complaint", "defensive")


def _findings(analysis: Analysis) -> dict[str, list[Span]]:
    return analysis.memo("tone_findings", _find)


def _find(analysis: Analysis) -> dict[str, list[Span]]:
    found: dict[str, list[Span]] = {}
    for hit in analysis.hits(FINDINGS):
        found.setdefault(hit.tag, []).append(analysis.words_span(hit.first, hit.last))
    norm = analysis.norm
    if "fuck" in norm or "shit" in norm:
        listed = {(s.start, s.end) for s in found.get("profanity", ())}
        for match in _COMPOUND_PROFANITY_RE.finditer(norm):
            if (match.start(), match.end()) not in listed:
                found.setdefault("profanity", []).append(analysis.span(match.start(), match.end()))
        found["profanity"].sort(key=lambda span: span.start)
    return found


def unprofessional_spans(analysis: Analysis) -> list[Span]:
    """Blaming, complaining and defensive phrases (negative language for enthusiasm too)."""
    found = _findings(analysis)
    return [span for kind in _UNPROFESSIONAL for span in found.get(kind, ())]


_ADVICE = {
    "profanity": "Leave out the swearing ({q}): it is the one thing an interviewer always remembers.",
    "blame": ("You blamed others ({q}). Describe the situation neutrally and spend the time on what "
              "you did about it."),
    "defensive": ("{q} sounds defensive about their decision. Accept it, thank them, and ask what "
                  "would make you a stronger candidate."),
    "complaint": ("{q} complains about a past job. Say what you learned there and what you are "
                  "looking for next instead."),
}
_ORDER = ("profanity", "blame", "defensive", "complaint")


@criterion("professional_tone", "Professional tone")
def evaluate(analysis: Analysis) -> CriterionResult:
    settings = analysis.settings.professional_tone
    found = _findings(analysis)
    penalties = {
        "profanity": settings.profanity_penalty,
        "blame": settings.blame_penalty,
        "defensive": settings.defensive_penalty,
        "complaint": settings.complaint_penalty,
    }
    score = 1.0 - sum(penalties[kind] * len(spans) for kind, spans in found.items())
    passed = score >= analysis.settings.pass_score and "profanity" not in found
    metrics = {f"tone_{kind}": len(found.get(kind, [])) for kind in _ORDER}
    if not found:
        summary = "No blaming, complaining, defensiveness or profanity."
        tip = "Professional tone: keep describing other people neutrally."
    else:
        summary = "; ".join(
            f"{kind}: " + ", ".join(quote(s) for s in found[kind][:3]) for kind in _ORDER if kind in found
        ) + "."
        worst = next(kind for kind in _ORDER if kind in found)
        tip = _ADVICE[worst].format(q=quote(found[worst][0]))
    spans = [span for kind in _ORDER for span in found.get(kind, [])]
    return verdict(analysis, "professional_tone", score, summary=summary, tip=tip, spans=spans,
                   metrics=metrics, passed=passed)
