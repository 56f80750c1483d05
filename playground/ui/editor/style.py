"""Sizes, fonts and colours of the node editor, chosen to read well on a lecture projector.

Accents come from the Okabe–Ito palette, which stays distinguishable with the common forms of
colour blindness; category colours are light tints of it, so dark text on them keeps contrast.
Errors are never shown by colour alone: a badge with "!" marks them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

NODE_WIDTH = 220.0
HEADER_HEIGHT = 34.0
LINE_HEIGHT = 22.0
KEY_LINES = 2
"""Rows reserved for key parameters, so every node has the same size (the layout needs one size)."""
FOOTER_HEIGHT = 28.0
NODE_HEIGHT = HEADER_HEIGHT + 6 + KEY_LINES * LINE_HEIGHT + FOOTER_HEIGHT + 4
CORNER = 8.0
PORT_RADIUS = 7.0
PORT_HIT_RADIUS = 14.0
"""Ports react in a larger circle than they are drawn: easier to hit with a touchpad at a lectern."""
BADGE_RADIUS = 12.0
PASTE_OFFSET = 40.0

CATEGORY_COLORS: dict[str, str] = {
    "Input / Output": "#F5D7A1",  # orange tint
    "Core": "#BFE0F5",  # sky-blue tint
    "Activations": "#B7E4D3",  # bluish-green tint
    "Regularization": "#EBC9DE",  # reddish-purple tint
    "Merge": "#F4EFB0",  # yellow tint
    "Convolution": "#F5CDB5",  # vermillion tint
    "Shape": "#E2DDC8",  # stone tint
    "Autoencoder": "#D9D0EE",  # violet tint
}
FALLBACK_CATEGORY_COLOR = "#DDDDDD"

TEXT = QColor("#1E1E1E")
MUTED_TEXT = QColor("#4A4A4A")
NODE_FILL = QColor("#FFFFFF")
NODE_BORDER = QColor("#7A7A7A")
SELECTED = QColor("#0072B2")  # Okabe–Ito blue
ERROR = QColor("#D55E00")  # Okabe–Ito vermillion
OK = QColor("#009E73")  # Okabe–Ito bluish green
EDGE = QColor("#5A5A5A")
PORT_FILL = QColor("#FFFFFF")
BACKGROUND = QColor("#F7F7F5")
GRID = QColor("#E6E6E2")
LABEL_FILL = QColor(255, 255, 255, 235)


def category_color(category: str) -> QColor:
    """The header colour of a layer category."""
    return QColor(CATEGORY_COLORS.get(category, FALLBACK_CATEGORY_COLOR))


def font(pixel_size: int, bold: bool = False) -> QFont:
    """A UI font sized in scene pixels (so it scales with zoom like the boxes around it)."""
    f = QFont()
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    return f


TITLE_FONT_PX = 17
NAME_FONT_PX = 14
BODY_FONT_PX = 15
FOOTER_FONT_PX = 14
EDGE_LABEL_FONT_PX = 14


_LIGHT_CANVAS = (BACKGROUND, GRID, EDGE)
_DARK_CANVAS = (QColor("#1E1F22"), QColor("#34373C"), QColor("#B4B4B4"))


def set_canvas_theme(dark: bool) -> None:
    """Canvas background, grid and edge colours for a light or dark window theme; the nodes stay light cards.

    The scene reads these names at paint time: repaint the view after calling this.
    """
    global BACKGROUND, GRID, EDGE
    BACKGROUND, GRID, EDGE = _DARK_CANVAS if dark else _LIGHT_CANVAS
