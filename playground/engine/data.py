"""Seeded 2D datasets (the TensorFlow Playground set) as numpy arrays.

Points live in the square [-6, 6]²; features (x1, x2, x1², x2², x1·x2, sin x1, sin x2) are
computed from them. This module imports numpy only, so the UI can preview data without torch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.graph.i18n import tr
from playground.graph.settings import DATASETS, FEATURES, n_classes


class DataError(ValueError):
    """The data cannot be loaded; the message says which file and what is wrong with it."""


HALF_SIDE = 6.0
"""Points are generated in [-HALF_SIDE, HALF_SIDE]² (before noise)."""


@dataclass(frozen=True)
class Dataset:
    points_train: np.ndarray  # (n, 2) float32 raw coordinates
    points_test: np.ndarray
    x_train: np.ndarray  # (n, n_features) float32 network inputs
    x_test: np.ndarray
    y_train: np.ndarray  # int64 class labels, or float32 (n, 1) regression targets
    y_test: np.ndarray
    task: str  # "classification" or "regression"
    n_classes: int  # 0 for regression
    features: tuple[str, ...]
    extent: tuple[float, float, float, float]  # xmin, xmax, ymin, ymax for plots and grids
    kind: str = "points"
    """"points" (2D points, the arrays above) or "images" (x_* are (n, C, H, W) in [0, 1]; no points)."""
    image_shape: tuple[int, ...] = ()
    """C×H×W of one image (empty for points)."""
    class_names: tuple[str, ...] = ()
    """A name per class: "0".."9" for digits, the sub-folder names of the user's images."""
    source: str = ""
    """Where the data comes from, for captions and attribution."""
    x_unlabelled: np.ndarray | None = None
    """Training inputs without their labels, for a pretraining: the whole training split when
    ``train_per_class`` keeps only a few labelled images of it (None: the same as ``x_train``)."""


FEATURE_FUNCS: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1_sq": lambda a, b: a * a,
    "x2_sq": lambda a, b: b * b,
    "x1_x2": lambda a, b: a * b,
    "sin_x1": lambda a, b: np.sin(a),
    "sin_x2": lambda a, b: np.sin(b),
}
assert set(FEATURE_FUNCS) == set(FEATURES)


def featurize(points: np.ndarray, features: list[str] | tuple[str, ...]) -> np.ndarray:
    """Network inputs for raw (n, 2) points: one column per named feature, float32."""
    a, b = points[:, 0], points[:, 1]
    return np.stack([FEATURE_FUNCS[f](a, b) for f in features], axis=1).astype(np.float32)


def grid_points(extent: tuple[float, float, float, float], n: int) -> np.ndarray:
    """(n*n, 2) points of an n×n grid over ``extent``, row-major with y as the row index."""
    xs = np.linspace(extent[0], extent[1], n, dtype=np.float32)
    ys = np.linspace(extent[2], extent[3], n, dtype=np.float32)
    gx, gy = np.meshgrid(xs, ys)
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


# --- generators: (rng, n, classes, noise) -> points (n, 2), labels (n,) -----------------------


