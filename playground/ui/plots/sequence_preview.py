"""The data panel's look at a sequence set: three training sequences, and the symbol helpers the sequence panels share.

Numeric sets are drawn as lines, one small plot per sequence (the adding problem with its two marked
steps ringed, the value to predict after the end as a dot); symbol sets (remember, text) as rows of
symbols in a monospace font.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.ui.i18n import tr
from playground.ui.language_marks import DATA_PROPERTY
from playground.ui.plots.base import TEXT_COLOR, TEXT_PT, LayoutWidget, style_plot, swatch, text_font
from playground.ui.theme import OKABE_ITO

PREVIEW_SEQUENCES = 3
INPUT_COLOR = "#777777"
MARK_COLOR = OKABE_ITO[0]
TARGET_COLOR = OKABE_ITO[1]
FIRST_COLOR = OKABE_ITO[1]
MAX_PREVIEW_CHARS = 90
"""Symbols per preview row; longer sequences are cut (the plots show every step)."""
VISIBLE = {"\n": "↵", " ": "␣", "\t": "⇥"}
"""How symbols without a glyph of their own are printed in per-step rows."""


def mono_font(points: int = TEXT_PT, bold: bool = False) -> QFont:
    """The system's fixed-width font at ``points``: symbols line up in columns."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(points)
    font.setBold(bold)
    return font


def visible_symbol(name: str) -> str:
    """A symbol as printed on its own: a newline as ↵, a space as ␣."""
    return VISIBLE.get(name, name)


def symbol_name(k: int, names: tuple[str, ...] | str = ()) -> str:
    """The name of symbol id ``k``: from ``names`` (an alphabet or class names), else a letter A, B, C…"""
    if 0 <= k < len(names):
        return names[k]
    return chr(ord("A") + k) if 0 <= k < 26 else str(k)


def sequence_ids(x: np.ndarray) -> np.ndarray:
    """(n, T) symbol ids of sequences stored as ids (n, T) or one-hot (n, T, symbols)."""
    x = np.asarray(x)
    return x.astype(np.int64) if x.ndim == 2 else np.argmax(x, axis=-1).astype(np.int64)


def is_symbolic(dataset: Dataset) -> bool:
    """Whether the sequences are symbols (a classification set) rather than numbers."""
    return dataset.task == "classification"


