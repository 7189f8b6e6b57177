"""Thresholds and weights: shipped defaults, the user's [scoring] table, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_helpers import card

from mockint import paths
from mockint.errors import ConfigError
from mockint.scoring import AnswerInput, default_settings, load_settings, score_answer
from mockint.scoring.settings import default_values


def write_config(text: str) -> Path:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_config_file() -> None:
    assert load_settings() == default_settings()
    assert load_settings().weight("concrete_example") == default_values()["weights"]["concrete_example"] > 0


def test_overrides_change_the_verdict() -> None:
    text = "um so um we um shipped it um on time and um the client was happy with the result"
    assert not card(text).criterion("filler_words").passed
    write_config("[scoring.filler_words]\ngood_per_100_words = 20\nbad_per_100_words = 40\n")
    relaxed = score_answer(AnswerInput(text=text), load_settings())
    assert relaxed.criterion("filler_words").passed


def test_a_zero_weight_drops_a_criterion_from_the_overall() -> None:
    text = ("I shipped it on time, tested it with the support team first and then wrote up what we"
            " learned for the next release.")
    write_config("[scoring.weights]\n" + "".join(
        f"{cid} = 0\n" for cid in ("concrete_example", "quantified_result", "star_structure",
                                   "enthusiasm", "ownership", "length", "relevance")))
    result = score_answer(AnswerInput(text=text), load_settings())
    assert result.overall == 100  # only fillers, hedging and tone count, all perfect


def test_a_serious_fault_caps_the_overall_however_good_the_rest() -> None:
    blaming = ("Last spring I rebuilt our invoicing in Python and cut the month-end close from five days "
               "to two, although honestly my manager was an idiot who never listened to anyone.")
    capped = score_answer(AnswerInput(text=blaming))
    assert capped.metrics["serious_fault"] == "unprofessional tone"
    assert capped.overall <= 40
    non_answer = score_answer(AnswerInput(text="I want this job."))
    assert non_answer.metrics["serious_fault"] == "no real answer" and non_answer.overall <= 40
    write_config("[scoring]\nserious_fault_cap = 60\n")
    assert score_answer(AnswerInput(text="I want this job."), load_settings()).overall <= 60


@pytest.mark.parametrize(
    ("config", "line", "message"),
    [
        ("[scoring]\n\n[scoring.filler_words]\nbad_per_100_words = \"lots\"\n", 4,
         "scoring.filler_words.bad_per_100_words: must be a number"),
        ("[scoring]\npass_score = 1.5\n", 2, "scoring.pass_score: must be between 0 and 1"),
        ("[scoring.weights]\nconcrete_exampel = 2\n", 2, "did you mean 'concrete_example'"),
        ("[scoring.pace]\nband_low = 170\n", 2, "scoring.pace.band_low: must be less than pace.band_high"),
        ("[scoring.pace]\n# faster\nband_high = 100\n", 3, "scoring.pace.band_high: must be greater than pace.band_low"),
        ("[scoring]\nhedging = 3\n", 2, "scoring.hedging: must be a table"),
        ("[scoring.length]\nwords_per_second = 0\n", 2, "must be more than 0"),
        ("[scoring]\nfiller_words = { bad_per_100_words = -1 }\n", 2, "must be 0 or more"),
    ],
)
def test_bad_values_name_file_line_and_field(config: str, line: int, message: str) -> None:
    path = write_config(config)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    text = str(caught.value)
    assert text.startswith(f"{path}:{line}: ")
    assert message in text
    assert "\n" not in text


def test_syntax_errors_are_one_line_too() -> None:
    path = write_config("[scoring\npass_score = 0.5\n")
    with pytest.raises(ConfigError, match=rf"^{path}:1: TOML syntax"):
        load_settings()


def test_settings_round_trip_to_plain_data() -> None:
    values = default_settings().to_dict()
    assert values["pace"]["band_low"] == 130
    values["pace"]["band_low"] = 1  # a copy: the settings do not change
    assert default_settings().pace.band_low == 130


def test_every_table_of_the_defaults_is_a_declared_namespace() -> None:
    from mockint.scoring.settings import ScoringSettings

    tables = {name for name, value in default_values().items() if isinstance(value, dict) and name != "weights"}
    declared = {name for name, kind in ScoringSettings.__annotations__.items() if kind in ("SimpleNamespace",)}
    assert tables == declared
    settings = default_settings()
    assert all(hasattr(settings, name) for name in tables)
