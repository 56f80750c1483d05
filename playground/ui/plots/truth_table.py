"""Truth table: every combination of 0/1 inputs, what the network answers, what the gate says, right or wrong.

For the McCulloch–Pitts lessons: the lecturer sets a threshold neuron's weights and θ by hand in the inspector and
the table follows, each row green where the neuron computes the gate and red where it does not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.engine.data import Dataset
from playground.engine.logic import TruthTable
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, number, tr
from playground.ui.plots.base import DesignTraits, Panel, text_font

RIGHT_BACKGROUND = "#D8F0D8"
WRONG_BACKGROUND = "#F6CFCF"
ROW_TEXT = "#1A1A1A"
"""Rows keep dark text on their pale verdict colour in every theme."""
TABLE_PT = 16
INPUT_NAMES = ("x₁", "x₂")


def output_text(value: float) -> str:
    """A neuron's 0/1 as a plain digit; any other value (a logit) with two decimals."""
    return str(int(value)) if float(value).is_integer() else number(value, 2)


class TruthTablePanel(Panel):
    """One row per input combination: inputs, the network's answer, the gate's, and the verdict."""

    title = N_("Truth table")
    probes = frozenset({"truth_table"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """The logic-gate dataset with a classifying head."""
        return traits.dataset == "logic" and traits.task in ("binary", "multiclass")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setFont(text_font(TABLE_PT, bold=True))
        self.caption.setToolTip(tr("How many rows of the truth table the network answers as the gate does"))
        self.table = QTableWidget()
        self.table.setFont(text_font(TABLE_PT))
        self.table.horizontalHeader().setFont(text_font(TABLE_PT - 2, bold=True))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(
            tr(
                "Every combination of 0/1 inputs, the network's answer and the gate's. A row is green when they "
                "agree, red when they do not. Change a weight or θ in the inspector to change the answers"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self.shown: TruthTable | None = None
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The table comes with each snapshot."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Fill the table from ``snapshot.truth_table``."""
        table = snapshot.truth_table
        if table is None:
            if self.shown is None:
                self.show_hint(tr("Waiting for the truth table…"))
            return
        self.hide_hint()
        self.shown = table
        gate = table.gate.upper()  # AND, OR, NOT, XOR: the same in every language, short enough for a header
        rows, inputs = table.inputs.shape
        headers = [*INPUT_NAMES[:inputs], tr("Network"), tr("{gate} says", gate=gate), ""]
        if self.table.rowCount() != rows or self.table.columnCount() != len(headers):
            self._build(rows, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for r in range(rows):
            right = table.predicted[r] == table.expected[r]
            cells = [
                *(str(int(v)) for v in table.inputs[r]),
                output_text(float(table.output[r])),
                str(int(table.expected[r])),
                tr("✓ right") if right else tr("✗ wrong"),
            ]
            background = QBrush(QColor(RIGHT_BACKGROUND if right else WRONG_BACKGROUND))
            for c, text in enumerate(cells):
                item = self.table.item(r, c)
                item.setText(text)
                item.setBackground(background)
        self.caption.setText(tr("{gate}: {right} of {rows} rows right", gate=gate, right=table.correct, rows=rows))

    def clear(self) -> None:
        """No run: an empty table and the hint."""
        self.shown = None
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.caption.setText("")
        self.show_hint()

    def _build(self, rows: int, columns: int) -> None:
        self.table.setRowCount(rows)
        self.table.setColumnCount(columns)
        for r in range(rows):
            for c in range(columns):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setForeground(QBrush(QColor(ROW_TEXT)))
                self.table.setItem(r, c, item)

    def cell_texts(self) -> list[list[str]]:
        """The table's texts row by row (what the room reads)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
