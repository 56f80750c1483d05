"""The classification panel: confusion matrix with counts, labelled test samples (clickable), accuracy per class."""

from __future__ import annotations

import numpy as np
import pytest
from plots_support import image_dataset
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from playground.engine.data import Dataset
from playground.engine.snapshot import ClassificationView, Snapshot
from playground.ui.plots import PANEL_CLASSES, ClassificationPanel
from playground.ui.plots.base import EMPTY_HINT, DesignTraits
from playground.ui.plots.classification import NO_RESULTS_HINT, NOT_CLASSIFIER_HINT, confusion_rgba
from playground.ui.theme import ERROR_COLOR

NAMES = ("cat", "dog", "owl", "fox")


def images_dataset(n_test: int = 40, channels: int = 1, k: int = 4, side: int = 6) -> Dataset:
    """A small hand-made image set: test image i is filled with the value i/n_test, labels cycle 0..k-1."""
    rng = np.random.default_rng(3)
    x_test = np.broadcast_to(
        (np.arange(n_test, dtype=np.float32) / n_test)[:, None, None, None], (n_test, channels, side, side)
    ).copy()
    if channels == 3:
        x_test[:, 1:] = 0.0  # pure red: a colour image must stay colour
    x_train = rng.random((10, channels, side, side), dtype=np.float32)
    names = NAMES[:k] if k <= len(NAMES) else tuple(f"c{i}" for i in range(k))
    return image_dataset(x_test, np.arange(n_test, dtype=np.int64) % k, names, x_train, np.arange(10) % k)


def snapshot(dataset: Dataset, wrong: tuple[int, ...] = (1, 6), task: str = "multiclass", sample: int = -1) -> Snapshot:
    """Predictions equal to the truth except for the ``wrong`` test samples (predicted one class further)."""
    truth = dataset.y_test
    predicted = truth.copy()
    for i in wrong:
        predicted[i] = (truth[i] + 1) % dataset.n_classes
    k = dataset.n_classes
    confusion = np.zeros((k, k), np.int64)
    np.add.at(confusion, (truth, predicted), 1)
    accuracy = np.diag(confusion) / confusion.sum(axis=1)
    view = ClassificationView(confusion, predicted, accuracy)
    return Snapshot(
        step=10,
        epoch=1.0,
        train_loss=0.1,
        test_loss=0.2,
        train_accuracy=0.9,
        test_accuracy=float(np.trace(confusion) / confusion.sum()),
        task=task,
        classification=view,
        feature_sample=sample,
    )


@pytest.fixture
def panel(qtbot):
    panel = ClassificationPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 450)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _tile_point(panel: ClassificationPanel, index: int):
    """The viewport pixel at the centre of sample ``index``'s image."""
    layout = panel.layout_
    r, c = layout.origin(index)
    centre = panel.samples_view.mapViewToScene(QPointF(c + layout.tile_w / 2, r + panel._image_h / 2))
    return panel.samples.mapFromScene(centre)


def test_registered_and_shown_for_image_classifiers_only() -> None:
    assert ClassificationPanel in PANEL_CLASSES
    assert ClassificationPanel.probes == {"classification"}
    assert ClassificationPanel.shows_for(DesignTraits("images", "multiclass"))
    assert not ClassificationPanel.shows_for(DesignTraits("images", "binary"))  # the engine measures multi-class
    assert not ClassificationPanel.shows_for(DesignTraits("images", "reconstruction"))
    assert not ClassificationPanel.shows_for(DesignTraits("points", "multiclass"))


def test_confusion_matrix_colours_counts_and_names(panel, qtbot) -> None:
    ds = images_dataset()
    panel.set_dataset(ds)
    snap = snapshot(ds, wrong=(1, 5, 6))
    panel.show_snapshot(snap)
    assert panel.hint_text() is None
    confusion = snap.classification.confusion
    rgba = panel.matrix_image.image
    assert rgba.shape == (4, 4, 4)
    np.testing.assert_array_equal(rgba, confusion_rgba(confusion)[0])
    for r in range(4):
        for c in range(4):
            red, blue = int(rgba[r, c, 0]), int(rgba[r, c, 2])
            if confusion[r, c] == 0:
                assert tuple(rgba[r, c, :3]) == (255, 255, 255)
            elif r == c:
                assert blue > red + 100  # right: blue, strong
            else:
                assert red > blue + 60  # wrong: vermillion
    qtbot.waitUntil(lambda: panel.cell_texts[0].isVisible())  # cells of a 4×4 matrix are wide enough
    texts = [t.toPlainText() for t in panel.cell_texts]
    assert texts == [str(v) for v in confusion.ravel()]
    assert panel.cell_texts[0].textItem.font().bold() and not panel.cell_texts[1].textItem.font().bold()
    ticks = panel.matrix.getPlotItem().getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == list(NAMES)
    assert panel.accuracy_label.text() == f"Test accuracy: {snap.test_accuracy:.1%}"
    x, heights = panel.bars.opts["x"], panel.bars.opts["height"]
    np.testing.assert_array_equal(x, np.arange(4))
    np.testing.assert_allclose(heights, snap.classification.class_accuracy)
    assert panel.overall_line.value() == pytest.approx(snap.test_accuracy)


