"""Gradient magnitudes per layer: log-scale bars, a layer × time heatmap, the update/weight ratio and a verdict.

Layers run from the input (top) to the output (bottom) in every plot of the panel. A layer's
state compares its gradient norm with the last layer's: below 1/100 it is vanishing, above 100×
exploding.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import (
    TEXT_COLOR,
    TICK_PT,
    LayoutWidget,
    Panel,
    log_ticks,
    style_plot,
    swatch,
    text_font,
)
from playground.ui.plots.colors import state_color
from playground.ui.theme import OKABE_ITO

VANISH_RATIO = 1 / 100
EXPLODE_RATIO = 100.0
HISTORY = 300
"""Snapshots kept in the layer × time heatmap."""
TYPICAL_UPDATE = -3.0
"""log10 of the update/weight ratio that usually means a well-chosen learning rate."""
BAR_HEIGHT = 0.7
TICK_ROOM = 55
"""Pixels per "10⁻³" tick label on the log axes."""
STATES = (N_("vanishing"), N_("healthy"), N_("exploding"))


def round_sig(value: float, digits: int = 2) -> str:
    """2 significant digits with thousands separators: 4123 → '4,100', 0.183 → '0.18'."""
    if value == 0 or not math.isfinite(value):
        return str(value)
    rounded = round(value, digits - 1 - int(math.floor(math.log10(abs(value)))))
    return f"{rounded:,.0f}" if abs(rounded) >= 10 else f"{rounded:g}"


def ratio_text(ratio: float) -> str:
    """4000 → '4,000×', 0.00025 → '1/4,000' (0 → '0×')."""
    if ratio <= 0:
        return "0×"
    return f"{round_sig(ratio)}×" if ratio >= 1 else f"1/{round_sig(1 / ratio)}"


def layer_states(norms: list[float]) -> list[str]:
    """Each layer's state from its gradient norm relative to the last (output-side) layer's."""
    last = norms[-1] if norms else 0.0
    states = []
    for g in norms:
        if not math.isfinite(g):
            states.append("exploding")
        elif last > 0 and g / last < VANISH_RATIO:
            states.append("vanishing")
        elif last > 0 and g / last > EXPLODE_RATIO:
            states.append("exploding")
        else:
            states.append("healthy")
    return states


def gradient_verdict(names: list[str], norms: list[float]) -> str:
    """One sentence on the gradient flow, from the first layer's norm relative to the last's."""
    if not norms:
        return tr("No gradients yet: take a training step.")
    bad = [n for n, g in zip(names, norms, strict=True) if not math.isfinite(g)]
    if bad:
        return tr(
            "Gradients are not finite in {layer}: lower the learning rate or turn on gradient clipping.", layer=bad[0]
        )
    if len(norms) == 1:
        return tr(
            "One trainable layer ({layer}): its gradient norm is {norm}.", layer=names[0], norm=round_sig(norms[0])
        )
    first, last = norms[0], norms[-1]
    if last <= 0:
        return tr("The last layer ({layer}) gets no gradient: the units feeding it may all be dead.", layer=names[-1])
    if first <= 0:
        return tr(
            "The first layer ({layer}) gets no gradient at all: the units after it may all be dead.", layer=names[0]
        )
    ratio = first / last
    if ratio < VANISH_RATIO:
        return tr(
            "Gradients vanish toward the input: the first layer gets {ratio} of the last layer's.",
            ratio=ratio_text(ratio),
        )
    if ratio > EXPLODE_RATIO:
        return tr(
            "Gradients explode toward the input: the first layer gets {ratio} the last layer's.",
            ratio=ratio_text(ratio),
        )
    if ratio >= 1:
        return tr("Gradients flow well: the first layer gets {ratio} the last layer's.", ratio=ratio_text(ratio))
    return tr("Gradients flow well: the first layer gets {ratio} of the last layer's.", ratio=ratio_text(ratio))


def _by_network(ids: list[str], networks: dict[str, str]) -> list[tuple[str, list[int]]]:
    """(network, positions in ``ids``) in order of first appearance; one unnamed group when there are none."""
    groups: dict[str, list[int]] = {}
    for i, nid in enumerate(ids):
        groups.setdefault(networks.get(nid, ""), []).append(i)
    return list(groups.items())


def network_states(ids: list[str], norms: list[float], networks: dict[str, str]) -> list[str]:
    """``layer_states`` within each network of a GAN (each is judged against its own last layer)."""
    states = [""] * len(ids)
    for _, positions in _by_network(ids, networks):
        for i, state in zip(positions, layer_states([norms[i] for i in positions]), strict=True):
            states[i] = state
    return states


def network_verdict(ids: list[str], names: list[str], norms: list[float], networks: dict[str, str]) -> str:
    """``gradient_verdict``, or for a GAN the generator's: its gradient comes through the discriminator, and
    whether it reaches G's first layer is the story (the minimax loss starves it while D wins)."""
    groups = dict(_by_network(ids, networks))
    positions = groups.get("generator")
    if not positions:
        return gradient_verdict(names, norms)
    verdict = gradient_verdict([names[i] for i in positions], [norms[i] for i in positions])
    return tr("Generator: {verdict}", verdict=f"{verdict[0].lower()}{verdict[1:]}")


