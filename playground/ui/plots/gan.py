"""GAN on the plane, GAN Lab style: the discriminator's verdict as a heatmap, real and fake samples, and arrows.

The background is D's P(real) over the plane (green where D says "real", purple where it says "fake");
real samples are green dots, generated samples purple dots, and from each fake sample an arrow shows
where the generator's loss pushes it (−∂L_G/∂x). Arrow lengths follow the gradient's size on a fixed
scale, the same in every frame and every run: arrows shrink when G's gradient vanishes (minimax loss
while D wins) instead of being rescaled to look the same, and two losses can be compared by eye.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import GanView, Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import TEXT_COLOR, TICK_PT, DesignTraits, Panel, plane_plot, swatch, text_font
from playground.ui.plots.boundary import grid_rect

# ColorBrewer's purple–green pair (PRGn): diverging and safe for the common colour-vision deficiencies.
REAL_COLOR = "#1B7837"
"""Real samples, and D's "real" end (also the discriminator's frame in the editor)."""
FAKE_COLOR = "#762A83"
"""Generated samples, and D's "fake" end (also the generator's frame in the editor)."""
REAL_PALE, NEUTRAL, FAKE_PALE = "#A6DBA0", "#F7F7F7", "#C2A5CF"
ARROW_COLOR = "#40004B"
POINT_SIZE = 7
MAX_PREVIEW_POINTS = 400
"""Real samples drawn from the dataset before the first snapshot (the snapshot brings its own subset)."""

ARROW_REACH = 0.09
"""The longest arrow, as a share of the plane's width."""
HEAD_SHARE, HEAD_MAX = 0.35, 0.025
"""An arrow head is this share of its arrow, at most HEAD_MAX of the plane's width."""
HEAD_ANGLE = np.deg2rad(28.0)
MAX_ARROWS = 120
"""Arrows drawn at most (from evenly spaced fakes): more turn the plane into a hairy mess."""
PUSH_SCALE = 3.0
"""A push whose loss change over the plane's width (|∂L_G/∂x|·width) is this much draws a ~¾-length arrow."""


def gan_colormap() -> pg.ColorMap:
    """D's P(real) from 0 to 1: pale purple (fake-looking) → light grey (unsure) → pale green (real-looking)."""
    return pg.ColorMap([0.0, 0.5, 1.0], [QColor(FAKE_PALE), QColor(NEUTRAL), QColor(REAL_PALE)])


def verdict_bar() -> pg.ColorBarItem:
    """The heatmap's legend: a fixed bar from "fake" (P(real) = 0) to "real" (1), not linked to any image."""
    bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=gan_colormap(), width=14, interactive=False, colorMapMenu=False)
    axis = bar.getAxis("right")
    axis.setTicks([[(0.0, tr("fake")), (0.5, "0.5"), (1.0, tr("real"))], []])
    axis.setTickFont(text_font(TICK_PT))
    axis.setTextPen(pg.mkPen(TEXT_COLOR))
    axis.setWidth(48)
    bar.setToolTip(tr("The discriminator's verdict P(real): 1 (green) real-looking, 0 (purple) fake-looking"))
    return bar


def arrow_segments(origins: np.ndarray, pushes: np.ndarray, width: float) -> tuple[np.ndarray, np.ndarray]:
    """x and y of line-segment pairs (shaft, two head strokes) for arrows from ``origins`` along ``pushes``.

    An arrow's length is ``ARROW_REACH·width·tanh(|push|·width / PUSH_SCALE)``: proportional for small
    pushes, never longer than ARROW_REACH of the plane; in plane units, so a zoomed-out plane (whose
    gradients are smaller per unit) draws the same picture. Six points per arrow, for ``connect="pairs"``.
    """
    origins = np.asarray(origins, np.float64).reshape(-1, 2)
    pushes = np.nan_to_num(np.asarray(pushes, np.float64).reshape(-1, 2), nan=0.0, posinf=0.0, neginf=0.0)
    norms = np.hypot(pushes[:, 0], pushes[:, 1])
    lengths = ARROW_REACH * width * np.tanh(norms * width / PUSH_SCALE)
    safe = np.where(norms > 0, norms, 1.0)
    direction = pushes / safe[:, None]
    tips = origins + direction * lengths[:, None]
    head = np.minimum(HEAD_SHARE * lengths, HEAD_MAX * width)
    back = -direction
    cos, sin = np.cos(HEAD_ANGLE), np.sin(HEAD_ANGLE)
    left = np.stack([back[:, 0] * cos - back[:, 1] * sin, back[:, 0] * sin + back[:, 1] * cos], axis=1)
    right = np.stack([back[:, 0] * cos + back[:, 1] * sin, -back[:, 0] * sin + back[:, 1] * cos], axis=1)
    points = np.stack(
        [origins, tips, tips, tips + left * head[:, None], tips, tips + right * head[:, None]], axis=1
    ).reshape(-1, 2)
    return points[:, 0], points[:, 1]


def arrow_subset(n: int) -> np.ndarray:
    """Indices of the fakes that get an arrow: all of them, or MAX_ARROWS evenly spaced (the same every frame)."""
    if n <= MAX_ARROWS:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, MAX_ARROWS).round().astype(np.int64))


def caption_text(gan: GanView) -> str:
    """'D(real) 0.71 · D(fake) 0.32 · distance 0.045'."""
    return tr(
        "D(real) {d_real} · D(fake) {d_fake} · distance {distance}",
        d_real=f"{gan.d_real:.2f}",
        d_fake=f"{gan.d_fake:.2f}",
        distance=f"{gan.distance:.2g}",
    )


