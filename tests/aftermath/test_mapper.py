"""The feedback mapper on feedback written the way interviewers and recruiters write it."""

from __future__ import annotations

import pytest

from mockint.aftermath.mapper import FeedbackError, check_feedback_text, map_feedback

EXAMPLES = {"concrete_example", "quantified_result"}
ENERGY = {"enthusiasm", "pace"}
RAMBLING = {"star_structure", "length"}

# (feedback, criteria to work on, topics to work on)
CASES: list[tuple[str, set[str], set[str]]] = [
    # what the issue names
    ("We felt your examples lacked depth.", EXAMPLES, set()),
    ("You seemed a bit low-energy.", ENERGY, set()),
    ("Your answers were long and hard to follow.", RAMBLING, set()),
    ("We wanted more leadership experience.", set(), {"leadership"}),
    ("There was not enough technical detail in your answers.", set(), {"technical"}),
    ("There were a lot of umms.", {"filler_words"}, set()),
    ("You didn't come across as confident.", {"hedging"}, set()),
    ("You were quite negative about your previous employer.", {"professional_tone"}, set()),
    ("You didn't really answer the question.", {"relevance"}, set()),
    # negated criticism and praise: nothing to drill
    ("Your examples were not the problem.", set(), set()),
    ("We liked your examples.", set(), set()),
    ("The length of your answers was never an issue.", set(), set()),
    ("We didn't think you rambled at all.", set(), set()),
    ("You weren't rambling at all, your answers were well structured.", set(), set()),
    ("No concerns about your communication.", set(), set()),
    ("You were very clear and concise.", set(), set()),
    ("You answered the questions well.", set(), set()),
    ("There were no umms or ahs, which was great.", set(), set()),
    ("We never felt you were unprofessional.", set(), set()),
    ("Your enthusiasm was obvious and we loved your energy.", set(), set()),
    # negated praise and absences: something to drill
    ("You didn't give concrete examples.", EXAMPLES, set()),
    ("We didn't hear any specific examples.", EXAMPLES, set()),
    ("You didn't seem excited about the role.", ENERGY, set()),
    ("Your answers were not always clear.", {"star_structure"}, set()),
    ("I don't think you answered what was asked.", {"relevance"}, set()),
    ("It wasn't clear that you had researched the company.", {"enthusiasm"}, {"motivation"}),
    # criticism in other words
    ("To be honest you came across as a bit disinterested, and you said um a lot.", ENERGY | {"filler_words"}, set()),
    ("Your energy was great but the structure of your answers was weak.", {"star_structure"}, set()),
    ("We would have liked to hear more about how you handle conflict.", set(), {"conflict"}),
    ("Next time, try to quantify your results.", {"quantified_result"}, set()),
    ("It was hard to tell what you did versus what the team did.", {"ownership"}, set()),
    ("The interviewers felt you undersold yourself.", {"hedging"}, set()),
    ("You spoke too fast and seemed nervous.", {"pace", "hedging"}, set()),
    ("Your technical skills were strong, but your examples felt generic.", EXAMPLES, set()),
    ("I wouldn't say you were unprofessional, but you did blame your previous manager.", {"professional_tone"}, set()),
    ("Your answers were a bit short; we'd have liked you to elaborate more.", {"length", "concrete_example"}, set()),
    ("Some answers drifted off topic.", {"relevance"}, set()),
    ("You went off on tangents and didn't answer what was asked.", RAMBLING | {"relevance"}, set()),
    ("The hiring manager felt there wasn't enough evidence of leading a team.", EXAMPLES, {"leadership"}),
    ("Overall, there was a lack of depth in your technical answers.", EXAMPLES, {"technical"}),
    ("Your answers lacked structure, try the STAR method.", {"star_structure"}, set()),
    ("Great enthusiasm, weak examples.", EXAMPLES, set()),
    ("We'd encourage you to use more specific examples with measurable results.", EXAMPLES, set()),
    ("Your exampels lacked depht.", EXAMPLES, set()),  # typos still match
    ("The panel found your delivery rather monotone.", ENERGY, set()),
    ("Your responses were long-winded.", RAMBLING, set()),
    ("We were looking for someone with more people management experience.", set(), {"leadership"}),
    ("You seemed hesitant when we asked about your achievements.", {"hedging"}, set()),
    ("We'd have liked more detail on the results you achieved.", EXAMPLES, set()),
    ("You didn't come across as very passionate about the role.", ENERGY, set()),
    ("Your answers felt quite rehearsed.", ENERGY, set()),
    ("Try to be more concise.", {"length", "star_structure"}, set()),
    ("You spoke a little too quickly at times.", {"pace"}, set()),
    ("Make sure you answer the question that's asked.", {"relevance"}, set()),
    ("Good technical knowledge, but communication could be clearer.", set(), {"communication"}),
    ("Honestly there was nothing wrong with your energy.", set(), set()),
    ("We weren't convinced you had enough experience managing stakeholders.", EXAMPLES, {"communication"}),
    ("Your examples were strong but a bit long.", {"length", "star_structure"}, set()),
    ('You used "we" a lot, so it was hard to know what you did.', {"ownership"}, set()),
]


