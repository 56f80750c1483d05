"""The network design: layer nodes and port-to-port edges, with stable ids and change events.

``Graph`` holds the data and checks each edit (unknown kinds, bad parameters, cycles, occupied
ports). It does not keep history: reversible edits live in ``commands.py``. Subscribers (the
editor scene, autosave, the status bar) get a ``GraphEvent`` after every change.
"""

from __future__ import annotations

import copy
import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from playground.graph.i18n import tr
from playground.graph.layers import KINDS, kind
from playground.graph.params import ParamError, defaults


class GraphError(ValueError):
    """An edit the design cannot accept (the message says why)."""


@dataclass
class Node:
    id: str
    kind: str
    name: str
    params: dict[str, Any]
    pos: tuple[float, float] = (0.0, 0.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "params": copy.deepcopy(self.params),
            "pos": [round(float(self.pos[0]), 2), round(float(self.pos[1]), 2)],
        }


@dataclass(frozen=True)
class Edge:
    """An edge from ``src``'s output to ``dst``'s input port ``port``."""

    src: str
    dst: str
    port: str = "in"

    def to_dict(self) -> dict[str, str]:
        return {"src": self.src, "dst": self.dst, "port": self.port}


@dataclass(frozen=True)
class GraphEvent:
    """What changed: ``type`` is one of node_added, node_removed, edge_added, edge_removed,
    param_changed, node_renamed, node_moved, reset; ``data`` holds the ids involved."""

    type: str
    data: dict[str, Any] = field(default_factory=dict)


MAX_COORD = 1e7
"""Positions beyond this are refused, as the project loader refuses them (save must load again)."""


def clean_pos(pos: Any) -> tuple[float, float]:
    """``pos`` as two finite floats within ±MAX_COORD, or ``GraphError``."""
    if (
        not isinstance(pos, (list, tuple))
        or len(pos) != 2
        or any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in pos)
        or not all(abs(v) <= MAX_COORD for v in pos)  # false for NaN and inf too
    ):
        raise GraphError(
            tr(
                "a position must be two finite numbers within ±{limit}, got {value}",
                limit=f"{MAX_COORD:,.0f}",
                value=str(pos)[:60],
            )
        )
    return float(pos[0]), float(pos[1])


