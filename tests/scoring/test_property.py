"""Any Unicode text up to 100k characters scores without raising."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mockint.banks.model import CustomCriterion
from mockint.scoring import AnswerInput, VoiceFeatures, Word, score_answer

_WORDS = st.sampled_from(
    "um uh like you know i we kind of sort of just think guess maybe twenty percent $2k 1.5 "
    "million three weeks doubled for example last year at my internship i built we launched "
    "so then in the end as a result my manager was useless damn i'd love to . , ! ? \n".split(" ")
)
_TEXT = st.one_of(
    st.text(max_size=2_000),
    st.lists(_WORDS, max_size=400).map(" ".join),
    # Long texts: a random sample repeated up to 100k characters.
    st.text(min_size=1, max_size=3_000).map(lambda t: (t * (100_000 // len(t) + 1))[:100_000]),
    st.lists(st.text(max_size=12) | _WORDS, max_size=600).map(" ".join),
)
_CUSTOM = CustomCriterion(id="custom", label="Custom", phrases=("thank you",), pattern=r"(?:future)\s+roles?")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example, HealthCheck.data_too_large])
@given(text=_TEXT, duration=st.none() | st.floats(allow_nan=True, allow_infinity=True),
       question=st.none() | st.text(max_size=200), key_points=st.lists(st.text(max_size=40), max_size=4))
def test_any_text_scores(text: str, duration: float | None, question: str | None, key_points: list[str]) -> None:
    words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(text.split()[:50]))
    answer = AnswerInput(
        text=text, question_text=question, key_points=tuple(key_points), duration_s=duration,
        target_seconds=60, words=words or None, custom_criteria=(_CUSTOM,),
        voice=VoiceFeatures(2.0, 1.0, 5.0, 10.0, (0.0, 5.0, 1.0)),
    )
    card = score_answer(answer)
    assert 0 <= card.overall <= 100
    for criterion in card.criteria:
        assert 0.0 <= criterion.score <= 1.0
        for span in criterion.spans:
            assert text[span.start:span.end] == span.text
