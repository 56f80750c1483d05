"""Gradient through time: how much of the loss's gradient reaches each step's hidden state (BPTT made visible).

One curve per recurrent layer of the mean ‖∂L/∂hₜ‖ over the steps t, on a log10 axis labelled in
powers of ten. The verdict compares the first step's gradient with the last step's: below 1/100 the
gradient vanishes on its way back through time (the early inputs barely learn), above 100× it explodes.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import HiddenGradients, Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import (
    DesignTraits,
    Panel,
    PlotWidget,
    log_ticks,
    power_of_ten,
    stable_range,
    style_plot,
    swatch,
    text_font,
)
from playground.ui.plots.colors import state_color
from playground.ui.plots.gradients import ratio_text, safe_log10
from playground.ui.theme import OKABE_ITO

CURVE_COLORS = (OKABE_ITO[1], OKABE_ITO[0], OKABE_ITO[3], OKABE_ITO[2], OKABE_ITO[4], OKABE_ITO[5])
POWER_WORDS = 1000.0
"""Ratios beyond 1000× either way are written as powers of ten (10⁻⁶), closer ones as 1/40 or 25×."""


def ratio_words(ratio: float) -> str:
    """1e-6 → '10⁻⁶', 0.025 → '1/40', 40 → '40×', 2e5 → '10⁵×'."""
    if ratio < 1 / POWER_WORDS:
        return power_of_ten(round(math.log10(ratio)))
    if ratio > POWER_WORDS:
        return power_of_ten(round(math.log10(ratio))) + "×"
    return ratio_text(ratio)


VANISH_RATIO = 1e-3
"""Below this first-to-last ratio the gradient has vanished on its way back (three decades or more): over many
steps even a healthy LSTM's gradient fades somewhat, and a plain RNN's falls by far more."""
EXPLODE_RATIO = 1e3


def time_state(norms: np.ndarray) -> str:
    """ "vanishing", "exploding" or "healthy" from the first step's gradient relative to the last step's."""
    norms = np.asarray(norms, dtype=np.float64)
    if norms.size == 0:
        return "healthy"
    if not np.all(np.isfinite(norms)):
        return "exploding"
    first, last = float(norms[0]), float(norms[-1])
    if last <= 0:
        return "healthy" if first <= 0 else "exploding"
    ratio = first / last
    return "vanishing" if ratio < VANISH_RATIO else "exploding" if ratio > EXPLODE_RATIO else "healthy"


def time_verdict(norms: np.ndarray) -> str:
    """One sentence on how the gradient travels back through time, from ‖∂L/∂h₁‖ / ‖∂L/∂h_T‖."""
    norms = np.asarray(norms, dtype=np.float64)
    if norms.size < 2:
        return tr("One time step: there is no path back through time to judge.")
    if not np.all(np.isfinite(norms)):
        return tr("Not finite: the gradient blew up on its way back. Lower the learning rate or clip the gradients.")
    first, last = float(norms[0]), float(norms[-1])
    if last <= 0:
        return tr("No gradient reaches the last step's hidden state yet: take a training step.")
    if first <= 0:
        return tr("Vanishing: no gradient at all reaches the first step — the early inputs do not learn.")
    ratio = first / last
    state = time_state(norms)
    if state == "vanishing":
        return tr(
            "Vanishing: the first step gets {ratio} of the last step's gradient — the early inputs barely learn.",
            ratio=ratio_words(ratio),
        )
    if state == "exploding":
        return tr(
            "Exploding: the first step gets {ratio} the last step's gradient "
            "— clip the gradients or lower the recurrent gain.",
            ratio=ratio_words(ratio),
        )
    if ratio >= 1:
        return tr(
            "Healthy: the first step gets {ratio} the last step's gradient — the early inputs still learn.",
            ratio=ratio_text(ratio),
        )
    return tr(
        "Healthy: the first step gets {ratio} of the last step's gradient — the early inputs still learn.",
        ratio=ratio_text(ratio),
    )


def worst_layer(grads: dict[str, HiddenGradients]) -> str:
    """The layer whose first-to-last ratio is farthest from 1 (non-finite ones first): the one to judge."""

    def badness(nid: str) -> float:
        norms = np.asarray(grads[nid].norms, dtype=np.float64)
        if norms.size < 2 or not np.all(np.isfinite(norms)):
            return math.inf if norms.size >= 2 else -math.inf
        first, last = float(norms[0]), float(norms[-1])
        if first <= 0 or last <= 0:
            return math.inf if last > 0 else -1.0
        return abs(math.log10(first / last))

    return max(grads, key=badness)


class HiddenGradPanel(Panel):
    """‖∂L/∂hₜ‖ along time per recurrent layer on a log axis, with a verdict on vanishing or exploding."""

    title = N_("Gradient through time")
    probes = frozenset({"hidden_grads"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Designs with a recurrent layer."""
        return traits.recurrent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel()
        self.verdict.setFont(text_font(bold=True))
        self.verdict.setWordWrap(True)
        self.verdict.setToolTip(
            tr(
                "Compares the gradient reaching the first step's hidden state with the last step's: "
                "below 1/100 it vanishes, above 100× it explodes"
            )
        )
        self.legend = QLabel()
        self.legend.setFont(text_font(12))
        self.legend.setWordWrap(True)
        self.legend.setToolTip(tr("One curve per recurrent layer (its top layer, forward direction)"))
        self.plot = PlotWidget()
        item = self.plot.getPlotItem()
        style_plot(item, tr("time step t"), "‖∂L/∂hₜ‖")
        item.setMouseEnabled(False, False)
        item.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setToolTip(
            tr(
                "How large the loss's gradient is at each step's hidden state, averaged over a batch (log scale). "
                "Backpropagation through time carries it from the last step back to the first"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.verdict)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)

        self.curves: list[pg.PlotDataItem] = []
        """One per recurrent layer on show (pooled: more are made only for a design with more layers)."""
        self.layer_ids: list[str] = []
        self.state = ""
        """The judged layer's state: "vanishing", "healthy" or "exploding" ("" before any gradient)."""
        self._y_range: tuple[float, float] | None = None
        self._ticks: list[tuple[float, str]] = []
        self._steps = 0
        self._drawn = False
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The gradients carry their own number of steps."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.hidden_grads``: a curve per layer, the log axis and the verdict."""
        grads = snapshot.hidden_grads
        if not grads:
            if snapshot.step == 0:
                self.show_hint(tr("The gradient through time appears after the first training step"))
            elif not self._drawn:
                self.show_hint(tr("Waiting for the gradients through time…"))
            return
        self._drawn = True
        self.hide_hint()
        ids = list(grads)
        item = self.plot.getPlotItem()
        while len(self.curves) < len(ids):
            color = CURVE_COLORS[len(self.curves) % len(CURVE_COLORS)]
            curve = pg.PlotDataItem(
                pen=pg.mkPen(color, width=3),
                symbol="o",
                symbolSize=6,
                symbolBrush=pg.mkBrush(color),
                symbolPen=None,
                connect="finite",
            )
            item.addItem(curve)
            self.curves.append(curve)
        if ids != self.layer_ids:
            self.layer_ids = ids
            names = [snapshot.names.get(nid, nid) for nid in ids]
            self.legend.setText(
                " &nbsp; ".join(swatch(CURVE_COLORS[k % len(CURVE_COLORS)], n) for k, n in enumerate(names))
            )
        logs_all = []
        for k, curve in enumerate(self.curves):
            if k >= len(ids):
                curve.setData([], [])
                continue
            norms = np.asarray(grads[ids[k]].norms, dtype=np.float64)
            logs = safe_log10(norms)
            curve.setData(np.arange(1, len(norms) + 1, dtype=np.float64), logs)
            logs_all.append(logs)
        steps = max(len(g.norms) for g in grads.values())
        if steps != self._steps:
            self._steps = steps
            item.setXRange(0.5, steps + 0.5, padding=0)
        self._set_y_range(np.concatenate(logs_all))
        judged = worst_layer(grads)
        norms = np.asarray(grads[judged].norms, dtype=np.float64)
        self.state = time_state(norms)
        sentence = time_verdict(norms)
        if len(ids) > 1:
            sentence = tr(
                "{layer} — {verdict}",
                layer=snapshot.names.get(judged, judged),
                verdict=f"{sentence[0].lower()}{sentence[1:]}",
            )
        color = state_color(self.state) if self.state != "healthy" else "#222222"
        self.verdict.setStyleSheet(f"QLabel {{ color: {color}; }}")
        self.verdict.setText(sentence)

    def clear(self) -> None:
        """No run: no curves, no verdict, the hint."""
        for curve in self.curves:
            curve.setData([], [])
        self.layer_ids = []
        self.state = ""
        self._y_range = None
        self._steps = 0
        self._drawn = False
        self.verdict.setText("")
        self.legend.setText("")
        self.show_hint()

    # --- drawing ----------------------------------------------------------------------------

    def _set_y_range(self, logs: np.ndarray) -> None:
        """A stable log10 range around the curves, at least one decade high so a power of ten is labelled."""
        finite = logs[np.isfinite(logs)]
        if finite.size == 0:
            return
        lo, hi = float(finite.min()), float(finite.max())
        if hi - lo < 1:
            mid = (lo + hi) / 2
            lo, hi = mid - 0.5, mid + 0.5
        new = stable_range(self._y_range, lo, hi)
        if new is None:
            return
        self._y_range = new
        item = self.plot.getPlotItem()
        item.setYRange(*new, padding=0)
        height = max(self.plot.getPlotItem().getViewBox().height(), 120.0)
        ticks = log_ticks(*new, max_ticks=max(2, int(height // 28)))
        if ticks != self._ticks:
            self._ticks = ticks
            item.getAxis("left").setTicks([ticks, []])

    def curve_values(self, k: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(steps, log10 norms) drawn for the ``k``-th recurrent layer."""
        x, y = self.curves[k].getData()
        if x is None:
            return np.zeros(0), np.zeros(0)
        return np.asarray(x), np.asarray(y)
