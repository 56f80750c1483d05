"""The "Generator G" / "Discriminator D" frames of a GAN design: membership, following nodes, never in the way."""

from __future__ import annotations

from editor_support import MLP, add, chain, click, drag, make_view, node_centre, vp
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsItem

from playground.graph import Connect, Graph, RemoveNodes, load_project
from playground.ui.document import Document
from playground.ui.editor.frames import gan_components

GENERATOR = [
    ("Noise", {"size": 2}),
    ("Dense", {"units": 16}),
    ("Activation", {}),
    ("Dense", {"units": 2}),
    ("Generated", {}),
]
DISCRIMINATOR = [
    ("Input", {"shape": [2]}),
    ("Dense", {"units": 16}),
    ("Activation", {}),
    ("Dense", {"units": 1}),
    ("Output", {"task": "binary"}),
]
D_ROW = 420.0
"""y of the discriminator's row (the generator's is at 0): room for both frames' title bands."""


def gan_document() -> tuple[Document, list[str], list[str]]:
    doc = Document()
    doc.set_setting("data", "dataset", "ring")
    return doc, chain(doc, GENERATOR), chain(doc, DISCRIMINATOR, y=D_ROW)


def gan_view(qtbot, size=(1100, 700)):
    doc, g, d = gan_document()
    view = make_view(qtbot, doc, size)
    view.fit_to_view()
    return view, doc, g, d


def frame_rect(view, which: str) -> QRectF:
    return getattr(view.node_scene.frames, which).sceneBoundingRect()


def surrounds(frame: QRectF, view, ids: list[str]) -> bool:
    return all(frame.contains(view.node_scene.nodes[n].sceneBoundingRect()) for n in ids)


def test_components_of_a_gan_graph_and_none_without_noise() -> None:
    doc, g, d = gan_document()
    assert gan_components(doc.project.graph) == (g, d)
    assert gan_components(Graph()) == ([], [])
    doc2 = Document()
    chain(doc2, MLP)
    assert gan_components(doc2.project.graph) == ([], [])


def test_frames_surround_the_generator_and_the_discriminator(qtbot) -> None:
    view, doc, g, d = gan_view(qtbot)
    frames = view.node_scene.frames
    assert frames.generator.isVisible() and frames.discriminator.isVisible()
    assert frames.generator.members == g and frames.discriminator.members == d
    assert (frames.generator.title, frames.discriminator.title) == ("Generator G", "Discriminator D")
    assert frames.generator.caption == "turns noise z into fake samples"
    assert frames.discriminator.caption == "says real or fake"
    gen, dis = frame_rect(view, "generator"), frame_rect(view, "discriminator")
    assert surrounds(gen, view, g) and surrounds(dis, view, d)
    assert not gen.intersects(dis)
    # Behind everything, and the whole design (frames included) is on screen after fitting.
    assert all(f.zValue() < 0 for f in frames.items)
    assert view.visible_scene_rect().contains(gen.united(dis))


def test_frames_are_not_selectable_and_do_not_take_the_mouse(qtbot) -> None:
    view, doc, g, d = gan_view(qtbot)
    frames = view.node_scene.frames
    for frame in frames.items:
        assert not frame.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        assert frame.acceptedMouseButtons() == Qt.MouseButton.NoButton
    # A click on the generator's title band (the frame's own area) selects nothing and moves nothing.
    gen = frame_rect(view, "generator")
    title = QPointF(gen.center().x(), gen.top() + 30)
    assert frames.generator in view.node_scene.items(title)
    click(view, node_centre(view, g[1]))
    assert view.selected_node_ids() == [g[1]]
    before = doc.undo_stack.index()
    click(view, vp(view, title))
    assert view.selected_node_ids() == [] and doc.undo_stack.index() == before
    # A rubber band started inside the frame (not on a node) selects the nodes it covers.
    start = vp(view, QPointF(gen.left() + 8, gen.top() + 8))
    end = vp(view, view.node_scene.nodes[g[1]].sceneBoundingRect().bottomRight() + QPointF(4, 4))
    drag(view, start, end)
    assert view.selected_node_ids() == g[:2]
    view.select_all()
    assert not any(f.isSelected() for f in frames.items)


def test_a_mouse_drag_of_a_node_grows_its_frame_while_dragging_and_after(qtbot) -> None:
    view, doc, g, d = gan_view(qtbot)
    before = frame_rect(view, "generator")
    node = view.node_scene.nodes[g[2]]
    start = node_centre(view, g[2])
    end = start + QPoint(0, -120)  # upwards: the generator's frame grows at the top
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 7):
        QTest.mouseMove(port, start + (end - start) * (i / 6))
    during = frame_rect(view, "generator")
    assert during.top() < before.top() - 50 and during.contains(node.sceneBoundingRect())
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    after = frame_rect(view, "generator")
    assert doc.project.graph.node(g[2]).pos[1] < -50  # the move reached the graph
    assert abs(after.top() - during.top()) <= 1 and surrounds(after, view, g)  # the graph rounds positions
    assert frame_rect(view, "discriminator").contains(view.node_scene.nodes[d[0]].sceneBoundingRect())
    # A drag to the right of the discriminator's last node widens its frame.
    d_before = frame_rect(view, "discriminator")
    drag(view, node_centre(view, d[4]), node_centre(view, d[4]) + QPoint(90, 0))
    d_after = frame_rect(view, "discriminator")
    assert d_after.right() > d_before.right() + 40 and surrounds(d_after, view, d)
    doc.undo_stack.undo()
    assert frame_rect(view, "discriminator") == d_before  # undo moves the node, and the frame, back


def test_frames_follow_adds_connections_and_removals(qtbot) -> None:
    view, doc, g, d = gan_view(qtbot)
    frames = view.node_scene.frames
    extra = add(doc, "Dense", {"units": 8}, (1800.0, -300.0))
    assert extra not in frames.generator.members + frames.discriminator.members
    doc.push(Connect(g[0], extra))  # a branch off the noise belongs to the generator
    assert extra in frames.generator.members
    assert surrounds(frame_rect(view, "generator"), view, [*g, extra])
    doc.push(RemoveNodes([extra]))
    assert frames.generator.members == g
    doc.push(RemoveNodes([g[0]]))  # no Noise: not a GAN design any more
    assert not frames.generator.isVisible() and not frames.discriminator.isVisible()
    doc.undo_stack.undo()
    assert frames.generator.isVisible() and frames.generator.members == g


def test_no_frames_for_other_designs_and_after_a_new_project(qtbot) -> None:
    doc = Document()
    ids = chain(doc, MLP)
    view = make_view(qtbot, doc)
    frames = view.node_scene.frames
    assert not any(f.isVisible() for f in frames.items)
    assert view.node_scene.nodes_rect() == view.node_scene.nodes_rect(ids)
    # A loaded GAN project (a full rebuild) gets its frames; the frames survive the scene's clearing.
    gan_doc, _, _ = gan_document()
    doc.set_project(load_project(gan_doc.project.to_json()))
    assert frames.generator.scene() is view.node_scene and frames.generator.isVisible()
    assert len(frames.generator.members) == len(GENERATOR)
