"""Two-parameter loss surfaces and the paths torch's optimizers take on them, for the optimizers lesson.

Each surface is a formula in (x, y) written with arithmetic only, so the same code evaluates a numpy
grid (the picture) and a torch parameter (the paths). The optimizers are built by
``engine.run_setup.make_optimizer`` from the training settings' defaults: the race shows the very
optimizers a run uses, under the names the Training dock gives them. torch is imported on first use, so the
panel can list the surfaces while the window is being built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from playground.graph.i18n import N_
from playground.graph.settings import OPTIMIZERS, TRAIN_PARAMS

Formula = Callable[[Any, Any], Any]
"""(x, y) → loss, for numpy arrays and torch tensors alike."""


@dataclass(frozen=True)
class Surface:
    """A 2D loss with where the optimizers start, the view around it and a learning rate per optimizer."""

    label: str
    help: str
    formula: Formula
    start: tuple[float, float]
    extent: tuple[float, float, float, float]
    """(x_min, x_max, y_min, y_max) of the view; a path leaving it is stopped there."""
    lrs: dict[str, float] = field(compare=False)
    """Learning rate per optimizer id at multiplier 1: each chosen so the textbook behaviour shows."""
    steps: int = 150
    minima: tuple[tuple[float, float], ...] = ()
    """The surface's local minima (marked on the picture)."""


def _bowl(x: Any, y: Any) -> Any:
    return 0.05 * x**2 + 2.5 * y**2  # curvatures 0.1 and 5: condition number 50


def _rosenbrock(x: Any, y: Any) -> Any:
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def _saddle(x: Any, y: Any) -> Any:
    return 0.5 * x**2 - 0.5 * y**2 + 0.25 * y**4  # saddle at the origin, minima at (0, ±1)


def _two_minima(x: Any, y: Any) -> Any:
    return (x**2 - 1) ** 2 + 0.3 * x + 0.5 * y**2  # a shallow minimum near x = 0.96, the deeper one near x = −1.04


SURFACES: dict[str, Surface] = {
    "bowl": Surface(
        N_("Elongated bowl"),
        N_("A valley 50 times steeper across than along: plain SGD zig-zags across it and crawls along it."),
        _bowl,
        start=(-9.0, 1.5),
        extent=(-10.0, 10.0, -2.0, 2.0),
        lrs={
            "sgd": 0.35,
            "momentum": 0.05,
            "nesterov": 0.05,
            "adagrad": 1.5,
            "rmsprop": 0.1,
            "adam": 0.5,
            "nadam": 0.5,
        },
        minima=((0.0, 0.0),),
    ),
    "rosenbrock": Surface(
        N_("Rosenbrock valley"),
        N_("A curved, flat-bottomed valley: finding it is easy, following it to the minimum at (1, 1) is hard."),
        _rosenbrock,
        start=(-1.2, 1.3),
        extent=(-1.5, 1.5, -0.5, 2.0),
        lrs={
            "sgd": 0.001,
            "momentum": 0.0005,
            "nesterov": 0.0005,
            "adagrad": 0.2,
            "rmsprop": 0.01,
            "adam": 0.05,
            "nadam": 0.05,
        },
        steps=300,
        minima=((1.0, 1.0),),
    ),
    "saddle": Surface(
        N_("Saddle point"),
        N_(
            "Starting almost exactly on the ridge: a gradient method leaves a saddle only as fast as the tiny "
            "sideways slope lets it."
        ),
        _saddle,
        start=(-2.0, 0.0001),
        extent=(-2.5, 2.5, -2.0, 2.0),
        lrs={
            "sgd": 0.06,
            "momentum": 0.02,
            "nesterov": 0.02,
            "adagrad": 0.5,
            "rmsprop": 0.05,
            "adam": 0.1,
            "nadam": 0.1,
        },
        steps=200,
        minima=((0.0, -1.0), (0.0, 1.0)),
    ),
    "two_minima": Surface(
        N_("Two minima"),
        N_(
            "A shallow minimum on the right and a deeper one on the left: momentum can carry an optimizer over "
            "the ridge between them."
        ),
        _two_minima,
        start=(2.0, 1.5),
        extent=(-2.0, 2.5, -2.0, 2.0),
        lrs={
            "sgd": 0.02,
            "momentum": 0.02,
            "nesterov": 0.02,
            "adagrad": 0.5,
            "rmsprop": 0.05,
            "adam": 0.1,
            "nadam": 0.1,
        },
        minima=((-1.0363, 0.0), (0.9613, 0.0)),
    ),
}
"""The lesson's surfaces by id, in chooser order."""

