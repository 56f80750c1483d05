"""Quick builder: + / − hidden layers and + / − neurons for a plain stack of Dense layers.

The TensorFlow Playground way of shaping a network, for designs ``Input → [Dense → Activation]* →
Dense → Output``. Buttons push the commands of ``playground.graph.builders`` on the document, so
each click is one undo step; the widget redraws from the document's events.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from playground.graph import Command, GraphError, GraphEvent, kind
from playground.graph.builders import add_hidden_layer, change_units, dense_stack, remove_hidden_layer
from playground.graph.layers import ACTIVATIONS
from playground.ui.document import Document
from playground.ui.i18n import tr


def _button(text: str, tooltip: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tooltip)
    button.setObjectName(name)
    button.setMinimumWidth(34)
    return button


class QuickBuilder(QWidget):
    """Buttons that add/remove hidden layers and neurons of a dense stack. Signal ``message(str)``
    explains refusals (for the status bar)."""

    message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setToolTip(tr("Shape a plain stack of Dense layers: add or remove hidden layers and neurons"))
        self.add_layer_button = _button(
            tr("+ layer"), tr("Add a hidden layer (Dense + activation) before the last Dense layer"), "add_layer"
        )
        self.remove_layer_button = _button(
            tr("− layer"), tr("Remove the last hidden layer and reconnect the layers around it"), "remove_layer"
        )
        self.add_layer_button.clicked.connect(self._on_add_layer)
        self.remove_layer_button.clicked.connect(self._on_remove_layer)
        self.summary = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("quick_builder_status")

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.remove_layer_button)
        top.addWidget(self.add_layer_button)
        self._rows = QGridLayout()
        self._rows.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._rows)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.unit_buttons: dict[str, tuple[QToolButton, QToolButton]] = {}
        """Per hidden Dense node id: its (−, +) neuron buttons."""
        self._row_widgets: list[QWidget] = []
        document.graph_changed.connect(self._on_graph_changed)
        document.project_replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Redraw the rows from the current design."""
        for widget in self._row_widgets:
            self._rows.removeWidget(widget)
            widget.deleteLater()
        self._row_widgets.clear()
        self.unit_buttons.clear()
        graph = self.document.project.graph
        try:
            stack = dense_stack(graph)
        except GraphError as e:
            self.summary.setText(tr("Hidden layers: –"))
            self.status.setText(str(e))
            self.add_layer_button.setEnabled(False)
            self.remove_layer_button.setEnabled(False)
            return
        self.status.setText("")
        self.summary.setText(tr("Hidden layers: {n}", n=len(stack.hidden)))
        self.add_layer_button.setEnabled(True)
        self.remove_layer_button.setEnabled(bool(stack.hidden))
        for row, (dense_id, act_id) in enumerate(stack.hidden):
            dense, act = graph.node(dense_id), graph.node(act_id)
            function = tr(ACTIVATIONS.get(act.params["function"], (act.params["function"], ""))[0])
            label = QLabel(
                tr(
                    "{name}: <b>{units}</b> neurons, {function}",
                    name=dense.name,
                    units=dense.params["units"],
                    function=function,
                )
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(
                tr(
                    "Hidden layer {row}: Dense '{dense}' followed by {function} '{activation}'",
                    row=row + 1,
                    dense=dense.name,
                    function=function,
                    activation=act.name,
                )
            )
            minus = _button("−", tr("One neuron fewer in '{name}'", name=dense.name), f"units_minus_{dense_id}")
            plus = _button("+", tr("One neuron more in '{name}'", name=dense.name), f"units_plus_{dense_id}")
            spec = kind("Dense").param("units")
            minus.setEnabled(spec.min is None or dense.params["units"] > spec.min)
            plus.setEnabled(spec.max is None or dense.params["units"] < spec.max)
            minus.clicked.connect(lambda _=False, nid=dense_id: self._on_units(nid, -1))
            plus.clicked.connect(lambda _=False, nid=dense_id: self._on_units(nid, +1))
            self._rows.addWidget(label, row, 0)
            self._rows.addWidget(minus, row, 1)
            self._rows.addWidget(plus, row, 2)
            self._row_widgets += [label, minus, plus]
            self.unit_buttons[dense_id] = (minus, plus)

    def _on_graph_changed(self, event: GraphEvent) -> None:
        if event.type != "node_moved":  # positions do not change the stack
            self.refresh()

    def _push(self, make: Callable[..., Command], *args: object) -> None:
        try:
            self.document.push(make(self.document.project.graph, *args))
        except GraphError as e:
            self.status.setText(str(e))
            self.message.emit(str(e))

    def _on_add_layer(self) -> None:
        self._push(add_hidden_layer)

    def _on_remove_layer(self) -> None:
        self._push(remove_hidden_layer)

    def _on_units(self, dense_id: str, delta: int) -> None:
        self._push(change_units, dense_id, delta)
