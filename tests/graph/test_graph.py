"""Graph: stable ids, raw edits, connection rules, topological order and change events."""

import pytest

from playground.graph import Edge, Graph, GraphError, GraphEvent, Node


def add(graph: Graph, kind: str, name: str = "", **params) -> str:
    """Insert a node of ``kind`` with a fresh id; returns the id."""
    return graph.insert_node(Node(graph.new_id(), kind, name, params)).id


def chain(graph: Graph, *kinds: str) -> list[str]:
    """Nodes of ``kinds`` connected one after the other."""
    ids = [add(graph, k) for k in kinds]
    for a, b in zip(ids, ids[1:], strict=False):
        graph.insert_edge(Edge(a, b))
    return ids


# --- ids and nodes -------------------------------------------------------------------------------


def test_ids_are_stable_and_never_reused_while_taken():
    g = Graph()
    a, b = add(g, "Input"), add(g, "Dense")
    assert (a, b) == ("n1", "n2")
    g.pop_node(a)
    assert g.node(b).id == "n2"  # other ids do not shift
    c = add(g, "Dense")
    assert c not in (b,)
    assert set(g.nodes) == {b, c}


def test_new_id_skips_ids_taken_by_loaded_nodes():
    g = Graph()
    g.insert_node(Node("n1", "Input", "in", {}))
    g.insert_node(Node("n2", "Dense", "d", {}))
    assert g.new_id() == "n3"


def test_insert_node_completes_params_with_defaults_and_names_it():
    g = Graph()
    nid = add(g, "Dense", units=3)
    node = g.node(nid)
    assert node.params == {"units": 3, "bias": True, "init": "glorot_uniform", "sigma": 0.1, "frozen": False}
    assert node.name == "dense1"
    assert g.node(add(g, "Dense")).name == "dense2"


def test_insert_node_at_index_keeps_the_rest_of_the_order():
    g = Graph()
    a, b = add(g, "Input"), add(g, "Output")
    g.insert_node(Node("mid", "Dense", "", {}), index=1)
    assert list(g.nodes) == [a, "mid", b]


@pytest.mark.parametrize(
    ("node", "message"),
    [
        (Node("x", "Conv9", "c", {}), "unknown layer kind 'Conv9'; known kinds: Input, Dense"),
        (Node("x", "Dense", "d", {"units": 0}), "Dense units must be an integer from 1 to 4096, got 0"),
        (Node("x", "Dense", "d", {"colour": 1}), "Dense has no parameter 'colour'"),
        (Node("x", "Dense", "d", {}, (float("nan"), 0.0)), "a position must be two finite numbers"),
        (Node("x", "Dense", "d" * 61, {}), "a layer name must be a text of 1 to 60 characters"),
        (Node("x", "Dense", " d", {}), "without spaces at the ends"),
        (Node("x", "Dense", 5, {}), "a layer name must be a text"),
    ],
)
def test_insert_node_refuses_bad_nodes_and_leaves_the_graph_alone(node, message):
    g = Graph()
    add(g, "Input")
    before = g.to_dict()
    with pytest.raises(GraphError, match=message.replace("(", r"\(")):
        g.insert_node(node)
    assert g.to_dict() == before


def test_insert_node_refuses_a_taken_id_or_name():
    g = Graph()
    g.insert_node(Node("a", "Dense", "fc", {}))
    with pytest.raises(GraphError, match="a node with id 'a' already exists"):
        g.insert_node(Node("a", "Dense", "other", {}))
    with pytest.raises(GraphError, match="another layer is already named 'fc'"):
        g.insert_node(Node("b", "Dense", "fc", {}))
    assert list(g.nodes) == ["a"]


def test_pop_node_returns_node_and_index():
    g = Graph()
    a, b, c = add(g, "Input"), add(g, "Dense"), add(g, "Output")
    node, index = g.pop_node(b)
    assert (node.id, index) == (b, 1)
    assert list(g.nodes) == [a, c]


