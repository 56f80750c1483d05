"""Reversible commands: each undo restores the graph exactly; Macro is all-or-nothing; copy/paste; History."""

import copy

import pytest

from playground.graph import (
    AddNode,
    Connect,
    Disconnect,
    Edge,
    Graph,
    GraphError,
    GraphEvent,
    History,
    Macro,
    Move,
    RemoveNodes,
    Rename,
    SetParam,
    copy_nodes,
    paste_nodes,
)


def residual() -> tuple[Graph, History, dict[str, str]]:
    """Input → fc1 → act → fc2 → add → out, with a skip act → add, and a loose Dropout: ids by name."""
    g = Graph()
    h = History(g)
    ids = {}
    for kind, name, params in [
        ("Input", "x", {}),
        ("Dense", "fc1", {"units": 4}),
        ("Activation", "act", {"function": "tanh"}),
        ("Dropout", "drop", {}),
        ("Dense", "fc2", {"units": 4}),
        ("Add", "add", {}),
        ("Dense", "head", {"units": 1}),
        ("Output", "out", {}),
    ]:
        ids[name] = h.push(AddNode(kind, params, (len(ids) * 100.0, 0.0), name)).node_id
    for a, b in [("x", "fc1"), ("fc1", "act"), ("act", "fc2"), ("fc2", "add"), ("act", "add"),
                 ("add", "head"), ("head", "out")]:
        h.push(Connect(ids[a], ids[b]))
    return g, h, ids


def undo_restores(g: Graph, cmd) -> None:
    """Do ``cmd``, undo it (graph back exactly), redo it (same result as the first do)."""
    before = copy.deepcopy(g.to_dict())
    cmd.do(g)
    after = copy.deepcopy(g.to_dict())
    assert after != before
    cmd.undo(g)
    assert g.to_dict() == before
    cmd.do(g)
    assert g.to_dict() == after


# --- each command --------------------------------------------------------------------------------


def test_add_node_picks_id_and_name_and_undoes():
    g, _, _ = residual()
    cmd = AddNode("Dense", {"units": 3}, (5.0, 6.0))
    undo_restores(g, cmd)
    node = g.node(cmd.node_id)
    assert (node.name, node.params["units"], node.pos) == ("dense1", 3, (5.0, 6.0))
    assert cmd.text == "Add Dense"


def test_add_node_renames_on_a_name_clash():
    g, _, _ = residual()
    cmd = AddNode("Dense", name="fc1")
    cmd.do(g)
    assert g.node(cmd.node_id).name == "fc3"  # "fc" prefix, first free number


@pytest.mark.parametrize(
    ("cmd", "message"),
    [
        (AddNode("Conv9"), "unknown layer kind 'Conv9'"),
        (AddNode("Dense", {"units": -4}), "must be an integer from 1 to 4096, got -4"),
        (AddNode("Dense", {"size": 3}), "Dense has no parameter 'size'"),
        (AddNode("Dense", pos=(float("nan"), 0.0)), "a position must be two finite numbers"),
    ],
)
def test_add_node_refusals_are_graph_errors_and_change_nothing(cmd, message):
    g, _, _ = residual()
    before = g.to_dict()
    with pytest.raises(GraphError, match=message):
        cmd.do(g)
    assert g.to_dict() == before


@pytest.mark.parametrize("names", [["drop"], ["act"], ["fc1", "add"], ["x", "out"], ["fc2", "act", "fc2"]])
def test_remove_nodes_in_the_middle_undoes_node_and_edge_order(names):
    g, _, ids = residual()
    cmd = RemoveNodes([ids[n] for n in names])
    undo_restores(g, cmd)
    assert not set(cmd.node_ids) & set(g.nodes)
    assert all(e.src in g.nodes and e.dst in g.nodes for e in g.edges)


