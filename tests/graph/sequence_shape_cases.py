"""One valid and one error case per sequence and GAN layer kind, merged into test_shapes.py's VALID and ERRORS.

Valid cases are whole valid designs checked without data (a sequence Input → layer → … → Output, or a
GAN's two networks) with the expected output shape of the layer; error cases name the node and the
parts of the message that tell a student what went wrong and what to do.
"""

from __future__ import annotations

from shape_support import build, line

from playground.graph import DataInfo

TEXT = DataInfo(
    12, "classification", 36, kind="sequence", sample_shape=(12,), target_shape=(12, 36), vocab=36
)
"""The text dataset with 12 steps: symbol ids in, a class per step out."""

RING = DataInfo(2, "generation", kind="gan")
"""A GAN target: 2D points."""


def gan(generator: list[tuple], generator_edges: list[tuple[str, str]], extra_edges: list[tuple[str, str]] = ()):
    """Noise 'z' → ``generator`` (ending in Generated 'fake') beside the discriminator Input 'x' → Dense → Output."""
    discriminator = [("x", "Input", {"shape": [2]}), ("d", "Dense", {"units": 1}), ("out", "Output")]
    return build(
        [("z", "Noise", {"size": 3}), *generator, *discriminator],
        [*generator_edges, ("x", "d"), ("d", "out"), *extra_edges],
    )


GENERATOR = [("g", "Dense", {"units": 2}), ("fake", "Generated")]
GENERATOR_EDGES = [("z", "g"), ("g", "fake")]

SEQUENCE_VALID = {
    "RNN": (line(("rnn", "RNN", {"hidden": 8}), ("fc", "Dense", {"units": 1}), shape=(10, 3)), "rnn", (8,)),
    "LSTM": (
        # both directions at every step: 2 · 5 values per step, then one logit per step
        line(("lstm", "LSTM", {"hidden": 5, "bidirectional": True, "return_sequences": True}),
             ("td", "TimeDense", {"units": 1}), shape=(6, 2)),
        "lstm",
        (6, 10),
    ),
    "GRU": (
        line(("gru", "GRU", {"hidden": 4, "layers": 2, "bidirectional": True}), ("fc", "Dense", {"units": 1}),
             shape=(7, 3)),
        "gru",
        (8,),
    ),
    "Embedding": (
        line(("emb", "Embedding", {"vocab": 36, "dim": 4}), ("gru", "GRU", {"hidden": 3}),
             ("fc", "Dense", {"units": 1}), shape=(12,)),
        "emb",
        (12, 4),
    ),
    "TimeDense": (
        line(("td", "TimeDense", {"units": 7}), ("lstm", "LSTM", {"hidden": 2}), ("fc", "Dense", {"units": 1}),
             shape=(5, 3)),
        "td",
        (5, 7),
    ),
    "Noise": (gan(GENERATOR, GENERATOR_EDGES), "z", (3,)),
    "Generated": (gan(GENERATOR, GENERATOR_EDGES), "fake", (2,)),
}

SEQUENCE_ERRORS = {
    "RNN": (
        line(("rnn", "RNN"), ("fc", "Dense", {"units": 1}), shape=(8,)), None, "rnn",
        ["RNN 'rnn'", "needs a sequence (time×features) but receives a flat vector of 8 values",
         "for symbol ids put an Embedding before it", "put a Reshape to [8, 1] (one value per step)"],
    ),
    "LSTM": (
        line(("lstm", "LSTM"), ("fc", "Dense", {"units": 1}), shape=(1, 8, 6)), None, "lstm",
        ["LSTM 'lstm'", "needs a sequence (time×features) but receives an image 1×8×6",
         "put a Reshape to [8, 6] before it to read the image row by row"],
    ),
    "GRU": (
        # the classic stacking mistake: the first layer gives only its last state
        line(("first", "LSTM", {"hidden": 6}), ("gru", "GRU"), ("fc", "Dense", {"units": 1}), shape=(9, 2)),
        None, "gru",
        ["GRU 'gru'", "receives a flat vector of 6 values", "after another recurrent layer, let that one return "
         "sequences"],
    ),
    "Embedding": (
        line(("emb", "Embedding", {"vocab": 30}), ("gru", "GRU", {"return_sequences": True}),
             ("td", "TimeDense", {"units": 36}), shape=(12,), head={"task": "multiclass"}),
        TEXT, "emb",
        ["Embedding 'emb'", "the text has 36 different symbols", "set the vocabulary to at least 36"],
    ),
    "TimeDense": (
        line(("lstm", "LSTM", {"hidden": 8}), ("td", "TimeDense", {"units": 1}), shape=(9, 2)), None, "td",
        ["TimeDense 'td'", "applies one Dense to every time step of a sequence (time×features) but receives 8",
         "for a flat vector use Dense", "set the recurrent layer to return sequences"],
    ),
    "Noise": (
        # the noise also enters the discriminator: the two networks are no longer apart
        build(
            [("z", "Noise", {"size": 2}), *GENERATOR, ("x", "Input", {"shape": [2]}), ("cat", "Concat"),
             ("d", "Dense", {"units": 1}), ("out", "Output")],
            [*GENERATOR_EDGES, ("x", "cat"), ("z", "cat"), ("cat", "d"), ("d", "out")],
        ),
        RING, "z",
        ["Noise 'z'", "leads to the discriminator's Output",
         "keep the generator (Noise → … → Generated) and the discriminator (Input → … → Output) apart"],
    ),
    "Generated": (
        gan([("g", "Dense", {"units": 3}), ("fake", "Generated")], GENERATOR_EDGES), RING, "fake",
        ["Generated 'fake'", "the generator makes samples of 3 values but the real samples have 2",
         "set the last Dense before it to 2 units"],
    ),
}
