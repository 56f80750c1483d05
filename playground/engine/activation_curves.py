"""Activation functions and their derivatives as curves, for the teaching panel that compares them.

The values come from the very torch modules an Activation layer builds (the registry's constructor
source, evaluated as ``engine.build`` does) and the slopes from ``torch.autograd``: the panel shows what
backpropagation really gets, including the step's zero gradient. torch is imported on first use: the
panel reads the tables here while the window is being built.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np

from playground.graph.i18n import N_
from playground.graph.layers import ACTIVATIONS, kind

if TYPE_CHECKING:
    from torch import nn

CURVE_FUNCTIONS: tuple[str, ...] = ("step", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu")
"""The Activation layer's functions the panel can draw (ids of ``graph.layers.ACTIVATIONS``)."""
DEFAULT_SHOWN: tuple[str, ...] = ("sigmoid", "tanh", "relu")
"""The functions shown at first: the classic comparison of a lecture."""
CURVE_PARAMS: dict[str, Any] = {"slope": 0.1}
"""Layer settings for the curves. Leaky ReLU's default slope (0.01) draws on top of ReLU; 0.1 shows the leak."""
JUMPS: dict[str, tuple[float, ...]] = {"step": (0.0,)}
"""Where a function jumps: its derivative there is undefined (autograd reports 0 everywhere)."""
SIGMOID_MAX_SLOPE = 0.25
"""σ′(0) = σ(0)(1 − σ(0)) = 1/4: each sigmoid layer shrinks a backpropagated gradient at least fourfold."""
X_RANGE = (-5.0, 5.0)

NOTES: dict[str, str] = {
    "step": N_("Step: the slope is 0 everywhere except the jump at 0, so backpropagation gets no signal."),
    "sigmoid": N_("Sigmoid: the slope is at most 0.25, so ten sigmoid layers shrink a gradient below 10⁻⁶."),
    "tanh": N_("Tanh: zero-centred, slope up to 1, but it saturates like the sigmoid."),
    "relu": N_("ReLU: slope 1 for positive inputs, 0 for negative ones (a unit can die)."),
    "leaky_relu": N_("Leaky ReLU: a small slope for negative inputs keeps units alive."),
    "elu": N_("ELU: smooth, and negative outputs down to −α keep the mean near 0."),
    "selu": N_("SELU: ELU scaled so activations keep mean 0 and variance 1 by themselves."),
}
"""One line per function on what its curves teach (the panel shows those of the shown functions)."""


def function_label(function: str) -> str:
    """The function's name as the Activation layer's choice shows it ("Leaky ReLU")."""
    return ACTIVATIONS[function][0]


def activation_module(function: str, **params: Any) -> nn.Module:
    """The torch module an Activation layer with ``function`` (and ``params`` over the defaults) builds."""
    from torch import nn

    from playground.engine import modules

    spec = kind("Activation")
    values = {p.name: p.default for p in spec.params}
    values.update(params, function=function)
    # Same constructor source and namespace as engine.build.GraphModule: the curves cannot disagree with training.
    return eval(spec.module_code([(1,)], values), {"nn": nn, "L": modules})  # noqa: S307


def activation_curves(
    functions: Iterable[str], x: np.ndarray, params: dict[str, Any] | None = None
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """f(x) and f′(x) (float64 arrays like ``x``) for each function id, f′ by autograd through the layer's module.

    A function with no gradient at all (the step) gets f′ = 0 everywhere; ``JUMPS`` says where it jumps.
    """
    import torch

    settings = dict(CURVE_PARAMS if params is None else params)
    curves: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for function in functions:
        if function not in ACTIVATIONS:
            raise ValueError(f"unknown activation function {function!r}")
        module = activation_module(function, **settings)
        xt = torch.tensor(np.asarray(x, dtype=np.float64), requires_grad=True)
        y = module(xt)
        if y.requires_grad:
            (grad,) = torch.autograd.grad(y.sum(), xt)  # element-wise functions: d(sum)/dx_i = f′(x_i)
            slope = grad.numpy().copy()
        else:  # a comparison (the step) cuts the graph: no gradient flows, which is the lesson
            slope = np.zeros_like(xt.detach().numpy())
        curves[function] = (y.detach().numpy().copy(), slope)
    return curves
