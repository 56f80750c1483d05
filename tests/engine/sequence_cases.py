"""Oracle cases for the sequence and GAN layer kinds, merged into test_engine_build.py's CASES.

Each case is a small valid design and the ids of the nodes it is about; the oracle runs it through torch
and compares every node's real output shape and parameter count with shape inference. The GAN kinds are
about the generator, which the oracle builds as its own network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine_helpers import Builder, chain_graph

from playground.graph import Graph

Case = Callable[[], tuple[Graph, list[str]]]
GAN_KINDS = ("Noise", "Generated")
"""Kinds that belong to a GAN's generator: the oracle builds ``GraphModule(..., network="generator")``."""


def recurrent_case(cell: str, **params: Any) -> Case:
    """Input(6×3) → the recurrent layer → (TimeDense when it returns sequences) → Dense(1) head → Output."""

    def case() -> tuple[Graph, list[str]]:
        layers: list[tuple[str, dict]] = [("Input", {"shape": [6, 3]}), (cell, {"hidden": 4, **params})]
        if params.get("return_sequences"):
            layers += [("TimeDense", {"units": 2}), ("Output", {"task": "regression"})]
        else:
            layers += [("Dense", {"units": 1}), ("Output", {"task": "regression"})]
        graph, ids = chain_graph(layers)
        return graph, [ids[1]]

    return case


def _embedding_case() -> tuple[Graph, list[str]]:
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [7]}),
            ("Embedding", {"vocab": 36, "dim": 5}),
            ("LSTM", {"hidden": 4, "return_sequences": True}),
            ("TimeDense", {"units": 36}),
            ("Output", {"task": "multiclass"}),
        ]
    )
    return graph, [ids[1]]


def _time_dense_case() -> tuple[Graph, list[str]]:
    graph, ids = chain_graph(
        [("Input", {"shape": [5, 3]}), ("TimeDense", {"units": 4, "bias": False}), ("TimeDense", {"units": 1}),
         ("Output", {"task": "regression"})]
    )
    return graph, ids[1:3]


def _gan_case(end: int) -> Case:
    """A generator Noise(3) → Dense → Dense(2) → Generated beside a discriminator; about its start (0) or end (-1)."""

    def case() -> tuple[Graph, list[str]]:
        b = Builder()
        generator = b.chain(
            [("Noise", {"size": 3}), ("Dense", {"units": 5}), ("Dense", {"units": 2}), ("Generated", {})]
        )
        b.chain([("Input", {"shape": [2]}), ("Dense", {"units": 4}), ("Dense", {"units": 1}), ("Output", {})])
        return b.graph, [generator[end]]

    return case


SEQUENCE_CASES: dict[str, list[tuple[str, Case]]] = {
    cell: [
        (f"{cell.lower()}-last", recurrent_case(cell)),
        (f"{cell.lower()}-2-layers-both-ways", recurrent_case(cell, layers=2, bidirectional=True)),
        (f"{cell.lower()}-sequences", recurrent_case(cell, return_sequences=True)),
    ]
    for cell in ("RNN", "LSTM", "GRU")
}
SEQUENCE_CASES |= {
    "Embedding": [("embedding", _embedding_case)],
    "TimeDense": [("time-dense", _time_dense_case)],
    "Noise": [("noise", _gan_case(0))],
    "Generated": [("generated", _gan_case(-1))],
}
