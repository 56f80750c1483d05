"""The loss panel: curves from the history, decimation, log scale, hover values and the accuracy line."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from plots_support import run
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from playground.ui.plots import LossPanel
from playground.ui.plots.loss import MAX_POINTS


@pytest.fixture
def panel(qtbot):
    panel = LossPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 380)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def move_mouse(widget, pos: QPoint | None = None) -> None:
    """A real mouse move; spaced out, as the offscreen platform drops moves that follow too closely."""
    QTest.qWait(40)
    if pos is None:
        QTest.mouseMove(widget)
    else:
        QTest.mouseMove(widget, pos)


def hover(panel: LossPanel, step: float, loss: float) -> None:
    """Move the real mouse over the plot at (step, loss) in data coordinates."""
    view = panel.plot.getPlotItem().getViewBox()
    scene_point = view.mapViewToScene(QPointF(step, loss))
    move_mouse(panel.plot.viewport(), panel.plot.mapFromScene(scene_point))


def test_curves_hold_the_history_and_the_summary_the_accuracy(panel) -> None:
    spiral = run("spiral-deep", 200, snapshots=5)
    for snap in spiral.snapshots:
        panel.show_snapshot(snap)
    history = spiral.last.history
    assert len(history) == 6  # one row per snapshot
    steps, train = panel.train_curve.getData()
    np.testing.assert_array_equal(steps, history[:, 0])
    np.testing.assert_array_equal(train, history[:, 1])
    np.testing.assert_array_equal(panel.test_curve.getData()[1], history[:, 2])
    snap = spiral.last
    text = panel.summary.text()
    assert f"step {snap.step}" in text
    assert f"train {snap.train_accuracy:.2f} · test {snap.test_accuracy:.2f}" in text


def test_regression_summary_shows_the_losses(panel) -> None:
    snap = run("regression", 200).last
    panel.show_snapshot(snap)
    assert snap.train_accuracy is None
    assert f"loss: train {snap.train_loss:.4g} · test {snap.test_loss:.4g}" in panel.summary.text()


def test_long_histories_are_thinned_keeping_both_ends(panel) -> None:
    rows = 9000
    history = np.c_[np.arange(rows) * 10.0, np.linspace(1, 0.01, rows), np.linspace(1.1, 0.02, rows)]
    panel.show_snapshot(dataclasses.replace(run("xor-mlp", 400).last, history=history))
    steps, train = panel.train_curve.getData()
    assert len(steps) <= MAX_POINTS
    assert steps[0] == 0 and steps[-1] == history[-1, 0] and train[-1] == history[-1, 1]
    assert np.all(np.diff(steps) > 0)


def test_log_scale_toggle(panel, qtbot) -> None:
    spiral = run("spiral-deep", 200, snapshots=5)
    panel.show_snapshot(spiral.last)
    qtbot.mouseClick(panel.log_scale, Qt.MouseButton.LeftButton)
    item = panel.plot.getPlotItem()
    assert item.ctrl.logYCheck.isChecked()
    np.testing.assert_allclose(panel.train_curve.getData()[1], np.log10(spiral.last.history[:, 1]))
    qtbot.wait(20)  # auto-range runs on the next event loop pass
    (_, _), (y0, y1) = item.getViewBox().viewRange()
    assert y0 < np.log10(spiral.last.history[:, 1].min()) and y1 > np.log10(spiral.last.history[:, 2].max()) - 0.5
    qtbot.mouseClick(panel.log_scale, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(panel.train_curve.getData()[1], spiral.last.history[:, 1])


def test_a_zero_loss_leaves_a_gap_on_the_log_axis(panel, qtbot) -> None:
    history = np.array([[0, 0.5, 0.5], [10, 0.0, 0.1], [20, 0.2, 0.0]])
    panel.show_snapshot(dataclasses.replace(run("xor-mlp", 400).last, history=history))
    qtbot.mouseClick(panel.log_scale, Qt.MouseButton.LeftButton)
    train = panel.train_curve.getData()[1]
    assert np.isnan(train[1]) and train[0] == pytest.approx(np.log10(0.5))


def test_hover_shows_the_step_and_both_losses_under_the_mouse(panel, qtbot) -> None:
    spiral = run("spiral-deep", 200, snapshots=5)
    panel.show_snapshot(spiral.last)
    qtbot.wait(20)  # let the view range settle on the data
    history = spiral.last.history
    step, train, test = history[2]
    expected = f"step {int(step)}\ntrain {train:.4g}\ntest {test:.4g}"
    hover(panel, step + 3, train)
    qtbot.waitUntil(lambda: panel.hover_text() == expected, timeout=2000)
    assert panel.cursor.value() == step
    panel.show_snapshot(spiral.last)  # a new snapshot keeps the hover label
    assert panel.hover_text() == expected
    move_mouse(panel.plot.viewport(), QPoint(3, 3))  # over the axis corner, outside the data area
    qtbot.waitUntil(lambda: panel.hover_text() is None, timeout=2000)
    hover(panel, step, train)
    qtbot.waitUntil(lambda: panel.hover_text() == expected, timeout=2000)
    move_mouse(panel.log_scale)  # leaving the plot hides the values too
    qtbot.waitUntil(lambda: panel.hover_text() is None, timeout=2000)
