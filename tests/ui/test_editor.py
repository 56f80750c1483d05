"""Node editor: drops from the palette, wiring with the mouse, shape labels, error badges (real events)."""

from __future__ import annotations

from editor_support import MLP, Messages, add, chain, drag, drop, kind_mime, make_view, port_point, vp
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from playground.graph import AddNode, Connect, Edge, History, Project, RemoveNodes, SetParam
from playground.ui.document import Document
from playground.ui.editor import style


def test_drop_from_palette_adds_node_at_drop_point(qtbot) -> None:
    view = make_view(qtbot)
    doc = view.document
    at = view.viewport().rect().center()
    assert drop(view, kind_mime("Dense", {"units": 16}), at)
    (node,) = doc.project.graph.nodes.values()
    assert (node.kind, node.params["units"]) == ("Dense", 16)
    item = view.node_scene.nodes[node.id]
    assert item.sceneBoundingRect().contains(view.mapToScene(at))
    assert item.isSelected() and view.selected_node_ids() == [node.id]
    doc.undo_stack.undo()
    assert doc.project.graph.nodes == {} and view.node_scene.nodes == {}


def test_drop_with_bad_data_is_refused_with_a_message(qtbot) -> None:
    view = make_view(qtbot)
    messages = Messages(view.message)
    assert not drop(view, kind_mime("NoSuchLayer"), view.viewport().rect().center())
    assert not drop(view, kind_mime("Dense", {"units": -3}), view.viewport().rect().center())
    assert view.document.project.graph.nodes == {}
    assert messages.texts[0] == "The dropped item is not a layer from the palette."
    assert "units" in messages.texts[1].lower()


def test_wire_drag_connects_and_label_follows_the_shape(qtbot) -> None:
    doc = Document()
    inp, dense, head = chain(doc, [*MLP[:2], ("Dense", {"units": 1})], connect=False)
    doc.push(Connect(inp, dense))
    view = make_view(qtbot, doc)
    view.fit_to_view()
    drag(view, port_point(view, dense, "out"), port_point(view, head, "in"))
    assert doc.project.graph.edges == [Edge(inp, dense), Edge(dense, head, "in")]
    edge_item = view.node_scene.edges[Edge(dense, head)]
    assert edge_item.label == "4"
    # A parameter change reaches the label through the graph events and the new shape report.
    doc.push(SetParam(dense, "units", 16))
    assert edge_item.label == "16"
    doc.undo_stack.undo()
    assert edge_item.label == "4"
    assert doc.undo_stack.index() == 5  # three adds and two connections
    # A source without a valid shape (its Input disagrees with the data) shows no label.
    doc.push(SetParam(inp, "shape", [1, 28, 28]))
    assert view.node_scene.edges[Edge(inp, dense)].label == "" and edge_item.label == ""


def test_wire_drag_works_from_input_to_output(qtbot) -> None:
    doc = Document()
    inp, dense = chain(doc, MLP[:2], connect=False)
    view = make_view(qtbot, doc)
    view.fit_to_view()
    drag(view, port_point(view, dense, "in"), port_point(view, inp, "out"))
    assert doc.project.graph.edges == [Edge(inp, dense, "in")]


def test_wire_dropped_on_empty_canvas_creates_nothing(qtbot) -> None:
    doc = Document()
    inp, dense = chain(doc, MLP[:2], connect=False)
    view = make_view(qtbot, doc)
    view.fit_to_view()
    empty = vp(view, view.node_scene.nodes[dense].scenePos() + QPointF(0, 3 * style.NODE_HEIGHT))
    drag(view, port_point(view, inp, "out"), empty)
    assert doc.project.graph.edges == [] and doc.undo_stack.index() == 2
    assert not [i for i in view.node_scene.items() if type(i).__name__ == "WireItem"]