OPTIMIZER_ORDER: tuple[str, ...] = tuple(OPTIMIZERS)
"""Optimizer ids as the training settings list them ("sgd", "momentum", … "nadam")."""


@dataclass(frozen=True)
class OptimizerPath:
    """Where one optimizer went: ``points`` (steps + 1, 2) inside the extent, finite, the start first."""

    optimizer: str
    label: str
    lr: float
    points: np.ndarray
    losses: np.ndarray
    """The loss at each point (steps + 1)."""
    stopped_at: int | None = None
    """The step at which the path left the view or became non-finite (it stays put from there), or None."""

    @property
    def diverged(self) -> bool:
        """Whether the path was stopped (a learning rate too large for this surface)."""
        return self.stopped_at is not None


def surface(name: str) -> Surface:
    """The surface ``name``, with a clear error for an unknown one."""
    if name not in SURFACES:
        raise ValueError(f"unknown loss surface {name!r}; choose one of {', '.join(SURFACES)}")
    return SURFACES[name]


def surface_grid(name: str, n: int = 200) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """The loss on an n×n grid over the surface's extent, ``z[i, j]`` at x = xs[i], y = ys[j], and the extent."""
    s = surface(name)
    x0, x1, y0, y1 = s.extent
    xs, ys = np.linspace(x0, x1, n), np.linspace(y0, y1, n)
    gx, gy = np.meshgrid(xs, ys, indexing="ij")  # row i = one x, like pyqtgraph's ImageItem axis order
    return np.asarray(s.formula(gx, gy), dtype=np.float64), s.extent


def _settings(optimizer: str, lr: float) -> dict[str, Any]:
    """The training settings' defaults with ``optimizer`` and ``lr``: what make_optimizer reads."""
    cfg = {spec.name: spec.default for spec in TRAIN_PARAMS}
    cfg.update(optimizer=optimizer, lr=lr)
    return cfg


def optimizer_path(name: str, optimizer: str, steps: int, lr_scale: float = 1.0) -> OptimizerPath:
    """Run ``optimizer`` for ``steps`` steps on surface ``name`` from its start (deterministic: no randomness)."""
    import torch

    from playground.engine.run_setup import make_optimizer

    if optimizer not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
    s = surface(name)
    lr = s.lrs[optimizer] * lr_scale
    x0, x1, y0, y1 = s.extent
    param = torch.tensor(s.start, dtype=torch.float64, requires_grad=True)
    opt = make_optimizer([param], _settings(optimizer, lr))
    points = np.empty((steps + 1, 2))
    losses = np.empty(steps + 1)
    points[0] = s.start
    losses[0] = float(s.formula(*s.start))
    stopped_at = None
    for step in range(1, steps + 1):
        opt.zero_grad()
        loss = s.formula(param[0], param[1])
        loss.backward()
        opt.step()
        xy = param.detach().numpy()
        inside = bool(np.all(np.isfinite(xy))) and x0 <= xy[0] <= x1 and y0 <= xy[1] <= y1
        if not inside:
            # Stop at the edge: the remaining points stay there, so the picture and the arrays stay finite.
            stopped_at = step
            last = points[step - 1]
            edge = np.where(np.isfinite(xy), xy, last)
            points[step:] = np.clip(edge, (x0, y0), (x1, y1))
            losses[step:] = float(s.formula(*points[step]))
            break
        points[step] = xy
        losses[step] = float(s.formula(*xy))
    return OptimizerPath(optimizer, OPTIMIZERS[optimizer], lr, points, losses, stopped_at)


def optimizer_paths(
    name: str, optimizers: Iterable[str] = OPTIMIZER_ORDER, steps: int | None = None, lr_scale: float = 1.0
) -> dict[str, OptimizerPath]:
    """Each optimizer's path on surface ``name`` (by optimizer id, in the given order); ``steps`` defaults to
    the surface's."""
    count = surface(name).steps if steps is None else steps
    return {opt: optimizer_path(name, opt, count, lr_scale) for opt in optimizers}