def test_pop_node_refuses_a_connected_or_unknown_node():
    g = Graph()
    a, b = chain(g, "Input", "Dense")
    with pytest.raises(GraphError, match="disconnect a node before removing it"):
        g.pop_node(a)
    with pytest.raises(GraphError, match="no node with id 'zz'"):
        g.pop_node("zz")
    assert list(g.nodes) == [a, b]


def test_node_lookup_errors_name_the_id():
    with pytest.raises(GraphError, match="no node with id 'n7'"):
        Graph().node("n7")


def test_by_name_and_nodes_of_kind():
    g = Graph()
    a, b, c = add(g, "Input"), add(g, "Dense", "fc"), add(g, "Dense")
    assert g.by_name("fc").id == b
    assert g.by_name("nope") is None
    assert [n.id for n in g.nodes_of_kind("Dense")] == [b, c]
    assert [n.id for n in g.nodes_of_kind("Input")] == [a]


# --- edges -----------------------------------------------------------------------------------------


def test_insert_and_pop_edge_keep_order_and_report_the_index():
    g = Graph()
    i, d1, d2, s = add(g, "Input"), add(g, "Dense"), add(g, "Dense"), add(g, "Add")
    edges = [Edge(i, d1), Edge(i, d2), Edge(d1, s), Edge(d2, s)]
    for e in edges:
        g.insert_edge(e)
    assert g.edges == edges
    assert g.pop_edge(Edge(i, d2)) == 1
    g.insert_edge(Edge(i, d2), 1)
    assert g.edges == edges
    assert g.in_edges(s) == [Edge(d1, s), Edge(d2, s)]
    assert g.out_edges(i) == [Edge(i, d1), Edge(i, d2)]


def test_pop_edge_of_a_missing_edge():
    g = Graph()
    a, b = add(g, "Input"), add(g, "Dense")
    with pytest.raises(GraphError, match="no such connection"):
        g.pop_edge(Edge(a, b))


def test_check_connect_accepts_a_valid_edge():
    g = Graph()
    a, b = add(g, "Input"), add(g, "Dense")
    assert g.check_connect(a, b) is None


def test_check_connect_refuses_a_self_loop():
    g = Graph()
    d = add(g, "Dense", "fc")
    assert g.check_connect(d, d) == "a layer cannot feed itself"


def test_check_connect_refuses_unknown_ends():
    g = Graph()
    d = add(g, "Dense")
    assert g.check_connect(d, "ghost") == "both ends must be nodes of this design"
    assert g.check_connect("ghost", d) == "both ends must be nodes of this design"


def test_check_connect_refuses_a_cycle():
    g = Graph()
    a, b, c = chain(g, "Dense", "Dense", "Dense")
    reason = g.check_connect(c, a)
    assert reason == "connecting 'dense3' to 'dense1' would make a cycle"
    with pytest.raises(GraphError, match="would make a cycle"):
        g.insert_edge(Edge(c, a))
    assert len(g.edges) == 2


def test_check_connect_refuses_a_duplicate_edge():
    g = Graph()
    a, s = add(g, "Input", "x"), add(g, "Add", "sum")
    g.insert_edge(Edge(a, s))
    assert g.check_connect(a, s) == "'x' is already connected to 'sum'"


def test_check_connect_refuses_a_second_input_into_a_plain_port():
    g = Graph()
    a, b, d = add(g, "Input"), add(g, "Dense"), add(g, "Dense", "fc")
    g.insert_edge(Edge(a, d))
    reason = g.check_connect(b, d)
    assert reason is not None
    assert reason.startswith("Dense 'fc' already has an input")
    assert "merge the branches with Add or Concat" in reason


def test_check_connect_refuses_edges_out_of_the_output():
    g = Graph()
    o, d = add(g, "Output", "head"), add(g, "Dense")
    assert g.check_connect(o, d) == "Output 'head' is the end of the network and has no output port"


