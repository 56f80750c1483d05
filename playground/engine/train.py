"""The Trainer: one training run of a project's design on its data.

Plain Python, no threads, no clocks: the worker (or the CLI, or a test) calls ``step(n)``,
``evaluate()`` and ``snapshot(probes)``. The run owns its random state, so two trainers with the
same seed give bit-identical losses even when interleaved in one process.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch

from playground.engine import objectives, probes, run_probes
from playground.engine.build import BuildError, GraphModule
from playground.engine.data import DataError, make_dataset
from playground.engine.early_stop import PREFIX as EARLY_STOP_PREFIX
from playground.engine.early_stop import EarlyStopping
from playground.engine.memory_check import memory_problem
from playground.engine.perceptron import PERCEPTRON_SHAPE, PerceptronDesignError, perceptron_layer, perceptron_step
from playground.engine.pretrain import PREFIX as PRETRAIN_PREFIX
from playground.engine.pretrain import make_pretraining, pretrain_optimizers, pretrain_tensors, restore_pretraining
from playground.engine.run_rng import RunRng
from playground.engine.run_setup import DivergedError, TrainingError, device_for, learns, make_optimizer, pick_device
from playground.engine.run_state import (
    RunState,
    StateMismatchError,
    add_history_row,
    check_fits,
    load_module_weights,
    load_optimizer_state,
    module_weights,
    optimizer_state,
    progress_of,
    restore_progress,
)
from playground.engine.snapshot import Snapshot
from playground.engine.transfer import freeze, load_pretrained, training_mode
from playground.graph import Project
from playground.graph.i18n import tr
from playground.graph.layers import resolved_loss
from playground.graph.settings import DATASETS, LIVE_TRAINING, sequence_target

__all__ = ["PERCEPTRON_SHAPE", "DivergedError", "Trainer", "TrainingError"]
__all__ += ["device_for", "make_optimizer", "make_trainer", "pick_device"]

PROBE_SAMPLES = 512
IMAGE_PROBE_SAMPLES = 32
"""Images cost far more per sample than 2D points: the activation histograms look at fewer of them."""
IMAGE_EVAL_TRAIN = 500
"""Image runs measure the training loss on this many training images (the test set is always whole): on one
CPU core a CNN's forward pass over thousands of images takes a large share of a second."""
SEQUENCE_EVAL_TRAIN = 1000  # sequence runs likewise measure the training loss on this many training sequences
SEQUENCE_PROBE_SAMPLES = 128  # sequences for the activation histograms and the gradient-through-time probe


def make_trainer(project: Project, device: str | torch.device = "cpu") -> Any:
    """The trainer of a project: a ``Comparison`` of its variants, a ``GanTrainer`` for a GAN target, else a
    ``Trainer``. ``TrainingError`` if the design is too large for the memory free on ``device``."""
    if (problem := memory_problem(project, torch.device(device))) is not None:
        raise TrainingError(problem)
    if project.variants:
        from playground.engine.compare import Comparison

        return Comparison(project, device)
    if DATASETS[project.data["dataset"]].kind == "gan":
        from playground.engine.gan import GanTrainer

        return GanTrainer(project, device)
    if DATASETS[project.data["dataset"]].kind == "corpus":  # word2vec: engine.word2vec.SkipGramTrainer
        from playground.engine.word2vec import SkipGramTrainer

        return SkipGramTrainer(project, device)
    return Trainer(project, device)


