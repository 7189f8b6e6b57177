"""concrete_example: a specific situation, not generalities.

Evidence for: story markers ("for example", "one time", "last summer", "at my internship",
"when I was working at"), a past-tense first-person narrative ("I built", "we launched"), and named
things (proper nouns, tools, numbers, dates, places). Evidence against: generalities about oneself
("I always", "I'm a hard worker", "I'm passionate", "I would", "I'm a team player").

A short answer can be plainly specific with one sentence: an *episode* is a sentence (or two in a
row) with a context (a story marker, a place or organisation — "at Halden Energy", "at the
riverside cafe", "with the city council" — or a role, "as a shift lead"), a first-person past
action ("I wrote", "I rebuilt") and, after the action, a specific object or outcome (a named tool
or thing, a proper noun, a quantity) that is not a vague plural ("lots of projects"). An answer
with an episode scores at least ``episode_score`` however short it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice
from typing import NamedTuple

from mockint.scoring import lexicon
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, quote, verdict
from mockint.scoring.model import CriterionResult, Span
from mockint.scoring.narrative import actions
from mockint.scoring.tips import question_tip

_PERIOD = "{year|summer|spring|fall|autumn|winter|semester|term|month|week|quarter|sprint}"
_PLACE = lexicon.word_class(
    "example_place",
    """job internship company role position employer school university college work placement co-op
    startup firm agency store restaurant shop team lab hospital clinic""".split(),
)
_COUNT = "{a few|a couple|a couple of|two|three|four|five|six|several|2|3|4|5|6|7|8|9|10}"
_ROLE = lexicon.word_class(
    "example_role",
    """intern manager lead student volunteer developer engineer analyst cashier server tutor
    assistant barista captain president supervisor coordinator consultant""".split(),
)
MARKERS = lexicon.define(
    "example_marker",
    [
        "for example", "for instance", "one time", "one day", "there was {a|one} time", "a time when",
        "there was this", "where i {work|worked|was working|interned|was interning|volunteered|was volunteering}",
        "i remember", "i recall", "a situation where", "in one case", "a specific", "a recent",
        "recently", "such as", f"{{last|this past|that}} {_PERIOD}", f"{_COUNT} {_PERIOD} ago",
        f"{_COUNT} {_PERIOD}s ago", "back in", "back when",
        f"at my {{*|}} {_PLACE}", f"during my {{*|}} {_PLACE}", "during my {time|first|last|final}",
        f"in my {{last|previous|current|first|old|summer|part-time}} {_PLACE}",
        "on my {last|previous|current|first|old|} {project|team|shift|placement|rotation|ward|route}",
        "when i was {working|interning|at|in|a|an|leading|managing|running}",
        "while i was {working|at|in|interning|a|an}",
        "at {a|an} {startup|company|restaurant|hospital|store|firm|agency|bank|school|cafe|shop|warehouse|nonprofit}",
        "{a|one} project {where|when}", "i worked {at|for|as|on}", f"i was {{a|an|the|}} {_ROLE}",
    ],
)
GENERALITIES = lexicon.define(
    "example_generality",
    """i always|i'm always|i never|i'm a hard worker|i am a hard worker|hard-working|hardworking|
    i'm passionate|i am passionate|i would|i usually|i tend to|i'm the {kind|type} of person|
    i am the {kind|type} of person|i'm someone who|i am someone who|team player|i'm very|i am very|
    in general|generally|typically|people should|you should|you have to|i try to|i'm good at|
    i am good at|i like to|i believe in|detail-oriented|detail oriented|i consider myself|
    i'm a people person|perfectionist|i work well|i'm really good|whenever|every time|
    i'm a {fast|quick} learner|self-motivated|go-getter""".replace("\n", " ").split("|"),
)
THINGS = lexicon.define(
    "example_thing",
    """python java javascript typescript sql excel tableau powerbi salesforce jira confluence aws
    azure gcp react angular vue node django flask spark hadoop pandas numpy airflow snowflake dbt
    looker figma photoshop illustrator git github gitlab docker kubernetes terraform jenkins linux
    zendesk hubspot shopify wordpress slack notion trello asana sap oracle quickbooks golang rust
    swift kotlin ios android api postgres postgresql mysql mongodb redis kafka graphql html css
    matlab stata spss pytorch tensorflow scikit-learn crm erp internship startup client customer
    project app website dashboard restaurant hospital clinic hackathon competition conference
    release deadline migration outage incident campaign presentation report fundraiser warehouse
    pipeline database prototype survey launch semester thesis capstone store course class club
    invoice invoices spreadsheet spreadsheets script scripts checklist checklists schedule rota
    contract contracts budget forecast shipment shipments inventory stock ticket tickets refund
    refunds prescription prescriptions order orders tool tools form forms template workshop
    newsletter brochure manual module deployment deployments server servers api sprint backlog
    roadmap rollout pilot audit""".split()
    + ["power bi", "google analytics"],
)
# Where the speaker was: "at the riverside cafe", "with the city council", "as a shift lead",
# "while volunteering at" (lower-case transcripts have no capitals to find a name by).
_VENUE = lexicon.word_class(
    "example_venue",
    """cafe cafes coffee shop restaurant bar pub hotel bakery kitchen store shop supermarket
    warehouse factory plant site office branch bank council charity nonprofit ngo agency
    department ministry library museum theatre theater gym farm garage clinic hospital ward
    pharmacy school university college lab laboratory startup company firm team studio newsroom
    paper magazine hall centre center club society union call-centre helpdesk desk practice
    consultancy airline airport station depot council""".split(),
)
_CONTEXT = lexicon.define(
    "example_context",
    [
        "{at|with|for|in} {the|my|our|a|an|that|this} {*|} {*|} <example_venue>",
        f"as {{a|an|the}} {{*|}} {{*|}} {_ROLE}",
        "{while|when|whilst} {volunteering|interning|working|studying|temping} {at|with|for|in}",
        "when i {interned|worked|volunteered|temped|was} {at|with|for|in|a|an|the}",
        f"in my {{*|}} {_PLACE}",
    ],
)
# Prepositions that make the proper noun after them a place or organisation ("at Halden Energy").
_PLACE_PREPOSITIONS = frozenset("at with for in from".split())
# Quantifiers that make what follows vague ("lots of projects", "every client").
_VAGUE = frozenset("lots lot many all every various different several numerous any most some".split())
_SHOWN = 6
_STORY_TIP = "Tell one real story: “Last spring, at my internship at X, I…” — then what you did."
_PROPER_RE = re.compile(r"[A-Z][\w&'-]*")
_ASCII_PROPER_RE = re.compile(_PROPER_RE.pattern, re.ASCII)  # the same on ASCII text, faster
_NOT_PROPER = frozenset("I I'm I've I'd I'll OK Okay So And But The Then We My Our".split())


