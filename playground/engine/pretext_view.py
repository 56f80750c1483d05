"""What the "pretext" probe shows of the relative-position pretraining (``engine.pretext``): numpy only, no torch,
so the panel that draws it loads without torch."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

OFFSETS: tuple[tuple[int, int], ...] = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))
"""The 8 neighbours of the centre patch as (row, column) steps on the grid; the class of a pair is its index."""
POSITION_NAMES: tuple[str, ...] = (
    "top left",
    "top",
    "top right",
    "left",
    "right",
    "bottom left",
    "bottom",
    "bottom right",
)
"""The classes of the pretext task in English (the UI translates them)."""


@dataclass
class PretextView:
    """A few pairs of the pretext task with the network's answer (probe "pretext")."""

    centre: np.ndarray
    """(k, C, p, p) the centre patches, pixel values as the images (0..1 for the digits)."""
    other: np.ndarray
    """(k, C, p, p) the neighbour patch of each pair."""
    truth: np.ndarray
    """(k,) int: where the neighbour was cut, an index into ``OFFSETS`` / ``POSITION_NAMES``."""
    predicted: np.ndarray
    """(k,) int: where the pretext head says it was."""
    confidence: np.ndarray
    """(k,) the head's probability of its answer."""