class Trainer:
    """Trains a copy of a project's design; later edits of the project do not affect a run."""

    def __init__(self, project: Project, device: str | torch.device = "cpu") -> None:
        problem = project.check().first_error()
        if problem is not None:
            raise TrainingError(tr("the design is not valid: {problem}", problem=problem[1]))
        self.graph = project.graph.copy()
        self.data_info = project.data_info()
        self.data_settings = dict(project.data)  # what a saved run's weights belong to (with the graph)
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
        self.sequences = d.kind == "sequence"
        self.target_mode = sequence_target(project.data)
        self.dataset_name = project.data["dataset"]
        self.x_train, self.y_train = self._tensor(d.x_train), self._tensor(d.y_train)
        self.x_test, self.y_test = self._tensor(d.x_test), self._tensor(d.y_test)
        # inputs without labels for a pretraining: also the images train_per_class leaves out
        self.x_unlabelled = self.x_train if d.x_unlabelled is None else self._tensor(d.x_unlabelled)
        probe_samples = {"images": IMAGE_PROBE_SAMPLES, "sequence": SEQUENCE_PROBE_SAMPLES}.get(d.kind, PROBE_SAMPLES)
        self.x_probe = self.x_train[:probe_samples]
        self.y_probe = self.y_train[:probe_samples]
        eval_train = {"images": IMAGE_EVAL_TRAIN, "sequence": SEQUENCE_EVAL_TRAIN}.get(d.kind, len(self.x_train))
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
        """Re-initialise weights (random, then the ``init_from`` file's), optimizer and batch order from the seed."""
        seed = self.config["seed"]
        self._rng = RunRng(seed)
        try:
            with self._rng.active():
                self.model = GraphModule(self.graph, self.data_info).to(self.device)
        except BuildError as e:
            raise TrainingError(str(e)) from None
        if self.config["init_from"].strip():
            load_pretrained(self.model, self.config["init_from"])
        trainable, self._frozen_norms = freeze(self.model, self.graph)
        self.early = EarlyStopping()
        self._last_loss = float("nan")
        self._batch_rng = torch.Generator().manual_seed(seed)
        self._order = torch.empty(0, dtype=torch.long)
        self._cursor = 0
        self.step_count = 0
        self._history: list[tuple[float, float, float]] = []
        self._update_ratio: dict[str, float] = {}
        self._metrics: dict[str, float | None] | None = None
        self.test_output: torch.Tensor | None = None
        self.text_sample = None  # the last "text" probe's sample (run_probes rewrites it every TEXT_EVERY steps)
        self.batch_size = min(self.config["batch_size"], len(self.x_train))
        if not trainable and any(True for _ in self.model.parameters()):
            raise TrainingError(
                tr("every layer with weights is frozen, so training would change nothing: untick Freeze on a layer")
            )
        self.optimizer = make_optimizer(trainable, self.config)
        self.pretraining = make_pretraining(self)
        self.perceptron = None
        if self.config["mode"] == "perceptron":
            try:
                self.perceptron = perceptron_layer(self.graph, self.model, self.task)
            except PerceptronDesignError as e:
                raise TrainingError(str(e)) from None

    def set_lr(self, lr: float) -> None:
        """Change the learning rate of the running optimizers, a pretraining's too (takes effect from the next step)."""
        self.config["lr"] = float(lr)
        extra = self.pretraining.optimizers().values() if self.pretraining is not None else ()
        for group in [group for optimizer in (self.optimizer, *extra) for group in optimizer.param_groups]:
            group["lr"] = float(lr)

    def set_setting(self, name: str, value: Any) -> None:
        """Follow a change of a live training setting (``LIVE_TRAINING``) from the next step on."""
        if name not in LIVE_TRAINING:
            raise ValueError(f"{name!r} is not a setting a run can change while it trains")  # a programming error
        if name == "lr":
            self.set_lr(value)
        else:
            self.config[name] = value

    @property
    def stopped_early(self) -> int | None:
        """The step whose weights the run went back to when early stopping ended it, or None while it goes on."""
        return self.early.stopped

    @property
    def epoch(self) -> float:
        return self.step_count * self.batch_size / len(self.x_train)

    # --- saving and restoring a run -------------------------------------------------------

    def state(self) -> RunState:
        """The run's full state (copies): a trainer of the same project that restores it goes on identically."""
        return RunState(
            weights={**module_weights(self.model), **self.early.tensors(), **pretrain_tensors(self.pretraining)},
            optimizers={"model": optimizer_state(self.optimizer), **pretrain_optimizers(self.pretraining)},
            counters=self.early.counters(),
            **progress_of(self),
        )

    def restore(self, state: RunState) -> None:
        """Continue the run ``state`` was taken from; ``StateMismatchError`` if it belongs to another design."""
        check_fits(self, state)
        self.reset()  # a half-restored run must not mix with the old one: start from a clean slate
        weights = {k: v for k, v in state.weights.items() if not k.startswith((EARLY_STOP_PREFIX, PRETRAIN_PREFIX))}
        load_module_weights(self.model, weights)
        load_optimizer_state(self.optimizer, state.optimizers.get("model", {}))
        restore_progress(self, state)
        restore_pretraining(self.pretraining, state)
        early = {k: v for k, v in state.weights.items() if k.startswith(EARLY_STOP_PREFIX)}
        try:
            self.early.restore(early, state.counters, self.model)
        except ValueError as e:
            raise StateMismatchError(str(e)) from None

    # --- stepping -------------------------------------------------------------------------

    def step(self, n: int = 1) -> float:
        """Run ``n`` update steps; returns the last batch's loss. Raises ``DivergedError`` on NaN/inf.

        After an early stop (``stopped_early``) it does nothing and returns the last loss, until ``reset``.
        """
        if self.early.stopped is not None:
            return self._last_loss
        loss = float("nan")
        training_mode(self.model, self._frozen_norms)
        with self._rng.active():
            for i in range(n):
                x, y = self._next_batch()
                before = probes.parameter_copy(self.model) if self.track_updates and i == n - 1 else None
                if self.pretraining is not None and self.pretraining.active(self.step_count):
                    loss = self.pretraining.step(self.step_count)
                elif self.perceptron:
                    loss = perceptron_step(self.model, *self.perceptron, x, y, self.config["lr"])
                else:
                    loss = self._backprop_step(x, y)
                if before is not None:
                    self._update_ratio = probes.update_ratios(self.model, before)
                self.step_count += 1
                if not math.isfinite(loss):
                    raise DivergedError(
                        tr(
                            "the loss became {loss} at step {step}; {where} went non-finite first. Try a smaller "
                            "learning rate, gradient clipping or BatchNorm, then press Reset",
                            loss=loss,
                            step=self.step_count,
                            where=probes.locate_non_finite(self.model, x),
                        )
                    )
        self._last_loss = loss
        return loss

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
        loss = self.loss(out, y)
        value = loss.item()
        if not math.isfinite(value) or not learns(loss, self.model):
            return value  # no update: kept for diagnosis and a retry, or nothing to learn (hand-set weights)
        for nid, (beta, rho) in self.sparse_latents.items():
            loss = loss + beta * objectives.kl_sparsity(values[nid], rho)
        penalty = objectives.weight_penalty(self.model, self.config["l1"], self.config["l2"])
        (loss + penalty if penalty is not None else loss).backward()
        if self.config["clip_norm"] > 0:
            torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.config["clip_norm"])
        self.optimizer.step()
        return value

    def loss(self, out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        """The head's loss of ``out`` against targets ``y`` (the probes of gradients use it too)."""
        return objectives.head_loss(self.task, self.loss_name, out, y)

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
                    self.test_output = out  # the classification and reconstruction views reuse it
                if self.task == "reconstruction":
                    return float(self.loss(out, x)), None
                pred = self._predict(out)
                acc = None if self.task == "regression" else float((pred == y).float().mean())
                loss = 1.0 - acc if self.perceptron else float(self.loss(out, y))
        finally:
            self.model.train(was_training)
        return loss, acc

    def _predict(self, out: torch.Tensor) -> torch.Tensor:
        if self.task == "multiclass":
            return out.argmax(dim=-1)  # the class axis is last, also for a prediction at every step
        return (out.view(-1) > 0).long()

    def record(self) -> dict[str, float | None]:
        """Evaluate and append (step, train loss, test loss) to the history; then apply early stopping.

        When the test loss has not improved for ``early_stop`` steps, the best weights come back and the
        returned metrics are theirs (the history keeps the rows as measured).
        """
        if self.early.stopped is not None and self._metrics is not None:
            return self._metrics  # stopped: the weights no longer change, nor do their measurements
        metrics = self.evaluate()
        self._metrics = metrics
        self._history = add_history_row(self._history, (self.step_count, metrics["train_loss"], metrics["test_loss"]))
        # patience counts from the labelled phase: a pretraining does not aim at the test loss
        step, labelled = self.step_count, self.pretraining is None or not self.pretraining.active(self.step_count)
        if labelled and self.early.observe(step, metrics["test_loss"], self.model, self.config["early_stop"]):
            metrics = self._metrics = self.evaluate()  # of the best weights, which the model holds again
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
            raise ValueError(f"unknown probes: {sorted(unknown)}")  # a programming error, not the user's
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
            early_stop_step=self.early.stopped,
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
        run_probes.plane_probes(self, snap, set(requested), grid)
        run_probes.image_probes(self, snap, set(requested), options or {})
        if self.sequences:
            run_probes.sequence_probes(self, snap, set(requested), options or {})
        if self.pretraining is not None:
            run_probes.pretrain_probes(self, snap, set(requested), options or {})
        return snap