def test_samples_show_predictions_and_mark_the_wrong_ones(panel) -> None:
    ds = images_dataset()
    panel.set_dataset(ds)
    panel.show_snapshot(snapshot(ds, wrong=(1, 6)))
    assert panel.layout_.count == 32  # the first 32 test samples
    picture = panel.samples_image.image
    for i in (0, 7, 31):  # tile pixels are the test image (grey → equal RGB)
        r, c = panel.layout_.origin(i)
        np.testing.assert_allclose(picture[r : r + 6, c : c + 6], np.full((6, 6, 3), i / 40), atol=1e-6)
    labels = [label.toPlainText() for label in panel.sample_labels[:32]]
    assert labels[0] == "cat" and labels[2] == "owl"
    assert labels[1] == "dog→owl" and labels[6] == "owl→fox"  # true→predicted
    assert QColor(panel.sample_labels[1].color).name() == QColor(ERROR_COLOR).name()
    assert QColor(panel.sample_labels[0].color).name() != QColor(ERROR_COLOR).name()
    framed = {
        panel.sample_at(panel.samples_view.mapViewToScene(poly.boundingRect().center()))
        for poly in panel.wrong_frames.path().toSubpathPolygons()
    }
    assert framed == {1, 6}  # one frame around each wrong sample
    panel.show_snapshot(snapshot(ds, wrong=()))  # learnt: the marks go away
    assert panel.wrong_frames.path().isEmpty() and panel.sample_labels[1].toPlainText() == "dog"


def test_clicking_a_sample_selects_it_for_the_feature_maps(panel, qtbot) -> None:
    ds = images_dataset()
    panel.set_dataset(ds)
    panel.show_snapshot(snapshot(ds))
    qtbot.wait(30)  # the view applies its range on the next pass
    for index in (13, 2):
        with qtbot.waitSignal(panel.option_changed, timeout=2000) as signal:
            QTest.mouseClick(panel.samples.viewport(), Qt.MouseButton.LeftButton, pos=_tile_point(panel, index))
        assert signal.args == ["sample", index]
        assert panel.selected == index and panel.selected_frame.isVisible()
        r, c = panel.layout_.origin(index)
        assert panel.selected_frame.rect().contains(QPointF(c + 3, r + 3))
    # A snapshot still showing the old sample must not move the frame back; the worker's answer keeps it.
    panel.show_snapshot(snapshot(ds, sample=13))
    assert panel.selected == 2
    panel.show_snapshot(snapshot(ds, sample=2))
    panel.show_snapshot(snapshot(ds, sample=5))  # another panel picked a sample: follow it
    assert panel.selected == 5
    # Hovering shows the true and predicted class in words.
    QTest.mouseMove(panel.samples.viewport(), _tile_point(panel, 6))
    qtbot.waitUntil(lambda: panel.readout.text() == "test sample 6: true owl, predicted fox")


def test_a_narrow_panel_rearranges_the_samples_and_clicks_still_hit(panel, qtbot) -> None:
    ds = images_dataset()
    panel.set_dataset(ds)
    panel.show_snapshot(snapshot(ds))
    wide_cols = panel.layout_.cols
    panel.resize(420, 700)
    qtbot.waitUntil(lambda: panel.layout_.cols < wide_cols)
    assert panel.sample_labels[1].toPlainText() == "dog→owl"  # labels survive the new layout
    qtbot.wait(30)
    with qtbot.waitSignal(panel.option_changed, timeout=2000) as signal:
        QTest.mouseClick(panel.samples.viewport(), Qt.MouseButton.LeftButton, pos=_tile_point(panel, 9))
    assert signal.args == ["sample", 9]


def test_hovering_a_cell_reads_its_count(panel, qtbot) -> None:
    ds = images_dataset()
    panel.set_dataset(ds)
    snap = snapshot(ds, wrong=(1, 5))
    panel.show_snapshot(snap)
    qtbot.wait(30)
    view = panel.matrix.getPlotItem().getViewBox()
    at = panel.matrix.mapFromScene(view.mapViewToScene(QPointF(2, 1)))  # column 2 = predicted owl, row 1 = dog
    QTest.mouseMove(panel.matrix.viewport(), at)
    qtbot.waitUntil(lambda: panel.readout.text() == "true dog → predicted owl: 2 of 10")


def test_colour_images_many_classes_and_missing_classes(panel) -> None:
    ds = images_dataset(n_test=20, channels=3, k=20)
    panel.set_dataset(ds)
    snap = snapshot(ds, wrong=())
    snap.classification.class_accuracy[3] = np.nan  # a class without test samples
    panel.show_snapshot(snap)
    r, c = panel.layout_.origin(10)
    tile = panel.samples_image.image[r : r + 6, c : c + 6]
    assert np.allclose(tile[..., 0], 0.5) and np.allclose(tile[..., 1:], 0.0)  # red stays red
    assert panel.layout_.count == 20
    assert panel.cell_texts == []  # 20×20 counts would not fit: hover shows them
    ticks = panel.matrix.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert len(ticks) == 10 and ticks[1] == (2.0, "c2")  # every second name, so they do not overlap
    assert panel.bars.opts["height"][3] == 0.0 and np.isfinite(panel.bars.opts["height"]).all()


def test_hints_without_a_run_or_results(panel) -> None:
    assert panel.hint_text() == EMPTY_HINT
    ds = images_dataset()
    panel.set_dataset(ds)
    empty = snapshot(ds)
    empty.classification = None
    panel.show_snapshot(empty)
    assert panel.hint_text() == NO_RESULTS_HINT
    panel.show_snapshot(snapshot(ds))
    assert panel.hint_text() is None
    panel.show_snapshot(empty)  # a snapshot without the probe keeps the drawing
    assert panel.hint_text() is None and panel.matrix_image.image is not None
    for task in ("regression", "binary"):
        empty.task = task
        panel.show_snapshot(empty)
        assert panel.hint_text() == NOT_CLASSIFIER_HINT
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT and panel.view is None
    assert panel.accuracy_label.text() == "Test accuracy: –"
    assert all(label.toPlainText() == "" for label in panel.sample_labels)
    panel.set_dataset(None)  # no data: no samples, nothing to click
    assert panel.layout_ is None and panel.sample_at(QPointF(10, 10)) is None
