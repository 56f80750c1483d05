"""The feature maps panel: a block of channel images per layer, per-layer levels, the sample picker, hints."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from plots_support import CNN_KINDS, CNN_NAMES, image_dataset
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from test_plots_filters import small_cnn

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.engine.train import Trainer
from playground.ui.plots import PANEL_CLASSES, FeatureMapsPanel
from playground.ui.plots.base import EMPTY_HINT, DesignTraits
from playground.ui.plots.feature_layout import fit_tiles
from playground.ui.plots.feature_maps import NO_IMAGES_HINT, layer_levels
from playground.ui.plots.tiles import compose

NAMES, KINDS = CNN_NAMES, CNN_KINDS
N_TEST = 12


def bars_dataset() -> Dataset:
    """12 test digits of 1×8×8: sample i is a bar at row i % 8, class i % 10."""
    x = np.zeros((N_TEST, 1, 8, 8), np.float32)
    for i in range(N_TEST):
        x[i, 0, i % 8] = 1.0
    y = (np.arange(N_TEST) % 10).astype(np.int64)
    return image_dataset(x, y, tuple(f"digit {k}" for k in range(10)))


def maps_snapshot(sample: int = 0, pool: int = 4, conv2: int = 16) -> Snapshot:
    """Maps of a conv1 → relu1 → pool1 → conv2 design; the ReLU layer is weak (values below 0.01)."""
    rng = np.random.default_rng(sample)
    maps = {
        "in": rng.uniform(0, 1, (1, 8, 8)),
        "c1": rng.normal(0, 2, (8, 8, 8)),
        "a1": rng.uniform(0, 0.01, (8, 8, 8)),
        "p1": rng.uniform(0, 3, (8, pool, pool)),
        "c2": rng.normal(0, 1, (conv2, pool, pool)),
    }
    return Snapshot(
        step=sample,
        epoch=0.0,
        train_loss=1.0,
        test_loss=1.0,
        train_accuracy=0.5,
        test_accuracy=0.5,
        names=dict(NAMES),
        kinds=dict(KINDS),
        feature_maps={nid: m.astype(np.float32) for nid, m in maps.items()},
        feature_sample=sample,
    )


@pytest.fixture
def panel(qtbot):
    panel = FeatureMapsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 320)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_dataset(bars_dataset())
    return panel


def test_registered_and_shown_for_image_designs_with_image_layers() -> None:
    assert FeatureMapsPanel in PANEL_CLASSES and FeatureMapsPanel.probes == frozenset({"feature_maps"})
    conv = frozenset({"Input", "Conv2d", "Flatten", "Dense", "Output"})
    assert FeatureMapsPanel.shows_for(DesignTraits("images", "multiclass", conv))
    assert FeatureMapsPanel.shows_for(DesignTraits("images", "reconstruction", frozenset({"Upsample"})))
    assert not FeatureMapsPanel.shows_for(DesignTraits("images", "multiclass", frozenset({"Input", "Dense"})))
    assert not FeatureMapsPanel.shows_for(DesignTraits("points", "binary", conv))


def test_a_block_per_layer_in_design_order_each_on_its_own_levels(panel) -> None:
    snap = maps_snapshot()
    panel.show_snapshot(snap)
    assert panel.hint_text() is None
    order = ["in", "c1", "a1", "p1", "c2"]
    assert [p.nid for p in panel.places] == order
    labels = [label.toPlainText() for label in panel.labels if label.isVisible()]
    assert [" ".join(text.split()) for text in labels] == [
        "input 1×8×8",
        "conv1 8×8×8",
        "relu1 8×8×8",
        "pool1 8×4×4",
        "conv2 16×4×4",
    ]
    for image, place in zip(panel.images, panel.places, strict=False):
        maps = snap.feature_maps[place.nid]
        np.testing.assert_array_equal(image.image, compose(maps, place.cols, pad=place.pad)[0])
        lo, hi = float(maps.min()), float(maps.max())
        assert tuple(image.getLevels()) == pytest.approx((lo, hi)) == panel.levels[place.nid]
    assert panel.levels["a1"][1] < 0.01 < panel.levels["c1"][1]  # the weak layer gets its own range
    # Blocks go down the view without overlapping; every channel is a tile.
    bottoms = [p.top + p.height for p in panel.places]
    assert all(b <= nxt.top for b, nxt in zip(bottoms, panel.places[1:], strict=False))
    assert [p.channels for p in panel.places] == [1, 8, 8, 8, 16]


def test_tiles_are_large_and_nothing_leaves_the_view(panel, qtbot) -> None:
    for width, height in ((420, 320), (800, 400)):
        panel.resize(width, height)
        qtbot.wait(20)
        panel.show_snapshot(maps_snapshot())
        qtbot.wait(20)
        view = panel.view.sceneBoundingRect()
        for image, place in zip(panel.images, panel.places, strict=False):
            rect = image.sceneBoundingRect()
            assert view.contains(rect), (width, place.nid)
            tile_px = rect.width() / image.image.shape[1] * 8 if place.nid != "p1" else 0
            assert place.nid == "p1" or tile_px >= 16  # an 8×8 map drawn at least 16 screen pixels wide
        for label in panel.labels:
            if label.isVisible():
                assert view.contains(label.sceneBoundingRect())


def test_items_are_made_once_and_only_rearranged_when_the_layers_change(panel) -> None:
    panel.show_snapshot(maps_snapshot(0))
    images, places = list(panel.images), list(panel.places)
    panel.show_snapshot(maps_snapshot(1))
    assert panel.images == images and panel.places == places
    panel.show_snapshot(maps_snapshot(2, pool=2, conv2=4))  # other shapes: new places, same items
    assert panel.images == images and panel.places != places
    assert panel.places[-1].channels == 4 and panel.images[-1].image.shape[0] < images[-1].image.shape[0] * 2
    smaller = maps_snapshot(3)
    del smaller.feature_maps["c2"]
    panel.show_snapshot(smaller)
    assert len(panel.places) == 4 and not panel.images[4].isVisible() and not panel.labels[4].isVisible()


def test_next_button_asks_the_worker_for_the_next_sample(panel, qtbot) -> None:
    panel.show_snapshot(maps_snapshot(3))
    panel.choose_sample(3)
    assert panel.caption.text().startswith("Sample 3")
    assert panel.true_label.text() == "class digit 3" and panel.thumb.pixmap() is not None
    with qtbot.waitSignal(panel.option_changed, timeout=1000) as signal:
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["sample", 4] and panel.sample == 4
    assert panel.true_label.text() == "class digit 4"
    thumb = panel.thumb.pixmap().toImage()
    bar_row = 4 * thumb.height() // 8 + thumb.height() // 16  # sample 4 is a white bar on row 4
    assert thumb.pixelColor(thumb.width() // 2, bar_row).lightness() > 200
    assert thumb.pixelColor(thumb.width() // 2, thumb.height() // 16).lightness() < 50
    # The old maps stay until the worker's next snapshot; the caption says what is coming.
    before = panel.images[0].image.copy()
    assert panel.caption.text() == "Loading sample 4… (showing sample 3)"
    np.testing.assert_array_equal(panel.images[0].image, before)
    panel.show_snapshot(maps_snapshot(4))
    assert panel.caption.text().startswith("Sample 4")
    np.testing.assert_array_equal(panel.images[0].image, compose(maps_snapshot(4).feature_maps["in"], 1, pad=1)[0])


def test_previous_button_wraps_and_choose_sample_clamps(panel, qtbot) -> None:
    assert panel.sample == 0
    with qtbot.waitSignal(panel.option_changed, timeout=1000) as signal:
        qtbot.mouseClick(panel.prev_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["sample", N_TEST - 1]
    with qtbot.waitSignal(panel.option_changed, timeout=1000) as signal:
        panel.choose_sample(7)  # from another panel's sample grid
    assert signal.args == ["sample", 7] and panel.spin.value() == 7
    panel.choose_sample(999)
    assert panel.sample == N_TEST - 1
    # Typing an index works too.
    panel.spin.lineEdit().selectAll()
    with qtbot.waitSignal(panel.option_changed, timeout=1000) as signal:
        QTest.keyClicks(panel.spin.lineEdit(), "5")
    assert signal.args == ["sample", 5]


def test_point_data_has_no_samples_to_pick_and_says_so(panel) -> None:
    panel.set_dataset(None)
    assert not panel.next_button.isEnabled() and not panel.spin.isEnabled() and panel.true_label.text() == ""
    bare = maps_snapshot()
    bare.feature_maps, bare.kinds = {}, {"d": "Dense"}
    panel.show_snapshot(bare)
    assert panel.hint_text() == NO_IMAGES_HINT


def test_hints_waiting_keeping_and_clear(panel) -> None:
    assert panel.hint_text() == EMPTY_HINT
    waiting = maps_snapshot()
    waiting.feature_maps = {}
    panel.show_snapshot(waiting)
    assert panel.hint_text() == "Waiting for the feature maps…"
    panel.show_snapshot(maps_snapshot(2))
    before = panel.images[1].image.copy()
    panel.show_snapshot(waiting)
    assert panel.hint_text() is None
    np.testing.assert_array_equal(panel.images[1].image, before)
    panel.choose_sample(6)
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT and panel.places == [] and panel.caption.text() == ""
    assert not any(image.isVisible() for image in panel.images)
    assert panel.sample == 6  # the choice stays for the next run


def test_hovering_a_map_names_its_layer_and_channel(panel, qtbot) -> None:
    snap = maps_snapshot()
    panel.show_snapshot(snap)
    qtbot.wait(20)
    index = panel.places.index(next(p for p in panel.places if p.nid == "p1"))
    image, layout = panel.images[index], panel._tile_layouts[index]
    r, c = layout.origin(5)  # channel 6
    scene = image.mapToScene(QPointF(c + layout.tile_w / 2, r + layout.tile_h / 2))
    QTest.mouseMove(panel.maps_widget.viewport(), panel.maps_widget.mapFromScene(scene))
    qtbot.waitUntil(lambda: panel.caption.text().startswith("pool1, channel 6:"), timeout=2000)
    panel.show_snapshot(maps_snapshot(1))  # a new snapshot under the mouse: the readout stays, with new values
    values = maps_snapshot(1).feature_maps["p1"][5]
    assert panel.caption.text().startswith(f"pool1, channel 6: {values.min():.3g} … {values.max():.3g}")


def test_levels_and_fit_helpers() -> None:
    assert layer_levels(np.array([[2.0, 5.0]])) == (2.0, 5.0)
    lo, hi = layer_levels(np.zeros((2, 3, 3)))
    assert lo == 0.0 and hi > lo  # a dead layer is drawn in the low colour, not as an error
    # Wide boxes wrap less; tall boxes more; a layer's block is never lower than its label.
    cols_wide, tile_wide = fit_tiles([(16, 0.125)], 1000, 100, 50, 20)
    cols_tall, tile_tall = fit_tiles([(16, 0.125)], 200, 1000, 50, 20)
    assert cols_wide > cols_tall and tile_wide > 0 and tile_tall > 0
    assert (16 * 1.125 - 0.125 + 0.6) * tile_wide == pytest.approx(1000 - 50)  # one row filling the width


def test_a_real_cnn_run_on_digits_follows_the_sample_picker(panel, qtbot) -> None:
    torch.set_num_threads(1)
    trainer = Trainer(small_cnn())
    panel.set_dataset(trainer.dataset)
    assert panel.spin.maximum() == len(trainer.dataset.y_test) - 1
    trainer.step(20)
    panel.choose_sample(3)
    panel.show_snapshot(trainer.snapshot({"feature_maps"}, options={"sample": 3}))
    assert panel.caption.text().startswith("Sample 3")
    names = [" ".join(label.toPlainText().split()) for label in panel.labels if label.isVisible()]
    assert names == ["input1 1×8×8", "conv1 8×8×8", "act1 8×8×8", "maxpool1 8×4×4", "conv2 16×4×4", "act2 16×4×4"]
    np.testing.assert_array_equal(panel.images[0].image[1:-1, 1:-1], trainer.dataset.x_test[3, 0])
    with qtbot.waitSignal(panel.option_changed, timeout=1000) as signal:
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    name, value = signal.args
    assert panel.caption.text().startswith("Loading sample 4")
    panel.show_snapshot(trainer.snapshot({"feature_maps"}, options={name: value}))
    assert panel.caption.text().startswith("Sample 4")
    np.testing.assert_array_equal(panel.images[0].image[1:-1, 1:-1], trainer.dataset.x_test[4, 0])


def test_the_picker_follows_a_sample_chosen_elsewhere_but_keeps_its_own_pending_choice(panel, qtbot) -> None:
    panel.set_dataset(bars_dataset())
    panel.show_snapshot(maps_snapshot(sample=0))
    panel.show_snapshot(maps_snapshot(sample=4))  # the classification grid asked for sample 4
    assert panel.spin.value() == 4 and panel.caption.text().startswith("Sample 4")
    with qtbot.waitSignal(panel.option_changed) as signal:
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["sample", 5]
    panel.show_snapshot(maps_snapshot(sample=4))  # taken before the worker heard of 5
    assert panel.spin.value() == 5 and panel.caption.text().startswith("Loading sample 5")
    panel.show_snapshot(maps_snapshot(sample=5))
    panel.show_snapshot(maps_snapshot(sample=7))
    assert panel.spin.value() == 7
