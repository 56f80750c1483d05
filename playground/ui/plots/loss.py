"""Loss curves: train and test loss over the steps, a log-scale toggle, hover values, accuracy and the step an
early stop went back to."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import DesignTraits, Panel, PlotWidget, stable_range, style_plot, text_font
from playground.ui.plots.colors import class_color

MAX_POINTS = 1500
"""Longest curve drawn; longer histories are thinned evenly (the last point always kept)."""
TRAIN_COLOR, TEST_COLOR = class_color(1), class_color(0)
FEW_TICKS_BELOW = 220
"""Plot height in pixels under which only the main loss ticks are labelled (the others would overlap)."""
STEP_MULTIPLES = (1, 1.5, 2, 3, 4, 5, 6, 8, 10)
EARLY_STOP_COLOR = "#2e7d32"


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10ᵏ at or above ``value``: the step axis grows in jumps."""
    if value <= 1:
        return 1.0
    scale = 10.0 ** math.floor(math.log10(value))
    return next(m * scale for m in STEP_MULTIPLES if m * scale >= value)


def decimate(history: np.ndarray, max_points: int = MAX_POINTS) -> np.ndarray:
    """At most ``max_points`` rows of ``history``, evenly spaced, first and last kept."""
    n = len(history)
    if n <= max_points:
        return history
    return history[np.unique(np.linspace(0, n - 1, max_points).round().astype(int))]


class LossAxis(pg.AxisItem):
    """On a log scale: decades and their 2× and 5× labelled, the other minor ticks unlabelled.

    pyqtgraph labels every 1…9 multiple, which piles "0.1", "0.09", "0.08"… on top of each other.
    """

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.setStyle(maxTextLevel=1)

    def logTickValues(self, minVal: float, maxVal: float, size: float, stdTicks: list) -> list:  # noqa: N802, N803
        lo, hi = int(np.floor(minVal)), int(np.ceil(maxVal))

        def inside(multiples: tuple[int, ...]) -> list[float]:
            values = [v + float(np.log10(m)) for v in range(lo, hi + 1) for m in multiples]
            return [x for x in values if minVal <= x <= maxVal]

        return [(None, inside((1,))), (None, inside((2, 5))), (None, inside((3, 4, 6, 7, 8, 9)))]


def fmt_loss(value: float) -> str:
    return f"{value:.4g}" if np.isfinite(value) else str(value)


