"""Oracle case for the word2vec head (``SkipGram``), merged into test_engine_build.py's CASES."""

from __future__ import annotations

from collections.abc import Callable

from engine_helpers import chain_graph

from playground.graph import Graph, ShapeReport


def _skipgram_case(context: str) -> Callable[[], tuple[Graph, list[str]]]:
    """Input(one word id) → Embedding(36 words, 4) → SkipGram with its own or the shared context vectors."""

    def case() -> tuple[Graph, list[str]]:
        graph, ids = chain_graph(
            [("Input", {"shape": [1]}), ("Embedding", {"vocab": 36, "dim": 4}), ("SkipGram", {"context": context})]
        )
        return graph, [ids[-1]]

    return case


WORD_CASES = {
    "SkipGram": [("skipgram-separate", _skipgram_case("separate")), ("skipgram-shared", _skipgram_case("shared"))]
}


def trainer_owned(graph: Graph, node_id: str, report: ShapeReport) -> int:
    """Parameters the editor counts for a node but its training run holds outside the built module: a separate
    SkipGram head's context vectors x′ (vocabulary × dimension) live in ``engine.word2vec.SkipGramTrainer``."""
    node = graph.nodes[node_id]
    if node.kind != "SkipGram" or node.params["context"] != "separate":
        return 0
    (embedding,) = [graph.nodes[e.src] for e in graph.in_edges(node_id)]
    return embedding.params["vocab"] * embedding.params["dim"]
