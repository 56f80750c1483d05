"""The McCulloch–Pitts ``Threshold`` kind, its ``numbers`` parameter, and the logic-gate dataset's settings."""

from __future__ import annotations

import json

import pytest
from shape_support import line

from playground.graph import KINDS, DataInfo, Project, SetParam, infer_shapes, load_project
from playground.graph.commands import History
from playground.graph.params import MAX_NUMBERS, ParamError, ParamSpec, validate_all
from playground.graph.settings import DATA_PARAMS, data_fields, input_shape

WEIGHTS = KINDS["Threshold"].param("weights")


def error_of(spec: ParamSpec, value: object) -> str:
    with pytest.raises(ParamError) as e:
        spec.validate(value)
    return str(e.value)


def test_threshold_has_hand_set_weights_and_theta_and_no_learnable_parameters():
    kind = KINDS["Threshold"]
    assert [s.name for s in kind.params] == ["weights", "theta"]
    assert kind.category == "Classic neurons" and not kind.has_init
    report = infer_shapes(
        line(("n", "Threshold", {"weights": [1.0, 1.0], "theta": 2.0})), DataInfo(2, "classification", 2)
    )
    assert report.ok and report.shapes["n"] == (1,) and report.params["n"] == 0 and report.total_params == 0


def test_weights_accept_lists_of_numbers_and_clean_them_to_floats():
    assert WEIGHTS.validate([1, -1]) == [1.0, -1.0]
    assert WEIGHTS.validate((0.5,)) == [0.5]
    assert WEIGHTS.validate([10, -10]) == [10.0, -10.0]


@pytest.mark.parametrize(
    "bad",
    [[], "1, 1", [1, "a"], [True, 1], [float("nan")], [float("inf")], [10.5], [1.0] * (MAX_NUMBERS + 1), 3, None],
)
def test_a_bad_weights_list_gets_a_clear_message(bad):
    message = error_of(WEIGHTS, bad)
    assert message.startswith(
        f"must be a list of 1 to {MAX_NUMBERS} numbers from -10 to 10, e.g. 1, 1 or 0.5, -1 "
        "(with decimal commas: 0,5; -1), got "
    )


def test_a_weight_per_input_or_the_shape_check_says_how_many():
    report = infer_shapes(line(("n", "Threshold", {"weights": [1.0], "theta": 0.0}), shape=(2,)))
    assert (
        report.errors["n"] == "Threshold 'n': has 1 weights but receives 2 inputs: give one weight per input, e.g. 1, 1"
    )


def test_editing_weights_goes_through_an_undoable_command_that_refuses_bad_values():
    graph = line(("n", "Threshold", {"weights": [1.0, 1.0], "theta": 2.0}))
    history = History(graph)
    history.push(SetParam("n", "weights", [-1, -1]))
    assert graph.node("n").params["weights"] == [-1.0, -1.0]
    with pytest.raises(Exception, match="must be a list of 1 to"):
        history.push(SetParam("n", "weights", ["x"]))
    history.undo()
    assert graph.node("n").params["weights"] == [1.0, 1.0]


def test_the_logic_dataset_has_a_gate_and_its_input_count():
    data, problems = validate_all(DATA_PARAMS, {"dataset": "logic", "gate": "not"}, "data")
    assert not problems
    assert data_fields(data) == ("dataset", "gate")
    assert input_shape(data) == (1,)
    assert input_shape({**data, "gate": "xor"}) == (2,)
    _, problems = validate_all(DATA_PARAMS, {"dataset": "logic", "gate": "maybe"}, "data")
    assert problems and problems[0].startswith("data.gate must be one of and, or, not")


def test_a_project_file_keeps_hand_set_weights():
    project = Project(line(("n", "Threshold", {"weights": [-1.0, 0.5], "theta": -0.25})))
    again = load_project(json.dumps(project.to_dict()))
    assert again.graph.node("n").params == {"weights": [-1.0, 0.5], "theta": -0.25}