def safe_log10(values: list[float]) -> np.ndarray:
    """log10 of positive finite values; NaN for zero, negative or non-finite ones."""
    v = np.asarray(values, dtype=np.float64)
    out = np.full(v.shape, np.nan)
    ok = np.isfinite(v) & (v > 0)
    out[ok] = np.log10(v[ok])
    return out


class GradientPanel(Panel):
    """Bars of log10 ‖grad‖ and of log10 ‖Δw‖/‖w‖ per layer, their history as a heatmap, and a verdict."""

    title = N_("Gradients")
    probes = frozenset({"grad_norms", "update_ratio"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel()
        self.verdict.setFont(text_font(bold=True))
        self.verdict.setWordWrap(True)
        self.verdict.setToolTip(
            tr(
                "Compares the gradient reaching the first layer with the last layer's: "
                "below 1/100 it vanishes, above 100× it explodes"
            )
        )
        self.legend = QLabel(" &nbsp; ".join(swatch(state_color(s), tr(s)) for s in STATES))
        self.legend.setFont(text_font(12))
        self.legend.setWordWrap(True)
        self.legend.setToolTip(
            tr("Each layer's gradient compared with the last layer's: below 1/100 vanishing, above 100× exploding")
        )

        self.layout_widget = LayoutWidget()
        self.bars_plot: pg.PlotItem = self.layout_widget.addPlot(row=0, col=0)
        self.update_plot: pg.PlotItem = self.layout_widget.addPlot(row=0, col=1)
        self.heat_plot: pg.PlotItem = self.layout_widget.addPlot(row=0, col=2)
        # Short axis titles: three plots share the width of a dock.
        style_plot(self.bars_plot, "‖grad‖")
        style_plot(self.update_plot, "‖Δw‖/‖w‖")
        style_plot(self.heat_plot, tr("history →"))
        self.bars_plot.setToolTip(tr("Gradient norm of each layer's parameters after the last step (log scale)"))
        self.update_plot.setToolTip(
            tr(
                "Size of the last update relative to the weights (log scale); the dashed line marks 10⁻³, "
                "typical for a well-chosen learning rate"
            )
        )
        for plot in (self.bars_plot, self.update_plot, self.heat_plot):
            plot.setMouseEnabled(False, False)
            plot.getViewBox().invertY(True)  # the input layer at the top, as in the editor's flow
        # One set of rows: the layer names on the left serve all three plots.
        for plot in (self.update_plot, self.heat_plot):
            plot.setYLink(self.bars_plot)
            plot.getAxis("left").setStyle(showValues=False)
        self.bars_plot.showGrid(x=True, alpha=0.25)
        self.update_plot.showGrid(x=True, alpha=0.25)

        self.bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT, pen=pg.mkPen(None))
        self.bars_plot.addItem(self.bars)
        self.update_bars = pg.BarGraphItem(
            x0=[], x1=[], y=[], height=BAR_HEIGHT, brush=pg.mkBrush(OKABE_ITO[3]), pen=pg.mkPen(None)
        )
        self.update_plot.addItem(self.update_bars)
        self.typical_line = pg.InfiniteLine(
            TYPICAL_UPDATE, angle=90, pen=pg.mkPen("#333", width=2, style=Qt.PenStyle.DashLine)
        )
        self.typical_line.setToolTip(
            tr("Updates of about 1/1000 of the weights usually mean a well-chosen learning rate")
        )
        self.update_plot.addItem(self.typical_line, ignoreBounds=True)
        self.update_note = pg.TextItem(tr("after the next step"), color="#555", anchor=(0.5, 0.5))
        self.update_note.setFont(text_font(11))
        self.update_plot.addItem(self.update_note, ignoreBounds=True)
        self.heat = pg.ImageItem(axisOrder="col-major")
        self.heat_plot.addItem(self.heat)
        self.color_bar = pg.ColorBarItem(
            values=(-4, 0),
            colorMap=pg.colormap.get("cividis"),
            interactive=False,
            width=10,
            colorMapMenu=False,
        )
        self.color_bar.setImageItem(self.heat)
        self.color_bar.axis.setTickFont(text_font(10))
        self.color_bar.axis.setTextPen(pg.mkPen(TEXT_COLOR))
        self.color_bar.axis.setLabel("log₁₀ ‖grad‖", color=TEXT_COLOR, **{"font-size": "11pt"})
        self.layout_widget.addItem(self.color_bar, row=0, col=3)
        self.heat_plot.getAxis("bottom").setStyle(showValues=False)
        self.heat_plot.setToolTip(
            tr("log₁₀ of each layer's gradient norm over the last {count} snapshots", count=HISTORY)
        )
        grid = self.layout_widget.ci.layout
        for col, stretch in enumerate((4, 3, 3, 0)):
            grid.setColumnStretchFactor(col, stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.verdict)
        layout.addWidget(self.legend)
        layout.addWidget(self.layout_widget, 1)

        self._layer_ids: list[str] = []
        self._ticks: dict[pg.PlotItem, list[tuple[float, str]]] = {}
        self._buffer = np.full((HISTORY, 0), np.nan)
        self.states: list[str] = []
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Gradients do not depend on the data points."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Update the bars, the heatmap's newest column and the verdict from ``snapshot.grad_norms``."""
        ids = list(snapshot.grad_norms)
        if not ids:
            if snapshot.step == 0:
                self.verdict.setText(gradient_verdict([], []))
                self.show_hint(tr("Gradients appear after the first training step"))
            elif not self._layer_ids:  # the probe was not in this snapshot; the next one has it
                self.show_hint(tr("Waiting for the gradients…"))
            return
        self.hide_hint()
        names = [snapshot.names.get(nid, nid) for nid in ids]
        norms = [snapshot.grad_norms[nid] for nid in ids]
        self.verdict.setText(network_verdict(ids, names, norms, snapshot.networks))
        if ids != self._layer_ids or snapshot.step < self._last_step:  # a new design, or a reset
            self._set_layers(ids, names)
        self._last_step = snapshot.step
        logs = safe_log10(norms)
        self.states = network_states(ids, norms, snapshot.networks)
        # A run whose gradients are all 0 or non-finite has nothing to put on a log axis.
        finite = logs[np.isfinite(logs)]
        floor = math.floor(float(finite.min())) - 0.5 if finite.size else -1.0
        top = math.ceil(float(finite.max())) + 0.3 if finite.size else 0.0
        # A zero gradient gets no bar; an infinite or NaN one a full bar (it is the exploding extreme).
        blown = ~np.isfinite(np.asarray(norms, dtype=np.float64))
        self.bars.setOpts(
            x0=np.full(len(ids), floor),
            x1=np.where(np.isfinite(logs), logs, np.where(blown, top, floor)),
            y=np.arange(len(ids)),
            height=BAR_HEIGHT,
            brushes=[pg.mkBrush(state_color(s)) for s in self.states],
        )
        self._set_log_range(self.bars_plot, floor, top)
        self._draw_updates(snapshot, ids)
        self._buffer[:-1] = self._buffer[1:]
        self._buffer[-1] = logs
        self._filled = min(self._filled + 1, HISTORY)
        self._draw_heat()

    def clear(self) -> None:
        """No run: empty bars and history, the hint."""
        self._layer_ids = []
        self._last_step = 0
        self._buffer = np.full((HISTORY, 0), np.nan)
        self._filled = 0
        self.states = []
        self.bars.setOpts(x0=[], x1=[], y=[], brushes=[])
        self.update_bars.setOpts(x0=[], x1=[], y=[])
        self.heat.clear()
        self.verdict.setText("")
        self.show_hint()

    # --- drawing ----------------------------------------------------------------------------

    def _set_layers(self, ids: list[str], names: list[str]) -> None:
        """A new design: name the rows and restart the history."""
        self._layer_ids = ids
        self._buffer = np.full((HISTORY, len(ids)), np.nan)
        self._filled = 0
        ticks = [[(float(i), name) for i, name in enumerate(names)]]
        # One fixed width for both name columns: the bars and the heatmap rows line up, and the
        # names are drawn in the very first frame (an auto-sized axis needs a second layout pass).
        width = max(QFontMetrics(text_font(TICK_PT)).horizontalAdvance(n) for n in names) + 14
        for plot in (self.bars_plot, self.heat_plot, self.update_plot):
            plot.getAxis("left").setTicks(ticks)
        self.bars_plot.getAxis("left").setWidth(width)
        self.bars_plot.setYRange(-0.5, len(ids) - 0.5, padding=0.02)
        self.update_note.setPos(TYPICAL_UPDATE, (len(ids) - 1) / 2)

    def _draw_updates(self, snapshot: Snapshot, ids: list[str]) -> None:
        ratios = [snapshot.update_ratio.get(nid, math.nan) for nid in ids]
        logs = safe_log10(ratios)
        shown = np.isfinite(logs)
        self.update_note.setVisible(not shown.any())
        if not shown.any():
            self.update_bars.setOpts(x0=[], x1=[], y=[])
            self._set_log_range(self.update_plot, TYPICAL_UPDATE - 2.5, TYPICAL_UPDATE + 2.5)
            return
        floor = min(math.floor(float(logs[shown].min())), TYPICAL_UPDATE - 1) - 0.5
        top = max(math.ceil(float(logs[shown].max())), TYPICAL_UPDATE + 1) + 0.3
        self.update_bars.setOpts(
            x0=np.full(int(shown.sum()), floor), x1=logs[shown], y=np.arange(len(ids))[shown], height=BAR_HEIGHT
        )
        self._set_log_range(self.update_plot, floor, top)

    def _draw_heat(self) -> None:
        # Until the ring buffer is full, show only the part that holds data, stretched to the plot
        # (its x axis has no labels, so moving its range every frame costs little).
        shown = self.history()
        filled = len(shown)
        finite = shown[np.isfinite(shown)]
        lo = math.floor(float(finite.min())) if finite.size else -4.0
        hi = max(math.ceil(float(finite.max())), lo + 1) if finite.size else 0.0
        n = self._buffer.shape[1]
        self.heat.setImage(shown, autoLevels=False, rect=QRectF(-filled, -0.5, filled, n))
        self.heat_plot.setXRange(-filled, 0, padding=0)
        if tuple(self.color_bar.levels()) != (lo, hi):
            self.color_bar.setLevels((lo, hi))  # also sets the image's levels

    def _set_log_range(self, plot: pg.PlotItem, lo: float, hi: float) -> None:
        """Fix the x range of a log10 axis and label its integer ticks as powers of ten, as many as fit."""
        view = plot.getViewBox()
        if view.viewRange()[0] != [lo, hi]:
            plot.setXRange(lo, hi, padding=0)
        ticks = log_ticks(lo, hi, max_ticks=max(2, int(view.width() // TICK_ROOM)))
        if self._ticks.get(plot) != ticks:
            self._ticks[plot] = ticks
            plot.getAxis("bottom").setTicks([ticks, []])

    def history(self) -> np.ndarray:
        """The filled part of the layer × time heatmap: (snapshots, layers) of log10 ‖grad‖, oldest first."""
        return self._buffer[self._buffer.shape[0] - self._filled :]

    def bar_values(self) -> np.ndarray:
        """The drawn gradient bars' ends: log10 of each layer's gradient norm, input → output.

        A zero norm ends at the axis floor (no bar), a non-finite one at the axis top (a full bar).
        """
        return np.asarray(self.bars.opts["x1"], dtype=np.float64)
