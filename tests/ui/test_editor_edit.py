"""Node editor edits with the mouse and keyboard: move, select, delete, clipboard, undo, layout, zoom, pan."""

from __future__ import annotations

import itertools
import json

from editor_support import MLP, Messages, chain, click, drag, make_view, node_centre, vp
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from playground.graph import Edge
from playground.ui.document import Document
from playground.ui.editor import style

CTRL = Qt.KeyboardModifier.ControlModifier


def mlp_view(qtbot, size: tuple[int, int] = (1000, 650)):
    doc = Document()
    ids = chain(doc, MLP)
    view = make_view(qtbot, doc, size)
    view.fit_to_view()
    return view, doc, ids


def test_one_drag_moves_all_selected_nodes_in_one_undo_step(qtbot) -> None:
    view, doc, ids = mlp_view(qtbot)
    click(view, node_centre(view, ids[1]))
    click(view, node_centre(view, ids[2]), CTRL)
    assert view.selected_node_ids() == [ids[1], ids[2]]
    before, steps = doc.project.graph.to_dict(), doc.undo_stack.index()
    start = node_centre(view, ids[1])
    drag(view, start, start + QPoint(60, 90), steps=8)
    assert doc.undo_stack.index() == steps + 1
    moved = {nid: doc.project.graph.node(nid).pos for nid in ids}
    delta = view.mapToScene(start + QPoint(60, 90)) - view.mapToScene(start)
    for nid in ids[1:3]:
        old = before["nodes"][ids.index(nid)]["pos"]
        assert abs(moved[nid][0] - old[0] - delta.x()) <= 1 and abs(moved[nid][1] - old[1] - delta.y()) <= 1
        assert view.node_scene.nodes[nid].pos() == QPointF(*moved[nid])
    assert moved[ids[0]] == tuple(before["nodes"][0]["pos"])
    doc.undo_stack.undo()
    assert doc.project.graph.to_dict() == before
    assert view.node_scene.nodes[ids[1]].pos() == QPointF(*before["nodes"][1]["pos"])


def test_click_without_moving_pushes_nothing(qtbot) -> None:
    view, doc, ids = mlp_view(qtbot)
    steps = doc.undo_stack.index()
    click(view, node_centre(view, ids[2]))
    assert view.selected_node_ids() == [ids[2]] and doc.undo_stack.index() == steps


def test_rubber_band_selects_and_delete_key_removes_with_undo(qtbot) -> None:
    view, doc, ids = mlp_view(qtbot)
    selections = Messages(view.selection_changed)
    before = doc.project.graph.to_dict()
    items = [view.node_scene.nodes[n] for n in ids[1:3]]
    band = items[0].sceneBoundingRect().united(items[1].sceneBoundingRect()).adjusted(-10, -30, 10, 30)
    drag(view, vp(view, band.topLeft()), vp(view, band.bottomRight()))
    assert view.selected_node_ids() == ids[1:3]
    assert selections.texts[-1] == ids[1:3]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert set(doc.project.graph.nodes) == {ids[0], ids[3], ids[4]}
    assert doc.project.graph.edges == [Edge(ids[3], ids[4])]
    assert set(view.node_scene.nodes) == set(doc.project.graph.nodes) and len(view.node_scene.edges) == 1
    doc.undo_stack.undo()  # one step restores nodes and all their edges
    assert doc.project.graph.to_dict() == before


def test_click_edge_then_backspace_disconnects(qtbot) -> None:
    view, doc, ids = mlp_view(qtbot)
    edge = Edge(ids[2], ids[3])
    click(view, vp(view, view.node_scene.edges[edge].label_rect().center()))
    assert view.node_scene.selected_edges() == [edge] and view.selected_node_ids() == []
    QTest.keyClick(view, Qt.Key.Key_Backspace)
    assert edge not in doc.project.graph.edges and edge not in view.node_scene.edges
    assert len(doc.project.graph.nodes) == 5
    doc.undo_stack.undo()
    assert doc.project.graph.edges[2] == edge


def test_copy_paste_through_the_clipboard(qtbot) -> None:
    view, doc, ids = mlp_view(qtbot)
    view.select_nodes(ids[1:3])
    view.copy()
    data = json.loads(QGuiApplication.clipboard().text())
    assert data["format"] == "nn-playground-nodes"
    assert [n["id"] for n in data["nodes"]] == ids[1:3] and len(data["edges"]) == 1
    view.paste()
    graph = doc.project.graph
    new = [nid for nid in graph.nodes if nid not in ids]
    assert len(new) == 2 and view.selected_node_ids() == new
    assert [graph.node(n).kind for n in new] == ["Dense", "Activation"]
    assert Edge(new[0], new[1]) in graph.edges
    for old, fresh in zip(ids[1:3], new, strict=True):
        ox, oy = graph.node(old).pos
        assert graph.node(fresh).pos == (ox + style.PASTE_OFFSET, oy + style.PASTE_OFFSET)
    view.paste()  # a second paste lands further away instead of on top of the first
    newest = [nid for nid in graph.nodes if nid not in ids and nid not in new]
    assert graph.node(newest[0]).pos[0] == graph.node(ids[1]).pos[0] + 2 * style.PASTE_OFFSET
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert set(graph.nodes) == set(ids)


