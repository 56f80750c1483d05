"""The small heatmaps under a hidden layer's node: each unit's output over the input plane.

One ``NeuronStripItem`` per node (a child of its ``NodeItem``, so it moves with it), made the first
time the node has maps and then only refilled: the tiles share one QImage over a numpy buffer that
each snapshot overwrites in place. The colours are the decision boundary's (in stronger tints), so
a unit that already separates the classes looks like a small decision boundary.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from playground.ui.editor import style
from playground.ui.editor.items import NodeItem
from playground.ui.i18n import tr
from playground.ui.plots.colors import NEUTRAL, class_color, pale
from playground.ui.plots.neurons import colour_maps, colour_table

TILE = 22.0
GAP = 2.0
COLUMNS = 8
MAX_CELLS = 16
"""Cells under a node: up to 16 maps; beyond that 14 maps and a "+N" that takes the last two cells."""
FEW_UNITS = 4
"""Up to this many units the tiles are twice as large (one row): a single unit deserves a readable map."""
BIG_TILE = 2 * TILE + GAP
STRIP_WIDTH = COLUMNS * TILE + (COLUMNS - 1) * GAP
STRIP_LEFT = (style.NODE_WIDTH - STRIP_WIDTH) / 2
STRIP_TOP = style.NODE_HEIGHT + 3
"""Right under the box: two rows of tiles stay within the auto-layout's 50 px gap between rows."""
TILE_PALE = 0.15
TILE_BORDER = QColor("#9A9A9A")
HOVER_BORDER = QColor("#1E1E1E")

HoverHandler = Callable[[str, "int | None"], None]


@cache
def tile_colormap() -> pg.ColorMap:
    """The decision boundary's colour map (class 0's colour → grey → class 1's) in stronger tints.

    The boundary panel pales its colours so the data points drawn on top stand out; a tile of a
    couple of dozen pixels has no points and needs the contrast.
    """
    ends = [pale(class_color(k), TILE_PALE) for k in (0, 1)]
    return pg.ColorMap([0.0, 0.5, 1.0], [ends[0], QColor(NEUTRAL), ends[1]])


def map_rgba(values: np.ndarray, levels: tuple[float, float]) -> np.ndarray:
    """(..., n, n) values → (..., n, n, 4) RGBA bytes through ``tile_colormap`` spanning ``levels``."""
    return colour_maps(values, levels, _lookup_table())


@cache
def _lookup_table() -> np.ndarray:
    return colour_table(tile_colormap())


