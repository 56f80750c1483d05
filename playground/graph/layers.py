"""THE registry of layer kinds.

Every layer a user can put in a design is one ``LayerKind`` entry: its parameters, ports, shape
rule, parameter count and the torch constructor as Python source. The palette, the inspector,
shape inference, the engine's model builder and the code exporter all read these entries, so
adding a layer is one entry plus its tests. This module holds the core kinds (dense networks,
merges, the ends) and assembles them with the image kinds of ``image_layers`` into ``KINDS``, whose
order is the palette's order; ``layer_kind`` defines what an entry is.

Shapes exclude the batch dimension: ``(2,)`` is a vector of two features, ``(1, 28, 28)`` an image.
The constructor source (``module_code``) is evaluated by the engine with ``nn`` bound to
``torch.nn`` and ``L`` to ``playground.engine.modules``; this module never imports torch.
"""

from __future__ import annotations

from typing import Any

from playground.graph.classic_layers import CLASSIC
from playground.graph.i18n import tr
from playground.graph.image_layers import CONVOLUTION, REGULARIZATION_2D, SHAPE
from playground.graph.layer_kind import (
    FROZEN,
    FROZEN_NORM,
    INITS,
    LayerKind,
    Shape,
    ShapeError,
    flat_input,
    fmt_shape,
    init_params,
    norm_params,
    one_input,
    same_shape,
)
from playground.graph.params import ParamSpec
from playground.graph.rbm_layers import RBM
from playground.graph.sequence_layers import GAN, RECURRENT
from playground.graph.word_layers import SKIPGRAM

__all__ = [
    "ACTIVATIONS",
    "CATEGORIES",
    "INITS",
    "KINDS",
    "LOSSES",
    "LayerKind",
    "Shape",
    "ShapeError",
    "TASKS",
    "fmt_shape",
    "kind",
    "resolved_loss",
]

# --- shape rules of the core kinds ---------------------------------------------------------------


def _merge_inputs(shapes: list[Shape], what: str) -> None:
    if len(shapes) < 2:
        raise ShapeError(
            tr("{kind} needs at least two inputs, got {n}: connect another layer to it", kind=what, n=len(shapes))
        )