def test_paste_plain_text_from_another_window_or_after_reopening(qtbot) -> None:
    source, _, ids = mlp_view(qtbot)
    source.select_nodes(ids)
    source.copy()
    text = QGuiApplication.clipboard().text()
    QGuiApplication.clipboard().setText(text)  # only text now, as after a restart or from an editor
    target = make_view(qtbot, Document())
    target.paste()
    assert [n.kind for n in target.document.project.graph.nodes.values()] == [k for k, _ in MLP]
    assert len(target.document.project.graph.edges) == 4
    messages = Messages(target.message)
    QGuiApplication.clipboard().setText("hello")
    target.paste()
    assert messages.texts == ["The clipboard does not hold NN Playground layers."]
    assert len(target.document.project.graph.nodes) == 5


def test_cut_duplicate_and_select_all(qtbot) -> None:
    view, doc, ids = mlp_view(qtbot)
    view.select_nodes([ids[2]])
    view.duplicate()
    graph = doc.project.graph
    (dup,) = [n for n in graph.nodes if n not in ids]
    assert graph.node(dup).kind == "Activation" and view.selected_node_ids() == [dup]
    view.cut()
    assert dup not in graph.nodes
    view.paste()
    assert len(graph.nodes) == 6
    view.select_all()
    assert view.selected_node_ids() == list(graph.nodes)
    view.delete_selected()
    assert graph.nodes == {} and graph.edges == []


def test_undo_redo_restore_exact_graphs(qtbot) -> None:
    view, doc, ids = mlp_view(qtbot)
    snapshots = [doc.project.graph.to_dict()]
    view.select_nodes([ids[2]])
    view.delete_selected()
    snapshots.append(doc.project.graph.to_dict())
    drag(view, node_centre(view, ids[0]), node_centre(view, ids[0]) + QPoint(0, 120))
    snapshots.append(doc.project.graph.to_dict())
    view.select_nodes(ids[:2])
    view.duplicate()
    snapshots.append(doc.project.graph.to_dict())
    view.auto_layout()
    snapshots.append(doc.project.graph.to_dict())
    assert len({json.dumps(s) for s in snapshots}) == len(snapshots)
    for expected in reversed(snapshots[:-1]):
        doc.undo_stack.undo()
        assert doc.project.graph.to_dict() == expected
    for expected in snapshots[1:]:
        doc.undo_stack.redo()
        assert doc.project.graph.to_dict() == expected
        assert set(view.node_scene.nodes) == set(doc.project.graph.nodes)


def test_auto_layout_has_no_overlaps_and_is_one_step(qtbot) -> None:
    doc = Document()
    ids = chain(doc, MLP)
    for nid in ids:  # pile every node on the same spot
        doc.project.graph.write_pos(nid, (0.0, 0.0))
    skip = chain(doc, [("Dense", {"units": 4}), ("Add", {})], connect=False)
    view = make_view(qtbot, doc)
    steps = doc.undo_stack.index()
    view.auto_layout()
    assert doc.undo_stack.index() == steps + 1
    boxes = [
        QRectF(item.pos(), QRectF(0, 0, style.NODE_WIDTH, style.NODE_HEIGHT).size())
        for item in view.node_scene.nodes.values()
    ]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b)
    assert view.visible_scene_rect().contains(view.node_scene.nodes_rect())
    view.auto_layout()  # already laid out: nothing to do, no empty undo step
    assert doc.undo_stack.index() == steps + 1 and len(skip) == 2


def test_wheel_zooms_around_the_cursor_and_buttons_zoom(qtbot) -> None:
    view, _, ids = mlp_view(qtbot)
    at = node_centre(view, ids[0])  # far from the centre, so anchoring at the centre would fail
    assert (at - view.viewport().rect().center()).manhattanLength() > 300
    under = view.mapToScene(at)
    zoom = view.zoom()
    wheel = QWheelEvent(
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > zoom * 1.2
    after = view.mapToScene(at)
    assert abs(after.x() - under.x()) < 3 and abs(after.y() - under.y()) < 3
    zoom = view.zoom()
    view.zoom_out()
    assert view.zoom() < zoom
    for _ in range(40):
        view.zoom_in()
    assert view.zoom() == 4.0  # clamped


def test_middle_drag_and_space_drag_pan(qtbot) -> None:
    view, doc, ids = mlp_view(qtbot)
    view.zoom_in()
    centre = view.viewport().rect().center()
    before = view.mapToScene(centre)
    drag(view, centre, centre + QPoint(100, 40), button=Qt.MouseButton.MiddleButton)
    moved = view.mapToScene(centre) - before
    assert abs(moved.x() + 100 / view.zoom()) < 2 and abs(moved.y() + 40 / view.zoom()) < 2
    # Space + left drag pans even when it starts on a node, and neither moves nor selects it.
    before, steps = view.mapToScene(centre), doc.undo_stack.index()
    QTest.keyPress(view, Qt.Key.Key_Space)
    start = node_centre(view, ids[1])
    drag(view, start, start + QPoint(-80, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert abs((view.mapToScene(centre) - before).x() - 80 / view.zoom()) < 2
    assert doc.undo_stack.index() == steps and view.selected_node_ids() == []


def test_select_nodes_centres_and_signals_in_graph_order(qtbot) -> None:
    view, _, ids = mlp_view(qtbot)
    view.zoom_in()
    view.zoom_in()
    selections = Messages(view.selection_changed)
    view.select_nodes([ids[4], ids[3]])
    assert selections.texts[-1] == [ids[3], ids[4]]
    assert view.visible_scene_rect().contains(view.node_scene.nodes_rect([ids[3], ids[4]]).center())


def test_fit_to_view_reaches_nodes_far_away(qtbot) -> None:
    doc = Document()
    far = chain(doc, MLP[:2], y=400_000.0)
    view = make_view(qtbot, doc)
    view.fit_to_view()
    assert view.visible_scene_rect().contains(view.node_scene.nodes_rect(far))