def _circle(rng: np.random.Generator, n: int, k: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    radius = 5.0
    inner = n // 2
    r = np.concatenate([rng.uniform(0, radius * 0.5, inner), rng.uniform(radius * 0.7, radius, n - inner)])
    angle = rng.uniform(0, 2 * np.pi, n)
    points = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
    labels = np.concatenate([np.ones(inner), np.zeros(n - inner)])
    points += rng.normal(0, noise * radius * 0.25, points.shape)
    return points, labels


def _xor(rng: np.random.Generator, n: int, k: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    padding = 0.3
    points = rng.uniform(-5, 5, (n, 2))
    points += np.where(points > 0, padding, -padding)
    labels = (points[:, 0] * points[:, 1] > 0).astype(float)
    points += rng.normal(0, noise * 1.5, points.shape)
    return points, labels


def _truth_table(rng: np.random.Generator, n: int, lone: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Four square clusters (side 1.6) around (±3.5, ±3.5), one per row of a truth table (a sign per input).

    Half the points fall in the ``lone`` corner (AND's true row, OR's false row), the rest in the other three, so
    both classes are equally common and accuracy above 50% means something. Whole quadrants would not do: the
    quadrant x1 > 0, x2 > 0 cannot be cut from the other three by one line, so AND would not be linearly
    separable. Clusters keep a clear margin around the separating line. Returns the points and who is lone.
    """
    alone = np.arange(n) % 2 == 0
    others = np.array([(a, b) for a in (-1, 1) for b in (-1, 1) if (a, b) != lone])
    corners = np.where(alone[:, None], np.array(lone), others[rng.integers(0, len(others), n)])
    return corners * 3.5 + rng.uniform(-0.8, 0.8, (n, 2)), alone


def _and(rng: np.random.Generator, n: int, k: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    points, both_positive = _truth_table(rng, n, (1, 1))
    return points + rng.normal(0, noise * 1.5, points.shape), both_positive.astype(float)


def _or(rng: np.random.Generator, n: int, k: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    points, both_negative = _truth_table(rng, n, (-1, -1))
    return points + rng.normal(0, noise * 1.5, points.shape), (~both_negative).astype(float)


def _gaussians(rng: np.random.Generator, n: int, k: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    labels = np.arange(n) % k
    angle = 2 * np.pi * labels / k + np.pi / 4
    centres = 3.0 * np.stack([np.cos(angle), np.sin(angle)], axis=1)
    points = centres + rng.normal(0, 0.5 + noise * 2.0, (n, 2))
    return points, labels.astype(float)


def _spiral(rng: np.random.Generator, n: int, k: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    labels = np.arange(n) % k
    t = rng.uniform(0, 1, n)
    r = 5.0 * t
    angle = 1.75 * 2 * np.pi * t + 2 * np.pi * labels / k
    points = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
    points += rng.normal(0, noise * 0.8, points.shape)
    return points, labels.astype(float)


def _moons(rng: np.random.Generator, n: int, k: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    labels = np.arange(n) % 2
    t = rng.uniform(0, np.pi, n)
    x = np.where(labels == 0, np.cos(t), 1 - np.cos(t))
    y = np.where(labels == 0, np.sin(t), 0.5 - np.sin(t))
    points = np.stack([(x - 0.5) * 4.0, (y - 0.25) * 4.0], axis=1)
    points += rng.normal(0, noise * 1.0, points.shape)
    return points, labels.astype(float)


def _plane(rng: np.random.Generator, n: int, k: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    points = rng.uniform(-HALF_SIDE, HALF_SIDE, (n, 2))
    target = (points[:, 0] + points[:, 1]) / (2 * HALF_SIDE)
    return points, target + rng.normal(0, noise * 0.2, n)


def _multi_gaussian(rng: np.random.Generator, n: int, k: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    points = rng.uniform(-HALF_SIDE, HALF_SIDE, (n, 2))
    bumps = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    target = sum(sign * np.exp(-((points[:, 0] - cx) ** 2 + (points[:, 1] - cy) ** 2) / 4.0) for cx, cy, sign in bumps)
    return points, target + rng.normal(0, noise * 0.2, n)


GENERATORS: dict[str, Callable[[np.random.Generator, int, int, float], tuple[np.ndarray, np.ndarray]]] = {
    "circle": _circle,
    "xor": _xor,
    "and": _and,
    "or": _or,
    "gaussians": _gaussians,
    "spiral": _spiral,
    "moons": _moons,
    "plane": _plane,
    "multi_gaussian": _multi_gaussian,
}
assert set(GENERATORS) | {"drawn_points", "logic"} == {k for k, v in DATASETS.items() if v.kind == "points"}


def drawn_points(spec: dict) -> tuple[np.ndarray, np.ndarray]:
    """The points and classes the user clicked (``class_points``), or ``DataError`` saying what to draw."""
    rows = spec["class_points"]
    k = n_classes(spec)
    if len(rows) < 2:
        raise DataError(
            tr(
                "Draw your data: pick a class beside the preview and click on the plane to add points (at "
                "least 2; {count} so far).",
                count=len(rows),
            )
        )
    table = np.array(rows, dtype=np.float64).reshape(-1, 3)
    labels = table[:, 2]
    beyond = int((labels >= k).sum())
    if beyond:
        raise DataError(
            tr(
                "{beyond} drawn point is of a class beyond the {k} classes set: raise Classes or remove them "
                "(right-click).",
                beyond=beyond,
                k=k,
            )
            if beyond == 1
            else tr(
                "{beyond} drawn points are of a class beyond the {k} classes set: raise Classes or remove them "
                "(right-click).",
                beyond=beyond,
                k=k,
            )
        )
    return table[:, :2], labels


def make_dataset(spec: dict) -> Dataset:
    """Generate, shuffle and split the dataset a (validated) project data spec describes.

    Image sets are loaded (bundled files or the user's images, see ``engine/images.py``); they raise
    ``DataError`` with a message for the user when a file is missing or malformed.
    """
    if DATASETS[spec["dataset"]].kind == "images":
        from playground.engine.images import load_image_dataset

        return load_image_dataset(spec)
    if DATASETS[spec["dataset"]].kind == "gan":
        from playground.engine.gan_data import load_gan_dataset

        return load_gan_dataset(spec)
    if DATASETS[spec["dataset"]].kind == "sequence":
        from playground.engine.sequences import load_sequence_dataset

        return load_sequence_dataset(spec)
    if DATASETS[spec["dataset"]].kind == "table":
        from playground.engine.tabular import load_table_dataset

        return load_table_dataset(spec)
    if DATASETS[spec["dataset"]].kind == "corpus":
        from playground.engine.corpus import load_corpus_dataset

        return load_corpus_dataset(spec)
    if spec["dataset"] == "logic":
        from playground.engine.logic import load_logic_dataset

        return load_logic_dataset(spec)
    rng = np.random.default_rng(spec["seed"])
    info = DATASETS[spec["dataset"]]
    k = n_classes(spec)
    if spec["dataset"] == "drawn_points":
        points, labels = drawn_points(spec)
    else:
        points, labels = GENERATORS[spec["dataset"]](rng, spec["samples"], k, spec["noise"])
    order = rng.permutation(len(points))
    points, labels = points[order].astype(np.float32), labels[order]
    n_train = min(len(points) - 1, max(1, round(len(points) * spec["train_ratio"])))
    if info.task == "regression":
        y = labels.astype(np.float32).reshape(-1, 1)
    else:
        y = labels.astype(np.int64)
    reach = max(HALF_SIDE, float(np.abs(points).max()) * 1.02)
    features = tuple(spec["features"])
    return Dataset(
        points_train=points[:n_train],
        points_test=points[n_train:],
        x_train=featurize(points[:n_train], features),
        x_test=featurize(points[n_train:], features),
        y_train=y[:n_train],
        y_test=y[n_train:],
        task=info.task,
        n_classes=k,
        features=features,
        extent=(-reach, reach, -reach, reach),
    )
