"""The run drawn on the node editor: neuron maps under hidden layers, hover → boundary panel, weights on edges.

Real window, real session and worker thread on the xor-mlp preset; assertions on item data, not pixels.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from training_support import START_MS, open_window, preset

from playground.engine.snapshot import WeightStats
from playground.graph import RemoveNodes, SetParam
from playground.ui.editor import style
from playground.ui.editor.live import (
    FADED_OPACITY,
    MAX_EDGE_WEIGHTS,
    NEGATIVE,
    POSITIVE,
    weight_color,
    weight_width,
)
from playground.ui.editor.neuron_strip import BIG_TILE, TILE, cell_rects, tile_colormap
from playground.ui.plots import BoundaryPanel
from playground.ui.plots.neurons import map_levels


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, "xor-mlp", (1400, 900))
    yield win
    win.close()


def _ids(win, kind_id):
    return [n.id for n in win.document.project.graph.nodes_of_kind(kind_id)]


def _train(qtbot, win, steps):
    """Train ``steps`` more steps and wait until the canvas shows the final snapshot's maps."""
    session, live = win.session, win.live_canvas
    target = (session.latest.step if session.latest else 0) + steps
    session.step(steps)

    def drawn():
        snap = session.latest
        return (
            snap is not None and snap.step == target and bool(snap.neuron_maps) and bool(snap.weight_stats)
            and live._snapshot is snap
        )

    qtbot.waitUntil(drawn, timeout=START_MS)
    return session.latest


def _expected_rgba(values, levels):
    """The tile colours by pyqtgraph's own colour mapping (an oracle for the strip's lookup table)."""
    lo, hi = levels
    scaled = np.clip((values.astype(np.float64) - lo) / (hi - lo), 0, 1)
    return tile_colormap().map(scaled.ravel(), mode="byte").reshape(*values.shape, -1)


def _hover(view, scene_point):
    QTest.mouseMove(view.viewport(), view.mapFromScene(scene_point))


def _empty_canvas_point(view):
    rect = view.node_scene.nodes_rect()
    return QPointF(rect.center().x(), rect.top() - 60)


def _boundary(win) -> BoundaryPanel:
    return next(p for p in win.session.panels() if isinstance(p, BoundaryPanel))


def test_hidden_layers_carry_their_unit_maps_in_one_image_refilled_in_place(qtbot, window):
    snap = _train(qtbot, window, 150)
    live, scene = window.live_canvas, window.view.node_scene
    hidden = [*_ids(window, "Dense"), *_ids(window, "Activation")]
    assert set(snap.neuron_maps) == set(hidden)  # dense1, act1 and the head's dense2 (its logit)
    for nid in hidden:
        strip = live.strip(nid)
        maps = snap.neuron_maps[nid]
        assert strip is not None and strip.isVisible() and strip.parentItem() is scene.nodes[nid]
        assert strip.units == snap.neuron_units[nid] == maps.shape[0]
        assert strip.shown == maps.shape[0] and strip.more_text == ""
        n = maps.shape[-1]
        assert strip.pixels.shape == (strip.shown * n, n, 4)
        assert (strip.image.width(), strip.image.height()) == (n, strip.shown * n)
        levels = map_levels(maps)
        assert strip.levels == levels
        for unit in range(strip.shown):
            tile = strip.pixels[unit * n : (unit + 1) * n]
            # Top row of the tile = the top of the plane = the last grid row.
            np.testing.assert_allclose(tile, _expected_rgba(maps[unit][::-1], levels), atol=3)
        # Below the node's box, inside the node's width.
        box = scene.nodes[nid].sceneBoundingRect()
        tiles = strip.sceneBoundingRect()
        assert tiles.top() >= scene.nodes[nid].scenePos().y() + style.NODE_HEIGHT
        assert box.left() <= tiles.left() and tiles.right() <= box.right()
    dense1 = _ids(window, "Dense")[0]
    assert live.strip(dense1).rects[0].width() == TILE  # 8 units: small tiles in one row
    head = _ids(window, "Dense")[1]
    assert live.strip(head).rects[0].width() == BIG_TILE  # 1 unit: one large tile

    # Every snapshot refills the same items and buffers: no new graphics items, no new images.
    items, strip = len(scene.items()), live.strip(dense1)
    buffer, before = strip.pixels, strip.pixels.copy()
    snap = _train(qtbot, window, 100)
    assert live.strip(dense1) is strip and strip.pixels is buffer and len(scene.items()) == items
    assert not np.array_equal(before, strip.pixels)
    n = snap.neuron_maps[dense1].shape[-1]
    np.testing.assert_allclose(
        strip.pixels[:n], _expected_rgba(snap.neuron_maps[dense1][0][::-1], map_levels(snap.neuron_maps[dense1])),
        atol=3,
    )


