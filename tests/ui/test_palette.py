"""The palette: entries from the registry, drag payload, search, keyboard add."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from playground.graph import CATEGORIES, KINDS, Project
from playground.ui.document import Document
from playground.ui.main_window import MainWindow
from playground.ui.mime import KIND_MIME
from playground.ui.palette import ENTRY_ROLE, Palette


@pytest.fixture
def palette(qtbot):
    widget = Palette()
    qtbot.addWidget(widget)
    widget.resize(240, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document(Project()), settings)
    win.files.ask_save_changes = lambda: "discard"
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _item(palette: Palette, label: str):
    return next(it for it in palette.entries() if it.text(0) == label)


def test_every_kind_and_variant_is_an_entry_grouped_by_category(palette):
    root = palette.tree.invisibleRootItem()
    assert [root.child(i).text(0) for i in range(root.childCount())] == list(CATEGORIES)
    labels = [it.text(0) for it in palette.entries()]
    for layer in KINDS.values():
        expected = [label for label, _ in layer.variants] or [layer.id]
        assert set(expected) <= set(labels)
    relu = _item(palette, "ReLU")
    assert list(relu.data(0, ENTRY_ROLE)) == ["Activation", {"function": "relu"}]
    assert relu.parent().text(0) == "Activations"
    assert not relu.icon(0).isNull()
    assert KINDS["Activation"].help in relu.toolTip(0)
    assert _item(palette, "Dense").toolTip(0) == KINDS["Dense"].help


def test_drag_payload_is_kind_json(palette):
    mime = palette.tree.mimeData([_item(palette, "Sigmoid")])
    assert mime.hasFormat(KIND_MIME)
    assert json.loads(bytes(mime.data(KIND_MIME).data())) == {"kind": "Activation", "params": {"function": "sigmoid"}}
    mime = palette.tree.mimeData([_item(palette, "Dense")])
    assert json.loads(bytes(mime.data(KIND_MIME).data())) == {"kind": "Dense", "params": {}}
    header = palette.tree.invisibleRootItem().child(0)
    assert not palette.tree.mimeData([header]).hasFormat(KIND_MIME)


def test_palette_mime_dropped_on_the_editor_adds_that_layer(window):
    mime = window.palette.tree.mimeData([_item(window.palette, "Tanh")])
    viewport = window.view.viewport()
    at = QPointF(viewport.width() / 2, viewport.height() / 3)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    scene_at = window.view.mapToScene(at.toPoint())  # before the drop: adding a node recentres the view
    # What a real drag delivers: enter, move, drop.
    for event in (QDragEnterEvent(at.toPoint(), *args), QDragMoveEvent(at.toPoint(), *args), QDropEvent(at, *args)):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    nodes = list(window.document.project.graph.nodes.values())
    assert [(n.kind, n.params["function"]) for n in nodes] == [("Activation", "tanh")]
    assert abs(nodes[0].pos[0] - scene_at.x()) < 150 and abs(nodes[0].pos[1] - scene_at.y()) < 50


def test_search_filters_entries_and_hides_empty_categories(palette, qtbot):
    qtbot.keyClicks(palette.search, "relu")
    assert palette.visible_labels() == ["ReLU", "Leaky ReLU"]
    headers = [palette.tree.invisibleRootItem().child(i) for i in range(len(CATEGORIES))]
    assert [h.text(0) for h in headers if not h.isHidden()] == ["Activations"]
    palette.search.clear()
    assert len(palette.visible_labels()) == len(palette.entries())
    qtbot.keyClicks(palette.search, "skip connection")  # words of the help text match too
    assert palette.visible_labels() == ["Add"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "no such layer")
    assert palette.visible_labels() == []


def test_double_click_and_enter_add_the_layer_at_the_view_centre(window, qtbot):
    palette, graph = window.palette, window.document.project.graph
    item = _item(palette, "Dropout")
    palette.tree.scrollToItem(item)  # on a short palette the item may be below the fold, as for a user
    centre_of_item = palette.tree.visualItemRect(item).center()
    # A real double-click: press/release, then the double-click event (item views need the press).
    QTest.mouseClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_of_item)
    QTest.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      centre_of_item)
    assert [n.kind for n in graph.nodes.values()] == ["Dropout"]
    node = next(iter(graph.nodes.values()))
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(node.pos[0] - centre.x()) < 200 and abs(node.pos[1] - centre.y()) < 100
    assert window.view.selected_node_ids() == [node.id]

    palette.search.setFocus()
    qtbot.keyClicks(palette.search, "batchnorm")
    QTest.keyClick(palette.search, Qt.Key.Key_Return)
    assert [n.kind for n in graph.nodes.values()] == ["Dropout", "BatchNorm"]

    palette.tree.setFocus()
    palette.tree.setCurrentItem(_item(palette, "BatchNorm"))
    QTest.keyClick(palette.tree, Qt.Key.Key_Enter)
    assert [n.kind for n in graph.nodes.values()] == ["Dropout", "BatchNorm", "BatchNorm"]
    window.document.undo_stack.undo()
    assert len(graph.nodes) == 2

