"""What every live panel shares: the empty-state hint, projector-sized fonts and plot styling."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QLabel, QSpinBox, QToolButton, QWidget

# Sizes chosen to stay legible on a lecture projector from the back of the room.
TICK_PT = 11
LABEL_PT = 12
TEXT_PT = 13
TITLE_SIZE = "12pt"
TEXT_COLOR = "#222222"
GRID_ALPHA = 0.25

EMPTY_HINT = "Press Play to train"

SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(exponent: int) -> str:
    """``-3`` → ``"10⁻³"``: tick labels for axes that show log10 values."""
    return "10" + str(exponent).translate(SUPERSCRIPT)


def log_ticks(lo: float, hi: float, max_ticks: int = 7) -> list[tuple[float, str]]:
    """Integer log10 positions in [lo, hi] labelled as powers of ten, thinned to ``max_ticks``."""
    first, last = int(np.ceil(lo)), int(np.floor(hi))
    if last < first:
        return []
    stride = max(1, -(-(last - first + 1) // max_ticks))
    return [(float(k), power_of_ten(k)) for k in range(first, last + 1) if (k - first) % stride == 0]


def stable_range(
    current: tuple[float, float] | None, lo: float, hi: float, margin: float = 0.08, fill: float = 0.6
) -> tuple[float, float] | None:
    """A new axis range for data spanning [lo, hi], or None while ``current`` still fits it well.

    The range changes only when the data leaves it or fills less than ``fill`` of it, and then
    with ``margin`` of the span to spare: the axes (the most expensive part of a frame: their text)
    are redrawn a few times per run instead of every frame, and the picture does not jitter.
    """
    if not (np.isfinite(lo) and np.isfinite(hi)):
        return None
    if hi <= lo:
        lo, hi = lo - 0.5, hi + 0.5
    if current is not None:
        c_lo, c_hi = current
        if c_lo <= lo and hi <= c_hi and (hi - lo) >= fill * (c_hi - c_lo):
            return None
    pad = margin * (hi - lo)
    return lo - pad, hi + pad


def cache_axes(plot: pg.PlotItem) -> None:
    """Keep each axis (its labels and grid lines) as a pixmap, repainted only when its range changes.

    Otherwise every curve update replays the axes' text drawing, several milliseconds per plot.
    """
    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def text_font(points: int = TEXT_PT, bold: bool = False) -> QFont:
    """A UI font of ``points`` size for labels inside the panels."""
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def style_plot(
    plot: pg.PlotItem, x_label: str = "", y_label: str = "", tick_pt: int = TICK_PT, minor_labels: bool = True
) -> None:
    """Dark text on white, large tick and label fonts, cached axes, no context menu or auto-range button.

    ``minor_labels=False`` labels only the major ticks (-5, 0, 5 rather than every integer): for
    plots whose numbers matter less than their picture.
    """
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        if not minor_labels:
            axis.setStyle(maxTextLevel=0)
        axis.setTickFont(text_font(tick_pt))
        axis.setPen(pg.mkPen(TEXT_COLOR))
        axis.setTextPen(pg.mkPen(TEXT_COLOR))
        axis.enableAutoSIPrefix(False)  # "loss (x0.001)" puzzles an audience; show the plain numbers
    cache_axes(plot)
    label_style = {"color": TEXT_COLOR, "font-size": f"{LABEL_PT}pt"}
    if x_label:
        plot.setLabel("bottom", x_label, **label_style)
    if y_label:
        plot.setLabel("left", y_label, **label_style)


def step_buttons(what: str) -> tuple[QToolButton, QToolButton]:
    """◀ and ▶ buttons that step through test ``what`` ("sample", "sequence"), in the panels' font."""
    buttons = []
    for text, where in (("◀", "previous"), ("▶", "next")):
        button = QToolButton()
        button.setText(text)
        button.setToolTip(f"The {where} test {what}")
        button.setFont(text_font())
        buttons.append(button)
    return buttons[0], buttons[1]


