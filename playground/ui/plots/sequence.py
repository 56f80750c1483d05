"""Prediction vs target: one test sequence along time, with what the network predicted beside what it should have.

Numbers (sine, adding) are curves: the input in grey, and for a prediction at every step the target
(dashed) and the prediction (solid), each drawn at the step it is about (the value after step t at
t + 1); for a prediction after the last step, the target and the prediction are two markers after the
end. The adding problem's marked steps are shaded. Symbols (remember, text) are rows of characters:
what the network reads, the target, and its prediction in green (right) or red (wrong), with a bar for
the probability it gave the target. ◀ ▶ walk through the test sequences the probe sent.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import SequenceView, Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import (
    TICK_PT,
    DesignTraits,
    Panel,
    PlotWidget,
    stable_range,
    step_buttons,
    style_plot,
    swatch,
    text_font,
)
from playground.ui.plots.sequence_captions import is_classification, symbol_caption, value_caption
from playground.ui.plots.sequence_preview import mono_font, symbol_name, visible_symbol
from playground.ui.theme import OKABE_ITO

INPUT_COLOR = "#8C8C8C"
TARGET_COLOR = "#222222"
PREDICTION_COLOR = OKABE_ITO[0]
MARK_COLOR = "#FBE7BE"
RIGHT_COLOR = OKABE_ITO[2]
WRONG_COLOR = OKABE_ITO[5]
ROWS = {N_("input"): 3.0, N_("target"): 2.0, N_("predicted"): 1.0}
BAR_BASE, BAR_SPAN = -0.4, 0.8
"""The probability row: bars from y = BAR_BASE, BAR_SPAN high at p = 1."""
EDGE = 0.8
"""Room left and right of the outer symbol columns, in columns: the symbols stay clear of the axes."""
COLUMN_CHARS = 1.7
"""Width of one step's column in symbol widths: fewer steps are shown when they would not fit."""
MIN_COLUMNS = 6


