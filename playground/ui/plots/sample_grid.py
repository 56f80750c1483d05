"""The classification panel's test samples: one grid of tiles, each labelled with the class predicted for it.

All tiles are one picture in one ``ImageItem``; below each image a white band holds its label (red
"true→predicted" for a wrong prediction, whose tile is also framed red). A dashed frame marks the
sample whose feature maps are shown. The columns follow the widget's shape so the tiles are drawn as
large as it allows. Clicking a tile emits ``clicked(index)``, hovering one ``hovered(index)``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QWidget

from playground.ui.i18n import tr
from playground.ui.plots.base import TEXT_COLOR, LayoutWidget, text_font
from playground.ui.plots.tiles import TileLayout, compose, display_tiles
from playground.ui.theme import ERROR_COLOR, OKABE_ITO

MAX_SAMPLES = 32
SAMPLE_COLUMNS = 8
LABEL_BAND = 0.55
"""Height of the white band under each sample for its label, in tile heights."""
SELECTED_COLOR = OKABE_ITO[1]


def sample_tiles(images: np.ndarray) -> np.ndarray:
    """(n, C, H, W) images in [0, 1] → (n, H + band, W, 3) RGB tiles with a white band for the label below."""
    n, _, h, w = images.shape
    shown = display_tiles(images)
    tiles = np.ones((n, h + round(h * LABEL_BAND), w, 3), np.float32)
    tiles[:, :h] = shown if shown.ndim == 4 else shown[..., None]  # grey: the same value in R, G and B
    return tiles


def tile_pad(tile_width: int) -> int:
    """Pixels between sample tiles: an eighth of a tile, at least one."""
    return max(1, tile_width // 8)


def short_name(name: str, limit: int = 5) -> str:
    """A class name that fits under a small tile ("airplane" → "airp…")."""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def fit_columns(count: int, tile_h: int, tile_w: int, width: float, height: float) -> int:
    """The column count that draws ``count`` tiles (with their padding) largest in a ``width``×``height`` box."""
    best, best_scale = SAMPLE_COLUMNS, 0.0
    for cols in range(2, count + 1):
        layout = TileLayout(count, tile_h, tile_w, cols, tile_pad(tile_w))
        scale = min(width / layout.width, height / layout.height)
        if scale > best_scale * 1.01:  # ties go to fewer columns
            best, best_scale = cols, scale
    return best


class SampleGrid(LayoutWidget):
    """The first test samples as labelled tiles: wrong predictions framed, the chosen sample marked."""

    clicked = Signal(int)
    """A left click on sample ``index`` (already framed as the chosen one)."""
    hovered = Signal(int)
    """The mouse is over sample ``index``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setToolTip(
            tr(
                "The first test samples with the predicted class (red: wrong, true→predicted); "
                "click one to show its feature maps"
            )
        )
        self.view: pg.ViewBox = self.addViewBox(lockAspect=True, enableMouse=False)
        self.view.invertY(True)
        self.view.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self.wrong_frames = QGraphicsPathItem()
        self.wrong_frames.setPen(pg.mkPen(ERROR_COLOR, width=2.5, cosmetic=True))
        self.wrong_frames.setZValue(5)
        self.view.addItem(self.wrong_frames, ignoreBounds=True)
        self.selected_frame = QGraphicsRectItem()
        self.selected_frame.setPen(pg.mkPen(SELECTED_COLOR, width=3, cosmetic=True, style=Qt.PenStyle.DashLine))
        self.selected_frame.setZValue(6)
        self.selected_frame.setVisible(False)
        self.view.addItem(self.selected_frame, ignoreBounds=True)
        self.labels: list[pg.TextItem] = []
        self.scene().sigMouseClicked.connect(self._on_clicked)
        self.scene().sigMouseMoved.connect(self._on_hover)
        self.view.sigTransformChanged.connect(self._fit_label_font)
        self.view.sigResized.connect(self._on_resized)

        self.layout_: TileLayout | None = None
        """Where the samples sit in ``image`` (None without image data)."""
        self.image_h = 0
        """Height of one sample's image in pixels (its tile adds the label band below)."""
        self.selected = -1
        """The sample framed as chosen, -1 for none."""
        self._tiles: np.ndarray | None = None
        """The samples as (n, h, w, 3) tiles with their label bands, arranged by ``_arrange``."""
        self._predictions: tuple[np.ndarray, np.ndarray, Callable[[int], str]] | None = None
        """(truth, predicted, class name of an index) last labelled: labelled again after a new arrangement."""
        self._label_px = 0

    def set_images(self, images: np.ndarray | None) -> None:
        """Show these (n, C, H, W) test images in [0, 1] (None: none), with no sample chosen."""
        self._tiles = None if images is None else sample_tiles(images)
        self.image_h = 0 if images is None else images.shape[2]
        self._predictions = None
        self.selected = -1
        self.selected_frame.setVisible(False)
        self._arrange(self._best_columns())

    def show_predictions(self, truth: np.ndarray, predicted: np.ndarray, name: Callable[[int], str]) -> None:
        """Label each sample with its predicted class; a wrong one reads "true→predicted" in red and is framed."""
        self._predictions = (truth, predicted, name)
        if self.layout_ is None:
            return
        truth = truth[: self.layout_.count]
        predicted = np.asarray(predicted)[: self.layout_.count]
        path = QPainterPath()
        for i, label in enumerate(self.labels[: len(predicted)]):
            true, guess = int(truth[i]), int(predicted[i])
            text = short_name(name(guess))
            if true != guess:
                text = f"{short_name(name(true))}→{text}"
                path.addRect(self._tile_rect(i))
            if text != label.toPlainText():  # text layout is the costly part: lay out only the labels that changed
                label.setText(text, color=TEXT_COLOR if true == guess else ERROR_COLOR)
        self.wrong_frames.setPath(path)

    def clear_labels(self) -> None:
        """No predictions: blank labels, no frames of wrong samples."""
        self._predictions = None
        self.wrong_frames.setPath(QPainterPath())
        for label in self.labels:
            label.setText("")

    def select(self, index: int) -> None:
        """Frame sample ``index`` (a sample beyond the grid is remembered but not framed)."""
        self.selected = index
        shown = self.layout_ is not None and 0 <= index < self.layout_.count
        if shown:
            self.selected_frame.setRect(self._tile_rect(index).adjusted(-0.6, -0.6, 0.6, 0.6))
        self.selected_frame.setVisible(shown)

    def sample_at(self, scene_pos: QPointF) -> int | None:
        """The sample under a point of the scene, or None."""
        if self.layout_ is None:
            return None
        point = self.view.mapSceneToView(scene_pos)
        return self.layout_.tile_at(point.y(), point.x())

    # --- arrangement ------------------------------------------------------------------------

    def _best_columns(self) -> int:
        """The column count that draws the samples largest in the view's current size."""
        if self._tiles is None:
            return SAMPLE_COLUMNS
        n, th, tw = self._tiles.shape[:3]
        size = self.view.size()
        return fit_columns(n, th, tw, max(size.width(), 1.0), max(size.height(), 1.0))

    def _on_resized(self) -> None:
        if self._tiles is not None and self.layout_ is not None and self._best_columns() != self.layout_.cols:
            self._arrange(self._best_columns())
            if self._predictions is not None:
                self.show_predictions(*self._predictions)

    def _arrange(self, cols: int) -> None:
        """Compose the sample tiles in ``cols`` columns and place their labels (data or size changed)."""
        self.layout_ = None
        self.image.clear()
        self.wrong_frames.setPath(QPainterPath())
        count = 0
        if self._tiles is not None:
            picture, self.layout_ = compose(self._tiles, cols, pad=tile_pad(self._tiles.shape[2]), fill=1.0)
            self.image.setImage(picture, autoLevels=False, levels=(0.0, 1.0))
            self.view.setRange(QRectF(0, 0, picture.shape[1], picture.shape[0]), padding=0.01)
            count = self.layout_.count
        while len(self.labels) < count:
            label = pg.TextItem(anchor=(0.5, 0.5))
            self.view.addItem(label, ignoreBounds=True)
            self.labels.append(label)
        for i, label in enumerate(self.labels):
            label.setVisible(i < count)
            if i < count:
                r, c = self.layout_.origin(i)
                # Centred in the label band, which lies below the image's rows.
                label.setPos(c + self.layout_.tile_w / 2, r + (self.image_h + self.layout_.tile_h) / 2)
        if self.selected >= 0:
            self.select(self.selected)
        self._label_px = 0
        self._fit_label_font()

    def _fit_label_font(self) -> None:
        """Labels as large as their band allows (9–16 px), so they do not run into the next row."""
        if self.layout_ is None:
            return
        px_per_pixel = 1.0 / max(self.view.viewPixelSize()[1], 1e-9)
        band = (self.layout_.tile_h - self.image_h) * px_per_pixel
        size = int(np.clip(band * 0.9, 9, 16))
        if size == self._label_px:
            return
        self._label_px = size
        font = text_font()
        font.setPixelSize(size)
        for label in self.labels:
            label.setFont(font)

    def _tile_rect(self, index: int) -> QRectF:
        """Sample ``index``'s tile (image and label band) in the view's coordinates."""
        assert self.layout_ is not None
        r, c = self.layout_.origin(index)
        return QRectF(c - 0.5, r - 0.5, self.layout_.tile_w + 1, self.layout_.tile_h + 1)

    # --- mouse ------------------------------------------------------------------------------

    def _on_clicked(self, event) -> None:  # noqa: ANN001 (pyqtgraph's MouseClickEvent)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.sample_at(event.scenePos())
        if index is None:
            return
        self.select(index)
        self.clicked.emit(index)

    def _on_hover(self, pos: QPointF) -> None:
        index = self.sample_at(pos)
        if index is not None:
            self.hovered.emit(index)
