"""What a run is set up with: the device it trains on, the optimizer that turns gradients into updates, and the
errors that stop a run (``engine.train`` re-exports all of them)."""

from __future__ import annotations

from typing import Any

import torch

from playground.graph import Project
from playground.graph.i18n import tr
from playground.graph.settings import DATASETS, LIVE_TRAINING, TRAIN_PARAMS

TRAIN_SPECS = {spec.name: spec for spec in TRAIN_PARAMS}


class TrainingError(ValueError):
    """Training cannot start or go on; the message says why and what to change."""


class DivergedError(TrainingError):
    """The loss became NaN or infinite."""


DEVICE_CHOICES = ("auto", "cpu", "cuda", "mps")
"""Where a user may ask training to run: ``auto`` follows ``device_for``'s rule, the others are explicit."""


def _mps_built() -> bool:
    mps = getattr(torch.backends, "mps", None)
    return mps is not None and mps.is_built()


def _mps_available() -> bool:
    mps = getattr(torch.backends, "mps", None)
    return mps is not None and mps.is_available()


def available_devices() -> list[str]:
    """The devices this computer and this torch build can train on: always ``"cpu"``, then ``"cuda"``, ``"mps"``."""
    devices = ["cpu"]
    if torch.cuda.is_available():  # also true on a ROCm build with an AMD GPU: torch calls it "cuda" there
        devices.append("cuda")
    if _mps_available():
        devices.append("mps")
    return devices


def device_problem(name: str) -> str | None:
    """Why ``name`` (``cpu``, ``cuda``, ``mps``) cannot be used here, in plain words; None when it can."""
    if name == "cpu" or name in available_devices():
        return None
    if name == "cuda":
        if torch.version.cuda is None and getattr(torch.version, "hip", None) is None:
            return tr(
                "CUDA is not available: the installed torch is a CPU-only build. "
                "Install a CUDA build of torch, or choose CPU or Auto as the training device"
            )
        return tr(
            "CUDA is not available: this computer has no NVIDIA GPU that torch can use (or its driver does not "
            "work). Choose CPU or Auto as the training device"
        )
    if name == "mps":
        if not _mps_built():
            return tr(
                "Apple MPS is not available: it needs a Mac with Apple silicon and a torch built for macOS. "
                "Choose CPU or Auto as the training device"
            )
        return tr(
            "Apple MPS is not available: it needs macOS 12.3 or later on a Mac with Apple silicon. "
            "Choose CPU or Auto as the training device"
        )
    return tr("unknown training device {name}: choose auto, cpu, cuda or mps", name=name)


def pick_device(name: str = "auto") -> torch.device:
    """``auto`` → CUDA if present, else Apple MPS, else CPU; other names as given."""
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if _mps_available():
            return torch.device("mps")
        return torch.device("cpu")
    return torch.device(name)


def checked_device(name: str) -> torch.device:
    """The explicit device ``name`` (``cpu``, ``cuda``, ``mps``); raises ``TrainingError`` saying why it cannot
    be used here."""
    problem = device_problem(name)
    if problem is not None:
        raise TrainingError(problem)
    device = torch.device(name)
    if device.type != "cpu":
        try:  # is_available() can say yes for a GPU that then fails to start (a driver too old, a busy GPU)
            torch.empty(1, device=device)
        except (RuntimeError, AssertionError) as e:
            message = tr("the GPU ({name}) could not be started: {error}. Choose CPU as the training device",
                         name=name, error=e)
            raise TrainingError(message) from None
    return device


def device_for(project: Project, choice: str = "auto") -> torch.device:
    """Where a run of ``project`` trains: the device ``choice`` names, or for ``auto`` image and sequence models
    on CUDA or MPS when present, the rest on CPU. ``TrainingError`` if the device is not here or does not start.

    Small 2D networks (and a GAN's two of them) run faster on the CPU: a GPU's per-step launch overhead outweighs
    its arithmetic. Measured on an H100 against one CPU thread (``tests/benchmarks/bench_sequences.py``): the
    sequence presets 1.0–3.2× faster on CUDA, gan-ring 0.65×.
    """
    if choice != "auto":
        return checked_device(choice)
    if DATASETS[project.data["dataset"]].kind in ("images", "sequence"):
        return checked_device(pick_device("auto").type)
    return torch.device("cpu")


def make_optimizer(params: list[torch.nn.Parameter], cfg: dict) -> torch.optim.Optimizer:
    """The optimizer ``cfg`` names over ``params``; with none (hand-set weights only) it has nothing to update."""
    name, lr = cfg["optimizer"], cfg["lr"]
    if not params:  # torch refuses an empty list; an empty tensor keeps set_lr and saving a run working
        params = [torch.nn.Parameter(torch.zeros(0))]
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


def follow_live_setting(trainer: Any, name: str, value: Any) -> None:
    """A GAN or word2vec trainer follows a live training setting (``LIVE_TRAINING``): ``set_lr`` for the learning
    rate, else the config; a setting that needs a reset is refused with a message for the user."""
    if name not in LIVE_TRAINING:
        raise TrainingError(tr("the setting {name} takes effect after a reset", name=f"{name!r}"))
    value = TRAIN_SPECS[name].validate(value)
    if name == "lr":
        trainer.set_lr(value)
    else:
        trainer.config[name] = value


def learns(loss: torch.Tensor, model: torch.nn.Module) -> bool:
    """Whether backprop of ``loss`` can update ``model``: False for a design of hand-set neurons with nothing to learn;
    ``TrainingError`` when layers with weights get no gradient (they sit before a Threshold neuron, which passes none
    back)."""
    if loss.requires_grad:
        return True
    if any(p.requires_grad for p in model.parameters()):
        raise TrainingError(
            tr(
                "no gradient reaches the layers with weights: a Threshold neuron passes none back, so the layers "
                "before it cannot learn by backprop. Put them after it, or use Threshold neurons with weights set "
                "by hand there too"
            )
        )
    return False
