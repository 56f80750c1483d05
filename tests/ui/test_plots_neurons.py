"""The neuron panel: one small map per hidden unit grouped by layer, and the hovered one drawn large."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from plots_support import run
from PySide6.QtTest import QTest

from playground.ui.plots import NeuronPanel
from playground.ui.plots.neurons import colour_maps, map_levels


@pytest.fixture
def panel(qtbot):
    panel = NeuronPanel()
    qtbot.addWidget(panel)
    panel.resize(760, 440)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_one_tile_per_hidden_unit_grouped_by_activation_layer(panel) -> None:
    spiral = run("spiral-deep", 200, snapshots=5)
    snap = spiral.last
    panel.show_snapshot(snap)
    acts = [n for n in spiral.trainer.model.order if snap.kinds[n] == "Activation"]
    assert panel.tile_keys == [(nid, u) for nid in acts for u in range(16)]
    visible_labels = [label.toPlainText() for label in panel.labels if label.isVisible()]
    assert visible_labels == [snap.names[n] for n in acts]
    for nid, unit in panel.tile_keys:
        # Rows flipped: the view puts its first row at the top, the plane's top is ymax.
        levels = map_levels(snap.neuron_maps[nid])
        assert panel.levels[nid] == pytest.approx(levels)
        expected = colour_maps(snap.neuron_maps[nid][unit][::-1], levels, panel.table)
        np.testing.assert_array_equal(panel.tile_rgba((nid, unit)), expected)
    assert panel.mosaic.isVisible() and panel.mosaic.image is not None
    # The colours run from class 0's (low) to class 1's (high), as on the boundary.
    assert tuple(panel.table[0]) != tuple(panel.table[255])
    assert map_levels(snap.neuron_maps[acts[0]]) == (pytest.approx(-1.0, abs=0.5), pytest.approx(1.0, abs=0.5))


def test_hovering_a_tile_shows_it_large(panel, qtbot) -> None:
    snap = run("spiral-deep", 200, snapshots=5).last
    panel.show_snapshot(snap)
    first = panel.tile_keys[0]
    np.testing.assert_array_equal(panel.large_image.image, snap.neuron_maps[first[0]][0].T)  # the default
    target = panel.tile_keys[21]  # act2, unit 6
    rect = panel.tile_rect(target)
    qtbot.wait(40)  # the view applies its range on the next pass; also spaces out the mouse moves
    centre = panel.tiles_view.mapViewToScene(rect.center())
    QTest.mouseMove(panel.tiles_widget.viewport(), panel.tiles_widget.mapFromScene(centre))
    qtbot.waitUntil(lambda: panel.hovered == target, timeout=2000)
    nid, unit = target
    np.testing.assert_array_equal(panel.large_image.image, snap.neuron_maps[nid][unit].T)
    assert panel.large_title.text() == f"{snap.names[nid]} · unit {unit + 1}"
    assert panel.highlight.isVisible() and panel.highlight.rect().contains(rect)
    earlier = run("spiral-deep", 200, snapshots=5).snapshots[-2]
    panel.show_snapshot(earlier)  # the large map follows the training
    np.testing.assert_array_equal(panel.large_image.image, earlier.neuron_maps[nid][unit].T)


def test_sigmoid_layers_use_the_boundary_levels_and_xor_shows_its_hidden_relus(panel) -> None:
    sigmoid = run("vanishing-sigmoid", 10).last
    panel.show_snapshot(sigmoid)
    assert len({nid for nid, _ in panel.tile_keys}) == 10 and len(panel.tile_keys) == 80
    assert all(levels == (0.0, 1.0) for levels in panel.levels.values())
    xor = run("xor-mlp", 400).last
    panel.show_snapshot(xor)  # a smaller design: fewer tiles, the rest hidden
    assert len(panel.tile_keys) == 8
    # One row of eight tiles: the mosaic is one tile high (and a gap).
    tile_height = panel.tile_rgba(panel.tile_keys[0]).shape[0]
    assert tile_height <= panel.mosaic.image.shape[0] < 2 * tile_height


def test_a_snapshot_without_the_probe_keeps_what_is_drawn(panel) -> None:
    snap = run("xor-mlp", 400).last
    without = dataclasses.replace(snap, neuron_maps={})  # as when the panel has just been shown
    panel.show_snapshot(without)
    assert panel.hint_text() == "Waiting for the neuron maps…"
    assert not panel.mosaic.isVisible()
    panel.show_snapshot(snap)
    assert panel.hint_text() is None and len(panel.tile_keys) == 8
    panel.show_snapshot(without)
    assert panel.hint_text() is None and len(panel.tile_keys) == 8


def test_map_levels() -> None:
    assert map_levels(np.array([0.1, 0.5, 0.9])) == (0.0, 1.0)  # sigmoid-like: the boundary's scale
    assert map_levels(np.linspace(-1, 1, 101)) == pytest.approx((-0.98, 0.98))
    relu = np.r_[np.zeros(50), np.linspace(0, 2, 49), 30.0]  # one huge output must not wash out the rest
    lo, hi = map_levels(relu)
    assert lo == -hi and 1.5 < hi < 3
    assert map_levels(np.array([np.nan])) == (0.0, 1.0)


@pytest.mark.parametrize("size", [(760, 440), (420, 700), (300, 300)])
def test_layer_names_stay_whole_in_a_narrow_dock(panel, qtbot, size) -> None:
    snap = run("spiral-deep", 20, snapshots=1).last
    snap.names = {nid: f"a rather long layer name {i}" for i, nid in enumerate(snap.names)}
    panel.resize(*size)
    panel.show_snapshot(snap)
    qtbot.wait(10)
    shown = panel.tiles_view.sceneBoundingRect()
    names = [label for label in panel.labels if label.isVisible()]
    assert names
    for label in names:
        box = label.mapRectToScene(label.boundingRect())
        assert shown.left() - 1 <= box.left() and box.right() <= shown.right() + 1, label.toPlainText()