class GanPanel(Panel):
    """D's P(real) over the plane, real (green) and generated (purple) samples, arrows of G's push."""

    title = N_("GAN: real vs generated")
    probes = frozenset({"gan"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only a GAN has real and generated samples to draw."""
        return traits.data_kind == "gan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plane_plot()
        item = self.plot.getPlotItem()
        self.heat = pg.ImageItem(axisOrder="col-major")
        self.heat.setColorMap(gan_colormap())
        white = pg.mkPen(255, 255, 255, 230, width=1.0)
        self.real_points = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True, brush=pg.mkBrush(REAL_COLOR), pen=white)
        self.fake_points = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True, brush=pg.mkBrush(FAKE_COLOR), pen=white)
        # pyqtgraph has no arrow field: all shafts and heads are one item of segment pairs.
        self.arrows = pg.PlotDataItem(pen=pg.mkPen(ARROW_COLOR, width=1.6), connect="pairs")
        for z, it in enumerate((self.heat, self.real_points, self.fake_points, self.arrows)):
            it.setZValue(z)
            item.addItem(it)
        self.color_bar = verdict_bar()
        item.layout.addItem(self.color_bar, 2, 5)  # right of the plane, where pyqtgraph puts a colour bar
        item.layout.setColumnFixedWidth(4, 6)
        item.layout.setContentsMargins(2, 9, 2, 2)  # room above the bar for its top label ("real")

        self.show_heat = QCheckBox(tr("D map"))
        self.show_heat.setToolTip(
            tr(
                "Colour the plane by the discriminator's verdict P(real): green where D says real, purple where it "
                "says fake, grey where it cannot tell (0.5)"
            )
        )
        self.show_arrows = QCheckBox(tr("Arrows"))
        self.show_arrows.setToolTip(
            tr(
                "From each generated sample, where the generator's loss pushes it (−∂L_G/∂x). Longer arrows: a "
                "stronger push, on the same scale in every run; arrows that shrink while D wins show G's gradient "
                "vanishing"
            )
        )
        for box in (self.show_heat, self.show_arrows):
            box.setFont(text_font())
            box.setChecked(True)
        self.show_heat.toggled.connect(self.heat.setVisible)
        self.show_arrows.toggled.connect(self.arrows.setVisible)
        self.legend = QLabel(
            f"{swatch(REAL_COLOR, tr('real'))} &nbsp; {swatch(FAKE_COLOR, tr('generated'))} &nbsp; "
            f'<span style="color:{ARROW_COLOR}"><b>→</b></span>&nbsp;{tr("push")}'
        )
        self.legend.setFont(text_font())
        self.legend.setWordWrap(True)
        self.legend.setToolTip(
            tr(
                "Dots: real samples (green) and the generator's samples (purple). Arrows: where the generator's "
                "loss moves each generated sample. Background (bar on the right): the discriminator's P(real)"
            )
        )
        self.caption = QLabel()
        self.caption.setFont(text_font())
        self.caption.setToolTip(
            tr(
                "D(real), D(fake): the mean P(real) the discriminator gives real and generated samples (both near "
                "0.5 when it cannot tell them apart). Distance: energy distance between the real and generated "
                "samples (0 when they have the same distribution)"
            )
        )

        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.show_heat)
        top.addWidget(self.show_arrows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)

        self.dataset: Dataset | None = None
        self._gan: GanView | None = None
        self._extent: tuple[float, float, float, float] | None = None
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Draw a GAN dataset's real samples and frame its plane until the run brings its own."""
        self.dataset = dataset if dataset is not None and dataset.kind == "gan" else None
        if self.dataset is None:
            self.real_points.setData([], [])
            return
        real = self.dataset.points_train[:MAX_PREVIEW_POINTS]
        self.real_points.setData(real[:, 0], real[:, 1])
        self._frame(self.dataset.extent)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.gan`` (only setters on the items made in ``__init__``)."""
        gan = snapshot.gan
        if gan is None:
            if self._gan is None:  # the probe was not part of this snapshot: the next one has it
                self.show_hint(tr("Waiting for the generator…"))
            return
        self._gan = gan
        self.hide_hint()
        rect = grid_rect(gan.extent, gan.d_grid.shape[0], gan.d_grid.shape[1])
        # The grid is row-major with y as the row index; ImageItem wants x first: transpose.
        self.heat.setImage(gan.d_grid.T, autoLevels=False, levels=(0.0, 1.0), rect=rect)
        self.real_points.setData(gan.real[:, 0], gan.real[:, 1])
        self.fake_points.setData(gan.fake[:, 0], gan.fake[:, 1])
        shown = arrow_subset(len(gan.fake))
        xs, ys = arrow_segments(gan.fake[shown], gan.fake_grad[shown], gan.extent[1] - gan.extent[0])
        self.arrows.setData(xs, ys, connect="pairs")
        self.caption.setText(caption_text(gan))
        if gan.extent != self._extent:
            self._frame(gan.extent)

    def clear(self) -> None:
        """No run: drop D's map, the fakes and the arrows (the dataset's real samples stay), show the hint."""
        self._gan = None
        self.heat.clear()
        self.fake_points.setData([], [])
        self.arrows.setData([], [])
        self.caption.setText("")
        self.show_hint()

    def _frame(self, extent: tuple[float, float, float, float]) -> None:
        self._extent = extent
        xmin, xmax, ymin, ymax = extent
        self.plot.getPlotItem().setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)
