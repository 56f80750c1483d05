"""The reconstruction panel: input / corrupted / reconstruction tiles on shared grey levels, the error caption."""

from __future__ import annotations

import numpy as np
import pytest
from plots_support import image_dataset

from playground.engine.data import Dataset
from playground.engine.snapshot import ReconstructionView, Snapshot
from playground.graph import AddNode, Connect, Graph, History, Project
from playground.graph.params import validate_all
from playground.graph.settings import DATA_PARAMS, TRAIN_PARAMS
from playground.ui.plots import PANEL_CLASSES, LatentPanel, ReconstructionPanel
from playground.ui.plots.base import EMPTY_HINT, DesignTraits
from playground.ui.plots.reconstruction import best_columns, compose_bands

AUTOENCODER = [
    ("Input", {"shape": [1, 8, 8]}),
    ("Flatten", {}),
    ("Dense", {"units": 32}),
    ("Activation", {"function": "relu"}),
    ("Dense", {"units": 2}),
    ("Latent", {}),
    ("Dense", {"units": 32}),
    ("Activation", {"function": "relu"}),
    ("Dense", {"units": 64}),
    ("Activation", {"function": "sigmoid"}),
    ("Output", {"task": "reconstruction"}),
]
"""A denoising autoencoder of the 8×8 digits with a two-unit code."""


def digits_dataset(shape: tuple[int, ...] = (1, 8, 8)) -> Dataset:
    """A stand-in for the digits: only what the panels read."""
    return image_dataset(np.zeros((4, *shape), np.float32), np.arange(4, dtype=np.int64) % 2, ("zero", "one"))


def snapshot(view: ReconstructionView | None, step: int = 100) -> Snapshot:
    return Snapshot(step, 1.0, 0.1, 0.1, None, None, task="reconstruction", reconstruction=view)


def images(n: int, shape: tuple[int, ...] = (1, 8, 8), seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).uniform(0, 1, (n, *shape)).astype(np.float32)


def tile(panel: ReconstructionPanel, row: int, sample: int) -> np.ndarray:
    """The pixels drawn for ``sample`` in row ``row`` (0 input, 1 next row…) of its band."""
    k = len(panel.row_names) // -(-panel.samples // panel.columns)
    band, col = divmod(sample, panel.columns)
    h, w = panel.tile_shape
    pad = 1
    band_height = k * (h + pad) + pad
    gap = max(1, round(0.5 * h))
    top = band * (band_height + gap) + pad + row * (h + pad)
    left = pad + col * (w + pad)
    return panel.image.image[top : top + h, left : left + w]


@pytest.fixture
def panel(qtbot):
    panel = ReconstructionPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 450)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_dataset(digits_dataset())
    return panel


def test_rows_of_inputs_and_reconstructions_on_levels_zero_to_one(panel) -> None:
    x = images(16)
    out = images(16, seed=1)
    panel.show_snapshot(snapshot(ReconstructionView(np.arange(16), x, x.copy(), out, 0.0123)))
    assert panel.hint_text() is None
    # Without corruption the "corrupted" row would repeat the inputs: only two rows per band.
    assert set(panel.row_names) == {"input", "reconstruction"}
    assert panel.row_names[:2] == ["input", "reconstruction"]
    assert panel.image.levels == pytest.approx((0.0, 1.0))
    for i in (0, 5, 15):
        np.testing.assert_array_equal(tile(panel, 0, i), x[i, 0])
        np.testing.assert_array_equal(tile(panel, 1, i), out[i, 0])
    assert "0.0123" in panel.caption.text() and "MSE" in panel.caption.text()
    labels = [label for label in panel.row_labels if label.isVisible()]
    assert [label.toPlainText() for label in labels] == panel.row_names
    # The captions sit left of the tiles, whole inside the view.
    shown = panel.view.viewRect()
    for label in labels:
        box = label.mapRectToView(label.boundingRect())
        assert shown.left() <= box.left() and box.right() <= 0


