"""Helpers for shape tests: small designs written as lists of (name, kind, params).

A plain module (not conftest) so test files can import it by its unique name.
"""

from __future__ import annotations

from playground.graph import Edge, Graph, Node


def build(nodes: list[tuple], edges: list[tuple[str, str]] = ()) -> Graph:
    """Nodes as (name, kind[, params]); the name doubles as the id. Edges as (src, dst)."""
    g = Graph()
    for name, kind, *params in nodes:
        g.insert_node(Node(name, kind, name, params[0] if params else {}))
    for src, dst in edges:
        g.insert_edge(Edge(src, dst))
    return g


def line(*middle: tuple, shape=(2,), head: dict | None = None) -> Graph:
    """Input(shape) → middle… → Output(head), connected in a line."""
    nodes = [("x", "Input", {"shape": list(shape)}), *middle, ("out", "Output", head or {})]
    names = [n[0] for n in nodes]
    return build(nodes, list(zip(names, names[1:], strict=False)))


def image_line(*middle: tuple, shape=(1, 8, 8), head: dict | None = None) -> Graph:
    """Input(image) → middle… → Flatten → Dense(1) → Output: a valid binary classifier around ``middle``."""
    return line(*middle, ("flat", "Flatten"), ("fc", "Dense", {"units": 1}), shape=shape, head=head)