class LossPanel(Panel):
    """Train (solid) and test (dashed) loss against the step; hover shows the values under the mouse; a green line
    marks the step an early stop went back to."""

    title = N_("Loss and accuracy")
    probes: frozenset[str] = frozenset()

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Every design but a GAN, whose two losses have a panel of their own."""
        return traits.data_kind != "gan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = PlotWidget(axisItems={"left": LossAxis()})
        item = self.plot.getPlotItem()
        style_plot(item, tr("step"), tr("loss"))
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setMouseEnabled(False, False)
        # Ranges are set from the data, and only when it outgrows them (see _fit_ranges): auto-range
        # would move both axes, and so repaint their text, on every frame.
        item.disableAutoRange()
        legend = item.addLegend(offset=(-10, 10), labelTextSize="12pt", labelTextColor="#222")
        legend.setBrush(pg.mkBrush(255, 255, 255, 200))
        self.train_curve = item.plot(pen=pg.mkPen(TRAIN_COLOR, width=2.5), name=tr("train"))
        self.test_curve = item.plot(pen=pg.mkPen(TEST_COLOR, width=2.5, style=Qt.PenStyle.DashLine), name=tr("test"))
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#666", width=1, style=Qt.PenStyle.DotLine))
        self.cursor_text = pg.TextItem(color="#222", fill=pg.mkBrush(255, 255, 255, 225), anchor=(0, 0))
        self.cursor_text.setFont(text_font(12))
        self.early_stop_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(EARLY_STOP_COLOR, width=2))
        self.early_stop_text = pg.TextItem(color=EARLY_STOP_COLOR, fill=pg.mkBrush(255, 255, 255, 200), anchor=(0, 1))
        self.early_stop_text.setFont(text_font(11))
        self.early_stop_text.setZValue(20)  # above the curves and its own line, readable where they cross
        self.early_stop_step: int | None = None
        for it in (self.cursor, self.cursor_text, self.early_stop_line, self.early_stop_text):
            it.setVisible(False)
            item.addItem(it, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.installEventFilter(self)  # hide the values when the mouse leaves the plot

        self.summary = QLabel()
        self.summary.setFont(text_font())
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # two lines in a narrow panel rather than a cut-off test score
        self.summary.setToolTip(tr("The latest loss and accuracy on the whole train and test sets"))
        self.log_scale = QCheckBox(tr("Log scale"))
        self.log_scale.setFont(text_font())
        self.log_scale.setToolTip(tr("Logarithmic loss axis: shows progress once the loss is small"))
        self.log_scale.toggled.connect(self._on_log_toggled)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.log_scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)

        self._history = np.zeros((0, 3))
        self._hover_step: float | None = None
        self._x_top: float | None = None
        self._y_range: tuple[float, float] | None = None
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The curves do not depend on the data points."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Redraw both curves from ``snapshot.history`` and the latest metrics."""
        self.hide_hint()
        self._history = snapshot.history
        self.early_stop_step = snapshot.early_stop_step
        self._draw_curves()
        self.summary.setText(summary_text(snapshot))
        if self._hover_step is not None:
            self._show_values_at(self._hover_step)

    def clear(self) -> None:
        """No run: empty curves, no hover, the hint."""
        self._history = np.zeros((0, 3))
        self.early_stop_step = None
        self.train_curve.setData([], [])
        self.test_curve.setData([], [])
        self._place_early_stop()
        self._x_top = self._y_range = None
        self._hide_cursor()
        self.summary.setText("")
        self.show_hint()

    # --- drawing ----------------------------------------------------------------------------

    def _draw_curves(self) -> None:
        rows = decimate(self._history)
        steps, train, test = rows[:, 0], rows[:, 1], rows[:, 2]
        if self.log_scale.isChecked():
            # log10 of 0 (a perfect 0-1 loss) has no place on a log axis: leave a gap there.
            train = np.where(train > 0, train, np.nan)
            test = np.where(test > 0, test, np.nan)
        self.train_curve.setData(steps, train, connect="finite")
        self.test_curve.setData(steps, test, connect="finite")
        self._fit_ranges(steps, train, test)
        self._place_early_stop()

    def _place_early_stop(self) -> None:
        """The line at the step an early stop went back to, labelled at the bottom of the plot (hidden without one)."""
        step = self.early_stop_step
        shown = step is not None
        self.early_stop_line.setVisible(shown)
        self.early_stop_text.setVisible(shown)
        if step is None:
            return
        self.early_stop_line.setPos(step)
        self.early_stop_text.setText(tr("early stop: best at step {step}", step=step))
        (x0, x1), (y0, y1) = self.plot.getPlotItem().getViewBox().viewRange()
        # At the bottom, clear of the legend in the top corner; beside the line, on the side with more room.
        self.early_stop_text.setAnchor((1, 1) if step > (x0 + x1) / 2 else (0, 1))
        self.early_stop_text.setPos(step, y0)

    def _fit_ranges(self, steps: np.ndarray, train: np.ndarray, test: np.ndarray) -> None:
        """Steps from 0 to a round number past the last; losses from 0 (log: the smallest) to the largest."""
        item = self.plot.getPlotItem()
        if len(steps) == 0:
            return
        top = nice_ceiling(float(steps[-1]))
        if top != self._x_top:
            self._x_top = top
            item.setXRange(0, top, padding=0.02)
        values = np.concatenate([train, test])
        log = self.log_scale.isChecked()
        values = values[np.isfinite(values) & (values > 0)] if log else values[np.isfinite(values)]
        if values.size == 0:
            return
        if log:
            lo, hi = float(np.log10(values.min())), float(np.log10(values.max()))
        else:
            lo, hi = min(float(values.min()), 0.0), float(values.max())
        new = stable_range(self._y_range, lo, hi, margin=0.05)
        if new is not None:
            self._y_range = new
            item.setYRange(*new, padding=0)

    def _on_log_toggled(self, checked: bool) -> None:
        self.plot.getPlotItem().setLogMode(y=checked)
        self._y_range = None
        self._draw_curves()
        if self._hover_step is not None:
            self._show_values_at(self._hover_step)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(pos) or len(self._history) == 0:
            self._hide_cursor()
            return
        self._hover_step = view.mapSceneToView(pos).x()
        self._show_values_at(self._hover_step)

    def _show_values_at(self, step: float) -> None:
        """Mark the recorded row nearest to ``step`` and print its losses beside the line."""
        if len(self._history) == 0:
            self._hide_cursor()
            return
        row = self._history[int(np.abs(self._history[:, 0] - step).argmin())]
        self.cursor.setPos(row[0])
        self.cursor_text.setText(
            tr(
                "step {step}\ntrain {train}\ntest {test}",
                step=int(row[0]),
                train=fmt_loss(row[1]),
                test=fmt_loss(row[2]),
            )
        )
        (x0, x1), (_, y1) = self.plot.getPlotItem().getViewBox().viewRange()
        # Flip the label to the left of the line in the right half, so it is never cut off.
        self.cursor_text.setAnchor((1, 0) if row[0] > (x0 + x1) / 2 else (0, 0))
        self.cursor_text.setPos(row[0], y1)
        self.cursor.setVisible(True)
        self.cursor_text.setVisible(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        level = 0 if self.plot.height() < FEW_TICKS_BELOW else 1
        axis = self.plot.getPlotItem().getAxis("left")
        if axis.style["maxTextLevel"] != level:
            axis.setStyle(maxTextLevel=level)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.plot and event.type() == QEvent.Type.Leave:
            self._hide_cursor()
        return super().eventFilter(watched, event)

    def _hide_cursor(self) -> None:
        self._hover_step = None
        self.cursor.setVisible(False)
        self.cursor_text.setVisible(False)

    def hover_text(self) -> str | None:
        """The values shown under the mouse, or None when not hovering."""
        return self.cursor_text.toPlainText() if self.cursor_text.isVisible() else None


def summary_text(snapshot: Snapshot) -> str:
    """'step 1500 · accuracy train 0.97 · test 0.95' (loss instead of accuracy for regression)."""
    head = "<b>" + tr("step {step}", step=snapshot.step) + "</b>"
    if snapshot.train_accuracy is not None and snapshot.test_accuracy is not None:
        line = tr(
            "accuracy: train {train} · test {test}",
            train=f"{snapshot.train_accuracy:.2f}",
            test=f"{snapshot.test_accuracy:.2f}",
        )
    else:
        line = tr(
            "loss: train {train} · test {test}", train=fmt_loss(snapshot.train_loss), test=fmt_loss(snapshot.test_loss)
        )
    return f"{head} &nbsp; {line}"
