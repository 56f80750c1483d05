"""What a layer kind is: the ``LayerKind`` record, shapes, shape errors and the shared shape helpers.

The registry itself (``KINDS``) is assembled in ``playground.graph.layers`` from the core kinds there
and the image kinds in ``playground.graph.image_layers``; both build on this module.
Shapes exclude the batch dimension: ``(2,)`` is a vector of two features, ``(1, 28, 28)`` an image.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from playground.graph.i18n import tr
from playground.graph.params import ParamSpec

Shape = tuple[int, ...]


class ShapeError(ValueError):
    """A layer cannot accept the shapes it receives; the message says how to fix it."""


def fmt_shape(shape: Shape) -> str:
    """``(1, 28, 28)`` → ``"1×28×28"``."""
    return "×".join(str(d) for d in shape)


@dataclass(frozen=True)
class LayerKind:
    """One kind of layer: everything the app needs to show, check, build and export it."""

    id: str
    category: str
    help: str
    params: tuple[ParamSpec, ...]
    infer: Callable[[list[Shape], dict[str, Any]], Shape]
    module_code: Callable[[list[Shape], dict[str, Any]], str]
    count_params: Callable[[list[Shape], dict[str, Any]], int] = lambda shapes, p: 0
    inputs: tuple[str, ...] = ("in",)
    variadic: bool = False
    """One input port that takes any number of edges (merges: Add, Concat)."""
    name_prefix: str = ""
    variants: tuple[tuple[str, dict[str, Any]], ...] = field(default=())
    """Palette shortcuts: (label, parameter overrides), e.g. ("ReLU", {"function": "relu"})."""
    terminal: bool = False
    """An end of a network (the Output head, a GAN generator's end): it has no output port."""

    def param(self, name: str) -> ParamSpec:
        """The spec of parameter ``name``; ``KeyError`` if the kind has none."""
        for spec in self.params:
            if spec.name == name:
                return spec
        raise KeyError(name)

    @property
    def has_outputs(self) -> bool:
        """Whether other layers can take this one's output (every kind but the ends of a network)."""
        return not self.terminal

    @property
    def has_init(self) -> bool:
        """Whether the kind owns weights whose starting values the ``init`` parameter chooses."""
        return any(spec.name == "init" for spec in self.params)


# --- weight initialisation (shared by Dense and the convolutions) --------------------------------

INITS: dict[str, str] = {
    "glorot_uniform": "Glorot (Xavier) uniform",
    "glorot_normal": "Glorot (Xavier) normal",
    "he_uniform": "He (Kaiming) uniform",
    "he_normal": "He (Kaiming) normal",
    "lecun_normal": "LeCun normal",
    "zeros": "Zeros (symmetry never breaks)",
    "normal": "Normal with sigma",
}


def init_params(default: str) -> tuple[ParamSpec, ParamSpec]:
    """The ``init`` and ``sigma`` parameters of a layer with weights, starting at scheme ``default``."""
    return (
        ParamSpec(
            "init",
            "choice",
            default,
            "How the weights start. Glorot suits sigmoid/tanh, He suits ReLU, LeCun suits SELU; "
            "zeros keep all neurons identical forever.",
            label="Weight init",
            choices=tuple(INITS),
            choice_labels=INITS,
            key=True,
        ),
        ParamSpec("sigma", "float", 0.1, "Standard deviation for the 'normal' init.", min=1e-6, max=100.0, log=True,
                  advanced=True),
    )


# --- shape helpers ---------------------------------------------------------------------------
# The messages leave out the node's name: shape inference puts "<Kind> '<name>': " in front.


def one_input(shapes: list[Shape]) -> Shape:
    """The single input shape; a ``ShapeError`` if a layer gets more or fewer."""
    if len(shapes) != 1:
        raise ShapeError(tr("needs exactly one input, got {n}", n=len(shapes)))
    return shapes[0]


def flat_input(shapes: list[Shape]) -> int:
    """The length of a single flat input."""
    shape = one_input(shapes)
    if len(shape) != 1:
        raise ShapeError(
            tr("needs a flat vector but receives {shape}: put a Flatten before it", shape=fmt_shape(shape))
        )
    return shape[0]


def same_shape(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    """Shape rule of a layer whose output has its input's shape (activations, dropout)."""
    return one_input(shapes)


def image_shape_for(values: int) -> list[int]:
    """A plausible C×H×W holding ``values`` numbers (as square as possible), for "put a Reshape" advice."""
    for channels in (1, 3):
        side = math.isqrt(values // channels)
        if values % channels == 0 and side * side * channels == values:
            return [channels, side, side]
    height = max(h for h in range(1, math.isqrt(values) + 1) if values % h == 0)
    return [1, height, values // height]


def image_input(shapes: list[Shape]) -> tuple[int, int, int]:
    """The channels, height and width of a single image input (C×H×W)."""
    shape = one_input(shapes)
    if len(shape) == 3:
        return shape[0], shape[1], shape[2]
    if len(shape) == 1:
        what, suggestion = tr("a flat vector of {n} values", n=shape[0]), image_shape_for(shape[0])
    elif len(shape) == 2:  # height×width without a channel axis
        what, suggestion = fmt_shape(shape), [1, *shape]
    else:
        what, suggestion = fmt_shape(shape), [math.prod(shape[:-2]), *shape[-2:]]
    raise ShapeError(
        tr(
            "needs an image (channels×height×width) but receives {what}: put a Reshape before it, e.g. to {suggestion}",
            what=what,
            suggestion=suggestion,
        )
    )


def sequence_input(shapes: list[Shape]) -> tuple[int, int]:
    """The time steps and features of a single sequence input (time×features)."""
    shape = one_input(shapes)
    if len(shape) == 2:
        return shape[0], shape[1]
    if len(shape) == 1:
        raise ShapeError(
            tr(
                "needs a sequence (time×features) but receives a flat vector of {n} values: after another "
                "recurrent layer, let that one return sequences; for symbol ids put an Embedding before it; "
                "for numbers put a Reshape to [{n}, 1] (one value per step)",
                n=shape[0],
            )
        )
    if len(shape) == 3:
        c, h, w = shape
        raise ShapeError(
            tr(
                "needs a sequence (time×features) but receives an image {shape}: put a Reshape to "
                "[{height}, {width}] before it to read the image row by row",
                shape=fmt_shape(shape),
                height=h,
                width=c * w,
            )
        )
    raise ShapeError(tr("needs a sequence (time×features) but receives {shape}", shape=fmt_shape(shape)))


FROZEN = ParamSpec(
    "frozen",
    "bool",
    False,
    "Keep these weights fixed during training (transfer learning: keep what a pretrained layer learned).",
    label="Freeze",
)
"""The ``frozen`` parameter of every kind with weights: the trainer leaves its parameters out of the optimizer."""
FROZEN_NORM = ParamSpec(
    "frozen",
    "bool",
    False,
    "Keep these weights fixed during training (transfer learning: keep what a pretrained layer learned). "
    "A frozen BatchNorm also keeps its running mean and variance and normalises with them, as after training.",
    label="Freeze",
)
"""``FROZEN`` for BatchNorm: its running statistics are frozen too (the layer runs as in evaluation)."""


def norm_params() -> tuple[ParamSpec, ParamSpec]:
    """The ``momentum`` and ``eps`` parameters shared by BatchNorm and BatchNorm2d."""
    return (
        ParamSpec(
            "momentum", "float", 0.1, "How fast the running mean and variance follow the batches.", min=0.0, max=1.0,
            advanced=True,
        ),
        ParamSpec(
            "eps", "float", 1e-5, "Added to the variance to avoid division by zero.", min=1e-12, max=1.0, log=True,
            advanced=True,
        ),
    )
