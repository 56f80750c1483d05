"""Gates over time: a recurrent layer's gates and state along one test sequence, one heatmap per gate.

Rows are the layer's units, columns the time steps. Sigmoid gates (forget fₜ, input iₜ, output oₜ;
update zₜ, reset rₜ) are coloured on fixed levels 0..1, candidates and states (C̃ₜ, Cₜ, hₜ, h̃ₜ) on
−1..1, so the colours mean the same in every frame: a forget gate near 1 keeps the memory, near 0
wipes it. The spin box picks the test sequence; the worker is asked for it (option "sequence_sample").
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import GateTrace, Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import (
    TEXT_COLOR,
    TEXT_PT,
    DesignTraits,
    LayoutWidget,
    Panel,
    index_spin,
    step_buttons,
    style_plot,
    text_font,
)
from playground.ui.plots.colors import regression_colormap
from playground.ui.plots.sequence_preview import is_symbolic, sequence_ids, symbol_name, visible_symbol

RECURRENT_KINDS = frozenset({"LSTM", "GRU", "RNN"})
SIGMOID = (0.0, 1.0)
TANH = (-1.0, 1.0)
GATES: dict[str, tuple[str, str, tuple[float, float], str]] = {
    "forget": (N_("forget gate"), "fₜ", SIGMOID, N_("1 keeps the cell's memory, 0 wipes it")),
    "input": (N_("input gate"), "iₜ", SIGMOID, N_("how much of the candidate is written into the cell")),
    "cell candidate": (N_("candidate"), "C̃ₜ", TANH, N_("the new values offered to the cell")),
    "output": (N_("output gate"), "oₜ", SIGMOID, N_("how much of the cell is shown as the hidden state")),
    "cell": (N_("cell state"), "Cₜ", TANH, N_("the LSTM's long-term memory (values beyond ±1 are drawn as ±1)")),
    "update": (N_("update gate"), "zₜ", SIGMOID, N_("how the old state and the candidate are mixed")),
    "reset": (N_("reset gate"), "rₜ", SIGMOID, N_("how much of the old state the candidate sees")),
    "candidate": (N_("candidate"), "h̃ₜ", TANH, N_("the new state offered at this step")),
    "hidden": (N_("hidden state"), "hₜ", TANH, N_("what the layer outputs at each step")),
}
"""Gate name (as in ``GateTrace.gates``) → (words, formula symbol, colour levels, what it does); texts in English."""
ORDER = ("forget", "input", "cell candidate", "output", "cell", "update", "reset", "candidate", "hidden")
"""The order of the maps: as the lecture's formulas compute them."""
MAX_MAPS = 6
BARS_HEIGHT = 62
"""Pixels for the row of colour bars: the bar, its values and its name."""
MAX_SYMBOL_TICKS = 30
"""Symbol sequences up to this length get their symbols as the time axis' labels."""


def trace_maps(trace: GateTrace) -> list[tuple[str, np.ndarray]]:
    """The (name, units × T) maps to draw: the gates, then the cell and the hidden state where not already shown."""
    maps = dict(trace.gates)
    if trace.cell is not None:
        maps.setdefault("cell", trace.cell)
    maps.setdefault("hidden", trace.state)
    known = [n for n in ORDER if n in maps]
    return [(n, maps[n]) for n in known + [n for n in maps if n not in ORDER]][:MAX_MAPS]


def grid_columns(count: int) -> int:
    """Columns of the grid of maps: one map alone, 2×2 for four, three across for five or six."""
    return 1 if count == 1 else 2 if count <= 4 else 3


