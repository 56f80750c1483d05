"""GAN losses over the steps: the discriminator's and the generator's loss, and how far the fakes are from real.

Top: D loss and G loss against the step. Bottom: the energy distance between real and generated samples
on a log10 axis (drawn as log10 values with 10ⁿ labels), which falls as the generator learns the target.
Both share the step axis; ranges change only when the data outgrows them, so nothing jitters.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import (
    TEXT_PT,
    DesignTraits,
    Panel,
    PlotWidget,
    log_ticks,
    power_of_ten,
    stable_range,
    style_plot,
    text_font,
)
from playground.ui.plots.gan import FAKE_COLOR, REAL_COLOR
from playground.ui.plots.loss import decimate, nice_ceiling

D_COLOR, G_COLOR = REAL_COLOR, FAKE_COLOR  # the editor's frames use the same pair
DISTANCE_COLOR = "#222222"
MIN_DECADES = 1.0
"""The distance axis spans at least one decade, so it always has a 10ⁿ label or two."""


def line_swatch(color: str, text: str) -> str:
    """Rich text: a short line in ``color`` followed by ``text`` (a legend entry for a curve)."""
    return f'<span style="color:{color}; font-size:{TEXT_PT + 3}pt"><b>━</b></span>&nbsp;{text}'


def decade_ticks(lo: float, hi: float) -> list[list[tuple[float, str]]]:
    """Ticks for a log10 axis over [lo, hi]: 10ⁿ labels, plus 2 and 5 times them (as 0.02, 0.05…) when fewer than
    two decades show."""
    major = log_ticks(lo, hi)
    minor: list[tuple[float, str]] = []
    if len(major) < 2:
        for k in range(int(np.floor(lo)), int(np.ceil(hi)) + 1):
            for m in (2, 5):
                v = k + float(np.log10(m))
                if lo <= v <= hi:
                    minor.append((v, f"{m * 10.0**k:g}" if -3 <= k <= 3 else f"{m}·{power_of_ten(k)}"))
    return [major, minor]


def log_distance(distance: np.ndarray) -> np.ndarray:
    """log10 of the distances, NaN (a gap in the curve) where a distance is 0, negative or not finite."""
    distance = np.asarray(distance, np.float64)
    good = np.isfinite(distance) & (distance > 0)
    out = np.full(distance.shape, np.nan)
    out[good] = np.log10(distance[good])
    return out


def loss_legend(d_now: str = "", g_now: str = "") -> str:
    """'━ discriminator D 0.69   ━ generator G 0.71': whose loss each curve is, with its latest value."""
    return (
        f"{line_swatch(D_COLOR, tr('discriminator D loss {value}', value=d_now).strip())} &nbsp; "
        f"{line_swatch(G_COLOR, tr('generator G loss {value}', value=g_now).strip())}"
    )


class GanMetricsPanel(Panel):
    """D loss and G loss over the steps, and the real ↔ generated distance on a log axis below."""

    title = N_("GAN losses")
    probes = frozenset({"gan"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only a GAN run has two losses and a distance to the target."""
        return traits.data_kind == "gan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loss_plot = PlotWidget()
        self.distance_plot = PlotWidget()
        losses, distance = self.loss_plot.getPlotItem(), self.distance_plot.getPlotItem()
        style_plot(losses, "", tr("loss"))
        style_plot(distance, tr("step"), tr("distance"))
        distance.setXLink(losses)
        losses.getAxis("bottom").setStyle(showValues=False)  # the distance plot below labels the steps
        for item in (losses, distance):
            item.showGrid(x=True, y=True, alpha=0.25)
            item.setMouseEnabled(False, False)
            item.disableAutoRange()  # ranges follow the data only when it outgrows them (_fit_ranges)
            item.getAxis("left").setWidth(64)  # both plots' step axes line up
        self.d_curve = losses.plot(pen=pg.mkPen(D_COLOR, width=2.5))
        self.g_curve = losses.plot(pen=pg.mkPen(G_COLOR, width=2.5))
        self.distance_curve = distance.plot(pen=pg.mkPen(DISTANCE_COLOR, width=2.2))

        self.loss_legend = QLabel()
        self.loss_legend.setToolTip(
            tr(
                "D loss: how badly the discriminator tells real from generated samples (lower: D wins). "
                "G loss: how badly the generator fools D (lower: G wins). In a balanced game neither wins for long"
            )
        )
        self.distance_legend = QLabel()
        self.distance_legend.setToolTip(
            tr(
                "Energy distance between the real samples and the generator's samples: 0 when they come from the "
                "same distribution. Log scale: each grid line down is ten times closer"
            )
        )
        for label in (self.loss_legend, self.distance_legend):
            label.setFont(text_font())
            label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.loss_legend)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.distance_legend)
        layout.addWidget(self.distance_plot, 2)

        self._x_top: float | None = None
        self._loss_range: tuple[float, float] | None = None
        self._distance_range: tuple[float, float] | None = None
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The curves do not depend on the data."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Redraw the three curves from ``snapshot.gan.history`` and print the latest values."""
        gan = snapshot.gan
        if gan is None:
            return  # the probe was not part of this snapshot: keep what is drawn
        self.hide_hint()
        rows = decimate(np.asarray(gan.history, np.float64).reshape(-1, 4))
        steps, d_loss, g_loss = rows[:, 0], rows[:, 1], rows[:, 2]
        log_dist = log_distance(rows[:, 3])
        self.d_curve.setData(steps, d_loss, connect="finite")
        self.g_curve.setData(steps, g_loss, connect="finite")
        self.distance_curve.setData(steps, log_dist, connect="finite")
        self._fit_ranges(steps, np.concatenate([d_loss, g_loss]), log_dist)
        d_now, g_now = (f"{d_loss[-1]:.3g}", f"{g_loss[-1]:.3g}") if len(rows) else ("", "")
        self.loss_legend.setText(loss_legend(d_now, g_now))
        self.distance_legend.setText(
            line_swatch(
                DISTANCE_COLOR, tr("distance real ↔ generated {distance} (0: the same)", distance=f"{gan.distance:.2g}")
            )
        )

    def clear(self) -> None:
        """No run: empty curves, fresh ranges, the hint."""
        for curve in (self.d_curve, self.g_curve, self.distance_curve):
            curve.setData([], [])
        self._x_top = self._loss_range = self._distance_range = None
        self.loss_legend.setText(loss_legend())
        self.distance_legend.setText(line_swatch(DISTANCE_COLOR, tr("distance real ↔ generated (0: the same)")))
        self.show_hint()

    # --- ranges -----------------------------------------------------------------------------

    def _fit_ranges(self, steps: np.ndarray, losses: np.ndarray, log_dist: np.ndarray) -> None:
        """Steps from 0 to a round number past the last; losses from 0; distances over at least a decade."""
        if len(steps) == 0:
            return
        top = nice_ceiling(float(steps[-1]))
        if top != self._x_top:
            self._x_top = top
            self.loss_plot.getPlotItem().setXRange(0, top, padding=0.02)
        losses = losses[np.isfinite(losses)]
        if losses.size:
            new = stable_range(self._loss_range, min(float(losses.min()), 0.0), float(losses.max()), margin=0.05)
            if new is not None:
                self._loss_range = new
                self.loss_plot.getPlotItem().setYRange(*new, padding=0)
        log_dist = log_dist[np.isfinite(log_dist)]
        if log_dist.size:
            lo, hi = float(log_dist.min()), float(log_dist.max())
            if hi - lo < MIN_DECADES:  # widen around the middle so a flat curve is not blown up
                mid = (lo + hi) / 2
                lo, hi = mid - MIN_DECADES / 2, mid + MIN_DECADES / 2
            new = stable_range(self._distance_range, lo, hi, margin=0.05, fill=0.5)
            if new is not None:
                self._distance_range = new
                item = self.distance_plot.getPlotItem()
                item.setYRange(*new, padding=0)
                item.getAxis("left").setTicks(decade_ticks(*new))
