"""Auto-layout: every edge points right, no two node boxes overlap, crossings are reduced."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.graph import AddNode, Connect, Graph, History
from playground.graph.layout import layered_layout

SIZE = (200.0, 110.0)


def build(kinds: list[str], edges: list[tuple[int, int]]) -> tuple[Graph, list[str]]:
    graph = Graph()
    history = History(graph)
    ids = [history.push(AddNode(k)).node_id for k in kinds]
    for s, d in edges:
        history.push(Connect(ids[s], ids[d]))
    return graph, ids


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < SIZE[0] and abs(a[1] - b[1]) < SIZE[1]


def test_chain_goes_left_to_right_on_one_row() -> None:
    graph, ids = build(["Input", "Dense", "Activation", "Dense", "Output"], [(0, 1), (1, 2), (2, 3), (3, 4)])
    pos = layered_layout(graph, SIZE)
    xs = [pos[i][0] for i in ids]
    assert xs == sorted(xs) and len(set(xs)) == 5
    assert {pos[i][1] for i in ids} == {-SIZE[1] / 2}  # one row, centred on y = 0


def test_skip_connection_uses_longest_path() -> None:
    # input → d1 → act → add, and input → add directly: add is in layer 3, not 1.
    graph, (inp, d1, act, add, out) = build(
        ["Input", "Dense", "Activation", "Add", "Output"], [(0, 1), (1, 2), (2, 3), (0, 3), (3, 4)]
    )
    pos = layered_layout(graph, SIZE, spacing=(100.0, 40.0))
    assert pos[add][0] == 3 * 300.0
    assert pos[out][0] == 4 * 300.0


def test_skip_connection_runs_beside_the_layers_it_skips() -> None:
    # The edge act → add skips d2; d2 must not sit on the straight line between act and add.
    graph, (inp, d1, act, d2, add, out) = build(
        ["Input", "Dense", "Activation", "Dense", "Add", "Output"], [(0, 1), (1, 2), (2, 3), (3, 4), (2, 4), (4, 5)]
    )
    pos = layered_layout(graph, SIZE)
    assert pos[act][1] == pos[add][1]
    line_y = pos[act][1] + SIZE[1] / 2
    assert not pos[d2][1] <= line_y <= pos[d2][1] + SIZE[1]


def crossings(pos: dict[str, tuple[float, float]], edges: list[tuple[str, str]]) -> int:
    """Pairs of edges between the same two columns whose ends are in opposite vertical order."""
    count = 0
    for (s1, d1), (s2, d2) in itertools.combinations(edges, 2):
        same_columns = pos[s1][0] == pos[s2][0] and pos[d1][0] == pos[d2][0]
        if same_columns and (pos[s1][1] - pos[s2][1]) * (pos[d1][1] - pos[d2][1]) < 0:
            count += 1
    return count


def test_barycentre_ordering_removes_crossings() -> None:
    # In insertion order, the node fed by both sources sits below the two fed by the second one,
    # so its edge from the first source crosses two others; ordering by barycentre removes both.
    pairs = [(0, 4), (1, 2), (1, 3), (1, 4)]
    graph, ids = build(["Concat"] * 5, pairs)
    edges = [(ids[s], ids[d]) for s, d in pairs]
    assert crossings(layered_layout(graph, SIZE, sweeps=0), edges) == 2
    assert crossings(layered_layout(graph, SIZE), edges) == 0


def test_empty_graph() -> None:
    assert layered_layout(Graph()) == {}


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 12), st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=30))
def test_random_dags_have_no_overlaps_and_edges_point_right(n: int, pairs: list[tuple[int, int]]) -> None:
    # Only forward pairs (s < d) so the result is a DAG; Concat takes any number of inputs.
    edges = sorted({(s, d) for s, d in pairs if s < d < n})
    graph, ids = build(["Concat"] * n, edges)
    pos = layered_layout(graph, SIZE)
    assert set(pos) == set(ids)
    for p, q in itertools.combinations(pos.values(), 2):
        assert not overlaps(p, q)
    for s, d in edges:
        assert pos[ids[s]][0] < pos[ids[d]][0]


@pytest.mark.parametrize("spacing", [(0.0, 0.0), (50.0, 20.0)])
def test_spacing_is_respected(spacing: tuple[float, float]) -> None:
    graph, ids = build(["Input", "Dense", "Dense", "Concat"], [(0, 1), (0, 2), (1, 3), (2, 3)])
    pos = layered_layout(graph, SIZE, spacing=spacing)
    assert abs(pos[ids[1]][1] - pos[ids[2]][1]) == SIZE[1] + spacing[1]
    assert pos[ids[1]][0] - pos[ids[0]][0] == SIZE[0] + spacing[0]


def test_two_networks_of_one_design_are_stacked_apart_not_interleaved() -> None:
    """A GAN's generator and discriminator: each keeps its own rows, the second below the first."""
    graph, ids = build(
        ["Noise", "Dense", "Dense", "Generated", "Input", "Dense", "Output"],
        [(0, 1), (1, 2), (2, 3), (4, 5), (5, 6)],
    )
    pos = layered_layout(graph, SIZE)
    generator, discriminator = ids[:4], ids[4:]
    assert len({pos[i][1] for i in generator}) == 1 and len({pos[i][1] for i in discriminator}) == 1
    gap = pos[discriminator[0]][1] - (pos[generator[0]][1] + SIZE[1])
    assert gap >= 150  # room for the editor's frame titles
    assert [pos[i][0] for i in discriminator] == [pos[i][0] for i in generator[:3]]  # both start at the left