def _proper_nouns(analysis: Analysis) -> list[tuple[int, int]]:
    """Capitalised words that do not start a sentence (none in lower-case transcripts)."""
    return analysis.memo("proper_nouns", _find_proper_nouns)


def _find_proper_nouns(analysis: Analysis) -> list[tuple[int, int]]:
    text = analysis.text
    found: list[tuple[int, int]] = []
    capitalised = 0
    for m in (_ASCII_PROPER_RE if text.isascii() else _PROPER_RE).finditer(text):
        start, word = m.start(), m.group()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'_"):
            continue  # inside a word ("McDonald", "iPhone")
        capitalised += 1
        if word in _NOT_PROPER:
            continue
        before = text[max(0, start - 3):start].rstrip()
        if before and before[-1] not in ".!?\n\"'“:":
            found.append((start, m.end()))
    if capitalised > 0.5 * max(1, analysis.word_count):  # ALL CAPS or Title Case: no signal
        return []
    return found


def _named_things(analysis: Analysis) -> tuple[int, list[Span]]:
    """How many distinct proper nouns, tools, places and numbers; the first few as evidence."""
    places = list(_proper_nouns(analysis))
    starts, ends = analysis.starts, analysis.ends
    places += [(starts[h.first], ends[h.last - 1]) for h in analysis.hits(THINGS)]
    places += [(n.start, n.end) for n in analysis.numbers]
    norm = analysis.norm
    texts = [norm[start:end] for start, end in places]
    first_place = dict(zip(reversed(texts), reversed(places)))  # each text's first place
    distinct = dict.fromkeys(texts)  # in order of first appearance
    shown = [analysis.span(*first_place[text]) for text in islice(distinct, _SHOWN)]
    return len(distinct), shown


class Episode(NamedTuple):
    """One specific episode: where (context), what the speaker did (action), on what (thing)."""

    context: Span
    action: Span
    thing: Span


