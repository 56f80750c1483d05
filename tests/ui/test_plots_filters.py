"""The convolution filters panel: kernels as tiles on one shared ± scale, layer picker, gradients, caps, hints."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from plots_support import CNN_KINDS, CNN_NAMES, image_dataset
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from playground.engine.data import Dataset
from playground.engine.snapshot import FilterSet, Snapshot
from playground.engine.train import Trainer
from playground.graph import History, Project
from playground.graph.commands import AddNode, Connect
from playground.ui.plots import PANEL_CLASSES, FiltersPanel
from playground.ui.plots.base import EMPTY_HINT, DesignTraits
from playground.ui.plots.filters import NEGATIVE, NO_CONV_HINT, NO_GRADS_HINT, POSITIVE, filter_colormap
from playground.ui.plots.tiles import compose

NAMES, KINDS = CNN_NAMES, CNN_KINDS


def conv_snapshot(seed: int = 0, grads: bool = True, layers: tuple[str, ...] = ("c1", "c2")) -> Snapshot:
    """conv1: 8 filters of 1×5×5; conv2: 64 filters of 8×3×3 whose largest weights are in filters 32+ (not shown)."""
    rng = np.random.default_rng(seed)
    weights = {
        "c1": rng.normal(0, 0.3, (8, 1, 5, 5)).astype(np.float32),
        "c2": rng.normal(0, 0.1, (64, 8, 3, 3)).astype(np.float32),
    }
    weights["c2"][32:] *= 10  # the layer's largest weights sit in filters beyond the cap
    filters = {
        nid: FilterSet(w, rng.normal(0, 1e-3, w.shape).astype(np.float32) if grads else None)
        for nid, w in weights.items()
        if nid in layers
    }
    names = {nid: name for nid, name in NAMES.items() if nid in layers or KINDS[nid] != "Conv2d"}
    return Snapshot(
        step=seed,
        epoch=0.0,
        train_loss=1.0,
        test_loss=1.0,
        train_accuracy=0.5,
        test_accuracy=0.5,
        names=names,
        kinds={nid: KINDS[nid] for nid in names},
        filters=filters,
    )


def channels_dataset(channels: int) -> Dataset:
    return image_dataset(np.zeros((4, channels, 8, 8), np.float32), np.arange(4, dtype=np.int64))


@pytest.fixture
def panel(qtbot):
    panel = FiltersPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 320)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def same(a: np.ndarray, b: np.ndarray) -> None:
    np.testing.assert_array_equal(a, b)  # NaN (the gaps) equal NaN


def test_registered_shown_for_conv_designs_only() -> None:
    assert FiltersPanel in PANEL_CLASSES and FiltersPanel.probes == frozenset({"filters"})
    assert FiltersPanel.shows_for(DesignTraits("images", "multiclass", frozenset({"Input", "Conv2d", "Output"})))
    assert FiltersPanel.shows_for(DesignTraits("images", "reconstruction", frozenset({"ConvTranspose2d"})))
    assert not FiltersPanel.shows_for(DesignTraits("images", "multiclass", frozenset({"Input", "Dense", "Output"})))


def test_first_layer_tiles_are_its_kernels_on_one_symmetric_scale(panel) -> None:
    snap = conv_snapshot()
    panel.show_snapshot(snap)
    assert panel.hint_text() is None
    assert [panel.layer_combo.itemText(i) for i in range(panel.layer_combo.count())] == ["conv1", "conv2"]
    assert panel.layer == "c1" and panel.layer_combo.currentText() == "conv1"
    w = snap.filters["c1"].weights
    grid = panel.grid
    assert not grid.matrix and grid.shown_filters == 8
    same(panel.image.image, compose(w[:, 0], grid.layout.cols)[0])  # one image item holds every tile
    for f in range(8):
        same(grid.kernel(f, 0), w[f, 0])
    s = float(np.percentile(np.abs(w), 99))
    assert panel.scale == pytest.approx(s)
    assert tuple(panel.image.getLevels()) == pytest.approx((-s, s))
    assert panel.scale_bar.text() == f"−{s:.2g} … +{s:.2g}" and panel.scale_bar.isVisible()
    # 0 is white, negative blue, positive vermillion.
    ends = filter_colormap().map(np.array([0.0, 0.5, 1.0]), mode="qcolor")
    assert [c.name().upper() for c in ends] == [NEGATIVE.upper(), "#FFFFFF", POSITIVE.upper()]
    assert panel.info.text() == "conv1: 8 filters, 5×5"
    # Kernels are drawn big: a 5×5 kernel covers dozens of screen pixels, not 5.
    rect = panel.image.mapRectToDevice(panel.image.boundingRect())
    assert rect.width() / grid.layout.width * 5 > 30


def test_deeper_layer_is_a_capped_filter_by_input_channel_grid_picked_in_the_combo(panel, qtbot) -> None:
    snap = conv_snapshot()
    panel.show_snapshot(snap)
    panel.layer_combo.setFocus()
    qtbot.keyClick(panel.layer_combo, Qt.Key.Key_Down)  # the user picks the next layer
    assert panel.layer == "c2" and panel.layer_combo.currentText() == "conv2"
    grid = panel.grid
    w = snap.filters["c2"].weights
    assert grid.matrix and (grid.shown_filters, grid.shown_channels) == (16, 8)
    assert panel.info.text() == "conv2: showing 16 of 64 filters × 8 inputs, 3×3"
    for f, c in ((0, 0), (3, 5), (15, 7)):
        same(grid.kernel(f, c), w[f, c])
    # One scale for the whole layer: the big weights of filters 32-63 set it although they are not drawn.
    s = float(np.percentile(np.abs(w), 99))
    assert tuple(panel.image.getLevels()) == pytest.approx((-s, s))
    assert np.nanmax(np.abs(panel.image.image)) < 0.5 * s
    # The choice survives the next snapshots, a design without that layer for a while, and clear().
    panel.show_snapshot(conv_snapshot(seed=1))
    assert panel.layer == "c2"
    same(panel.grid.kernel(2, 3), conv_snapshot(seed=1).filters["c2"].weights[2, 3])
    panel.show_snapshot(conv_snapshot(seed=2, layers=("c1",)))
    assert panel.layer == "c1" and panel.layer_combo.count() == 1 and not panel.layer_combo.isEnabled()
    panel.show_snapshot(conv_snapshot(seed=3))
    assert panel.layer == "c2" and panel.layer_combo.currentText() == "conv2"
    panel.clear()
    panel.show_snapshot(conv_snapshot(seed=4))
    assert panel.layer == "c2"


def test_a_deep_layer_turns_round_in_a_wide_panel(panel, qtbot) -> None:
    snap = conv_snapshot()
    panel.show_snapshot(snap)
    panel.layer_combo.setCurrentIndex(1)
    panel.resize(360, 640)  # tall: a row per filter
    qtbot.wait(10)
    panel.show_snapshot(snap)
    assert not panel.grid.transposed and panel.grid.layout.cols == 8
    axis = panel.plot.getPlotItem().getAxis("left")
    assert axis.labelText == "filter"
    panel.resize(800, 300)  # wide: a column per filter
    qtbot.wait(10)
    panel.show_snapshot(snap)
    grid = panel.grid
    assert grid.transposed and grid.layout.cols == 16 and axis.labelText == "input channel"
    for f, c in ((0, 0), (3, 5), (15, 7)):
        same(grid.kernel(f, c), snap.filters["c2"].weights[f, c])


def test_gradients_toggle_shows_the_gradients_on_their_own_scale(panel, qtbot) -> None:
    snap = conv_snapshot()
    panel.show_snapshot(snap)
    qtbot.mouseClick(panel.gradients, Qt.MouseButton.LeftButton)
    assert panel.gradients.isChecked()
    g = snap.filters["c1"].grads
    same(panel.grid.kernel(2, 0), g[2, 0])
    s = float(np.percentile(np.abs(g), 99))
    assert tuple(panel.image.getLevels()) == pytest.approx((-s, s)) and s < 0.01
    # Before the first step there are no gradients: say so instead of drawing stale ones.
    panel.show_snapshot(conv_snapshot(grads=False))
    assert panel.hint_text() == NO_GRADS_HINT and panel.image.image is None and not panel.scale_bar.isVisible()
    qtbot.mouseClick(panel.gradients, Qt.MouseButton.LeftButton)
    assert panel.hint_text() is None
    same(panel.grid.kernel(2, 0), conv_snapshot(grads=False).filters["c1"].weights[2, 0])


def test_conv_transpose_kernels_are_read_out_channel_first(panel) -> None:
    snap = conv_snapshot(layers=())
    weights = np.arange(4 * 2 * 3 * 3, dtype=np.float32).reshape(4, 2, 3, 3)  # torch: (in, out, kh, kw)
    snap.names["d"], snap.kinds["d"] = "deconv", "ConvTranspose2d"
    snap.filters["d"] = FilterSet(weights, None)
    panel.show_snapshot(snap)
    grid = panel.grid
    assert (grid.filters, grid.in_channels) == (2, 4)
    same(grid.kernel(1, 3), weights[3, 1])


def test_first_layer_of_colour_images_labels_its_columns_rgb(panel) -> None:
    snap = conv_snapshot(layers=())
    snap.names["c"], snap.kinds["c"] = "conv", "Conv2d"
    snap.filters["c"] = FilterSet(np.ones((4, 3, 3, 3), np.float32), None)
    panel.set_dataset(channels_dataset(3))
    panel.show_snapshot(snap)
    item = panel.plot.getPlotItem()
    axis = next(item.getAxis(side) for side in ("left", "top") if item.getAxis(side).labelText == "input channel")
    assert [label for _, label in axis._tickLevels[0]] == ["R", "G", "B"]


def test_hovering_a_tile_names_its_filter_and_input(panel, qtbot) -> None:
    panel.show_snapshot(conv_snapshot())
    panel.layer_combo.setCurrentIndex(1)
    qtbot.wait(20)  # the view applies its range on the next pass
    grid = panel.grid
    r, c = grid.layout.origin(grid.index_of(4, 2))  # filter 5, input 3
    centre = QPointF(c + grid.layout.tile_w / 2, r + grid.layout.tile_h / 2)
    scene = panel.plot.getPlotItem().vb.mapViewToScene(centre)
    QTest.mouseMove(panel.plot.viewport(), panel.plot.mapFromScene(scene))
    qtbot.waitUntil(lambda: "filter 5, input 3" in panel.info.text(), timeout=2000)
    panel.show_snapshot(conv_snapshot(seed=1))  # training goes on under the mouse: the readout stays
    assert panel.info.text().startswith("conv2: filter 5, input 3 · ")


def test_hints_for_no_run_no_conv_layer_and_a_snapshot_without_the_probe(panel) -> None:
    assert panel.hint_text() == EMPTY_HINT
    waiting = conv_snapshot()
    waiting.filters = {}
    panel.show_snapshot(waiting)  # a conv design, but the probe was not asked for yet
    assert panel.hint_text() == "Waiting for the filters…"
    panel.show_snapshot(conv_snapshot())
    before = panel.image.image.copy()
    panel.show_snapshot(waiting)  # keeps what it drew
    assert panel.hint_text() is None
    same(panel.image.image, before)
    dense = Snapshot(0, 0.0, 1.0, 1.0, None, None, names={"d": "dense1"}, kinds={"d": "Dense"})
    panel.show_snapshot(dense)
    assert panel.hint_text() == NO_CONV_HINT and panel.image.image is None and panel.layer_combo.count() == 0
    panel.show_snapshot(conv_snapshot())
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT and panel.image.image is None and panel.grid is None
    assert panel.layer_combo.count() == 0 and panel.info.text() == ""


def small_cnn() -> Project:
    """Input 1×8×8 → conv 8 → ReLU → max-pool → conv 16 → ReLU → flatten → dense 10 on the digits8 set."""
    project = Project()
    project.data["dataset"] = "digits8"
    history = History(project.graph)
    chain = [
        ("Input", {"shape": [1, 8, 8]}),
        ("Conv2d", {"filters": 8, "kernel": 3, "padding": 1}),
        ("Activation", {"function": "relu"}),
        ("MaxPool2d", {}),
        ("Conv2d", {"filters": 16, "kernel": 3, "padding": 1}),
        ("Activation", {"function": "relu"}),
        ("Flatten", {}),
        ("Dense", {"units": 10}),
        ("Output", {"task": "multiclass"}),
    ]
    ids = []
    for i, (kind, params) in enumerate(chain):
        add = AddNode(kind, params, (200.0 * i, 0.0))
        history.push(add)
        ids.append(add.node_id)
    for src, dst in zip(ids, ids[1:], strict=False):
        history.push(Connect(src, dst))
    return project


def test_a_real_cnn_run_on_digits(panel, qtbot) -> None:
    torch.set_num_threads(1)
    trainer = Trainer(small_cnn())
    panel.set_dataset(trainer.dataset)
    panel.gradients.setChecked(True)
    panel.show_snapshot(trainer.snapshot({"filters"}))
    assert panel.hint_text() == NO_GRADS_HINT  # no step yet
    trainer.step(20)
    snap = trainer.snapshot({"filters"})
    panel.show_snapshot(snap)
    assert panel.hint_text() is None
    assert [panel.layer_combo.itemText(i) for i in range(panel.layer_combo.count())] == ["conv1", "conv2"]
    qtbot.mouseClick(panel.gradients, Qt.MouseButton.LeftButton)  # back to the weights
    conv2 = panel.layer_combo.itemData(1)
    panel.layer_combo.setCurrentIndex(1)
    weights = snap.filters[conv2].weights
    assert weights.shape == (16, 8, 3, 3) and panel.grid.matrix
    same(panel.grid.kernel(9, 4), weights[9, 4])
    s = float(np.percentile(np.abs(weights), 99))
    assert tuple(panel.image.getLevels()) == pytest.approx((-s, s))


def test_one_extreme_weight_saturates_instead_of_fading_every_filter(panel) -> None:
    snap = conv_snapshot()
    typical = panel_scale_of(panel, snap)
    snap.filters["c1"].weights[3, 0, 2, 2] = 40.0  # a single runaway weight
    assert panel_scale_of(panel, snap) < 2 * typical


def panel_scale_of(panel, snap) -> float:
    panel.show_snapshot(snap)
    return panel.scale
