"""star_structure: situation, task, action, result, in order, action the largest part."""

from __future__ import annotations

from scoring_helpers import result
from scoring_samples import NERVOUS_TRANSCRIPT, PREPARED_TRANSCRIPT, PREPARED_TYPED

from mockint.scoring import AnswerInput, score_answer


def test_a_full_star_story_passes_typed_and_spoken() -> None:
    for text in (PREPARED_TYPED, PREPARED_TRANSCRIPT):
        found = result(text, "star_structure")
        assert found.passed
        assert all(found.metrics[f"star_{part}"] for part in ("situation", "task", "action", "result"))


def test_a_story_without_an_ending_fails_and_asks_for_the_result() -> None:
    text = ("Last year at my internship our weekly report kept breaking. My job was to fix it. "
            "So I talked to the analysts, then I rewrote the queries and I added tests.")
    found = result(text, "star_structure")
    assert not found.passed
    assert not found.metrics["star_result"]
    assert "how it ended" in found.tip


def test_no_actions_fails_and_asks_for_steps() -> None:
    found = result(NERVOUS_TRANSCRIPT, "star_structure")
    assert not found.passed
    assert "step by step" in found.tip


def test_result_first_is_out_of_order() -> None:
    text = ("In the end we saved the account. The situation was that a client was angry about a "
            "late delivery. I called them and I offered a free upgrade.")
    found = result(text, "star_structure")
    assert found.metrics["star_order"] < 1.0


def test_a_winding_setup_with_a_short_action_gets_the_weakest_parts_tip() -> None:
    text = ("Last year at my old job there was a big problem with our shipping process, and the "
            "situation was that orders were going out late every week, and customers were calling "
            "and complaining, and the warehouse was understaffed, and the managers were arguing "
            "about who should fix it. I fixed it. In the end orders went out on time.")
    found = result(text, "star_structure")
    assert found.metrics["action_share"] < 0.3
    # The weakest part is the "and ... and ..." chain of the set-up: the tip names it.
    assert found.metrics["structure_thread"] < found.metrics["structure_concise"]
    assert "chains" in found.tip


def test_joining_the_company_sets_the_scene_rather_than_acting() -> None:
    text = ("So I joined the company in 2019 and the expenses process was slow and on paper and it "
            "went through three people and everyone was confused, and I suggested a shared form.")
    found = result(text, "star_structure")
    assert found.metrics["star_situation"] and found.metrics["action_share"] < 0.3


def test_by_the_end_and_recognition_announce_a_result() -> None:
    for ending in ("and by the end he calmed down", "and the customer thanked me"):
        text = ("a customer was upset about a wrong bill so i looked up his account and i put "
                "through the refund " + ending)
        assert result(text, "star_structure").metrics["star_result"], ending


def test_a_couple_years_ago_is_a_situation() -> None:
    text = "a couple years ago our website went down every friday so i moved the backups and it worked"
    assert result(text, "star_structure").metrics["star_situation"]


def test_a_rambling_answer_scores_below_a_concise_one() -> None:
    """Raters mark long, winding answers as the least structured: length is not structure."""
    concise = ("At my last job our invoices went out a week late. I set up a weekly checklist and "
               "automated the reminders. In the end invoices went out on time and late payments halved.")
    rambling = " ".join(["And then there was another thing, and the team was busy, and we had meetings,"] * 12)
    rambling = concise[:40] + " " + rambling + " In the end it was fine."
    question = "Tell me about a time you improved a process."
    assert score_answer(AnswerInput(text=concise, question_text=question)).criterion("star_structure").score > \
        score_answer(AnswerInput(text=rambling, question_text=question)).criterion("star_structure").score


def test_a_point_with_nothing_behind_it_does_not_pass() -> None:
    found = score_answer(AnswerInput(text="I want to work here. It seems like a good company to me.",
                                     question_text="Why do you want to work here?")).criterion("star_structure")
    assert not found.passed and "Back your point up" in found.tip
