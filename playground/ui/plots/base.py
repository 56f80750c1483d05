"""What every live panel shares: the empty-state hint, projector-sized fonts and plot styling."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QLabel, QSpinBox, QToolButton, QWidget

from playground.ui.design_traits import DesignTraits
from playground.ui.i18n import N_, tr

# Sizes chosen to stay legible on a lecture projector from the back of the room.
TICK_PT = 11
LABEL_PT = 12
TEXT_PT = 13
TITLE_SIZE = "12pt"
TEXT_COLOR = "#222222"
GRID_ALPHA = 0.25

EMPTY_HINT = N_("Press Play to train")


@dataclass(frozen=True)
class PlotTheme:
    """How every panel looks: background, text, grid, and the scale of lines and fonts (presentation mode)."""

    name: str = "light"
    background: str = "#FFFFFF"
    text: str = TEXT_COLOR
    grid_alpha: float = GRID_ALPHA
    line_scale: float = 1.0
    font_scale: float = 1.0
    hint_text: str = "#444444"
    hint_background: str = "rgba(255, 255, 255, 215)"
    hint_border: str = "#BBBBBB"

    @property
    def dark(self) -> bool:
        """Light text on a dark background."""
        return self.name != "light"


PLOT_THEMES: dict[str, PlotTheme] = {
    "light": PlotTheme(),
    "dark": PlotTheme(
        "dark", "#1E1F22", "#E8E8E8", 0.3, hint_text="#E0E0E0", hint_background="rgba(40, 42, 46, 225)",
        hint_border="#6A6A6A",
    ),
    "contrast": PlotTheme(
        "contrast", "#000000", "#FFFFFF", 0.45, hint_text="#FFFFFF", hint_background="rgba(0, 0, 0, 235)",
        hint_border="#FFFF00",
    ),
}
"""The plot side of the window's themes (``ui.theme`` has the widget side), by theme id."""
_current = PLOT_THEMES["light"]


def current_theme() -> PlotTheme:
    """The theme new panels are drawn with (``set_plot_theme`` changes it; ``restyle`` updates existing ones)."""
    return _current


def set_plot_theme(name: str, font_scale: float = 1.0, line_scale: float = 1.0) -> PlotTheme:
    """Make theme ``name`` with these scales the current one, for plots made from now on; returns it."""
    global _current
    _current = replace(PLOT_THEMES[name], font_scale=font_scale, line_scale=line_scale)
    return _current


def scaled_pt(points: float) -> int:
    """``points`` times the current font scale, rounded (at least 1)."""
    return max(1, round(points * _current.font_scale))


def hint_style(theme: PlotTheme | None = None) -> str:
    """The style sheet of a panel's hint label in ``theme`` (default: the current one)."""
    t = theme or _current
    return (
        f"QLabel {{ color: {t.hint_text}; background: {t.hint_background}; border: 1px solid {t.hint_border};"
        " border-radius: 6px; padding: 10px 16px; }"
    )

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
    """A UI font of ``points`` size (times the theme's font scale) for labels inside the panels."""
    font = QFont()
    font.setPointSize(scaled_pt(points))
    font.setBold(bold)
    return font


def style_plot(
    plot: pg.PlotItem, x_label: str = "", y_label: str = "", tick_pt: int = TICK_PT, minor_labels: bool = True
) -> None:
    """The theme's text on its background, large tick and label fonts, cached axes, no context menu or
    auto-range button.

    ``minor_labels=False`` labels only the major ticks (-5, 0, 5 rather than every integer): for
    plots whose numbers matter less than their picture.
    """
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        if not minor_labels:
            axis.setStyle(maxTextLevel=0)
        axis.setProperty("base_tick_pt", tick_pt)  # the theme's font scale applies to this size
        axis.setTickFont(text_font(tick_pt))
        axis.setPen(pg.mkPen(_current.text))
        axis.setTextPen(pg.mkPen(_current.text))
        axis.enableAutoSIPrefix(False)  # "loss (x0.001)" puzzles an audience; show the plain numbers
    cache_axes(plot)
    label_style = {"color": _current.text, "font-size": f"{scaled_pt(LABEL_PT)}pt"}
    for name in ("left", "bottom"):
        plot.getAxis(name).setProperty("base_size", f"{LABEL_PT:.1f}pt")  # unscaled, for plots.restyle
    if x_label:
        plot.setLabel("bottom", x_label, **label_style)
    if y_label:
        plot.setLabel("left", y_label, **label_style)