def index_spin(what: str) -> QSpinBox:
    """A wrapping spin box of test-set indices, for choosing which test ``what`` goes through the network."""
    spin = QSpinBox()
    spin.setWrapping(True)
    spin.setToolTip(f"Which test {what} goes through the network (its index in the test set)")
    spin.setFont(text_font())
    return spin


def swatch(color: str, text: str) -> str:
    """Rich text: a coloured square followed by ``text`` (legend entries in QLabels)."""
    return f'<span style="color:{color}; font-size:{TEXT_PT + 3}pt">■</span>&nbsp;{text}'


class PlotWidget(pg.PlotWidget):
    """A white pyqtgraph plot whose size hint fits a dock instead of pyqtgraph's 600×480."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(background="w", **kwargs)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 260)


def plane_plot() -> PlotWidget:
    """A fixed square plot of the input plane (x₁ across, x₂ up): the boundary and the enlarged neuron map."""
    plot = PlotWidget()
    item = plot.getPlotItem()
    style_plot(item, "x₁", "x₂", minor_labels=False)
    item.setAspectLocked(True)
    item.setMouseEnabled(False, False)
    return plot


class LayoutWidget(pg.GraphicsLayoutWidget):
    """A white pyqtgraph layout with a dock-friendly size hint."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.setBackground("w")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 260)


@dataclass(frozen=True)
class DesignTraits:
    """What decides which panels a project needs, known without loading data or torch."""

    data_kind: str = "points"
    """"points" (the 2D sets), "images", "sequence" or "gan" (``DatasetInfo.kind``)."""
    task: str = ""
    """The Output layer's task ("binary", "multiclass", "regression", "reconstruction"; "" if unclear)."""
    kinds: frozenset[str] = frozenset()
    """The layer kinds in the design."""
    dataset: str = ""
    """The dataset id ("spiral", "mnist", "text", "ring"…)."""

    @property
    def on_plane(self) -> bool:
        """2D point data with a predicting head: there is an input plane to colour (an autoencoder predicts none)."""
        return self.data_kind == "points" and self.task != "reconstruction"

    @property
    def recurrent(self) -> bool:
        """The design has a recurrent layer (RNN, LSTM or GRU)."""
        return bool(self.kinds & {"RNN", "LSTM", "GRU"})


class Panel(QWidget):
    """A live plot panel: built once, fed snapshots, with a hint over it while there is no run.

    Subclasses set ``title`` and ``probes`` and implement ``set_dataset``, ``show_snapshot``, ``clear``;
    ``shows_for`` says whether a design needs the panel at all (the window hides the others).
    A panel that needs a probe option (the sample the feature maps show) emits ``option_changed``.
    """

    title: str = ""
    probes: frozenset[str] = frozenset()
    option_changed = Signal(str, object)
    """(name, value) of a probe option the worker should use, e.g. ("sample", 12)."""

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Whether a design with these traits has anything to show in this panel."""
        return True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A child label drawn over the panel (not in its layout), so the plots keep their place.
        self.hint = QLabel(EMPTY_HINT, self)
        self.hint.setFont(text_font(TEXT_PT + 2, bold=True))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(
            "QLabel { color: #444; background: rgba(255, 255, 255, 215); border: 1px solid #bbb;"
            " border-radius: 6px; padding: 10px 16px; }"
        )
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_hint(self, text: str = EMPTY_HINT) -> None:
        """Show ``text`` centred over the panel (the empty state, or why nothing can be drawn)."""
        self.hint.setText(text)
        self.hint.show()
        self._place_hint()
        self.hint.raise_()

    def hide_hint(self) -> None:
        self.hint.hide()

    def hint_text(self) -> str | None:
        """The hint shown over the panel, or None when the plots are on display."""
        return None if self.hint.isHidden() else self.hint.text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_hint()

    def _place_hint(self) -> None:
        width = min(self.width() - 20, 360)
        self.hint.setFixedWidth(max(width, 120))
        self.hint.adjustSize()
        self.hint.move((self.width() - self.hint.width()) // 2, (self.height() - self.hint.height()) // 2)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(420, 320)
