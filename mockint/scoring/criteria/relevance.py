"""relevance: does the answer cover the question's key points (or, without them, its topic)?

Each key point's content words are looked for in the answer by stem, by a table of synonyms
("outcome" ~ "result", "disagreement" ~ "conflict", "feedback" ~ "what I could improve",
"disagreement" ~ "we didn't see eye to eye"), and fuzzily (rapidfuzz) so that transcription
errors still match; a point is covered when enough of its words are. Failing that, the point is
looked for whole: the same words in another order in one sentence (``token_set_ratio`` over stems)
or nearly word for word inside a sentence (``partial_ratio``). A bank may list other ways to say a
key point (``synonyms``): each counts like the key point itself. "what you did" and "the outcome"
are satisfied by the story itself (a first-person action; a result cue or a number tied to an
outcome). Without key points, the share of the question's content words the answer takes up is
used instead.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, verdict
from mockint.scoring.criteria.quantified import tied_numbers
from mockint.scoring.criteria.star import first_result_cue
from mockint.scoring.fuzzy import WordIndex, word_index
from mockint.scoring.model import CriterionResult, Span
from mockint.scoring.narrative import actions
from mockint.scoring.text import WORD_RE, normalize, stem
from mockint.scoring.tips import question_tip

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with about as into from up down out over under
    again further then once here there when where why how all any both each few more most other
    some such no nor not only own same so than too very can will just should now i me my myself we
    our ours you your yours yourself he him his she her it its they them their what which who whom
    this that these those am is are was were be been being have has had having do does did doing
    would could might must shall may also one ones something anything get got give tell describe
    explain walk share talk example time times situation question answer interview please us let
    know like think thing things way kind sort really well make made via per etc whether yes
    im ive id ill youre youve youd weve able willing please""".split()
)
# Words that one of the answer's detections satisfies rather than a word match.
_ACTION_WORDS = frozenset("did do done action actions steps step approach handled handle respond responded".split())
_RESULT_WORDS = frozenset("outcome outcomes result results impact happened ended effect".split())

_SYNONYM_GROUPS = (
    "result outcome impact effect end achieve",
    "learn lesson taught realiz takeaway reflect",
    "disagre conflict argu clash tension pushback differ disput",
    "teammat colleagu cowork peer team",
    "manag boss supervisor lead",
    "customer client user",
    "mistak error fail wrong bug miss underestimat setback",
    "improv better increas boost",
    "challeng difficult hard problem obstacl issu wrong slow broken bottleneck complain fail mess risk",
    "deadlin due schedul",
    "strength strong good best",
    "weak struggl improv",
    "goal aim plan objectiv target",
    "motiv driv excit passion",
    "compan organiz firm employ",
    "feedback criticism review",
    "prioritiz priorit order urgent",
    "stress pressur",
    "thank grate appreciat",
    "disappoint shame gutted sad bummed pity upset",
    "understand respect accept",
    "role position opening vacanc job opportunit post",
    "future later upcoming",
    "mind consider remember",
    "let tell inform",
    "feedback advice pointer critique suggestion",
    "skill abilit strength talent expertis",
    "involv includ entail",
)
# Ways of saying a word that take several words: (stem, the phrases), found in order with at most
# one word between two of theirs ("could I improve").
_MODALS = ("could", "can", "should", "might")
_PHRASES_BY_WORD: dict[str, tuple[str, ...]] = {
    "feedback": tuple(f"{modal} {doing}" for modal in _MODALS for doing in (
        "improve", "work on", "do better", "have done better", "do differently", "have done differently")),
    "understand": ("get it", "makes sense", "fair enough"),
    "disagreement": ("eye to eye", "butted heads", "pushed back"),
    "mind": ("think of me",),
    "learn": ("take away",),
}
_PHRASE_SYNONYMS = {stem(word): phrases for word, phrases in _PHRASES_BY_WORD.items()}


def _synonym_table() -> dict[str, tuple[str, ...]]:
    """stem -> every other word it shares a group with (a word may be in several groups)."""
    table: dict[str, set[str]] = {}
    for group in _SYNONYM_GROUPS:
        words = set(group.split())
        for word in words:
            table.setdefault(stem(word), set()).update(words - {word})
    return {key: tuple(sorted(values)) for key, values in table.items()}


_SYNONYMS = _synonym_table()


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """The words of a question or key point that carry its meaning, without apostrophes."""
    words = [w.replace("'", "") for w in WORD_RE.findall(normalize(text))]
    kept = tuple(dict.fromkeys(w for w in words if w not in STOPWORDS and len(w) > 1))
    if kept:
        return kept
    return tuple(dict.fromkeys(w for w in words if w in _ACTION_WORDS or w in _RESULT_WORDS))


def _concept_span(analysis: Analysis, word: str) -> Span | None:
    if word in _ACTION_WORDS:
        done = next((a for a in actions(analysis) if a.action), None)
        return analysis.span(done.start, done.end) if done else None
    if word in _RESULT_WORDS:
        cue = first_result_cue(analysis)
        if cue is not None:
            return cue
        tied = tied_numbers(analysis)
        return analysis.span(tied[0].start, tied[0].end) if tied else None
    return None


