"""Colours and small painted icons shared by the window's panels (no image files needed)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from playground.ui.i18n import N_

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
OKABE_ITO: tuple[str, ...] = (
    "#E69F00",  # orange
    "#0072B2",  # blue
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)

# Regression values, low → middle → high: blue to orange through light grey (no red/green pair).
REGRESSION_COLORS: tuple[str, str, str] = ("#0072B2", "#F2F2F2", "#E69F00")

ERROR_COLOR = "#C0392B"
OK_COLOR = "#1E7B45"

CATEGORY_COLORS: dict[str, str] = {
    "Input / Output": "#0072B2",
    "Core": "#E69F00",
    "Activations": "#009E73",
    "Regularization": "#CC79A7",
    "Merge": "#56B4E9",
    "Convolution": "#D55E00",
    "Shape": "#A89400",  # Okabe–Ito yellow, darkened so its strokes show on the light fill
    "Autoencoder": "#6A51A3",
}
_FALLBACK_COLOR = "#777777"

THEME_NAMES: dict[str, str] = {"light": N_("Light"), "dark": N_("Dark"), "contrast": N_("High contrast")}
"""Theme id → its menu text (translated where shown)."""

_Role = QPalette.ColorRole
_DARK: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#2B2D31", _Role.WindowText: "#E8E8E8", _Role.Base: "#1E1F22", _Role.AlternateBase: "#2B2D31",
    _Role.ToolTipBase: "#3A3D42", _Role.ToolTipText: "#F0F0F0", _Role.PlaceholderText: "#9A9A9A",
    _Role.Text: "#E8E8E8", _Role.Button: "#383B40", _Role.ButtonText: "#E8E8E8", _Role.BrightText: "#FF6B6B",
    _Role.Light: "#4A4D52", _Role.Midlight: "#3F4247", _Role.Mid: "#33363B", _Role.Dark: "#1A1B1E",
    _Role.Shadow: "#000000", _Role.Highlight: "#3D8EDB", _Role.HighlightedText: "#FFFFFF", _Role.Link: "#6CB4F5",
}
_CONTRAST: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#000000", _Role.WindowText: "#FFFFFF", _Role.Base: "#1F1F1F", _Role.AlternateBase: "#1A1A1A",
    _Role.ToolTipBase: "#000000", _Role.ToolTipText: "#FFFFFF", _Role.PlaceholderText: "#C8C8C8",
    _Role.Text: "#FFFFFF", _Role.Button: "#000000", _Role.ButtonText: "#FFFFFF", _Role.BrightText: "#FFFF00",
    _Role.Light: "#FFFFFF", _Role.Midlight: "#C8C8C8", _Role.Mid: "#808080", _Role.Dark: "#FFFFFF",
    _Role.Shadow: "#FFFFFF", _Role.Highlight: "#FFFF00", _Role.HighlightedText: "#000000", _Role.Link: "#00FFFF",
}
_native: tuple[str, QPalette] | None = None
_applied = "light"


def apply_widget_theme(name: str) -> None:
    """Colour every widget of the application for theme ``name`` ("light" restores the native look).

    Dark and high contrast use the Fusion style, which draws with the palette on every platform.
    """
    global _native, _applied
    app = QApplication.instance()
    if not isinstance(app, QApplication) or name == _applied:
        return  # restyling every widget takes a while: only on a change
    _applied = name
    if _native is None:
        _native = (app.style().name(), QPalette(app.palette()))
    if name == "light":
        app.setStyle(_native[0])
        app.setPalette(_native[1])
        return
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (_CONTRAST if name == "contrast" else _DARK).items():
        palette.setColor(role, QColor(colour))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):  # greyed-out controls stay legible
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8A8A8A"))
    app.setPalette(palette)


def category_color(category: str) -> QColor:
    """The colour that marks a layer category in the palette (and may be used by the editor)."""
    return QColor(CATEGORY_COLORS.get(category, _FALLBACK_COLOR))


def category_icon(category: str, size: int = 20) -> QIcon:
    """A small glyph per category, painted with QPainter: arrows for I/O, a grid for Core, etc."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    color = category_color(category)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    frame = QRectF(1.5, 1.5, size - 3, size - 3)
    p.setPen(QPen(color.darker(130), 1.2))
    p.setBrush(color.lighter(170))
    p.drawRoundedRect(frame, 4, 4)
    p.setPen(QPen(color.darker(160), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    if category == "Input / Output":
        p.drawLine(QPointF(s * 0.25, s * 0.5), QPointF(s * 0.72, s * 0.5))
        p.setBrush(color.darker(160))
        p.drawPolygon(QPolygonF([QPointF(s * 0.78, s * 0.5), QPointF(s * 0.58, s * 0.33), QPointF(s * 0.58, s * 0.67)]))
    elif category == "Core":
        for fx in (0.32, 0.68):
            for fy in (0.32, 0.68):
                p.drawEllipse(QPointF(s * fx, s * fy), s * 0.08, s * 0.08)
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        p.drawLine(QPointF(s * 0.32, s * 0.68), QPointF(s * 0.68, s * 0.32))
    elif category == "Activations":
        path = QPainterPath(QPointF(s * 0.22, s * 0.72))
        path.cubicTo(QPointF(s * 0.5, s * 0.72), QPointF(s * 0.5, s * 0.28), QPointF(s * 0.78, s * 0.28))
        p.drawPath(path)
    elif category == "Regularization":
        for i, fx in enumerate((0.3, 0.5, 0.7)):
            if i == 1:
                p.drawLine(QPointF(s * 0.4, s * 0.4), QPointF(s * 0.6, s * 0.6))
            else:
                p.drawEllipse(QPointF(s * fx, s * 0.5), s * 0.07, s * 0.07)
    elif category == "Merge":
        p.drawLine(QPointF(s * 0.25, s * 0.3), QPointF(s * 0.55, s * 0.5))
        p.drawLine(QPointF(s * 0.25, s * 0.7), QPointF(s * 0.55, s * 0.5))
        p.drawLine(QPointF(s * 0.55, s * 0.5), QPointF(s * 0.78, s * 0.5))
    elif category == "Convolution":  # a 3×3 kernel
        p.drawRect(QRectF(s * 0.27, s * 0.27, s * 0.46, s * 0.46))
        for f in (0.42, 0.58):
            p.drawLine(QPointF(s * f, s * 0.27), QPointF(s * f, s * 0.73))
            p.drawLine(QPointF(s * 0.27, s * f), QPointF(s * 0.73, s * f))
    elif category == "Shape":  # a square laid out as a row
        p.drawRect(QRectF(s * 0.22, s * 0.32, s * 0.24, s * 0.36))
        p.drawLine(QPointF(s * 0.56, s * 0.5), QPointF(s * 0.8, s * 0.5))
        p.drawLine(QPointF(s * 0.56, s * 0.42), QPointF(s * 0.56, s * 0.58))
        p.drawLine(QPointF(s * 0.8, s * 0.42), QPointF(s * 0.8, s * 0.58))
    elif category == "Autoencoder":  # wide → narrow code → wide
        for sign in (-1, 1):
            x0, x1 = 0.5 + sign * 0.28, 0.5 + sign * 0.06
            corners = ((x0, 0.25), (x1, 0.42), (x1, 0.58), (x0, 0.75))
            p.drawPolygon(QPolygonF([QPointF(s * x, s * y) for x, y in corners]))
    else:
        p.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.15, s * 0.15)
    p.end()
    return QIcon(pix)
