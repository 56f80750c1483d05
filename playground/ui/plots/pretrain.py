"""The pretraining phase of a run: its loss (and the pretext task's accuracy) against the step, and its stage.

A run that pretrains (training setting ``pretrain``) first learns without labels, then fine-tunes with them.
The panel shows which of the two it is doing ("Pretext: relative position, step 300 of 1000" / "done:
fine-tuning with labels"), the pretraining loss and, where the method has one, its accuracy with the chance
level, over the steps of the phase; a dashed line marks the step where the labels take over.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import PretrainView, Snapshot
from playground.ui.i18n import N_, number, tr
from playground.ui.plots.base import (
    TEXT_COLOR,
    TEXT_PT,
    DesignTraits,
    Panel,
    PlotWidget,
    stable_range,
    style_plot,
    text_font,
)
from playground.ui.plots.gan_metrics import line_swatch
from playground.ui.plots.loss import decimate

LOSS_COLOR = "#1f77b4"
ACCURACY_COLOR = "#2ca02c"
RAW_ALPHA = 70
"""Opacity (0..255) of the raw per-step values behind the smoothed curve: one batch is noisy."""
END_COLOR = "#888888"
CHANCE: dict[str, float] = {"relative_position": 1 / 8}
"""The accuracy of guessing, per method with a pretext task that has classes (8 positions of a patch)."""
LOSS_NAMES: dict[str, str] = {
    "pretext cross-entropy": N_("pretext cross-entropy"),
    "reconstruction error": N_("reconstruction error"),
}
"""The engine's ``loss_name`` values, marked for translation (others show as they come)."""


def smoothed(values: np.ndarray, window: int) -> np.ndarray:
    """Trailing mean of the last ``window`` values at each point (NaNs skipped; shorter at the start)."""
    values = np.asarray(values, np.float64)
    good = np.isfinite(values)
    sums = np.cumsum(np.where(good, values, 0.0))
    counts = np.cumsum(good)
    lag_sums = np.concatenate([np.zeros(window), sums[:-window]]) if len(values) > window else np.zeros(len(values))
    lag_counts = np.concatenate([np.zeros(window), counts[:-window]]) if len(values) > window else np.zeros(len(values))
    n = counts - lag_counts
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, (sums - lag_sums) / np.maximum(n, 1), np.nan)


