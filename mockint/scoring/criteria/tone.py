"""professional_tone: no arguing with a decision, no insults or name-calling, no blaming or
complaining, no sarcasm, no profanity.

The detector is built from word classes and sentence roles rather than from sentences:

- **who is judged**: a target (``you``, ``your decision``, ``my old boss``, ``the company``,
  ``management there``, ``which``/``that``) followed by a copula and an evaluative predicate from
  the class that fits the target (people are "clueless" or "an idiot"; a decision is "wrong" or "a
  mistake"; a workplace is "a circus", "laughable", "mind-numbing"). The same words about the
  speaker ("I was an idiot not to back it up", "a stupid mistake on my part") or reported as said
  to the speaker ("a customer called me an idiot") are not an insult.
- **negation scope**: a negator shortly before the judgement in the same clause ("I don't think
  your decision was wrong", "my boss wasn't a fool") cancels it; a negated acceptance ("I don't
  accept that", "I don't understand how you could…") is itself arguing.
- **actions of blame**: a failure explained by someone else ("because my manager kept…", "if my
  boss had done his job", "down to my team lead"), loaded fault verbs ("messed up", "dropped the
  ball"); a neutral "the supplier shipped the wrong parts" is fine.
- **the speaker's state**: "sick of", "fed up with", "can't stand", "bored me".
- **sarcasm**: ironic openers and praise ("oh sure, because…", "yeah right", "thanks a lot for
  wasting…", "clearly knew best").
- **profanity**: whole words ("class", "Scunthorpe", "assessment" are clean) plus compounds of the
  two strongest words ("shitshow", "clusterfuck").

Each finding takes a configured amount off a perfect score; profanity and insults always fail.
"""

from __future__ import annotations

import re

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, quote, verdict
from mockint.scoring.model import CriterionResult, Span
from mockint.scoring.tips import question_tip

# -- word classes ---------------------------------------------------------------------------------

