"""Map what an interviewer or recruiter said to the criteria and topics to work on.

The feedback is cut into clauses (at sentence ends, ``;`` ``:`` and "but"/"however"...). In each
clause the phrases of :mod:`mockint.aftermath.phrases` are found fuzzily with rapidfuzz (a typo
or one extra word still matches: ``ratio`` over word windows of the phrase's length,
``token_set_ratio`` over windows one or two words longer), longest first, never overlapping.

Each hit gets a polarity: a problem phrase is a criticism, a positive one praise, an aspect
neutral. A negator just before a hit flips it ("not the problem", "didn't seem enthusiastic";
a neutral aspect negated is an absence: "didn't give any examples"); "didn't think"/"wouldn't
say" flips the rest of its clause. Cues ("lacked", "liked") judge the nearest aspect; advice
("next time", "we'd encourage you to") makes every aspect of its clause something to work on.
Only criticisms become drill targets; praise is reported, never drilled. Greetings, thanks and
boilerplate ("we had many strong candidates") name no aspect and map to nothing.

Deterministic: the same text always maps the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from mockint.aftermath import phrases as ph
from mockint.errors import MockintError
from mockint.safe_text import control_name, first_control, one_line
from mockint.scoring.text import normalize, stem

MAX_FEEDBACK_CHARS = 64 * 1024  # an interviewer's email is a few thousand characters
PHRASE_THRESHOLD = 88  # rapidfuzz ratio for a phrase said (nearly) as listed
GAP_THRESHOLD = 95  # token_set_ratio for a phrase with a word or two more in between
STEM_SCORE = 90.0
_NEGATION_REACH = 5
_TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_REPEATS_RE = re.compile(r"(.)\1{2,}")  # "ummmm" -> "umm"
_CLAUSE_BREAK = frozenset(".!?;:\n")
_SENTENCE_BREAK = frozenset(".!?\n")
_BULLETS = frozenset("-*•")
_WRAPPED_LINE = 50  # a line at least this long, broken without punctuation, wraps a paragraph

PROBLEM = "problem"
PRAISE = "praise"


class FeedbackError(MockintError):
    """Feedback that cannot be read: empty, too long, or holding a control character."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.reason = reason
        self.line = line


def check_feedback_text(text: str) -> str:
    """``text`` if it can be mapped; else :class:`FeedbackError` saying why in one line."""
    if len(text) > MAX_FEEDBACK_CHARS:
        raise FeedbackError(
            f"the feedback is longer than {MAX_FEEDBACK_CHARS:,} characters ({len(text):,}): "
            "paste only what the interviewer or recruiter wrote"
        )
    if not text.strip():
        raise FeedbackError("the feedback is empty: paste or type what the interviewer or recruiter said")
    where = first_control(text, allowed="\t\n\r")
    if where is not None:
        line = text.count("\n", 0, where) + 1
        start = text.rfind("\n", 0, where) + 1
        shown = one_line(text[max(start, where - 20):where + 20])
        raise FeedbackError(
            f"control character {control_name(text[where])} in the feedback: “{shown}”", line
        )
    return text


# -- results --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """Characters ``start .. end`` of the feedback, the words that matched."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One concept judged in one clause: a problem to work on, or praise."""

    concept: str
    verdict: str  # PROBLEM or PRAISE
    criteria: tuple[str, ...]
    topics: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    sentence: int  # 0-based index into FeedbackMapping.sentences


@dataclass(frozen=True)
class Target:
    """A criterion or topic to work on, with the words of the feedback that named it."""

    id: str
    evidence: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "evidence": list(self.evidence)}


@dataclass
class FeedbackMapping:
    text: str
    sentences: list[Evidence] = field(default_factory=list)  # the feedback's sentences, in order
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.verdict == PROBLEM]

    @property
    def praise(self) -> list[Finding]:
        return [f for f in self.findings if f.verdict == PRAISE]

    @property
    def criteria(self) -> list[Target]:
        """The criteria to work on, in the order the feedback names them."""
        return _targets((cid, f) for f in self.problems for cid in f.criteria)

    @property
    def topics(self) -> list[Target]:
        return _targets((tid, f) for f in self.problems for tid in f.topics)

    @property
    def matched(self) -> bool:
        return bool(self.problems)

    @property
    def mapped_sentences(self) -> list[int]:
        return sorted({f.sentence for f in self.problems})

    @property
    def unmapped_sentences(self) -> list[Evidence]:
        """Sentences that named nothing to work on (greetings, thanks, boilerplate, praise)."""
        mapped = set(self.mapped_sentences)
        return [s for i, s in enumerate(self.sentences) if i not in mapped]

    @property
    def timing(self) -> str:
        """"shorter", "longer" or "": how the drill should time answers."""
        wanted = {_CONCEPTS[f.concept].timing for f in self.problems} - {""}
        return next(iter(wanted)) if len(wanted) == 1 else ""

    def understood(self) -> str:
        """What the feedback was taken to mean: "examples → concrete_example, quantified_result"."""
        return understood(self.problems)

    def praised(self) -> str:
        return ", ".join(dict.fromkeys(f.concept for f in self.praise))


