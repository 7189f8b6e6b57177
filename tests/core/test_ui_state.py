from __future__ import annotations

import json
import stat
from pathlib import Path

from mockint import paths
from mockint.ui_state import UiState, load_ui_state, save_ui_state


def test_round_trip_in_the_private_config_file(mockint_home: Path) -> None:
    state = UiState(bank_id="behavioral", count=3, shuffle=True, think_seconds=0, answer_seconds=90, theme="textual-light")
    written = save_ui_state(state)
    assert written == paths.ui_state_file()
    assert str(written).startswith(str(mockint_home))
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert load_ui_state() == state


def test_missing_file_means_defaults() -> None:
    assert load_ui_state() == UiState()


def test_malformed_file_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_ui_state(path) == UiState()


def test_wrong_types_are_dropped_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(
        json.dumps({"bank_id": "general", "count": "three", "shuffle": "yes", "mode": "sung", "think_seconds": -4, "answer_seconds": 60}),
        encoding="utf-8",
    )
    assert load_ui_state(path) == UiState(bank_id="general", answer_seconds=60)


def test_only_changed_choices_are_written_and_unknown_keys_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"from_a_newer_version": [1], "count": 4}), encoding="utf-8")
    save_ui_state(UiState(shuffle=False, input_device="USB"), path)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "from_a_newer_version": [1],
        "shuffle": False,
        "input_device": "USB",
    }


def test_shuffled_is_the_default_and_a_device_index_is_kept(tmp_path: Path) -> None:
    assert UiState().shuffle is True
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"input_device": 3}), encoding="utf-8")
    assert load_ui_state(path).input_device == "3"


def test_the_core_owns_the_remembered_choices() -> None:
    """The device chooser (core) and the app share one reader and writer of ui-state.json."""
    from mockint.speech import devices

    devices.remember_input_device("Desk microphone")
    assert load_ui_state().input_device == "Desk microphone"
    assert devices.remembered_input_device() == "Desk microphone"


def test_a_json_list_is_not_a_state(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert load_ui_state(path) == UiState()


def test_todays_practice_count_round_trips_and_defaults_to_five(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    assert UiState().plan_count == 5
    save_ui_state(UiState(plan_count=12), path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"plan_count": 12}
    assert load_ui_state(path) == UiState(plan_count=12)
    save_ui_state(UiState(), path)  # back to the default: nothing written for it
    assert json.loads(path.read_text(encoding="utf-8")) == {}


def test_a_bad_todays_practice_count_falls_back_to_five(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    for bad in ("7", 0, -3, 51, 2.5, True, None, [5]):
        path.write_text(json.dumps({"plan_count": bad, "bank_id": "general"}), encoding="utf-8")
        assert load_ui_state(path) == UiState(bank_id="general", plan_count=5), bad
    path.write_text(json.dumps({"plan_count": 50}), encoding="utf-8")
    assert load_ui_state(path).plan_count == 50
