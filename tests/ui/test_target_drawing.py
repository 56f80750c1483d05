"""Drawing a GAN target on a plot with the mouse: clicks, strokes, right-click clear, limits, the enabled switch."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from playground.graph.params import MAX_POINTS
from playground.ui.plots.target_drawing import TargetDrawing


@pytest.fixture
def drawing(qtbot):
    widget = pg.PlotWidget(background="w")
    qtbot.addWidget(widget)
    widget.resize(360, 360)
    widget.setAspectLocked(True)
    widget.setMouseEnabled(False, False)
    widget.setMenuEnabled(False)
    widget.setRange(xRange=(-3, 3), yRange=(-3, 3), padding=0)
    widget.show()
    qtbot.waitExposed(widget)
    draw = TargetDrawing(widget.getPlotItem())
    draw.set_enabled(True)
    changes: list[list] = []
    draw.points_changed.connect(changes.append)
    return widget, draw, changes


def at(widget: pg.PlotWidget, x: float, y: float) -> QPoint:
    """Viewport pixel of the plot point (x, y)."""
    scene = widget.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return widget.mapFromScene(scene)


def stroke(widget: pg.PlotWidget, points: list[tuple[float, float]], steps: int = 6) -> None:
    port = widget.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(widget, *points[0]))
    for a, b in zip(points, points[1:], strict=False):
        for i in range(1, steps + 1):
            t = i / steps
            QTest.mouseMove(port, at(widget, a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(widget, *points[-1]))


def test_click_adds_one_point_and_emits_on_release(drawing) -> None:
    widget, draw, changes = drawing
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(widget, 1, -1))
    assert len(changes) == 1 and len(changes[0]) == 1
    assert changes[0][0] == pytest.approx([1.0, -1.0], abs=0.05)
    assert draw.points() == changes[0]
    np.testing.assert_allclose(np.c_[draw.markers.getData()], changes[0])
    assert draw.markers.isVisible()


def test_drag_adds_spaced_points_along_the_path_in_one_change(drawing) -> None:
    widget, draw, changes = drawing
    stroke(widget, [(-2, 0), (2, 0), (2, 2)], steps=40)
    assert len(changes) == 1  # one stroke, one undo step
    pts = np.array(changes[0])
    assert 10 < len(pts) < 80
    gaps = np.hypot(*np.diff(pts, axis=0).T)
    assert gaps.min() >= 0.05
    assert pts[0] == pytest.approx([-2, 0], abs=0.05) and pts[-1] == pytest.approx([2, 2], abs=0.3)
    assert np.abs(pts[pts[:, 0] < 1.9, 1]).max() < 0.05  # the first leg lies on y = 0
    stroke(widget, [(0, -2), (0, -1)], steps=10)
    assert len(changes) == 2 and len(changes[1]) > len(pts)  # a second stroke adds to the first


def test_right_click_clears_the_drawing(drawing) -> None:
    widget, draw, changes = drawing
    stroke(widget, [(-1, 1), (1, 1)])
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at(widget, 0, 0))
    assert changes[-1] == [] and draw.points() == []
    count = len(changes)
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at(widget, 0, 0))
    assert len(changes) == count  # nothing to clear: no change


# The plain plot takes no clicks (its mouse is off), and Qt says so: that is the behaviour tested here.
@pytest.mark.qt_log_ignore('Mouse event "Mouse(Press|Release)" not accepted')
def test_disabled_drawing_leaves_the_mouse_to_the_plot(drawing) -> None:
    widget, draw, changes = drawing
    clicks: list = []
    widget.scene().sigMouseClicked.connect(clicks.append)
    draw.set_enabled(False)
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(widget, 0, 0))
    assert changes == [] and draw.points() == [] and len(clicks) == 1  # pyqtgraph saw the click
    assert not draw.markers.isVisible() and not draw.hint.isVisible()
    draw.set_enabled(True)
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(widget, 0, 0))
    assert len(changes) == 1 and len(clicks) == 1


def test_clear_button_and_set_points_from_the_document(drawing, qtbot) -> None:
    widget, draw, changes = drawing
    draw.set_points([[0.5, 0.5], [1.0, 1.0]])
    assert changes == [] and draw.points() == [[0.5, 0.5], [1.0, 1.0]]
    button = draw.make_clear_button()
    qtbot.addWidget(button)
    assert button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert changes == [[]] and len(draw.markers.getData()[0]) == 0


def test_at_most_max_points(drawing) -> None:
    widget, draw, changes = drawing
    draw.set_points([[0.0, 0.01 * i] for i in range(MAX_POINTS - 2)])
    stroke(widget, [(-2, -2), (2, -2)], steps=30)
    assert len(changes[-1]) == MAX_POINTS
    assert "most" in draw.hint.toPlainText()
