"""Convolution filters: every kernel of the chosen layer as a small image, on one shared ± colour scale.

A first layer (one input channel) shows one tile per filter; a deeper layer shows a grid with a row
per output filter and a column per input channel (laid out by ``filter_grid``). All tiles are composed
into one picture for one ``ImageItem`` whose levels are ±(99th percentile of |value| over the whole layer),
so 0 is always white and two tiles can be compared by colour; the odd extreme weight saturates instead of
fading every other filter to white.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import FilterSet, Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import (
    TEXT_COLOR,
    TEXT_PT,
    TICK_PT,
    DesignTraits,
    Panel,
    PlotWidget,
    style_plot,
    text_font,
)
from playground.ui.plots.filter_grid import FilterGrid, arrange_filters, as_kernels, index_ticks
from playground.ui.plots.tiles import symmetric_level
from playground.ui.theme import OKABE_ITO

SCALE_PERCENTILE = 99.0
"""The colour scale's ± end: one trained 5×5 weight in 200 can be twice the next; it must not fade the rest."""

CONV_KINDS = frozenset({"Conv2d", "ConvTranspose2d"})
NEGATIVE, POSITIVE = OKABE_ITO[1], OKABE_ITO[5]  # blue and vermillion: apart in every colour vision
GAP_COLOR = "#DCDCDC"
BAR_WIDTH, BAR_HEIGHT = 72, 14
NO_CONV_HINT = N_("No convolution layer in the design")
NO_GRADS_HINT = N_("Gradients appear after the first step")


def filter_colormap() -> pg.ColorMap:
    """Negative → 0 → positive: blue → white → vermillion."""
    return pg.ColorMap([0.0, 0.5, 1.0], [QColor(NEGATIVE), QColor("#FFFFFF"), QColor(POSITIVE)])