_ROLE = lexicon.word_class(
    "tone_role",
    """manager managers boss bosses team teams teammate teammates coworker coworkers co-worker
    co-workers colleague colleagues company employer supervisor supervisors professor lead leads
    client management department people hr recruiter recruiters interviewer interviewers director
    directors ceo cto owner owners partner partners group guy guys panel developers engineers
    designers analysts staff executives execs founder founders leadership sales marketing ops
    vendor contractor contractors admin administration head principal teacher teachers""".split(),
)
_OWNER = lexicon.word_class("tone_owner", "my our the that this his her their those these".split())
_ROLE_ADJ = lexicon.word_class(
    "tone_role_adj",
    """old previous last former new current direct own other whole entire hiring project line team
    store shift account senior upper""".split(),
)
# A person or group the speaker talks about (not the speaker).
_PERSON = (
    f"{{{_OWNER} {{{_ROLE_ADJ}|}} {{{_ROLE_ADJ}|}} {_ROLE}|they|he|she|you people|you guys|you all"
    "|everyone else|everybody else|management|upper management|senior management|leadership|hr}"
)
_PERSON_BE = f"{{{_PERSON} {{there|}} {{is|are|was|were|seemed|seems|had been|have been}}|theyre|hes|shes}}"
_YOU_BE = "{you are|you were|youre|you seem|you seemed|you people are|you guys are}"
_DECISION = lexicon.word_class(
    "tone_decision", "decision choice call verdict reasoning judgement judgment pick selection".split()
)
_DECISION_BE = f"{{your|the|this|that|their}} {_DECISION} {{is|was|seems|seemed|feels}}"
_PLACE = lexicon.word_class(
    "tone_place",
    """job company place employer work workplace office culture environment pay salary wages hours
    shifts rota management team department industry role position commute targets politics
    conditions organisation organization firm store warehouse site""".split(),
)
_PLACE_BE = (
    f"{{{_OWNER} {{{_ROLE_ADJ}|}} {_PLACE} {{there|here|}}|management there|management|leadership there}}"
    " {is|are|was|were|had been|has been|felt|feels}"
)
_THING_BE = "{which|that|it|this} {is|was|were|felt|seemed|sounds|sounded}|thats|its|whichs"
_ADV = lexicon.word_class(
    "tone_adv",
    """so really just totally completely absolutely frankly honestly utterly genuinely pretty quite
    very truly extremely incredibly clearly obviously basically literally simply always seriously
    beyond downright plain plainly such""".split(),
)
_ADVS = f"{{{_ADV}|}} {{{_ADV}|}}"
_PERSON_BAD = lexicon.word_class(
    "tone_person_bad",
    """clueless incompetent useless lazy stupid dumb arrogant hopeless pathetic spineless gutless
    brainless idiotic moronic ignorant petty delusional inept unprofessional toxic awful terrible
    horrible lousy worthless ridiculous rude condescending obnoxious dishonest sleazy shady crooked
    selfish two-faced disorganised disorganized laughable narcissistic vindictive nasty
    insufferable unbearable clownish amateurish""".split(),
)
_INSULT_NOUN = lexicon.word_class(
    "tone_insult_noun",
    """idiot idiots moron morons clown clowns jerk jerks fool fools imbecile imbeciles buffoon
    buffoons amateur amateurs dinosaur dinosaurs loser losers muppet muppets dimwit dimwits halfwit
    nitwit twit twits tyrant tyrants snake snakes weasel weasels psycho psychos lunatic lunatics
    maniac maniacs nutcase nutcases nutjob dictator dictators dope dolt dolts numpty numpties prat
    prats pillock pillocks bozo bozos cretin cretins simpleton simpletons hack hacks phony phonies
    fraud frauds liar liars bully bullies dummy dummies""".split(),
)
_INSULT_OPENER = "{a|an|such a|such an|a bunch of|bunch of|a load of|a pack of|a real|a total|a complete}"
_INTENSE = lexicon.word_class("tone_intense", "complete total absolute utter real proper right".split())
_THING_BAD = lexicon.word_class(
    "tone_thing_bad",
    """absurd ridiculous laughable idiotic pathetic stupid moronic ludicrous preposterous
    outrageous insulting unacceptable asinine farcical pointless senseless nonsensical dumb
    exploitative brutal unbearable miserable depressing soul-destroying mind-numbing boring
    tedious dull toxic awful terrible horrible dreadful appalling abysmal atrocious shambolic
    hellish useless unreal""".split(),
)
_THING_BAD_NOUN = lexicon.word_class(
    "tone_thing_bad_noun",
    "joke farce circus zoo dump shambles disgrace hellhole nightmare insult scam madhouse".split(),
)
_DECISION_BAD = lexicon.word_class(
    "tone_decision_bad",
    """wrong unfair unjust mistaken misguided flawed short-sighted shortsighted ridiculous absurd
    baffling biased rigged""".split(),
)
_MODAL = "{should|must|need to|needs to|ought to|have to|better|had better|really should|should really}"
_RETHINK = lexicon.word_class(
    "tone_rethink",
    "reconsider rethink revisit re-evaluate reevaluate overturn reverse redo reopen".split(),
)
_BEST = "{best|strongest|right|ideal|perfect|obvious|most qualified|most experienced|better|stronger}"
_PERSON_NOUN = "{candidate|person|fit|choice|applicant|option|one|hire|man|woman}"
_BETTER = "{better|stronger|more qualified|more experienced|more skilled|more capable}"
_FAULT_VERB = lexicon.word_class(
    "tone_fault_verb",
    """messed screwed botched bungled ruined sabotaged wrecked dropped cocked blew mucked""".split(),
)
_FAIL_CAUSE = lexicon.word_class(
    "tone_fail_cause",
    """kept didnt never wouldnt couldnt refused failed forgot ignored changed messed screwed
    dropped was were made did had""".split(),
)

# -- the phrases ----------------------------------------------------------------------------------
# Tags: (kind, check). Checks: "neg" — cancelled by a negator just before it in the clause;
# "other" — cancelled when the judgement is about the speaker or was said to the speaker.

