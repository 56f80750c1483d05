"""Colour maps of the live panels, all built from the Okabe–Ito class colours (colour-blind safe).

Binary outputs use a diverging map from class 0's colour through light grey to class 1's;
multi-class outputs colour each pixel by its most likely class, paler where the network is
unsure; regression values use the data dock's blue → grey → orange map.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from playground.ui.theme import OKABE_ITO, REGRESSION_COLORS

WHITE = np.array([255.0, 255.0, 255.0])
NEUTRAL = "#F2F2F2"
# Backgrounds are this much paler than the class colour, so points drawn in full colour stand out.
BACKGROUND_PALE = 0.5
MIN_ALPHA, MAX_ALPHA = 0.08, 0.75
DISCRETE_ALPHA = 0.55


EXTRA_CLASS_COLORS = ("#882255", "#999933")
"""Wine and olive after the eight Okabe–Ito colours, so the ten digit classes stay distinct."""
CLASS_COLORS = OKABE_ITO + EXTRA_CLASS_COLORS


def class_color(k: int) -> str:
    """Hex colour of class ``k`` (the data dock uses the same order)."""
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def _rgb(color: str) -> np.ndarray:
    c = QColor(color)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)


def pale(color: str, amount: float = BACKGROUND_PALE) -> QColor:
    """``color`` mixed with white by ``amount`` (0: unchanged, 1: white)."""
    r, g, b = _rgb(color) * (1 - amount) + WHITE * amount
    return QColor(int(round(r)), int(round(g)), int(round(b)))


def binary_colormap() -> pg.ColorMap:
    """P(class 1) from 0 to 1: class 0's colour → light grey at 0.5 → class 1's colour."""
    return pg.ColorMap([0.0, 0.5, 1.0], [pale(class_color(0)), QColor(NEUTRAL), pale(class_color(1))])


def regression_colormap() -> pg.ColorMap:
    """Low → high values: blue → light grey → orange, as the data dock colours regression targets."""
    return pg.ColorMap([0.0, 0.5, 1.0], [QColor(c) for c in REGRESSION_COLORS])


def class_rgba(probs: np.ndarray, discrete: bool) -> np.ndarray:
    """(h, w, k) class probabilities → (h, w, 4) uint8: argmax class colour, paler where unsure.

    Confidence is rescaled so a uniform guess (1/k) is nearly white and certainty is strong colour;
    ``discrete`` paints every pixel of a class with the same strength.
    """
    k = probs.shape[-1]
    winner = probs.argmax(axis=-1)
    palette = np.stack([_rgb(class_color(c)) for c in range(k)])
    if discrete:
        alpha = np.full(winner.shape, DISCRETE_ALPHA)
    else:
        confidence = np.clip((probs.max(axis=-1) - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)
        alpha = MIN_ALPHA + (MAX_ALPHA - MIN_ALPHA) * confidence
    rgb = WHITE * (1 - alpha[..., None]) + palette[winner] * alpha[..., None]
    out = np.empty((*winner.shape, 4), dtype=np.uint8)
    out[..., :3] = np.round(rgb).astype(np.uint8)
    out[..., 3] = 255
    return out


def state_color(state: str) -> str:
    """Colour of a layer's gradient state: vanishing, healthy or exploding (distinct in colour-blind vision)."""
    return {"vanishing": OKABE_ITO[1], "healthy": OKABE_ITO[2], "exploding": OKABE_ITO[5]}[state]