def understood(findings: Iterable[Finding]) -> str:
    parts: dict[str, list[str]] = {}
    for finding in findings:
        names = parts.setdefault(finding.concept, [])
        names.extend(c for c in finding.criteria if c not in names)
        names.extend(f"topic {t}" for t in finding.topics if f"topic {t}" not in names)
    return "; ".join(f"{concept} → {', '.join(names)}" for concept, names in parts.items())


def _targets(pairs: Iterable[tuple[str, Finding]]) -> list[Target]:
    evidence: dict[str, list[str]] = {}
    for target_id, finding in pairs:
        found = evidence.setdefault(target_id, [])
        found.extend(e.text for e in finding.evidence if e.text not in found)
    return [Target(tid, tuple(texts)) for tid, texts in evidence.items()]


# -- phrases --------------------------------------------------------------------------------------

_CONCEPTS = {c.name: c for c in ph.CONCEPTS}
_ASPECT_KINDS = ("aspect", "positive")


@dataclass(frozen=True)
class _Term:
    words: tuple[str, ...]
    kind: str  # problem | aspect | positive | deficiency | praise | advice
    concept: str = ""

    @property
    def joined(self) -> str:
        return " ".join(self.words)


def _key(word: str) -> str:
    return _REPEATS_RE.sub(r"\1\1", word.replace("'", ""))


def _phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(_key(w) for w in _TOKEN_RE.findall(normalize(phrase)))


@cache
def _terms() -> tuple[tuple[_Term, ...], dict[str, tuple[int, ...]]]:
    """Every phrase once (the first listing wins), and the terms by the prefix of their longest word."""
    terms: dict[tuple[str, ...], _Term] = {}

    def add(phrase: str, kind: str, concept: str = "") -> None:
        words = _phrase_words(phrase)
        if words and words not in terms:
            terms[words] = _Term(words, kind, concept)

    for concept in ph.CONCEPTS:
        for phrase in concept.problems:
            add(phrase, "problem", concept.name)
        for phrase in concept.positives:
            add(phrase, "positive", concept.name)
        for phrase in concept.aspects:
            add(phrase, "aspect", concept.name)
    for kind, listed in (("advice", ph.ADVICE), ("deficiency", ph.DEFICIENCY), ("praise", ph.PRAISE)):
        for phrase in listed:
            add(phrase, kind)
    ordered = tuple(terms.values())
    by_prefix: dict[str, list[int]] = {}
    for index, term in enumerate(ordered):  # by its longest word: "the", "you" would match anything
        by_prefix.setdefault(max(term.words, key=len)[:3], []).append(index)
    return ordered, {prefix: tuple(ids) for prefix, ids in by_prefix.items()}


# -- matching -------------------------------------------------------------------------------------


@dataclass
class _Hit:
    first: int  # word indexes first .. last - 1
    last: int
    term: _Term
    score: float
    negated: bool = False
    polarity: int = 0
    cues: list[_Hit] = field(default_factory=list)