STEP_TIPS: dict[str, tuple[str, str, str]] = {
    "sample": (
        N_("The previous test sample"),
        N_("The next test sample"),
        N_("Which test sample goes through the network (its index in the test set)"),
    ),
    "sequence": (
        N_("The previous test sequence"),
        N_("The next test sequence"),
        N_("Which test sequence goes through the network (its index in the test set)"),
    ),
}
"""Tooltips of the ◀ ▶ buttons and the index box, per kind of test item (whole sentences: they translate)."""


def step_buttons(what: str) -> tuple[QToolButton, QToolButton]:
    """◀ and ▶ buttons that step through test ``what`` ("sample", "sequence"), in the panels' font."""
    buttons = []
    for text, tip in zip(("◀", "▶"), STEP_TIPS[what][:2], strict=True):
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tr(tip))
        button.setFont(text_font())
        buttons.append(button)
    return buttons[0], buttons[1]


def index_spin(what: str) -> QSpinBox:
    """A wrapping spin box of test-set indices, for choosing which test ``what`` goes through the network."""
    spin = QSpinBox()
    spin.setWrapping(True)
    spin.setToolTip(tr(STEP_TIPS[what][2]))
    spin.setFont(text_font())
    return spin


def swatch(color: str, text: str) -> str:
    """Rich text: a coloured square followed by ``text`` (legend entries in QLabels)."""
    return f'<span style="color:{color}; font-size:{scaled_pt(TEXT_PT + 3)}pt">■</span>&nbsp;{text}'


def _drop_export_menu(view: pg.GraphicsView) -> None:
    """Remove pyqtgraph's right-click "Export..." (an untranslated dialog): File → Export → Plots does it."""
    view.scene().contextMenu = []


class PlotWidget(pg.PlotWidget):
    """A pyqtgraph plot on the theme's background whose size hint fits a dock instead of pyqtgraph's 600×480."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(background=_current.background, **kwargs)
        _drop_export_menu(self)

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
    """A pyqtgraph layout on the theme's background with a dock-friendly size hint."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.setBackground(_current.background)
        _drop_export_menu(self)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 260)


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
        self.hint = QLabel(tr(EMPTY_HINT), self)
        self.hint.setObjectName("panel_hint")  # the theme restyles it live (plots.restyle)
        self.hint.setFont(text_font(TEXT_PT + 2, bold=True))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(hint_style())
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_hint(self, text: str = "") -> None:
        """Show ``text`` (default: "Press Play to train") centred over the panel: the empty state, or why
        nothing can be drawn."""
        self.hint.setText(text or tr(EMPTY_HINT))
        self.hint.show()
        self.place_hint()
        self.hint.raise_()

    def hide_hint(self) -> None:
        self.hint.hide()

    def hint_text(self) -> str | None:
        """The hint shown over the panel, or None when the plots are on display."""
        return None if self.hint.isHidden() else self.hint.text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.place_hint()

    def place_hint(self) -> None:
        """Centre the hint, as tall as its wrapped text needs (after a resize or a new font size)."""
        width = max(min(self.width() - 20, round(360 * _current.font_scale)), 120)
        self.hint.setFixedWidth(width)
        height = self.hint.heightForWidth(width)
        if height > 0:
            self.hint.setFixedHeight(height)
        else:
            self.hint.adjustSize()
        self.hint.move((self.width() - self.hint.width()) // 2, (self.height() - self.hint.height()) // 2)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(420, 320)
