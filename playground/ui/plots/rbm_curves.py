"""An RBM's learning curves: reconstruction error and free energy on training and test data over the steps.

Contrastive divergence does not minimise either number, but both tell the lecturer what happens: the
reconstruction error (mean squared difference of v and P(v=1|h) after k Gibbs steps) falls as the hidden units
learn to describe the images, and the mean free energy F(v) of training and test data drifts apart when the RBM
starts to overfit (Hinton's practical guide): the training data becomes more probable than unseen data.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import TEXT_PT, DesignTraits, Panel, PlotWidget, stable_range, style_plot, text_font
from playground.ui.plots.gan_metrics import line_swatch
from playground.ui.plots.rbm import has_rbm, rbm_caption

TRAIN_COLOR = "#0072B2"
TEST_COLOR = "#D55E00"


class RbmCurvesPanel(Panel):
    """Reconstruction error and free energy of the RBM on show, training against test data, over the steps."""

    title = N_("RBM training")
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
        self.caption.setToolTip(tr("The RBM whose curves are drawn: the one contrastive divergence trains now"))
        self.legend = QLabel(f"{line_swatch(TRAIN_COLOR, tr('training data'))} &nbsp; "
                             f"{line_swatch(TEST_COLOR, tr('test data'))}")
        self.legend.setFont(text_font(TEXT_PT - 1))
        self.legend.setToolTip(tr("Each measurement uses the same 500 training and 500 test samples"))
        self.error_plot = PlotWidget()
        self.energy_plot = PlotWidget()
        error, energy = self.error_plot.getPlotItem(), self.energy_plot.getPlotItem()
        style_plot(error, "", tr("reconstruction error"))
        style_plot(energy, tr("step"), tr("free energy F(v)"))
        energy.setXLink(error)
        error.getAxis("bottom").setStyle(showValues=False)  # the plot below labels the steps
        self.error_plot.setToolTip(
            tr(
                "Mean squared difference between the visible units and their reconstruction after k Gibbs steps: "
                "it falls as the hidden units learn to describe the data"
            )
        )
        self.energy_plot.setToolTip(
            tr(
                "Mean free energy F(v) = −b_v·v − Σ softplus(Wv + b_h); P(v) ∝ exp(−F(v)). When the training data's "
                "free energy falls below the test data's, the RBM is starting to overfit"
            )
        )
        self.curves: dict[tuple[str, str], pg.PlotDataItem] = {}
        for plot, name in ((error, "error"), (energy, "energy")):
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMouseEnabled(False, False)
            plot.disableAutoRange()
            plot.getAxis("left").setWidth(64)  # both plots' step axes line up
            self.curves[name, "train"] = plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=2.5))
            self.curves[name, "test"] = plot.plot(pen=pg.mkPen(TEST_COLOR, width=2, style=Qt.PenStyle.DashLine))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.legend)
        layout.addWidget(self.error_plot, 1)
        layout.addWidget(self.energy_plot, 1)
        self._ranges: dict[str, tuple[float, float] | None] = {}
        self._drawn = False
        self.clear()

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Nothing depends on the data set."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.rbm``'s history (setters only)."""
        view = snapshot.rbm
        if view is None:
            if not self._drawn:
                self.show_hint(tr("Waiting for the RBM…"))
            return
        self._drawn = True
        self.hide_hint()
        self.caption.setText(rbm_caption(view, snapshot.names.get(view.layer, view.layer)))
        rows = view.history
        steps = rows[:, 0]
        columns = {("error", "train"): 1, ("error", "test"): 2, ("energy", "train"): 3, ("energy", "test"): 4}
        for key, column in columns.items():
            self.curves[key].setData(steps, rows[:, column])
        if len(rows) == 0:
            return
        self._fit("x", self.error_plot, float(steps.min()), float(steps.max()) + 1.0, x=True)
        self._fit("error", self.error_plot, 0.0, float(np.nanmax(rows[:, 1:3])))
        energies = rows[:, 3:5][np.isfinite(rows[:, 3:5])]
        if energies.size:
            self._fit("energy", self.energy_plot, float(energies.min()), float(energies.max()))

    def _fit(self, name: str, widget: PlotWidget, lo: float, hi: float, x: bool = False) -> None:
        """Change an axis range only when the data leaves it (``stable_range``): the plots do not jitter."""
        new = stable_range(self._ranges.get(name), lo, hi)
        if new is None:
            return
        self._ranges[name] = new
        item = widget.getPlotItem()
        item.setXRange(*new, padding=0) if x else item.setYRange(*new, padding=0)

    def clear(self) -> None:
        """No run: empty curves, the hint."""
        self._drawn = False
        self._ranges = {}
        for curve in self.curves.values():
            curve.setData([], [])
        self.caption.setText("")
        self.show_hint()