class Graph:
    """Nodes (by stable string id) and edges, in insertion order."""

    def __init__(self) -> None:
        self._nodes: dict[str, Node] = {}
        self._edges: list[Edge] = []
        self._next_id = 1
        self._listeners: list[Callable[[GraphEvent], None]] = []

    # --- observation ------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[GraphEvent], None]) -> Callable[[], None]:
        """Call ``listener(event)`` after each change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, type_: str, **data: Any) -> None:
        event = GraphEvent(type_, data)
        for listener in list(self._listeners):
            listener(event)

    # --- queries --------------------------------------------------------------------------

    @property
    def nodes(self) -> dict[str, Node]:
        return self._nodes

    @property
    def edges(self) -> list[Edge]:
        return self._edges

    def node(self, node_id: str) -> Node:
        try:
            return self._nodes[node_id]
        except KeyError:
            raise GraphError(tr("no node with id {id}", id=repr(node_id))) from None

    def by_name(self, name: str) -> Node | None:
        return next((n for n in self._nodes.values() if n.name == name), None)

    def in_edges(self, node_id: str) -> list[Edge]:
        """Edges into ``node_id``, in the order they were connected (Concat's order)."""
        return [e for e in self._edges if e.dst == node_id]

    def out_edges(self, node_id: str) -> list[Edge]:
        return [e for e in self._edges if e.src == node_id]

    def nodes_of_kind(self, kind_id: str) -> list[Node]:
        return [n for n in self._nodes.values() if n.kind == kind_id]

    def topological_order(self) -> list[str]:
        """Node ids so that every edge goes forward; ties keep insertion order. Raises on a cycle."""
        indegree = {nid: 0 for nid in self._nodes}
        for e in self._edges:
            indegree[e.dst] += 1
        # a heap of insertion indices: of the nodes ready, the earliest inserted goes first,
        # whatever order the edges were drawn in
        index = {nid: i for i, nid in enumerate(self._nodes)}
        ids = list(self._nodes)
        ready = [index[nid] for nid, d in indegree.items() if d == 0]
        order: list[str] = []
        while ready:
            nid = ids[heapq.heappop(ready)]
            order.append(nid)
            for e in self.out_edges(nid):
                indegree[e.dst] -= 1
                if indegree[e.dst] == 0:
                    heapq.heappush(ready, index[e.dst])
        if len(order) != len(self._nodes):
            raise GraphError(tr("the design has a cycle; remove one of the connections that loop back"))
        return order

    def reaches(self, start: str, goal: str) -> bool:
        """True if a path of edges leads from ``start`` to ``goal``."""
        seen, stack = set(), [start]
        while stack:
            nid = stack.pop()
            if nid == goal:
                return True
            if nid not in seen:
                seen.add(nid)
                stack.extend(e.dst for e in self.out_edges(nid))
        return False

    def check_connect(self, src: str, dst: str, port: str = "in") -> str | None:
        """Why ``src → dst.port`` cannot be connected, or None if it can."""
        if src not in self._nodes or dst not in self._nodes:
            return tr("both ends must be nodes of this design")
        if src == dst:
            return tr("a layer cannot feed itself")
        src_node, dst_node = self._nodes[src], self._nodes[dst]
        dst_kind = kind(dst_node.kind)
        if not kind(src_node.kind).has_outputs:
            return tr(
                "{kind} '{name}' is the end of the network and has no output port",
                kind=src_node.kind,
                name=src_node.name,
            )
        if port not in dst_kind.inputs:
            return tr(
                "{kind} '{name}' has no input port {port}", kind=dst_node.kind, name=dst_node.name, port=repr(port)
            )
        if Edge(src, dst, port) in self._edges:
            return tr("'{src}' is already connected to '{dst}'", src=src_node.name, dst=dst_node.name)
        if not dst_kind.variadic and any(e.dst == dst and e.port == port for e in self._edges):
            return tr(
                "{kind} '{name}' already has an input; remove that connection first "
                "or merge the branches with Add or Concat",
                kind=dst_node.kind,
                name=dst_node.name,
            )
        if self.reaches(dst, src):
            return tr("connecting '{src}' to '{dst}' would make a cycle", src=src_node.name, dst=dst_node.name)
        return None

    def unique_name(self, prefix: str) -> str:
        names = {n.name for n in self._nodes.values()}
        i = 1
        while f"{prefix}{i}" in names:
            i += 1
        return f"{prefix}{i}"

    def new_id(self) -> str:
        while f"n{self._next_id}" in self._nodes:
            self._next_id += 1
        return f"n{self._next_id}"

    # --- raw edits (use commands.py for undoable ones) ---------------------------------------

    def insert_node(self, node: Node, index: int | None = None) -> Node:
        """Add ``node`` (params validated and completed with defaults) at ``index`` in order."""
        if node.id in self._nodes:
            raise GraphError(tr("a node with id {id} already exists", id=repr(node.id)))
        if node.kind not in KINDS:
            raise GraphError(
                tr("unknown layer kind {kind}; known kinds: {kinds}", kind=repr(node.kind), kinds=", ".join(KINDS))
            )
        if not isinstance(node.name, str) or len(node.name) > 60 or node.name != node.name.strip():
            # names are stored stripped, as write_name stores them; a blank one could not be saved and loaded
            raise GraphError(tr("a layer name must be a text of 1 to 60 characters, without spaces at the ends"))
        if node.name and self.by_name(node.name) is not None:
            raise GraphError(tr("another layer is already named '{name}'", name=node.name))
        node.pos = clean_pos(node.pos)
        node.params = self.clean_params(node.kind, node.params)
        if not node.name:
            node.name = self.unique_name(kind(node.kind).name_prefix)
        items = list(self._nodes.items())
        items.insert(len(items) if index is None else index, (node.id, node))
        self._nodes = dict(items)
        self._emit("node_added", node=node.id)
        return node

    def pop_node(self, node_id: str) -> tuple[Node, int]:
        """Remove a node that has no edges; returns it and its index (for undo)."""
        self.node(node_id)  # a GraphError, not a bare ValueError, for an unknown id
        if any(e.src == node_id or e.dst == node_id for e in self._edges):
            raise GraphError(tr("disconnect a node before removing it"))
        index = list(self._nodes).index(node_id)
        node = self._nodes.pop(node_id)
        self._emit("node_removed", node=node_id)
        return node, index

    def insert_edge(self, edge: Edge, index: int | None = None) -> Edge:
        reason = self.check_connect(edge.src, edge.dst, edge.port)
        if reason:
            raise GraphError(reason)
        self._edges.insert(len(self._edges) if index is None else index, edge)
        self._emit("edge_added", edge=edge)
        return edge

    def pop_edge(self, edge: Edge) -> int:
        try:
            index = self._edges.index(edge)
        except ValueError:
            raise GraphError(tr("no such connection")) from None
        del self._edges[index]
        self._emit("edge_removed", edge=edge)
        return index

    def write_param(self, node_id: str, name: str, value: Any) -> Any:
        """Set a parameter after validating it; returns the old value."""
        node = self.node(node_id)
        try:
            spec = kind(node.kind).param(name)
        except KeyError:
            raise GraphError(tr("{kind} has no parameter {param}", kind=node.kind, param=repr(name))) from None
        try:
            cleaned = spec.validate(value)
        except ParamError as e:
            raise GraphError(
                tr("{label} of '{name}' {problem}", label=tr(spec.label), name=node.name, problem=e)
            ) from None
        old = node.params[name]
        node.params[name] = cleaned
        self._emit("param_changed", node=node_id, name=name)
        return old

    def write_name(self, node_id: str, name: str) -> str:
        node = self.node(node_id)
        name = name.strip() if isinstance(name, str) else ""
        if not name or len(name) > 60:
            raise GraphError(tr("a layer name must be 1 to 60 characters"))
        other = self.by_name(name)
        if other is not None and other.id != node_id:
            raise GraphError(tr("another layer is already named '{name}'", name=name))
        old, node.name = node.name, name
        self._emit("node_renamed", node=node_id)
        return old

    def write_pos(self, node_id: str, pos: tuple[float, float]) -> tuple[float, float]:
        node = self.node(node_id)
        old, node.pos = node.pos, clean_pos(pos)
        self._emit("node_moved", node=node_id)
        return old

    @staticmethod
    def clean_params(kind_id: str, params: dict[str, Any]) -> dict[str, Any]:
        spec_list = kind(kind_id).params
        unknown = set(params) - {s.name for s in spec_list}
        if unknown:
            raise GraphError(tr("{kind} has no parameter {param}", kind=kind_id, param=repr(sorted(unknown)[0])))
        cleaned = defaults(spec_list)
        for spec in spec_list:
            if spec.name in params:
                try:
                    cleaned[spec.name] = spec.validate(params[spec.name])
                except ParamError as e:
                    raise GraphError(
                        tr("{kind} {label} {problem}", kind=kind_id, label=tr(spec.label).lower(), problem=e)
                    ) from None
        return cleaned

    # --- whole-graph ------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [n.to_dict() for n in self._nodes.values()],
            "edges": [e.to_dict() for e in self._edges],
        }

    def replace(self, nodes: Iterable[Node], edges: Iterable[Edge]) -> None:
        """Replace the whole content (loading a project); emits one ``reset`` event."""
        listeners = self._listeners
        self._listeners = []
        try:
            self._nodes, self._edges = {}, []
            for node in nodes:
                self.insert_node(node)
            for edge in edges:
                self.insert_edge(edge)
        finally:
            self._listeners = listeners
        self._emit("reset")

    def copy(self) -> Graph:
        clone = Graph()
        clone._nodes = {nid: copy.deepcopy(n) for nid, n in self._nodes.items()}
        clone._edges = list(self._edges)
        clone._next_id = self._next_id
        return clone
