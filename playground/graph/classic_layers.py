"""The classic layer kinds: a McCulloch–Pitts threshold neuron whose weights are set by hand, not learned.

``Threshold`` fires (outputs 1) when the weighted sum of its inputs reaches the threshold θ, else 0: the 1943 model
of a neuron with binary inputs, where a positive weight excites and a negative one inhibits. Its weights and
threshold are parameters the lecturer edits in the inspector; the engine keeps them as buffers, so nothing trains
and the exports still carry them. ``layers`` adds these kinds to ``KINDS``.
"""

from __future__ import annotations

from typing import Any

from playground.graph.i18n import tr
from playground.graph.layer_kind import LayerKind, Shape, ShapeError, flat_input
from playground.graph.params import ParamSpec

WEIGHT_LIMIT = 10.0
"""Each hand-set weight and the threshold lie in [-WEIGHT_LIMIT, WEIGHT_LIMIT] (the inspector's θ arrows step by 1)."""


def _example(n: int) -> str:
    return ", ".join(["1"] * n)


def _infer_threshold(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    n = flat_input(shapes)
    k = len(p["weights"])
    if k != n:
        raise ShapeError(
            tr(
                "has {k} weights but receives {n} inputs: give one weight per input, e.g. {example}",
                k=k,
                n=n,
                example=_example(n),
            )
        )
    return (1,)


def _threshold_code(shapes: list[Shape], p: dict[str, Any]) -> str:
    return f"L.Threshold({[float(w) for w in p['weights']]!r}, {float(p['theta'])!r})"


CLASSIC: tuple[LayerKind, ...] = (
    LayerKind(
        id="Threshold",
        category="Classic neurons",
        help="McCulloch–Pitts neuron (1943): binary inputs, weights set by hand, output 1 when the weighted sum "
        "reaches the threshold, y = 1 if Σ wᵢxᵢ ≥ θ, else 0. A positive weight excites, a negative weight inhibits. "
        "Nothing is learned: edit the weights and θ and watch the truth table.",
        params=(
            ParamSpec(
                "weights",
                "numbers",
                [1.0, 1.0],
                "One weight per input, in the order the inputs arrive, separated by commas: positive excites, "
                "negative inhibits (e.g. 1, 1 for AND and OR, -1 for NOT).",
                label="Weights w",
                min=-WEIGHT_LIMIT,
                max=WEIGHT_LIMIT,
                key=True,
            ),
            ParamSpec(
                "theta",
                "float",
                2.0,
                "The neuron fires (outputs 1) when the weighted sum of its inputs is at least θ: "
                "with weights 1, 1, θ = 2 gives AND and θ = 1 gives OR.",
                label="Threshold θ",
                min=-WEIGHT_LIMIT,
                max=WEIGHT_LIMIT,
                key=True,
            ),
        ),
        infer=_infer_threshold,
        module_code=_threshold_code,
        name_prefix="neuron",
    ),
)

HAND_SET_KINDS = frozenset(k.id for k in CLASSIC)
"""Kinds whose weights are parameters the user sets, not learned ones."""
