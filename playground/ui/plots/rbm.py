"""A restricted Boltzmann machine's hidden units as images, and its reconstructions after k Gibbs steps.

``RbmFiltersPanel`` draws each hidden unit's weights W[j] as a small image over the visible units (the pixels
for the first RBM of a stack; a near-square grid of the units below for a deeper one), on one shared ± colour
scale like the convolution filters. ``RbmReconstructionPanel`` shows test inputs above what the RBM makes of
them after k rounds of sampling h from v and v from h. Both draw ``Snapshot.rbm`` (``engine.rbm.RbmView``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import TEXT_PT, TICK_PT, DesignTraits, Panel, PlotWidget, style_plot, text_font
from playground.ui.plots.filters import GAP_COLOR, SCALE_PERCENTILE, ScaleBar, filter_colormap
from playground.ui.plots.reconstruction import ReconstructionPanel
from playground.ui.plots.tiles import TileLayout, compose, symmetric_level

if TYPE_CHECKING:  # the trainer imports engine.rbm when a run needs it; the panels only read its views
    from playground.engine.rbm import RbmView


def best_columns(count: int, tile_h: int, tile_w: int, width: float, height: float) -> int:
    """The columns that draw ``count`` tiles largest in a ``width``×``height`` box (a tie keeps fewer columns)."""
    best, best_scale = 1, -1.0
    for cols in range(1, count + 1):
        layout = TileLayout(count, tile_h, tile_w, cols)
        scale = min(width / layout.width, height / layout.height)
        if scale > best_scale * 1.001:
            best, best_scale = cols, scale
    return best


def has_rbm(traits: DesignTraits) -> bool:
    """Whether the design has an RBM layer and the run pretrains it (the RBM pretraining makes the "rbm" probe)."""
    return "RBM" in traits.kinds and traits.pretrain == "rbm"


def rbm_caption(view: RbmView, name: str) -> str:
    """Which RBM of the stack is on show and what it does now."""
    if view.training:
        return tr(
            "{layer}: RBM {i} of {n}, learning without labels (CD-{k})", layer=name, i=view.index + 1,
            n=view.count, k=view.k,
        )
    return tr("{layer}: RBM {i} of {n}, pretraining done", layer=name, i=view.index + 1, n=view.count)


class RbmFiltersPanel(Panel):
    """The weights of an RBM's hidden units as images, live, on one diverging colour scale."""

    title = N_("RBM weights")
    probes = frozenset({"rbm"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only designs whose RBM layers the run pretrains."""
        return has_rbm(traits)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setFont(text_font(bold=True))
        self.caption.setWordWrap(True)
        self.caption.setToolTip(
            tr("The RBM being trained; once the pretraining is over, the first RBM of the stack as backprop tunes it")
        )
        self.plot = PlotWidget()
        item = self.plot.getPlotItem()
        style_plot(item, tick_pt=TICK_PT)
        for axis in ("left", "bottom"):
            item.hideAxis(axis)
        item.invertY(True)  # hidden unit 1 at the top left, as it is read
        item.setAspectLocked(True)
        item.setMouseEnabled(False, False)
        item.getViewBox().setBackgroundColor(GAP_COLOR)
        self.plot.setToolTip(
            tr(
                "Each tile is one hidden unit: its weight to every visible unit, drawn where that unit lies in the "
                "image (red excites the unit, blue inhibits it). Trained units become stroke and blob detectors."
            )
        )
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(filter_colormap())
        item.addItem(self.image)
        self.info = QLabel()
        self.info.setFont(text_font(TEXT_PT - 1))
        self.info.setWordWrap(True)
        self.info.setToolTip(tr("How many hidden units are drawn and what one tile shows"))
        self.scale_bar = ScaleBar()
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.scale_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        layout.addLayout(bottom)
        self.view: RbmView | None = None
        self.layout_: TileLayout | None = None
        """Where the tiles are (None: nothing drawn)."""
        self.scale = 0.0
        self._frame_key: tuple | None = None
        self.clear()

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Nothing depends on the data set (the probe sends the tiles in their shape)."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.rbm``'s weight images (setters only)."""
        view = snapshot.rbm
        if view is None:
            if self.view is None:  # the probe was not part of this snapshot: the next one has it
                self.show_hint(tr("Waiting for the RBM…"))
            return
        self.hide_hint()
        self.view = view
        self.caption.setText(rbm_caption(view, snapshot.names.get(view.layer, view.layer)))
        self._draw()

    def clear(self) -> None:
        """No run: no tiles, the hint."""
        self.view = None
        self.layout_ = None
        self.scale = 0.0
        self._frame_key = None
        self.image.clear()
        self.caption.setText("")
        self.info.setText("")
        self.scale_bar.set_scale(None)
        self.show_hint()

    def _draw(self) -> None:
        view = self.view
        if view is None or len(view.weights) == 0:
            return
        tiles = view.weights
        size = self.plot.size()
        cols = best_columns(len(tiles), tiles.shape[1], tiles.shape[2], max(size.width(), 1), max(size.height(), 1))
        picture, self.layout_ = compose(tiles, cols)
        self.scale = symmetric_level(tiles, SCALE_PERCENTILE)
        self.image.setImage(picture, levels=(-self.scale, self.scale), autoLevels=False)
        self.scale_bar.set_scale(self.scale)
        key = (picture.shape, cols)
        if key != self._frame_key:
            self._frame_key = key
            self.plot.getPlotItem().setRange(xRange=(0, picture.shape[1]), yRange=(0, picture.shape[0]), padding=0.02)
        tile = f"{tiles.shape[1]}×{tiles.shape[2]}"
        if len(tiles) < view.hidden:
            self.info.setText(
                tr("first {shown} of {hidden} hidden units · tile {tile}", shown=len(tiles), hidden=view.hidden,
                   tile=tile)
            )
        else:
            self.info.setText(tr("{hidden} hidden units · tile {tile}", hidden=view.hidden, tile=tile))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.view is not None:  # more columns in a wide dock
            self._draw()


class RbmReconstructionPanel(ReconstructionPanel):
    """Test inputs of an RBM and their reconstructions after k Gibbs steps (the autoencoder panel's layout)."""

    title = N_("RBM reconstructions")
    probes = frozenset({"rbm"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only designs whose RBM layers the run pretrains."""
        return has_rbm(traits)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption.setToolTip(
            tr(
                "Mean squared difference between the visible units and their reconstructions after k Gibbs steps, "
                "over 500 test samples"
            )
        )
        self.tiles_widget.setToolTip(
            tr(
                "One column per test sample: what the RBM's visible units hold (the image for the first RBM) and the "
                "probabilities P(v=1|h) after k rounds of sampling h from v and v from h. 0 black, 1 white."
            )
        )

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.rbm``'s inputs and reconstructions."""
        view = snapshot.rbm
        if view is None or len(view.inputs) == 0:
            if not self._drawn:
                self.show_hint(tr("Waiting for the RBM…"))
            return
        self._drawn = True
        self.hide_hint()
        self.tiles_widget.setVisible(True)
        self.vectors.setVisible(False)
        self.legend.setVisible(False)
        self._rows = [np.clip(view.inputs, 0.0, 1.0), np.clip(view.reconstructions, 0.0, 1.0)]
        self._names = [tr("input"), tr("reconstruction, k = {k}", k=view.k)]
        self._fit()
        name = snapshot.names.get(view.layer, view.layer)
        if view.training and len(view.history):
            error = f"{view.history[-1, 2]:.3g}"
            self.caption.setText(tr("{rbm} · error (test MSE): {error}", rbm=rbm_caption(view, name), error=error))
        else:
            self.caption.setText(rbm_caption(view, name))
