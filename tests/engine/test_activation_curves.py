"""The activation curves come from the engine's own modules and match the closed forms of f and f′."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from playground.engine.activation_curves import (
    CURVE_FUNCTIONS,
    JUMPS,
    SIGMOID_MAX_SLOPE,
    activation_curves,
    activation_module,
)
from playground.engine.build import GraphModule
from playground.graph import AddNode, Connect, Graph, History

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946

# Grid that avoids x = 0 exactly, where ReLU-like functions have a kink (one-sided conventions differ).
X = np.linspace(-5, 5, 400)


def curves(function: str, **params: object) -> tuple[np.ndarray, np.ndarray]:
    return activation_curves([function], X, params or None)[function]


def test_sigmoid_and_its_slope() -> None:
    f, df = curves("sigmoid")
    s = 1 / (1 + np.exp(-X))
    np.testing.assert_allclose(f, s, rtol=1e-12)
    np.testing.assert_allclose(df, s * (1 - s), rtol=1e-10)
    assert df.max() <= SIGMOID_MAX_SLOPE
    assert SIGMOID_MAX_SLOPE**10 < 1e-6  # the panel's note: ten sigmoid layers shrink a gradient below 10⁻⁶
    assert activation_curves(["sigmoid"], np.array([0.0]))["sigmoid"][1][0] == pytest.approx(0.25)


def test_tanh_and_its_slope() -> None:
    f, df = curves("tanh")
    np.testing.assert_allclose(f, np.tanh(X), rtol=1e-12)
    np.testing.assert_allclose(df, 1 - np.tanh(X) ** 2, rtol=1e-9, atol=1e-15)


def test_relu_slope_is_a_step() -> None:
    f, df = curves("relu")
    np.testing.assert_array_equal(f, np.maximum(X, 0))
    np.testing.assert_array_equal(df, (X > 0).astype(float))


def test_leaky_relu_uses_the_slope_setting() -> None:
    f, df = curves("leaky_relu", slope=0.2)
    np.testing.assert_allclose(f, np.where(X > 0, X, 0.2 * X))
    np.testing.assert_allclose(df, np.where(X > 0, 1.0, 0.2))


def test_elu_with_alpha() -> None:
    f, df = curves("elu", alpha=1.5)
    np.testing.assert_allclose(f, np.where(X > 0, X, 1.5 * (np.exp(X) - 1)), rtol=1e-12)
    np.testing.assert_allclose(df, np.where(X > 0, 1.0, 1.5 * np.exp(X)), rtol=1e-12)


def test_selu_constants() -> None:
    f, df = curves("selu")
    expected = SELU_SCALE * np.where(X > 0, X, SELU_ALPHA * (np.exp(X) - 1))
    np.testing.assert_allclose(f, expected, rtol=1e-7)
    np.testing.assert_allclose(df, SELU_SCALE * np.where(X > 0, 1.0, SELU_ALPHA * np.exp(X)), rtol=1e-7)


def test_step_has_no_gradient_and_a_jump() -> None:
    f, df = curves("step")
    np.testing.assert_array_equal(f, (X > 0).astype(float))
    np.testing.assert_array_equal(df, np.zeros_like(X))
    assert JUMPS["step"] == (0.0,)


def test_every_curve_is_finite_and_shaped_like_x() -> None:
    result = activation_curves(CURVE_FUNCTIONS, X)
    assert list(result) == list(CURVE_FUNCTIONS)
    for f, df in result.values():
        assert f.shape == df.shape == X.shape
        assert np.isfinite(f).all() and np.isfinite(df).all()


def test_the_module_is_the_one_an_activation_layer_builds() -> None:
    """Same function, same settings: the curve module and a built design's layer give the same outputs."""
    graph = Graph()
    history = History(graph)
    ids = [
        history.push(AddNode("Input", {"shape": [1]})).node_id,
        history.push(AddNode("Activation", {"function": "elu", "alpha": 0.7})).node_id,
        history.push(AddNode("Output", {"task": "regression"})).node_id,
    ]
    history.push(Connect(ids[0], ids[1]))
    history.push(Connect(ids[1], ids[2]))
    layer = GraphModule(graph).layers[ids[1]]
    module = activation_module("elu", alpha=0.7)
    assert type(module) is type(layer)
    x = torch.linspace(-3, 3, 13)
    torch.testing.assert_close(module(x), layer(x))
    assert activation_curves(["elu"], x.numpy(), {"alpha": 0.7})["elu"][0] == pytest.approx(layer(x).numpy())


def test_unknown_function_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown activation"):
        activation_curves(["swish"], X)
