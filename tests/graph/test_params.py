"""ParamSpec: every type accepts good values, refuses bad ones with a message that says what is expected."""

import math

import pytest

from playground.graph.layers import KINDS
from playground.graph.params import ParamError, ParamSpec, defaults, validate_all
from playground.graph.settings import DATA_PARAMS, TRAIN_PARAMS

UNITS = ParamSpec("units", "int", 8, "Number of neurons.", min=1, max=4096)
RATE = ParamSpec("p", "float", 0.5, "Drop probability.", min=0.0, max=0.95)
FLAG = ParamSpec("bias", "bool", True, "Add a bias.")
CHOICE = ParamSpec("function", "choice", "relu", "Function.", choices=("relu", "tanh"))
MULTI = ParamSpec("features", "multi", ["x1"], "Inputs.", choices=("x1", "x2", "x1_sq"))
SHAPE = ParamSpec("shape", "shape", [2], "Shape.")
TEXT = ParamSpec("title", "str", "", "Title.")


def error_of(spec: ParamSpec, value: object) -> str:
    with pytest.raises(ParamError) as info:
        spec.validate(value)
    return str(info.value)


# --- int ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [1, 8, 4096])
def test_int_accepts_values_in_range(value):
    assert UNITS.validate(value) == value
    assert type(UNITS.validate(value)) is int


def test_int_accepts_an_integral_float_and_returns_an_int():
    assert UNITS.validate(3.0) == 3
    assert type(UNITS.validate(3.0)) is int


def test_int_message_names_the_range_and_the_value():
    assert error_of(UNITS, -4) == "must be an integer from 1 to 4096, got -4"
    assert error_of(UNITS, 4097) == "must be an integer from 1 to 4096, got 4097"


@pytest.mark.parametrize("value", [0, 2.5, "8", None, [8], True, False, math.nan, math.inf, -math.inf])
def test_int_refuses(value):
    assert error_of(UNITS, value).startswith("must be an integer from 1 to 4096, got ")


def test_bool_is_not_an_int():
    message = error_of(UNITS, True)
    assert message == "must be an integer from 1 to 4096, got true"


def test_int_range_texts_for_open_ranges():
    at_least = ParamSpec("n", "int", 0, "h", min=0)
    at_most = ParamSpec("n", "int", 0, "h", max=10)
    unbounded = ParamSpec("n", "int", 0, "h")
    assert at_least.describe() == "an integer of at least 0"
    assert at_most.describe() == "an integer of at most 10"
    assert unbounded.describe() == "an integer"
    assert unbounded.validate(-(10**12)) == -(10**12)
    assert error_of(at_least, -1) == "must be an integer of at least 0, got -1"


# --- float -------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0.0, 0.25, 0.95, 0])
def test_float_accepts_values_in_range(value):
    assert RATE.validate(value) == value
    assert type(RATE.validate(value)) is float


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, -0.01, 0.96, True, "0.5", None])
def test_float_refuses(value):
    assert error_of(RATE, value).startswith("must be a number from 0 to 0.95, got ")


def test_float_nan_and_inf_are_refused_even_without_a_range():
    free = ParamSpec("x", "float", 0.0, "h")
    assert free.validate(1e300) == 1e300
    for bad in (math.nan, math.inf, -math.inf):
        assert error_of(free, bad) == f"must be a number, got {bad}"


def test_float_range_with_small_bounds_is_readable():
    eps = ParamSpec("eps", "float", 1e-5, "h", min=1e-12, max=1.0)
    assert error_of(eps, 2.0) == "must be a number from 1e-12 to 1, got 2.0"


# --- bool --------------------------------------------------------------------------------------


def test_bool_accepts_true_and_false():
    assert FLAG.validate(True) is True
    assert FLAG.validate(False) is False


@pytest.mark.parametrize("value", [1, 0, "true", None, 1.0])
def test_bool_refuses_non_bools(value):
    assert error_of(FLAG, value).startswith("must be true or false, got ")


# --- choice ------------------------------------------------------------------------------------


def test_choice_accepts_a_listed_value():
    assert CHOICE.validate("tanh") == "tanh"


@pytest.mark.parametrize("value", ["ReLU", "", 1, None, ["relu"]])
def test_choice_refuses_others_and_lists_the_choices(value):
    assert error_of(CHOICE, value).startswith("must be one of relu, tanh, got ")


def test_choice_message_quotes_a_text_value():
    assert error_of(CHOICE, "sigmoid") == "must be one of relu, tanh, got 'sigmoid'"


