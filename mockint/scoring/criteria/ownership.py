"""ownership: "I" for one's own actions, not only "we"."""

from __future__ import annotations

from mockint.scoring.analysis import Analysis
from mockint.scoring.criteria.base import criterion, plural, verdict
from mockint.scoring.model import CriterionResult
from mockint.scoring.narrative import actions
from mockint.scoring.tips import question_tip

_TIP_DO = "Say what you personally did: “I set up…”, “I decided…”, “I wrote…”."


@criterion("ownership", "Owns the actions (“I”)", empty_tip=_TIP_DO)
def evaluate(analysis: Analysis) -> CriterionResult:
    settings = analysis.settings.ownership
    done = [a for a in actions(analysis) if a.action]
    mine = [a for a in done if a.who == "i"]
    ours = [a for a in done if a.who == "we"]
    metrics = {"i_actions": len(mine), "we_actions": len(ours)}
    if not done:
        return verdict(
            analysis, "ownership", settings.score_no_actions, metrics=metrics,
            summary="No actions described (“I built…”, “we launched…”).",
            tip=question_tip(analysis, "ownership", _TIP_DO, "no-actions"),
        )
    share = len(mine) / len(done)
    volume = min(1.0, len(mine) / max(1.0, settings.i_actions_for_full))
    share_credit = min(1.0, share / settings.i_share_for_full) if settings.i_share_for_full else 1.0
    score = 0.5 * volume + 0.5 * share_credit
    passed = score >= analysis.settings.pass_score
    summary = f"{plural(len(mine), 'action')} with “I”, {len(ours)} with “we”."
    if passed:
        tip = "Clear ownership: keep naming your own part, and credit the team for theirs."
    elif not mine:
        example = ours[0]
        tip = question_tip(analysis, "ownership", (
            f"Every action is “we” (e.g. {analysis.text[example.start:example.end]!r}): say which "
            "part was yours — “I wrote the script”, “I led the meeting”."), "all-we")
    else:
        tip = question_tip(analysis, "ownership", (
            f"Only {plural(len(mine), 'action')} with “I” against {len(ours)} with “we”: "
            "make your own decisions and steps explicit."), "few-i")
    spans = [analysis.span(a.start, a.end) for a in (done if not passed else mine)]
    return verdict(analysis, "ownership", score, summary=summary, tip=tip, spans=spans,
                   metrics=metrics, passed=passed)
