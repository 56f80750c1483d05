"""The inspector and its generated form: edits go through undoable commands; the model drives the widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from playground.graph import SetParam
from playground.ui.document import Document
from playground.ui.files import starter_project
from playground.ui.forms import ParamForm, parse_shape
from playground.ui.inspector import Inspector

# The offscreen platform plugin warns when a window's size constraints change; it is not our warning.


@pytest.fixture
def document():
    return Document(starter_project())


@pytest.fixture
def inspector(qtbot, document):
    widget = Inspector(document)
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _node(document, kind_id, index=0):
    return document.project.graph.nodes_of_kind(kind_id)[index]


def _type_into(qtbot, line_edit, text):
    """Select all, type, press Enter: what a user does in a field."""
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    QTest.keyClick(line_edit, Qt.Key.Key_Return)


def test_shows_the_selected_layer_and_its_report(inspector, document):
    dense = _node(document, "Dense")
    inspector.set_node_ids([dense.id])
    assert inspector.name_edit.text() == dense.name
    assert "Fully connected" in inspector.help.text()
    assert inspector.shape_label.text() == str(dense.params["units"])
    assert inspector.params_label.text() == f"{document.report.params[dense.id]:,}"
    assert set(inspector.form.fields) == {"units", "bias", "init", "sigma", "frozen"}
    units = inspector.form.fields["units"].editor
    assert (units.minimum(), units.maximum()) == (1, 4096)
    assert units.toolTip() == "Number of neurons (outputs) of the layer."
    inspector.set_node_ids([])
    assert inspector.form is None and not inspector.hint.isHidden()
    inspector.set_node_ids([dense.id, _node(document, "Output").id])
    assert "2 layers selected" in inspector.hint.text()


def test_typing_a_value_sets_the_param_and_undo_restores_it(inspector, document, qtbot):
    dense = _node(document, "Dense")
    before = dense.params["units"]
    inspector.set_node_ids([dense.id])
    spin = inspector.form.fields["units"].editor
    _type_into(qtbot, spin.lineEdit(), "16")
    assert dense.params["units"] == 16
    assert document.undo_stack.count() == 1  # one step, not one per keystroke
    assert inspector.shape_label.text() == "16"
    document.undo_stack.undo()
    assert dense.params["units"] == before
    assert spin.value() == before  # the widget follows the model
    document.undo_stack.redo()
    assert spin.value() == 16


def test_model_changes_from_elsewhere_update_the_widgets_without_new_undo_steps(inspector, document):
    dense = _node(document, "Dense")
    inspector.set_node_ids([dense.id])
    document.push(SetParam(dense.id, "init", "he_normal"))
    document.push(SetParam(dense.id, "bias", False))
    document.push(SetParam(dense.id, "sigma", 0.002))
    form = inspector.form
    assert form.fields["init"].editor.currentData() == "he_normal"
    assert form.fields["bias"].editor.isChecked() is False
    assert form.fields["sigma"].text.text() == "0.002"
    assert document.undo_stack.count() == 3


def test_invalid_value_is_refused_with_a_message_and_the_field_restored(inspector, document, qtbot):
    source = _node(document, "Input")
    inspector.set_node_ids([source.id])
    field = inspector.form.fields["shape"].editor
    assert field.text() == "2"
    _type_into(qtbot, field, "1, 0, 5")
    assert source.params["shape"] == [2]
    message = inspector.form.error_text("shape")
    assert "Shape of" in message and "positive integers" in message
    assert field.text() == "2"
    assert document.undo_stack.count() == 0
    _type_into(qtbot, field, "3")
    assert source.params["shape"] == [3]
    assert inspector.form.error_text("shape") == ""
    assert "data gives 2 features" in inspector.error_label.text()  # the report's error for this node


def test_log_field_text_and_slider(inspector, document, qtbot):
    dense = _node(document, "Dense")
    inspector.set_node_ids([dense.id])
    sigma = inspector.form.fields["sigma"]
    _type_into(qtbot, sigma.text, "0.5")
    assert dense.params["sigma"] == 0.5
    _type_into(qtbot, sigma.text, "5000")  # above the spec's maximum of 100
    assert dense.params["sigma"] == 0.5
    assert "100" in inspector.form.error_text("sigma")
    assert sigma.text.text() == "0.5"
    sigma.slider.setFocus()
    QTest.keyClick(sigma.slider, Qt.Key.Key_End)  # keyboard step on the slider commits at once
    assert dense.params["sigma"] == pytest.approx(100.0)


def test_choice_and_checkbox_edits_are_undoable(inspector, document, qtbot):
    dense = _node(document, "Dense")
    inspector.set_node_ids([dense.id])
    combo = inspector.form.fields["init"].editor
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)  # a keyboard choice emits activated like a click
    assert dense.params["init"] == "normal"
    box = inspector.form.fields["bias"].editor
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, box.height() // 2))
    assert dense.params["bias"] is False
    assert inspector.params_label.text() == f"{document.report.params[dense.id]:,}"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert dense.params["bias"] is True and combo.currentData() != "normal"


def test_rename_and_duplicate_name_refused(inspector, document, qtbot):
    dense = _node(document, "Dense")
    other = _node(document, "Output")
    inspector.set_node_ids([dense.id])
    _type_into(qtbot, inspector.name_edit, "hidden")
    assert dense.name == "hidden"
    _type_into(qtbot, inspector.name_edit, other.name)
    assert dense.name == "hidden"
    assert "already named" in inspector.name_error.text() and inspector.name_error.isVisibleTo(inspector)
    assert inspector.name_edit.text() == "hidden"
    document.undo_stack.undo()
    assert inspector.name_edit.text() == dense.name != "hidden"


def test_removing_the_shown_node_clears_the_inspector(inspector, document):
    dense = _node(document, "Dense")
    inspector.set_node_ids([dense.id])
    from playground.graph import RemoveNodes

    document.push(RemoveNodes([dense.id]))
    assert inspector.node_id is None and inspector.form is None


def test_multi_field_and_parse_shape(qtbot):
    from playground.graph.settings import DATA_PARAMS

    form = ParamForm(DATA_PARAMS, columns=2)
    qtbot.addWidget(form)
    edits = []
    form.edited.connect(lambda name, value: edits.append((name, value)))
    form.set_values({"features": ["x1", "x2"], "noise": 0.25})
    assert edits == []  # programmatic updates never echo
    items = form.fields["features"].items()
    items[2].setCheckState(Qt.CheckState.Checked)
    assert edits == [("features", ["x1", "x2", "x1_sq"])]
    assert form.fields["noise"].editor.text() == "0.25"
    assert parse_shape("1, 28, 28") == [1, 28, 28]
    assert parse_shape("[2]") == [2]
    assert parse_shape("1×28×28") == [1, 28, 28]
    assert parse_shape("two") == "two"