def test_corrupted_inputs_get_their_own_row(panel) -> None:
    x = images(6)
    noisy = np.clip(x + 0.3, 0, 1)
    out = images(6, seed=2)
    panel.show_snapshot(snapshot(ReconstructionView(np.arange(6), x, noisy, out, 0.5)))
    assert panel.row_names[:3] == ["input", "corrupted", "reconstruction"]
    for i in range(6):
        np.testing.assert_array_equal(tile(panel, 0, i), x[i, 0])
        np.testing.assert_array_equal(tile(panel, 1, i), noisy[i, 0])
        np.testing.assert_array_equal(tile(panel, 2, i), out[i, 0])
    # Corruption switched off in the next run: the row goes again.
    panel.show_snapshot(snapshot(ReconstructionView(np.arange(6), x, x, out, 0.5)))
    assert "corrupted" not in panel.row_names
    assert not any(label.isVisible() and label.toPlainText() == "corrupted" for label in panel.row_labels)


def test_outputs_are_clipped_for_display_so_brightness_compares_honestly(panel) -> None:
    x = images(4)
    out = np.full_like(x, 1.7)
    out[1] = -0.4
    panel.show_snapshot(snapshot(ReconstructionView(np.arange(4), x, x, out, 1.0)))
    assert np.all(tile(panel, 1, 0) == 1.0) and np.all(tile(panel, 1, 1) == 0.0)
    finite = panel.image.image[np.isfinite(panel.image.image)]
    assert finite.min() >= 0.0 and finite.max() <= 1.0
    # The gaps between tiles are transparent (NaN), not black.
    assert np.isnan(panel.image.image[0]).all()


def test_colour_images_are_drawn_in_rgb(panel) -> None:
    panel.set_dataset(digits_dataset((3, 6, 6)))
    x = images(5, (3, 6, 6))
    panel.show_snapshot(snapshot(ReconstructionView(np.arange(5), x, x, x, 0.0)))
    assert panel.image.image.ndim == 3 and panel.image.image.shape[2] == 3
    np.testing.assert_array_equal(tile(panel, 0, 3), x[3].transpose(1, 2, 0))


def test_the_tiles_wrap_into_bands_that_fit_the_panel(panel, qtbot) -> None:
    x = images(16)
    panel.show_snapshot(snapshot(ReconstructionView(np.arange(16), x, x, x, 0.0)))
    wide_columns = panel.columns
    panel.resize(320, 620)  # a tall, narrow dock: fewer columns, more bands
    qtbot.waitUntil(lambda: panel.columns < wide_columns, timeout=2000)
    assert len(panel.row_names) > 4
    # Bands are filled evenly and every sample is drawn.
    assert best_columns(16, 2, 8, 8, 900, 400) == 8
    picture, centres = compose_bands([x[:, 0], x[:, 0]], 8)
    assert len(centres) == 4 and picture.shape[1] == 8 * 9 + 1
    assert best_columns(5, 3, 8, 8, 2000, 100) == 5


def test_hints_before_a_run_while_waiting_and_after_clear(panel) -> None:
    assert panel.hint_text() == EMPTY_HINT
    panel.show_snapshot(snapshot(None))
    assert "Waiting" in panel.hint_text()
    x = images(3)
    panel.show_snapshot(snapshot(ReconstructionView(np.arange(3), x, x, x, 0.25)))
    assert panel.hint_text() is None
    panel.show_snapshot(snapshot(None))  # a snapshot without the probe keeps the picture
    assert panel.hint_text() is None and panel.image.image is not None
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT and panel.image.image is None and panel.caption.text() == ""