PROFANITY = (
    """fuck fucking fucked fucker fuckers fucks fuckin shit shitty shits bullshit damn damned dammit
    damnit goddamn crap crappy bitch bitchy bastard bastards asshole assholes ass arse arsehole
    pissed piss wtf dickhead dickheads bollocks bloody frigging friggin effing feck""".split()
    + ["screw {that|them|this|you}", "what the hell", "hell no", "pain in the {neck|backside|butt}"]
)
ARGUING = [
    f"{_DECISION_BE} {_ADVS} {{{_DECISION_BAD}|a mistake|a bad one|the wrong one|a joke|a big mistake}}",
    "{you|youve|you have|theyve|they have|they} {got|gotten|get} {it|this|that|this one|that one|me} wrong",
    "{youre|you are|theyre|they are} {making|about to make} {a|the} {big|huge|serious|terrible|real|} mistake",
    "{you|they} {made|make} {a|the} {big|huge|serious|terrible|real|wrong|} {mistake|choice|decision|call}",
    "{you|they} {picked|chose|hired|went with|selected} the wrong",
    "{you|youll|you will|theyll|they will|you are going to|youre going to} {really|} regret",
    "{youre|you are|theyre|they are} {just|simply|completely|totally|} wrong",
    f"{{you|they}} {_MODAL} {{really|seriously|}} {{{_RETHINK}|think again|look again|change {{it|your mind|that}}}}",
    f"{{you|they}} {_MODAL} {{really|}} {{look at|read|check|go over|go through}} my",
    f"{{you|them}} to {{{_RETHINK}|think again|look again}}", f"please {_RETHINK}",
    f"and {_RETHINK} {{it|this|that|the decision|your decision|my application}}",
    f"i {{was|am|m|im}} {_ADVS} the {_BEST} {_PERSON_NOUN}", f"im {_ADVS} the {_BEST} {_PERSON_NOUN}",
    f"{{i|im|i am|i was|id be|i would be}} {{a|}} {{far|much|way|so|a lot|}} {_BETTER} {{fit|candidate|choice|than}}",
    f"{_BETTER} than {{whoever|the person|the other|anyone|him|her|them|the one|the candidate}}",
    "more {experience|skills|qualifications} than {anyone|whoever|him|her|them|the other|the person|the candidate}",
    "{less|fewer} {experience|skills|qualifications|qualified|experienced} than {me|i}",
    "i {dont|do not|cant|cannot|can not|wont|will not} accept {that|this|it|your|the|how}",
    "i {dont|do not|cant|cannot|can not} {understand|see|get|fathom} {how|why} {you|they|anyone|the panel|someone}",
    "i {dont|do not|cant|cannot|can not} believe {you|they|that you|that they}",
    "{that|this|it|the decision|your decision|that decision|this decision|the choice|your choice} "
    "{makes|made} {no|zero|absolutely no} sense",
    "{that|this|it|the decision|your decision|that decision} {doesnt|does not|didnt|did not} make {any|} sense",
    "{dont|do not} think {thats|that is|its|it is|this is|that was|it was|you made|they made} the right {call|decision|choice}",
    "{so|} {youre|you are} telling me", "how could you", "how dare {you|they}",
    # Defensiveness about a verdict or about oneself.
    "{they|you|he|she} {were|was|are|is} wrong {not|} to", "not fair", "unfair",
    "i {deserve|deserved} {it|that|the|this|better|more|to}",
    "i should have {been picked|been chosen|been hired|been selected|been promoted|gotten the|got the|won}",
    "why {wasnt|was not} i {picked|chosen|selected|hired|given}",
    "why didnt {you|they} {pick|choose|hire|select} me", "why didnt i get",
    "{their|your} loss", "i dont see why", "i disagree with {your|the|their} decision",
    "i shouldnt have to", "i was right and", "{you|they} {didnt|dont} {even|} {read|look at|understand} my",
    "no offense", "with all due respect",
    "i {dont|do not|never} {really|} {fail|make mistakes}", "i never {failed|fail}",
]
INSULTS = [
    f"{_PERSON_BE} {_ADVS} {_PERSON_BAD}", f"{_YOU_BE} {_ADVS} {_PERSON_BAD}",
    f"{_INSULT_OPENER} {{{_INTENSE}|}} {{{_PERSON_BAD}|}} {_INSULT_NOUN}",
    f"{{{_INTENSE}|what a|what an|you|you bunch of|bunch of}} {{{_PERSON_BAD}|}} {_INSULT_NOUN}",
    f"{{{_PERSON_BAD}|{_INSULT_NOUN}}} {{old|previous|former|}} {_ROLE}",
    f"{_INSULT_NOUN} of a {_ROLE}",
]
BLAME = [
    "{it|that|this} was {all|entirely|totally|} {their|his|her} fault",
    "{not|wasnt|isnt|never} {really|entirely|} my fault", "{their|his|her} fault",
    f"{_PERSON} {{didnt|did not|never|wouldnt}} {{even|}} do {{their|his|her}} {{part|job|share|work}}",
    f"{_PERSON} never {{listened|helped|cared|supported|told|gave|answered|did anything}}",
    # "didn't even", "wouldn't even": exasperation. A plain "didn't agree" is a fair description.
    f"{_PERSON} {{didnt|did not|wouldnt|would not}} even "
    "{listen|help|care|support|bother|try|reply|ask|consult|tell|thank|notice|read|respond|look}",
    f"{_PERSON} {{didnt|did not|wouldnt|would not}} {{care|bother}}",
    "{i|we} blamed", "blame {them|him|her|the team|my *}",
    "i was the only one who {did|cared|worked|knew|bothered}", "everyone else was",
    "nobody {else|} {did|cared|helped|bothered}",
    # A failure put down to someone else.
    f"because {{of|}} {{{_OWNER}|}} {{{_ROLE_ADJ}|}} {{{_ROLE_ADJ}|}} {_ROLE} {{{_FAIL_CAUSE}|}}",
    "because of {them|him|her}", "because {they|he|she} {kept|didnt|never|wouldnt|couldnt|refused|failed|forgot|messed|screwed}",
    f"{{{_PERSON}|the other {_ROLE}}} {_FAULT_VERB} {{it|things|everything|the|up|their|his|her|that|this|ball|us|me}}",
    f"{{{_PERSON}|they|he|she}} {{let|left}} {{us|me|the team}} {{down|hanging|high and dry}}",
    f"if {_PERSON} {{had|hadnt|would have|just}} {{just|actually|only|}} "
    "{done|listened|bothered|helped|read|told|followed|paid|answered|replied|cared|checked|tested}",
    "{none of it|none of that|none of this|not|wasnt|that wasnt|it wasnt} {was|} {on|down to} me",
    f"{{entirely|completely|all|totally|solely|purely|squarely}} {{down to|on|because of}} {{{_OWNER}|}} {{{_ROLE_ADJ}|}} {_ROLE}",
    "{entirely|completely|all|totally|solely|purely|squarely} {down to|on|because of} {him|her|them}",
    "threw {me|us} under the bus",
]
COMPLAINTS = [
    f"{_PLACE_BE} {_ADVS} {{{_THING_BAD}|mind numbing|soul destroying|a {_THING_BAD_NOUN}|an {_THING_BAD_NOUN}|such a {_THING_BAD_NOUN}}}",
    f"{{{_THING_BE}}} {_ADVS} {{absurd|ridiculous|laughable|idiotic|pathetic|stupid|moronic|ludicrous|preposterous"
    "|outrageous|insulting|asinine|farcical|pointless|senseless|nonsensical|dumb|exploitative|a joke|a farce"
    "|a circus|a disgrace|a scam|mind numbing|soul destroying|mind-numbing|soul-destroying}",
    "{i|i was|im|i am|i got|i grew|i get|ive been|i have been|i was getting|i am getting|im getting} "
    "{so|really|just|pretty|completely|totally|honestly|} {sick of|tired of|sick and tired of|fed up|bored of|bored with|done with it}",
    "{i|i just|i really|i honestly} {cant|cannot|can not|couldnt|could not} {stand|bear|stomach} {my|the|that|this|it|them|him|her|working|how|being}",
    "i {hated|hate|loathe|loathed|despise|despised|detest|detested} {my|that|the|this|working|it|every|how|them|him|her|being}",
    "{ive|i have|id|i had|weve|we have} {had|} enough of",
    "{bored|boring} {me|us} {to tears|to death|stiff|senseless|silly|}", "{bored|boring} {me|us}",
    "{drove|drives|driving|drive} {me|us} {crazy|mad|nuts|insane|up the wall|round the bend|around the bend}",
    "pittance", "{pay|pays|paid|paying} {a|} {peanuts|buttons|next to nothing}",
    "{job|company|place|they|it|employer} {pays|paid} {so|really|very|} {badly|terribly|poorly|nothing}",
    "{work|worked|working} {*|} {*|} for {nothing|free|peanuts}",
    "treated {us|me|people|everyone|staff|like} {like|} {a number|dirt|garbage|rubbish|a robot|robots|slaves|cattle|children|a child|crap|numbers}",
    "{sucks|suck|sucked}", "worst {job|boss|manager|company|team|place}",
    "toxic {workplace|environment|culture|place}", "micromanaged {me|us|everyone|everything}",
    "micromanager", "micromanagers", "micromanaging {me|us|everyone}", "{he|she|they} micromanaged",
    "they {underpaid|overworked}", "{underpaid|overworked} {me|us}",
    "{nobody|no one} {appreciated|appreciates|appreciate|valued|values|respected|respects}",
    "{they|he|she} {didnt|never|did not} appreciate", "they treated {us|me} {badly|like}",
    "dead-end job", "dead end job", "waste of {my|} time",
    "{a|such a|the most} {stupid|dumb|ridiculous|idiotic|pointless} {decision|idea|policy|rule|plan|call|move|process|system}",
    "{targets|hours|pay|salary|workload|expectations|deadlines|rules|shifts|commute|culture|environment|office} "
    "{were|was|are|is} {so|really|just|totally|completely|honestly|} "
    "{unrealistic|ridiculous|insane|impossible|a joke|unfair|awful|terrible|horrible|unbearable|miserable|a nightmare}",
    "because {it|the job|the work|the company|the place|the role|they} {was|were|is|are} {so|really|just|} "
    "{boring|terrible|awful|toxic|a nightmare|a joke|unfair|miserable|pointless|useless}",
    "{im|i am} {so|just|} fed up with",
    "{im|i am} {so|just|} done with {the|that|this|my} {place|job|company|industry|team|role|manager|boss|management}",
]
SARCASM = [
    "oh {sure|great|wonderful|brilliant|fantastic|perfect|lovely|yeah|right|joy|fun|good|nice} "
    "{because|so|another|like|now|then|thanks|just|that|cause}",
    "yeah {right|sure} {like|because|as if|cause|}", "as if {they|he|she|you|anyone|that} {ever|would|could|cared}",
    "thanks {a lot|so much|very much|} for {wasting|nothing|ruining|the waste|that}", "thanks for nothing",
    "{clearly|obviously|of course|always|apparently} {knew|knows|know} {best|better|everything}",
    "{knew|knows} best as {always|usual|ever}",
    "what a {surprise|shock|shocker}", "big surprise", "how convenient", "must be nice", "lucky me",
    "{such a|a real|a true} {genius|treat|joy|delight} {with|at|when|about}",
]
FINDINGS = lexicon.define(
    "tone",
    {
        **{p: ("profanity", None) for p in PROFANITY},
        **{p: ("insult", "other") for p in INSULTS},
        **{p: ("arguing", "neg") for p in ARGUING},
        **{p: ("blame", "neg") for p in BLAME},
        **{p: ("complaint", "neg") for p in COMPLAINTS},
        **{p: ("sarcasm", None) for p in SARCASM},
    },
)

