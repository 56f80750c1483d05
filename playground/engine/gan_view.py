"""What a GAN run measures for its panel, and the small helpers the GAN trainer shares with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import torch

from playground.engine.build import GraphModule
from playground.engine.data import grid_points
from playground.engine.objectives import gan_generator_loss, gan_real_score
from playground.engine.probes import evaluating
from playground.engine.snapshot import GanView

if TYPE_CHECKING:
    from playground.engine.gan import GanTrainer


def gan_view(trainer: GanTrainer, grid: int, metrics: dict[str, float | None], history: np.ndarray) -> GanView:
    """The GAN panel's moment: real and fixed-noise fakes, G's push at each fake, D's verdict over the plane."""
    loss = trainer.config["gan_loss"]
    with evaluating(trainer.generator, trainer.discriminator):
        with torch.no_grad():
            fake = trainer.generator(trainer.fixed_noise)
            plane = torch.from_numpy(grid_points(trainer.dataset.extent, grid)).to(trainer.device)
            d_grid = gan_real_score(loss, trainer.discriminator(plane)).view(grid, grid)
        # Each fake's own loss, summed: the gradient at a sample does not shrink with the batch size.
        x = fake.detach().requires_grad_(True)
        (grad,) = torch.autograd.grad(gan_generator_loss(loss, trainer.discriminator(x), reduction="none").sum(), x)
    return GanView(
        real=trainer.x_real.cpu().numpy().astype(np.float32),
        fake=fake.cpu().numpy().astype(np.float32),
        fake_grad=(-grad).cpu().numpy().astype(np.float32),
        d_grid=d_grid.cpu().numpy().astype(np.float32),
        extent=trainer.dataset.extent,
        history=history.copy(),
        distance=float(metrics["distance"]),
        d_real=float(metrics["d_real"]),
        d_fake=float(metrics["d_fake"]),
    )


def mean_distance(a: torch.Tensor, b: torch.Tensor) -> float:
    """``gan_data.mean_distance`` in torch: on one CPU core ``cdist`` is several times faster than numpy here."""
    return float(torch.cdist(a.float(), b.float()).mean(dtype=torch.float64))


def net_name(net: GraphModule) -> str:
    """The network's role, "generator" or "discriminator", from the kind of node it ends with."""
    return "generator" if net.kinds[net.output_id] == "Generated" else "discriminator"
