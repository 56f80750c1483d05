"""Drawing your own 2D data of classes: the engine's dataset, the labelled drawing, the class picker, the panel."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from playground.engine.data import DataError, make_dataset
from playground.graph.params import MAX_POINTS, ParamError, defaults
from playground.graph.settings import DATA_PARAMS, data_fields
from playground.ui.data_dock import DataPanel
from playground.ui.document import Document
from playground.ui.files import starter_project
from playground.ui.plots.target_drawing import TargetDrawing, class_color

# pyqtgraph's scene hands a context menu event to the plot the drawing already took the right-click from.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")


def _spec(points: list, classes: int = 2) -> dict:
    data = defaults(DATA_PARAMS)
    data.update(dataset="drawn_points", class_points=points, classes=classes)
    return data


# --- the engine -------------------------------------------------------------------------------------------------


def test_drawn_points_make_a_classification_set_split_by_train_ratio() -> None:
    points = [[float(i % 10) - 5, float(i // 10) - 2, i % 3] for i in range(40)]
    data = _spec(points, classes=3)
    assert data_fields(data) == ("dataset", "classes", "train_ratio", "features", "seed", "class_points")
    ds = make_dataset({**data, "train_ratio": 0.75})
    assert (len(ds.x_train), len(ds.x_test)) == (30, 10) and ds.n_classes == 3 and ds.task == "classification"
    everything = np.concatenate([ds.points_train, ds.points_test])
    assert sorted(map(tuple, everything.tolist())) == sorted((p[0], p[1]) for p in points)
    labels = dict(zip(map(tuple, ds.points_train.tolist()), ds.y_train.tolist(), strict=True))
    assert all(labels[(p[0], p[1])] == p[2] for p in points if (p[0], p[1]) in labels)
    assert ds.extent == (-6.0, 6.0, -6.0, 6.0)  # the drawing plane does not jump as points are added
    ds2 = make_dataset({**data, "features": ["x1", "x2", "x1_x2"], "train_ratio": 0.75})
    np.testing.assert_allclose(ds2.x_train[:, 2], ds2.x_train[:, 0] * ds2.x_train[:, 1], rtol=1e-6)


def test_too_few_points_or_a_class_beyond_the_setting_say_what_to_do() -> None:
    with pytest.raises(DataError, match="at least 2; 1 so far"):
        make_dataset(_spec([[0, 0, 0]]))
    with pytest.raises(DataError, match="2 drawn points are of a class beyond the 2 classes set"):
        make_dataset(_spec([[0, 0, 0], [1, 1, 2], [2, 2, 3]]))


def test_class_points_are_validated() -> None:
    spec = next(s for s in DATA_PARAMS if s.name == "class_points")
    assert spec.validate([[1, 2, 0], [0.5, -1, 3.0]]) == [[1.0, 2.0, 0], [0.5, -1.0, 3]]
    for bad in ([[1, 2]], [[1, 2, -1]], [[1, 2, 64]], [[1, 2, 0.5]], [[1, 2, True]], [[1e9, 0, 0]], [[0, 0, 0]] * 401):
        with pytest.raises(ParamError, match=r"\[x, y, class\]"):
            spec.validate(bad)


# --- the labelled drawing on a bare plot --------------------------------------------------------------------------


@pytest.fixture
def plot(qtbot):
    widget = pg.PlotWidget(background="w")
    qtbot.addWidget(widget)
    widget.resize(360, 360)
    widget.setAspectLocked(True)
    widget.setMouseEnabled(False, False)
    widget.setMenuEnabled(False)
    widget.setRange(xRange=(-3, 3), yRange=(-3, 3), padding=0)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def at(widget, x: float, y: float) -> QPoint:
    """Viewport pixel of the plot point (x, y)."""
    plot_item = widget.getPlotItem() if hasattr(widget, "getPlotItem") else widget
    return widget.mapFromScene(plot_item.getViewBox().mapViewToScene(QPointF(x, y)))


def click(widget, x: float, y: float, button=Qt.MouseButton.LeftButton) -> None:
    QTest.mouseClick(widget.viewport(), button, Qt.KeyboardModifier.NoModifier, at(widget, x, y))


def test_clicks_add_points_of_the_current_class_right_click_removes_the_nearest(plot) -> None:
    draw = TargetDrawing(plot.getPlotItem(), labelled=True)
    draw.set_enabled(True)
    changes: list[list] = []
    draw.points_changed.connect(changes.append)
    click(plot, -1, -1)
    draw.set_current_class(2)
    click(plot, 1, 1)
    click(plot, 1.5, 1)
    assert len(changes) == 3
    assert [p[2] for p in draw.points()] == [0, 2, 2]
    assert draw.points()[1][:2] == pytest.approx([1, 1], abs=0.05)
    brushes = [b.color().name() for b in draw.markers.data["brush"]]
    assert brushes == [class_color(0).lower(), class_color(2).lower(), class_color(2).lower()]
    click(plot, 1.1, 1.05, Qt.MouseButton.RightButton)  # nearest: the point at (1, 1)
    assert len(changes) == 4
    np.testing.assert_allclose([p[:2] for p in draw.points()], [[-1, -1], [1.5, 1]], atol=0.05)
    click(plot, -2.5, 2.5, Qt.MouseButton.RightButton)  # nothing near: nothing removed, no undo step
    assert len(changes) == 4 and len(draw.points()) == 2
    assert "removes the nearest" in draw.hint.toPlainText()


def test_labelled_drawing_stops_at_max_points(plot) -> None:
    draw = TargetDrawing(plot.getPlotItem(), labelled=True)
    draw.set_enabled(True)
    draw.set_points([[0.0, 0.01 * i, 1] for i in range(MAX_POINTS)])
    changes: list[list] = []
    draw.points_changed.connect(changes.append)
    click(plot, 2, 2)
    assert changes == [] and len(draw.points()) == MAX_POINTS and "most" in draw.hint.toPlainText()


# --- the data panel ---------------------------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot):
    document = Document(starter_project())
    widget = DataPanel(document)
    qtbot.addWidget(widget)
    widget.resize(380, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_data({"dataset": "drawn_points"}, "Draw your data")
    qtbot.waitUntil(lambda: "Draw your data" in widget.message.text())
    return widget


def test_panel_clicks_are_undo_steps_and_the_preview_follows(panel, qtbot) -> None:
    document = panel.document
    assert panel.class_picker.isVisible() and panel.class_drawing.is_enabled() and not panel.drawing.is_enabled()
    assert [b.isVisible() for b in panel.class_picker.buttons] == [True, True]
    steps = document.undo_stack.count()
    click(panel.plot, -3, -3)
    click(panel.plot, -2, -3)
    qtbot.mouseClick(panel.class_picker.buttons[1], Qt.MouseButton.LeftButton)
    click(panel.plot, 3, 3)
    click(panel.plot, 2, 3)
    points = document.project.data["class_points"]
    assert [p[2] for p in points] == [0, 0, 1, 1] and points[2][:2] == pytest.approx([3, 3], abs=0.1)
    assert document.undo_stack.count() == steps + 4  # each click one undo step
    assert document.project.graph.nodes_of_kind("Input")[0].params["shape"] == [2]
    qtbot.waitUntil(lambda: sum(panel.point_counts()) == 4)
    assert not panel.message.isVisible()
    click(panel.plot, 2.2, 3.1, Qt.MouseButton.RightButton)
    assert [p[:2] for p in document.project.data["class_points"]][-1] == pytest.approx([3, 3], abs=0.1)
    document.undo_stack.undo()
    assert len(document.project.data["class_points"]) == 4 and len(panel.class_drawing.points()) == 4


def test_more_classes_give_more_buttons_fewer_flag_points_beyond(panel, qtbot) -> None:
    document = panel.document
    panel.set_data({"classes": 4}, "Set classes")
    assert [b.isVisible() for b in panel.class_picker.buttons] == [True] * 4
    qtbot.mouseClick(panel.class_picker.buttons[3], Qt.MouseButton.LeftButton)
    click(panel.plot, 0, 0)
    click(panel.plot, 1, 0)
    assert [p[2] for p in document.project.data["class_points"]] == [3, 3]
    assert panel.class_picker.buttons[3].toolTip() == "Draw points of class 4"
    panel.set_data({"classes": 2}, "Set classes")
    assert panel.class_picker.current() == 0 and panel.class_drawing.current_class == 0
    qtbot.waitUntil(lambda: "beyond the 2 classes" in panel.message.text())