# --- multi -------------------------------------------------------------------------------------


def test_multi_accepts_distinct_listed_values_and_returns_a_fresh_list():
    given = ("x2", "x1")
    cleaned = MULTI.validate(given)
    assert cleaned == ["x2", "x1"]
    assert isinstance(cleaned, list)


@pytest.mark.parametrize("value", [[], ["x1", "x1"], ["x3"], "x1", [1], None])
def test_multi_refuses(value):
    assert error_of(MULTI, value).startswith("must be a list of distinct values from x1, x2, x1_sq, got ")


# --- shape -------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [[2], [1, 28, 28], [3, 32, 32, 4], (5,)])
def test_shape_accepts_one_to_four_positive_ints(value):
    assert SHAPE.validate(value) == list(value)


@pytest.mark.parametrize("value", [[], [0], [-1], [2.0], [True], [1, 2, 3, 4, 5], [70000], "2", 2, None])
def test_shape_refuses(value):
    expected = "must be a list of 1 to 4 positive integers, e.g. [2] or [1, 28, 28], got "
    assert error_of(SHAPE, value).startswith(expected)


# --- str ---------------------------------------------------------------------------------------


def test_str_accepts_text_up_to_1000_characters():
    """Long enough for a deep file path (the user's image folder)."""
    assert TEXT.validate("a" * 1000) == "a" * 1000


@pytest.mark.parametrize("value", ["a" * 1001, 5, None])
def test_str_refuses(value):
    assert error_of(TEXT, value).startswith("must be a text, got ")


def test_long_values_are_cut_in_messages():
    message = error_of(TEXT, "a" * 1500)
    assert len(message) < 100
    assert message.endswith("...")


# --- spec construction -----------------------------------------------------------------------


def test_unknown_type_is_a_programming_error():
    with pytest.raises(TypeError, match="unknown parameter type 'integer'"):
        ParamSpec("n", "integer", 0, "h")


def test_label_defaults_from_the_name():
    assert ParamSpec("batch_size", "int", 1, "h").label == "Batch size"
    assert ParamSpec("lr", "float", 0.1, "h", label="Learning rate").label == "Learning rate"


# --- validate_all --------------------------------------------------------------------------------

SPECS = (UNITS, FLAG, CHOICE)


def test_validate_all_fills_defaults_for_missing_keys():
    cleaned, problems = validate_all(SPECS, {"units": 3}, "graph.nodes[1].params")
    assert cleaned == {"units": 3, "bias": True, "function": "relu"}
    assert problems == []


def test_validate_all_reports_unknown_keys_and_bad_values_by_path():
    cleaned, problems = validate_all(SPECS, {"units": -4, "colour": "red", "bias": 1}, "graph.nodes[3].params")
    assert problems == [
        "graph.nodes[3].params.colour is not a known setting",
        "graph.nodes[3].params.units must be an integer from 1 to 4096, got -4",
        "graph.nodes[3].params.bias must be true or false, got 1",
    ]
    # bad values fall back to the defaults, so callers always get a complete dict
    assert cleaned == {"units": 8, "bias": True, "function": "relu"}


def test_validate_all_refuses_a_non_object():
    cleaned, problems = validate_all(SPECS, [1, 2], "training")
    assert problems == ["training must be an object, got [1, 2]"]
    assert cleaned == defaults(SPECS)


def test_defaults_gives_fresh_lists():
    first, second = defaults((MULTI,)), defaults((MULTI,))
    first["features"].append("x2")
    assert second["features"] == ["x1"]
    assert MULTI.default == ["x1"]


ALL_SPECS = [s for k in KINDS.values() for s in k.params] + list(DATA_PARAMS) + list(TRAIN_PARAMS)


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda s: s.name)
def test_every_declared_default_is_valid_and_has_help(spec):
    assert spec.validate(spec.default) == spec.default
    assert spec.help.strip()
    if spec.type == "choice":
        assert spec.default in spec.choices


def test_an_int_too_large_for_a_float_is_refused_not_a_crash():
    assert error_of(RATE, 10**400).startswith("must be a number from 0 to 0.95, got 1000")
    assert error_of(UNITS, 10**400).startswith("must be an integer from 1 to 4096, got 1000")
    # more digits than Python prints: still a message, not a ValueError from str()
    assert error_of(UNITS, 10**5000) == "must be an integer from 1 to 4096, got a number with too many digits"