class GatesPanel(Panel):
    """Heatmaps (units × time) of a recurrent layer's gates and state along one chosen test sequence."""

    title = N_("Gates over time")
    probes = frozenset({"gates"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Designs with an RNN, LSTM or GRU layer."""
        return bool(traits.kinds & RECURRENT_KINDS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer_combo = QComboBox()
        self.layer_combo.setToolTip(tr("Which recurrent layer's gates are shown"))
        self.layer_combo.currentIndexChanged.connect(self._on_layer_changed)
        self.layer_label = QLabel(tr("Layer"))
        sample_label = QLabel(tr("Test sequence"))
        self.prev_button, self.next_button = step_buttons("sequence")
        self.spin = index_spin("sequence")
        for widget in (self.layer_combo, self.layer_label, sample_label):
            widget.setFont(text_font())
        self.prev_button.clicked.connect(self._on_prev)
        self.next_button.clicked.connect(self._on_next)
        self.spin.valueChanged.connect(self._on_sample_changed)
        strip = QHBoxLayout()
        strip.addWidget(self.layer_label)
        strip.addWidget(self.layer_combo)
        strip.addSpacing(8)
        strip.addWidget(sample_label)
        strip.addWidget(self.prev_button)
        strip.addWidget(self.spin)
        strip.addWidget(self.next_button)
        strip.addStretch(1)

        self.maps_widget = LayoutWidget()
        self.maps_widget.setToolTip(tr("Each map: rows are the layer's units, columns the time steps of the sequence"))
        self.plots: list[pg.PlotItem] = []
        self.images: list[pg.ImageItem] = []
        for _ in range(MAX_MAPS):
            plot = pg.PlotItem()
            style_plot(plot, tick_pt=10)
            plot.setMouseEnabled(False, False)
            plot.hideAxis("left")
            plot.getViewBox().invertY(True)  # unit 0 at the top
            image = pg.ImageItem(axisOrder="row-major")
            plot.addItem(image)
            self.plots.append(plot)
            self.images.append(image)
        for plot in self.plots[1:]:
            plot.setXLink(self.plots[0])
        self.gate_bar = self._color_bar(pg.colormap.get("cividis"), SIGMOID, tr("gates σ"))
        self.value_bar = self._color_bar(regression_colormap(), TANH, tr("values tanh"))
        self.bars = pg.GraphicsLayout()
        self.bars.addItem(self.gate_bar, row=0, col=0)
        self.bars.addItem(self.value_bar, row=0, col=1)
        self.bars.layout.setHorizontalSpacing(28)  # the end labels of the two bars must not touch
        self.bars.setMaximumHeight(BARS_HEIGHT)

        self.caption = QLabel()
        self.caption.setFont(text_font(TEXT_PT - 1))
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(strip)
        layout.addWidget(self.maps_widget, 1)
        layout.addWidget(self.caption)

        self.dataset: Dataset | None = None
        self.layer_ids: list[str] = []
        self.map_names: list[str] = []
        """The gates (and states) on show, in grid order."""
        self._snapshot: Snapshot | None = None
        self._pending: int | None = None
        """A sequence chosen here that no snapshot has shown yet (older snapshots must not move the picker back)."""
        self._x_key: tuple = ()
        self.set_dataset(None)
        self.clear()

    def _color_bar(self, cmap: pg.ColorMap, levels: tuple[float, float], label: str) -> pg.ColorBarItem:
        bar = pg.ColorBarItem(
            values=levels, colorMap=cmap, interactive=False, width=12, colorMapMenu=False, orientation="horizontal"
        )
        bar.axis.setTickFont(text_font(10))
        bar.axis.setTextPen(pg.mkPen(TEXT_COLOR))
        bar.axis.setLabel(label, color=TEXT_COLOR, **{"font-size": "11pt"})
        bar.axis.setStyle(hideOverlappingLabels=False)  # the end values are the point: keep them
        bar.axis.setTicks([[(v, f"{v:g}".replace("-", "−")) for v in (levels[0], sum(levels) / 2, levels[1])], []])
        return bar

    # --- the panel interface ----------------------------------------------------------------

    @property
    def sample(self) -> int:
        """The test sequence asked for (what the worker should be told when it starts)."""
        return self.spin.value()

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The test set the sequence picker walks through."""
        self.dataset = dataset if dataset is not None and dataset.kind == "sequence" else None
        count = len(self.dataset.x_test) if self.dataset is not None else 0
        self.spin.blockSignals(True)  # the index is kept; the session tells the worker with ``sample``
        self.spin.setRange(0, max(count - 1, 0))
        self.spin.blockSignals(False)
        for widget in (self.prev_button, self.next_button, self.spin):
            widget.setEnabled(count > 1)
        self._x_key = ()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.gates`` of the chosen layer (the layout is rebuilt only when the gates change)."""
        if not snapshot.gates:
            if self._snapshot is None:
                self.show_hint(tr("Waiting for the gates…"))
            return
        self._snapshot = snapshot
        self.hide_hint()
        ids = list(snapshot.gates)
        if ids != self.layer_ids:
            self.layer_ids = ids
            self.layer_combo.blockSignals(True)
            self.layer_combo.clear()
            self.layer_combo.addItems([snapshot.names.get(nid, nid) for nid in ids])
            self.layer_combo.blockSignals(False)
        many = len(ids) > 1
        self.layer_combo.setVisible(many)
        self.layer_label.setVisible(many)
        self._follow_sample(snapshot.gate_sample)
        self._draw()

    def clear(self) -> None:
        """No run: no maps (the chosen sequence stays), the hint."""
        self._snapshot = None
        self._pending = None
        self.layer_ids = []
        self.layer_combo.clear()
        self.layer_combo.setVisible(False)
        self.layer_label.setVisible(False)
        for image in self.images:
            image.clear()
        self._arrange([])
        self.caption.setText("")
        self.show_hint()

    # --- the sequence picker ----------------------------------------------------------------

    def _on_prev(self) -> None:
        self.spin.stepBy(-1)

    def _on_next(self) -> None:
        self.spin.stepBy(1)

    def _on_sample_changed(self, index: int) -> None:
        self._pending = index
        self.option_changed.emit("sequence_sample", index)

    def _follow_sample(self, shown: int) -> None:
        """Move the picker to the sequence the worker drew, unless a choice made here is still on its way."""
        if self._pending is not None:
            if shown == self._pending:
                self._pending = None
            return
        if 0 <= shown <= self.spin.maximum() and shown != self.spin.value():
            self.spin.blockSignals(True)  # the worker already has it: no need to ask again
            self.spin.setValue(shown)
            self.spin.blockSignals(False)

    def _on_layer_changed(self, _index: int) -> None:
        if self._snapshot is not None:
            self._draw()

    # --- drawing ----------------------------------------------------------------------------

    @property
    def layer(self) -> str:
        """Id of the recurrent layer on show ("" before any gates)."""
        k = self.layer_combo.currentIndex()
        return self.layer_ids[k] if 0 <= k < len(self.layer_ids) else ""

    def _draw(self) -> None:
        snapshot = self._snapshot
        nid = self.layer
        trace = snapshot.gates[nid]
        maps = trace_maps(trace)
        names = [name for name, _ in maps]
        if names != self.map_names:
            self._arrange(names)
        units, steps = trace.state.shape
        for image, (_, values) in zip(self.images, maps, strict=False):
            image.setImage(np.asarray(values, np.float32), autoLevels=False)
            image.setRect(QRectF(0.5, -0.5, values.shape[1], values.shape[0]))
        self._set_time_axis(steps, units, snapshot.gate_sample)
        self.caption.setText(
            tr(
                "{layer}, first layer: {units} units (rows) × {steps} steps (columns) of test sequence {sample}",
                layer=snapshot.names.get(nid, nid),
                units=units,
                steps=steps,
                sample=snapshot.gate_sample,
            )
        )

    def _arrange(self, names: list[str]) -> None:
        """Place one plot per map in a grid, name it, and give its image the gate's levels and colours."""
        self.map_names = names
        grid = self.maps_widget.ci
        grid.clear()  # removes the plots from the layout only: they and their images are kept
        cols = grid_columns(len(names)) if names else 1
        rows = -(-len(names) // cols) if names else 0
        for k, name in enumerate(names):
            words, symbol, levels, meaning = GATES.get(name, (name, "", TANH, ""))
            words, meaning = tr(words), tr(meaning)
            plot, image = self.plots[k], self.images[k]
            grid.addItem(plot, row=k // cols, col=k % cols)
            plot.setTitle(f"{words} {symbol}", size="11pt", color=TEXT_COLOR)
            plot.getAxis("bottom").setStyle(showValues=k // cols == rows - 1)  # time labels on the bottom row
            image.setColorMap((self.gate_bar if levels == SIGMOID else self.value_bar).colorMap())
            image.setLevels(levels)
            plot.setToolTip(tr("{gate}: {meaning}", gate=f"{words} {symbol}", meaning=meaning) if meaning else words)
        if names:
            grid.addItem(self.bars, row=rows, col=0, colspan=cols)
            for row in range(rows):
                grid.layout.setRowStretchFactor(row, 1)
            grid.layout.setRowStretchFactor(rows, 0)  # the colour bars take only the height they need
            used = {GATES.get(n, ("", "", TANH, ""))[2] for n in names}
            self.gate_bar.setVisible(SIGMOID in used)
            self.value_bar.setVisible(TANH in used)
        self._x_key = ()

    def _set_time_axis(self, steps: int, units: int, sample: int) -> None:
        """The time and unit ranges, and for short symbol sequences the symbols themselves as the time labels."""
        key = (steps, units, sample, self.dataset is not None)
        if key == self._x_key:
            return
        self._x_key = key
        self.plots[0].setXRange(0.5, steps + 0.5, padding=0)
        ticks = None
        data = self.dataset
        if data is not None and is_symbolic(data) and 0 <= sample < len(data.x_test) and steps <= MAX_SYMBOL_TICKS:
            ids = sequence_ids(data.x_test[sample : sample + 1])[0]
            if len(ids) == steps:
                ticks = [[(t + 1.0, visible_symbol(symbol_name(int(k), data.class_names))) for t, k in enumerate(ids)]]
        for plot in self.plots:
            plot.getAxis("bottom").setTicks(ticks)
            plot.setYRange(-0.5, units - 0.5, padding=0)

    def time_labels(self) -> list[str]:
        """The labels of the time axis when they are symbols ([] for numbered steps)."""
        levels = self.plots[0].getAxis("bottom")._tickLevels
        return [label for _, label in levels[0]] if levels else []