_NEGATORS = lexicon.key_set(
    """not no never dont didnt doesnt isnt wasnt arent werent wouldnt couldnt shouldnt cant cannot
    wont hardly nobody nothing neither nor"""
)
_SPEAKER = lexicon.key_set("i im ive id me myself we us ourselves")  # not "were": "we're" and "were" are one key
_OTHERS = lexicon.key_set("he she they you him her them hes shes theyre youre it its everyone")
_SAID_TO_SPEAKER = lexicon.key_set("called calling call calls named")
_CLAUSE_BREAK = frozenset(".,;:!?…")
_LOOK_BACK = 5
# Compounds of the strongest swear words, inside one word ("shitshow", "bullshitting", "clusterfuck").
_COMPOUND_PROFANITY_RE = re.compile(r"[\w'-]*fuck[\w'-]*|(?<![\w'-])shit[\w'-]*|[\w'-]+shit(?![\w'-])")
_UNPROFESSIONAL = ("arguing", "insult", "blame", "complaint", "sarcasm")
_ORDER = ("profanity", "insult", "arguing", "blame", "sarcasm", "complaint")
_ALWAYS_FAIL = ("profanity", "insult")


def _before(analysis: Analysis, first: int) -> list[str]:
    """Up to ``_LOOK_BACK`` words before word ``first``, nearest first, within its clause."""
    words: list[str] = []
    index = first
    while index > 0 and len(words) < _LOOK_BACK:
        if any(ch in _CLAUSE_BREAK for ch in analysis.gap_before(index)):
            break
        index -= 1
        words.append(analysis.keys[index])
    return words