def cell_rects(units: int) -> tuple[list[QRectF], QRectF | None]:
    """Where the tiles of ``units`` maps go (local to the strip) and the "+N" cell, if the maps do not all fit."""
    size, columns = (BIG_TILE, FEW_UNITS) if units <= FEW_UNITS else (TILE, COLUMNS)
    shown = units if units <= MAX_CELLS else MAX_CELLS - 2
    rects = [
        QRectF(STRIP_LEFT + (i % columns) * (size + GAP), (i // columns) * (size + GAP), size, size)
        for i in range(shown)
    ]
    if shown == units:
        return rects, None
    last = rects[-1]
    return rects, QRectF(last.right() + GAP, last.top(), 2 * TILE + GAP, TILE)


class NeuronStripItem(QGraphicsItem):
    """Tiles of one hidden layer's unit maps under its node; hovering a tile reports ``(node id, unit)``."""

    def __init__(self, node: NodeItem, on_hover: HoverHandler) -> None:
        super().__init__(node)
        self.node_id = node.node_id
        self.on_hover = on_hover
        self.layer_name = ""
        self.units = 0
        """The layer's number of units (maps beyond the shown tiles are counted in ``more_text``)."""
        self.levels = (0.0, 1.0)
        self.hovered_unit: int | None = None
        self.rects: list[QRectF] = []
        self.more_rect: QRectF | None = None
        self.pixels = np.zeros((0, 0, 4), np.uint8)
        """The shown tiles stacked top to bottom, (tiles * n, n, 4) RGBA: ``image`` draws from this buffer."""
        self.image = QImage()
        self._grid = 0
        self.setPos(0, STRIP_TOP)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks fall through to the canvas

    @property
    def shown(self) -> int:
        """How many unit maps are drawn as tiles."""
        return len(self.rects)

    @property
    def more_text(self) -> str:
        """"+N" for the units without a tile, or "" when every unit has one."""
        return f"+{self.units - self.shown}" if self.units > self.shown else ""

    def set_maps(self, name: str, maps: np.ndarray, units: int, levels: tuple[float, float]) -> None:
        """Show the first tiles of ``maps`` ((≥ tiles, n, n), rows from the bottom of the plane) of a layer of
        ``units`` units, coloured over ``levels``."""
        if units != self.units or name != self.layer_name:
            self.prepareGeometryChange()
            self.layer_name, self.units = name, units
            self.rects, self.more_rect = cell_rects(units)
            self._update_tooltip(levels)
        shown, n = self.shown, maps.shape[-1]
        if self.pixels.shape != (shown * n, n, 4):
            # A new buffer only when the tile count or the grid changes; QImage reads the buffer in place.
            self.pixels = np.zeros((shown * n, n, 4), np.uint8)
            self.image = QImage(self.pixels.data, n, shown * n, n * 4, QImage.Format.Format_RGBA8888)
            self._grid = n
        # Flip the rows: the image's first row is its top, the plane's first grid row its bottom.
        self.pixels[...] = map_rgba(maps[:shown, ::-1, :], levels).reshape(shown * n, n, 4)
        if levels != self.levels:
            self._update_tooltip(levels)
        self.levels = levels
        self.update()

    def tile_at(self, pos: QPointF) -> int | None:
        """The unit whose tile covers ``pos`` (item coordinates), or None."""
        return next((i for i, r in enumerate(self.rects) if r.contains(pos)), None)

    def tile_scene_rect(self, unit: int) -> QRectF:
        """Scene rectangle of the tile of ``unit`` (for tests and tooltips)."""
        return self.mapRectToScene(self.rects[unit])

    def _update_tooltip(self, levels: tuple[float, float]) -> None:
        self.setToolTip(
            tr(
                "{layer}: each map is one unit's output over the input plane "
                "(colours span {low} … {high}). "
                "Hover a map to see it large in the Decision boundary panel.",
                layer=self.layer_name,
                low=f"{levels[0]:.3g}",
                high=f"{levels[1]:.3g}",
            )
        )

    # --- Qt item interface -------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        rect = QRectF()
        for r in [*self.rects, *([self.more_rect] if self.more_rect else [])]:
            rect = rect.united(r)
        return rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.rects or self.image.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        n = self._grid
        for i, rect in enumerate(self.rects):
            painter.drawImage(rect, self.image, QRectF(0, i * n, n, n))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(TILE_BORDER, 1))
        for rect in self.rects:
            painter.drawRect(rect)
        if self.more_rect is not None:
            painter.setPen(style.MUTED_TEXT)
            painter.setFont(style.font(style.FOOTER_FONT_PX, bold=True))
            painter.drawText(self.more_rect, Qt.AlignmentFlag.AlignCenter, self.more_text)
        if self.hovered_unit is not None and self.hovered_unit < self.shown:
            painter.setPen(QPen(HOVER_BORDER, 2.5))
            painter.drawRect(self.rects[self.hovered_unit].adjusted(-1, -1, 1, 1))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hoverMoveEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        unit = self.tile_at(event.pos())
        if unit is not None:  # in the gaps between tiles the last map stays: no flicker while moving
            self._set_hovered(unit)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._set_hovered(None)

    def _set_hovered(self, unit: int | None) -> None:
        if unit != self.hovered_unit:
            self.hovered_unit = unit
            self.update()
            self.on_hover(self.node_id, unit)