class _Words:
    """The feedback's words: keys (lower case, no apostrophes) and character offsets."""

    def __init__(self, text: str) -> None:
        norm = normalize(text)
        norm = _without_quoted_lines(norm)
        matches = list(_TOKEN_RE.finditer(norm))
        self.norm = norm
        self.keys = [_key(m.group()) for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def gap_before(self, index: int) -> str:
        return self.norm[self.ends[index - 1] if index else 0:self.starts[index]]


def _without_quoted_lines(norm: str) -> str:
    """Lines quoted from an earlier email blanked out (same length: offsets still line up)."""
    if ph.QUOTE_MARK not in norm:
        return norm
    lines = norm.split("\n")
    return "\n".join(" " * len(line) if line.lstrip().startswith(ph.QUOTE_MARK) else line for line in lines)


def _find_hits(words: _Words, first: int, last: int) -> list[_Hit]:
    """Every phrase in words ``first .. last - 1`` (a clause), longest first, none overlapping."""
    from rapidfuzz import fuzz

    terms, by_prefix = _terms()
    keys = words.keys[first:last]
    candidates = sorted({i for key in keys for i in by_prefix.get(key[:3], ())})
    found: list[_Hit] = []
    windows: dict[int, list[str]] = {}

    def windows_of(size: int) -> list[str]:
        if size not in windows:
            windows[size] = [" ".join(keys[i:i + size]) for i in range(len(keys) - size + 1)]
        return windows[size]

    for index in candidates:
        term = terms[index]
        size = len(term.words)
        if size == 1:
            found.extend(_word_hits(term, keys, first))
            continue
        if size > len(keys):
            continue
        phrase = term.joined
        # Short words and negators must be said exactly: "not" is no "now", "was" no "wasn't".
        exact = [w for w in term.words if len(w) <= 3 or w in ph.NEGATORS]
        ratio = fuzz.ratio
        for start, joined in enumerate(windows_of(size)):
            score = ratio(phrase, joined, score_cutoff=PHRASE_THRESHOLD)
            if not score:
                continue
            window = keys[start:start + size]
            if all(w in window for w in exact) and all(w in term.words for w in window if w in ph.NEGATORS):
                found.append(_Hit(first + start, first + start + size, term, score))
        for extra in (1, 2) if size >= 3 else (1,):
            if size + extra > len(keys):
                break
            for start, joined in enumerate(windows_of(size + extra)):
                window = keys[start:start + size + extra]
                if window[0] != term.words[0] or window[-1] != term.words[-1]:
                    continue  # the window must begin and end with the phrase
                if fuzz.token_set_ratio(phrase, joined, score_cutoff=GAP_THRESHOLD):
                    found.append(_Hit(first + start, first + start + size + extra, term, STEM_SCORE))
    found.sort(key=lambda h: (-len(h.term.words), -h.score, h.first, h.term.kind))
    taken: list[_Hit] = []
    used: set[int] = set()
    for hit in found:
        span = set(range(hit.first, hit.last))
        if span & used:
            continue
        used |= span
        taken.append(hit)
    taken.sort(key=lambda h: h.first)
    return taken


def _word_hits(term: _Term, keys: list[str], offset: int) -> Iterable[_Hit]:
    from rapidfuzz import fuzz

    word = term.words[0]
    root = stem(word) if len(word) >= 5 else None
    for position, key in enumerate(keys):
        if key == word:
            score = 100.0
        elif root is None or len(key) < 5:
            continue
        elif stem(key) == root:
            score = STEM_SCORE
        else:
            score = fuzz.ratio(word, key)
            if score < PHRASE_THRESHOLD:
                continue
        yield _Hit(offset + position, offset + position + 1, term, score)


# -- judging --------------------------------------------------------------------------------------


def _judge(words: _Words, first: int, last: int, hits: list[_Hit]) -> None:
    """Set every hit's polarity (-1 criticism, +1 praise, 0 neutral) within one clause."""
    covered = {i: h for h in hits for i in range(h.first, h.last)}
    keys = words.keys
    opinion_from = next(
        (i for i in range(first, last - 1)
         if i not in covered and keys[i] in ph.NEGATORS and keys[i + 1] in ph.OPINION_VERBS),
        None,
    )
    base = {"problem": -1, "positive": 1, "aspect": 0, "deficiency": -1, "praise": 1, "advice": 0}
    for hit in hits:
        hit.negated = _negated(keys, first, hit.first, covered)
        own = base[hit.term.kind]
        if hit.negated:
            own = -1 if own == 0 else -own
        hit.polarity = own
    aspects = [h for h in hits if h.term.kind in _ASPECT_KINDS]
    for cue in (h for h in hits if h.term.kind in ("deficiency", "praise")):
        if aspects:
            nearest = min(aspects, key=lambda a: (_distance(cue, a), a.first < cue.first))
            nearest.cues.append(cue)
    advice = any(h.term.kind == "advice" for h in hits)
    for hit in aspects:
        cues = [c.polarity for c in hit.cues]
        if -1 in cues:
            hit.polarity = -1
        elif hit.polarity == -1:
            pass
        elif hit.polarity == 1 or 1 in cues:
            hit.polarity = 1
        if advice and hit.polarity >= 0 and 1 not in cues:
            hit.polarity = -1
    _chain(keys, hits)
    if opinion_from is not None:
        for hit in hits:
            if hit.first > opinion_from:
                hit.polarity = -hit.polarity


def _chain(keys: list[str], hits: list[_Hit]) -> None:
    """A neutral aspect joined to a criticised one by "of", "in", "about"... is criticised too:
    "not enough evidence of leading a team", "a lack of depth in your technical answers"."""
    for before, hit in zip(hits, hits[1:]):
        if hit.term.kind != "aspect" or hit.polarity != 0 or hit.cues or before.polarity != -1:
            continue
        between = keys[before.last:hit.first]
        if len(between) <= 3 and any(w in ph.CONNECTORS for w in between) and all(
            w in ph.CONNECTORS or w in ph.NEGATION_GAP for w in between
        ):
            hit.polarity = -1


def _negated(keys: list[str], clause_first: int, index: int, covered: dict[int, _Hit]) -> bool:
    """A negator shortly before word ``index`` with only gap words between ("not the problem");
    "no umms or ahs": a negator reaches every phrase of an "or" list."""
    j = index - 1
    while j >= max(clause_first, index - _NEGATION_REACH):
        if j in covered:
            other = covered[j]
            if other.last < len(keys) and keys[other.last] in ("or", "nor") and other.last < index:
                return _negated(keys, clause_first, other.first, covered)
            return False
        if keys[j] in ph.NEGATORS:
            return j + 1 >= len(keys) or keys[j + 1] not in ph.OPINION_VERBS
        if keys[j] not in ph.NEGATION_GAP:
            return False
        j -= 1
    return False


def _distance(cue: _Hit, aspect: _Hit) -> int:
    return aspect.first - cue.last if aspect.first >= cue.last else cue.first - aspect.last


def _clauses(words: _Words) -> list[tuple[int, int, int]]:
    """(first word, last word + 1, sentence number) of every clause."""
    clauses: list[tuple[int, int, int]] = []
    sentence = 0
    start = 0
    for index in range(1, len(words.keys) + 1):
        at_end = index == len(words.keys)
        gap = "" if at_end else words.gap_before(index)
        new_sentence = not at_end and (not _SENTENCE_BREAK.isdisjoint(gap.replace("\n", "")) or (
            "\n" in gap and _line_break(words, index, gap)
        ))
        new_clause = at_end or new_sentence or not _CLAUSE_BREAK.isdisjoint(gap.replace("\n", "")) or (
            words.keys[index] in ph.CONTRAST
        )
        if new_clause:
            clauses.append((start, index, sentence))
            start = index
        if new_sentence:
            sentence += 1
    return clauses


def _line_break(words: _Words, index: int, gap: str) -> bool:
    """A line break ends a sentence unless it only wraps a paragraph (a long line before it)."""
    if gap.count("\n") >= 2 or not _BULLETS.isdisjoint(gap):
        return True
    line_start = words.norm.rfind("\n", 0, words.ends[index - 1]) + 1
    return words.ends[index - 1] - line_start < _WRAPPED_LINE


def map_feedback(text: str) -> FeedbackMapping:
    """What the feedback asks to work on (criteria, topics), what it praised, and the words."""
    check_feedback_text(text)
    words = _Words(text)
    mapping = FeedbackMapping(text)
    if not words.keys:
        return mapping
    clauses = _clauses(words)
    bounds: dict[int, list[int]] = {}
    for first, last, sentence in clauses:
        bounds.setdefault(sentence, [first, last])[1] = last
    for _, (first, last) in sorted(bounds.items()):
        start, end = words.starts[first], words.ends[last - 1]
        mapping.sentences.append(Evidence(start, end, text[start:end]))
    for first, last, sentence in clauses:
        if words.keys[first] in ph.CONTRAST:
            first += 1
        if first >= last:
            continue
        hits = _find_hits(words, first, last)
        _judge(words, first, last, hits)
        mapping.findings.extend(_findings(text, words, hits, sentence))
    return mapping


def _findings(text: str, words: _Words, hits: list[_Hit], sentence: int) -> list[Finding]:
    by_concept: dict[str, list[_Hit]] = {}
    for hit in hits:
        if hit.term.concept:
            by_concept.setdefault(hit.term.concept, []).append(hit)
    found = []
    for name, concept_hits in by_concept.items():
        polarities = {h.polarity for h in concept_hits}
        verdict = PROBLEM if -1 in polarities else PRAISE if 1 in polarities else None
        if verdict is None:
            continue
        wanted = -1 if verdict == PROBLEM else 1
        spans = []
        for hit in concept_hits:
            if hit.polarity not in (wanted, 0):
                continue
            spans.append(_span(words, hit))
            spans.extend(_span(words, c) for c in hit.cues)
        concept = _CONCEPTS[name]
        found.append(Finding(name, verdict, concept.criteria, concept.topics,
                             _merged(text, words, spans), sentence))
    found.sort(key=lambda f: f.evidence[0].start if f.evidence else 0)
    return found


def _span(words: _Words, hit: _Hit) -> tuple[int, int]:
    first = hit.first
    if hit.negated:  # "didn't give any examples": the negator is part of the evidence
        reach = range(first - 1, max(first - _NEGATION_REACH, 0) - 1, -1)
        first = next((j for j in reach if words.keys[j] in ph.NEGATORS), first)
    return first, hit.last


def _merged(text: str, words: _Words, spans: list[tuple[int, int]]) -> tuple[Evidence, ...]:
    """Word spans joined when at most one word apart, as character evidence."""
    merged: list[list[int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    evidence = []
    for first, last in merged:
        start, end = words.starts[first], words.ends[last - 1]
        evidence.append(Evidence(start, end, text[start:end]))
    return tuple(evidence)