def _negated(analysis: Analysis, first: int) -> bool:
    """A negator shortly before the phrase, in its clause ("I don't think your call was wrong")."""
    return any(word in _NEGATORS for word in _before(analysis, first))


def _about_speaker(analysis: Analysis, first: int, last: int) -> bool:
    """The judgement is about the speaker ("I was an idiot not to…", "stupid of me") or was said
    to the speaker ("a customer called me an idiot"): the nearest pronoun before it decides."""
    if analysis.key(last) in ("of", "on") and analysis.key(last + 1) in ("me", "my", "us", "our"):
        return True
    previous = ""
    for word in _before(analysis, first):
        if word in _SPEAKER:
            return True
        if word in _OTHERS or word in _SAID_TO_SPEAKER and previous in _SPEAKER:
            return False
        previous = word
    return analysis.keys[first] in _SPEAKER


def _findings(analysis: Analysis) -> dict[str, list[Span]]:
    return analysis.memo("tone_findings", _find)


def _find(analysis: Analysis) -> dict[str, list[Span]]:
    found: dict[str, list[Span]] = {}
    for first, last, (kind, check) in analysis.hits(FINDINGS):
        if check == "neg" and _negated(analysis, first):
            continue
        if check == "other" and (_about_speaker(analysis, first, last) or _negated(analysis, first)):
            continue
        found.setdefault(kind, []).append(analysis.words_span(first, last))
    norm = analysis.norm
    if "fuck" in norm or "shit" in norm:
        listed = {(s.start, s.end) for s in found.get("profanity", ())}
        for match in _COMPOUND_PROFANITY_RE.finditer(norm):
            if (match.start(), match.end()) not in listed:
                found.setdefault("profanity", []).append(analysis.span(match.start(), match.end()))
        found["profanity"].sort(key=lambda span: span.start)
    return found