def episodes(analysis: Analysis) -> list[Episode]:
    """The sentences (or pairs of sentences) that tell one specific episode (see the module):
    at most one per sentence, found in one pass over the actions (linear in the answer)."""
    past = [a for a in actions(analysis) if a.past and a.action]
    if not past:
        return []
    starts, ends, keys = analysis.starts, analysis.ends, analysis.keys
    contexts = [(starts[h.first], ends[h.last - 1]) for h in analysis.hits(_CONTEXT)]
    contexts += [(starts[h.first], ends[h.last - 1]) for h in analysis.hits(MARKERS)]
    things: list[tuple[int, int]] = []
    for start, end in _proper_nouns(analysis):
        index = bisect_left(starts, start)
        if index and keys[index - 1] in _PLACE_PREPOSITIONS:
            contexts.append((starts[index - 1], end))
        things.append((start, end))
    things += [(starts[h.first], ends[h.last - 1]) for h in analysis.hits(THINGS)
               if not _vague_before(keys, h.first)]
    things += [(n.start, n.end) for n in analysis.numbers if n.quantity]
    if not contexts or not things:
        return []
    contexts.sort()
    things.sort()
    context_starts = [c[0] for c in contexts]
    thing_starts = [t[0] for t in things]
    sentences = analysis.sentences
    sentence_starts = [sentence.start for sentence in sentences]
    found: list[Episode] = []
    told: set[int] = set()
    for action in past:
        position = bisect_right(sentence_starts, action.start) - 1
        if position < 0 or position in told:
            continue
        sentence = sentences[position]
        first = sentences[position - 1].start if position else sentence.start
        at = bisect_left(context_starts, first)  # the first context in this or the previous sentence
        if at == len(contexts) or contexts[at][0] >= sentence.end:
            continue
        context = contexts[at]
        if context[0] <= action.start < context[1]:
            continue  # "When I interned at": the context, not an action in it
        at = bisect_left(thing_starts, action.end)
        while at < len(things) and things[at][0] < sentence.end and context[0] <= things[at][0] < context[1]:
            at += 1  # a thing named in the context is not what the action was about
        if at < len(things) and things[at][0] < sentence.end:
            told.add(position)
            found.append(Episode(analysis.span(*context), analysis.span(action.start, action.end),
                                 analysis.span(*things[at])))
    return found


def _vague_before(keys: list[str], index: int) -> bool:
    return any(keys[k] in _VAGUE for k in range(max(0, index - 3), index))


@criterion("concrete_example", "Concrete example", empty_tip=_STORY_TIP)
def evaluate(analysis: Analysis) -> CriterionResult:
    settings = analysis.settings.concrete_example
    markers = [analysis.words_span(h.first, h.last) for h in analysis.hits(MARKERS)]
    markers += [analysis.span(n.start, n.end) for n in analysis.numbers if n.kind == "date"]
    past = [a for a in actions(analysis) if a.past]
    named_count, named = _named_things(analysis)
    general_hits = analysis.hits(GENERALITIES)
    generalities = len(general_hits)
    first_general = analysis.words_span(general_hits[0].first, general_hits[0].last) if general_hits else None

    marker_credit = min(1.0, len(markers) / max(1.0, settings.markers_for_full))
    story_credit = min(1.0, len(past) / max(1.0, settings.actions_for_full))
    named_credit = min(1.0, named_count / max(1.0, settings.named_for_full))
    generic = min(1.0, generalities / 3)
    score = 0.3 * marker_credit + 0.4 * story_credit + 0.3 * named_credit
    score -= settings.generality_penalty * generic * (1.0 - story_credit)
    told = episodes(analysis)
    if told:  # one plainly specific episode is a concrete example, however short
        score = max(score, settings.episode_score)
    metrics = {
        "story_markers": len(markers),
        "past_actions": len(past),
        "named_things": named_count,
        "generalities": generalities,
        "episodes": len(told),
    }
    parts = []
    if told:
        parts.append(f"a specific episode ({quote(told[0].context)} … {quote(told[0].action)} … "
                     f"{quote(told[0].thing)})")
    if markers:
        parts.append("markers " + ", ".join(quote(s) for s in markers[:3]))
    parts.append(f"{len(past)} past-tense first-person actions")
    if named:
        parts.append("named: " + ", ".join(s.text for s in named[:5]))
    if first_general is not None:
        parts.append(f"{generalities} generalities (e.g. {quote(first_general)})")
    summary = "; ".join(parts) + "."
    passed = score >= analysis.settings.pass_score
    if passed:
        tip = "A specific example: keep naming the project, the tools, the people and the numbers."
    elif story_credit < 0.5 and first_general is not None:
        tip = question_tip(analysis, "concrete_example", (
            f"You described yourself in general ({quote(first_general)}). Show it with one real "
            "moment instead: where you were, what happened, what you did."),
            "generalities", general=quote(first_general))
    elif story_credit < 0.5 and markers:
        tip = question_tip(analysis, "concrete_example", (
            f"You started an example ({quote(markers[0])}): now walk through what you did in it, "
            "in the past tense — “I called…, I built…, I checked…”."), "started")
    elif story_credit < 0.5:
        tip = question_tip(analysis, "concrete_example", _STORY_TIP, "no-story")
    else:
        tip = question_tip(analysis, "concrete_example", (
            "Make the story concrete: name the project, the tool, the team size or when it was."),
            "no-names")
    # The evidence: every marker, and the first few actions, named things and generalities.
    spans = markers + [analysis.span(a.start, a.end) for a in past[:_SHOWN]] + named
    spans += [span for episode in told[:2] for span in episode]
    if not passed:
        spans += [analysis.words_span(h.first, h.last) for h in general_hits[:_SHOWN]]
    return verdict(analysis, "concrete_example", score, summary=summary, tip=tip, spans=spans,
                   metrics=metrics, passed=passed)
