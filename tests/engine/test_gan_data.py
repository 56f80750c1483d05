"""The GAN targets (engine/gan_data.py): seeded 2D samples, the energy distance, the mode count."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.data import DataError, make_dataset
from playground.engine.gan_data import (
    GAN_GENERATORS,
    energy_distance,
    grid_centres,
    load_gan_dataset,
    mean_distance,
    modes_covered,
    ring_centres,
)
from playground.graph.params import defaults
from playground.graph.settings import DATA_PARAMS, DATASETS

GAN_SETS = sorted(k for k, v in DATASETS.items() if v.kind == "gan")
DRAWN = [[-1.0, -1.0], [1.0, 0.5], [0.0, 2.0]]


def spec(dataset: str, **values: object) -> dict:
    return {**defaults(DATA_PARAMS), "dataset": dataset, "samples": 400, "points": DRAWN, **values}


def nearest(points: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Distance from each point to its nearest centre."""
    return np.linalg.norm(points[:, None, :] - centres[None, :, :], axis=2).min(axis=1)


def test_every_gan_target_has_a_generator() -> None:
    assert set(GAN_GENERATORS) == set(GAN_SETS) == {"ring", "gan_moons", "line", "grid", "drawn"}


@pytest.mark.parametrize("name", GAN_SETS)
def test_a_gan_target_is_two_seeded_samples_of_2d_points(name: str) -> None:
    d = make_dataset(spec(name, seed=3))
    assert d.kind == "gan" and d.task == "generation" and d.n_classes == 0
    for x in (d.x_train, d.x_test):
        assert x.shape == (400, 2) and x.dtype == np.float32
    assert d.points_train is d.x_train and d.points_test is d.x_test
    assert d.y_train.shape == (0,) and d.y_test.shape == (0,)
    assert not np.array_equal(d.x_train, d.x_test)  # an independent second sample, not a copy
    xmin, xmax, ymin, ymax = d.extent
    assert xmin <= -2.5 and xmax >= 2.5 and ymin <= -2.5 and ymax >= 2.5
    both = np.concatenate([d.x_train, d.x_test])
    assert xmin <= both[:, 0].min() and both[:, 0].max() <= xmax
    assert ymin <= both[:, 1].min() and both[:, 1].max() <= ymax
    again = make_dataset(spec(name, seed=3))
    assert np.array_equal(again.x_train, d.x_train) and np.array_equal(again.x_test, d.x_test)
    assert not np.array_equal(make_dataset(spec(name, seed=4)).x_train, d.x_train)


def test_the_ring_is_eight_equally_likely_blobs_of_sigma_noise() -> None:
    d = load_gan_dataset(spec("ring", samples=4000, noise=0.05))
    centres = ring_centres()
    assert np.allclose(np.linalg.norm(centres, axis=1), 1.5)
    assert nearest(d.x_train, centres).max() < 6 * 0.05
    which = np.linalg.norm(d.x_train[:, None] - centres[None], axis=2).argmin(axis=1)
    shares = np.bincount(which, minlength=8) / len(which)
    assert np.all(np.abs(shares - 1 / 8) < 0.03), shares
    offsets = d.x_train - centres[which]
    assert offsets.std() == pytest.approx(0.05, rel=0.1)  # noise is σ of the scatter, in plane units
    clean = load_gan_dataset(spec("ring", noise=0.0))
    assert nearest(clean.x_train, centres).max() < 1e-6


def test_the_grid_is_five_by_five_blobs() -> None:
    d = load_gan_dataset(spec("grid", samples=2000, noise=0.05))
    assert len(grid_centres()) == 25 and np.abs(grid_centres()).max() == 2.0
    assert nearest(d.x_train, grid_centres()).max() < 6 * 0.05
    assert modes_covered(d.x_train, grid_centres(), 0.05, share=0.02) == 25


def test_the_line_and_the_moons_have_their_shapes() -> None:
    line = load_gan_dataset(spec("line", noise=0.0)).x_train
    assert np.allclose(line[:, 1], line[:, 0] * 1.2 / 1.8, atol=1e-5)
    moons = load_gan_dataset(spec("gan_moons", noise=0.0)).x_train
    assert np.abs(moons[:, 0]).max() <= 2.25 + 1e-5 and np.abs(moons[:, 1]).max() <= 1.125 + 1e-5


def test_drawn_samples_scatter_around_the_drawn_points() -> None:
    d = load_gan_dataset(spec("drawn", noise=0.1, samples=900))
    assert nearest(d.x_train, np.array(DRAWN)).max() < 6 * 0.1
    assert modes_covered(d.x_train, np.array(DRAWN), 0.1, share=0.25) == 3


def test_drawing_far_out_widens_the_plane() -> None:
    d = load_gan_dataset(spec("drawn", points=[[4.0, -3.0]], noise=0.0))
    assert d.extent[1] >= 4.0 and d.extent[2] <= -3.0


def test_no_drawn_points_asks_the_user_to_draw() -> None:
    with pytest.raises(DataError, match="draw some points on the data preview first"):
        make_dataset(spec("drawn", points=[]))


def test_mean_distance_matches_the_pairwise_definition() -> None:
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(50, 2)), rng.normal(size=(70, 2)) + 1.0
    brute = np.linalg.norm(a[:, None, :] - b[None, :, :], axis=2).mean()
    assert mean_distance(a, b) == pytest.approx(brute, rel=1e-9)
    assert energy_distance(a, b) == pytest.approx(2 * brute - mean_distance(a, a) - mean_distance(b, b), rel=1e-9)


def test_energy_distance_is_small_for_one_distribution_and_large_for_shifted_ones() -> None:
    ring = load_gan_dataset(spec("ring", samples=500, noise=0.1))
    same = energy_distance(ring.x_train, ring.x_test)
    moved = energy_distance(ring.x_train, ring.x_test + np.float32(1.0))
    assert 0.0 <= same < 0.02
    assert moved > 0.5
    assert moved == pytest.approx(energy_distance(ring.x_test + np.float32(1.0), ring.x_train), rel=1e-9)
    one_mode = ring.x_test[np.linalg.norm(ring.x_test - ring_centres()[0], axis=1) < 0.5]
    assert energy_distance(one_mode, ring.x_train) > 10 * same  # it notices the missing modes


def test_modes_covered_counts_centres_with_enough_samples_nearby() -> None:
    centres = ring_centres()
    samples = np.concatenate([np.repeat(centres[:3], 30, axis=0), np.repeat(centres[3:4], 2, axis=0)])
    assert modes_covered(samples, centres, 0.05) == 3  # centre 3 holds 2 of 92 samples: under 5 %
    assert modes_covered(samples + 0.2, centres, 0.05) == 0  # 0.28 away: beyond 3σ = 0.15
    assert modes_covered(np.zeros((0, 2)), centres, 0.05) == 0