def _infer_add(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    _merge_inputs(shapes, "Add")
    if len(set(shapes)) != 1:
        got = ", ".join(fmt_shape(s) for s in shapes)
        raise ShapeError(
            tr("Add needs inputs of equal shape, got {got}: give the branches the same number of units", got=got)
        )
    return shapes[0]


def _infer_concat(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    _merge_inputs(shapes, "Concat")
    ranks = {len(s) for s in shapes}
    rest = {s[1:] for s in shapes}
    if len(ranks) != 1 or len(rest) != 1:
        got = ", ".join(fmt_shape(s) for s in shapes)
        raise ShapeError(tr("Concat joins along the first dimension; the others must match, got {got}", got=got))
    return (sum(s[0] for s in shapes),) + shapes[0][1:]


def _infer_output(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    shape = one_input(shapes)
    task, loss = p["task"], p["loss"]
    if task == "reconstruction":
        if loss == "cross_entropy":
            raise ShapeError(tr("an autoencoder compares pixels: use MSE, MAE, Huber or BCE, not cross-entropy"))
        return shape  # any shape with as many values as the input; shape inference checks it against the data
    if len(shape) not in (1, 2):
        raise ShapeError(
            tr("needs a flat vector but receives {shape}: put a Flatten and a Dense before it", shape=fmt_shape(shape))
        )
    # time×values: a prediction at every step of a sequence (many-to-many); the data check says if one is wanted
    n = shape[-1]
    if task == "binary" and n != 1:
        raise ShapeError(
            tr("a binary classifier needs 1 output value (the logit), got {n}: set the last Dense to 1 unit", n=n)
        )
    if task == "multiclass" and n < 2:
        raise ShapeError(
            tr("a multi-class classifier needs one output per class: set the last Dense to the number of classes")
        )
    if task == "regression" and loss in ("bce", "cross_entropy"):
        raise ShapeError(tr("regression needs MSE, MAE or Huber loss, not {loss}", loss=loss))
    if task == "binary" and loss == "cross_entropy":
        raise ShapeError(tr("cross-entropy over classes needs 2 or more outputs; use BCE for a binary classifier"))
    return shape


# --- activation functions ----------------------------------------------------------------------

ACTIVATIONS: dict[str, tuple[str, str]] = {
    # id: (label, constructor source)
    "identity": ("Identity", "nn.Identity()"),
    "step": ("Heaviside step", "L.Heaviside()"),
    "sign": ("Sign", "L.Sign()"),
    "sigmoid": ("Sigmoid", "nn.Sigmoid()"),
    "tanh": ("Tanh", "nn.Tanh()"),
    "relu": ("ReLU", "nn.ReLU()"),
    "leaky_relu": ("Leaky ReLU", "nn.LeakyReLU(negative_slope={slope!r})"),
    "elu": ("ELU", "nn.ELU(alpha={alpha!r})"),
    "selu": ("SELU", "nn.SELU()"),
    "softmax": ("Softmax", "nn.Softmax(dim=1)"),
}

TASKS = {
    "binary": "Binary classification",
    "multiclass": "Multi-class classification",
    "regression": "Regression",
    "reconstruction": "Autoencoder (reconstruct the input)",
}
LOSSES = {
    "auto": "Automatic (BCE / cross-entropy / MSE)",
    "mse": "Mean squared error",
    "mae": "Mean absolute error",
    "huber": "Huber",
    "bce": "Binary cross-entropy",
    "cross_entropy": "Cross-entropy",
}


def _activation_code(shapes: list[Shape], p: dict[str, Any]) -> str:
    return ACTIVATIONS[p["function"]][1].format(slope=p["slope"], alpha=p["alpha"])


# --- the registry --------------------------------------------------------------------------------

_CORE: tuple[LayerKind, ...] = (
    LayerKind(
        id="Input",
        category="Input / Output",
        help="Where the data enters the network. Its shape follows the data settings: the number of features, "
        "or channels×height×width for images.",
        params=(
            ParamSpec(
                "shape",
                "shape",
                [2],
                "Shape of one sample without the batch: [2] for two features, [1, 28, 28] for a grey 28×28 image.",
                key=True,
            ),
        ),
        inputs=(),
        infer=lambda shapes, p: tuple(p["shape"]),
        module_code=lambda shapes, p: "nn.Identity()",
        name_prefix="input",
    ),
    LayerKind(
        id="Dense",
        category="Core",
        help="Fully connected layer: every output is a weighted sum of all inputs plus a bias, z = W·x + b.",
        params=(
            ParamSpec("units", "int", 8, "Number of neurons (outputs) of the layer.", min=1, max=4096, key=True),
            ParamSpec("bias", "bool", True, "Add a learnable bias b to each neuron."),
            *init_params("glorot_uniform"),
            FROZEN,
        ),
        infer=lambda shapes, p: (p["units"],),
        module_code=lambda shapes, p: f"nn.Linear({flat_input(shapes)}, {p['units']}, bias={p['bias']})",
        count_params=lambda shapes, p: flat_input(shapes) * p["units"] + (p["units"] if p["bias"] else 0),
        name_prefix="dense",
    ),
    LayerKind(
        id="Activation",
        category="Activations",
        help="Applies a non-linear function to every value. Without non-linearities a deep net is just one linear map.",
        params=(
            ParamSpec(
                "function",
                "choice",
                "relu",
                "The function applied element-wise.",
                choices=tuple(ACTIVATIONS),
                choice_labels={k: v[0] for k, v in ACTIVATIONS.items()},
                key=True,
            ),
            ParamSpec("slope", "float", 0.01, "Slope for negative inputs of leaky ReLU.", min=0.0, max=1.0),
            ParamSpec("alpha", "float", 1.0, "Saturation value for negative inputs of ELU.", min=0.0, max=10.0),
        ),
        infer=same_shape,
        module_code=_activation_code,
        name_prefix="act",
        variants=tuple((label, {"function": fid}) for fid, (label, _) in ACTIVATIONS.items()),
    ),
    LayerKind(
        id="Dropout",
        category="Regularization",
        help="During training, zeroes each value with probability p (and scales the rest), so neurons cannot co-adapt.",
        params=(ParamSpec("p", "float", 0.5, "Probability of dropping a value.", min=0.0, max=0.95, key=True),),
        infer=same_shape,
        module_code=lambda shapes, p: f"nn.Dropout(p={p['p']!r})",
        name_prefix="dropout",
    ),
    LayerKind(
        id="BatchNorm",
        category="Regularization",
        help="Normalises each feature over the batch to mean 0 and variance 1, then scales and shifts it (γ, β).",
        params=(*norm_params(), FROZEN_NORM),
        infer=lambda shapes, p: (flat_input(shapes),),
        module_code=lambda shapes, p: (
            f"nn.BatchNorm1d({flat_input(shapes)}, eps={p['eps']!r}, momentum={p['momentum']!r})"
        ),
        count_params=lambda shapes, p: 2 * flat_input(shapes),
        name_prefix="bn",
    ),
)

_MERGE_AND_ENDS: tuple[LayerKind, ...] = (
    LayerKind(
        id="Add",
        category="Merge",
        help="Adds its inputs element-wise: a skip (residual) connection, y = x + f(x).",
        params=(),
        infer=_infer_add,
        module_code=lambda shapes, p: "L.Add()",
        variadic=True,
        name_prefix="add",
    ),
    LayerKind(
        id="Concat",
        category="Merge",
        help="Joins its inputs side by side along the feature dimension.",
        params=(),
        infer=_infer_concat,
        module_code=lambda shapes, p: "L.Concat()",
        variadic=True,
        name_prefix="concat",
    ),
    LayerKind(
        id="Latent",
        category="Autoencoder",
        help="Marks the code (bottleneck) of an autoencoder: passes values through unchanged, and is what the "
        "latent-space view plots and decodes. With sparsity β > 0 it adds β·Σⱼ KL(ρ‖ρ̂ⱼ) to the loss, pushing "
        "each unit's mean activation ρ̂ⱼ towards ρ (put a Sigmoid before it).",
        params=(
            ParamSpec(
                "sparsity",
                "float",
                0.0,
                "Weight β of the KL sparsity penalty (0: off).",
                label="Sparsity β",
                min=0.0,
                max=100.0,
                key=True,
            ),
            ParamSpec(
                "rho",
                "float",
                0.05,
                "Target mean activation ρ of each unit (sparse autoencoder).",
                label="Target ρ",
                min=0.001,
                max=0.999,
            ),
        ),
        infer=lambda shapes, p: (flat_input(shapes),),
        module_code=lambda shapes, p: "nn.Identity()",
        name_prefix="latent",
    ),
    LayerKind(
        id="Output",
        category="Input / Output",
        help="The network's head: says what the outputs mean (task) and how errors are measured (loss).",
        params=(
            ParamSpec(
                "task",
                "choice",
                "binary",
                "What the network predicts.",
                choices=tuple(TASKS),
                choice_labels=TASKS,
                key=True,
            ),
            ParamSpec(
                "loss",
                "choice",
                "auto",
                "Error measure. Automatic: BCE for binary, cross-entropy for multi-class, MSE for regression "
                "and autoencoders. An autoencoder with BCE reads its outputs as logits of the pixels (0..1).",
                choices=tuple(LOSSES),
                choice_labels=LOSSES,
                key=True,
            ),
        ),
        infer=_infer_output,
        module_code=lambda shapes, p: "nn.Identity()",
        name_prefix="output",
        terminal=True,
    ),
)

# The palette lists categories in order of first appearance and kinds in this order within each.
_KINDS: tuple[LayerKind, ...] = (
    _CORE + REGULARIZATION_2D + CONVOLUTION + SHAPE + RECURRENT + CLASSIC + (RBM,) + (SKIPGRAM,) + _MERGE_AND_ENDS + GAN
)
KINDS: dict[str, LayerKind] = {k.id: k for k in _KINDS}
CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(k.category for k in _KINDS))


def kind(kind_id: str) -> LayerKind:
    """The registry entry for ``kind_id``; ``KeyError`` with the known kinds if there is none."""
    try:
        return KINDS[kind_id]
    except KeyError:
        raise KeyError(f"unknown layer kind {kind_id!r}; known kinds: {', '.join(KINDS)}") from None


def resolved_loss(task: str, loss: str) -> str:
    """The loss actually used for a head: ``auto`` resolves by task."""
    if loss != "auto":
        return loss
    return {"binary": "bce", "multiclass": "cross_entropy", "regression": "mse", "reconstruction": "mse"}[task]