def test_remove_nodes_drops_every_touching_edge():
    g, _, ids = residual()
    RemoveNodes([ids["act"]]).do(g)
    assert [(e.src, e.dst) for e in g.edges] == [
        (ids["x"], ids["fc1"]), (ids["fc2"], ids["add"]), (ids["add"], ids["head"]), (ids["head"], ids["out"])
    ]


def test_remove_nodes_events_drop_edges_before_nodes_and_undo_adds_nodes_first():
    g, _, ids = residual()
    events: list[GraphEvent] = []
    g.subscribe(events.append)
    cmd = RemoveNodes([ids["act"]])
    cmd.do(g)
    # the editor removes edge items before their node items, and adds nodes before the edges that need them
    assert [e.type for e in events] == ["edge_removed"] * 3 + ["node_removed"]
    assert events[-1].data == {"node": ids["act"]}
    assert {(e.data["edge"].src, e.data["edge"].dst) for e in events[:3]} == {
        (ids["fc1"], ids["act"]), (ids["act"], ids["fc2"]), (ids["act"], ids["add"])
    }
    events.clear()
    cmd.undo(g)
    assert [e.type for e in events] == ["node_added"] + ["edge_added"] * 3


def test_remove_unknown_node_changes_nothing():
    g, _, ids = residual()
    before = g.to_dict()
    with pytest.raises(GraphError, match="no node with id 'ghost'"):
        RemoveNodes([ids["fc1"], "ghost"]).do(g)
    assert g.to_dict() == before


def test_connect_and_disconnect_undo():
    g, _, ids = residual()
    undo_restores(g, Connect(ids["x"], ids["drop"]))
    # disconnect in the middle of the edge list: undo puts it back at the same index
    undo_restores(g, Disconnect(Edge(ids["act"], ids["fc2"])))
    with pytest.raises(GraphError, match="no such connection"):
        Disconnect(Edge(ids["x"], ids["out"])).do(g)


def test_connect_refusal_changes_nothing():
    g, _, ids = residual()
    before = g.to_dict()
    with pytest.raises(GraphError, match="would make a cycle"):
        Connect(ids["head"], ids["add"]).do(g)
    assert g.to_dict() == before


def test_set_param_undo_and_cleaned_value():
    g, _, ids = residual()
    cmd = SetParam(ids["fc1"], "units", 16.0)
    undo_restores(g, cmd)
    assert cmd.value == 16 and type(cmd.value) is int  # redo writes the cleaned value
    assert cmd.text == "Set units"
    with pytest.raises(GraphError, match="got 0"):
        SetParam(ids["fc1"], "units", 0).do(g)
    assert g.node(ids["fc1"]).params["units"] == 16


def test_rename_undo():
    g, _, ids = residual()
    undo_restores(g, Rename(ids["fc1"], "hidden"))
    with pytest.raises(GraphError, match="another layer is already named 'fc2'"):
        Rename(ids["fc1"], "fc2").do(g)


def test_move_undo_for_several_nodes():
    g, _, ids = residual()
    undo_restores(g, Move({ids["fc1"]: (1.5, 2.5), ids["out"]: (-3.0, 4.0)}))


def test_move_is_all_or_nothing():
    g, _, ids = residual()
    before = g.to_dict()
    for positions in ({ids["fc1"]: (1.0, 1.0), "ghost": (0.0, 0.0)},
                      {ids["fc1"]: (1.0, 1.0), ids["fc2"]: (float("inf"), 0.0)}):
        with pytest.raises(GraphError):
            Move(positions).do(g)
        assert g.to_dict() == before


# --- Macro -----------------------------------------------------------------------------------------


def test_macro_applies_and_undoes_as_one_step():
    g, h, ids = residual()
    before = copy.deepcopy(g.to_dict())
    add = AddNode("BatchNorm", name="bn")
    h.push(Macro([Disconnect(Edge(ids["fc1"], ids["act"])), add, Connect(ids["fc1"], "n9"),
                  Connect("n9", ids["act"])], "Insert BatchNorm"))
    assert add.node_id == "n9"
    assert Edge(ids["fc1"], "n9") in g.edges and Edge("n9", ids["act"]) in g.edges
    h.undo()
    assert g.to_dict() == before
    h.redo()
    assert g.node("n9").name == "bn"


