"""The inspector: name, help, shape, parameter count, error and a parameter form for the selected layer.

Edits go through ``Document.push`` (SetParam, Rename) so they are undoable; a refused value shows
the model's reason under the field and the field returns to the model's value. The form follows
the model (undo, edits from the canvas) through ``document.graph_changed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from playground.graph import GraphError, GraphEvent, Rename, SetParam, fmt_shape, kind
from playground.ui.document import Document
from playground.ui.forms import ParamForm
from playground.ui.i18n import tr
from playground.ui.theme import ERROR_COLOR, category_color


class Inspector(QScrollArea):
    """Shows and edits the one selected layer; a hint when none or several are selected."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.node_id: str | None = None
        self.form: ParamForm | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self.hint = QLabel(tr("Select a layer on the canvas to see and edit its parameters."))
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted grey in every theme
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setToolTip(tr("The layer's name: unique in the design, used in the exported code"))
        self.name_edit.editingFinished.connect(self._on_name_done)
        self.name_error = _error_label()
        self.shape_label = QLabel()
        self.shape_label.setToolTip(tr("Shape of one sample leaving this layer (without the batch dimension)"))
        self.params_label = QLabel()
        self.params_label.setToolTip(tr("Number of learnable values (weights and biases) of this layer"))
        self.error_label = _error_label()

        header = QFormLayout()
        header.setContentsMargins(0, 0, 0, 0)
        name_cell = QWidget()
        name_column = QVBoxLayout(name_cell)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.setSpacing(2)
        name_column.addWidget(self.name_edit)
        name_column.addWidget(self.name_error)
        header.addRow(tr("Name"), name_cell)
        header.addRow(tr("Output"), self.shape_label)
        header.addRow(tr("Parameters"), self.params_label)
        self._details = QWidget()
        details = QVBoxLayout(self._details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.title)
        details.addWidget(self.help)
        details.addLayout(header)
        details.addWidget(self.error_label)
        self._form_slot = QVBoxLayout()
        details.addLayout(self._form_slot)

        self._layout.addWidget(self.hint)
        self._layout.addWidget(self._details)
        self._layout.addStretch(1)
        self.setWidget(body)

        document.graph_changed.connect(self._on_graph_changed)
        document.report_changed.connect(self._on_report_changed)
        document.project_replaced.connect(self._on_project_replaced)
        self.set_node_ids([])

    # --- selection ------------------------------------------------------------------------

    def set_node_ids(self, node_ids: list[str]) -> None:
        """Show the layer when exactly one is selected; otherwise a hint."""
        graph = self.document.project.graph
        node_id = node_ids[0] if len(node_ids) == 1 and node_ids[0] in graph.nodes else None
        if len(node_ids) > 1:
            self.hint.setText(tr("{n} layers selected. Select one layer to edit its parameters.", n=len(node_ids)))
        else:
            self.hint.setText(tr("Select a layer on the canvas to see and edit its parameters."))
        self._show_node(node_id)

    def _show_node(self, node_id: str | None) -> None:
        self.node_id = node_id
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        self.hint.setVisible(node_id is None)
        self._details.setVisible(node_id is not None)
        if node_id is None:
            return
        node = self.document.project.graph.node(node_id)
        layer = kind(node.kind)
        color = category_color(layer.category).darker(120).name()
        self.title.setText(f"<span style='color:{color}'>■</span> {node.kind} <span style='color:gray'>"
                           f"· {tr(layer.category)}</span>")
        self.help.setText(tr(layer.help))
        self._set_name(node.name)
        self.name_error.hide()
        if layer.params:
            self.form = ParamForm(layer.params)
            self.form.set_values(node.params)
            self.form.edited.connect(self._on_param_edited)
            self._form_slot.addWidget(self.form)
        self._on_report_changed(self.document.report)

    def _set_name(self, name: str) -> None:
        with QSignalBlocker(self.name_edit):
            self.name_edit.setText(name)

    # --- user edits → document ------------------------------------------------------------

    def _on_param_edited(self, name: str, value: Any) -> None:
        if self.node_id is None or self.form is None:
            return
        node = self.document.project.graph.node(self.node_id)
        if value == node.params[name]:
            self.form.clear_error(name)
            return
        try:
            self.document.push(SetParam(self.node_id, name, value))
        except GraphError as e:
            self.form.show_error(name, str(e))
            self.form.set_value(name, node.params[name])
            return
        self.form.clear_error(name)

    def _on_name_done(self) -> None:
        if self.node_id is None:
            return
        node = self.document.project.graph.node(self.node_id)
        new = self.name_edit.text().strip()
        if new == node.name:
            self.name_error.hide()
            return
        try:
            self.document.push(Rename(self.node_id, new))
        except GraphError as e:
            self.name_error.setText(str(e))
            self.name_error.show()
            self._set_name(node.name)
            return
        self.name_error.hide()

    # --- model → widgets -------------------------------------------------------------------

    def _on_graph_changed(self, event: GraphEvent) -> None:
        if event.type == "reset" or (event.type == "node_removed" and event.data.get("node") == self.node_id):
            self.set_node_ids([])
            return
        if self.node_id is None or event.data.get("node") != self.node_id:
            return
        node = self.document.project.graph.node(self.node_id)
        if event.type == "param_changed" and self.form is not None:
            name = event.data["name"]
            self.form.set_value(name, node.params[name])
            self.form.clear_error(name)
        elif event.type == "node_renamed":
            self._set_name(node.name)

    def _on_report_changed(self, report: Any) -> None:
        if self.node_id is None:
            return
        shape = report.shapes.get(self.node_id)
        self.shape_label.setText(fmt_shape(shape) if shape is not None else "—")
        count = report.params.get(self.node_id)
        self.params_label.setText(f"{count:,}" if count is not None else "—")
        error = report.errors.get(self.node_id, "")
        self.error_label.setText(f"⚠ {error}" if error else "")
        self.error_label.setVisible(bool(error))

    def _on_project_replaced(self) -> None:
        self.set_node_ids([])


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
