"""Feature maps: what every image-shaped layer outputs for one test sample, a row of small images per layer.

Each layer is one ``ImageItem`` (its channels composed into one picture) coloured over the layer's own
min … max, so a weak layer is as visible as a strong one. Maps of different sizes (28×28 input,
7×7 after pooling) are drawn with tiles of the same size. Items are made once per set of layers and
only refilled per snapshot; the tile size follows the panel's size.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.graph.layers import fmt_shape
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import (
    TEXT_COLOR,
    TEXT_PT,
    DesignTraits,
    LayoutWidget,
    Panel,
    index_spin,
    step_buttons,
    text_font,
)
from playground.ui.plots.feature_layout import (
    LAYER_GAP,
    MARGIN,
    LayerPlace,
    fit_tiles,
    layer_gap,
    tiles_height,
    tiles_width,
)
from playground.ui.plots.tiles import TileLayout, compose

IMAGE_KINDS = frozenset({"Conv2d", "MaxPool2d", "AvgPool2d", "ConvTranspose2d", "Upsample", "BatchNorm2d", "Dropout2d"})
MAX_CHANNELS = 32
"""Channels drawn per layer (the probe sends at most its own cap)."""
LABEL_PT = 11
THUMB_PX = 40
NO_IMAGES_HINT = N_("Feature maps need image data")


def layer_levels(maps: np.ndarray) -> tuple[float, float]:
    """The colour range of one layer: its own min … max (a constant layer gets a range just above it)."""
    finite = maps[np.isfinite(maps)]
    if finite.size == 0:
        return 0.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    return (lo, hi) if hi > lo else (lo, lo + 1e-6)


def sample_pixmap(image: np.ndarray, size: int = THUMB_PX) -> QPixmap:
    """A (C, H, W) image in [0, 1] as a pixmap about ``size`` pixels large, pixels kept sharp."""
    pixels = np.clip(np.asarray(image, dtype=np.float32) * 255.0 + 0.5, 0, 255).astype(np.uint8)
    if pixels.shape[0] == 3:
        rgb = np.ascontiguousarray(pixels.transpose(1, 2, 0))
        qimage = QImage(rgb.data, rgb.shape[1], rgb.shape[0], 3 * rgb.shape[1], QImage.Format.Format_RGB888)
    else:
        grey = np.ascontiguousarray(pixels[0])
        qimage = QImage(grey.data, grey.shape[1], grey.shape[0], grey.shape[1], QImage.Format.Format_Grayscale8)
    scaled = qimage.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
    return QPixmap.fromImage(scaled.copy())  # copy: the numpy buffer goes away


class FeatureMapsPanel(Panel):
    """Every image-shaped layer's channels for one chosen test sample, a section per layer."""

    title = N_("Feature maps")
    probes = frozenset({"feature_maps"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Image data through at least one layer that keeps the image's shape."""
        return traits.data_kind == "images" and bool(traits.kinds & IMAGE_KINDS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sample_label = QLabel(tr("Test sample"))
        sample_label.setFont(text_font())
        self.prev_button, self.next_button = step_buttons("sample")
        self.spin = index_spin("sample")
        self.prev_button.clicked.connect(self._on_prev)
        self.next_button.clicked.connect(self._on_next)
        self.spin.valueChanged.connect(self._on_sample_changed)
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB_PX + 4, THUMB_PX + 4)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("QLabel { border: 1px solid #999; background: #000; }")
        self.thumb.setToolTip(tr("The chosen test sample"))
        self.true_label = QLabel()
        self.true_label.setFont(text_font())
        self.true_label.setToolTip(tr("The sample's true class"))

        strip = QHBoxLayout()
        strip.addWidget(sample_label)
        strip.addWidget(self.prev_button)
        strip.addWidget(self.spin)
        strip.addWidget(self.next_button)
        strip.addSpacing(6)
        strip.addWidget(self.thumb)
        strip.addWidget(self.true_label)
        strip.addStretch(1)

        self.maps_widget = LayoutWidget()
        self.view: pg.ViewBox = self.maps_widget.addViewBox(lockAspect=True, enableMouse=False)
        self.view.invertY(True)  # the input at the top, the deepest layer at the bottom
        self.view.setMenuEnabled(False)
        self.maps_widget.setToolTip(
            tr(
                "Each small image is one channel of a layer's output for the chosen sample; "
                "each layer has its own scale (dark = its lowest value, yellow = its highest)"
            )
        )
        self.maps_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)

        self.caption = QLabel()
        self.caption.setFont(text_font(TEXT_PT - 1))
        self.caption.setWordWrap(True)
        self.caption.setToolTip(tr("Which sample the maps show; hover a map to see its layer, channel and range"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(strip)
        layout.addWidget(self.maps_widget, 1)
        layout.addWidget(self.caption)

        self.colormap = pg.colormap.get("viridis")
        self.images: list[pg.ImageItem] = []
        """One image item per layer on show (pooled: more are made only for a design with more layers)."""
        self.labels: list[pg.TextItem] = []
        self.places: list[LayerPlace] = []
        self.levels: dict[str, tuple[float, float]] = {}
        """Colour range of each layer on show (its own min … max)."""
        self.dataset: Dataset | None = None
        self._snapshot: Snapshot | None = None
        self._pending: int | None = None
        """A sample chosen here that no snapshot has shown yet (older snapshots must not move the picker back)."""
        self._key: tuple = ()
        self._size = QSize()
        self._tile_layouts: list[TileLayout] = []
        self.hovered: tuple[str, int] | None = None
        """(layer id, channel) of the map under the mouse."""
        self.set_dataset(None)
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    @property
    def sample(self) -> int:
        """The test sample asked for (what the worker should be told when it starts)."""
        return self.spin.value()

    def choose_sample(self, index: int) -> None:
        """Show test sample ``index`` (clamped to the test set): the worker is asked for its maps."""
        self.spin.setValue(max(self.spin.minimum(), min(int(index), self.spin.maximum())))

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The test set the sample picker walks through (point data: nothing to pick)."""
        self.dataset = dataset if dataset is not None and dataset.kind == "images" else None
        count = len(self.dataset.y_test) if self.dataset is not None else 0
        self.spin.blockSignals(True)  # the index is kept; the session tells the worker with ``sample``
        self.spin.setRange(0, max(count - 1, 0))
        self.spin.blockSignals(False)
        for widget in (self.prev_button, self.next_button, self.spin):
            widget.setEnabled(count > 1)
        self._show_sample()
        self._update_caption()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.feature_maps`` (rebuilding the layout only when the layers or shapes change)."""
        maps = snapshot.feature_maps
        if not maps:
            if self._snapshot is None:
                # No maps ever: point data has none; otherwise the probe was not in this snapshot yet.
                images = self.dataset is not None or any(k in IMAGE_KINDS for k in snapshot.kinds.values())
                self.show_hint(tr("Waiting for the feature maps…") if images else tr(NO_IMAGES_HINT))
            return
        self._snapshot = snapshot
        self.hide_hint()
        self._follow_sample(snapshot.feature_sample)
        order = [nid for nid in snapshot.names if nid in maps] + [nid for nid in maps if nid not in snapshot.names]
        key = tuple(
            (nid, snapshot.names.get(nid, nid), min(maps[nid].shape[0], MAX_CHANNELS), *maps[nid].shape[1:])
            for nid in order
        )
        if key != self._key or self.maps_widget.size() != self._size:
            self._arrange(key)
        self._fill(snapshot)
        self._update_caption()

    def clear(self) -> None:
        """No run: no maps (the chosen sample stays), the hint."""
        self._snapshot = None
        self._pending = None
        self._arrange(())
        self.levels = {}
        self._update_caption()
        self.show_hint()

    # --- sample picker ----------------------------------------------------------------------

    def _on_prev(self) -> None:
        self.spin.stepBy(-1)

    def _on_next(self) -> None:
        self.spin.stepBy(1)

    def _on_sample_changed(self, index: int) -> None:
        self._pending = index
        self._show_sample()
        self._update_caption()
        self.option_changed.emit("sample", index)

    def _follow_sample(self, shown: int) -> None:
        """Show the picker at the sample the worker drew, when another panel chose it (a click in the
        classification grid); a choice made here that the worker has not answered yet stays."""
        if self._pending is not None:
            if shown == self._pending:
                self._pending = None
            return
        if 0 <= shown <= self.spin.maximum() and shown != self.spin.value():
            self.spin.blockSignals(True)  # the worker already has it: no need to ask again
            self.spin.setValue(shown)
            self.spin.blockSignals(False)
            self._show_sample()

    def _class_name(self, index: int) -> str:
        dataset = self.dataset
        label = int(np.asarray(dataset.y_test).reshape(len(dataset.y_test), -1)[index, 0])
        return dataset.class_names[label] if label < len(dataset.class_names) else str(label)

    def _show_sample(self) -> None:
        """The thumbnail and true class of the sample asked for."""
        if self.dataset is None or len(self.dataset.x_test) == 0:
            self.thumb.clear()
            self.true_label.setText("")
            return
        index = self.spin.value()
        self.thumb.setPixmap(sample_pixmap(self.dataset.x_test[index]))
        self.true_label.setText(tr("class {name}", name=self._class_name(index)))

    def _update_caption(self) -> None:
        """Which sample is shown (or loading), or what the hovered map is (kept while training)."""
        snapshot = self._snapshot
        if snapshot is None:
            self.caption.setText("")
            return
        shown, wanted = snapshot.feature_sample, self.spin.value()
        nid, channel = self.hovered or ("", 0)
        if nid in self.levels and channel < len(snapshot.feature_maps[nid]):
            values = snapshot.feature_maps[nid][channel]
            lo, hi = self.levels[nid]
            self.caption.setText(
                tr(
                    "{layer}, channel {channel}: {low} … {high} (layer: {layer_low} … {layer_high})",
                    layer=snapshot.names.get(nid, nid),
                    channel=channel + 1,
                    low=f"{values.min():.3g}",
                    high=f"{values.max():.3g}",
                    layer_low=f"{lo:.3g}",
                    layer_high=f"{hi:.3g}",
                )
            )
        elif shown != wanted:
            self.caption.setText(tr("Loading sample {wanted}… (showing sample {shown})", wanted=wanted, shown=shown))
        else:
            self.caption.setText(tr("Sample {shown} · each layer on its own colour scale", shown=shown))

    # --- layout and drawing -----------------------------------------------------------------

    def _arrange(self, key: tuple) -> None:
        """Place a block per layer for the panel's current size (items are pooled and reused)."""
        self._key = key
        self._size = self.maps_widget.size()
        while len(self.images) < len(key):
            image = pg.ImageItem(axisOrder="row-major")
            image.setColorMap(self.colormap)
            label = pg.TextItem(color=TEXT_COLOR, anchor=(1, 0.5))
            self.view.addItem(image)
            self.view.addItem(label)
            self.images.append(image)
            self.labels.append(label)
        for i, (image, label) in enumerate(zip(self.images, self.labels, strict=True)):
            image.setVisible(i < len(key))
            label.setVisible(i < len(key))
            if i >= len(key):
                image.clear()
        self.places, self._tile_layouts = [], []
        if not key:
            return
        bold, plain = QFontMetrics(text_font(LABEL_PT, bold=True)), QFontMetrics(text_font(LABEL_PT))
        names = [bold.horizontalAdvance(name) for _, name, *_ in key]
        shapes = [plain.horizontalAdvance(fmt_shape(shape)) for _, _, *shape in key]
        gaps = [layer_gap(h, w) for *_, h, w in key]
        layers = [(c, g) for (_, _, c, _, _), (_, g) in zip(key, gaps, strict=True)]
        width, height = max(self._size.width() - 12, 40), max(self._size.height() - 12, 40)
        # Name and shape on two lines (narrow labels) or one (short blocks): whichever leaves larger tiles.
        two = (12 + max(max(names), max(shapes)), 2 * plain.lineSpacing() + 6)
        one = (
            12 + max(n + s for n, s in zip(names, shapes, strict=True)) + plain.horizontalAdvance("  "),
            plain.lineSpacing() + 4,
        )
        fits = [(fit_tiles(layers, width, height, *size), size, lines) for size, lines in ((two, 2), (one, 1))]
        (cols, tile), (label_w, label_h), lines = max(fits, key=lambda f: f[0][1])
        tile = max(tile, 1.0)
        top, right = 0.0, 0.0
        for i, ((nid, name, channels, h, w), (pad, gap)) in enumerate(zip(key, gaps, strict=True)):
            layer_cols = min(cols, channels)
            block = max(tiles_height(channels, layer_cols, gap), label_h / tile)
            right = max(right, tiles_width(channels, layer_cols, gap))
            self.places.append(LayerPlace(nid, channels, layer_cols, pad, top, block))
            self.labels[i].setHtml(
                f"<div style='text-align:right; font-size:{LABEL_PT}pt; color:{TEXT_COLOR}'>"
                f"<b>{name}</b>{'<br>' if lines == 2 else '&nbsp; '}{fmt_shape((channels, h, w))}</div>"
            )
            self.labels[i].setPos(-0.2, top + block / 2)
            top += block + LAYER_GAP
        # The pictures' outer padding (transparent) stays inside the range too: MARGIN tiles around.
        left = label_w / tile + MARGIN
        self.view.setRange(QRectF(-left, -MARGIN, left + right + MARGIN, top - LAYER_GAP + 2 * MARGIN), padding=0)

    def _fill(self, snapshot: Snapshot) -> None:
        """Refill every layer's picture and levels from ``snapshot`` (no items made here)."""
        self.levels, self._tile_layouts = {}, []
        for image, place in zip(self.images, self.places, strict=False):
            maps = np.asarray(snapshot.feature_maps[place.nid][: place.channels], dtype=np.float32)
            picture, layout = compose(maps, place.cols, pad=place.pad)
            levels = self.levels[place.nid] = layer_levels(maps)
            edge = max(layout.tile_h, layout.tile_w)
            # One unit of the view = one tile; rows of a short layer are centred in its block.
            rows_h = (layout.height - place.pad) / edge
            y0 = place.top + (place.height - rows_h) / 2 - place.pad / edge
            rect = QRectF(-place.pad / edge, y0, layout.width / edge, layout.height / edge)
            image.setImage(picture, levels=levels, autoLevels=False, rect=rect)
            self._tile_layouts.append(layout)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        # Tiles grow with the panel, and the columns follow its shape: place the layers again.
        if self._snapshot is not None and self._key:
            self._arrange(self._key)
            self._fill(self._snapshot)

    # --- hover ------------------------------------------------------------------------------

    def map_at(self, point: QPointF) -> tuple[str, int] | None:
        """(layer id, channel) of the map under ``point`` (view coordinates), or None."""
        for image, place, layout in zip(self.images, self.places, self._tile_layouts, strict=False):
            local = image.mapFromView(point)  # image pixels
            index = layout.tile_at(local.y(), local.x())
            if index is not None and image.boundingRect().contains(local):
                return place.nid, index
        return None

    def _on_mouse_moved(self, pos: QPointF) -> None:
        self.hovered = self.map_at(self.view.mapSceneToView(pos))
        self._update_caption()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().leaveEvent(event)
        self.hovered = None
        self._update_caption()
