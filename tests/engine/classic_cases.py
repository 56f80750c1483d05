"""Oracle cases of the classic kinds (``Threshold``) for ``test_engine_build``: shapes and parameter counts."""

from __future__ import annotations

from collections.abc import Callable

from engine_helpers import Builder, chain_graph

from playground.graph import Graph


def _threshold_case() -> tuple[Graph, list[str]]:
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [3]}),
            ("Threshold", {"weights": [1.0, -1.0, 0.5], "theta": 0.5}),
            ("Output", {"task": "binary"}),
        ]
    )
    return graph, [ids[1]]


def _threshold_layer_case() -> tuple[Graph, list[str]]:
    """Three neurons side by side, joined into a code a Dense head reads."""
    b = Builder()
    start = b.add("Input", shape=[2])
    neurons = [b.add("Threshold", weights=[1.0, float(i)], theta=float(i)) for i in range(3)]
    join = b.add("Concat")
    for n in neurons:
        b.connect(start, n)
        b.connect(n, join)
    b.chain([("Dense", {"units": 1}), ("Output", {"task": "binary"})], after=join)
    return b.graph, neurons


CLASSIC_CASES: dict[str, list[tuple[str, Callable[[], tuple[Graph, list[str]]]]]] = {
    "Threshold": [("threshold", _threshold_case), ("threshold-layer", _threshold_layer_case)],
}
