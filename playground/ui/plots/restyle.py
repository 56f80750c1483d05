"""Restyle plots that already exist to the current theme: background, axes, titles, labels, lines, fonts.

Panels are built once, so a theme switch cannot rebuild them. ``restyle(root, old)`` walks every
pyqtgraph view under ``root`` and sets what ``plots.base`` controls: the view's background, the axes'
pens, tick fonts and labels, titles and text items still in the old theme's text colour, legends, grid
strength, curve widths (× the theme's line scale) and the fonts panels set on their own widgets
(× the theme's font scale). Sizes are scaled from the base a widget had when first seen (kept as a
Qt property), so switching back and forth never compounds. Colours a panel chose on purpose (red
verdicts, class colours) are left alone: only the old theme's text colour is replaced.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from playground.ui.plots.base import GRID_ALPHA, Panel, PlotTheme, current_theme, hint_style

_BASE_PT = "base_pt"
_BASE_WIDTH = "base_width"
_BASE_SIZE = "base_size"
_BASE_GRID = "base_grid"
_PT = re.compile(r"([\d.]+)\s*pt")


def restyle(root: QWidget, old: PlotTheme, widget_fonts: bool = True) -> None:
    """Bring every plot under ``root`` (drawn in theme ``old``) to ``current_theme()``.

    ``widget_fonts=False`` leaves the panels' own widgets' fonts alone (they were made at the current scale).
    """
    theme = current_theme()
    for view in root.findChildren(pg.GraphicsView):
        view.setBackground(theme.background)
        for item in view.scene().items():
            _restyle_item(item, old, theme)
    for label in root.findChildren(QLabel, "panel_hint"):
        label.setStyleSheet(hint_style(theme))
    if widget_fonts and theme.font_scale != old.font_scale:
        for panel in root.findChildren(Panel):
            _scale_widget_fonts(panel, old.font_scale, theme.font_scale)
    for panel in root.findChildren(Panel):
        panel.place_hint()  # a new font size wraps the hint's text differently


def _same(colour: object, other: str) -> bool:
    try:
        return QColor(colour).name().lower() == QColor(other).name().lower()
    except TypeError:
        return False


def _base(obj: object, name: str, current: object) -> object:
    """The value ``obj`` had when first restyled (stored as a Qt property), storing ``current`` if new."""
    stored = obj.property(name)
    if stored is None:
        obj.setProperty(name, current)
        return current
    return stored


def _scaled(size: str, scale: float) -> str:
    """``"12pt"`` × ``scale`` (as points, kept to one decimal so scaling back gives the same size)."""
    match = _PT.search(size)
    return f"{float(match.group(1)) * scale:.1f}pt" if match else size


def _restyle_item(item: object, old: PlotTheme, theme: PlotTheme) -> None:
    if isinstance(item, pg.AxisItem):
        _restyle_axis(item, old, theme)
    elif isinstance(item, pg.LabelItem):
        colour = item.opts.get("color")
        size = item.opts.get("size")
        base = _base(item, _BASE_SIZE, _scaled(size, 1 / old.font_scale) if size else "")
        new_colour = theme.text if colour is None or _same(colour, old.text) else colour
        if item.text:
            item.setText(item.text, color=new_colour, size=_scaled(str(base), theme.font_scale) if base else None)
    elif isinstance(item, pg.TextItem):
        if _same(item.color, old.text):
            item.setColor(theme.text)
        _restyle_fill(item, theme)
    elif isinstance(item, pg.LegendItem):
        item.setLabelTextColor(theme.text)
        if item.opts.get("brush") is not None:  # a filled legend box: the theme's background, slightly see-through
            fill = QColor(theme.background)
            fill.setAlpha(220)
            item.setBrush(fill)
            item.setPen(pg.mkPen(QColor(theme.text).darker(150) if theme.dark else QColor("#BBBBBB")))
    elif isinstance(item, pg.InfiniteLine):
        if _same(item.pen.color(), old.text):  # a reference line in the text colour
            pen = pg.mkPen(item.pen)
            pen.setColor(QColor(theme.text))
            item.setPen(pen)
    elif isinstance(item, pg.PlotDataItem):
        pen = item.opts.get("pen")
        if pen is not None:
            qpen = pg.mkPen(pen)
            if _same(qpen.color(), old.text):  # a curve drawn in the text colour (a target, a distance)
                qpen.setColor(QColor(theme.text))
            # Width 0 is a 1-pixel cosmetic pen: scaled as 1.
            width = float(_base(item, _BASE_WIDTH, max(qpen.widthF(), 1.0) / old.line_scale))
            qpen.setWidthF(width * theme.line_scale)
            item.setPen(qpen)


def _restyle_fill(item: pg.TextItem, theme: PlotTheme) -> None:
    """A white label box (a cursor's read-out) turns into the theme's background, and back."""
    fill = item.fill.color() if item.fill.style() != Qt.BrushStyle.NoBrush else None
    if fill is None:
        return
    base = QColor(_base(item, "base_fill", fill.name(QColor.NameFormat.HexArgb)))
    if base.lightness() < 200:
        return  # a coloured box chosen on purpose
    colour = QColor(theme.background) if theme.dark else base
    colour.setAlpha(base.alpha())
    item.fill = pg.mkBrush(colour)
    item.update()


def _restyle_axis(axis: pg.AxisItem, old: PlotTheme, theme: PlotTheme) -> None:
    axis.setPen(pg.mkPen(theme.text))
    axis.setTextPen(pg.mkPen(theme.text))
    tick_pt = axis.property("base_tick_pt")  # set by style_plot; other axes keep their size
    if tick_pt is not None:
        font = axis.style.get("tickFont")
        if font is not None:
            font.setPointSize(max(1, round(float(tick_pt) * theme.font_scale)))
            axis.setTickFont(font)
    if axis.grid is not False:
        base = float(_base(axis, _BASE_GRID, axis.grid))
        axis.setGrid(int(min(255, base * theme.grid_alpha / GRID_ALPHA)))
    if axis.labelText:
        style = dict(axis.labelStyle)
        size = style.get("font-size", "")
        base = _base(axis, _BASE_SIZE, _scaled(size, 1 / old.font_scale) if size else "")
        style["color"] = theme.text
        if base:
            style["font-size"] = _scaled(str(base), theme.font_scale)
        axis.setLabel(axis.labelText, axis.labelUnits or None, axis.labelUnitPrefix or None, **style)
    axis.picture = None  # the cached axis picture holds the old colours
    axis.update()


def _scale_widget_fonts(panel: QWidget, old_scale: float, scale: float) -> None:
    """Scale the fonts a panel set on its own labels and buttons (``text_font``) from their unscaled size."""
    for widget in [panel, *panel.findChildren(QWidget)]:
        if isinstance(widget, pg.GraphicsView) or not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        font = widget.font()
        if font.pointSizeF() <= 0:
            continue
        # Made at the old scale by text_font when first seen; remembered unscaled from then on.
        base = float(_base(widget, _BASE_PT, font.pointSizeF() / old_scale))
        font.setPointSizeF(base * scale)
        widget.setFont(font)
