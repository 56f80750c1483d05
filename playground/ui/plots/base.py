"""What every live panel shares: the empty-state hint, projector-sized fonts and plot styling."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

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


def text_font(points: int = TEXT_PT, bold: bool = False) -> QFont:
    """A UI font of ``points`` size for labels inside the panels."""
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def style_plot(plot: pg.PlotItem, x_label: str = "", y_label: str = "", tick_pt: int = TICK_PT) -> None:
    """Dark text on white, large tick and label fonts, no context menu or auto-range button."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(text_font(tick_pt))
        axis.setPen(pg.mkPen(TEXT_COLOR))
        axis.setTextPen(pg.mkPen(TEXT_COLOR))
        axis.enableAutoSIPrefix(False)  # "loss (x0.001)" puzzles an audience; show the plain numbers
    label_style = {"color": TEXT_COLOR, "font-size": f"{LABEL_PT}pt"}
    if x_label:
        plot.setLabel("bottom", x_label, **label_style)
    if y_label:
        plot.setLabel("left", y_label, **label_style)


def swatch(color: str, text: str) -> str:
    """Rich text: a coloured square followed by ``text`` (legend entries in QLabels)."""
    return f'<span style="color:{color}; font-size:{TEXT_PT + 3}pt">■</span>&nbsp;{text}'


class PlotWidget(pg.PlotWidget):
    """A white pyqtgraph plot whose size hint fits a dock instead of pyqtgraph's 600×480."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(background="w", **kwargs)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 260)


class LayoutWidget(pg.GraphicsLayoutWidget):
    """A white pyqtgraph layout with a dock-friendly size hint."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.setBackground("w")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 260)


class Panel(QWidget):
    """A live plot panel: built once, fed snapshots, with a hint over it while there is no run.

    Subclasses set ``title`` and ``probes`` and implement ``set_dataset``, ``show_snapshot``, ``clear``.
    """

    title: str = ""
    probes: frozenset[str] = frozenset()

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