def test_check_connect_refuses_an_unknown_port_and_edges_into_input():
    g = Graph()
    d, i = add(g, "Dense", "fc"), add(g, "Input", "x")
    assert g.check_connect(i, d, "skip") == "Dense 'fc' has no input port 'skip'"
    assert g.check_connect(d, i) == "Input 'x' has no input port 'in'"


@pytest.mark.parametrize("merge", ["Add", "Concat"])
def test_variadic_merges_accept_many_inputs(merge):
    g = Graph()
    src = [add(g, "Dense") for _ in range(5)]
    m = add(g, merge)
    for s in src:
        g.insert_edge(Edge(s, m))
    assert [e.src for e in g.in_edges(m)] == src


# --- topological order -------------------------------------------------------------------------


def test_topological_order_without_edges_is_insertion_order():
    g = Graph()
    ids = [add(g, "Dense") for _ in range(6)]
    assert g.topological_order() == ids


def test_topological_order_respects_edges_added_against_insertion_order():
    g = Graph()
    out, d2, d1, inp = add(g, "Output"), add(g, "Dense"), add(g, "Dense"), add(g, "Input")
    for a, b in [(inp, d1), (d1, d2), (d2, out)]:
        g.insert_edge(Edge(a, b))
    assert g.topological_order() == [inp, d1, d2, out]


def test_topological_order_of_branches_keeps_insertion_order_for_ties():
    g = Graph()
    inp = add(g, "Input")
    left, right = add(g, "Dense"), add(g, "Dense")
    merge = add(g, "Add")
    # connect the later branch first: the order must still follow insertion, not connection order
    for e in [Edge(inp, right), Edge(inp, left), Edge(right, merge), Edge(left, merge)]:
        g.insert_edge(e)
    order = g.topological_order()
    assert order == [inp, left, right, merge]
    position = {nid: i for i, nid in enumerate(order)}
    assert all(position[e.src] < position[e.dst] for e in g.edges)


def test_topological_order_puts_a_node_as_early_as_its_inputs_and_insertion_allow():
    g = Graph()
    a, b, c, d = (add(g, "Dense") for _ in range(4))
    g.insert_edge(Edge(b, a))
    # a waits only for b, and was inserted before c and d
    assert g.topological_order() == [b, a, c, d]


def test_topological_order_raises_on_a_cycle():
    g = Graph()
    a, b = chain(g, "Dense", "Dense")
    g.edges.append(Edge(b, a))  # bypasses check_connect, as a corrupted model could
    with pytest.raises(GraphError, match="the design has a cycle"):
        g.topological_order()


def test_reaches():
    g = Graph()
    a, b, c = chain(g, "Input", "Dense", "Dense")
    d = add(g, "Dense")
    assert g.reaches(a, c)
    assert not g.reaches(c, a)
    assert not g.reaches(a, d)
    assert g.reaches(d, d)


# --- parameters, names, positions ---------------------------------------------------------------


def test_write_param_validates_and_returns_the_old_value():
    g = Graph()
    d = add(g, "Dense", "fc")
    assert g.write_param(d, "units", 16) == 8
    assert g.node(d).params["units"] == 16
    with pytest.raises(GraphError, match="Units of 'fc' must be an integer from 1 to 4096, got -4"):
        g.write_param(d, "units", -4)
    with pytest.raises(GraphError, match="Dense has no parameter 'size'"):
        g.write_param(d, "size", 3)
    assert g.node(d).params["units"] == 16


def test_write_name_strips_refuses_empty_long_and_taken_names():
    g = Graph()
    a, b = add(g, "Dense", "fc1"), add(g, "Dense", "fc2")
    assert g.write_name(a, "  hidden  ") == "fc1"
    assert g.node(a).name == "hidden"
    for bad, message in [("   ", "1 to 60 characters"), ("x" * 61, "1 to 60 characters"), (None, "1 to 60"),
                         ("fc2", "another layer is already named 'fc2'")]:
        with pytest.raises(GraphError, match=message):
            g.write_name(a, bad)
    assert g.node(a).name == "hidden"
    assert g.write_name(b, "fc2") == "fc2"  # its own name is fine