class SequencePreview(QWidget):
    """Three training sequences of a sequence ``Dataset``: lines for numbers, rows of symbols for symbols."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots_widget = LayoutWidget()
        self.plots_widget.setToolTip(tr("The first training sequences, one per row, along time (step 1 at the left)"))
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotDataItem] = []
        self.marks: list[pg.ScatterPlotItem] = []
        self.targets: list[pg.ScatterPlotItem] = []
        for row in range(PREVIEW_SEQUENCES):
            plot = self.plots_widget.addPlot(row=row, col=0)
            style_plot(plot, tr("time step") if row == PREVIEW_SEQUENCES - 1 else "", minor_labels=False)
            plot.setMouseEnabled(False, False)
            plot.getAxis("left").setWidth(40)
            if row < PREVIEW_SEQUENCES - 1:
                plot.getAxis("bottom").setStyle(showValues=False)
            if self.plots:
                plot.setXLink(self.plots[0])
                plot.setYLink(self.plots[0])  # one value scale: the sequences compare at a glance
            curve = pg.PlotDataItem(pen=pg.mkPen(INPUT_COLOR, width=2))
            marks = pg.ScatterPlotItem(size=13, brush=pg.mkBrush(None), pen=pg.mkPen(MARK_COLOR, width=2.5))
            target = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(TARGET_COLOR), pen=pg.mkPen("w"))
            for item in (curve, marks, target):
                plot.addItem(item)
            self.plots.append(plot)
            self.curves.append(curve)
            self.marks.append(marks)
            self.targets.append(target)

        self.symbols = QLabel()
        self.symbols.setProperty(DATA_PROPERTY, True)  # the data's own text, not the app's words
        self.symbols.setFont(mono_font())
        self.symbols.setWordWrap(True)
        self.symbols.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Long rows wrap inside the panel instead of widening it.
        self.symbols.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.symbols.setToolTip(tr("The first training sequences, one per row: the symbols the network reads in order"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plots_widget)
        self.stack.addWidget(self.symbols)
        self.caption = QLabel()
        self.caption.setFont(text_font(TEXT_PT - 1))
        self.caption.setWordWrap(True)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption)
        self.symbol_rows: list[str] = []
        """The plain text of each symbol row on show (tests read it)."""
        self.show_dataset(None)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 260)

    def show_dataset(self, dataset: Dataset | None) -> None:
        """Draw the first training sequences of ``dataset`` (None, or a set without sequences: nothing)."""
        if dataset is None or dataset.kind != "sequence" or len(dataset.x_train) == 0:
            for items in (self.curves, self.marks, self.targets):
                for item in items:
                    item.setData([], [])
            self.symbols.setText("")
            self.symbol_rows = []
            self.caption.setText("")
            return
        shown = min(PREVIEW_SEQUENCES, len(dataset.x_train))
        if is_symbolic(dataset):
            self._draw_symbols(dataset, shown)
        else:
            self._draw_values(dataset, shown)

    def _draw_values(self, dataset: Dataset, shown: int) -> None:
        self.stack.setCurrentWidget(self.plots_widget)
        x = np.asarray(dataset.x_train, dtype=np.float32)
        if x.ndim == 2:
            x = x[..., None]
        steps = x.shape[1]
        t = np.arange(1, steps + 1, dtype=np.float64)
        y = np.asarray(dataset.y_train, dtype=np.float32)
        last = y.reshape(len(y), -1).shape[1] == 1  # one value per sequence: predicted after the last step
        marked = x.shape[2] > 1  # the adding problem's marker channel
        for i, plot in enumerate(self.plots):
            plot.setVisible(i < shown)
            if i >= shown:
                continue
            values = x[i, :, 0]
            self.curves[i].setData(t, values)
            hits = np.flatnonzero(x[i, :, 1] > 0.5) if marked else np.zeros(0, np.int64)
            self.marks[i].setData(t[hits], values[hits])
            if last:
                self.targets[i].setData([steps + 1.0], [float(y[i].reshape(-1)[0])])
            else:
                self.targets[i].setData([], [])
        self.plots[0].setXRange(0.5, steps + 1.5, padding=0)
        values = np.concatenate([x[:shown, :, 0].ravel(), y[:shown].ravel()])
        lo, hi = float(values.min()), float(values.max())
        pad = 0.2 * (hi - lo or 1.0)
        self.plots[0].setYRange(lo - pad, hi + pad, padding=0)
        # Two labels per small plot (the lowest and highest value): more would crowd its few pixels.
        ticks = [[(v, f"{v:.1f}") for v in sorted({round(lo, 1), round(hi, 1)})], []]
        for plot in self.plots:
            plot.getAxis("left").setTicks(ticks)
        parts = [swatch(INPUT_COLOR, tr("input"))]
        if marked:
            parts.append(f"<span style='color:{MARK_COLOR}'>○</span>&nbsp;{tr('marked steps')}")
        if last:
            parts.append(swatch(TARGET_COLOR, tr("target (their sum)") if marked else tr("target (the next value)")))
        else:
            parts.append(tr("target: the next value at every step"))
        self.caption.setText(f"{self._counts(dataset)}<br>" + " &nbsp; ".join(parts))

    def _draw_symbols(self, dataset: Dataset, shown: int) -> None:
        self.stack.setCurrentWidget(self.symbols)
        ids = sequence_ids(dataset.x_train[:shown])
        names = dataset.class_names
        y = np.asarray(dataset.y_train[:shown])
        text = dataset.n_classes > 0 and y.ndim == 2  # a target at every step: running text
        self.symbol_rows = []
        lines = []
        for i in range(shown):
            row = [symbol_name(int(k), names) for k in ids[i, :MAX_PREVIEW_CHARS]]
            cut = "…" if ids.shape[1] > MAX_PREVIEW_CHARS else ""
            if text:
                plain = "".join(visible_symbol(s) if s == "\n" else s for s in row) + cut
                self.symbol_rows.append(plain)
                lines.append(html.escape(plain).replace("␣", "␣&#8203;"))  # a line may wrap after a shown space
            else:
                answer = symbol_name(int(y[i].reshape(-1)[0]), names)
                plain = " ".join(visible_symbol(s) for s in row) + cut + " → " + answer
                self.symbol_rows.append(plain)
                colour = FIRST_COLOR if row[0] == answer else TEXT_COLOR  # remember: the first symbol is the answer
                first = f"<b style='color:{colour}'>{html.escape(visible_symbol(row[0]))}</b>"
                rest = html.escape(" ".join(visible_symbol(s) for s in row[1:]) + cut)
                lines.append(f"{first} {rest} → <b style='color:{TARGET_COLOR}'>{html.escape(answer)}</b>")
        self.symbols.setText(
            f"<div style='color:{TEXT_COLOR}; white-space:pre-wrap'>" + "<br><br>".join(lines) + "</div>"
        )
        if text:
            note = tr("the network predicts the next character at every step")
        else:
            note = tr("→ the class to predict after the last step")
        self.caption.setText(f"{self._counts(dataset)}<br>{note}")

    @staticmethod
    def _counts(dataset: Dataset) -> str:
        steps = np.asarray(dataset.x_train).shape[1]
        n_train, n_test = len(dataset.x_train), len(dataset.x_test)
        values = {"total": n_train + n_test, "steps": steps, "train": n_train, "test": n_test}
        if dataset.n_classes:
            return tr(
                "{total} sequences of {steps} steps · {symbols} symbols · {train} train / {test} test",
                symbols=dataset.n_classes,
                **values,
            )
        return tr("{total} sequences of {steps} steps · {train} train / {test} test", **values)
