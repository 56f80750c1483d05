"""The pretext task as the network sees it: pairs of patches and where it thinks the second one lies.

Each tile is the 3×3 grid of one digit: the centre patch in the middle, the neighbour patch in the cell it was
cut from, the other cells empty. A thick frame marks the cell the network names (green: right, red: wrong), so
the class sees the task and how often it is solved. One pair per position; the same images every time, so the
frames change as the pretraining learns.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.pretext_view import OFFSETS
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import DesignTraits, LayoutWidget, Panel, swatch, text_font
from playground.ui.plots.tiles import compose, display_tiles
from playground.ui.theme import ERROR_COLOR, OK_COLOR

COLUMNS = 4
EMPTY_CELL = 0.88
"""Grey of the cells the pair does not use (the digits' background is black, so empty cells read as empty)."""
GRID_LINE = 0.7
FRAME = 2
"""Pixels of the frame around each cell (the guess's frame is coloured)."""


def hex_rgb(color: str) -> np.ndarray:
    """``"#rrggbb"`` → RGB floats in 0..1."""
    return np.array([int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)], np.float32)


def pair_tile(centre: np.ndarray, other: np.ndarray, truth: int, guess: int) -> np.ndarray:
    """(p, p) centre and neighbour patches → an RGB 3×3 grid with the neighbour in its true cell and the guessed
    cell framed green (right) or red (wrong)."""
    p = centre.shape[0]
    cell = p + 2 * FRAME
    tile = np.full((3 * cell, 3 * cell, 3), GRID_LINE, np.float32)
    places = {(1, 1): centre, (1 + OFFSETS[truth][0], 1 + OFFSETS[truth][1]): other}
    for r in range(3):
        for c in range(3):
            top, left = r * cell, c * cell
            if (r - 1, c - 1) == OFFSETS[guess]:
                tile[top : top + cell, left : left + cell] = hex_rgb(OK_COLOR if guess == truth else ERROR_COLOR)
            inner = tile[top + FRAME : top + FRAME + p, left + FRAME : left + FRAME + p]
            patch = places.get((r, c))
            inner[:] = EMPTY_CELL if patch is None else patch[..., None]
    return tile


class PretextPanel(Panel):
    """Pairs of patches of the relative-position pretext task, with the network's guess framed."""

    title = N_("Pretext task")
    probes = frozenset({"pretext"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only a run pretrained on the relative position of patches."""
        return traits.pretrain == "relative_position"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(
            tr(
                "The network sees the centre patch and one neighbour, and must say where the neighbour was cut "
                "from. Here the neighbour sits in its true place; the frame marks the network's guess."
            )
        )
        self.legend = QLabel()
        for label in (self.caption, self.legend):
            label.setFont(text_font())
            label.setWordWrap(True)
        self.picture = LayoutWidget()
        self.picture.setToolTip(
            tr(
                "One pair of patches for each of the 8 positions, from the same unlabelled digits every time. A "
                "black neighbour (background only) cannot be placed by anyone: such pairs keep the pretext accuracy "
                "well below 100 %"
            )
        )
        self.view: pg.ViewBox = self.picture.addViewBox(lockAspect=True, enableMouse=False)
        self.view.invertY(True)
        self.view.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.legend)
        self.clear()

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The pairs come with each snapshot."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the pairs of ``snapshot.pretext`` with the guesses framed."""
        view = snapshot.pretext
        if view is None:
            return
        self.hide_hint()
        centres, others = display_tiles(view.centre), display_tiles(view.other)
        if centres.ndim == 4:  # colour images: their brightness is enough to show the task
            centres, others = centres.mean(-1), others.mean(-1)
        tiles = np.stack(
            [
                pair_tile(c, o, int(t), int(g))
                for c, o, t, g in zip(centres, others, view.truth, view.predicted, strict=True)
            ]
        )
        picture, _ = compose(tiles, COLUMNS, pad=max(2, tiles.shape[1] // 10), fill=1.0)
        self.image.setImage(picture, autoLevels=False, levels=(0.0, 1.0))
        self.view.autoRange(padding=0.01)
        right = int((view.truth == view.predicted).sum())
        self.legend.setText(
            f"{swatch(OK_COLOR, tr('right guess'))} &nbsp; {swatch(ERROR_COLOR, tr('wrong guess'))} &nbsp; "
            + tr("right: {n} of {total}", n=right, total=len(view.truth))
        )

    def clear(self) -> None:
        """No run: no pairs, the hint."""
        self.image.clear()
        self.legend.setText(f"{swatch(OK_COLOR, tr('right guess'))} &nbsp; {swatch(ERROR_COLOR, tr('wrong guess'))}")
        self.show_hint()
