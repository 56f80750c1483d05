"""Quick builder widget: + / − hidden layers and neurons, clicked for real, each one undo step."""

from __future__ import annotations

from editor_support import MLP, Messages, chain, make_view
from PySide6.QtCore import Qt

from playground.graph import Connect
from playground.graph.builders import dense_stack
from playground.ui.document import Document
from playground.ui.editor import QuickBuilder

# The offscreen platform cannot resize a top-level window to a new size hint; harmless here.


def make_builder(qtbot, doc: Document) -> QuickBuilder:
    builder = QuickBuilder(doc)
    qtbot.addWidget(builder)
    builder.show()
    qtbot.waitExposed(builder)
    return builder


def units(doc: Document) -> list[int]:
    graph = doc.project.graph
    return [graph.node(d).params["units"] for d, _ in dense_stack(graph).hidden]


def test_add_and_remove_layers_and_neurons(qtbot) -> None:
    doc = Document()
    chain(doc, MLP)
    view = make_view(qtbot, doc)
    builder = make_builder(qtbot, doc)
    original = doc.project.graph.to_dict()
    assert builder.summary.text() == "Hidden layers: 1"

    qtbot.mouseClick(builder.add_layer_button, Qt.MouseButton.LeftButton)
    assert units(doc) == [4, 4] and builder.summary.text() == "Hidden layers: 2"
    assert len(view.node_scene.nodes) == 7 and len(view.node_scene.edges) == 6
    assert doc.report.ok  # the stack is still a valid network

    second = dense_stack(doc.project.graph).hidden[1][0]
    qtbot.mouseClick(builder.unit_buttons[second][1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(builder.unit_buttons[second][1], Qt.MouseButton.LeftButton)
    assert units(doc) == [4, 6]
    assert view.node_scene.nodes[second].key_lines[0] == "Units: 6"

    qtbot.mouseClick(builder.remove_layer_button, Qt.MouseButton.LeftButton)
    assert units(doc) == [4] and len(view.node_scene.nodes) == 5
    assert builder.remove_layer_button.isEnabled()

    for _ in range(4):  # remove, units +1, units +1, add: each a single undo step
        doc.undo_stack.undo()
    assert doc.project.graph.to_dict() == original
    assert builder.summary.text() == "Hidden layers: 1"


def test_last_hidden_layer_and_one_neuron_limits(qtbot) -> None:
    doc = Document()
    ids = chain(doc, MLP)
    builder = make_builder(qtbot, doc)
    for _ in range(3):
        qtbot.mouseClick(builder.unit_buttons[ids[1]][0], Qt.MouseButton.LeftButton)
    assert units(doc) == [1]
    assert not builder.unit_buttons[ids[1]][0].isEnabled()  # no fewer than one neuron
    qtbot.mouseClick(builder.remove_layer_button, Qt.MouseButton.LeftButton)
    assert builder.summary.text() == "Hidden layers: 0" and builder.unit_buttons == {}
    assert not builder.remove_layer_button.isEnabled() and builder.add_layer_button.isEnabled()


def test_design_that_is_not_a_stack_disables_the_builder(qtbot) -> None:
    doc = Document()
    ids = chain(doc, MLP)
    builder = make_builder(qtbot, doc)
    messages = Messages(builder.message)
    add_id = chain(doc, [("Add", {})], connect=False)[0]
    doc.push(Connect(ids[0], add_id))
    assert not builder.add_layer_button.isEnabled() and not builder.remove_layer_button.isEnabled()
    assert "plain stack" in builder.status.text() and "branches" in builder.status.text()
    assert builder.unit_buttons == {}
    doc.undo_stack.undo()
    assert "not on the path" in builder.status.text()  # the Add is still there, unconnected
    doc.undo_stack.undo()
    assert builder.add_layer_button.isEnabled() and builder.status.text() == ""
    assert messages.texts == []
