"""What a run is set up with: the device it trains on, the optimizer that turns gradients into updates, and the
errors that stop a run (``engine.train`` re-exports all of them)."""

from __future__ import annotations

import torch

from playground.graph import Project
from playground.graph.settings import DATASETS


class TrainingError(ValueError):
    """Training cannot start or go on; the message says why and what to change."""


class DivergedError(TrainingError):
    """The loss became NaN or infinite."""


def pick_device(name: str = "auto") -> torch.device:
    """``auto`` → CUDA if present, else Apple MPS, else CPU; other names as given."""
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    return torch.device(name)


def device_for(project: Project) -> torch.device:
    """Where a run of ``project`` trains by default: image and sequence models on CUDA or MPS when present, the
    rest on CPU.

    Small 2D networks (and a GAN's two of them) run faster on the CPU: a GPU's per-step launch overhead outweighs
    its arithmetic. Measured on an H100 against one CPU thread (``tests/benchmarks/bench_sequences.py``): the
    sequence presets 1.0–3.2× faster on CUDA, gan-ring 0.65×.
    """
    if DATASETS[project.data["dataset"]].kind in ("images", "sequence"):
        return pick_device("auto")
    return torch.device("cpu")


def make_optimizer(params: list[torch.nn.Parameter], cfg: dict) -> torch.optim.Optimizer:
    name, lr = cfg["optimizer"], cfg["lr"]
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if name in ("momentum", "nesterov"):
        return torch.optim.SGD(params, lr=lr, momentum=cfg["momentum"], nesterov=name == "nesterov")
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=lr, eps=cfg["eps"])
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=cfg["rho"], eps=cfg["eps"])
    if name == "adam":
        return torch.optim.Adam(params, lr=lr, betas=(cfg["beta1"], cfg["beta2"]), eps=cfg["eps"])
    if name == "nadam":
        return torch.optim.NAdam(params, lr=lr, betas=(cfg["beta1"], cfg["beta2"]), eps=cfg["eps"])
    raise TrainingError(f"unknown optimizer {name!r}")
