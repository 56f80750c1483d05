"""ParamForm.set_visible_fields: rows that do not apply are hidden and the rest close up without gaps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from playground.graph.params import ParamSpec
from playground.ui.forms import ParamForm

SPECS = (
    ParamSpec("mode", "choice", "a", "Which mode.", choices=("a", "b")),
    ParamSpec("left", "int", 1, "A number.", min=0, max=9),
    ParamSpec("right", "int", 2, "Another number.", min=0, max=9),
    ParamSpec("third", "int", 3, "A third number.", min=0, max=9),
    ParamSpec("name", "str", "", "A text."),
)


@pytest.fixture
def form(qtbot):
    form = ParamForm(SPECS, columns=2)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _position(form: ParamForm, name: str) -> tuple[int, int]:
    """(row, column) of a field's cell in the form's grid."""
    grid = form.layout()
    cell = form.fields[name].parentWidget()
    row, col, _, _ = grid.getItemPosition(grid.indexOf(cell))
    return row, col


def test_hidden_rows_leave_no_gap_and_come_back(form, qtbot) -> None:
    assert form.visible_fields() == {s.name for s in SPECS}
    assert _position(form, "left") == (1, 1) and _position(form, "right") == (1, 3)
    assert _position(form, "third") == (2, 1)
    form.set_visible_fields(["mode", "right", "third", "name"])
    assert form.visible_fields() == {"mode", "right", "third", "name"}
    assert not form.fields["left"].isVisibleTo(form)
    hidden_label = next(w for w in form.findChildren(type(form.errors["left"])) if w.text() == "Left")
    assert hidden_label.isHidden()
    # "right" moves into the first column, "third" beside it: no hole where "left" was.
    assert _position(form, "right") == (1, 1) and _position(form, "third") == (1, 3)
    editor = form.fields["right"].editor
    editor.setFocus()
    editor.lineEdit().selectAll()
    with qtbot.waitSignal(form.edited) as signal:  # visible fields still edit as before
        qtbot.keyClicks(editor.lineEdit(), "7")
        QTest.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    assert signal.args == ["right", 7]
    form.set_visible_fields(s.name for s in SPECS)
    assert form.fields["left"].isVisibleTo(form) and hidden_label.isVisible()
    assert _position(form, "left") == (1, 1) and _position(form, "right") == (1, 3)
