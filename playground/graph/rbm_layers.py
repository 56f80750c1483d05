"""The restricted Boltzmann machine (RBM) kind: binary visible and hidden units, trained by contrastive divergence.

An RBM has an energy E(v, h) = −b_v·v − b_h·h − hᵀWv over binary visible units v and hidden units h, with no
connections inside a layer, so P(h=1 | v) = σ(Wv + b_h) and P(v=1 | h) = σ(Wᵀh + b_v) factorise over the units.
The pretraining ``engine.rbm.GreedyRbm`` trains it by CD-k (Hinton 2002); a stack of RBMs, each trained on the
hidden probabilities of the one below, is a deep belief network. In the design it is a layer whose output is
P(h=1 | v): the deterministic up-pass a DBN uses when backprop fine-tunes it with labels. ``layers`` adds it to
``KINDS``.
"""

from __future__ import annotations

from typing import Any

from playground.graph.layer_kind import FROZEN, INITS, LayerKind, Shape, flat_input
from playground.graph.params import ParamSpec


def _infer(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    flat_input(shapes)  # a ShapeError that says "put a Flatten before it" for images
    return (p["hidden"],)


def _code(shapes: list[Shape], p: dict[str, Any]) -> str:
    return f"L.RBM({flat_input(shapes)}, {p['hidden']}, k={p['k']}, persistent={p['persistent']})"


def _count(shapes: list[Shape], p: dict[str, Any]) -> int:
    visible, hidden = flat_input(shapes), p["hidden"]
    return visible * hidden + visible + hidden


RBM = LayerKind(
    id="RBM",
    category="Deep belief nets",
    help="Restricted Boltzmann machine: binary visible units v (its input) and hidden units h with energy "
    "E(v, h) = −b_v·v − b_h·h − hᵀWv and no links inside a layer, so P(h=1|v) = σ(Wv + b_h) and "
    "P(v=1|h) = σ(Wᵀh + b_v). The RBM pretraining learns W without labels by contrastive divergence (CD-k): "
    "ΔW ∝ ⟨h vᵀ⟩ on the data − ⟨h vᵀ⟩ after k Gibbs steps. Stacked RBMs, each trained on the hidden "
    "probabilities of the one below, form a deep belief network. Its output is P(h=1|v), so backprop can "
    "fine-tune the stack with labels afterwards.",
    params=(
        ParamSpec("hidden", "int", 64, "Number of hidden units h (the layer's outputs).", min=1, max=4096, key=True),
        ParamSpec(
            "k",
            "int",
            1,
            "Gibbs steps of contrastive divergence (CD-k): 1 is Hinton's fast default; more steps follow the "
            "model's own distribution more closely, at k times the cost.",
            label="CD steps k",
            min=1,
            max=50,
            key=True,
        ),
        ParamSpec(
            "persistent",
            "bool",
            False,
            "Persistent CD: the Gibbs chains go on from where the last update left them instead of starting at "
            "the data, so they explore the model's distribution further (Tieleman 2008).",
            label="Persistent CD",
        ),
        ParamSpec(
            "init",
            "choice",
            "normal",
            "How the weights start: small random normal values (σ 0.01, Hinton's advice) break the symmetry "
            "between hidden units without saturating them.",
            label="Weight init",
            choices=tuple(INITS),
            choice_labels=INITS,
        ),
        ParamSpec(
            "sigma",
            "float",
            0.01,
            "Standard deviation for the 'normal' init.",
            min=1e-6,
            max=100.0,
            log=True,
            advanced=True,
        ),
        FROZEN,
    ),
    infer=_infer,
    module_code=_code,
    count_params=_count,
    name_prefix="rbm",
)
"""The RBM layer kind."""
