"""Oracle cases of the RBM kind for ``test_engine_build``: shapes and parameter counts (v·h + v + h)."""

from __future__ import annotations

from collections.abc import Callable

from engine_helpers import chain_graph

from playground.graph import Graph


def _rbm_stack_case() -> tuple[Graph, list[str]]:
    """An image flattened into two stacked RBMs and a classifier head: a deep belief net."""
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [1, 8, 8]}),
            ("Flatten", {}),
            ("RBM", {"hidden": 16, "k": 2}),
            ("RBM", {"hidden": 5, "persistent": True}),
            ("Dense", {"units": 10}),
            ("Output", {"task": "multiclass"}),
        ]
    )
    return graph, [ids[2], ids[3]]


RBM_CASES: dict[str, list[tuple[str, Callable[[], tuple[Graph, list[str]]]]]] = {
    "RBM": [("rbm-stack", _rbm_stack_case)],
}
