"""The GAN trainer: a generator and a discriminator from one design, trained in turn on a 2D target.

Mirrors ``engine.train.Trainer`` (same surface for the worker and the CLI, same RNG ownership), but one
step is one GAN iteration: ``k_d`` discriminator updates, then ``k_g`` generator updates. The
discriminator's Output gives a raw score s = D(x); the binary losses read it as a logit, P(real) = σ(s),
and the least-squares loss uses it as it is.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch

from playground.engine import objectives, probes
from playground.engine.build import BuildError, GraphModule
from playground.engine.data import DataError, make_dataset
from playground.engine.gan_view import gan_view, mean_distance
from playground.engine.objectives import gan_discriminator_loss, gan_generator_loss, gan_real_score
from playground.engine.probes import evaluating
from playground.engine.run_rng import RunRng
from playground.engine.run_setup import follow_live_setting
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
from playground.engine.train import DivergedError, TrainingError, make_optimizer
from playground.graph import Project
from playground.graph.i18n import N_, tr

GAN_SAMPLES = 512
"""Size of the fixed noise batch and of the real subset that the distance, the losses in the history and the
GAN view use: enough for a steady energy distance, few enough to keep ``record()`` to a few milliseconds."""
KNOWN_PROBES = frozenset(probes.PROBES)
"""Probe names a panel may ask for; those that do not apply to a GAN (boundary, filters…) are left empty."""


# --- the trainer ---------------------------------------------------------------------------------


class GanTrainer:
    """Trains a copy of a GAN design (generator Noise → … → Generated, discriminator Input → … → Output)."""

    task = "gan"

    def __init__(self, project: Project, device: str | torch.device = "cpu") -> None:
        info = project.data_info()
        if not info.is_gan:
            raise TrainingError(tr("a GAN needs a GAN target: choose one (ring, moons, …) in the data settings"))
        problem = project.check().first_error()
        if problem is not None:
            raise TrainingError(tr("the design is not valid: {problem}", problem=problem[1]))
        if project.training["mode"] != "backprop":
            raise TrainingError(tr("the perceptron rule cannot train a GAN: choose backpropagation"))
        self.graph = project.graph.copy()
        self.data_info = info
        self.data_settings = dict(project.data)  # what a saved run's weights belong to (with the graph)
        self.config = dict(project.training)
        self.device = torch.device(device) if isinstance(device, str) else device
        try:
            self.dataset = make_dataset(project.data)
        except DataError as e:
            raise TrainingError(str(e)) from None
        noise = self.graph.nodes_of_kind("Noise")[0].params
        self.noise_size, self.noise_distribution = noise["size"], noise["distribution"]
        d = self.dataset
        self.x_train = torch.from_numpy(d.x_train).to(self.device)
        self.x_real = torch.from_numpy(d.x_test[:GAN_SAMPLES]).to(self.device)
        # The test sample's own spread, E|Y − Y′|, is the same at every measurement: computed once.
        self._real_spread = mean_distance(self.x_real, self.x_real)
        self.activation_functions = {
            n.id: n.params["function"] for n in self.graph.nodes.values() if n.kind == "Activation"
        }
        self.track_updates = False
        self.reset()

    # --- lifecycle ------------------------------------------------------------------------

    def reset(self) -> None:
        """Re-initialise both networks, their optimizers, the batch order and the fixed noise from the seed."""
        seed = self.config["seed"]
        self._rng = RunRng(seed)
        try:
            with self._rng.active():
                self.generator = GraphModule(self.graph, self.data_info, "generator").to(self.device)
                self.discriminator = GraphModule(self.graph, self.data_info, "discriminator").to(self.device)
        except BuildError as e:
            raise TrainingError(str(e)) from None
        if not any(True for _ in self.generator.parameters()):
            raise TrainingError(
                tr("the generator has no weights to learn: put a Dense layer between Noise and Generated")
            )
        if not any(True for _ in self.discriminator.parameters()):
            raise TrainingError(tr("the discriminator has no weights to learn: put a Dense layer before the Output"))
        self._batch_rng = torch.Generator().manual_seed(seed)
        self._order = torch.empty(0, dtype=torch.long)
        self._cursor = 0
        # The shown fakes come from one noise batch for the whole run, drawn apart from the training draws.
        self.fixed_noise = self._draw_noise(len(self.x_real), torch.Generator().manual_seed(seed + 1))
        self.step_count = 0
        self._seen = 0
        self._history: list[tuple[float, float, float, float]] = []
        self._metrics: dict[str, float | None] | None = None
        self._update_ratio: dict[str, float] = {}
        self.batch_size = min(self.config["batch_size"], len(self.x_train))
        self.optimizer_d = make_optimizer(list(self.discriminator.parameters()), self.config)
        self.optimizer_g = make_optimizer(list(self.generator.parameters()), self.config)

    def set_lr(self, lr: float) -> None:
        """Change both networks' learning rate (takes effect from the next step)."""
        self.config["lr"] = float(lr)
        for optimizer in (self.optimizer_d, self.optimizer_g):
            for group in optimizer.param_groups:
                group["lr"] = float(lr)

    def set_setting(self, name: str, value: Any) -> None:
        """Follow a live training setting (``LIVE_TRAINING``): lr, gan_update, k_d, k_g, gan_loss, steps."""
        follow_live_setting(self, name, value)

    @property
    def epoch(self) -> float:
        """Passes over the real training samples the discriminator has seen."""
        return self._seen / len(self.x_train)

    # --- saving and restoring a run -------------------------------------------------------

    def state(self) -> RunState:
        """The run's full state (copies) with both networks and optimizers: a restored trainer goes on identically."""
        g, d = self.generator, self.discriminator
        return RunState(
            weights={**module_weights(g, "generator."), **module_weights(d, "discriminator.")},
            optimizers={
                "generator": optimizer_state(self.optimizer_g),
                "discriminator": optimizer_state(self.optimizer_d),
            },
            counters={"seen": self._seen},
            **progress_of(self),
        )

    def restore(self, state: RunState) -> None:
        """Continue the run ``state`` was taken from; ``StateMismatchError`` if it belongs to another design."""
        check_fits(self, state)
        stray = [k for k in state.weights if not k.startswith(("generator.", "discriminator."))]
        if stray:
            raise StateMismatchError(
                tr("the saved weights hold '{stray}', which belongs to neither network", stray=stray[0])
            )
        seen = state.counters.get("seen", -1)
        if isinstance(seen, bool) or not isinstance(seen, int) or seen < 0:
            raise StateMismatchError(tr("the saved run lacks the count of real samples seen"))
        self.reset()  # a half-restored run must not mix with the old one: start from a clean slate
        load_module_weights(self.generator, state.weights, "generator.")
        load_module_weights(self.discriminator, state.weights, "discriminator.")
        load_optimizer_state(self.optimizer_g, state.optimizers.get("generator", {}), N_("generator's optimizer"))
        load_optimizer_state(
            self.optimizer_d, state.optimizers.get("discriminator", {}), N_("discriminator's optimizer")
        )
        restore_progress(self, state)
        self._seen = seen

    # --- stepping -------------------------------------------------------------------------

    def step(self, n: int = 1) -> float:
        """Run ``n`` iterations (k_D discriminator updates, then k_G generator updates); returns the last D loss."""
        update = self.config["gan_update"]
        d_loss = float("nan")
        self.generator.train()
        self.discriminator.train()
        with self._rng.active():
            for i in range(n):
                before = self._parameter_copies() if self.track_updates and i == n - 1 else None
                g_loss = 0.0
                if update != "generator":
                    for _ in range(self.config["k_d"]):
                        d_loss = self._discriminator_step()
                if update != "discriminator":
                    for _ in range(self.config["k_g"]):
                        g_loss, frozen_d_loss = self._generator_step(measure_d=update == "generator")
                    if update == "generator":
                        d_loss = frozen_d_loss
                if before is not None:
                    self._update_ratio = {
                        **probes.update_ratios(self.generator, before[0]),
                        **probes.update_ratios(self.discriminator, before[1]),
                    }
                self.step_count += 1
                if not math.isfinite(d_loss):
                    raise DivergedError(
                        tr(
                            "the discriminator's loss became {loss} at step {step}; {where} went non-finite first. Try "
                            "a smaller learning rate, gradient clipping or the least-squares loss, then press Reset",
                            loss=d_loss,
                            step=self.step_count,
                            where=self._locate_non_finite(),
                        )
                    )
                if not math.isfinite(g_loss):
                    raise DivergedError(
                        tr(
                            "the generator's loss became {loss} at step {step}; {where} went non-finite first. Try "
                            "a smaller learning rate, gradient clipping or the least-squares loss, then press Reset",
                            loss=g_loss,
                            step=self.step_count,
                            where=self._locate_non_finite(),
                        )
                    )
        return d_loss

    def _draw_noise(self, n: int, generator: torch.Generator | None = None) -> torch.Tensor:
        """z for ``n`` samples, on the CPU (the same numbers on any device), from the run's RNG unless given."""
        shape = (n, self.noise_size)
        if self.noise_distribution == "uniform":
            z = torch.rand(shape, generator=generator) * 2.0 - 1.0
        else:
            z = torch.randn(shape, generator=generator)
        return z.to(self.device)

    def _next_real_batch(self) -> torch.Tensor:
        if self._cursor + self.batch_size > len(self._order):
            self._order = torch.randperm(len(self.x_train), generator=self._batch_rng).to(self.device)
            self._cursor = 0
        idx = self._order[self._cursor : self._cursor + self.batch_size]
        self._cursor += self.batch_size
        self._seen += self.batch_size
        return self.x_train[idx]

    def _discriminator_step(self) -> float:
        real = self._next_real_batch()
        with torch.no_grad():
            fake = self.generator(self._draw_noise(self.batch_size))
        self.optimizer_d.zero_grad(set_to_none=True)
        loss = gan_discriminator_loss(self.config["gan_loss"], self.discriminator(real), self.discriminator(fake))
        value = loss.item()
        if math.isfinite(value):  # no update on a NaN: the weights stay as they were, for diagnosis and a retry
            self._update(self.discriminator, self.optimizer_d, loss)
        return value

    def _generator_step(self, measure_d: bool) -> tuple[float, float]:
        """One generator update; with ``measure_d`` also the frozen D's loss on these fakes and a real batch."""
        self.optimizer_g.zero_grad(set_to_none=True)
        scores = self.discriminator(self.generator(self._draw_noise(self.batch_size)))
        loss = gan_generator_loss(self.config["gan_loss"], scores)
        value = loss.item()
        if math.isfinite(value):
            self._update(self.generator, self.optimizer_g, loss)
        d_value = float("nan")
        if measure_d:
            with torch.no_grad():
                real = self.discriminator(self._next_real_batch())
                d_value = float(gan_discriminator_loss(self.config["gan_loss"], real, scores.detach()))
        return value, d_value

    def _update(self, net: GraphModule, optimizer: torch.optim.Optimizer, loss: torch.Tensor) -> None:
        """Backpropagate ``loss`` into ``net`` alone and step its optimizer.

        ``backward(inputs=…)`` leaves the other network's gradients as its own last update left them: the
        gradient-norm probe shows each network's gradients from its own last update.
        """
        penalty = objectives.weight_penalty(net, self.config["l1"], self.config["l2"])
        params = list(net.parameters())
        (loss + penalty if penalty is not None else loss).backward(inputs=params)
        if self.config["clip_norm"] > 0:
            torch.nn.utils.clip_grad_norm_(params, self.config["clip_norm"])
        optimizer.step()

    def _parameter_copies(self) -> tuple[dict, dict]:
        return probes.parameter_copy(self.generator), probes.parameter_copy(self.discriminator)

    def _locate_non_finite(self) -> str:
        """Which layer's output (generator first, then discriminator) first holds NaN or inf."""
        fake = probes.eval_all(self.generator, self._draw_noise(self.batch_size))[self.generator.output_id]
        for net, x in ((self.generator, self._draw_noise(self.batch_size)), (self.discriminator, fake)):
            values = probes.eval_all(net, x)
            for nid in net.order:
                if not torch.isfinite(values[nid]).all():
                    if net is self.generator:
                        return tr("the output of the generator's layer '{layer}'", layer=net.names[nid])
                    return tr("the output of the discriminator's layer '{layer}'", layer=net.names[nid])
        return tr("the loss (the outputs were finite)")

    # --- measuring --------------------------------------------------------------------------

    def evaluate(self) -> dict[str, float | None]:
        """D and G losses on the fixed noise batch and real subset, and the energy distance fake ↔ real.

        ``train_loss`` is the discriminator's loss and ``test_loss`` the generator's (no accuracies): the loss
        panel draws the two curves. ``d_real``/``d_fake`` are D's mean verdicts (0 fake … 1 real).
        """
        loss = self.config["gan_loss"]
        with evaluating(self.generator, self.discriminator), torch.no_grad():
            fake = self.generator(self.fixed_noise)
            real_scores, fake_scores = self.discriminator(self.x_real), self.discriminator(fake)
            d_loss = float(gan_discriminator_loss(loss, real_scores, fake_scores))
            g_loss = float(gan_generator_loss(loss, fake_scores))
            d_real = float(gan_real_score(loss, real_scores).mean())
            d_fake = float(gan_real_score(loss, fake_scores).mean())
            if torch.isfinite(fake).all():
                distance = 2.0 * mean_distance(fake, self.x_real) - mean_distance(fake, fake) - self._real_spread
            else:
                distance = float("nan")
        return {
            "train_loss": d_loss,
            "test_loss": g_loss,
            "train_accuracy": None,
            "test_accuracy": None,
            "distance": distance,
            "d_real": d_real,
            "d_fake": d_fake,
        }

    def record(self) -> dict[str, float | None]:
        """Evaluate and append (step, D loss, G loss, energy distance) to the history."""
        metrics = self.evaluate()
        self._metrics = metrics
        row = (self.step_count, metrics["train_loss"], metrics["test_loss"], metrics["distance"])
        self._history = add_history_row(self._history, row)
        return metrics

    def snapshot(
        self,
        requested: tuple[str, ...] | set[str] = (),
        grid: int = 60,
        options: dict[str, Any] | None = None,
        measure: bool = True,
    ) -> Snapshot:
        """Metrics plus the requested probes: per-layer probes of both networks, and the GAN view ("gan").

        Probes for other kinds of runs (boundary, filters, sequence…) are accepted and left empty.
        ``measure=False`` reuses the last metrics; ``options`` is accepted for the worker's sake.
        """
        unknown = set(requested) - KNOWN_PROBES
        if unknown:
            raise ValueError(f"unknown probes: {sorted(unknown)}")
        metrics = self.record() if measure or self._metrics is None else self._metrics
        history = np.asarray(self._history, dtype=np.float64).reshape(-1, 4)
        g, d = self.generator, self.discriminator
        snap = Snapshot(
            step=self.step_count,
            epoch=self.epoch,
            train_loss=metrics["train_loss"],
            test_loss=metrics["test_loss"],
            train_accuracy=None,
            test_accuracy=None,
            history=history[:, :3].copy(),
            names={**g.names, **d.names},
            kinds={**g.kinds, **d.kinds},
            networks={**dict.fromkeys(g.order, "generator"), **dict.fromkeys(d.order, "discriminator")},
            task=self.task,
            device=self.device.type,
            extent=self.dataset.extent,
        )
        if "grad_norms" in requested:
            snap.grad_norms = {**probes.grad_norms(g), **probes.grad_norms(d)}
        if "activations" in requested:
            with torch.no_grad(), evaluating(g):
                fake = g(self.fixed_noise)
            half = GAN_SAMPLES // 2  # D sees real and fake samples alike: half of each
            for net, x in ((g, self.fixed_noise), (d, torch.cat([self.x_real[:half], fake[:half]]))):
                hists, dead, saturated = probes.activation_stats(net, x, self.activation_functions)
                snap.activation_hist.update(hists)
                snap.dead_fraction.update(dead)
                snap.saturated_fraction.update(saturated)
        if "weights" in requested:
            snap.weight_hist = {**probes.weight_hists(g), **probes.weight_hists(d)}
            snap.weight_stats = {**probes.weight_stats(g), **probes.weight_stats(d)}
        self.track_updates = "update_ratio" in requested
        if self.track_updates:
            snap.update_ratio = dict(self._update_ratio)
        else:
            self._update_ratio = {}  # stale ratios must not reappear when the probe is asked for again
        if "gan" in requested:
            snap.gan = gan_view(self, grid, metrics, history)
        return snap
