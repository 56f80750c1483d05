"""The sequence and GAN layer kinds of the registry: recurrent layers, embeddings, per-step Dense, noise.

Sequences have the shape time×features (the batch is left out); text arrives as a vector of symbol ids
(time,) that an Embedding turns into time×features. A recurrent layer gives the whole sequence of
hidden states (time×hidden) or only the last one (hidden). The GAN kinds mark the generator's ends:
``Noise`` is where it starts, ``Generated`` is the fake sample it makes. Each entry is assembled into
``KINDS`` by ``playground.graph.layers``; the parameter counts equal torch's and the tests check it.
"""

from __future__ import annotations

from typing import Any

from playground.graph.i18n import tr
from playground.graph.layer_kind import (
    FROZEN,
    LayerKind,
    Shape,
    ShapeError,
    flat_input,
    fmt_shape,
    init_params,
    one_input,
    sequence_input,
)
from playground.graph.params import ParamSpec

GATES = {"RNN": 1, "GRU": 3, "LSTM": 4}
"""Weight blocks per recurrent cell: a plain RNN has one, a GRU three (reset, update, new), an LSTM four."""

RECURRENT_INITS: dict[str, str] = {
    "torch": "Uniform ±1/√hidden (PyTorch default)",
    "glorot": "Glorot (Xavier) uniform",
    "orthogonal": "Orthogonal recurrent weights",
}


def _recurrent_params(cell: str) -> tuple[ParamSpec, ...]:
    params = [
        ParamSpec("hidden", "int", 32, "Size of the hidden state h (units per direction).", min=1, max=1024, key=True),
        ParamSpec("layers", "int", 1, "Recurrent layers stacked on each other.", min=1, max=4),
        ParamSpec(
            "return_sequences",
            "bool",
            False,
            "Give the hidden state of every step (time×hidden, for many-to-many or another recurrent layer), "
            "or only the last one (many-to-one).",
            label="Return sequences",
            key=True,
        ),
        ParamSpec(
            "bidirectional",
            "bool",
            False,
            "Also read the sequence backwards and join both directions' states (doubles the outputs).",
        ),
        ParamSpec(
            "recurrent_init",
            "choice",
            "torch",
            "How the weights start.",
            label="Weight init",
            choices=tuple(RECURRENT_INITS),
            choice_labels=RECURRENT_INITS,
            advanced=True,
        ),
        ParamSpec(
            "gain",
            "float",
            1.0,
            "Multiplies the recurrent weights W_hh after init. Backprop through time multiplies by W_hh once per "
            "step: a gain above 1 makes the gradients explode, below 1 vanish.",
            label="Recurrent gain",
            min=0.0,
            max=20.0,
        ),
    ]
    if cell == "RNN":
        params.insert(
            1,
            ParamSpec(
                "nonlinearity",
                "choice",
                "tanh",
                "The function of the recurrence h_t = f(W_xh·x_t + W_hh·h_{t−1} + b).",
                choices=("tanh", "relu"),
                choice_labels={"tanh": "Tanh", "relu": "ReLU"},
                key=True,
            ),
        )
    if cell == "LSTM":
        params.append(
            ParamSpec(
                "forget_bias",
                "float",
                1.0,
                "Starting bias of the forget gate. 1 keeps the cell's memory open at the start of training.",
                label="Forget-gate bias",
                min=-10.0,
                max=10.0,
                advanced=True,
            )
        )
        params.append(
            ParamSpec(
                "peepholes",
                "bool",
                False,
                "Peephole connections: the gates also see the cell state, "
                "f_t = σ(W_f·[h_{t−1}, x_t] + w_cf⊙C_{t−1} + b_f), i_t = σ(W_i·[h_{t−1}, x_t] + w_ci⊙C_{t−1} + b_i), "
                "o_t = σ(W_o·[h_{t−1}, x_t] + w_co⊙C_t + b_o) (one weight per cell unit and gate, starting at 0). "
                "Torch has no fused peephole layer: the steps run one at a time, slower.",
                label="Peepholes",
            )
        )
    params.append(FROZEN)
    return tuple(params)


