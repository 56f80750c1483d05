"""The decision boundary panel: heatmap data, orientation, points, discretize, multi-class and regression."""

from __future__ import annotations

import numpy as np
import pytest
from plots_support import run
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from playground.ui.plots import BoundaryPanel
from playground.ui.plots.colors import DISCRETE_ALPHA, NEUTRAL, class_color, class_rgba, pale
from playground.ui.theme import REGRESSION_COLORS


@pytest.fixture
def panel(qtbot):
    panel = BoundaryPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def value_at(image: np.ndarray, rect, x: float, y: float) -> np.ndarray:
    """The image pixel that covers the point (x, y) of the plane (image is x-first)."""
    i = int((x - rect.left()) / rect.width() * image.shape[0])
    j = int((y - rect.top()) / rect.height() * image.shape[1])
    return image[i, j]


def test_binary_heatmap_is_the_transposed_probability_grid_over_the_extent(panel) -> None:
    xor = run("xor-mlp", 400)
    snap = xor.last
    panel.set_dataset(xor.dataset)
    panel.show_snapshot(snap)
    assert panel.heat.isVisible() and not panel.classes_image.isVisible()
    np.testing.assert_array_equal(panel.heat.image, snap.boundary.T)
    assert panel.heat.getLevels() == pytest.approx((0.0, 1.0))
    # P = 0 is a pale class-0 colour, 0.5 neutral grey, 1 a pale class-1 colour.
    ends = panel.heat.getColorMap().map(np.array([0.0, 0.5, 1.0]), mode="qcolor")
    assert [c.name().upper() for c in ends] == [
        pale(class_color(0)).name().upper(),
        NEUTRAL,
        pale(class_color(1)).name().upper(),
    ]
    # The pixel centres sit on the probe's grid points: the image spans the extent plus half a cell.
    rect = panel.heat.mapRectToView(panel.heat.boundingRect())
    xmin, xmax, ymin, ymax = snap.extent
    half = (xmax - xmin) / (snap.boundary.shape[1] - 1) / 2
    assert (rect.left(), rect.right()) == pytest.approx((xmin - half, xmax + half))
    assert (rect.top(), rect.bottom()) == pytest.approx((ymin - half, ymax + half))
    # Orientation: XOR's class 1 lies where x1·x2 > 0 (top right, bottom left) once trained.
    for x, y, is_one in ((4, 4, True), (-4, -4, True), (-4, 4, False), (4, -4, False)):
        assert (value_at(panel.heat.image, rect, x, y) > 0.5) == is_one


def test_points_train_filled_test_outlined_in_class_colours(panel) -> None:
    xor = run("xor-mlp", 400)
    panel.set_dataset(xor.dataset)
    x, y = panel.train_points.getData()
    np.testing.assert_allclose(np.c_[x, y], xor.dataset.points_train)
    np.testing.assert_allclose(np.c_[panel.test_points.getData()], xor.dataset.points_test)
    brushes = [b.color().name().upper() for b in panel.train_points.data["brush"]]
    assert brushes == [class_color(int(c)) for c in xor.dataset.y_train]
    rings = panel.test_points.data["pen"]
    assert [p.color().name().upper() for p in rings] == [class_color(int(c)) for c in xor.dataset.y_test]
    assert panel.test_points.opts["brush"].color().alpha() < 255  # outlined, not filled


def test_discretize_shows_the_hard_decision_and_back(panel, qtbot) -> None:
    snap = run("xor-mlp", 400).last
    panel.show_snapshot(snap)
    qtbot.mouseClick(panel.discretize, Qt.MouseButton.LeftButton)
    assert panel.discretize.isChecked()
    assert set(np.unique(panel.heat.image)) == {0.0, 1.0}
    np.testing.assert_array_equal(panel.heat.image, (snap.boundary >= 0.5).T.astype(np.float32))
    qtbot.mouseClick(panel.discretize, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(panel.heat.image, snap.boundary.T)


def test_multiclass_pixels_take_their_most_likely_class_colour(panel, qtbot) -> None:
    multi = run("multiclass", 200)
    snap = multi.last
    panel.set_dataset(multi.dataset)
    panel.show_snapshot(snap)
    assert panel.classes_image.isVisible() and not panel.heat.isVisible()
    probs = snap.boundary
    assert probs.shape[2] == 3
    image = panel.classes_image.image
    np.testing.assert_array_equal(image, class_rgba(probs, discrete=False).transpose(1, 0, 2))
    winner = probs.argmax(axis=2).T
    assert set(np.unique(winner)) == {0, 1, 2}  # trained: every class owns part of the plane
    confidence = probs.max(axis=2).T
    for k in range(3):
        color = QColor(class_color(k))
        target = np.array([color.red(), color.green(), color.blue()], dtype=float)
        sure = np.argwhere((winner == k) & (confidence > 0.95))[0]
        unsure = np.argwhere((winner == k) & (confidence < 0.6))
        pixel = image[tuple(sure)][:3].astype(float)
        # A confident pixel is a strong tint of its class colour: along the white → colour line.
        alpha = (255 - pixel) / np.maximum(255 - target, 1)
        assert np.ptp(alpha[255 - target > 30]) < 0.05 and alpha.max() > 0.6
        if len(unsure):
            assert image[tuple(unsure[0])][:3].astype(int).sum() > pixel.astype(int).sum()  # paler
    qtbot.mouseClick(panel.discretize, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(panel.classes_image.image, class_rgba(probs, discrete=True).transpose(1, 0, 2))
    alpha_used = (255 - panel.classes_image.image[0, 0, :3].astype(float)) / np.maximum(
        255 - np.array(QColor(class_color(int(winner[0, 0]))).getRgb()[:3], dtype=float), 1
    )
    assert alpha_used.max() == pytest.approx(DISCRETE_ALPHA, abs=0.01)


def test_regression_shows_the_predicted_value_and_colours_points_by_target(panel) -> None:
    reg = run("regression", 200)
    snap = reg.last
    panel.set_dataset(reg.dataset)
    panel.show_snapshot(snap)
    np.testing.assert_array_equal(panel.heat.image, snap.boundary.T)
    targets = np.concatenate([reg.dataset.y_train.ravel(), reg.dataset.y_test.ravel()])
    assert panel.heat.getLevels() == pytest.approx((targets.min(), targets.max()))
    assert not panel.discretize.isEnabled()
    ends = panel.heat.getColorMap().map(np.array([0.0, 1.0]), mode="qcolor")
    assert [c.name().upper() for c in ends] == [REGRESSION_COLORS[0], REGRESSION_COLORS[2]]
    brushes = panel.train_points.data["brush"]
    low, high = int(reg.dataset.y_train.argmin()), int(reg.dataset.y_train.argmax())
    assert brushes[low].color().blue() > brushes[low].color().red()  # low targets blue
    assert brushes[high].color().red() > brushes[high].color().blue()  # high targets orange
    assert "low" in panel.legend.text() and "high" in panel.legend.text()
