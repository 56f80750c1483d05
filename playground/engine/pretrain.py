"""A pretraining phase: unsupervised updates a run makes before backprop uses the labels.

The training setting ``pretrain`` names the method (``METHODS``) and ``pretrain_steps`` its length. The
``Trainer`` asks ``active(step)`` before every step; while it is true the step is the method's own update on
inputs without labels (``trainer.x_unlabelled``), after it the run fine-tunes by backprop as usual. Pretraining
steps count in the run's step counter, so curves and comparisons share one clock.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from playground.engine.run_state import RunState, StateMismatchError, load_optimizer_state, optimizer_state
from playground.engine.snapshot import PretrainView
from playground.graph.i18n import N_, tr

if TYPE_CHECKING:
    from playground.engine.snapshot import Snapshot
    from playground.engine.train import Trainer

METHODS: dict[str, str] = {
    "rbm": "playground.engine.rbm:GreedyRbm",
    "relative_position": "playground.engine.pretext:RelativePosition",
}
"""The ``pretrain`` setting's methods → their ``Pretraining`` class, imported when a run uses it."""
PREFIX = "pretraining."
"""Key prefix of the pretraining's own tensors (a pretext head, the loss history) in a saved run's weights."""
HISTORY_ROWS = 2000
"""The loss history keeps at most this many rows (every other row goes when it is full)."""


class Pretraining(ABC):
    """One method of pretraining, owned by a ``Trainer``; its constructor refuses a design it cannot pretrain."""

    method = ""
    loss_name = ""

    def __init__(self, trainer: Trainer) -> None:
        self.trainer = trainer
        self.total = 0
        self.history: list[tuple[float, float, float]] = []
        self.batch_rng = torch.Generator().manual_seed(int(trainer.config["seed"]) + 7)

    def active(self, step: int) -> bool:
        """Whether the run's step ``step`` belongs to the pretraining."""
        return step < self.total

    @abstractmethod
    def step(self, step: int) -> float:
        """One unsupervised update at the run's step ``step``; returns the loss to show."""

    @abstractmethod
    def stage(self, step: int) -> str:
        """What the pretraining does at step ``step``, for the user."""

    def fill(self, snapshot: Snapshot, requested: set[str], options: dict[str, Any]) -> None:  # noqa: B027 (a hook)
        """Add the method's own probes to ``snapshot`` (none by default)."""

    def parameters(self) -> Iterator[torch.nn.Parameter]:
        """Parameters the pretraining owns beside the design's (a pretext head), for saving a run."""
        return iter(())

    def optimizers(self) -> dict[str, torch.optim.Optimizer]:
        """The pretraining's own optimizers by name, saved with a run (none by default)."""
        return {}

    def generators(self) -> dict[str, torch.Generator]:
        """The pretraining's random generators by name, saved with a run so that it goes on identically."""
        return {"batches": self.batch_rng}

    def own_tensors(self) -> dict[str, torch.Tensor]:
        """More state of the method for a saved run (curves, Markov chains), as CPU tensors; none by default."""
        return {}

    def load_own_tensors(self, tensors: dict[str, torch.Tensor]) -> None:  # noqa: B027 (a hook)
        """Put back what ``own_tensors`` gave (``StateMismatchError`` if it does not fit)."""

    def unlabelled_batch(self) -> torch.Tensor:
        """A random batch of training inputs, labels unused (the images ``train_per_class`` leaves out too)."""
        x = self.trainer.x_unlabelled
        idx = torch.randint(len(x), (min(self.trainer.batch_size, len(x)),), generator=self.batch_rng)
        return x[idx.to(x.device)]

    def remember(self, step: int, loss: float, accuracy: float = float("nan")) -> None:
        """Add a row to the loss history, thinning it when it is full."""
        self.history.append((float(step), float(loss), float(accuracy)))
        if len(self.history) > HISTORY_ROWS:
            self.history = self.history[::2]

    def view(self, step: int) -> PretrainView:
        """The phase as the panel shows it."""
        stage = self.stage(step) if self.active(step) else tr("Pretraining done: fine-tuning with labels")
        return PretrainView(
            method=self.method,
            stage=stage,
            step=step,
            total=self.total,
            history=np.asarray(self.history, dtype=np.float64).reshape(-1, 3),
            loss_name=self.loss_name,
        )


def make_pretraining(trainer: Trainer) -> Pretraining | None:
    """The pretraining the run's ``pretrain`` setting names, or None."""
    method = trainer.config.get("pretrain", "none")
    if method == "none":
        return None
    module, name = METHODS[method].split(":")
    return getattr(importlib.import_module(module), name)(trainer)


def pretrain_tensors(pretraining: Pretraining | None) -> dict[str, torch.Tensor]:
    """The pretraining's own parameters and loss history as CPU tensors keyed under ``PREFIX``, for a saved run."""
    if pretraining is None:
        return {}
    out = {f"{PREFIX}{i}": p.detach().to("cpu", copy=True).contiguous() for i, p in enumerate(pretraining.parameters())}
    out[f"{PREFIX}history"] = torch.tensor(pretraining.history, dtype=torch.float64).reshape(-1, 3)
    out.update({f"{PREFIX}own.{k}": v for k, v in pretraining.own_tensors().items()})
    out.update({f"{PREFIX}rng.{k}": g.get_state() for k, g in pretraining.generators().items()})
    return out


def pretrain_optimizers(pretraining: Pretraining | None) -> dict[str, dict[str, Any]]:
    """The pretraining's optimizer states keyed under ``PREFIX``, for a saved run's optimizers."""
    if pretraining is None:
        return {}
    return {f"{PREFIX}{name}": optimizer_state(opt) for name, opt in pretraining.optimizers().items()}


def restore_pretraining(pretraining: Pretraining | None, state: RunState) -> None:
    """Put back what ``pretrain_tensors`` and ``pretrain_optimizers`` saved; ``StateMismatchError`` if it does not
    fit (a run saved before pretraining kept its state has none: the pretraining then goes on from fresh state)."""
    if pretraining is None:
        return
    weights = state.weights
    for name, optimizer in pretraining.optimizers().items():
        if f"{PREFIX}{name}" in state.optimizers:
            load_optimizer_state(optimizer, state.optimizers[f"{PREFIX}{name}"], N_("pretraining optimizer"))
    own = f"{PREFIX}own."
    pretraining.load_own_tensors({k[len(own) :]: v for k, v in weights.items() if k.startswith(own)})
    for name, generator in pretraining.generators().items():
        saved = weights.get(f"{PREFIX}rng.{name}")
        # a generator of another device (a run saved on CUDA, continued on the CPU) has another state: start afresh
        if saved is not None and saved.numel() == generator.get_state().numel():
            try:
                generator.set_state(saved)
            except RuntimeError:
                raise StateMismatchError(tr("the saved run's pretraining does not fit this design")) from None
    with torch.no_grad():
        for i, p in enumerate(pretraining.parameters()):
            saved = weights.get(f"{PREFIX}{i}")
            if saved is None or saved.shape != p.shape:
                raise StateMismatchError(tr("the saved run's pretraining does not fit this design"))
            p.copy_(saved.to(p.device))
    history = weights.get(f"{PREFIX}history")
    pretraining.history = [] if history is None else [tuple(float(v) for v in row) for row in history.tolist()]
