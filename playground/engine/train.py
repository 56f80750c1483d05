"""The Trainer: one training run of a project's design on its data.

Plain Python, no threads, no clocks: the worker (or the CLI, or a test) calls ``step(n)``,
``evaluate()`` and ``snapshot(probes)``. The run owns its random state, so two trainers with the
same seed give bit-identical losses even when interleaved in one process.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import torch

from playground.engine import image_probes, objectives, probes
from playground.engine.build import BuildError, GraphModule
from playground.engine.data import DataError, make_dataset
from playground.engine.snapshot import Snapshot
from playground.graph import Project
from playground.graph.layers import resolved_loss
from playground.graph.settings import DATASETS

MAX_HISTORY = 4000
PROBE_SAMPLES = 512
IMAGE_PROBE_SAMPLES = 32
"""Images cost far more per sample than 2D points: the activation histograms look at fewer of them."""
IMAGE_EVAL_TRAIN = 500
"""Image runs measure the training loss on this many training images (the test set is always whole): on one
CPU core a CNN's forward pass over thousands of images takes a large share of a second."""
PERCEPTRON_SHAPE = "Input → Dense (1 unit) → Activation (step or sign) → Output (binary)"


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
    """Where a run of ``project`` trains by default: image models on CUDA or MPS when present, the rest on CPU.

    Small 2D networks run faster on the CPU: a GPU's per-step launch overhead outweighs its arithmetic.
    """
    if DATASETS[project.data["dataset"]].kind == "images":
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


