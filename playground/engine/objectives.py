"""What a run minimises: the head's loss, input corruption for denoising, the KL sparsity penalty.

Plain functions of tensors, shared by the Trainer's step and its measurements. An autoencoder
("reconstruction" task) compares its output with the clean input, value by value, whatever the
shapes (a Dense of 784 units reconstructs a 1×28×28 image).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

SPARSITY_EPS = 1e-6
"""Mean activations are clamped into [ε, 1 − ε] so the KL divergence stays finite."""
WEIGHTED = (torch.nn.Linear, torch.nn.Conv2d, torch.nn.ConvTranspose2d)
"""Layers whose weights the L1/L2 penalties shrink (biases and BatchNorm scales are left alone)."""


def head_loss(task: str, loss: str, out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """The Output head's loss of ``out`` against the targets ``y`` (the clean input for an autoencoder).

    A sequence's prediction at every step, (N, T, classes) against (N, T) class ids, counts each step as a sample.
    """
    if task == "multiclass" and out.dim() == 3:
        out, y = out.reshape(-1, out.shape[-1]), y.reshape(-1)
    if task == "reconstruction":
        pred, target = out.flatten(1), y.flatten(1).to(out.dtype)
        if loss == "bce":
            return F.binary_cross_entropy_with_logits(pred, target)
    elif task == "regression":
        pred, target = out, y
    elif loss == "cross_entropy":
        return F.cross_entropy(out, y)
    elif task == "binary":
        target = y.to(out.dtype).view(-1, 1)
        if loss == "bce":
            return F.binary_cross_entropy_with_logits(out, target)
        pred = torch.sigmoid(out)
    else:
        target = F.one_hot(y, out.shape[1]).to(out.dtype)
        if loss == "bce":
            return F.binary_cross_entropy_with_logits(out, target)
        pred = torch.softmax(out, dim=1)
    if loss == "mse":
        return F.mse_loss(pred, target)
    if loss == "mae":
        return F.l1_loss(pred, target)
    return F.huber_loss(pred, target)


def reconstruction(loss: str, out: torch.Tensor) -> torch.Tensor:
    """An autoencoder's output in the units of its input: with BCE the outputs are logits of the pixels."""
    return torch.sigmoid(out) if loss == "bce" else out


def corrupt(x: torch.Tensor, kind: str, level: float, generator: torch.Generator | None = None) -> torch.Tensor:
    """The input a denoising autoencoder sees: Gaussian noise of σ = ``level``, or a share ``level`` of values zeroed.

    Draws from torch's global generator (the Trainer swaps in its own state around each step), or
    from ``generator`` (a CPU one: the displayed corruption stays the same and leaves the run's alone).
    """
    if level <= 0 or kind not in ("gaussian", "mask"):
        return x
    if generator is None:
        draw = torch.randn_like(x) if kind == "gaussian" else torch.rand_like(x)
    else:
        sample = torch.randn if kind == "gaussian" else torch.rand
        draw = sample(x.shape, generator=generator, dtype=x.dtype).to(x.device)
    if kind == "gaussian":
        return x + level * draw
    return x * (draw >= level).to(x.dtype)


def shift_images(x: torch.Tensor, k: int) -> torch.Tensor:
    """Each (C, H, W) image of the batch moved by its own random whole-pixel shift in [−k, k]², zeros shifted in.

    Draws from torch's global generator, like ``corrupt``.
    """
    if k <= 0:
        return x
    n, _, h, w = x.shape
    shift = torch.randint(-k, k + 1, (n, 2), device=x.device).to(x.dtype)
    theta = torch.zeros(n, 2, 3, device=x.device, dtype=x.dtype)
    theta[:, 0, 0] = theta[:, 1, 1] = 1.0
    # A shift of t pixels is 2t/size in grid_sample's [−1, 1] coordinates; nearest sampling keeps pixels exact.
    theta[:, 0, 2] = -2.0 * shift[:, 0] / w
    theta[:, 1, 2] = -2.0 * shift[:, 1] / h
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="nearest", padding_mode="zeros", align_corners=False)


def kl_sparsity(values: torch.Tensor, rho: float) -> torch.Tensor:
    """Σⱼ KL(ρ ‖ ρ̂ⱼ), ρ̂ⱼ = unit j's mean activation over the batch (Ng's sparse autoencoder penalty)."""
    rho_hat = values.flatten(1).mean(dim=0).clamp(SPARSITY_EPS, 1 - SPARSITY_EPS)
    return (rho * torch.log(rho / rho_hat) + (1 - rho) * torch.log((1 - rho) / (1 - rho_hat))).sum()


def weight_penalty(model: torch.nn.Module, l1: float, l2: float) -> torch.Tensor | None:
    """l1·Σ|w| + l2·Σw² over the weights of dense and convolution layers; None when both rates are 0."""
    if not l1 and not l2:
        return None
    weights = [m.weight for m in model.modules() if isinstance(m, WEIGHTED)]
    penalty = torch.zeros((), device=weights[0].device) if weights else torch.zeros(())
    if l1:
        penalty = penalty + l1 * sum(w.abs().sum() for w in weights)
    if l2:
        penalty = penalty + l2 * sum((w * w).sum() for w in weights)
    return penalty


# --- GANs ------------------------------------------------------------------------------------


def gan_discriminator_loss(loss: str, real: torch.Tensor, fake: torch.Tensor) -> torch.Tensor:
    """D's loss from its raw scores on real and fake samples: −log D(x) − log(1 − D(G(z))), or LSGAN's squares."""
    if loss == "least_squares":
        return ((real - 1.0) ** 2).mean() + (fake**2).mean()
    return F.binary_cross_entropy_with_logits(real, torch.ones_like(real)) + F.binary_cross_entropy_with_logits(
        fake, torch.zeros_like(fake)
    )


def gan_generator_loss(loss: str, fake: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    """G's loss from D's raw scores s on its samples (``reduction="none"``: one value per sample).

    minimax: log(1 − σ(s)) = −softplus(s), whose gradient vanishes where D confidently says fake;
    non_saturating: −log σ(s) = softplus(−s); least_squares: (s − 1)².
    """
    if loss == "minimax":
        values = -F.softplus(fake)
    elif loss == "non_saturating":
        values = F.softplus(-fake)
    else:
        values = (fake - 1.0) ** 2
    return values.mean() if reduction == "mean" else values.view(-1)


def gan_real_score(loss: str, scores: torch.Tensor) -> torch.Tensor:
    """What D says about samples, from 0 (fake) to 1 (real): σ(s), or LSGAN's raw score clipped to [0, 1]."""
    return scores.clamp(0.0, 1.0) if loss == "least_squares" else torch.sigmoid(scores)