class ScaleBar(QWidget):
    """A small horizontal colour bar labelled −scale, 0, +scale: what the tiles' colours mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = QLabel(), QLabel()
        for label in (self.low, self.high):
            label.setFont(text_font(TEXT_PT - 1))
            # Never squeezed by the wrapping caption beside it: the numbers are the point.
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.ramp = QLabel()
        self.ramp.setFixedSize(BAR_WIDTH, BAR_HEIGHT)
        self.ramp.setStyleSheet(
            "QLabel { border: 1px solid #888; background: qlineargradient(x1:0, y1:0, x2:1, y2:0,"
            f" stop:0 {NEGATIVE}, stop:0.5 #FFFFFF, stop:1 {POSITIVE}); }}"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in (self.low, self.ramp, self.high):
            row.addWidget(widget)
        self.setToolTip(tr("The colour scale shared by every tile: white is 0, full colour is ± the largest value"))
        self.set_scale(None)

    def set_scale(self, scale: float | None) -> None:
        """Label the ends ±``scale`` (None: hide the bar)."""
        self.setVisible(scale is not None)
        if scale is not None:
            self.low.setText(f"−{scale:.2g}")
            self.high.setText(f"+{scale:.2g}")

    def text(self) -> str:
        """The two end labels, for tests and screen readers."""
        return f"{self.low.text()} … {self.high.text()}"


class FiltersPanel(Panel):
    """The kernels (or their gradients) of one convolution layer, live, on one diverging colour scale."""

    title = N_("Convolution filters")
    probes = frozenset({"filters"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only designs with a convolution layer have filters to show."""
        return bool(traits.kinds & CONV_KINDS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layer_label = QLabel(tr("Layer"))
        layer_label.setFont(text_font())
        self.layer_combo = QComboBox()
        self.layer_combo.setFont(text_font())
        self.layer_combo.setToolTip(tr("Which convolution layer's filters to show"))
        self.layer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer_combo.currentIndexChanged.connect(self._on_layer_chosen)
        self.gradients = QCheckBox(tr("Gradients"))
        self.gradients.setFont(text_font())
        self.gradients.setToolTip(
            tr("Show how the last training step wants to change each kernel (the gradient) instead of the kernel")
        )
        self.gradients.toggled.connect(self._on_gradients_toggled)
        self.scale_bar = ScaleBar()

        top = QHBoxLayout()
        top.addWidget(layer_label)
        top.addWidget(self.layer_combo)
        top.addSpacing(8)
        top.addWidget(self.gradients)
        top.addStretch(1)

        self.plot = PlotWidget()
        item = self.plot.getPlotItem()
        style_plot(item, tick_pt=TICK_PT)
        top_axis = item.getAxis("top")
        top_axis.setTickFont(text_font(TICK_PT))
        top_axis.setPen(pg.mkPen(TEXT_COLOR))
        top_axis.setTextPen(pg.mkPen(TEXT_COLOR))
        item.hideAxis("bottom")
        item.invertY(True)  # filter 1 at the top, as it is read
        item.setAspectLocked(True)
        item.setMouseEnabled(False, False)
        # Grey between the tiles, so a kernel of near-zero (white) weights still shows its edges.
        item.getViewBox().setBackgroundColor(GAP_COLOR)
        self.plot.setToolTip(tr("Each tile is one kernel; hover a tile to see which filter and input channel it is"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(filter_colormap())
        item.addItem(self.image)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

        self.info = QLabel()
        self.info.setFont(text_font(TEXT_PT - 1))
        self.info.setWordWrap(True)
        self.info.setToolTip(
            tr("How many of the layer's filters are drawn (the rest are left out to keep tiles large)")
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.scale_bar)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addLayout(bottom)

        self.grid: FilterGrid | None = None
        """What is on show (None: nothing drawn)."""
        self.scale = 0.0
        """The shared colour scale: the tiles span -scale … +scale."""
        self.layer: str | None = None
        """Id of the layer on show."""
        self._wanted: str | None = None
        """The layer the user picked, kept while it is absent (a reset, a design without it for a while)."""
        self._snapshot: Snapshot | None = None
        self._rgb_input = False
        self._frame_key: tuple | None = None
        self.hovered: tuple[int, int] | None = None
        """(filter, input channel) under the mouse."""
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Colour images label the first layer's input channels R, G, B."""
        self._rgb_input = dataset is not None and tuple(dataset.image_shape[:1]) == (3,)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the chosen layer's kernels (or gradients) from ``snapshot.filters``."""
        if not snapshot.filters:
            if not CONV_KINDS & set(snapshot.kinds.values()):
                self._snapshot = None
                self._blank(tr(NO_CONV_HINT))
                self._set_layers([])
            elif self._snapshot is None:
                # The probe was not in this snapshot (the panel was just shown): the next one has it.
                self.show_hint(tr("Waiting for the filters…"))
            return
        self._snapshot = snapshot
        self._set_layers([(nid, snapshot.names.get(nid, nid)) for nid in self._ordered(snapshot)])
        self._draw()

    def clear(self) -> None:
        """No run: no tiles, no layers to pick (the user's pick is remembered), the hint."""
        self._snapshot = None
        self._set_layers([])
        self._blank()
        self.show_hint()

    # --- layer picker -----------------------------------------------------------------------

    @staticmethod
    def _ordered(snapshot: Snapshot) -> list[str]:
        """Conv layer ids in the design's order (``names`` is topological), then any unnamed ones."""
        ordered = [nid for nid in snapshot.names if nid in snapshot.filters]
        return ordered + [nid for nid in snapshot.filters if nid not in ordered]

    def _set_layers(self, layers: list[tuple[str, str]]) -> None:
        """Refill the picker only when the layers change, keeping the user's pick when it is there."""
        current = [
            (self.layer_combo.itemData(i), self.layer_combo.itemText(i)) for i in range(self.layer_combo.count())
        ]
        if layers != current:
            self.layer_combo.blockSignals(True)
            self.layer_combo.clear()
            for nid, name in layers:
                self.layer_combo.addItem(name, nid)
            self.layer_combo.blockSignals(False)
        ids = [nid for nid, _ in layers]
        self.layer = self._wanted if self._wanted in ids else (ids[0] if ids else None)
        if self.layer is not None and self.layer_combo.currentIndex() != ids.index(self.layer):
            self.layer_combo.blockSignals(True)
            self.layer_combo.setCurrentIndex(ids.index(self.layer))
            self.layer_combo.blockSignals(False)
        self.layer_combo.setEnabled(len(ids) > 1)

    def _on_layer_chosen(self, index: int) -> None:
        if index < 0:
            return
        self._wanted = self.layer = self.layer_combo.itemData(index)
        if self._snapshot is not None:
            self._draw()

    def _on_gradients_toggled(self) -> None:
        if self._snapshot is not None:
            self._draw()

    # --- drawing ----------------------------------------------------------------------------

    def _blank(self, hint: str | None = None) -> None:
        self.grid = None
        self.scale = 0.0
        self._frame_key = None
        self.image.clear()
        self.scale_bar.set_scale(None)
        self.info.setText("")
        if hint is not None:
            self.show_hint(hint)

    def _draw(self) -> None:
        snapshot, nid = self._snapshot, self.layer
        if snapshot is None or nid is None:
            return
        filters: FilterSet = snapshot.filters[nid]
        showing_grads = self.gradients.isChecked()
        values = filters.grads if showing_grads else filters.weights
        if values is None:
            self._blank(tr(NO_GRADS_HINT))
            return
        self.hide_hint()
        kernels = as_kernels(np.asarray(values, dtype=np.float32), snapshot.kinds.get(nid, "Conv2d"))
        self.scale = symmetric_level(kernels, SCALE_PERCENTILE)  # every filter of the layer, shown or not
        size = self.plot.size()
        self.grid = arrange_filters(kernels, max(size.width(), 1) / max(size.height(), 1))
        self.image.setImage(self.grid.picture, levels=(-self.scale, self.scale), autoLevels=False)
        self._frame(nid)
        self.scale_bar.set_scale(self.scale)
        self._show_info()

    def _frame(self, nid: str) -> None:
        """Axes and range follow the grid's layout (set again only when it changes)."""
        grid = self.grid
        key = (nid, grid.layout, grid.matrix, grid.transposed, self._rgb_input)
        if key == self._frame_key:
            return
        self._frame_key = key
        item = self.plot.getPlotItem()
        layout = grid.layout
        item.setRange(xRange=(0, layout.width), yRange=(0, layout.height), padding=0.02)
        if not grid.matrix:
            item.hideAxis("left")
            item.hideAxis("top")
            return
        item.showAxis("left")
        item.showAxis("top")
        first_conv = self._snapshot is not None and self._ordered(self._snapshot)[0] == nid
        rgb = self._rgb_input and first_conv and grid.in_channels == 3
        filters = (tr("filter"), grid.shown_filters, None)
        channels = (tr("input channel"), grid.shown_channels, ["R", "G", "B"] if rgb else None)
        down, across = (channels, filters) if grid.transposed else (filters, channels)
        label_style = {"color": TEXT_COLOR, "font-size": f"{TICK_PT + 1}pt"}
        item.setLabel("left", down[0], **label_style)
        item.setLabel("top", across[0], **label_style)
        step_y, step_x = layout.tile_h + layout.pad, layout.tile_w + layout.pad
        item.getAxis("left").setTicks([index_ticks(down[1], layout.pad + layout.tile_h / 2, step_y, down[2])])
        item.getAxis("top").setTicks([index_ticks(across[1], layout.pad + layout.tile_w / 2, step_x, across[2])])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        # The grid follows the panel's shape: a wide dock gets more columns, or the filters across.
        if self.grid is not None:
            self._draw()

    # --- hover ------------------------------------------------------------------------------

    def _on_mouse_moved(self, pos: QPointF) -> None:
        point = self.plot.getPlotItem().vb.mapSceneToView(pos)
        index = None if self.grid is None else self.grid.layout.tile_at(point.y(), point.x())
        self.hovered = None if index is None else self.grid.tile_of(index)
        self._show_info()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().leaveEvent(event)
        self.hovered = None
        self._show_info()

    def _show_info(self) -> None:
        """The caption: how much of the layer is drawn, or what the hovered tile is (kept while training)."""
        grid, snapshot = self.grid, self._snapshot
        if grid is None or snapshot is None or self.layer is None:
            return
        name = snapshot.names.get(self.layer, self.layer)
        if self.hovered is None or self.hovered[0] >= grid.shown_filters or self.hovered[1] >= grid.shown_channels:
            self.info.setText(tr("{layer}: {caption}", layer=name, caption=grid.caption()))
            return
        f, c = self.hovered
        kernel = grid.kernel(f, c)
        low, high = f"{kernel.min():.2g}", f"{kernel.max():.2g}"
        if grid.matrix:
            text = tr(
                "{layer}: filter {filter}, input {input} · {low} … {high}",
                layer=name,
                filter=f + 1,
                input=c + 1,
                low=low,
                high=high,
            )
        else:
            text = tr("{layer}: filter {filter} · {low} … {high}", layer=name, filter=f + 1, low=low, high=high)
        self.info.setText(text)
