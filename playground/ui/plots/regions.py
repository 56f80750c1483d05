"""Regions: the input plane coloured by the on/off code of a layer of step units (a distributed representation).

Each step unit draws one line; together their codes split the plane into regions, each labelled with its code
("101": units 1 and 3 fire). The caption sets the count beside a decision tree's: three lines in general position
make 7 regions, a depth-2 tree with three tests only 4 leaves (lecture 7, figure 1).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.regions import RegionsView
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import DesignTraits, Panel, plane_plot, text_font
from playground.ui.plots.boundary import grid_rect

CODE_PT = 13
REGION_COLORS = (
    "#D9D9D9",
    "#8DD3C7",
    "#FFFFB3",
    "#BEBADA",
    "#FB8072",
    "#80B1D3",
    "#FDB462",
    "#B3DE69",
    "#FCCDE5",
    "#BC80BD",
    "#CCEBC5",
    "#FFED6F",
)
"""Light colours (ColorBrewer Set3) that keep the dark code labels readable; code 0 (no unit fires) is grey."""


def region_rgba(codes: np.ndarray) -> np.ndarray:
    """(n, n) codes → (n, n, 4) uint8 light colours, one per code (a code keeps its colour while the lines move)."""
    palette = np.array([QColor(c).getRgb() for c in REGION_COLORS], dtype=np.uint8)
    return palette[codes % len(palette)]


def regions_caption(view: RegionsView) -> str:
    """The count of regions beside a decision tree's leaves, in one sentence."""
    return tr(
        "Step units: {units} · regions: {regions} (at most {most}) · a decision tree with as many tests: "
        "{leaves} leaves",
        units=view.units,
        regions=view.count,
        most=view.most,
        leaves=view.tree_leaves,
    )


class RegionsPanel(Panel):
    """The plane coloured by region, each region labelled with the units' code, and the count of regions."""

    title = N_("Regions")
    probes = frozenset({"regions"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """A 2D design with hand-set threshold neurons (a lesson can ask for it with step activations too)."""
        return traits.on_plane and "Threshold" in traits.kinds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setFont(text_font(bold=True))
        self.caption.setWordWrap(True)
        self.caption.setToolTip(
            tr(
                "Each step unit splits the plane by a line; the pattern of units that fire names a region. "
                "n lines make up to 1 + n + n(n−1)/2 regions, a decision tree with n tests only n + 1 leaves"
            )
        )
        self.plot = plane_plot()
        self.plot.setToolTip(tr("The input plane coloured by region; each label is the units' outputs, unit 1 first"))
        self.image = pg.ImageItem(axisOrder="col-major")
        self.plot.getPlotItem().addItem(self.image)
        self.code_items: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self.shown: RegionsView | None = None
        self._extent: tuple[float, float, float, float] | None = None
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The regions cover the snapshot's extent."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Colour the plane from ``snapshot.regions`` and label each region with its code."""
        view = snapshot.regions
        if view is None:
            if self.shown is None:
                self.show_hint(tr("The regions need step units: Threshold neurons or a step activation"))
            return
        self.hide_hint()
        self.shown = view
        rect = grid_rect(snapshot.extent, *view.codes.shape)
        # The grid is row-major with y as the row index; ImageItem wants x first: transpose.
        self.image.setImage(region_rgba(view.codes).transpose(1, 0, 2), autoLevels=False, levels=(0, 255), rect=rect)
        if snapshot.extent != self._extent:
            self._extent = snapshot.extent
            xmin, xmax, ymin, ymax = snapshot.extent
            self.plot.getPlotItem().setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)
        self._place_codes(view)
        self.caption.setText(regions_caption(view))

    def clear(self) -> None:
        """No run: an empty plane and the hint."""
        self.shown = None
        self.image.clear()
        self._place_codes(None)
        self.caption.setText("")
        self.show_hint()

    def _place_codes(self, view: RegionsView | None) -> None:
        labels = view.labels if view is not None else []
        while len(self.code_items) < len(labels):  # created once, reused while the count stays
            item = pg.TextItem(anchor=(0.5, 0.5), color="#111111")
            item.setFont(text_font(CODE_PT, bold=True))
            self.plot.getPlotItem().addItem(item)
            self.code_items.append(item)
        for item, (x, y, code) in zip(self.code_items, labels, strict=False):
            item.setText(code)
            item.setPos(x, y)
            item.setVisible(True)
        for item in self.code_items[len(labels) :]:
            item.setVisible(False)

    def code_texts(self) -> list[str]:
        """The codes written on the plane (one per region shown)."""
        return [item.toPlainText() for item in self.code_items if item.isVisible()]
