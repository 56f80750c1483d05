"""A form generated from ``ParamSpec``s: one editor widget per setting, with an error line under it.

The form never changes the model. It emits ``edited(name, value)`` when the user commits a
value; its owner pushes the change (``Document.push`` / ``set_setting``) and, if the model
refuses, calls ``show_error`` and ``set_value`` with the model's value. ``set_value`` blocks the
widgets' signals, so model → widget updates never echo back as edits.

``set_hide_advanced(True)`` (View → Hide Advanced Controls) hides the rows of specs marked
``advanced`` in every form, present and future, on top of what each owner hides with
``set_visible_fields``.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from playground.graph.params import ParamSpec
from playground.ui.form_fields import Field, format_number, make_field, parse_shape
from playground.ui.i18n import tr
from playground.ui.theme import ERROR_COLOR

__all__ = ["ParamForm", "format_number", "hide_advanced", "parse_shape", "set_hide_advanced"]

_hide_advanced = False
_forms: weakref.WeakSet[ParamForm] = weakref.WeakSet()


def hide_advanced() -> bool:
    """Whether the forms hide the rows of advanced settings."""
    return _hide_advanced


def set_hide_advanced(hide: bool) -> None:
    """Hide (or show again) the rows of advanced settings in every form, including forms made later."""
    global _hide_advanced
    _hide_advanced = hide
    for form in list(_forms):
        if shiboken6.isValid(form):  # a form whose widget Qt deleted may linger until Python collects it
            form.refresh_rows()
        else:
            _forms.discard(form)


class ParamForm(QWidget):
    """Editors for a tuple of ``ParamSpec``s. Signal ``edited(name, value)`` on each user commit.

    ``columns=2`` packs short numeric and check-box fields two per row (the data panel is short of
    height); choices, lists and texts always take a whole row.
    """

    edited = Signal(str, object)

    def __init__(self, specs: tuple[ParamSpec, ...], parent: QWidget | None = None, columns: int = 1) -> None:
        super().__init__(parent)
        self.specs = specs
        self.fields: dict[str, Field] = {}
        self.errors: dict[str, QLabel] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._columns = columns
        self._rows: list[tuple[str, QLabel, QWidget, bool]] = []
        """(name, label, cell, wide) of every field, in the specs' order."""
        for spec in specs:
            field = make_field(spec, self._on_commit)
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR_COLOR};")
            error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            error.hide()
            cell = QWidget(self)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            label = QLabel(tr(spec.label), self)
            label.setToolTip(tr(spec.help))
            label.setBuddy(field)
            # Top-aligned, as tall as a one-line field: stays beside its field when an error line appears.
            label.setMinimumHeight(min(field.sizeHint().height(), 40))
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            wide = columns == 1 or spec.type in ("choice", "multi", "shape", "str") or spec.log
            self._rows.append((spec.name, label, cell, wide))
            self.fields[spec.name] = field
            self.errors[spec.name] = error
        for c in range(columns):
            self._grid.setColumnStretch(c * 2 + 1, 1)
        self._wanted = {spec.name for spec in specs}
        """The fields the owner shows (``set_visible_fields``), before the advanced switch."""
        self._advanced = {spec.name for spec in specs if spec.advanced}
        self._placed: set[str] | None = None
        _forms.add(self)
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Lay the rows out again: the owner's choice less the advanced rows while those are hidden."""
        visible = self._wanted - self._advanced if _hide_advanced else set(self._wanted)
        if visible != self._placed:
            self._place(visible)

    def _place(self, visible: set[str]) -> None:
        """Lay the ``visible`` fields out in order (hidden ones leave no gap) and hide the others."""
        self._placed = visible
        grid, columns = self._grid, self._columns
        for _, label, cell, _ in self._rows:
            grid.removeWidget(label)
            grid.removeWidget(cell)
        row, col = 0, 0
        for name, label, cell, wide in self._rows:
            label.setVisible(name in visible)
            cell.setVisible(name in visible)
            if name not in visible:
                continue
            if wide and col:
                row, col = row + 1, 0
            grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(cell, row, col * 2 + 1, 1, 2 * columns - 1 if wide else 1)
            if wide or col == columns - 1:
                row, col = row + 1, 0
            else:
                col += 1

    def set_visible_fields(self, names: Iterable[str]) -> None:
        """Show only the fields named (in the specs' order, re-packed so hidden ones leave no gaps)."""
        self._wanted = set(names)
        self.refresh_rows()

    def visible_fields(self) -> set[str]:
        """Names of the fields the form shows (not hidden by ``set_visible_fields`` or the advanced switch)."""
        return {name for name, _, cell, _ in self._rows if not cell.isHidden()}

    def _on_commit(self, name: str, value: Any) -> None:
        self.edited.emit(name, value)

    def set_values(self, values: dict[str, Any]) -> None:
        """Show the model's values (no ``edited`` signals)."""
        for name, value in values.items():
            if name in self.fields:
                self.fields[name].set_value(value)

    def set_value(self, name: str, value: Any) -> None:
        self.fields[name].set_value(value)

    def value(self, name: str) -> Any:
        return self.fields[name].value()

    def show_error(self, name: str, message: str) -> None:
        """Show why a value was refused, under its field."""
        self.errors[name].setText(message)
        self.errors[name].show()

    def clear_error(self, name: str) -> None:
        self.errors[name].clear()
        self.errors[name].hide()

    def error_text(self, name: str) -> str:
        return self.errors[name].text() if self.errors[name].isVisibleTo(self) else ""
