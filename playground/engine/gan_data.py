"""The 2D targets a GAN's generator learns to imitate, and how far a generated sample is from them.

Numpy only, like ``engine/data.py``: the data preview draws these points without torch. Every set is
a seeded sample of a known distribution, so a second, independent sample of it is the test set the
energy distance compares the generator's samples with.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from playground.engine.data import DataError, Dataset
from playground.graph.i18n import tr

RING_MODES = 8
RING_RADIUS = 1.5
GRID_SIDE = 5
HALF_EXTENT = 2.5
"""The plane the GAN panels show is at least [−2.5, 2.5]²; it grows when the data reaches further."""


def ring_centres(modes: int = RING_MODES, radius: float = RING_RADIUS) -> np.ndarray:
    """(modes, 2) centres of the ring's gaussians, the first on the positive x axis."""
    angle = 2 * np.pi * np.arange(modes) / modes
    return radius * np.stack([np.cos(angle), np.sin(angle)], axis=1)


def grid_centres(side: int = GRID_SIDE) -> np.ndarray:
    """(side², 2) centres of the grid's gaussians, one unit apart and centred on the origin."""
    ticks = np.arange(side) - (side - 1) / 2
    gx, gy = np.meshgrid(ticks, ticks)
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


# --- generators: (rng, n, sigma, spec) -> (n, 2) points ------------------------------------------


def _mixture(centres: np.ndarray, rng: np.random.Generator, n: int, sigma: float) -> np.ndarray:
    """Equal-weight gaussians of standard deviation ``sigma`` around ``centres``."""
    picks = rng.integers(0, len(centres), n)
    return centres[picks] + rng.normal(0.0, sigma, (n, 2))


def _ring(rng: np.random.Generator, n: int, sigma: float, spec: dict) -> np.ndarray:
    return _mixture(ring_centres(), rng, n, sigma)


def _grid(rng: np.random.Generator, n: int, sigma: float, spec: dict) -> np.ndarray:
    return _mixture(grid_centres(), rng, n, sigma)


def _moons(rng: np.random.Generator, n: int, sigma: float, spec: dict) -> np.ndarray:
    upper = rng.integers(0, 2, n) == 0
    t = rng.uniform(0.0, np.pi, n)
    x = np.where(upper, np.cos(t), 1.0 - np.cos(t))
    y = np.where(upper, np.sin(t), 0.5 - np.sin(t))
    # The classic moons span [−1, 2] × [−0.5, 1]: centred and scaled to fill about [−2.25, 2.25].
    points = np.stack([(x - 0.5) * 1.5, (y - 0.25) * 1.5], axis=1)
    return points + rng.normal(0.0, sigma, (n, 2))


def _line(rng: np.random.Generator, n: int, sigma: float, spec: dict) -> np.ndarray:
    t = rng.uniform(-1.0, 1.0, n)
    points = np.stack([1.8 * t, 1.2 * t], axis=1)
    return points + rng.normal(0.0, sigma, (n, 2))


def _drawn(rng: np.random.Generator, n: int, sigma: float, spec: dict) -> np.ndarray:
    drawn = np.asarray(spec.get("points") or [], dtype=np.float64).reshape(-1, 2)
    if not len(drawn):
        raise DataError(tr("draw some points on the data preview first"))
    return _mixture(drawn, rng, n, sigma)


GAN_GENERATORS: dict[str, Callable[[np.random.Generator, int, float, dict], np.ndarray]] = {
    "ring": _ring,
    "gan_moons": _moons,
    "line": _line,
    "grid": _grid,
    "drawn": _drawn,
}


def load_gan_dataset(spec: dict) -> Dataset:
    """A seeded sample of the GAN target ``spec`` names: ``samples`` points to train on, as many to test.

    ``spec["noise"]`` is the standard deviation of the gaussian scatter (in plane units) around the
    target's shape: the ring's and grid's blobs, the moons' and line's curves, the points the user drew.
    """
    make = GAN_GENERATORS.get(spec["dataset"])
    if make is None:
        raise DataError(tr("{dataset} is not a GAN target", dataset=f"{spec['dataset']!r}"))
    rng = np.random.default_rng(spec["seed"])
    n, sigma = int(spec["samples"]), float(spec["noise"])
    train = make(rng, n, sigma, spec).astype(np.float32)
    test = make(rng, n, sigma, spec).astype(np.float32)
    reach = max(HALF_EXTENT, float(np.abs(np.concatenate([train, test])).max()) * 1.05)
    empty = np.zeros((0,), np.float32)
    return Dataset(
        points_train=train,
        points_test=test,
        x_train=train,
        x_test=test,
        y_train=empty,
        y_test=empty,
        task="generation",
        n_classes=0,
        features=("x1", "x2"),
        extent=(-reach, reach, -reach, reach),
        kind="gan",
    )


# --- how close two samples are ------------------------------------------------------------------


def mean_distance(a: np.ndarray, b: np.ndarray) -> float:
    """Mean Euclidean distance over all pairs (one point of ``a``, one of ``b``), pairs of a point with itself too."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    # |a − b|² = |a|² + |b|² − 2a·b: one matrix product instead of an (n, m, d) difference array.
    squared = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2.0 * (a @ b.T)
    return float(np.sqrt(np.maximum(squared, 0.0)).mean())


def energy_distance(a: np.ndarray, b: np.ndarray) -> float:
    """Energy distance 2E|X − Y| − E|X − X′| − E|Y − Y′| of samples ``a`` and ``b`` (V-statistic; ≥ 0).

    Zero exactly when the two distributions are equal; unlike a mean or a covariance it notices a generator
    that leaves out some modes.
    """
    return 2.0 * mean_distance(a, b) - mean_distance(a, a) - mean_distance(b, b)


def modes_covered(samples: np.ndarray, centres: np.ndarray, sigma: float, share: float = 0.05) -> int:
    """How many ``centres`` have at least ``share`` of the samples within 3σ of them (mode-collapse count)."""
    samples = np.asarray(samples, np.float64)
    if not len(samples):
        return 0
    distances = np.linalg.norm(samples[:, None, :] - np.asarray(centres, np.float64)[None, :, :], axis=2)
    near = (distances <= 3.0 * sigma).mean(axis=0)
    return int((near >= share).sum())