def test_write_pos_stores_floats_and_refuses_junk():
    g = Graph()
    d = add(g, "Dense")
    assert g.write_pos(d, (3, 4)) == (0.0, 0.0)
    assert g.node(d).pos == (3.0, 4.0)
    for bad in [(float("nan"), 0), (0, float("inf")), (1e8, 0), ("a", "b"), (1,), None]:
        with pytest.raises(GraphError, match="a position must be two finite numbers"):
            g.write_pos(d, bad)
    assert g.node(d).pos == (3.0, 4.0)


# --- events --------------------------------------------------------------------------------------


def test_each_edit_emits_one_event_with_its_type_and_ids():
    g = Graph()
    events: list[GraphEvent] = []
    g.subscribe(events.append)
    a, b = add(g, "Input"), add(g, "Dense")
    e = g.insert_edge(Edge(a, b))
    g.write_param(b, "units", 3)
    g.write_name(b, "fc")
    g.write_pos(b, (1, 2))
    g.pop_edge(e)
    g.pop_node(b)
    assert events == [
        GraphEvent("node_added", {"node": a}),
        GraphEvent("node_added", {"node": b}),
        GraphEvent("edge_added", {"edge": Edge(a, b)}),
        GraphEvent("param_changed", {"node": b, "name": "units"}),
        GraphEvent("node_renamed", {"node": b}),
        GraphEvent("node_moved", {"node": b}),
        GraphEvent("edge_removed", {"edge": Edge(a, b)}),
        GraphEvent("node_removed", {"node": b}),
    ]


def test_refused_edits_emit_nothing():
    g = Graph()
    d = add(g, "Dense")
    events: list[GraphEvent] = []
    g.subscribe(events.append)
    for attempt in (lambda: g.insert_edge(Edge(d, d)), lambda: g.write_param(d, "units", 0),
                    lambda: g.pop_node("zz"), lambda: g.write_name(d, "")):
        with pytest.raises(GraphError):
            attempt()
    assert events == []


def test_replace_emits_only_reset_and_unsubscribe_stops_events():
    g = Graph()
    events: list[GraphEvent] = []
    unsubscribe = g.subscribe(events.append)
    g.replace([Node("a", "Input", "x", {}), Node("b", "Dense", "", {})], [Edge("a", "b")])
    assert events == [GraphEvent("reset", {})]
    assert [n.name for n in g.nodes.values()] == ["x", "dense1"]
    assert g.edges == [Edge("a", "b")]
    unsubscribe()
    unsubscribe()  # twice is harmless
    add(g, "Dense")
    assert events == [GraphEvent("reset", {})]


def test_listeners_see_the_graph_already_changed():
    g = Graph()
    seen = []
    g.subscribe(lambda ev: seen.append((ev.type, len(g.nodes), len(g.edges))))
    a, b = add(g, "Input"), add(g, "Dense")
    g.insert_edge(Edge(a, b))
    assert seen == [("node_added", 1, 0), ("node_added", 2, 0), ("edge_added", 2, 1)]


# --- whole graph ---------------------------------------------------------------------------------


def test_to_dict_rounds_positions_and_copies_params():
    g = Graph()
    g.insert_node(Node("a", "Input", "x", {"shape": [3]}, (1.23456, -2.0)))
    data = g.to_dict()
    assert data == {
        "nodes": [{"id": "a", "kind": "Input", "name": "x", "params": {"shape": [3]}, "pos": [1.23, -2.0]}],
        "edges": [],
    }
    data["nodes"][0]["params"]["shape"].append(4)
    assert g.node("a").params["shape"] == [3]


def test_copy_is_independent():
    g = Graph()
    a, b = chain(g, "Input", "Dense")
    clone = g.copy()
    assert clone.to_dict() == g.to_dict()
    clone.write_param(b, "units", 99)
    clone.pop_edge(Edge(a, b))
    assert g.node(b).params["units"] == 8
    assert g.edges == [Edge(a, b)]
    assert clone.new_id() == g.new_id()
