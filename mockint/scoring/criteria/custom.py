"""Criteria a bank defines: phrases matched fuzzily over word windows, and/or a regular expression
(RE2, :mod:`mockint.banks.patterns`: linear in the answer's length, whatever the pattern)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from mockint.banks.model import CustomCriterion
from mockint.banks.patterns import PatternError, compile_pattern
from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import clamp, plural, quote
from mockint.scoring.criteria.tone import arguing_spans
from mockint.scoring.fuzzy import word_index
from mockint.scoring.model import CriterionResult, Span

_MAX_PATTERN_MATCHES = 1000
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _compiled(pattern: str) -> Any:
    try:
        return compile_pattern(pattern)
    except PatternError:
        return None


def _matchable(text: str) -> str:
    """RE2 reads UTF-8: a lone surrogate (from JSON ``"\\ud800"``) becomes U+FFFD, same offsets."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE_RE.sub("\ufffd", text)
    return text


def _pattern_spans(analysis: Analysis, pattern: Any) -> list[Span]:
    spans = []
    for match in pattern.finditer(_matchable(analysis.text)):
        if match.end() > match.start():
            spans.append(analysis.span(match.start(), match.end()))
            if len(spans) >= _MAX_PATTERN_MATCHES:
                break
    return spans


_NEGATORS = frozenset("not no never dont didnt doesnt cant cannot wont wouldnt couldnt isnt wasnt".split())


def _meant(analysis: Analysis, phrase: str, start: int, end: int) -> bool:
    """A phrase match counts unless it is negated ("I don't understand" for "I understand": a
    negator in or just before the match that the phrase itself lacks) or said while arguing
    (an arguing or name-calling finding of professional_tone in the same sentence)."""
    said = set(phrase.lower().replace("'", "").split())
    first = bisect_left(analysis.starts, start)
    last = bisect_left(analysis.starts, end)
    window = analysis.keys[max(0, first - 2):last]
    if any(word in _NEGATORS and word not in said for word in window):
        return False
    sentence = next((s for s in analysis.sentences if s.start <= start < max(s.end, start + 1)), None)
    if sentence is None:
        return True
    return not any(sentence.start <= span.start < sentence.end + 1 for span in arguing_spans(analysis))


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def evaluate_custom(analysis: Analysis, custom: CustomCriterion) -> CriterionResult:
    spans: list[Span] = []
    notes = []
    if custom.phrases and analysis.word_count:
        index = word_index(analysis)
        threshold = analysis.settings.custom.phrase_threshold
        for phrase in custom.phrases:
            spans.extend(analysis.span(m.start, m.end) for m in index.find_phrase(phrase, threshold)
                         if _meant(analysis, phrase, m.start, m.end))
    if custom.pattern:
        compiled = _compiled(custom.pattern)
        if compiled is None:
            notes.append("its pattern is not a valid regular expression")
        else:
            spans.extend(_pattern_spans(analysis, compiled))
    spans = _without_overlaps(spans)
    needed = max(1, int(custom.min_matches or 1))
    score = clamp(len(spans) / needed)
    passed = len(spans) >= needed
    if spans:
        shown = ", ".join(quote(s) for s in spans[:3])
        summary = f"Found {plural(len(spans), 'match', 'matches')} ({shown}); {needed} needed."
    else:
        summary = f"Not found ({needed} needed)."
    if notes:
        summary += f" Note: {'; '.join(notes)}."
    tip = custom.tip or (
        "Say it in your own words: " + ", ".join(f"“{p}”" for p in custom.phrases[:3]) + "."
        if custom.phrases else f"Cover: {custom.label or custom.id}."
    )
    if passed and not custom.tip:
        tip = "Covered."
    return CriterionResult(
        id=custom.id,
        label=custom.label or custom.id,
        score=round(score, 4),
        passed=passed,
        tip=tip,
        weight=max(0.0, float(custom.weight)),
        spans=spans,
        metrics={"matches": len(spans), "min_matches": needed},
        summary=summary,
    )
