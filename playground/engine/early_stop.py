"""Early stopping: remember the weights at the lowest test loss, and go back to them when it stops improving.

The ``Trainer`` calls ``EarlyStopping.observe`` after each measurement (``record``); patience is counted in
update steps, not in measurements, so it means the same however often the worker measures. The best weights
are a ``state_dict`` copy (parameters and buffers such as BatchNorm's running statistics): cheap for the
small networks of a lecture, and restoring them gives back exactly the measured best test loss.
"""

from __future__ import annotations

import math

import torch

PREFIX = "early_stop."
"""Keys of the early-stopping state inside a ``RunState``'s weights: ``early_stop.best.<key>`` are the best
weights, ``early_stop.best_loss`` the best test loss (a 0-d float64)."""


class EarlyStopping:
    """Tracks the best test loss of a run, its step and a copy of its weights; says when patience runs out."""

    def __init__(self) -> None:
        self.best_loss = math.inf
        self.best_step: int | None = None
        self.best_weights: dict[str, torch.Tensor] | None = None
        self.stopped: int | None = None
        """The step the run went back to when it stopped early (the best step), or None while it goes on."""

    def observe(self, step: int, test_loss: float, model: torch.nn.Module, patience: int) -> bool:
        """Take a measurement; True when the run must stop now (``model`` then holds the best weights again).

        ``patience`` 0 (off) only keeps the record, so turning it on during a run starts from what was seen.
        """
        if self.stopped is not None:
            return False
        if math.isfinite(test_loss) and test_loss < self.best_loss:
            self.best_loss, self.best_step = test_loss, step
            self.best_weights = {k: v.detach().clone() for k, v in model.state_dict().items()}
            return False
        if patience <= 0 or self.best_step is None or step - self.best_step < patience:
            return False
        model.load_state_dict(self.best_weights)
        self.stopped = self.best_step
        return True

    # --- saving with a run ----------------------------------------------------------------------

    def tensors(self) -> dict[str, torch.Tensor]:
        """The best weights and loss as CPU tensors keyed under ``PREFIX`` (nothing before a first measurement)."""
        if self.best_weights is None:
            return {}
        out = {f"{PREFIX}best.{k}": v.detach().to("cpu", copy=True).contiguous() for k, v in self.best_weights.items()}
        out[f"{PREFIX}best_loss"] = torch.tensor(self.best_loss, dtype=torch.float64)
        return out

    def counters(self) -> dict[str, int]:
        """The best step and the step stopped at, as whole numbers (-1: none)."""
        return {
            "early_stop_best_step": -1 if self.best_step is None else self.best_step,
            "early_stop_stopped": -1 if self.stopped is None else self.stopped,
        }

    def restore(self, tensors: dict[str, torch.Tensor], counters: dict[str, int], model: torch.nn.Module) -> None:
        """Put back what ``tensors`` and ``counters`` took; the best weights must fit ``model`` (else ValueError)."""
        best = {k[len(PREFIX) + 5 :]: v for k, v in tensors.items() if k.startswith(PREFIX + "best.")}
        loss = tensors.get(PREFIX + "best_loss")
        step = counters.get("early_stop_best_step", -1)
        if not best or loss is None or step < 0:
            return  # saved before the first measurement (or by an older app): start tracking afresh
        own = model.state_dict()
        if set(best) != set(own) or any(tuple(best[k].shape) != tuple(v.shape) for k, v in own.items()):
            raise ValueError("the saved early-stopping weights do not fit the design")
        device = next(iter(own.values())).device
        self.best_weights = {k: v.to(device) for k, v in best.items()}
        self.best_loss, self.best_step = float(loss), step
        stopped = counters.get("early_stop_stopped", -1)
        self.stopped = stopped if stopped >= 0 else None
