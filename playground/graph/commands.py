"""Reversible edits of a ``Graph``, and a pure-Python undo history.

Each command applies itself with ``do(graph)`` and restores the exact previous graph with
``undo(graph)``. The editor wraps these in Qt's ``QUndoCommand``; tests and headless tools use
``History``. A command that fails raises ``GraphError`` and leaves the graph unchanged.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from playground.graph.graph import Edge, Graph, GraphError, Node, clean_pos
from playground.graph.i18n import N_, tr
from playground.graph.layers import KINDS, kind


class Command:
    text = N_("Edit")  # undo-menu texts are marked here and translated where shown

    def do(self, graph: Graph) -> None:
        raise NotImplementedError

    def undo(self, graph: Graph) -> None:
        raise NotImplementedError


@dataclass
class AddNode(Command):
    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    pos: tuple[float, float] = (0.0, 0.0)
    name: str = ""
    node_id: str = ""

    @property
    def text(self) -> str:  # type: ignore[override]
        return tr("Add {kind}", kind=self.kind)

    def do(self, graph: Graph) -> None:
        if self.kind not in KINDS:  # a GraphError (not kind()'s KeyError) so Macro rolls back
            raise GraphError(
                tr(
                    "unknown layer kind {kind}; known kinds: {kinds}",
                    kind=repr(str(self.kind)[:40]),
                    kinds=", ".join(KINDS),
                )
            )
        if not isinstance(self.name, str):
            raise GraphError(tr("a layer name must be a text of 1 to 60 characters"))
        self.node_id = self.node_id or graph.new_id()
        self.name = self.name.strip() or graph.unique_name(kind(self.kind).name_prefix)
        if graph.by_name(self.name) is not None:
            self.name = graph.unique_name(self.name.rstrip("0123456789") or "layer")
        graph.insert_node(Node(self.node_id, self.kind, self.name, copy.deepcopy(self.params), self.pos))

    def undo(self, graph: Graph) -> None:
        graph.pop_node(self.node_id)


@dataclass
class RemoveNodes(Command):
    """Remove nodes with every edge that touches them."""

    node_ids: list[str]
    _nodes: list[tuple[Node, int]] = field(default_factory=list, repr=False)
    _edges: list[tuple[Edge, int]] = field(default_factory=list, repr=False)
    text = N_("Delete")

    def do(self, graph: Graph) -> None:
        for nid in self.node_ids:
            graph.node(nid)
        self.node_ids = list(dict.fromkeys(self.node_ids))  # a repeated id must not be popped twice
        doomed = set(self.node_ids)
        touching = [e for e in graph.edges if e.src in doomed or e.dst in doomed]
        self._edges = [(e, graph.pop_edge(e)) for e in reversed(touching)]
        by_index = sorted(self.node_ids, key=list(graph.nodes).index, reverse=True)
        self._nodes = [graph.pop_node(nid) for nid in by_index]

    def undo(self, graph: Graph) -> None:
        for node, index in reversed(self._nodes):
            graph.insert_node(node, index)
        for edge, index in reversed(self._edges):
            graph.insert_edge(edge, index)


@dataclass
class Connect(Command):
    src: str
    dst: str
    port: str = "in"
    text = N_("Connect")

    def do(self, graph: Graph) -> None:
        graph.insert_edge(Edge(self.src, self.dst, self.port))

    def undo(self, graph: Graph) -> None:
        graph.pop_edge(Edge(self.src, self.dst, self.port))


@dataclass
class Disconnect(Command):
    edge: Edge
    _index: int = -1
    text = N_("Disconnect")

    def do(self, graph: Graph) -> None:
        self._index = graph.pop_edge(self.edge)

    def undo(self, graph: Graph) -> None:
        graph.insert_edge(self.edge, self._index)


@dataclass
class SetParam(Command):
    node_id: str
    name: str
    value: Any
    _old: Any = None

    @property
    def text(self) -> str:  # type: ignore[override]
        return tr("Set {name}", name=self.name)

    def do(self, graph: Graph) -> None:
        self._old = graph.write_param(self.node_id, self.name, self.value)
        self.value = graph.node(self.node_id).params[self.name]

    def undo(self, graph: Graph) -> None:
        graph.write_param(self.node_id, self.name, self._old)


@dataclass
class Rename(Command):
    node_id: str
    name: str
    _old: str = ""
    text = N_("Rename")

    def do(self, graph: Graph) -> None:
        self._old = graph.write_name(self.node_id, self.name)

    def undo(self, graph: Graph) -> None:
        graph.write_name(self.node_id, self._old)


@dataclass
class Move(Command):
    """Move nodes to new positions (one command per drag or auto-layout)."""

    positions: dict[str, tuple[float, float]]
    _old: dict[str, tuple[float, float]] = field(default_factory=dict)
    text = N_("Move")

    def do(self, graph: Graph) -> None:
        for nid, pos in self.positions.items():  # check everything first: all nodes move or none
            graph.node(nid)
            clean_pos(pos)
        self._old = {nid: graph.write_pos(nid, pos) for nid, pos in self.positions.items()}

    def undo(self, graph: Graph) -> None:
        for nid, pos in self._old.items():
            graph.write_pos(nid, pos)


@dataclass
class Macro(Command):
    """Several commands as one undo step; all or nothing."""

    commands: list[Command]
    text: str = N_("Edit")  # type: ignore[assignment]

    def do(self, graph: Graph) -> None:
        done: list[Command] = []
        try:
            for cmd in self.commands:
                cmd.do(graph)
                done.append(cmd)
        except GraphError:
            for cmd in reversed(done):
                cmd.undo(graph)
            raise

    def undo(self, graph: Graph) -> None:
        for cmd in reversed(self.commands):
            cmd.undo(graph)


def copy_nodes(graph: Graph, node_ids: list[str]) -> dict[str, Any]:
    """The selected nodes and the edges among them, as JSON-ready data for the clipboard."""
    chosen = [nid for nid in graph.nodes if nid in set(node_ids)]
    return {
        "format": "nn-playground-nodes",
        "nodes": [graph.node(nid).to_dict() for nid in chosen],
        "edges": [e.to_dict() for e in graph.edges if e.src in chosen and e.dst in chosen],
    }


def paste_nodes(data: dict[str, Any], offset: tuple[float, float] = (40.0, 40.0)) -> Macro:
    """A command that adds copied nodes (fresh ids and names, shifted by ``offset``) and their edges.

    Raises ``GraphError`` if ``data`` is not clipboard data from ``copy_nodes``.
    """
    if not isinstance(data, dict) or data.get("format") != "nn-playground-nodes":
        raise GraphError(tr("the clipboard does not hold NN Playground layers"))
    try:
        adds = {
            _text(n["id"]): AddNode(
                _text(n["kind"]),
                dict(n["params"]),
                (float(n["pos"][0]) + offset[0], float(n["pos"][1]) + offset[1]),
                _text(n["name"]),
            )
            for n in data["nodes"]
        }
        edges = [(_text(e["src"]), _text(e["dst"]), _text(e.get("port", "in"))) for e in data["edges"]]
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        raise GraphError(tr("the clipboard's layer data is damaged")) from None
    return Macro(
        [*adds.values(), *(_PastedEdge(adds[s], adds[d], p) for s, d, p in edges if s in adds and d in adds)],
        N_("Paste"),
    )


def _text(value: Any) -> str:
    """``value`` if it is a string; clipboard data from elsewhere may hold anything."""
    if not isinstance(value, str):
        raise TypeError("expected a text")
    return value


@dataclass
class _PastedEdge(Command):
    """An edge between two nodes being pasted, whose ids are known only once they are added."""

    src: AddNode
    dst: AddNode
    port: str

    def do(self, graph: Graph) -> None:
        graph.insert_edge(Edge(self.src.node_id, self.dst.node_id, self.port))

    def undo(self, graph: Graph) -> None:
        graph.pop_edge(Edge(self.src.node_id, self.dst.node_id, self.port))


class History:
    """Undo/redo of commands on one graph, for headless use and tests."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, cmd: Command) -> Command:
        cmd.do(self.graph)
        self._done.append(cmd)
        self._undone.clear()
        return cmd

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> None:
        """Undo the last command; nothing to undo is a no-op."""
        if not self._done:
            return
        cmd = self._done.pop()
        cmd.undo(self.graph)
        self._undone.append(cmd)

    def redo(self) -> None:
        """Redo the last undone command; nothing to redo is a no-op."""
        if not self._undone:
            return
        cmd = self._undone.pop()
        cmd.do(self.graph)
        self._done.append(cmd)