def test_point_autoencoders_draw_inputs_and_reconstructions_in_the_plane(panel) -> None:
    empty = np.zeros((0, 2), np.float32)
    features = ("x1", "x2", "x1_sq", "sin_x1")
    points = Dataset(
        points_train=empty,
        points_test=empty,
        x_train=empty,
        x_test=empty,
        y_train=empty,
        y_test=empty,
        task="classification",
        n_classes=2,
        features=features,
        extent=(-6.0, 6.0, -6.0, 6.0),
    )
    panel.set_dataset(points)
    x = np.random.default_rng(3).normal(0, 2, (10, 4)).astype(np.float32)
    out = x * 0.5
    panel.show_snapshot(snapshot(ReconstructionView(np.arange(10), x, x, out, 2.5)))
    assert panel.vectors.isVisible() and not panel.tiles_widget.isVisible() and panel.legend.isVisible()
    xs, ys = panel.input_points.getData()
    np.testing.assert_allclose(np.column_stack([xs, ys]), x[:, :2])
    xs, ys = panel.output_points.getData()
    np.testing.assert_allclose(np.column_stack([xs, ys]), out[:, :2])
    lx, _ = panel.links.getData()
    assert len(lx) == 20  # one segment per sample
    assert "first 2 of 4 features" in panel.caption.text()
    item = panel.vectors.getPlotItem()
    assert item.getAxis("bottom").labelText == "x₁" and item.getAxis("left").labelText == "x₂"
    (x0, x1), (y0, y1) = item.viewRange()
    assert x0 <= min(x[:, 0].min(), out[:, 0].min()) and x1 >= max(x[:, 0].max(), out[:, 0].max())
    assert y0 <= min(x[:, 1].min(), out[:, 1].min()) and y1 >= max(x[:, 1].max(), out[:, 1].max())


def test_shown_for_autoencoders_only_and_registered() -> None:
    assert ReconstructionPanel.shows_for(DesignTraits("images", "reconstruction", frozenset({"Dense"})))
    assert not ReconstructionPanel.shows_for(DesignTraits("images", "multiclass", frozenset({"Dense"})))
    assert ReconstructionPanel in PANEL_CLASSES and ReconstructionPanel.probes == {"reconstruction"}


def autoencoder_project() -> Project:
    graph = Graph()
    history = History(graph)
    ids = [history.push(AddNode(kind, params)).node_id for kind, params in AUTOENCODER]
    for src, dst in zip(ids, ids[1:], strict=False):
        history.push(Connect(src, dst))
    data, problems = validate_all(DATA_PARAMS, {"dataset": "digits8"}, "data")
    training, more = validate_all(TRAIN_PARAMS, {"corruption": "gaussian", "corruption_level": 0.3}, "training")
    assert not problems + more
    return Project(graph, data, training)


def test_a_real_denoising_autoencoder_in_both_panels(qtbot) -> None:
    import torch

    from playground.engine.train import Trainer  # torch only for this test

    torch.set_num_threads(1)  # as plots_support: a small net trains fastest single-threaded
    trainer = Trainer(autoencoder_project())
    trainer.step(300)
    snap = trainer.snapshot({"reconstruction", "latent"})
    rec, lat = ReconstructionPanel(), LatentPanel()
    for panel in (rec, lat):
        qtbot.addWidget(panel)
        panel.resize(900, 450)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_dataset(trainer.dataset)
        panel.show_snapshot(snap)
        assert panel.hint_text() is None
    view = snap.reconstruction
    assert rec.row_names[:3] == ["input", "corrupted", "reconstruction"]
    for i in range(rec.samples):
        np.testing.assert_array_equal(tile(rec, 0, i), view.inputs[i, 0])
        np.testing.assert_array_equal(tile(rec, 1, i), np.clip(view.corrupted[i, 0], 0, 1))
        np.testing.assert_array_equal(tile(rec, 2, i), np.clip(view.outputs[i, 0], 0, 1))
    assert f"{view.error:.4g}" in rec.caption.text()
    codes = snap.latent.codes
    x, y = lat.points.getData()
    np.testing.assert_array_equal(np.column_stack([x, y]), codes)
    assert lat.walk_plot.isVisible() and lat.walk_rect is not None
    g = snap.latent.walk.shape[0]
    assert lat.walk_image.image.shape == (g * 9 + 1, g * 9 + 1)
    assert "0" in lat.legend.text() and "9" in lat.legend.text()
