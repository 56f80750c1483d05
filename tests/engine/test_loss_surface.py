"""The optimizers lesson's surfaces and paths: real torch optimizers, finite paths, divergence reported."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from playground.engine.loss_surface import (
    OPTIMIZER_ORDER,
    SURFACES,
    optimizer_path,
    optimizer_paths,
    surface_grid,
)
from playground.graph.settings import OPTIMIZERS, TRAIN_PARAMS


def test_optimizers_are_the_training_settings_choices() -> None:
    choices = next(spec for spec in TRAIN_PARAMS if spec.name == "optimizer").choices
    assert tuple(choices) == OPTIMIZER_ORDER
    for surface in SURFACES.values():
        assert set(surface.lrs) == set(OPTIMIZERS)


@pytest.mark.parametrize("name", list(SURFACES))
def test_grid_matches_the_formula_and_extent(name: str) -> None:
    z, extent = surface_grid(name, 21)
    x0, x1, y0, y1 = extent
    assert z.shape == (21, 21) and np.isfinite(z).all()
    # z[i, j] is at x = xs[i], y = ys[j] (pyqtgraph's column-major image order)
    assert z[3, 17] == pytest.approx(SURFACES[name].formula(np.linspace(x0, x1, 21)[3], np.linspace(y0, y1, 21)[17]))
    sx, sy = SURFACES[name].start
    assert x0 < sx < x1 and y0 < sy < y1


def test_every_optimizer_lowers_the_loss_on_the_bowl() -> None:
    paths = optimizer_paths("bowl", steps=60)
    assert list(paths) == list(OPTIMIZER_ORDER)
    for opt, path in paths.items():
        assert path.points.shape == (61, 2)
        assert not path.diverged, opt
        assert path.losses[-1] < 0.1 * path.losses[0], opt
        assert path.label == OPTIMIZERS[opt]
        np.testing.assert_array_equal(path.points[0], SURFACES["bowl"].start)


def test_losses_are_the_surface_at_the_points() -> None:
    path = optimizer_path("rosenbrock", "adam", 40)
    expected = [SURFACES["rosenbrock"].formula(x, y) for x, y in path.points]
    np.testing.assert_allclose(path.losses, expected)


def test_paths_are_deterministic() -> None:
    first = optimizer_paths("two_minima", ("momentum", "rmsprop", "nadam"), steps=50)
    second = optimizer_paths("two_minima", ("momentum", "rmsprop", "nadam"), steps=50)
    for opt in first:
        np.testing.assert_array_equal(first[opt].points, second[opt].points)


def test_paths_follow_a_bare_torch_loop() -> None:
    """The path is what torch.optim.SGD with momentum does, with the app's default momentum."""
    surface = SURFACES["saddle"]
    momentum = next(spec.default for spec in TRAIN_PARAMS if spec.name == "momentum")
    param = torch.tensor(surface.start, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.SGD([param], lr=surface.lrs["momentum"], momentum=momentum)
    points = [param.detach().clone().numpy()]
    for _ in range(30):
        opt.zero_grad()
        surface.formula(param[0], param[1]).backward()
        opt.step()
        points.append(param.detach().clone().numpy())
    np.testing.assert_allclose(optimizer_path("saddle", "momentum", 30).points, np.array(points))


def test_a_diverging_learning_rate_is_reported_not_nan() -> None:
    path = optimizer_path("bowl", "sgd", 50, lr_scale=10.0)  # lr 3.5 on curvature 5: |1 − 17.5| > 1, it explodes
    assert path.diverged and path.stopped_at is not None and path.stopped_at <= 50
    assert np.isfinite(path.points).all() and np.isfinite(path.losses).all()
    x0, x1, y0, y1 = SURFACES["bowl"].extent
    assert (path.points[:, 0] >= x0).all() and (path.points[:, 0] <= x1).all()
    assert (path.points[:, 1] >= y0).all() and (path.points[:, 1] <= y1).all()
    np.testing.assert_array_equal(path.points[path.stopped_at :], path.points[-1:].repeat(51 - path.stopped_at, 0))


def test_classic_pictures() -> None:
    """What the lesson says happens: SGD crawls along the bowl, momentum crosses to the deeper minimum,
    adaptive methods leave the saddle long before SGD."""
    bowl = optimizer_paths("bowl", ("sgd", "adam"), steps=40)
    assert bowl["sgd"].losses[-1] > 3 * bowl["adam"].losses[-1]
    wells = optimizer_paths("two_minima", ("sgd", "momentum"))
    assert wells["sgd"].points[-1, 0] > 0.5  # stuck in the shallow minimum on the right
    assert wells["momentum"].points[-1, 0] < -0.5  # carried over the ridge into the deeper one
    saddle = optimizer_paths("saddle", ("sgd", "rmsprop"))

    def escape(opt: str) -> int:
        return int(np.argmax(np.abs(saddle[opt].points[:, 1]) > 0.5))

    assert 0 < escape("rmsprop") < escape("sgd") // 5


def test_unknown_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown loss surface"):
        surface_grid("cliff", 10)
    with pytest.raises(ValueError, match="unknown optimizer"):
        optimizer_path("bowl", "lbfgs", 10)


@pytest.mark.parametrize("name", list(SURFACES))
def test_marked_minima_are_minima(name: str) -> None:
    surface = SURFACES[name]
    assert surface.minima
    for x, y in surface.minima:
        here = surface.formula(x, y)
        for dx, dy in ((1e-2, 0), (-1e-2, 0), (0, 1e-2), (0, -1e-2)):
            assert surface.formula(x + dx, y + dy) > here