def test_macro_failing_late_leaves_the_graph_unchanged():
    g, h, ids = residual()
    before = copy.deepcopy(g.to_dict())
    events: list[GraphEvent] = []
    g.subscribe(events.append)
    macro = Macro([
        SetParam(ids["fc1"], "units", 32),
        RemoveNodes([ids["drop"]]),
        AddNode("Dense", name="extra"),
        Connect(ids["head"], ids["x"]),  # refused: Input has no input port
    ])
    with pytest.raises(GraphError, match="has no input port"):
        h.push(macro)
    assert g.to_dict() == before
    assert events[-1].type == "param_changed"  # the rollback's last step restored units
    h.undo()  # the refused macro is not on the history: undo takes back the last Connect
    assert Edge(ids["head"], ids["out"]) not in g.edges
    assert len(g.nodes) == 8


def test_macro_with_an_unknown_kind_rolls_back():
    g, _, ids = residual()
    before = copy.deepcopy(g.to_dict())
    with pytest.raises(GraphError, match="unknown layer kind"):
        Macro([SetParam(ids["fc1"], "units", 32), AddNode("Nope")]).do(g)
    assert g.to_dict() == before


# --- copy / paste ----------------------------------------------------------------------------------


def test_copy_holds_the_chosen_nodes_and_only_internal_edges():
    g, _, ids = residual()
    data = copy_nodes(g, [ids["fc2"], ids["act"], ids["add"]])
    assert data["format"] == "nn-playground-nodes"
    assert [n["name"] for n in data["nodes"]] == ["act", "fc2", "add"]  # design order, not selection order
    assert [(e["src"], e["dst"]) for e in data["edges"]] == [
        (ids["act"], ids["fc2"]), (ids["fc2"], ids["add"]), (ids["act"], ids["add"])
    ]


def test_paste_gives_fresh_ids_unique_names_offset_and_internal_edges():
    g, h, ids = residual()
    before_ids = set(g.nodes)
    data = copy_nodes(g, [ids["act"], ids["fc2"], ids["add"]])
    macro = h.push(paste_nodes(data, (10.0, 20.0)))
    new = [nid for nid in g.nodes if nid not in before_ids]
    assert len(new) == 3
    names = [n.name for n in g.nodes.values()]
    assert len(names) == len(set(names))
    pasted = {g.node(nid).kind: g.node(nid) for nid in new}
    assert pasted["Dense"].params["units"] == 4
    assert pasted["Activation"].params["function"] == "tanh"
    assert pasted["Activation"].pos == (210.0, 20.0)
    internal = [e for e in g.edges if e.src in new or e.dst in new]
    act, fc2, add = pasted["Activation"].id, pasted["Dense"].id, pasted["Add"].id
    assert internal == [Edge(act, fc2), Edge(fc2, add), Edge(act, add)]
    assert macro.text == "Paste"
    h.undo()
    assert set(g.nodes) == before_ids


def test_paste_twice_and_into_another_graph():
    g, h, ids = residual()
    data = copy_nodes(g, [ids["fc1"]])
    h.push(paste_nodes(data))
    h.push(paste_nodes(data))
    names = [n.name for n in g.nodes.values()]
    assert len(names) == len(set(names)) == 10
    other = Graph()
    History(other).push(paste_nodes(data, (0.0, 0.0)))
    (node,) = other.nodes.values()
    assert (node.name, node.pos) == ("fc1", (100.0, 0.0))