def unprofessional_spans(analysis: Analysis) -> list[Span]:
    """Arguing, insults, blame, complaints and sarcasm (negative language for enthusiasm too)."""
    found = _findings(analysis)
    return [span for kind in _UNPROFESSIONAL for span in found.get(kind, ())]


def arguing_spans(analysis: Analysis) -> list[Span]:
    """Where the answer argues with the decision or insults someone (bank criteria use it: an
    acceptance said in the same breath is no acceptance)."""
    found = _findings(analysis)
    return [span for kind in ("arguing", "insult", "sarcasm") for span in found.get(kind, ())]


_ADVICE = {
    "profanity": "Leave out the swearing ({q}): it is the one thing an interviewer always remembers.",
    "insult": ("{q} calls someone names. Describe what they did, neutrally, and spend the time on "
               "what you did about it."),
    "arguing": ("{q} argues with their decision. Accept it, thank them, and ask what would make you "
                "a stronger candidate."),
    "blame": ("You blamed others ({q}). Describe the situation neutrally and spend the time on what "
              "you did about it."),
    "sarcasm": "{q} sounds sarcastic. Say what happened plainly; irony reads as bitterness.",
    "complaint": ("{q} complains about a past job. Say what you learned there and what you are "
                  "looking for next instead."),
}
_NAMES = {"profanity": "profanity", "insult": "name-calling", "arguing": "arguing",
          "blame": "blame", "sarcasm": "sarcasm", "complaint": "complaint"}


@criterion("professional_tone", "Professional tone")
def evaluate(analysis: Analysis) -> CriterionResult:
    settings = analysis.settings.professional_tone
    found = _findings(analysis)
    penalties = {
        "profanity": settings.profanity_penalty,
        "insult": settings.insult_penalty,
        "arguing": settings.arguing_penalty,
        "blame": settings.blame_penalty,
        "sarcasm": settings.sarcasm_penalty,
        "complaint": settings.complaint_penalty,
    }
    score = 1.0 - sum(penalties[kind] * len(spans) for kind, spans in found.items())
    passed = score >= analysis.settings.pass_score and not any(kind in found for kind in _ALWAYS_FAIL)
    metrics = {f"tone_{kind}": len(found.get(kind, [])) for kind in _ORDER}
    if not found:
        summary = "No arguing, name-calling, blaming, complaining, sarcasm or profanity."
        tip = "Professional tone: keep describing other people neutrally."
    else:
        summary = "; ".join(
            f"{_NAMES[kind]}: " + ", ".join(quote(s) for s in found[kind][:3])
            for kind in _ORDER if kind in found
        ) + "."
        worst = next(kind for kind in _ORDER if kind in found)
        tip = question_tip(analysis, "professional_tone", _ADVICE[worst], situation=worst)
        tip = tip.format(q=quote(found[worst][0]))
    spans = [span for kind in _ORDER for span in found.get(kind, [])]
    return verdict(analysis, "professional_tone", score, summary=summary, tip=tip, spans=spans,
                   metrics=metrics, passed=passed)
