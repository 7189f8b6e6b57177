"""ownership: "I" for one's own actions, not only "we"."""

from __future__ import annotations

from scoring_helpers import result


def test_i_statements_pass() -> None:
    text = "We had a deadline, so I split the work, I wrote the tests and I reviewed every pull request."
    found = result(text, "ownership")
    assert found.passed and found.metrics["i_actions"] == 3


def test_only_we_fails_and_the_tip_quotes_a_we_action() -> None:
    text = "we planned the launch and we built the site and then we tested it and we shipped it"
    found = result(text, "ownership")
    assert not found.passed and found.metrics["i_actions"] == 0
    assert "we planned" in found.tip


def test_feelings_and_hedges_are_not_actions() -> None:
    text = "I think it was hard. I was nervous and I wanted to help, I guess."
    found = result(text, "ownership")
    assert found.metrics["i_actions"] == 0 and not found.passed


def test_lower_case_transcripts_count() -> None:
    text = "so i called the vendor and then i rewrote the contract and ive led the team since"
    assert result(text, "ownership").metrics["i_actions"] == 3


def test_life_events_are_not_actions() -> None:
    text = "I joined the bank in 2020 and I graduated the year before."
    assert result(text, "ownership").metrics["i_actions"] == 0


def test_a_team_story_with_my_own_part_passes() -> None:
    text = ("We had to move support to live chat, so I sat down with each agent, I set up a two-week "
            "pilot and we reviewed every transcript together.")
    found = result(text, "ownership")
    assert found.passed and found.metrics["we_actions"] >= 1
