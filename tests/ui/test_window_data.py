"""The data panel: undoable settings, features driving the Input shape, the scatter preview."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from playground.engine.data import make_dataset
from playground.ui.data_dock import DataPanel
from playground.ui.document import Document
from playground.ui.files import starter_project


@pytest.fixture
def document():
    return Document(starter_project())


@pytest.fixture
def panel(qtbot, document):
    widget = DataPanel(document)
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.point_counts() != (0, 0))
    return widget


def _input(document):
    return document.project.graph.nodes_of_kind("Input")[0]


def _click_feature(panel, feature: str) -> None:
    """Click the check box of one feature in the list, as a user does."""
    editor = panel.form.fields["features"].editor
    item = next(it for it in panel.form.fields["features"].items() if it.data(Qt.ItemDataRole.UserRole) == feature)
    rect = editor.visualItemRect(item)
    # The check indicator sits at the left of the item.
    point = QPoint(rect.left() + 10, rect.center().y())
    QTest.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_feature_change_sets_the_input_shape_in_one_undo_step(panel, document):
    assert document.report.ok and _input(document).params["shape"] == [2]
    _click_feature(panel, "x1_sq")
    assert document.project.data["features"] == ["x1", "x2", "x1_sq"]
    assert _input(document).params["shape"] == [3]
    assert document.report.ok  # the design follows the data
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.project.data["features"] == ["x1", "x2"]
    assert _input(document).params["shape"] == [2]
    assert panel.form.value("features") == ["x1", "x2"]  # the widget follows the undo
    document.undo_stack.redo()
    assert _input(document).params["shape"] == [3] and panel.form.value("features") == ["x1", "x2", "x1_sq"]


def test_unchecking_every_feature_is_refused(panel, document):
    _click_feature(panel, "x1")
    assert document.project.data["features"] == ["x2"] and _input(document).params["shape"] == [1]
    _click_feature(panel, "x2")
    assert document.project.data["features"] == ["x2"]
    assert "at least one feature" in panel.form.error_text("features")
    assert panel.form.value("features") == ["x2"]
    assert document.undo_stack.count() == 1


def test_settings_are_undoable_and_redraw_the_preview(panel, document, qtbot):
    spin = panel.form.fields["samples"].editor
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "200")
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert document.project.data["samples"] == 200
    ds = make_dataset(document.project.data)
    qtbot.waitUntil(lambda: panel.point_counts() == (len(ds.points_train), len(ds.points_test)))
    x, y = panel.train_points.getData()
    assert np.allclose(x, ds.points_train[:, 0]) and np.allclose(y, ds.points_train[:, 1])
    document.undo_stack.undo()
    assert spin.value() == document.project.data["samples"] != 200
    qtbot.waitUntil(lambda: sum(panel.point_counts()) == document.project.data["samples"])


def test_dataset_choice_shows_classes_and_colours_by_class(panel, document, qtbot):
    combo = panel.form.fields["dataset"].editor
    assert "classes" not in panel.form.visible_fields()  # XOR / circle fix two classes
    combo.setFocus()
    while combo.currentData() != "spiral":  # keyboard choice on the closed combo, as a user steps through
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert document.project.data["dataset"] == "spiral"
    assert "classes" in panel.form.visible_fields() and panel.form.fields["classes"].isEnabled()
    assert "spiral" in panel.dataset_help.text().lower()
    document.set_setting("data", "classes", 3)
    qtbot.waitUntil(lambda: len({b.color().name() for b in panel.train_points.data["brush"]}) == 3)
    test_pens = {p.color().name() for p in panel.test_points.data["pen"]}
    assert len(test_pens) == 3  # test points are outlined in their class colour
    document.set_setting("data", "dataset", "plane")  # regression: coloured by target value
    qtbot.waitUntil(lambda: len({b.color().name() for b in panel.train_points.data["brush"]}) > 3)
    assert "classes" not in panel.form.visible_fields()
