"""The words interviewers and recruiters use, grouped by what they are about.

A **concept** is one thing feedback talks about ("examples", "energy") and the criteria and topics
it points to. Its phrases come in three kinds:

- ``problems`` are criticisms on their own ("lacked depth", "rambling", "low energy");
- ``aspects`` only name the thing ("examples", "energy") and need a cue to say more;
- ``positives`` name it as a quality ("specific", "enthusiastic"): praise, unless negated or asked
  for more of.

Cues carry the judgement: ``DEFICIENCY`` ("lacked", "not enough", "more") and ``PRAISE`` ("liked",
"strong") attach to the nearest aspect of their clause; ``ADVICE`` ("we'd encourage you to",
"next time") turns every aspect of its clause into something to work on. ``NEGATORS`` flip what
follows them closely; followed by an ``OPINION_VERBS`` word ("didn't think", "wouldn't say") they
flip the rest of the clause. Every phrase is matched fuzzily (rapidfuzz) after the same
normalisation as the feedback: lower case, no apostrophes, hyphens as spaces.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Concept:
    name: str
    criteria: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    aspects: tuple[str, ...] = ()
    positives: tuple[str, ...] = ()
    # How the drill times answers for this concept: "shorter", "longer" or "" (the question's own).
    timing: str = ""


@dataclass(frozen=True)
class Topic:
    """What a question is about, by the tags of its bank (and banks that are all about it)."""

    id: str
    label: str
    tags: frozenset[str]
    banks: frozenset[str] = frozenset()


def _words(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "examples",
        criteria=("concrete_example", "quantified_result"),
        problems=_words(
            "lacked depth, lacking depth, lack of depth, without much depth, superficial, surface level,"
            " generic, vague, too general, very general, quite general, fairly general, hypothetical,"
            " textbook, theoretical, too abstract, high level, sweeping statements, not specific"
        ),
        aspects=_words("example, examples, specifics, depth, detail, details, evidence, stories, story, situations"),
        positives=_words("specific, concrete, detailed, in depth, tangible, convincing, compelling"),
    ),
    Concept(
        "results",
        criteria=("quantified_result",),
        problems=_words(
            "didnt quantify, did not quantify, no numbers, without numbers, hard to see the impact,"
            " unclear what the outcome was, what came of it"
        ),
        aspects=_words("results, result, outcomes, outcome, impact, numbers, metrics, figures, achievements"),
        positives=_words("measurable, quantified, quantifiable"),
    ),
    Concept(
        "structure",
        criteria=("star_structure",),
        problems=_words("unstructured, lacked structure, disorganised, disorganized, muddled, confusing"),
        aspects=_words("structure, star, star method, star format, star technique, flow, framework"),
        positives=_words("structured, well structured, well organised, organised, organized, logical, coherent, clear"),
    ),
    Concept(
        "rambling",
        criteria=("star_structure", "length"),
        problems=_words(
            "rambled, rambling, rambly, rambles, waffled, waffling, waffle, meandering, meandered,"
            " tangents, went off on tangents, off on a tangent, went off track, hard to follow,"
            " difficult to follow, hard to keep up, lost the thread, all over the place, jumped around,"
            " jumping around, repeated yourself, repetitive"
        ),
        positives=_words("easy to follow"),
        timing="shorter",
    ),
    Concept(
        "length",
        criteria=("length", "star_structure"),
        problems=_words(
            "too long, overly long, long winded, lengthy, long answers, long responses, answers were long,"
            " responses were long, went on too long, went on for too long, too wordy, wordy, verbose,"
            " too much detail, into too much detail, too detailed, a bit long, a little long, quite long,"
            " rather long, very long, could be shorter, could have been shorter, shorter answers,"
            " longer than needed, longer than necessary"
        ),
        aspects=_words("length, answer length"),
        positives=_words("concise, succinct, to the point, crisp"),
        timing="shorter",
    ),
    Concept(
        "brevity",
        criteria=("length", "concrete_example"),
        problems=_words(
            "too short, too brief, very brief, short answers, answers were short, one word answers,"
            " monosyllabic, could have said more, didnt say much, elaborate more, expand more, expand on,"
            " more elaboration, lacked elaboration, didnt elaborate, did not elaborate"
        ),
        timing="longer",
    ),
    Concept(
        "energy",
        criteria=("enthusiasm", "pace"),
        problems=_words(
            "low energy, lacked energy, lacking energy, flat, monotone, monotonous, disinterested,"
            " uninterested, unenthusiastic, bored, boring, lukewarm, lacklustre, lackluster, going through"
            " the motions, subdued, quiet, reserved, muted, deadpan, detached, indifferent, apathetic,"
            " unengaged, disengaged, rehearsed, scripted, robotic"
        ),
        aspects=_words("energy, enthusiasm, passion, excitement, engagement, spark, drive, delivery"),
        positives=_words(
            "enthusiastic, energetic, passionate, engaged, excited, motivated, keen, animated, lively,"
            " upbeat, eager, seem interested, seemed interested, sound interested, sounded interested, very"
            " interested, really interested, genuinely interested"
        ),
    ),
    Concept(
        "pace",
        criteria=("pace",),
        problems=_words(
            "too fast, too quickly, spoke quickly, spoke fast, talked fast, talked quickly, rushed, rushing,"
            " hurried, raced through, too slow, too slowly, speak more slowly, slow down, pace yourself"
        ),
        aspects=_words("pace, pacing, speed"),
    ),
    Concept(
        "fillers",
        criteria=("filler_words",),
        problems=_words(
            "um, umm, ums, umms, uh, uhm, uhs, erm, ahs, hmm, ums and ahs, filler words, fillers, filler,"
            " verbal tics, said like a lot, lot of likes, so many likes, said you know a lot"
        ),
    ),
    Concept(
        "confidence",
        criteria=("hedging",),
        problems=_words(
            "lacked confidence, unsure, unsure of yourself, hesitant, hesitated, hesitation, tentative,"
            " nervous, nervy, timid, shy, undersold yourself, underselling yourself, sold yourself short,"
            " too modest, hedged, hedging, wishy washy, apologetic, second guessed, second guessing,"
            " self deprecating, uncertain, doubtful, noncommittal, non committal, diffident, insecure"
        ),
        aspects=_words("confidence, conviction, self belief, assurance, presence, certainty"),
        positives=_words("confident, assured, self assured, assertive, decisive, sure of yourself, persuasive"),
    ),
    Concept(
        "ownership",
        criteria=("ownership",),
        problems=_words(
            "said we a lot, too much we, we instead of i, hard to tell what you did, hard to know what you"
            " did, unclear what you did, unclear what your role was"
        ),
        aspects=_words(
            "ownership, your contribution, your own contribution, your individual contribution, your role,"
            " your part, what you personally did, your personal impact"
        ),
    ),
    Concept(
        "tone",
        criteria=("professional_tone",),
        problems=_words(
            "negative about your previous employer, negative about your former employer, negative about"
            " your last employer, negative about your current employer, negative about your old job,"
            " negative about your last job, negative about your manager, negative about your previous"
            " manager, negative about previous colleagues, negative about your team, negativity, negative"
            " comments, spoke negatively, talked negatively, speaking negatively, came across as negative,"
            " sounded negative, quite negative, very negative, a bit negative, too negative, negative"
            " attitude, badmouthed, bad mouthed, bad mouthing, badmouthing, criticised your previous"
            " employer, criticized your previous employer, complained, complaining, blamed, blaming,"
            " defensive, argumentative, arrogant, rude, unprofessional, bitter, sarcastic, dismissive,"
            " condescending, cocky, swore, swearing, spoke poorly of"
        ),
        aspects=_words("tone, professionalism, attitude, manner, demeanour, demeanor"),
        positives=_words("professional, respectful, polite, courteous, diplomatic, gracious, positive"),
    ),
    Concept(
        "relevance",
        criteria=("relevance",),
        problems=_words(
            "off topic, went off topic, irrelevant, missed the point, missed the question, answered a"
            " different question, strayed from the question, avoided the question, dodged the question,"
            " sidestepped, side stepped, beside the point, not what we asked, misunderstood the question,"
            " missed what was asked"
        ),
        aspects=_words("relevance"),
        positives=_words("relevant, on point, on topic, answered the question, addressed the question, answered what was asked"),
    ),
    # Topics: what the drill's questions should be about (bank tags), not how they are answered.
    Concept(
        "leadership",
        topics=("leadership",),
        aspects=_words(
            "leadership, leadership experience, leadership skills, people management, managing people,"
            " managing a team, leading a team, leading teams, leading people, line management, managerial"
            " experience, management experience, team leadership, mentoring, coaching others, delegation,"
            " delegating, seniority"
        ),
    ),
    Concept(
        "technical",
        topics=("technical",),
        aspects=_words(
            "technical detail, technical details, technical depth, technical knowledge, technical skills,"
            " technical ability, technical questions, technical side, technical understanding, technical,"
            " coding, system design, architecture, hands on experience"
        ),
    ),
    Concept(
        "teamwork",
        topics=("teamwork",),
        aspects=_words("teamwork, collaboration, working with others, team player, working in a team, cross functional"),
    ),
    Concept(
        "communication",
        topics=("communication",),
        aspects=_words("communication, communication skills, communicating, stakeholder management, managing stakeholders"),
    ),
    Concept(
        "motivation",
        criteria=("enthusiasm",),
        topics=("motivation",),
        aspects=_words(
            "motivation for the role, why you wanted the role, why you want this role, why you wanted to"
            " join, knowledge of the company, knowledge of our company, understanding of the company,"
            " understanding of the role, research on the company, research about us, company research,"
            " interest in the company, interest in the role, researched the company, research the company,"
            " researched us, researched the role"
        ),
    ),
    Concept(
        "customers",
        topics=("customers",),
        aspects=_words("customer focus, customer service, client focus, client facing experience, customer experience"),
    ),
    Concept(
        "strengths",
        topics=("strengths",),
        aspects=_words(
            "your strengths, what you would bring, what youd bring, which skills to put forward, your key"
            " skills, selling yourself, sell yourself, your achievements, your value"
        ),
    ),
    Concept(
        "self-awareness",
        topics=("self-awareness",),
        aspects=_words(
            "self awareness, reflection, learning from mistakes, what you learned, what you learnt,"
            " weaknesses, your weakness"
        ),
    ),
    Concept(
        "conflict",
        topics=("conflict",),
        aspects=_words("handling conflict, handle conflict, handled conflict, conflict, conflict resolution, dealing with conflict, difficult conversations, disagreements"),
    ),
    Concept(
        "prioritisation",
        topics=("prioritisation",),
        aspects=_words("prioritisation, prioritization, time management, managing priorities"),
    ),
    Concept(
        "problem solving",
        topics=("problem-solving",),
        aspects=_words("problem solving, analytical skills, analytical thinking, how you approach problems"),
    ),
)

TOPICS: dict[str, Topic] = {
    t.id: t
    for t in (
        Topic("leadership", "leadership", frozenset(_words(
            "leadership, delegation, mentoring, people, performance-management, influence, hiring, vision,"
            " morale, facilitation, decision-making, strategy, accountability, change-management, development"
        )), frozenset({"leadership"})),
        Topic("technical", "technical depth", frozenset(_words(
            "architecture, code-review, debugging, design, sql, testing, technical-debt, on-call, incidents,"
            " pipelines, optimisation, data-quality, statistics, cleaning, experiments, metrics, quality,"
            " requirements"
        )), frozenset({"software-engineering", "data-analytics"})),
        Topic("teamwork", "teamwork", frozenset(_words(
            "teamwork, collaboration, conflict, stakeholders, relationships, relationship"
        ))),
        Topic("communication", "communication", frozenset(_words("communication, stakeholders, influence"))),
        Topic("motivation", "motivation and the company", frozenset(_words(
            "motivation, culture-fit, culture, research, career-path, goals, commitment"
        ))),
        Topic("customers", "customers", frozenset(_words(
            "service, de-escalation, objections, relationship, sales, upsell, retention, escalation"
        )), frozenset({"customer-facing"})),
        Topic("strengths", "your strengths", frozenset(_words(
            "strengths, pitch, achievements, transferable-skills, opener"
        ))),
        Topic("self-awareness", "self-awareness", frozenset(_words(
            "self-awareness, failure, mistakes, weaknesses, learning, feedback, humility, growth"
        ))),
        Topic("conflict", "handling conflict", frozenset(_words("conflict, de-escalation, feedback"))),
        Topic("prioritisation", "prioritisation", frozenset(_words(
            "prioritisation, time-management, deadlines, workload, productivity"
        ))),
        Topic("problem-solving", "problem solving", frozenset(_words(
            "debugging, judgement, decision-making, ambiguity, insight, alternatives"
        ))),
    )
}

DEFICIENCY: tuple[str, ...] = _words(
    "lacked, lacking, lack, lacks, missing, more, not enough, insufficient, limited, little, few, thin,"
    " shallow, weak, weaker, poor, unclear, hard, difficult, struggled, struggle, issue, issues, problem,"
    " problems, concern, concerns, concerned, worried, light on, short on, not much, not many, fell short,"
    " underwhelming, disappointing, could be better, could have been better, room for improvement,"
    " needed more, need more, needs more, wanted more, would have liked, wed have liked, hoped for more,"
    " could be clearer, could have been clearer, could be stronger, could have been stronger, could be more,"
    " could have been more, wrong, gap, gaps, absent, not always, not quite, mixed, wasnt clear that, wasnt clear whether, wasnt clear how,"
    " wasnt clear what, not clear that, not clear whether, not clear how, unclear whether, unclear how,"
    " unclear if, wasnt obvious"
)
PRAISE: tuple[str, ...] = _words(
    "liked, loved, enjoyed, appreciated, great, strong, impressed, impressive, good, excellent, solid,"
    " well, nice, fantastic, brilliant, outstanding, enough, plenty of, lots of"
)
ADVICE: tuple[str, ...] = _words(
    "encourage you to, would encourage, recommend, suggest, try to, try and, work on, focus on, next time,"
    " in future, in the future, going forward, would benefit from, could benefit from, need to, needs to,"
    " needed to, should, could have, would have been good, would like to see, wanted to see, hoped to see,"
    " expected to see, were looking for, was looking for, areas to develop, area to develop, areas for"
    " development, development area, brush up on, practise, make sure, consider"
)
NEGATORS = frozenset(_words(
    "not, no, never, didnt, doesnt, dont, wasnt, werent, isnt, arent, wouldnt, couldnt, cant, cannot,"
    " hardly, barely, nothing, without, none, nor, neither"
))
# After a negator these negate the whole judgement that follows ("we didn't feel you rambled").
OPINION_VERBS = frozenset(_words(
    "think, thought, feel, felt, find, found, believe, believed, say, consider, convinced, sure"
))
# Words that may stand between a negator and what it negates ("not the problem", "didn't give
# any concrete examples", "never really an issue").
NEGATION_GAP = frozenset(_words(
    "the, a, an, any, very, really, that, so, too, particularly, all, at, much, many, quite, overly,"
    " especially, always, ever, be, been, being, seem, seemed, seems, appear, appeared, come, came,"
    " across, as, sound, sounded, give, gave, given, provide, provided, share, shared, offer, offered,"
    " include, included, use, used, mention, mentioned, show, showed, demonstrate, demonstrated, hear,"
    " heard, see, saw, get, got, have, had, or, enough, specific, concrete, real, clear, detailed, your, you,"
    " were, was, is, are, it, its, of, us, sufficiently, terribly, remotely, necessarily, actually"
))
# Words that join one aspect to another ("evidence of leading a team").
CONNECTORS = frozenset(_words("of, in, about, on, around, with, for, how, when"))
# Words that begin a new clause: a cue never reaches across them.
CONTRAST = frozenset(_words("but, however, although, though, whereas, yet, otherwise"))
# Lines quoted from an earlier email ("> On Monday you wrote:") are not the feedback.
QUOTE_MARK = ">"