def test_cycle_is_refused_with_a_message(qtbot) -> None:
    doc = Document()
    a, b, c = chain(doc, [("Dense", {}), ("Dense", {}), ("Dense", {})])
    view = make_view(qtbot, doc)
    view.fit_to_view()
    before, steps = doc.project.graph.to_dict(), doc.undo_stack.index()
    messages = Messages(view.message)
    drag(view, port_point(view, c, "out"), port_point(view, a, "in"))
    assert doc.project.graph.to_dict() == before and doc.undo_stack.index() == steps
    assert len(view.node_scene.edges) == 2
    assert messages.texts == ["Connecting 'dense3' to 'dense1' would make a cycle"]
    notice = view.node_scene.notice.item  # the reason is also shown on the canvas, at the drop point
    assert notice.isVisible() and notice.text == "Connecting 'dense3' to 'dense1' would make a cycle"
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    assert not notice.isVisible()


def test_occupied_input_is_refused(qtbot) -> None:
    doc = Document()
    a, b = chain(doc, [("Input", {}), ("Dense", {})])
    other = add(doc, "Input", {}, (0, 300))
    view = make_view(qtbot, doc)
    view.fit_to_view()
    messages = Messages(view.message)
    drag(view, port_point(view, other, "out"), port_point(view, b, "in"))
    assert doc.project.graph.edges == [Edge(a, b)]
    assert "already has an input" in messages.texts[0]


def test_merge_takes_several_inputs(qtbot) -> None:
    doc = Document()
    a, d1, merge = chain(doc, [("Input", {}), ("Dense", {"units": 2}), ("Add", {})])
    view = make_view(qtbot, doc)
    view.fit_to_view()
    drag(view, port_point(view, a, "out"), port_point(view, merge, "in"))
    assert Edge(a, merge) in doc.project.graph.edges
    item = view.node_scene.nodes[merge]
    assert item.key_lines == ["2 inputs"] and item.shape_text == "out 2"


def test_node_shows_kind_name_key_params_shape_and_count(qtbot) -> None:
    doc = Document()
    ids = chain(doc, MLP)
    view = make_view(qtbot, doc)
    dense, act = view.node_scene.nodes[ids[1]], view.node_scene.nodes[ids[2]]
    assert (dense.kind.id, dense.name) == ("Dense", "dense1")
    assert dense.key_lines == ["Units: 4", "Weight init: Glorot (Xavier) uniform"]
    assert (dense.shape_text, dense.params_text) == ("out 4", "12 params")
    assert act.key_lines == ["Function: ReLU"] and act.params_text == ""
    assert not view.node_scene.nodes[ids[0]].inputs and view.node_scene.nodes[ids[-1]].output is None
    assert [e.label for e in view.node_scene.edges.values()] == ["2", "4", "4", "1"]


def test_error_badge_and_tooltip_follow_the_report(qtbot) -> None:
    doc = Document()
    ids = chain(doc, MLP)
    view = make_view(qtbot, doc)
    head = view.node_scene.nodes[ids[3]]
    assert head.error is None
    doc.push(SetParam(ids[3], "units", 3))  # a binary head needs one output
    out_item = view.node_scene.nodes[ids[4]]
    assert out_item.error == doc.report.errors[ids[4]]
    assert "needs 1 output value" in out_item.toolTip()
    doc.undo_stack.undo()
    assert out_item.error is None and "needs 1 output" not in out_item.toolTip()


def test_scene_follows_undo_of_structural_edits_and_project_replacement(qtbot) -> None:
    doc = Document()
    ids = chain(doc, MLP)
    view = make_view(qtbot, doc)
    doc.push(RemoveNodes([ids[2]]))
    assert ids[2] not in view.node_scene.nodes and len(view.node_scene.edges) == 2
    doc.undo_stack.undo()
    assert set(view.node_scene.nodes) == set(ids) and len(view.node_scene.edges) == 4
    # Same ids, other kinds: the scene must never mix the old items with the new graph's nodes.
    other = Project()
    History(other.graph).push(AddNode("Output"))
    History(other.graph).push(AddNode("Input"))
    doc.set_project(other)
    assert [i.kind.id for i in view.node_scene.nodes.values()] == ["Output", "Input"]
    assert list(view.node_scene.nodes) == list(other.graph.nodes) and view.node_scene.edges == {}
    out_id, in_id = other.graph.nodes
    doc.push(Connect(in_id, out_id))
    assert len(view.node_scene.edges) == 1