def _find_word(analysis: Analysis, index: WordIndex, word: str, threshold: float) -> Span | None:
    if word in _ACTION_WORDS or word in _RESULT_WORDS:
        return _concept_span(analysis, word)
    found = index.find_word(word, threshold)
    root = stem(word)
    for synonym in _SYNONYMS.get(root, ()):
        if found is not None:
            break
        found = index.find_word(synonym, threshold, fuzzy=False)
    if found is not None:
        return analysis.span(index.starts[found], index.ends[found])
    for phrase in _PHRASE_SYNONYMS.get(root, ()):
        place = index.find_sequence(tuple(phrase.split()))
        if place is not None:
            return analysis.words_span(*place)
    return None


def _applies(analysis: Analysis) -> bool:
    answer = analysis.answer
    if answer.key_points:
        return True
    return bool(answer.question_text and content_words(answer.question_text))


@criterion("relevance", "Answers the question", applies=_applies)
def evaluate(analysis: Analysis) -> CriterionResult:
    settings = analysis.settings.relevance
    index = word_index(analysis)
    points = [p for p in analysis.answer.key_points if content_words(p)]
    if points:
        return _by_key_points(analysis, index, points)
    unique = content_words(analysis.answer.question_text or "")
    spans = [s for s in (_find_word(analysis, index, w, settings.word_threshold) for w in unique) if s]
    share = len(spans) / len(unique) if unique else 0.0
    full, floor = settings.question_overlap_for_full, settings.question_overlap_floor
    score = floor + (1 - floor) * (min(1.0, share / full) if full else 1.0)
    summary = f"Takes up {len(spans)} of the question's {len(unique)} key words."
    if score >= analysis.settings.pass_score:
        tip = "On topic: keep answering the question in your first sentence."
    else:
        missing = ", ".join(
            [w for w in unique if _find_word(analysis, index, w, settings.word_threshold) is None][:4])
        tip = question_tip(analysis, "relevance", (
            f"Your answer barely touches the question ({missing}): answer it directly in your first "
            "sentence, then give your example."), "off-topic", missing=missing)
    return verdict(analysis, "relevance", score, summary=summary, tip=tip, spans=spans,
                   metrics={"question_words_covered": round(share, 2)})


def _point_match(analysis: Analysis, index: WordIndex, phrase: str, settings: Any) -> tuple[float, list[Span]]:
    """How much of one way of saying a key point the answer covers (0..1), and the evidence
    (``settings``: the ``[relevance]`` section)."""
    words = content_words(phrase)
    if not words:
        return 0.0, []
    found = [s for s in (_find_word(analysis, index, w, settings.word_threshold) for w in words) if s]
    coverage = len(found) / len(words)
    if coverage >= settings.point_coverage:
        return coverage, found
    if len(words) < 2:
        return coverage, found
    # The same words in another order in one sentence, or (three words or more) said nearly word
    # for word inside one: "time zones" in "timezones", "follow up" in "the follow-up".
    place = index.best_sentence(" ".join(stem(w) for w in words), settings.phrase_threshold)
    if place is None and len(WORD_RE.findall(phrase)) >= 3:
        place = index.best_sentence(phrase, settings.phrase_threshold, partial=True)
    if place is not None:
        return 1.0, [analysis.span(*place)]
    return coverage, found


def _listed(points: list[str], shown: int = 4) -> str:
    """“a”, “b”, “c”, “d” and 2 more: every point counted, the first ``shown`` quoted."""
    quoted = ", ".join(f"“{p}”" for p in points[:shown])
    return quoted + (f" and {len(points) - shown} more" if len(points) > shown else "")


def _by_key_points(analysis: Analysis, index: WordIndex, points: list[str]) -> CriterionResult:
    settings = analysis.settings.relevance
    synonyms = dict(analysis.answer.key_point_synonyms)
    spans: list[Span] = []
    missing: list[str] = []
    credits = []
    for point in points:
        coverage, found = max(
            (_point_match(analysis, index, way, settings) for way in (point, *synonyms.get(point, ()))),
            key=lambda match: match[0],
        )
        if coverage >= settings.point_coverage:
            credits.append(1.0)
            spans.extend(found)
        else:
            credits.append(0.5 * coverage / settings.point_coverage if settings.point_coverage else 0.0)
            missing.append(point)
    score = sum(credits) / len(credits)
    covered = len(points) - len(missing)
    summary = f"Covers {covered} of {len(points)} key points"
    summary += f"; missing: {_listed(missing)}." if missing else "."
    if not missing:
        tip = "Covers every key point the question asks for."
    elif analysis.word_count == 0:
        tip = f"Answer the question: cover {_listed(points)}."
    else:
        tip = f"You didn't cover {_listed(missing, 3)}: the question asks for it — add a sentence on it."
    return verdict(analysis, "relevance", score, summary=summary, tip=tip, spans=spans,
                   metrics={"key_points": len(points), "key_points_covered": covered})
