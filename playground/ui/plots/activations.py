"""Activation (or weight) histograms per layer as small multiples, titled with dead / saturated shares."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Histogram, Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import TEXT_COLOR, LayoutWidget, Panel, stable_range, style_plot, text_font
from playground.ui.theme import OKABE_ITO

MAX_PLOTS = 12
MIN_PLOT_WIDTH = 120
"""Narrowest small plot, in pixels: its tick labels must stay readable."""
TITLE_PT = 11
WARN_FRACTION = 0.5
"""Dead or saturated shares from here on are written in the warning colour."""
FILL = {"activations": OKABE_ITO[1], "weights": OKABE_ITO[3]}
WARN_COLOR = OKABE_ITO[5]


def pick_layers(ids: list[str], kinds: dict[str, str], limit: int = MAX_PLOTS) -> list[str]:
    """The layers to draw: Activation outputs when the design has any, spread evenly if too many."""
    preferred = [nid for nid in ids if kinds.get(nid) == "Activation"]
    chosen = preferred or ids
    if len(chosen) <= limit:
        return chosen
    return [chosen[i] for i in np.unique(np.linspace(0, len(chosen) - 1, limit).round().astype(int))]


def columns_for(n: int, width: int, min_width: int = MIN_PLOT_WIDTH) -> int:
    """Grid columns for ``n`` small plots in ``width`` pixels: about square, at most 4, none too narrow."""
    return max(1, min(4, math.ceil(math.sqrt(max(n, 1))), width // max(min_width, MIN_PLOT_WIDTH)))


def title_width(names: list[str]) -> int:
    """Pixels the widest possible title of these layers needs (the titles must not be cut off)."""
    metrics = QFontMetrics(text_font(TITLE_PT))
    titles = [tr("{name} · {share} sat.", name=name, share="100%") for name in names]
    titles += [tr("{name} · {share} dead", name=name, share="100%") for name in names]
    return max((metrics.horizontalAdvance(title) for title in titles), default=0) + 16


class ActivationPanel(Panel):
    """One histogram per hidden layer (up to 12), switchable to the weight histograms."""

    title = N_("Activations")
    probes = frozenset({"activations", "weights"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_activations = QRadioButton(tr("Activations"))
        self.show_activations.setToolTip(tr("Histograms of each layer's outputs on up to 512 training points"))
        self.show_weights = QRadioButton(tr("Weights"))
        self.show_weights.setToolTip(tr("Histograms of each trainable layer's weights (biases excluded)"))
        self.show_activations.setChecked(True)
        self.mode_group = QButtonGroup(self)
        for button in (self.show_activations, self.show_weights):
            button.setFont(text_font())
            self.mode_group.addButton(button)
        self.show_activations.toggled.connect(self._on_mode_toggled)
        self.note = QLabel()
        self.note.setFont(text_font(12))
        self.note.setWordWrap(True)
        self.note.setToolTip(
            tr(
                "Dead: ReLU units that output 0 for every sample. Saturated: sigmoid/tanh outputs in "
                "the flat tails, where the derivative is almost 0"
            )
        )

        self.layout_widget = LayoutWidget()
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotDataItem] = []
        for _ in range(MAX_PLOTS):  # created once; a new design only re-arranges them
            plot = pg.PlotItem()
            style_plot(plot, tick_pt=10, minor_labels=False)
            plot.hideAxis("left")
            plot.setMouseEnabled(False, False)
            plot.disableAutoRange()  # ranges follow the data in jumps (_fit): auto-range redraws axes every frame
            curve = pg.PlotDataItem(
                [0.0, 1.0],
                [0.0],
                stepMode="center",
                fillLevel=0,
                pen=pg.mkPen(TEXT_COLOR, width=1),
            )
            plot.addItem(curve)
            self.plots.append(plot)
            self.curves.append(curve)

        top = QHBoxLayout()
        top.addWidget(self.show_activations)
        top.addWidget(self.show_weights)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.layout_widget, 1)

        self.shown: list[str] = []
        self._columns = 1
        self._min_width = 0
        self._x_ranges: list[tuple[float, float] | None] = [None] * MAX_PLOTS
        """Current x range of each small plot (None: not set yet)."""
        self._y_ranges: list[tuple[float, float] | None] = [None] * MAX_PLOTS
        self._titles: list[tuple[str, bool] | None] = [None] * MAX_PLOTS
        self._snapshot: Snapshot | None = None
        self.clear()

    @property
    def mode(self) -> str:
        """ "activations" or "weights": what the small plots show."""
        return "activations" if self.show_activations.isChecked() else "weights"

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Histograms do not depend on the data points."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Set each small plot's histogram and title from the snapshot."""
        hists = snapshot.activation_hist if self.mode == "activations" else snapshot.weight_hist
        if not hists:
            # Every valid design has a hidden node and a weight: the probes were not in this snapshot.
            if not self.shown:
                self.show_hint(tr("Waiting for the histograms…"))
            return
        self._snapshot = snapshot
        self.hide_hint()
        ids = pick_layers(list(hists), snapshot.kinds)
        if ids != self.shown:
            self._arrange(ids)
        total = len([n for n in hists if snapshot.kinds.get(n) == "Activation"] or hists)
        parts = [tr("{shown} of {total} layers", shown=len(ids), total=total)] if len(ids) < total else []
        if self.mode == "activations":
            if any(n in snapshot.saturated_fraction for n in ids):
                parts.append(tr("sat. = in the flat tails"))
            if any(n in snapshot.dead_fraction for n in ids):
                parts.append(tr("dead = never active"))
        self.note.setText(" · ".join(parts))
        brush = pg.mkBrush(pg.mkColor(FILL[self.mode]).lighter(120))
        for i, (plot, curve, nid) in enumerate(zip(self.plots, self.curves, ids, strict=False)):
            hist: Histogram = hists[nid]
            curve.setData(hist.edges, hist.counts, stepMode="center", fillLevel=0, brush=brush)
            title = self._title(snapshot, nid)
            if title != self._titles[i]:  # a new title re-lays out the plot: only on change
                self._titles[i] = title
                plot.setTitle(title[0], size=f"{TITLE_PT}pt", color=WARN_COLOR if title[1] else TEXT_COLOR)
            self._fit(i, plot, self._output_range(snapshot, nid, hist), hist)

    def _fit(self, i: int, plot: pg.PlotItem, fixed: tuple[float, float] | None, hist: Histogram) -> None:
        """Set plot ``i``'s ranges: ``fixed`` or the histogram's edges along x, 0 … the tallest bar along y."""
        if fixed is not None:
            x_range = fixed if fixed != self._x_ranges[i] else None
        else:
            x_range = stable_range(self._x_ranges[i], float(hist.edges[0]), float(hist.edges[-1]), margin=0.03)
        if x_range is not None:
            self._x_ranges[i] = x_range
            plot.setXRange(*x_range, padding=0.02 if fixed else 0)
        top = float(hist.counts.max()) if len(hist.counts) else 1.0
        y_range = stable_range(self._y_ranges[i], 0.0, max(top, 1.0), margin=0.08, fill=0.5)
        if y_range is not None:
            self._y_ranges[i] = (0.0, y_range[1])
            plot.setYRange(0.0, y_range[1], padding=0)

    def _output_range(self, snapshot: Snapshot, nid: str, hist: Histogram) -> tuple[float, float] | None:
        """Sigmoid and tanh outputs on their whole range, so a collapse to a narrow spike shows as one."""
        if self.mode == "activations" and nid in snapshot.saturated_fraction:
            return (0.0, 1.0) if hist.edges[0] >= 0 else (-1.0, 1.0)
        return None

    def clear(self) -> None:
        """No run: no plots, the hint."""
        self._snapshot = None
        self._arrange([])
        self.note.setText("")
        self.show_hint()

    # --- drawing ----------------------------------------------------------------------------

    def _title(self, snapshot: Snapshot, nid: str) -> tuple[str, bool]:
        name = snapshot.names.get(nid, nid)
        if self.mode == "activations":
            if nid in snapshot.dead_fraction:
                share = snapshot.dead_fraction[nid]
                return tr("{name} · {share} dead", name=name, share=f"{share:.0%}"), share >= WARN_FRACTION
            if nid in snapshot.saturated_fraction:
                share = snapshot.saturated_fraction[nid]
                return tr("{name} · {share} sat.", name=name, share=f"{share:.0%}"), share >= WARN_FRACTION
        return name, False

    def _arrange(self, ids: list[str]) -> None:
        """Put one small plot per shown layer in a grid (only when the set of layers changes)."""
        self.shown = ids
        self._x_ranges = [None] * MAX_PLOTS
        self._y_ranges = [None] * MAX_PLOTS
        self._titles = [None] * MAX_PLOTS
        self.layout_widget.clear()
        snapshot = self._snapshot
        self._min_width = title_width([snapshot.names.get(n, n) for n in ids]) if snapshot else 0
        cols = self._columns = columns_for(len(ids), self.layout_widget.width(), self._min_width)
        for i, plot in enumerate(self.plots[: len(ids)]):
            self.layout_widget.addItem(plot, row=i // cols, col=i % cols)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        cols = columns_for(len(self.shown), self.layout_widget.width(), self._min_width)
        if self.shown and cols != self._columns:
            self._arrange(self.shown)

    def _on_mode_toggled(self) -> None:
        self._x_ranges = [None] * MAX_PLOTS  # another kind of values: fit afresh
        self._y_ranges = [None] * MAX_PLOTS
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)

    def histogram_data(self, nid: str) -> tuple[np.ndarray, np.ndarray]:
        """(edges, counts) drawn for layer ``nid``."""
        curve = self.curves[self.shown.index(nid)]
        return curve.xData, curve.yData