@pytest.mark.parametrize(("units", "shown", "more"), [(16, 16, ""), (40, 14, "+26")])
def test_wide_layers_show_sixteen_cells_with_a_count_of_the_rest(qtbot, window, units, shown, more):
    dense1 = _ids(window, "Dense")[0]
    window.document.push(SetParam(dense1, "units", units))
    snap = _train(qtbot, window, 3)
    strip = window.live_canvas.strip(dense1)
    assert snap.neuron_units[dense1] == units and snap.neuron_maps[dense1].shape[0] == min(units, 32)
    assert (strip.units, strip.shown, strip.more_text) == (units, shown, more)
    n = snap.neuron_maps[dense1].shape[-1]
    assert strip.pixels.shape == (shown * n, n, 4)
    assert (strip.more_rect is not None) == bool(more)
    # Two rows of eight cells at most: the strip stays within the auto-layout's gap between rows.
    assert strip.boundingRect().height() <= 2 * TILE + 2 * 2 + 4
    rects, more_rect = cell_rects(units)
    assert len(rects) == shown and (more_rect is None) == (not more)


def test_hovering_a_map_shows_that_unit_in_the_boundary_panel_until_the_mouse_leaves(qtbot, window):
    snap = _train(qtbot, window, 150)
    view, boundary, live = window.view, _boundary(window), window.live_canvas
    qtbot.waitUntil(lambda: boundary._snapshot is snap, timeout=3000)
    output = boundary.heat.image.copy()
    np.testing.assert_array_equal(output, snap.boundary.T)
    dense1 = _ids(window, "Dense")[0]
    strip = live.strip(dense1)

    _hover(view, strip.tile_scene_rect(2).center())
    assert strip.hovered_unit == 2 and live.hovered == (dense1, 2)
    assert boundary.neuron == "dense1 · unit 3"
    assert boundary._caption.isVisible() and "dense1 · unit 3" in boundary._caption.toPlainText()
    np.testing.assert_array_equal(boundary.heat.image, snap.neuron_maps[dense1][2].T)
    assert boundary.heat.getLevels() == pytest.approx(map_levels(snap.neuron_maps[dense1]))

    act1 = _ids(window, "Activation")[0]
    _hover(view, live.strip(act1).tile_scene_rect(5).center())
    assert boundary.neuron == "act1 · unit 6"
    np.testing.assert_array_equal(boundary.heat.image, snap.neuron_maps[act1][5].T)

    # Training on while hovering: the large map follows the unit, the output does not take over.
    snap = _train(qtbot, window, 20)
    qtbot.waitUntil(lambda: boundary._snapshot is snap, timeout=3000)
    assert boundary.neuron == "act1 · unit 6"
    np.testing.assert_array_equal(boundary.heat.image, snap.neuron_maps[act1][5].T)
    boundary.show_snapshot(snap)  # whichever panel draws last, the hovered unit stays on show
    QTest.mouseClick(boundary.discretize, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(boundary.heat.image, snap.neuron_maps[act1][5].T)

    _hover(view, _empty_canvas_point(view))
    assert live.hovered is None and boundary.neuron is None and not boundary._caption.isVisible()
    # Discretize was switched on while the unit was shown: the output comes back discretized.
    np.testing.assert_array_equal(boundary.heat.image, (snap.boundary >= 0.5).astype(np.float32).T)
    assert boundary.heat.getLevels() == pytest.approx((0.0, 1.0))
    QTest.mouseClick(boundary.discretize, Qt.MouseButton.LeftButton)
    assert not boundary.discretize.isChecked()


def test_edges_into_small_dense_layers_show_their_weights(qtbot, window):
    snap = _train(qtbot, window, 150)
    scene = window.view.node_scene
    dense_ids = set(_ids(window, "Dense"))
    styled = [item for edge, item in scene.edges.items() if edge.dst in dense_ids]
    plain = [item for edge, item in scene.edges.items() if edge.dst not in dense_ids]
    assert len(styled) == 2 and len(plain) == 2
    for item in styled:
        stats = snap.weight_stats[item.edge.dst]
        pen = item.line_pen()
        assert pen.widthF() == pytest.approx(weight_width(stats.mean_abs))
        assert pen.color() == weight_color(stats.positive_share)
        tip = item.toolTip()
        assert f"mean |w| {stats.mean_abs:.3g}" in tip and f"max |w| {stats.max_abs:.3g}" in tip
        assert snap.names[item.edge.dst] in tip
    for item in plain:
        assert item.weight_pen is None
        assert (item.line_pen().color(), item.line_pen().widthF()) == (style.EDGE, 2.5)

    # The pen follows the weights: a snapshot with other weights restyles the edges it feeds.
    dense1 = _ids(window, "Dense")[0]
    item = next(i for i in styled if i.edge.dst == dense1)
    heavier = dict(snap.weight_stats)
    heavier[dense1] = WeightStats(count=16, mean_abs=3.0, max_abs=5.0, positive_share=0.0)
    window.live_canvas.show_snapshot(dataclasses.replace(snap, weight_stats=heavier))
    assert item.line_pen().widthF() > weight_width(snap.weight_stats[dense1].mean_abs)
    assert item.line_pen().color() == NEGATIVE
    # A layer with many weights is not summarised on its edge.
    heavier[dense1] = WeightStats(count=MAX_EDGE_WEIGHTS + 1, mean_abs=1.0, max_abs=2.0, positive_share=1.0)
    window.live_canvas.show_snapshot(dataclasses.replace(snap, weight_stats=heavier))
    assert item.weight_pen is None


def test_weight_pen_scale_and_colours() -> None:
    widths = [weight_width(w) for w in (0.0, 0.1, 0.5, 1.0, 3.0, 100.0)]
    assert widths == sorted(widths) and widths[0] == 1.5 and widths[-1] == 10.0
    assert weight_color(1.0) == POSITIVE and weight_color(0.0) == NEGATIVE
    assert weight_color(0.5) == QColor("#8A8A8A")


def test_toggle_hides_the_live_drawing_and_stops_its_probes(qtbot, window):
    session, live, scene = window.session, window.live_canvas, window.view.node_scene
    assert live.probes <= session.requested_probes()
    _train(qtbot, window, 50)
    dense1 = _ids(window, "Dense")[0]
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert live.toggle_action in view_menu.actions() and live.toggle_action.isChecked()

    live.toggle_action.trigger()  # View ▸ Show neuron maps and weights on layers: off
    others = set().union(*(p.probes for p in session.visible_panels()))
    assert live not in session.visible_panels()
    assert session.requested_probes() == others
    qtbot.waitUntil(lambda: set(session.thread._worker._probes) == others, timeout=2000)
    assert not live.strip(dense1).isVisible()
    assert all(item.weight_pen is None for item in scene.edges.values())
    session.step(5)  # snapshots go on; the canvas stays plain
    qtbot.waitUntil(lambda: session.latest.step >= 55, timeout=3000)
    assert not live.strip(dense1).isVisible()

    live.toggle_action.trigger()  # on again: the worker sends the probes, the maps come back
    assert live.probes <= session.requested_probes()
    qtbot.waitUntil(lambda: live.strip(dense1).isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: any(item.weight_pen is not None for item in scene.edges.values()), timeout=3000)


def test_no_run_plain_canvas_and_an_edited_design_fades_the_maps(qtbot, window):
    session, live, scene, doc = window.session, window.live_canvas, window.view.node_scene, window.document
    _train(qtbot, window, 30)
    dense1 = _ids(window, "Dense")[0]
    strip = live.strip(dense1)
    assert strip.opacity() == 1.0
    doc.push(SetParam(dense1, "units", 5))  # the run now trains an older design
    assert session.stale and strip.opacity() == FADED_OPACITY
    doc.undo_stack.undo()
    assert not session.stale and strip.opacity() == 1.0

    _hover(window.view, strip.tile_scene_rect(0).center())
    assert _boundary(window).neuron == "dense1 · unit 1"
    session.discard_run()  # no run: no maps, plain edges, the boundary panel empty
    assert not strip.isVisible() and live.hovered is None and _boundary(window).neuron is None
    assert all(item.weight_pen is None for item in scene.edges.values())

    _train(qtbot, window, 10)
    _hover(window.view, live.strip(dense1).tile_scene_rect(1).center())
    assert _boundary(window).neuron == "dense1 · unit 2"
    doc.push(RemoveNodes([dense1]))  # deleted under the mouse: no hover-leave comes, the output returns
    assert live.hovered is None and _boundary(window).neuron is None and live.strip(dense1) is None
    doc.undo_stack.undo()
    doc.set_project(preset("xor-mlp"))  # a new project: new node items, none with maps
    assert all(live.strip(nid) is None for nid in doc.project.graph.nodes)
    assert all(item.weight_pen is None for item in scene.edges.values())
    snap = _train(qtbot, window, 10)  # the new run's maps go on the new items
    assert all(live.strip(nid).parentItem() is scene.nodes[nid] for nid in snap.neuron_maps)


def test_fitting_the_view_keeps_the_maps_in_sight(qtbot, window):
    _train(qtbot, window, 10)
    view, live = window.view, window.live_canvas
    view.fit_to_view()
    visible = view.visible_scene_rect()
    for strip in live.strips.values():
        assert visible.contains(strip.sceneBoundingRect())
    assert Qt.MouseButton.NoButton == live.strip(_ids(window, "Dense")[0]).acceptedMouseButtons()
