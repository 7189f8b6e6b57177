"""length (words, and seconds when timed, against the question's target) and pace (words per minute).

Untimed answers are turned into seconds with a speaking-rate estimate, so a typed answer is judged
against the same target as a spoken one. Pace only applies when a duration or word timestamps are
known.
"""

from __future__ import annotations

from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import clock, criterion, rising, verdict
from mockint.scoring.model import CriterionResult
from mockint.scoring.personal import BOTH, FIXED, PERSONAL, VoiceBaselines, against_usual, blended
from mockint.scoring.tips import question_tip


def _length_score(ratio: float, s) -> float:  # noqa: ANN001 - a settings section
    if ratio < s.too_short:
        return 0.6 * ratio / s.too_short
    if ratio < s.good_low:
        return 0.6 + 0.4 * rising(ratio, s.too_short, s.good_low)
    if ratio <= 1.0:
        return 1.0
    if ratio <= s.rambling:
        return 1.0 - 0.4 * rising(ratio, 1.0, s.rambling)
    return 0.6 * (1.0 - rising(ratio, s.rambling, s.far_too_long))


@criterion("length", "Length")
def evaluate_length(analysis: Analysis) -> CriterionResult:
    s = analysis.settings.length
    target = analysis.answer.target_seconds or s.default_target_seconds
    target = target if target > 0 else s.default_target_seconds
    timing = analysis.timing
    words = analysis.word_count
    if timing.timed and timing.speaking_s:
        seconds = timing.speaking_s
        measured = f"{seconds:.0f} s spoken, {words} words"
    else:
        seconds = words / s.words_per_second
        measured = f"{words} words (about {seconds:.0f} s spoken)"
    ratio = seconds / target
    score = _length_score(ratio, s)
    too_few_words = words < s.min_words
    if too_few_words:
        score = min(score, 0.5 * words / max(1.0, s.min_words))
    passed = not too_few_words and s.too_short <= ratio <= s.rambling
    percent = round(min(100 * ratio, 1e9))  # an absurd duration (1e308 s) must not overflow
    summary = f"{measured} against a {target:.0f} s target ({percent}%)."
    low_words = round(s.good_low * target * s.words_per_second)
    high_words = round(target * s.words_per_second)
    low_s, high_s = f"{s.good_low * target:.0f}", f"{target:.0f}"
    if too_few_words or ratio < s.too_short:
        tip = question_tip(analysis, "length", (
            f"Too short ({percent}% of the target): add the situation, what you did step by step "
            f"and the result — aim for {low_s}–{high_s} s (about {low_words}–{high_words} words)."),
            "short", percent=percent, low_s=low_s, high_s=high_s, low_words=low_words,
            high_words=high_words)
    elif ratio > s.rambling:
        over = f"{seconds - target:.0f}"
        tip = question_tip(analysis, "length", (
            f"About {over} s over the target: cut the background to one sentence, keep the "
            "action and the result, and stop once you have given the result."), "long", over=over)
    elif ratio > 1.0:
        tip = question_tip(analysis, "length",
                           "A little over the target: trim the set-up so the result arrives sooner.",
                           "a-bit-long")
    elif ratio < s.good_low:
        tip = question_tip(analysis, "length",
                           "On the short side: one more detail about what you did, or the result in numbers.",
                           "a-bit-short")
    else:
        tip = "Good length for the question."
    metrics = {"words": words, "seconds": round(seconds, 1), "target_seconds": target,
               "length_ratio": round(ratio, 2)}
    return verdict(analysis, "length", score, summary=summary, tip=tip, metrics=metrics, passed=passed)


def _pace_score(wpm: float, s) -> float:  # noqa: ANN001 - a settings section
    if s.band_low <= wpm <= s.band_high:
        return 1.0
    if wpm < s.band_low:
        if wpm >= s.fail_below:
            return 0.6 + 0.4 * rising(wpm, s.fail_below, s.band_low)
        return 0.6 * rising(wpm, s.zero_below, s.fail_below)
    if wpm <= s.fail_above:
        return 1.0 - 0.4 * rising(wpm, s.band_high, s.fail_above)
    return 0.6 * (1.0 - rising(wpm, s.fail_above, s.zero_above))


@criterion("pace", "Speaking pace", applies=lambda analysis: analysis.timing.timed)
def evaluate_pace(analysis: Analysis) -> CriterionResult:
    s = analysis.settings.pace
    timing = analysis.timing
    wpm = timing.wpm or 0.0
    score = _pace_score(wpm, s)
    passed = s.fail_below <= wpm <= s.fail_above
    band = f"{s.band_low:.0f}–{s.band_high:.0f}"
    summary = f"{wpm:.0f} words per minute (target {band})"
    metrics: dict[str, object] = {"wpm": wpm}
    if timing.pauses_over is not None:
        metrics["pauses_over_2_5s"] = timing.pauses_over
        metrics["longest_pause_s"] = timing.longest_pause_s
        summary += f"; {timing.pauses_over} pauses over {s.long_pause_seconds:g} s"
        if timing.longest_pause_s and timing.longest_pause_s > s.long_pause_seconds:
            summary += f", longest {timing.longest_pause_s:.1f} s at {clock(timing.longest_pause_at or 0)}"
    if timing.latency_s is not None:
        metrics["latency_s"] = timing.latency_s
        summary += f"; started {timing.latency_s:.1f} s after the question"
    summary += "."
    if wpm < s.fail_below:
        tip = question_tip(analysis, "pace", (
            f"Slow ({wpm:.0f} words per minute): prepare the story's steps so you don't search for "
            f"words, and aim for {band}."), "slow", wpm=f"{wpm:.0f}", band=band)
    elif wpm > s.fail_above:
        tip = (f"Fast ({wpm:.0f} words per minute): slow down and pause for a beat after each key "
               f"point; aim for {band}.")
    elif wpm < s.band_low:
        tip = f"A little slow: aim for {band} words per minute."
    elif wpm > s.band_high:
        tip = f"A little fast: aim for {band} words per minute, with a pause after the result."
    else:
        tip = "Good pace: clear and unhurried."
    baselines = analysis.answer.baselines
    if baselines is not None:
        score, passed, summary, tip = _against_usual_pace(wpm, baselines, score, passed, summary, tip, metrics)
    return verdict(analysis, "pace", score, summary=summary, tip=tip, metrics=metrics, passed=passed)


def _against_usual_pace(
    wpm: float, baselines: VoiceBaselines, score: float, passed: bool, summary: str, tip: str,
    metrics: dict[str, object],
) -> tuple[float, bool, str, str]:
    """The pace judged against the user's usual as well (see :mod:`mockint.scoring.personal`)."""
    usual = baselines.usual("wpm")
    note = baselines.note()
    metrics["baseline"] = baselines.mode if usual is not None else FIXED
    if usual is None:
        return score, passed, f"{summary[:-1]}; {note}.", tip
    mine = against_usual(wpm, usual, two_sided=True)
    metrics["usual_wpm"] = round(usual, 1)
    summary = f"{summary[:-1]}; {mine.words}; {note}."
    score = blended(score, mine.score, baselines.mode)
    if baselines.mode == PERSONAL:
        passed = mine.passed
    elif baselines.mode == BOTH:
        passed = score >= 0.6
    if not mine.passed:
        tip = (f"{wpm:.0f} words per minute is {mine.words}: find your usual rhythm again, with a "
               "pause after each key point.")
    return score, passed, summary, tip