class PretrainPanel(Panel):
    """The pretraining's loss and accuracy against the step, with what the run does now in large text."""

    title = N_("Pretraining")
    probes = frozenset({"pretraining"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only a run with a pretraining phase."""
        return traits.pretrains

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = QLabel()
        self.stage.setFont(text_font(TEXT_PT + 2, bold=True))
        self.stage.setWordWrap(True)
        self.stage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stage.setToolTip(
            tr(
                "What the run does now: first it learns without labels (the pretraining), then the labels "
                "fine-tune the network by backprop"
            )
        )
        self.loss_legend = QLabel()
        self.accuracy_legend = QLabel()
        self.accuracy_legend.setToolTip(
            tr("How often the pretext task is answered right on the current batch; the dashed line is guessing")
        )
        for label in (self.loss_legend, self.accuracy_legend):
            label.setFont(text_font())
            label.setWordWrap(True)
        self.loss_plot = PlotWidget()
        self.accuracy_plot = PlotWidget()
        loss, accuracy = self.loss_plot.getPlotItem(), self.accuracy_plot.getPlotItem()
        style_plot(loss, "", tr("loss"))
        style_plot(accuracy, tr("step"), tr("accuracy"))
        accuracy.setXLink(loss)
        loss.getAxis("bottom").setStyle(showValues=False)  # the accuracy plot below labels the steps
        for item in (loss, accuracy):
            item.showGrid(x=True, y=True, alpha=0.25)
            item.setMouseEnabled(False, False)
            item.disableAutoRange()
            item.getAxis("left").setWidth(64)  # both plots' step axes line up
        accuracy.setYRange(0, 1, padding=0.02)
        self.raw_loss = loss.plot(pen=pg.mkPen(rgba(LOSS_COLOR, RAW_ALPHA), width=1))
        self.loss_curve = loss.plot(pen=pg.mkPen(LOSS_COLOR, width=2.5))
        self.raw_accuracy = accuracy.plot(pen=pg.mkPen(rgba(ACCURACY_COLOR, RAW_ALPHA), width=1))
        self.accuracy_curve = accuracy.plot(pen=pg.mkPen(ACCURACY_COLOR, width=2.5))
        self.chance_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(END_COLOR, width=1.5, style=Qt.PenStyle.DashLine))
        accuracy.addItem(self.chance_line)
        self.end_lines = [
            pg.InfiniteLine(angle=90, pen=pg.mkPen(END_COLOR, width=1.5, style=Qt.PenStyle.DashLine)) for _ in (0, 1)
        ]
        # the step where the labels take over, named on the line itself (text left of it, inside the plot)
        self.end_label = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen(None),
            label=tr("labels from here"),
            labelOpts={"position": 0.93, "anchors": [(1.05, 0.5), (1.05, 0.5)], "color": TEXT_COLOR},
        )
        self.end_label.label.setFont(text_font())
        loss.addItem(self.end_label)
        loss.addItem(self.end_lines[0])
        accuracy.addItem(self.end_lines[1])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.stage)
        layout.addWidget(self.loss_legend)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.accuracy_legend)
        layout.addWidget(self.accuracy_plot, 2)
        self._total = -1
        self._loss_range: tuple[float, float] | None = None
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The curves do not depend on the data."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Redraw the curves and the stage from ``snapshot.pretraining``."""
        view = snapshot.pretraining
        if view is None:
            return  # the probe was not part of this snapshot, or the run does not pretrain
        self.hide_hint()
        self.stage.setText(view.stage)
        rows = np.asarray(view.history, np.float64).reshape(-1, 3)
        window = max(1, min(50, len(rows) // 10))
        steps, loss, accuracy = rows[:, 0], rows[:, 1], rows[:, 2]
        loss_mean, accuracy_mean = smoothed(loss, window), smoothed(accuracy, window)
        raw = decimate(np.column_stack([steps, loss, accuracy, loss_mean, accuracy_mean]))
        self.raw_loss.setData(raw[:, 0], raw[:, 1], connect="finite")
        self.loss_curve.setData(raw[:, 0], raw[:, 3], connect="finite")
        has_accuracy = bool(np.isfinite(accuracy).any())
        self.accuracy_plot.setVisible(has_accuracy)
        self.accuracy_legend.setVisible(has_accuracy)
        if has_accuracy:
            self.raw_accuracy.setData(raw[:, 0], raw[:, 2], connect="finite")
            self.accuracy_curve.setData(raw[:, 0], raw[:, 4], connect="finite")
        self._fit(view, loss)
        self._legends(view, loss_mean, accuracy_mean)

    def clear(self) -> None:
        """No run: empty curves, the hint."""
        for curve in (self.raw_loss, self.loss_curve, self.raw_accuracy, self.accuracy_curve):
            curve.setData([], [])
        self._total = -1
        self._loss_range = None
        self.stage.setText(tr("Pretraining: learning without labels, then fine-tuning with them"))
        self.loss_legend.setText(line_swatch(LOSS_COLOR, tr("pretraining loss")))
        self.accuracy_legend.setText(line_swatch(ACCURACY_COLOR, tr("pretext accuracy")))
        self.chance_line.hide()
        self.show_hint()

    # --- drawing helpers --------------------------------------------------------------------

    def _fit(self, view: PretrainView, loss: np.ndarray) -> None:
        """The step axis spans the whole phase (the dashed line at its end); the loss axis starts at 0."""
        if view.total != self._total:
            self._total = view.total
            self.loss_plot.getPlotItem().setXRange(0, max(view.total, 1) * 1.04, padding=0.01)
            for line in (*self.end_lines, self.end_label):
                line.setValue(view.total)
        chance = CHANCE.get(view.method)
        self.chance_line.setVisible(chance is not None)
        if chance is not None:
            self.chance_line.setValue(chance)
        finite = loss[np.isfinite(loss)]
        if finite.size:
            new = stable_range(self._loss_range, 0.0, float(finite.max()), margin=0.05)
            if new is not None:
                self._loss_range = new
                self.loss_plot.getPlotItem().setYRange(*new, padding=0)

    def _legends(self, view: PretrainView, loss: np.ndarray, accuracy: np.ndarray) -> None:
        name = tr(LOSS_NAMES.get(view.loss_name, view.loss_name)) or tr("pretraining loss")
        now = number(float(loss[-1]), 3) if len(loss) and np.isfinite(loss[-1]) else "–"
        self.loss_legend.setText(line_swatch(LOSS_COLOR, tr("{name}: {value}", name=name, value=now)))
        chance = CHANCE.get(view.method)
        acc = f"{number(100 * float(accuracy[-1]), 0)} %" if len(accuracy) and np.isfinite(accuracy[-1]) else "–"
        if chance is None:
            text = tr("pretext accuracy: {value}", value=acc)
        else:
            text = tr(
                "pretext accuracy: {value} (guessing: {chance})", value=acc, chance=f"{number(100 * chance, 1)} %"
            )
        self.accuracy_legend.setText(line_swatch(ACCURACY_COLOR, text))


def rgba(color: str, alpha: int) -> tuple[int, int, int, int]:
    """``"#rrggbb"`` with opacity ``alpha`` as the RGBA tuple pyqtgraph pens take."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16), alpha
