"""The word vectors on a plane: the engine's 2D PCA projection of the most frequent words (and the query words
with their neighbours), each a dot with its word, moving live while word2vec trains.

The labels are made once (a pool of ``pg.TextItem``) and only moved (``setPos``) and relabelled; the engine
computes the projection (probe "embedding", option "embedding_count": how many frequent words to map).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.embedding_view import MAP_NEIGHBOURS, MAP_WORDS, MAX_QUERIES, EmbeddingView
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, number, tr
from playground.ui.plots.base import (
    DesignTraits,
    Panel,
    PlotWidget,
    current_theme,
    stable_range,
    style_plot,
    swatch,
    text_font,
)

MAX_MAP_WORDS = 150
POOL = MAX_MAP_WORDS + MAX_QUERIES * (1 + MAP_NEIGHBOURS)
"""Labels made once: the most the engine ever maps (frequent words, query words, their neighbours)."""
COLORS = ("#555555", "#C0392B", "#E67E22")
"""A frequent word, a query word, a neighbour of one."""
LABEL_PT = 10


class EmbeddingMapPanel(Panel):
    """Word vectors projected on their two principal axes, each dot labelled with its word."""

    title = N_("Word map (PCA)")
    probes = frozenset({"embedding"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Word embeddings: a corpus dataset."""
        return traits.data_kind == "corpus"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(tr("Frequent words:"))
        label.setFont(text_font())
        self.count = QSpinBox()
        self.count.setRange(10, MAX_MAP_WORDS)
        self.count.setSingleStep(10)
        self.count.setValue(MAP_WORDS)
        self.count.setFont(text_font())
        self.count.setToolTip(tr("How many of the most frequent words the map shows (the typed words always show)"))
        self.count.valueChanged.connect(self._on_count_changed)
        self.legend = QLabel(
            "  ".join(swatch(c, t) for c, t in zip(COLORS, (tr("frequent word"), tr("typed word"), tr("its neighbour")),
                                                   strict=True))
        )
        self.legend.setFont(text_font(12))
        self.legend.setWordWrap(True)
        strip = QHBoxLayout()
        strip.addWidget(label)
        strip.addWidget(self.count)
        strip.addWidget(self.legend, 1)

        self.plot = PlotWidget()
        item = self.plot.getPlotItem()
        style_plot(item, tr("PC 1"), tr("PC 2"), minor_labels=False)
        item.setMouseEnabled(False, False)
        self.plot.setToolTip(
            tr("Each dot is a word vector seen along the two directions in which the vectors differ most (PCA)")
        )
        self.dots = pg.ScatterPlotItem(size=6, pxMode=True, pen=None)
        item.addItem(self.dots)
        self.brushes = [pg.mkBrush(c) for c in COLORS]
        font = text_font(LABEL_PT)
        self.labels: list[pg.TextItem] = []
        for _ in range(POOL):
            text = pg.TextItem("", anchor=(0.5, 1.1))
            text.setFont(font)
            text.setVisible(False)
            item.addItem(text)
            self.labels.append(text)
        self.caption = QLabel()
        self.caption.setFont(text_font(11))
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(strip)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        self._ranges: list[tuple[float, float] | None] = [None, None]
        self._shown: list[tuple[str, int]] = []
        """(word, colour index) of each label in use, so unchanged labels are not set again."""
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The snapshots carry their own words."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Move the dots and labels to ``snapshot.embedding``'s projection."""
        view = snapshot.embedding
        if view is None:
            if not self._shown:
                self.show_hint(tr("Waiting for the word vectors…"))
            return
        self.hide_hint()
        n = min(len(view.words), POOL)
        points, marks = view.points[:n], view.highlight[:n].astype(int)
        # Typed words and their neighbours drawn last: on top of the crowd of frequent words.
        order = np.argsort(marks, kind="stable")
        self.dots.setData(points[order, 0], points[order, 1], brush=[self.brushes[m] for m in marks[order]])
        shown = [(view.words[i], int(marks[i])) for i in range(n)]
        for i in range(n):
            label = self.labels[i]
            if i >= len(self._shown) or self._shown[i] != shown[i]:
                label.setText(shown[i][0], color=COLORS[shown[i][1]] if shown[i][1] else current_theme().text)
                label.setZValue(shown[i][1])
            label.setPos(float(points[i, 0]), float(points[i, 1]))
            label.setVisible(True)
        for label in self.labels[n : len(self._shown)]:
            label.setVisible(False)
        self._shown = shown
        self._frame(points)
        self.caption.setText(self._caption(view))

    def clear(self) -> None:
        """No run: no words, the hint."""
        self.dots.setData([], [])
        for label in self.labels[: len(self._shown)]:
            label.setVisible(False)
        self._shown = []
        self._ranges = [None, None]
        self.caption.setText("")
        self.show_hint()

    # --- drawing ----------------------------------------------------------------------------

    def _on_count_changed(self, value: int) -> None:
        self.option_changed.emit("embedding_count", value)

    def _frame(self, points: np.ndarray) -> None:
        item = self.plot.getPlotItem()
        for axis, values in enumerate((points[:, 0], points[:, 1])):
            if not len(values):
                return
            new = stable_range(self._ranges[axis], float(values.min()), float(values.max()), margin=0.12)
            if new is not None:
                self._ranges[axis] = new
                (item.setXRange if axis == 0 else item.setYRange)(*new, padding=0)

    @staticmethod
    def _caption(view: EmbeddingView) -> str:
        return tr(
            "Step {step}: the axes keep {first} % and {second} % of the spread of these vectors; words used in "
            "similar contexts drift together.",
            step=f"{view.step:,}",
            first=number(100 * view.explained[0], 0),
            second=number(100 * view.explained[1], 0),
        )
