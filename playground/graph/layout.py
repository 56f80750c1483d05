"""Automatic left-to-right layout of a design (a DAG), for the editor's "auto-layout".

Pure function of the graph: layers by longest path from the sources (so every edge points right),
placeholders where an edge skips layers, a few barycentre sweeps to order nodes within a layer
(fewer crossings), then a grid placement in which no two node boxes overlap. Separate networks in one
design (a GAN's generator and discriminator) are laid out one below the other, apart, never interleaved.
"""

from __future__ import annotations

from playground.graph.graph import Graph

Position = tuple[float, float]


COMPONENT_GAP = 170.0
"""Vertical room between two separate networks: the editor frames each GAN network with a title above it."""


def layered_layout(
    graph: Graph,
    node_size: tuple[float, float] = (200.0, 110.0),
    spacing: tuple[float, float] = (110.0, 50.0),
    sweeps: int = 4,
) -> dict[str, Position]:
    """Top-left positions of every node: columns by longest-path layer, rows ordered by barycentre.

    Layers are centred on the line ``y = 0`` and the first layer starts at ``x = 0``; a second network
    (not connected to the first) goes below it, ``COMPONENT_GAP`` apart. Raises ``GraphError`` if the
    design has a cycle (the editor never creates one).
    """
    order = graph.topological_order()
    positions: dict[str, Position] = {}
    bottom = None
    for component in _components(graph, order):
        placed = _layout_component(graph, component, node_size, spacing, sweeps)
        if bottom is not None:
            shift = bottom + COMPONENT_GAP - min(y for _, y in placed.values())
            placed = {nid: (x, y + shift) for nid, (x, y) in placed.items()}
        positions.update(placed)
        bottom = max(y for _, y in positions.values()) + node_size[1]
    return positions


def _components(graph: Graph, order: list[str]) -> list[list[str]]:
    """The weakly connected parts of the design, each in topological order, in order of their first node."""
    parent = {nid: nid for nid in order}

    def root(nid: str) -> str:
        while parent[nid] != nid:
            parent[nid] = parent[parent[nid]]
            nid = parent[nid]
        return nid

    for e in graph.edges:
        parent[root(e.src)] = root(e.dst)
    groups: dict[str, list[str]] = {}
    for nid in order:
        groups.setdefault(root(nid), []).append(nid)
    return list(groups.values())


def _layout_component(
    graph: Graph,
    order: list[str],
    node_size: tuple[float, float],
    spacing: tuple[float, float],
    sweeps: int,
) -> dict[str, Position]:
    layers = _longest_path_layers(graph, order)
    preds: dict[str, list[str]] = {nid: [] for nid in order}
    succs: dict[str, list[str]] = {nid: [] for nid in order}
    columns: list[list[str]] = [[] for _ in range(max(layers.values(), default=-1) + 1)]
    for nid in order:  # topological order is a stable starting order within each layer
        columns[layers[nid]].append(nid)
    # An edge that spans several layers gets a placeholder in each layer it crosses. Placeholders
    # take a row like a node, so a skip connection runs beside the layers it skips, not through them.
    for e in graph.edges:
        if e.src not in layers:
            continue  # an edge of another network
        prev = e.src
        for layer in range(layers[e.src] + 1, layers[e.dst]):
            hop = f"\0{e.src}>{e.dst}:{e.port}@{layer}"
            columns[layer].append(hop)
            preds[hop], succs[hop] = [prev], []
            succs[prev].append(hop)
            prev = hop
        succs[prev].append(e.dst)
        preds[e.dst].append(prev)
    _reduce_crossings(columns, preds, succs, sweeps)

    width, height = node_size
    gap_x, gap_y = spacing
    positions: dict[str, Position] = {}
    for col, ids in enumerate(columns):
        top = -(len(ids) * height + (len(ids) - 1) * gap_y) / 2
        for row, nid in enumerate(ids):
            if nid in layers:
                positions[nid] = (col * (width + gap_x), top + row * (height + gap_y))
    return positions


def _longest_path_layers(graph: Graph, order: list[str]) -> dict[str, int]:
    """Layer of each node: 0 for sources, else one more than its deepest predecessor."""
    layers: dict[str, int] = {}
    for nid in order:
        layers[nid] = max((layers[e.src] + 1 for e in graph.in_edges(nid)), default=0)
    return layers


def _reduce_crossings(
    columns: list[list[str]], preds: dict[str, list[str]], succs: dict[str, list[str]], sweeps: int
) -> None:
    """Reorder each column in place by the mean row of its neighbours, sweeping right then left."""
    for _ in range(sweeps):
        for i in range(1, len(columns)):
            _order_by_barycentre(columns[i], columns[i - 1], preds)
        for i in range(len(columns) - 2, -1, -1):
            _order_by_barycentre(columns[i], columns[i + 1], succs)


def _order_by_barycentre(column: list[str], fixed: list[str], neighbours: dict[str, list[str]]) -> None:
    rows = {nid: r for r, nid in enumerate(fixed)}

    def barycentre(item: tuple[int, str]) -> tuple[float, int]:
        index, nid = item
        linked = [rows[n] for n in neighbours[nid] if n in rows]
        # A node without neighbours in the fixed column keeps its place (sorting is stable).
        return (sum(linked) / len(linked) if linked else float(index), index)

    column[:] = [nid for _, nid in sorted(enumerate(column), key=barycentre)]