class Trainer:
    """Trains a copy of a project's design; later edits of the project do not affect a run."""

    def __init__(self, project: Project, device: str | torch.device = "cpu") -> None:
        problem = project.check().first_error()
        if problem is not None:
            raise TrainingError(f"the design is not valid: {problem[1]}")
        self.graph = project.graph.copy()
        self.data_info = project.data_info()
        self.config = dict(project.training)
        self.device = torch.device(device) if isinstance(device, str) else device
        try:
            self.dataset = make_dataset(project.data)
        except DataError as e:
            raise TrainingError(str(e)) from None
        head = self.graph.nodes_of_kind("Output")[0].params
        self.task = head["task"]
        self.loss_name = resolved_loss(head["task"], head["loss"])
        d = self.dataset
        self.images = d.kind == "images"
        self.x_train, self.y_train = self._tensor(d.x_train), self._tensor(d.y_train)
        self.x_test, self.y_test = self._tensor(d.x_test), self._tensor(d.y_test)
        self.x_probe = self.x_train[: IMAGE_PROBE_SAMPLES if self.images else PROBE_SAMPLES]
        eval_train = IMAGE_EVAL_TRAIN if self.images else len(self.x_train)
        self._eval_sets = (
            ("train", self.x_train[:eval_train], self.y_train[:eval_train]),
            ("test", self.x_test, self.y_test),
        )
        self.corruption = (self.config["corruption"], self.config["corruption_level"])
        self.augment_shift = self.config["augment_shift"] if self.images else 0
        self.sparse_latents = {
            n.id: (n.params["sparsity"], n.params["rho"])
            for n in self.graph.nodes.values()
            if n.kind == "Latent" and n.params["sparsity"] > 0
        }
        self.activation_functions = {
            n.id: n.params["function"] for n in self.graph.nodes.values() if n.kind == "Activation"
        }
        # Set by snapshot() when the "update_ratio" probe is asked for: only then does step(n) copy
        # the weights, and only before its last step, so the hot loop stays a bare torch loop.
        self.track_updates = False
        self.reset()

    def _tensor(self, array: np.ndarray) -> torch.Tensor:
        return torch.from_numpy(array).to(self.device)

    # --- lifecycle ------------------------------------------------------------------------

    def reset(self) -> None:
        """Re-initialise weights, optimizer and batch order from the seed."""
        seed = self.config["seed"]
        outer = torch.get_rng_state()
        torch.manual_seed(seed)
        try:
            self.model = GraphModule(self.graph, self.data_info).to(self.device)
        except BuildError as e:
            raise TrainingError(str(e)) from None
        finally:
            self._rng_state = torch.get_rng_state()
            torch.set_rng_state(outer)
        self._batch_rng = torch.Generator().manual_seed(seed)
        self._order = torch.empty(0, dtype=torch.long)
        self._cursor = 0
        self.step_count = 0
        self._history: list[tuple[float, float, float]] = []
        self._update_ratio: dict[str, float] = {}
        self._metrics: dict[str, float | None] | None = None
        self._test_output: torch.Tensor | None = None
        self.batch_size = min(self.config["batch_size"], len(self.x_train))
        self.optimizer = make_optimizer(list(self.model.parameters()), self.config)
        self.perceptron = self._perceptron_layer() if self.config["mode"] == "perceptron" else None

    def set_lr(self, lr: float) -> None:
        """Change the learning rate of a running optimizer (takes effect from the next step)."""
        self.config["lr"] = float(lr)
        for group in self.optimizer.param_groups:
            group["lr"] = float(lr)

    @property
    def epoch(self) -> float:
        return self.step_count * self.batch_size / len(self.x_train)

    @contextmanager
    def _own_rng(self) -> Iterator[None]:
        outer = torch.get_rng_state()
        torch.set_rng_state(self._rng_state)
        try:
            yield
        finally:
            self._rng_state = torch.get_rng_state()
            torch.set_rng_state(outer)

    # --- stepping -------------------------------------------------------------------------

    def step(self, n: int = 1) -> float:
        """Run ``n`` update steps; returns the last batch's loss. Raises ``DivergedError`` on NaN/inf."""
        loss = float("nan")
        self.model.train()
        with self._own_rng():
            for i in range(n):
                x, y = self._next_batch()
                before = probes.parameter_copy(self.model) if self.track_updates and i == n - 1 else None
                loss = self._perceptron_step(x, y) if self.perceptron else self._backprop_step(x, y)
                if before is not None:
                    self._update_ratio = probes.update_ratios(self.model, before)
                self.step_count += 1
                if not math.isfinite(loss):
                    raise DivergedError(
                        f"the loss became {loss} at step {self.step_count}; {self._locate_non_finite(x)} "
                        "went non-finite first. Try a smaller learning rate, gradient clipping or BatchNorm, "
                        "then press Reset"
                    )
        return loss

    def _locate_non_finite(self, x: torch.Tensor) -> str:
        """Which layer's output (in forward order) first holds NaN or inf for batch ``x``."""
        values = probes.eval_all(self.model, x)
        for nid in self.model.order:
            if not torch.isfinite(values[nid]).all():
                return f"the output of layer '{self.model.names[nid]}'"
        return "the loss (the outputs were finite)"

    def _next_batch(self) -> tuple[torch.Tensor, torch.Tensor]:
        if self._cursor + self.batch_size > len(self._order):
            self._order = torch.randperm(len(self.x_train), generator=self._batch_rng).to(self.device)
            self._cursor = 0
        idx = self._order[self._cursor : self._cursor + self.batch_size]
        self._cursor += self.batch_size
        return self.x_train[idx], self.y_train[idx]

    def _backprop_step(self, x: torch.Tensor, y: torch.Tensor) -> float:
        self.optimizer.zero_grad(set_to_none=True)
        if self.augment_shift:
            x = objectives.shift_images(x, self.augment_shift)
        if self.task == "reconstruction":
            x, y = objectives.corrupt(x, *self.corruption), x  # the target is always the clean input
        if self.sparse_latents:
            values = self.model.forward_all(x)
            out = values[self.model.output_id]
        else:
            out = self.model(x)
        loss = self._loss(out, y)
        value = loss.item()
        if not math.isfinite(value):
            return value  # no update: the weights stay as they were, for diagnosis and a retry
        for nid, (beta, rho) in self.sparse_latents.items():
            loss = loss + beta * objectives.kl_sparsity(values[nid], rho)
        penalty = objectives.weight_penalty(self.model, self.config["l1"], self.config["l2"])
        (loss + penalty if penalty is not None else loss).backward()
        if self.config["clip_norm"] > 0:
            torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.config["clip_norm"])
        self.optimizer.step()
        return value

    def _loss(self, out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return objectives.head_loss(self.task, self.loss_name, out, y)

    # --- the perceptron rule ---------------------------------------------------------------

    def _perceptron_layer(self) -> tuple[torch.nn.Linear, str]:
        g = self.graph
        kinds = sorted(n.kind for n in g.nodes.values())
        if kinds != ["Activation", "Dense", "Input", "Output"]:
            raise TrainingError(f"the perceptron rule trains a single layer of step units: build {PERCEPTRON_SHAPE}")
        dense = g.nodes_of_kind("Dense")[0]
        function = g.nodes_of_kind("Activation")[0].params["function"]
        order = [g.nodes[nid].kind for nid in g.topological_order()]
        if (
            order != ["Input", "Dense", "Activation", "Output"]
            or function not in ("step", "sign")
            or self.task != "binary"
        ):
            raise TrainingError(f"the perceptron rule trains a single layer of step units: build {PERCEPTRON_SHAPE}")
        return self.model.layers[dense.id], function

    def _perceptron_step(self, x: torch.Tensor, y: torch.Tensor) -> float:
        """Rosenblatt's rule, averaged over the batch: w ← w + η·(t − ŷ)·x, b ← b + η·(t − ŷ)."""
        layer, function = self.perceptron
        with torch.no_grad():
            pred = self.model(x).view(-1)
            target = y.to(pred.dtype) if function == "step" else 2.0 * y.to(pred.dtype) - 1.0
            err = target - pred
            lr = self.config["lr"]
            layer.weight += lr * (err @ x / len(x)).view(1, -1)
            if layer.bias is not None:
                layer.bias += lr * err.mean()
            return float((pred > 0).long().ne(y).float().mean())

    # --- measuring --------------------------------------------------------------------------

    def evaluate(self) -> dict[str, float | None]:
        """Loss and accuracy on the train and test sets (eval mode, no gradients).

        In perceptron mode the loss is the share of misclassified points (0-1 loss). Image runs
        measure the training loss on the first ``IMAGE_EVAL_TRAIN`` training images. An
        autoencoder has no accuracy; its loss compares reconstructions of the clean inputs.
        """
        out = {}
        for split, x, y in self._eval_sets:
            loss, acc = self._measure(split, x, y)
            out[f"{split}_loss"], out[f"{split}_accuracy"] = loss, acc
        return out

    def _measure(self, split: str, x: torch.Tensor, y: torch.Tensor) -> tuple[float, float | None]:
        was_training = self.model.training
        self.model.eval()
        try:
            with torch.no_grad():
                out = self.model(x)
                if split == "test":
                    self._test_output = out  # the classification and reconstruction views reuse it
                if self.task == "reconstruction":
                    return float(self._loss(out, x)), None
                pred = self._predict(out)
                acc = None if self.task == "regression" else float((pred == y).float().mean())
                loss = 1.0 - acc if self.perceptron else float(self._loss(out, y))
        finally:
            self.model.train(was_training)
        return loss, acc

    def _predict(self, out: torch.Tensor) -> torch.Tensor:
        if self.task == "multiclass":
            return out.argmax(dim=1)
        return (out.view(-1) > 0).long()

    def record(self) -> dict[str, float | None]:
        """Evaluate and append (step, train loss, test loss) to the history."""
        metrics = self.evaluate()
        self._metrics = metrics
        self._history.append((self.step_count, metrics["train_loss"], metrics["test_loss"]))
        if len(self._history) > MAX_HISTORY:
            self._history = self._history[::2]
        return metrics

    def snapshot(
        self,
        requested: tuple[str, ...] | set[str] = (),
        grid: int = 60,
        options: dict[str, Any] | None = None,
        measure: bool = True,
    ) -> Snapshot:
        """Metrics plus the requested probes (names from ``probes.PROBES``).

        ``options``: {"sample": test index} picks the feature maps' sample. ``measure=False`` reuses
        the last metrics instead of evaluating the data again: the worker refreshes cheap probes (filters,
        gradients) more often than the metrics of a big image model.
        """
        unknown = set(requested) - set(probes.PROBES)
        if unknown:
            raise ValueError(f"unknown probes: {sorted(unknown)}")
        metrics = self.record() if measure or self._metrics is None else self._metrics
        snap = Snapshot(
            step=self.step_count,
            epoch=self.epoch,
            history=np.asarray(self._history, dtype=np.float64).reshape(-1, 3),
            names=dict(self.model.names),
            kinds=dict(self.model.kinds),
            task=self.task,
            device=self.device.type,
            extent=self.dataset.extent,
            **metrics,
        )
        if "grad_norms" in requested:
            snap.grad_norms = probes.grad_norms(self.model)
        if "activations" in requested:
            snap.activation_hist, snap.dead_fraction, snap.saturated_fraction = probes.activation_stats(
                self.model, self.x_probe, self.activation_functions
            )
        if "weights" in requested:
            snap.weight_hist = probes.weight_hists(self.model)
            snap.weight_stats = probes.weight_stats(self.model)
        self.track_updates = "update_ratio" in requested
        if self.track_updates:
            snap.update_ratio = dict(self._update_ratio)
        else:
            self._update_ratio = {}  # stale ratios must not reappear when the probe is asked for again
        on_plane = not self.images and self.task != "reconstruction"
        if on_plane and ("boundary" in requested or "neurons" in requested):
            values = probes.grid_outputs(self.model, self.dataset.extent, grid, self.dataset.features, self.device)
            if "boundary" in requested:
                snap.boundary = self._boundary(values[self.model.output_id], grid)
            if "neurons" in requested:
                snap.neuron_maps = probes.neuron_maps(self.model, values, grid)
                snap.neuron_units = {nid: int(values[nid].shape[1]) for nid in snap.neuron_maps}
        self._image_probes(snap, set(requested), options or {})
        return snap

    def _image_probes(self, snap: Snapshot, requested: set[str], options: dict[str, Any]) -> None:
        """The probes of convolutional nets, classifiers and autoencoders (see ``image_probes``)."""
        if "filters" in requested:
            snap.filters = image_probes.filters(self.model)
        if "feature_maps" in requested and len(self.x_test):
            index = min(max(int(options.get("sample", 0)), 0), len(self.x_test) - 1)
            snap.feature_maps = image_probes.feature_maps(self.model, self.x_test[index : index + 1])
            snap.feature_sample = index
        output = self._test_output
        if "classification" in requested and self.task == "multiclass" and output is not None:
            snap.classification = image_probes.classification(
                output.argmax(dim=1), self.y_test, self.dataset.n_classes
            )
        if "reconstruction" in requested and self.task == "reconstruction" and output is not None:
            snap.reconstruction = image_probes.reconstruction_view(
                self.model, self.x_test, self.corruption, self.loss_name, output
            )
        if "latent" in requested and self.task == "reconstruction":
            snap.latent = image_probes.latent_view(
                self.model, self.x_test, self.y_test, self.dataset.task, self.loss_name
            )

    def _boundary(self, out: np.ndarray, n: int) -> np.ndarray:
        if self.task == "multiclass":
            e = np.exp(out - out.max(axis=1, keepdims=True))
            return (e / e.sum(axis=1, keepdims=True)).reshape(n, n, -1).astype(np.float32)
        values = out.reshape(n, n)
        if self.task == "regression":
            return values.astype(np.float32)
        if self.perceptron:
            return (values > 0).astype(np.float32)
        return (1.0 / (1.0 + np.exp(-np.clip(values, -60, 60)))).astype(np.float32)