class SequencePanel(Panel):
    """One test sequence along time: the input, the target and the network's prediction, with a plain reading."""

    title = N_("Prediction vs target")
    probes = frozenset({"sequence"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Sequence data only."""
        return traits.data_kind == "sequence"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pick_label = QLabel(tr("Sequence"))
        self.prev_button, self.next_button = step_buttons("sequence")
        self.position = QLabel()
        self.position.setToolTip(
            tr("Which of the test sequences the probe sent is shown, and its index in the test set")
        )
        for widget in (pick_label, self.position):
            widget.setFont(text_font())
        self.prev_button.clicked.connect(self._on_prev)
        self.next_button.clicked.connect(self._on_next)
        strip = QHBoxLayout()
        strip.addWidget(pick_label)
        strip.addWidget(self.prev_button)
        strip.addWidget(self.next_button)
        strip.addWidget(self.position)
        strip.addStretch(1)

        self.caption = QLabel()
        self.caption.setFont(text_font(bold=True))
        self.caption.setWordWrap(True)
        self.caption.setToolTip(tr("The shown sequence in words: what the network should answer and what it answered"))
        self.legend = QLabel()
        self.legend.setFont(text_font(12))
        self.legend.setWordWrap(True)

        self.values_plot = PlotWidget()
        item = self.values_plot.getPlotItem()
        style_plot(item, tr("time step"), tr("value"))
        item.setMouseEnabled(False, False)
        item.showGrid(x=False, y=True, alpha=0.15)
        self.values_plot.setToolTip(
            tr("Grey: the input sequence. The prediction for the step after t is drawn at t + 1, beside its target")
        )
        self.marked_bands = pg.BarGraphItem(x=[], height=[], width=0.8, brush=pg.mkBrush(MARK_COLOR), pen=None)
        self.marked_bands.setZValue(-10)
        self.input_curve = pg.PlotDataItem(pen=pg.mkPen(INPUT_COLOR, width=2.5))
        self.marked_points = pg.ScatterPlotItem(
            size=14, brush=pg.mkBrush(None), pen=pg.mkPen(PREDICTION_COLOR, width=3)
        )
        self.target_curve = pg.PlotDataItem(pen=pg.mkPen(TARGET_COLOR, width=2, style=Qt.PenStyle.DashLine))
        self.prediction_curve = pg.PlotDataItem(pen=pg.mkPen(PREDICTION_COLOR, width=3))
        self.end_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#999", width=1.5, style=Qt.PenStyle.DotLine))
        self.target_point = pg.ScatterPlotItem(size=18, brush=pg.mkBrush("w"), pen=pg.mkPen(TARGET_COLOR, width=2.5))
        self.prediction_point = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(PREDICTION_COLOR), pen=pg.mkPen(None))
        item.addItem(self.marked_bands, ignoreBounds=True)
        item.addItem(self.end_line, ignoreBounds=True)
        for it in (self.input_curve, self.marked_points, self.target_curve, self.prediction_curve):
            item.addItem(it)
        item.addItem(self.target_point)
        item.addItem(self.prediction_point)

        self.symbols_plot = PlotWidget()
        sym = self.symbols_plot.getPlotItem()
        style_plot(sym, tr("time step"))
        sym.setMouseEnabled(False, False)
        sym.getAxis("bottom").setStyle(hideOverlappingLabels=False)  # "end" sits at the right edge: keep it
        self.symbols_plot.setToolTip(
            tr(
                "Each column is one step: the symbol the network reads, the target, its prediction "
                "(green right, red wrong) and the probability it gave the target (bar, full = 1)"
            )
        )
        rows = [(y, tr(name)) for name, y in ROWS.items()] + [(BAR_BASE + BAR_SPAN / 2, tr("p(target)"))]
        sym.getAxis("left").setTicks([rows, []])
        sym.getAxis("left").setWidth(max(QFontMetrics(text_font(TICK_PT)).horizontalAdvance(n) for _, n in rows) + 14)
        sym.setYRange(BAR_BASE - 0.25, ROWS["input"] + 0.5, padding=0)
        self.p_frames = pg.BarGraphItem(x=[], y0=BAR_BASE, height=BAR_SPAN, width=0.6, brush=None, pen="#BBBBBB")
        self.p_bars = pg.BarGraphItem(x=[], y0=BAR_BASE, height=[], width=0.6, pen=None)
        sym.addItem(self.p_frames)
        sym.addItem(self.p_bars)
        self.symbol_font = mono_font(bold=True)
        self.symbol_items: dict[str, list[pg.TextItem]] = {row: [] for row in ROWS}
        self._cells: dict[str, list[tuple | None]] = {row: [] for row in ROWS}
        """What each pooled text item shows now: (x, text, colour), None when hidden."""
        self.ellipsis = pg.TextItem("…", color=TARGET_COLOR, anchor=(0.5, 0.5))
        self.ellipsis.setFont(self.symbol_font)
        sym.addItem(self.ellipsis)
        sym.getViewBox().sigResized.connect(self._on_resized)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(strip)
        layout.addWidget(self.caption)
        layout.addWidget(self.legend)
        layout.addWidget(self.values_plot, 1)
        layout.addWidget(self.symbols_plot, 1)

        self.view: SequenceView | None = None
        self.pick = 0
        """Which of ``view.indices`` is shown."""
        self.names: tuple[str, ...] = ()
        self.columns: list[tuple[float, int]] = []
        """(x, step index) of each symbol column on show; the answer column of a "last" task is step -1."""
        self._y_range: tuple[float, float] | None = None
        self._x_key: tuple | None = None
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Remember the symbol names (the views of text sets carry their own alphabet)."""
        self.names = tuple(dataset.class_names) if dataset is not None else ()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.sequence`` for the chosen sequence (a snapshot without it keeps the last picture)."""
        view = snapshot.sequence
        if view is None or len(view.indices) == 0:
            if self.view is None:
                self.show_hint(tr("Waiting for the predictions…"))
            return
        self.hide_hint()
        self.view = view
        self.pick = min(self.pick, len(view.indices) - 1)
        self._draw()

    def clear(self) -> None:
        """No run: nothing drawn, back to the first sequence, the hint."""
        self.view = None
        self.pick = 0
        self._y_range = None
        self._x_key = None
        self.columns = []
        for it in (self.input_curve, self.marked_points, self.target_curve, self.prediction_curve):
            it.setData([], [])
        self.target_point.setData([], [])
        self.prediction_point.setData([], [])
        self.marked_bands.setOpts(x=[], height=[])
        self.end_line.setVisible(False)
        self._place_symbols({}, [])
        self.caption.setText("")
        self.legend.setText("")
        self.position.setText("")
        self.prev_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.symbols_plot.setVisible(False)
        self.values_plot.setVisible(True)
        self.show_hint()

    # --- picking ----------------------------------------------------------------------------

    def _on_prev(self) -> None:
        self._step_pick(-1)

    def _on_next(self) -> None:
        self._step_pick(1)

    def _step_pick(self, delta: int) -> None:
        if self.view is None:
            return
        self.pick = (self.pick + delta) % len(self.view.indices)
        self._draw()

    def _on_resized(self) -> None:
        if self.view is not None and is_classification(self.view):
            self._draw()  # the number of symbol columns that fit changed

    # --- drawing ----------------------------------------------------------------------------

    def _draw(self) -> None:
        view, i = self.view, self.pick
        count = len(view.indices)
        self.position.setText(tr("{n} of {count} (test #{index})", n=i + 1, count=count, index=int(view.indices[i])))
        self.prev_button.setEnabled(count > 1)
        self.next_button.setEnabled(count > 1)
        symbols = is_classification(view)
        self.values_plot.setVisible(not symbols)
        self.symbols_plot.setVisible(symbols)
        if symbols:
            self._draw_symbols(view, i)
        else:
            self._draw_values(view, i)

    def _draw_values(self, view: SequenceView, i: int) -> None:
        series = np.asarray(view.series[i], dtype=np.float64)
        steps = len(series)
        t = np.arange(1, steps + 1, dtype=np.float64)
        target = np.asarray(view.targets[i], dtype=np.float64).reshape(-1)
        predicted = np.asarray(view.predictions[i], dtype=np.float64).reshape(-1)
        every = view.target_mode == "every"
        self.input_curve.setData(t, series)
        if every:
            self.target_curve.setData(t + 1, target)
            self.prediction_curve.setData(t + 1, predicted)
            self.target_point.setData([], [])
            self.prediction_point.setData([], [])
        else:
            self.target_curve.setData([], [])
            self.prediction_curve.setData([], [])
            self.target_point.setData([steps + 1.0], target[:1])
            self.prediction_point.setData([steps + 1.0], predicted[:1])
        self.end_line.setVisible(not every)
        self.end_line.setPos(steps + 0.5)
        hits = np.flatnonzero(view.markers[i] > 0.5) if view.markers is not None else np.zeros(0, np.int64)
        self.marked_points.setData(t[hits], series[hits])

        item = self.values_plot.getPlotItem()
        values = np.concatenate([series, target, predicted])
        finite = values[np.isfinite(values)]
        if finite.size:
            new = stable_range(self._y_range, float(finite.min()), float(finite.max()))
            if new is not None:
                self._y_range = new
                item.setYRange(*new, padding=0)
        if self._y_range is not None:
            lo, hi = self._y_range
            self.marked_bands.setOpts(x=t[hits], y0=lo, height=np.full(len(hits), hi - lo), width=0.8)
        key = ("values", steps, every)
        if key != self._x_key:
            self._x_key = key
            item.setXRange(0.5, steps + 1.5, padding=0)
            parts = [swatch(INPUT_COLOR, tr("input"))]
            if view.markers is not None:
                parts.append(swatch("#F3C66B", tr("marked steps")))
            if every:
                parts += ["<b>- -</b>&nbsp;" + tr("target (the next value)"), swatch(PREDICTION_COLOR, tr("predicted"))]
            else:
                parts += ["○&nbsp;" + tr("target"), swatch(PREDICTION_COLOR, tr("predicted"))]
            self.legend.setText(" &nbsp; ".join(parts))
        self.caption.setText(value_caption(view, i))

    def _fit_columns(self) -> int:
        """How many symbol columns fit the plot's width at the symbol font."""
        width = self.symbols_plot.getPlotItem().getViewBox().width()
        if width <= 0:
            width = 360.0  # not laid out yet: a typical dock; the resize draws again
        char = QFontMetrics(self.symbol_font).horizontalAdvance("M")
        return max(MIN_COLUMNS, int(width // (char * COLUMN_CHARS)))

    def _draw_symbols(self, view: SequenceView, i: int) -> None:
        names = view.symbols or self.names
        ids = np.asarray(view.series[i]).reshape(-1).astype(np.int64)
        target = np.asarray(view.targets[i]).reshape(-1).astype(np.int64)
        predicted = np.asarray(view.predictions[i]).reshape(-1).astype(np.int64)
        probs = None if view.probabilities is None else np.asarray(view.probabilities[i], np.float64).reshape(-1)
        steps, fit = len(ids), self._fit_columns()

        def name(k: int) -> str:
            return visible_symbol(symbol_name(int(k), names))

        rows: dict[str, list[tuple[float, str, str]]] = {row: [] for row in ROWS}
        if view.target_mode == "every":
            start = max(0, steps - fit)  # the latest steps: the ones that have the most context
            shown = range(start, steps)
            self.columns = [(s + 1.0, s) for s in shown]
            answers = list(shown)
            self.ellipsis.setVisible(False)
            x_range = (start + 1 - EDGE, steps + EDGE)
            ticks = None
        else:
            kept = min(steps, fit - 2)  # room for the gap and the answer
            shown = range(kept)
            answer_x = kept + 2.0
            self.columns = [(s + 1.0, s) for s in shown] + [(answer_x, -1)]
            answers = [0]
            self.ellipsis.setVisible(kept < steps)
            self.ellipsis.setPos(kept + 1.0, ROWS["input"])
            x_range = (1 - EDGE, answer_x + EDGE)
            stride = max(1, -(-kept // 8))
            ticks = [(s + 1.0, str(s + 1)) for s in shown if s % stride == 0] + [(answer_x, tr("end"))]
        for s in shown:
            rows["input"].append((s + 1.0, name(ids[s]), TARGET_COLOR))
        xs = [x for x, s in self.columns if view.target_mode == "every" or s == -1]
        for x, a in zip(xs, answers, strict=True):
            right = target[a] == predicted[a]
            rows["target"].append((x, name(target[a]), TARGET_COLOR))
            rows["predicted"].append((x, name(predicted[a]), RIGHT_COLOR if right else WRONG_COLOR))
        self._place_symbols(rows, xs)
        if probs is not None:
            p = np.clip(probs[answers], 0.0, 1.0)
            brushes = [pg.mkBrush(RIGHT_COLOR if target[a] == predicted[a] else WRONG_COLOR) for a in answers]
            self.p_bars.setOpts(x=xs, y0=BAR_BASE, height=p * BAR_SPAN, width=0.6, brushes=brushes)
        else:
            self.p_bars.setOpts(x=[], height=[])

        key = ("symbols", x_range, tuple(ticks or ()))
        if key != self._x_key:
            self._x_key = key
            sym = self.symbols_plot.getPlotItem()
            sym.setXRange(*x_range, padding=0)
            sym.getAxis("bottom").setTicks(None if ticks is None else [ticks, []])
            self.legend.setText(f"{swatch(RIGHT_COLOR, tr('right'))} &nbsp; {swatch(WRONG_COLOR, tr('wrong'))}")
        caption = symbol_caption(view, i, names)
        if view.target_mode == "every" and len(xs) < steps:
            caption = tr("{caption} (last {n} shown)", caption=caption, n=len(xs))
        self.caption.setText(caption)

    def _place_symbols(self, rows: dict[str, list[tuple[float, str, str]]], xs: list[float]) -> None:
        """Put each row's (x, text, colour) into its pooled text items; unused ones are hidden."""
        self.p_frames.setOpts(x=xs, y0=BAR_BASE, height=BAR_SPAN, width=0.6)
        sym = self.symbols_plot.getPlotItem()
        for row, pool in self.symbol_items.items():
            cells = rows.get(row, [])
            drawn = self._cells[row]
            while len(pool) < len(cells):
                item = pg.TextItem(anchor=(0.5, 0.5))
                item.setFont(self.symbol_font)
                item.setVisible(False)
                sym.addItem(item)
                pool.append(item)
                drawn.append(None)
            for k, item in enumerate(pool):
                key = cells[k] if k < len(cells) else None
                if drawn[k] == key:
                    continue  # unchanged: setText lays the text out again, the costly part
                drawn[k] = key
                item.setVisible(key is not None)
                if key is not None:
                    x, text, color = key
                    item.setText(text, color=color)
                    item.setPos(x, ROWS[row])

    def symbol_texts(self, row: str) -> list[str]:
        """The symbols on show in ``row`` ("input", "target", "predicted"), left to right."""
        return [item.toPlainText() for item in self.symbol_items[row] if item.isVisible()]