@pytest.mark.parametrize(
    "junk",
    [
        None,
        [],
        "text",
        {"format": "something-else", "nodes": [], "edges": []},
        {"format": "nn-playground-nodes"},
        {"format": "nn-playground-nodes", "nodes": 5, "edges": []},
        {"format": "nn-playground-nodes", "nodes": ["x"], "edges": []},
        {"format": "nn-playground-nodes", "nodes": [{"id": "a"}], "edges": []},
        {"format": "nn-playground-nodes", "nodes": [{"id": ["a"], "kind": "Dense", "name": "d", "params": {},
                                                     "pos": [0, 0]}], "edges": []},
        {"format": "nn-playground-nodes", "nodes": [{"id": "a", "kind": "Dense", "name": 5, "params": {},
                                                     "pos": [0, 0]}], "edges": []},
        {"format": "nn-playground-nodes", "nodes": [{"id": "a", "kind": "Dense", "name": "d", "params": [1],
                                                     "pos": [0, 0]}], "edges": []},
        {"format": "nn-playground-nodes", "nodes": [{"id": "a", "kind": "Dense", "name": "d", "params": {},
                                                     "pos": "xy"}], "edges": []},
        {"format": "nn-playground-nodes", "nodes": [], "edges": [{"src": ["a"], "dst": "b"}]},
        {"format": "nn-playground-nodes", "nodes": [], "edges": [["a", "b"]]},
    ],
)
def test_paste_rejects_junk_with_a_graph_error(junk):
    with pytest.raises(GraphError, match="clipboard"):
        paste_nodes(junk)


@pytest.mark.parametrize(
    "node",
    [
        {"id": "a", "kind": "Conv9", "name": "c", "params": {}, "pos": [0, 0]},
        {"id": "a", "kind": "Dense", "name": "d", "params": {"units": "many"}, "pos": [0, 0]},
        {"id": "a", "kind": "Dense", "name": "d", "params": {}, "pos": [float("nan"), 0]},
    ],
)
def test_paste_of_bad_layers_fails_whole_and_changes_nothing(node):
    g, h, _ = residual()
    before = copy.deepcopy(g.to_dict())
    good = {"id": "z", "kind": "Dense", "name": "z", "params": {}, "pos": [0, 0]}
    data = {"format": "nn-playground-nodes", "nodes": [good, node], "edges": []}
    with pytest.raises(GraphError):
        h.push(paste_nodes(data))
    assert g.to_dict() == before


# --- History ---------------------------------------------------------------------------------------


def test_history_undo_redo_walks_back_and_forth():
    g = Graph()
    h = History(g)
    assert not h.can_undo and not h.can_redo
    states = [copy.deepcopy(g.to_dict())]
    a = h.push(AddNode("Input")).node_id
    states.append(copy.deepcopy(g.to_dict()))
    b = h.push(AddNode("Dense")).node_id
    states.append(copy.deepcopy(g.to_dict()))
    h.push(Connect(a, b))
    states.append(copy.deepcopy(g.to_dict()))
    h.push(SetParam(b, "units", 2))
    states.append(copy.deepcopy(g.to_dict()))
    for expected in reversed(states[:-1]):
        h.undo()
        assert g.to_dict() == expected
    assert not h.can_undo and h.can_redo
    for expected in states[1:]:
        h.redo()
        assert g.to_dict() == expected
    assert h.can_undo and not h.can_redo


def test_a_new_push_clears_redo_and_a_refused_push_is_not_recorded():
    g = Graph()
    h = History(g)
    a = h.push(AddNode("Dense")).node_id
    h.undo()
    h.push(AddNode("Input"))
    assert not h.can_redo
    with pytest.raises(GraphError):
        h.push(SetParam(a, "units", 2))  # a was undone: no such node
    h.undo()
    assert g.to_dict() == {"nodes": [], "edges": []}
    assert not h.can_undo


def test_add_node_strips_the_name_and_names_a_blank_one():
    g = Graph()
    h = History(g)
    assert g.node(h.push(AddNode("Dense", name="  hidden ")).node_id).name == "hidden"
    assert g.node(h.push(AddNode("Dense", name="   ")).node_id).name == "dense1"