@pytest.mark.parametrize(("text", "criteria", "topics"), CASES, ids=[c[0][:50] for c in CASES])
def test_maps_feedback_to_what_it_names(text: str, criteria: set[str], topics: set[str]) -> None:
    mapping = map_feedback(text)
    assert {c.id for c in mapping.criteria} == criteria
    assert {t.id for t in mapping.topics} == topics
    assert mapping.matched == bool(criteria or topics)
    for target in [*mapping.criteria, *mapping.topics]:
        assert target.evidence, target
        for words in target.evidence:
            assert words in text  # evidence is the feedback's own words


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40
    assert sum(1 for _, c, t in CASES if not c and not t) >= 10  # praise and negated criticism


def test_evidence_is_the_matched_words_and_says_what_it_understood() -> None:
    mapping = map_feedback("We felt your examples lacked depth, and you seemed a bit low-energy.")
    assert mapping.understood() == "examples → concrete_example, quantified_result; energy → enthusiasm, pace"
    evidence = {c.id: c.evidence for c in mapping.criteria}
    assert evidence["concrete_example"] == ("examples lacked depth",)
    assert evidence["enthusiasm"] == ("low-energy",)
    examples = mapping.problems[0].evidence[0]
    assert mapping.text[examples.start:examples.end] == "examples lacked depth"


def test_negated_absence_keeps_the_negator_in_the_evidence() -> None:
    mapping = map_feedback("You didn't give concrete examples.")
    assert mapping.criteria[0].evidence == ("didn't give concrete examples",)


def test_praise_is_reported_not_drilled() -> None:
    mapping = map_feedback("We liked your examples, but your answers were too long.")
    assert mapping.praised() == "examples"
    assert {c.id for c in mapping.criteria} == RAMBLING
    assert mapping.timing == "shorter"


EMAIL = """Hi Sam,

Thank you for taking the time to interview with us for the Product Analyst role last week, and for
your interest in Acme. We had many strong candidates and the decision was a difficult one.

Unfortunately we have decided not to move forward with your application. The panel enjoyed meeting
you and felt you had a good grasp of the product. However, some of your answers were quite long and
it was hard to follow the thread at times. We also felt you could have given more concrete examples
of the impact you had.

We will keep your CV on file and wish you the very best in your search.

Kind regards,
Jane Doe
Talent Acquisition, Acme
"""


def test_an_email_pasted_whole_maps_only_its_feedback_sentences() -> None:
    mapping = map_feedback(EMAIL)
    assert {c.id for c in mapping.criteria} == RAMBLING | EXAMPLES
    mapped = [mapping.sentences[i].text for i in mapping.mapped_sentences]
    assert len(mapped) == 2
    assert mapped[0].startswith("However, some of your answers were quite long")
    assert mapped[1].startswith("We also felt you could have given more concrete examples")
    unmapped = [s.text for s in mapping.unmapped_sentences]
    assert "Hi Sam" in unmapped and "Kind regards" in unmapped
    assert any(s.startswith("We had many strong candidates") for s in unmapped)
    assert not mapping.topics


def test_lines_quoted_from_an_earlier_email_are_not_the_feedback() -> None:
    text = "Your answers lacked structure.\n\n> On Monday Sam wrote:\n> I'm not confident I answered well, um.\n"
    mapping = map_feedback(text)
    assert {c.id for c in mapping.criteria} == {"star_structure"}


def test_nothing_to_match_is_said_honestly() -> None:
    mapping = map_feedback("Thank you for your time. We wish you the best in your search.")
    assert not mapping.matched
    assert mapping.criteria == [] and mapping.understood() == ""
    assert len(mapping.unmapped_sentences) == 2


def test_the_same_text_maps_the_same_way() -> None:
    first, second = map_feedback(EMAIL), map_feedback(EMAIL)
    assert first.findings == second.findings


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the feedback is empty"),
        ("  \n\t ", "the feedback is empty"),
        ("x" * 70_000, "longer than 65,536 characters"),
        ("fine\nbad \x1b[2J line", "line 2: control character U+001B in the feedback: “bad ␛[2J line”"),
        ("a\x9bb", "control character U+009B"),
    ],
)
def test_bad_feedback_is_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(FeedbackError) as caught:
        check_feedback_text(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_crlf_and_tabs_are_fine() -> None:
    mapping = map_feedback("Dear Sam,\r\n\tYour examples were vague.\r\n")
    assert {c.id for c in mapping.criteria} == EXAMPLES