def _infer_recurrent(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    steps, _ = sequence_input(shapes)
    units = p["hidden"] * (2 if p["bidirectional"] else 1)
    return (steps, units) if p["return_sequences"] else (units,)


def _recurrent_count(cell: str):
    def count(shapes: list[Shape], p: dict[str, Any]) -> int:
        _, features = sequence_input(shapes)
        gates, hidden = GATES[cell], p["hidden"]
        directions = 2 if p["bidirectional"] else 1
        total = 0
        for layer in range(p["layers"]):
            width = features if layer == 0 else hidden * directions
            total += directions * gates * hidden * (width + hidden + 2)  # W_ih, W_hh, b_ih, b_hh
            if cell == "LSTM" and p["peepholes"]:
                total += directions * 3 * hidden  # w_ci, w_cf, w_co: one weight per cell unit and gate
        return total

    return count


def _recurrent_code(cell: str):
    def code(shapes: list[Shape], p: dict[str, Any]) -> str:
        _, features = sequence_input(shapes)
        extra = f", nonlinearity={p['nonlinearity']!r}" if cell == "RNN" else ""
        if cell == "LSTM":
            extra = f", forget_bias={p['forget_bias']!r}" + (", peepholes=True" if p["peepholes"] else "")
        return (
            f"L.Recurrent({cell.lower()!r}, {features}, {p['hidden']}, layers={p['layers']}, "
            f"bidirectional={p['bidirectional']}, return_sequences={p['return_sequences']}, "
            f"init={p['recurrent_init']!r}, gain={p['gain']!r}{extra})"
        )

    return code


def _recurrent(cell: str, help_text: str) -> LayerKind:
    return LayerKind(
        id=cell,
        category="Recurrent",
        help=help_text,
        params=_recurrent_params(cell),
        infer=_infer_recurrent,
        module_code=_recurrent_code(cell),
        count_params=_recurrent_count(cell),
        name_prefix=cell.lower(),
    )


def _token_input(shapes: list[Shape]) -> int:
    shape = one_input(shapes)
    if len(shape) != 1:
        raise ShapeError(
            tr(
                "takes a sequence of symbol ids (time,) but receives {shape}: connect it right after "
                "the Input of a text dataset",
                shape=fmt_shape(shape),
            )
        )
    return shape[0]


def _time_dense_input(shapes: list[Shape]) -> int:
    shape = one_input(shapes)
    if len(shape) != 2:
        raise ShapeError(
            tr(
                "applies one Dense to every time step of a sequence (time×features) but receives {shape}: "
                "for a flat vector use Dense; before it, set the recurrent layer to return sequences",
                shape=fmt_shape(shape),
            )
        )
    return shape[1]


def _infer_time_dense(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    _time_dense_input(shapes)
    return (shapes[0][0], p["units"])


RECURRENT: tuple[LayerKind, ...] = (
    _recurrent(
        "RNN",
        "Plain (Elman) recurrent layer: h_t = tanh(W_xh·x_t + W_hh·h_{t−1} + b). Its gradients through time "
        "are products of W_hh and tanh′ per step, so they vanish (or explode) over long sequences.",
    ),
    _recurrent(
        "LSTM",
        "Long short-term memory: a cell state c_t carried by gates, c_t = f_t⊙c_{t−1} + i_t⊙g_t, h_t = o_t⊙tanh(c_t). "
        "The forget gate f lets gradients flow through many steps.",
    ),
    _recurrent(
        "GRU",
        "Gated recurrent unit: an update gate z mixes the old state with a new candidate, "
        "h_t = (1 − z_t)⊙ĥ_t + z_t⊙h_{t−1} (z near 1 keeps the old state); a reset gate r decides how much of the "
        "past the candidate ĥ_t sees.",
    ),
    LayerKind(
        id="Embedding",
        category="Recurrent",
        help="Turns each symbol id into a learned vector: a lookup table of vocabulary × dimension. "
        "Text enters the network this way.",
        params=(
            ParamSpec(
                "vocab",
                "int",
                36,
                "Number of different symbols (ids 0 … vocabulary − 1); at least the data's alphabet.",
                label="Vocabulary",
                min=2,
                max=100_000,
            ),
            ParamSpec(
                "dim", "int", 16, "Length of each symbol's vector.", label="Dimension", min=1, max=1024, key=True
            ),
            FROZEN,
        ),
        infer=lambda shapes, p: (_token_input(shapes), p["dim"]),
        module_code=lambda shapes, p: f"nn.Embedding({p['vocab']}, {p['dim']})",
        count_params=lambda shapes, p: p["vocab"] * p["dim"],
        name_prefix="embed",
    ),
    LayerKind(
        id="TimeDense",
        category="Recurrent",
        help="The same Dense layer applied to every time step (TimeDistributed): time×features → time×units. "
        "Put it after a recurrent layer that returns sequences for a many-to-many output.",
        params=(
            ParamSpec("units", "int", 8, "Neurons per step.", min=1, max=4096, key=True),
            ParamSpec("bias", "bool", True, "Add a learnable bias b to each neuron."),
            *init_params("glorot_uniform"),
            FROZEN,
        ),
        infer=_infer_time_dense,
        module_code=lambda shapes, p: f"nn.Linear({_time_dense_input(shapes)}, {p['units']}, bias={p['bias']})",
        count_params=lambda shapes, p: _time_dense_input(shapes) * p["units"] + (p["units"] if p["bias"] else 0),
        name_prefix="step_dense",
    ),
)

NOISE_DISTRIBUTIONS = {"normal": "Normal N(0, 1)", "uniform": "Uniform on [−1, 1]"}

GAN: tuple[LayerKind, ...] = (
    LayerKind(
        id="Noise",
        category="GAN",
        help="Where a GAN's generator starts: a random vector z, drawn anew for every sample. "
        "The generator learns to turn it into samples that look real.",
        params=(
            ParamSpec("size", "int", 2, "Length of the noise vector z.", min=1, max=512, key=True),
            ParamSpec(
                "distribution",
                "choice",
                "normal",
                "What z is drawn from.",
                choices=tuple(NOISE_DISTRIBUTIONS),
                choice_labels=NOISE_DISTRIBUTIONS,
                key=True,
            ),
        ),
        inputs=(),
        infer=lambda shapes, p: (p["size"],),
        module_code=lambda shapes, p: "nn.Identity()",
        name_prefix="noise",
    ),
    LayerKind(
        id="Generated",
        category="GAN",
        help="The generator's end: a fake sample G(z). During training it goes to the discriminator's Input "
        "next to the real samples; the discriminator learns to tell them apart.",
        params=(),
        infer=lambda shapes, p: (flat_input(shapes),),
        module_code=lambda shapes, p: "nn.Identity()",
        name_prefix="generated",
        terminal=True,
    ),
)
