"""Seeded datasets: shapes, dtypes, classes, determinism, the split, features, the XOR rule."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from playground.engine.data import GENERATORS, HALF_SIDE, featurize, grid_points, make_dataset
from playground.graph.params import validate_all
from playground.graph.settings import DATA_PARAMS, DATASETS, FEATURES

POINT_SETS = [n for n, info in DATASETS.items() if info.kind == "points" and n not in ("drawn_points", "logic")]
"""The generated 2D sets (the user's drawn points are tested in tests/ui/test_draw_points.py, the logic gates'
truth tables in tests/engine/test_classic.py)."""


def spec(**values: object) -> dict:
    cleaned, problems = validate_all(DATA_PARAMS, values, "data")
    assert not problems, problems
    return cleaned


def test_every_dataset_setting_has_a_generator() -> None:
    assert set(GENERATORS) == set(POINT_SETS)


@pytest.mark.parametrize("name", POINT_SETS)
def test_dataset_shapes_dtypes_and_classes(name: str) -> None:
    info = DATASETS[name]
    d = make_dataset(spec(dataset=name, samples=300, classes=3, train_ratio=0.6))
    assert d.task == info.task
    assert d.x_train.shape == (180, 2) and d.x_test.shape == (120, 2)
    assert d.points_train.shape == (180, 2) and d.points_test.shape == (120, 2)
    assert d.x_train.dtype == np.float32 and d.points_train.dtype == np.float32
    assert np.all(np.isfinite(d.x_train)) and np.all(np.isfinite(d.x_test))
    assert d.features == ("x1", "x2")
    if info.task == "regression":
        assert d.n_classes == 0
        assert d.y_train.shape == (180, 1) and d.y_train.dtype == np.float32
        assert d.y_train.std() > 0.05
    else:
        expected = info.fixed_classes or 3
        assert d.n_classes == expected
        assert d.y_train.shape == (180,) and d.y_train.dtype == np.int64
        labels = np.concatenate([d.y_train, d.y_test])
        assert set(labels.tolist()) == set(range(expected))
        # Roughly balanced: no class under half its fair share.
        assert np.bincount(labels).min() > 0.5 * len(labels) / expected
    # The plot extent is a square around every point.
    xmin, xmax, ymin, ymax = d.extent
    assert xmin == ymin == -xmax == -ymax and xmax >= HALF_SIDE
    both = np.concatenate([d.points_train, d.points_test])
    assert np.abs(both).max() <= xmax


@pytest.mark.parametrize("classes", [2, 5, 8])
@pytest.mark.parametrize("name", ["spiral", "gaussians"])
def test_class_count_follows_the_setting_where_the_dataset_allows(name: str, classes: int) -> None:
    d = make_dataset(spec(dataset=name, samples=400, classes=classes))
    assert d.n_classes == classes
    assert set(np.concatenate([d.y_train, d.y_test]).tolist()) == set(range(classes))


@pytest.mark.parametrize("name", POINT_SETS)
def test_same_seed_same_data_and_different_seed_different_data(name: str) -> None:
    a = make_dataset(spec(dataset=name, seed=4, noise=0.2))
    b = make_dataset(spec(dataset=name, seed=4, noise=0.2))
    c = make_dataset(spec(dataset=name, seed=5, noise=0.2))
    for field in ("x_train", "x_test", "y_train", "y_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.x_train, c.x_train)


@pytest.mark.parametrize(("ratio", "n_train"), [(0.1, 50), (0.5, 250), (0.9, 450), (0.73, 365)])
def test_train_ratio_sets_the_split(ratio: float, n_train: int) -> None:
    d = make_dataset(spec(dataset="moons", samples=500, train_ratio=ratio))
    assert len(d.x_train) == len(d.y_train) == n_train
    assert len(d.x_test) == len(d.y_test) == 500 - n_train


def test_the_split_is_shuffled_so_both_parts_hold_every_class() -> None:
    d = make_dataset(spec(dataset="spiral", classes=4, samples=200, train_ratio=0.2))
    assert set(d.y_train.tolist()) == set(d.y_test.tolist()) == {0, 1, 2, 3}


def test_features_are_computed_from_the_points() -> None:
    features = list(FEATURES)
    d = make_dataset(spec(dataset="circle", features=features, samples=100))
    assert d.x_train.shape == (50, len(features))
    x1, x2 = d.points_train[:, 0], d.points_train[:, 1]
    expected = {
        "x1": x1,
        "x2": x2,
        "x1_sq": x1**2,
        "x2_sq": x2**2,
        "x1_x2": x1 * x2,
        "sin_x1": np.sin(x1),
        "sin_x2": np.sin(x2),
    }
    for i, name in enumerate(features):
        np.testing.assert_allclose(d.x_train[:, i], expected[name], rtol=1e-6, err_msg=name)


def test_features_keep_the_chosen_order() -> None:
    d = make_dataset(spec(dataset="circle", features=["sin_x2", "x1"], samples=100))
    assert d.features == ("sin_x2", "x1")
    np.testing.assert_allclose(d.x_test[:, 0], np.sin(d.points_test[:, 1]), rtol=1e-6)
    np.testing.assert_array_equal(d.x_test[:, 1], d.points_test[:, 0])


def test_noiseless_xor_labels_follow_the_sign_of_x1_times_x2() -> None:
    d = make_dataset(spec(dataset="xor", noise=0.0, samples=1000))
    for points, labels in ((d.points_train, d.y_train), (d.points_test, d.y_test)):
        np.testing.assert_array_equal(labels, (points[:, 0] * points[:, 1] > 0).astype(np.int64))
        assert np.abs(points).min() >= 0.3  # the padding keeps points off the axes


def test_noise_blurs_xor_labels() -> None:
    d = make_dataset(spec(dataset="xor", noise=0.8, samples=1000))
    agree = (d.y_train == (d.points_train[:, 0] * d.points_train[:, 1] > 0)).mean()
    assert 0.5 < agree < 0.97


def test_noiseless_circle_separates_by_radius() -> None:
    d = make_dataset(spec(dataset="circle", noise=0.0, samples=600))
    r = np.hypot(d.points_train[:, 0], d.points_train[:, 1])
    assert r[d.y_train == 1].max() <= 2.5 < 3.5 <= r[d.y_train == 0].min()


def test_noiseless_plane_target_is_linear() -> None:
    d = make_dataset(spec(dataset="plane", noise=0.0, samples=200))
    np.testing.assert_allclose(d.y_train[:, 0], d.points_train.sum(axis=1) / (2 * HALF_SIDE), atol=1e-6)


def test_grid_points_are_row_major_with_y_as_the_row() -> None:
    points = grid_points((-1.0, 1.0, 10.0, 20.0), 3)
    assert points.shape == (9, 2) and points.dtype == np.float32
    np.testing.assert_array_equal(points[:3], [[-1, 10], [0, 10], [1, 10]])
    np.testing.assert_array_equal(points[-1], [1, 20])
    assert featurize(points, ["x1_x2"]).shape == (9, 1)


def test_data_module_imports_no_torch() -> None:
    code = "import sys, playground.engine.data; assert 'torch' not in sys.modules, 'torch was imported'"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
