"""The GAN trainer (engine/gan.py): snapshots, RNG ownership, freezing, the losses, and the two presets."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
import torch
from engine_helpers import Builder, load_preset, make_project

from playground.engine.data import grid_points
from playground.engine.gan import GAN_SAMPLES, GanTrainer
from playground.engine.gan_data import energy_distance, mean_distance, modes_covered, ring_centres
from playground.engine.objectives import gan_discriminator_loss as discriminator_loss
from playground.engine.objectives import gan_generator_loss as generator_loss
from playground.engine.objectives import gan_real_score as real_score
from playground.engine.train import DivergedError, TrainingError
from playground.graph import Project
from playground.graph.params import ParamError

RING_SIGMA = 0.1
"""The presets' ring: eight blobs of σ = 0.1 (their data noise)."""


def small_gan(
    noise: int = 2, width: int = 16, data: dict | None = None, generator_hidden: bool = True, **training: object
) -> Project:
    """A small GAN design on the ring: Noise → Dense → ReLU → Dense(2) → Generated, Input → … → Output."""
    b = Builder()
    g = [("Noise", {"size": noise})]
    if generator_hidden:
        g += [("Dense", {"units": width}), ("Activation", {"function": "relu"})]
    g += [("Dense", {"units": 2}), ("Generated", {})]
    b.chain(g)
    b.chain(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": width}),
            ("Activation", {"function": "leaky_relu"}),
            ("Dense", {"units": 1}),
            ("Output", {"task": "binary"}),
        ]
    )
    spec = {"dataset": "ring", "samples": 300, **(data or {})}
    return make_project(b.graph, spec, **{"batch_size": 32, "lr": 0.005, "beta1": 0.5, **training})


def params_of(net: torch.nn.Module) -> list[torch.Tensor]:
    return [p.detach().clone() for p in net.parameters()]


def same(a: list[torch.Tensor], b: list[torch.Tensor]) -> bool:
    return all(torch.equal(x, y) for x, y in zip(a, b, strict=True))


def losses(trainer: GanTrainer, steps: int) -> list[float]:
    return [trainer.step(1) for _ in range(steps)]


# --- the objectives -----------------------------------------------------------------------------


def test_the_losses_follow_their_formulas() -> None:
    zero, one = torch.zeros(4, 1), torch.ones(4, 1)
    log2 = math.log(2.0)
    # D undecided (σ(0) = ½): −log ½ − log ½ for D; G minimax log(1 − ½), non-saturating −log ½.
    assert float(discriminator_loss("minimax", zero, zero)) == pytest.approx(2 * log2)
    assert float(generator_loss("minimax", zero)) == pytest.approx(-log2)
    assert float(generator_loss("non_saturating", zero)) == pytest.approx(log2)
    # LSGAN: D's raw score, targets 1 (real) and 0 (fake).
    assert float(discriminator_loss("least_squares", one, zero)) == 0.0
    assert float(discriminator_loss("least_squares", zero, one)) == pytest.approx(2.0)
    assert float(generator_loss("least_squares", 3 * one)) == pytest.approx(4.0)
    scores = torch.tensor([[-3.0], [0.5], [2.0]])
    assert generator_loss("minimax", scores, reduction="none").shape == (3,)
    assert torch.allclose(real_score("minimax", scores), torch.sigmoid(scores))
    assert torch.allclose(real_score("least_squares", scores), torch.tensor([[0.0], [0.5], [1.0]]))


def test_minimax_gradient_vanishes_where_d_rejects_the_fakes_and_non_saturating_does_not() -> None:
    confident_fake = torch.tensor([[-8.0]], requires_grad=True)
    (g_minimax,) = torch.autograd.grad(generator_loss("minimax", confident_fake), confident_fake)
    (g_non_sat,) = torch.autograd.grad(generator_loss("non_saturating", confident_fake), confident_fake)
    assert abs(float(g_minimax)) < 1e-3 < abs(float(g_non_sat))


# --- building a run -----------------------------------------------------------------------------


def test_the_trainer_refuses_what_it_cannot_train_with_a_reason() -> None:
    not_gan = small_gan()
    not_gan.data["dataset"] = "circle"
    with pytest.raises(TrainingError, match="GAN target"):
        GanTrainer(not_gan)
    with pytest.raises(TrainingError, match="draw some points"):
        GanTrainer(small_gan(data={"dataset": "drawn", "points": []}))
    with pytest.raises(TrainingError, match="perceptron"):
        GanTrainer(small_gan(mode="perceptron"))
    broken = small_gan()
    output = broken.graph.nodes_of_kind("Output")[0]
    output.params["task"] = "regression"
    with pytest.raises(TrainingError, match="design is not valid"):
        GanTrainer(broken)


def test_a_generator_without_weights_is_refused() -> None:
    project = small_gan(generator_hidden=False)
    GanTrainer(project)  # Noise → Dense → Generated has weights
    b = Builder()
    b.chain([("Noise", {"size": 2}), ("Generated", {})])
    b.chain([("Input", {"shape": [2]}), ("Dense", {"units": 1}), ("Output", {"task": "binary"})])
    with pytest.raises(TrainingError, match="generator has no weights"):
        GanTrainer(make_project(b.graph, {"dataset": "ring"}))


# --- the snapshot -------------------------------------------------------------------------------


def test_the_snapshot_has_every_field_in_its_shape() -> None:
    trainer = GanTrainer(small_gan())
    requested = {"gan", "grad_norms", "weights", "activations", "update_ratio", "boundary", "filters"}
    trainer.snapshot(requested)  # asks step() to track the update ratios
    trainer.step(5)
    snap = trainer.snapshot(requested, grid=24)
    g, d = trainer.generator, trainer.discriminator
    assert snap.task == "gan" and snap.step == 5
    assert snap.train_accuracy is None and snap.test_accuracy is None
    assert snap.names == {**g.names, **d.names} and len(snap.names) == 10
    assert set(snap.kinds.values()) == {"Noise", "Dense", "Activation", "Generated", "Input", "Output"}
    dense = {nid for nid, k in snap.kinds.items() if k == "Dense"}
    assert set(snap.grad_norms) == dense and all(v > 0 for v in snap.grad_norms.values())
    assert set(snap.weight_hist) == set(snap.weight_stats) == set(snap.update_ratio) == dense
    assert set(snap.activation_hist) == {nid for nid, k in snap.kinds.items() if k in ("Dense", "Activation")}
    assert set(snap.dead_fraction) == {nid for nid, k in snap.kinds.items() if k == "Activation"} & set(g.order)
    assert snap.boundary is None and not snap.filters  # not a GAN's probes: left empty
    assert snap.history.shape == (2, 3)  # the first snapshot and this one
    assert snap.extent == trainer.dataset.extent
    view = snap.gan
    assert view is not None
    for array in (view.real, view.fake, view.fake_grad):
        assert array.shape == (300, 2) and array.dtype == np.float32  # the whole test sample: under GAN_SAMPLES
    assert view.d_grid.shape == (24, 24) and view.d_grid.dtype == np.float32
    assert view.d_grid.min() >= 0.0 and view.d_grid.max() <= 1.0
    assert view.extent == trainer.dataset.extent
    assert view.history.shape == (2, 4) and np.array_equal(view.history[:, :3], snap.history)
    assert view.history[-1, 0] == 5 and view.history[-1, 1] == snap.train_loss and view.history[-1, 2] == snap.test_loss
    assert view.distance == view.history[-1, 3]
    assert 0.0 < view.d_real < 1.0 and 0.0 < view.d_fake < 1.0
    assert np.array_equal(view.real, trainer.dataset.x_test[:GAN_SAMPLES])


def test_the_view_measures_what_it_says() -> None:
    trainer = GanTrainer(small_gan())
    trainer.step(20)
    snap = trainer.snapshot({"gan"}, grid=9)
    view = snap.gan
    d = trainer.discriminator.eval()
    with torch.no_grad():
        fake = trainer.generator.eval()(trainer.fixed_noise)
        assert np.allclose(view.fake, fake.numpy())
        # Row 0 of the grid is the bottom of the plane (y = ymin), column 0 its left (x = xmin).
        plane = grid_points(view.extent, 9)
        assert np.allclose(plane[8], [view.extent[1], view.extent[2]])
        scores = torch.sigmoid(d(torch.from_numpy(plane))).view(9, 9).numpy()
        assert np.allclose(view.d_grid, scores, atol=1e-6)
        real, fake_scores = torch.sigmoid(d(trainer.x_real)), torch.sigmoid(d(fake))
    assert view.d_real == pytest.approx(float(real.mean()), rel=1e-5)
    assert view.d_fake == pytest.approx(float(fake_scores.mean()), rel=1e-5)
    # The arrow at a fake is −∂(its own generator loss)/∂x: the same alone as in the batch.
    x = fake[3:4].clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(generator_loss("non_saturating", d(x)), x)
    assert np.allclose(view.fake_grad[3], -grad.numpy()[0], atol=1e-6)
    # The energy distance against the (fixed) test sample, as gan_data defines it.
    assert view.distance == pytest.approx(energy_distance(view.fake, view.real), abs=1e-4)
    with torch.no_grad():
        d_loss = float(discriminator_loss("non_saturating", d(trainer.x_real), d(fake)))
    assert snap.train_loss == pytest.approx(d_loss, rel=1e-5)


def test_record_is_cheap_for_a_2d_gan() -> None:
    trainer = load_preset_trainer("gan-ring")
    trainer.record()
    times = []
    for _ in range(15):
        start = time.perf_counter()
        trainer.record()
        times.append(time.perf_counter() - start)
    assert sorted(times)[len(times) // 2] < 0.015  # about 3 ms on one core; generous for a busy CI machine


# --- the run's randomness -----------------------------------------------------------------------


def test_the_same_seed_gives_the_same_losses_even_interleaved() -> None:
    alone = losses(GanTrainer(small_gan(seed=4)), 12)
    a, b = GanTrainer(small_gan(seed=4)), GanTrainer(small_gan(seed=4))
    outer = torch.get_rng_state()
    interleaved = []
    for _ in range(12):
        interleaved.append(a.step(1))
        b.step(1)
        torch.rand(3)  # the caller's own draws do not touch the runs'
    assert interleaved == alone
    assert losses(b, 0) == [] and b.record()["distance"] == a.record()["distance"]
    assert losses(GanTrainer(small_gan(seed=5)), 12) != alone
    a.reset()
    assert losses(a, 12) == alone
    torch.set_rng_state(outer)


def test_stepping_leaves_the_global_torch_rng_alone() -> None:
    trainer = GanTrainer(small_gan())
    before = torch.get_rng_state()
    trainer.step(3)
    trainer.snapshot({"gan", "activations"})
    assert torch.equal(torch.get_rng_state(), before)


# --- what learns --------------------------------------------------------------------------------


def test_freezing_one_network_trains_only_the_other() -> None:
    trainer = GanTrainer(small_gan(gan_update="generator"))
    g0, d0 = params_of(trainer.generator), params_of(trainer.discriminator)
    d_loss = trainer.step(5)
    assert math.isfinite(d_loss)  # the frozen D is still measured
    assert same(params_of(trainer.discriminator), d0) and not same(params_of(trainer.generator), g0)
    trainer.set_setting("gan_update", "discriminator")  # live, no reset
    g1, d1 = params_of(trainer.generator), params_of(trainer.discriminator)
    trainer.step(5)
    assert same(params_of(trainer.generator), g1) and not same(params_of(trainer.discriminator), d1)
    trainer.set_setting("gan_update", "both")
    trainer.step(1)
    assert not same(params_of(trainer.generator), g1) and not same(params_of(trainer.discriminator), d1)


def test_the_generator_update_keeps_ds_gradients_from_ds_own_update() -> None:
    trainer = GanTrainer(small_gan(gan_update="discriminator"))
    trainer.step(1)
    d_grads = [p.grad.clone() for p in trainer.discriminator.parameters()]
    trainer.set_setting("gan_update", "generator")
    trainer.step(1)
    assert all(torch.equal(p.grad, g) for p, g in zip(trainer.discriminator.parameters(), d_grads, strict=True))
    assert all(p.grad is not None for p in trainer.generator.parameters())


def test_k_d_and_k_g_set_the_updates_per_iteration() -> None:
    trainer = GanTrainer(small_gan(k_d=3, k_g=2))
    trainer.step(2)
    assert trainer.step_count == 2
    assert trainer.epoch == pytest.approx(2 * 3 * 32 / 300)  # three real batches per iteration
    assert trainer.optimizer_d.state[next(trainer.discriminator.parameters())]["step"] == 6
    assert trainer.optimizer_g.state[next(trainer.generator.parameters())]["step"] == 4
    trainer.set_setting("k_d", 1)
    trainer.step(1)
    assert trainer.optimizer_d.state[next(trainer.discriminator.parameters())]["step"] == 7


@pytest.mark.parametrize("loss", ["minimax", "non_saturating", "least_squares"])
def test_each_gan_loss_trains(loss: str) -> None:
    trainer = GanTrainer(small_gan(gan_loss=loss))
    start = trainer.record()["distance"]
    g0 = params_of(trainer.generator)
    assert all(math.isfinite(v) for v in losses(trainer, 150))
    assert not same(params_of(trainer.generator), g0)
    snap = trainer.snapshot({"gan"})
    assert math.isfinite(snap.test_loss) and 0.0 <= snap.gan.d_grid.min() <= snap.gan.d_grid.max() <= 1.0
    assert snap.gan.distance < start  # each objective pulls the fakes towards the ring


def test_the_loss_can_change_live() -> None:
    trainer = GanTrainer(small_gan())
    trainer.step(3)
    trainer.set_setting("gan_loss", "least_squares")
    trainer.step(2)
    metrics = trainer.record()
    d, g = trainer.discriminator.eval(), trainer.generator.eval()
    with torch.no_grad():
        real, fake = d(trainer.x_real), d(g(trainer.fixed_noise))
    assert metrics["train_loss"] == pytest.approx(float(((real - 1) ** 2).mean() + (fake**2).mean()), rel=1e-5)


def test_settings_are_checked_and_only_live_ones_follow() -> None:
    trainer = GanTrainer(small_gan())
    trainer.set_setting("lr", 0.01)
    assert [g["lr"] for o in (trainer.optimizer_d, trainer.optimizer_g) for g in o.param_groups] == [0.01, 0.01]
    with pytest.raises(ParamError):
        trainer.set_setting("gan_loss", "wasserstein")
    with pytest.raises(ParamError):
        trainer.set_setting("k_d", 0)
    with pytest.raises(TrainingError, match="after a reset"):
        trainer.set_setting("batch_size", 8)


def test_noise_follows_the_noise_layer() -> None:
    trainer = GanTrainer(small_gan(noise=5, data={"samples": 1000}))
    assert trainer.fixed_noise.shape == (GAN_SAMPLES, 5)
    project = small_gan(noise=3, data={"samples": 1000})
    project.graph.nodes_of_kind("Noise")[0].params["distribution"] = "uniform"
    uniform = GanTrainer(project).fixed_noise
    assert uniform.shape == (GAN_SAMPLES, 3) and float(uniform.min()) >= -1.0 and float(uniform.max()) <= 1.0
    assert float(uniform.std()) == pytest.approx(1 / math.sqrt(3), rel=0.1)


def test_a_non_finite_loss_stops_the_run_and_names_the_layer() -> None:
    trainer = GanTrainer(small_gan())
    dense = next(nid for nid in trainer.generator.order if trainer.generator.kinds[nid] == "Dense")
    with torch.no_grad():
        trainer.generator.layers[dense].weight.fill_(float("nan"))
    with pytest.raises(DivergedError, match=f"generator's layer '{trainer.generator.names[dense]}'"):
        trainer.step(3)
    assert trainer.step_count == 1


# --- the presets: a GAN that learns the ring, and one that collapses ------------------------------


def load_preset_trainer(name: str) -> GanTrainer:
    return GanTrainer(load_preset(name))


ACCEPTANCE_STEPS = 800
"""Measured (one CPU thread): gan-ring's energy distance falls from 0.317 to about 0.017 (19×) and its fakes
cover all 8 modes; gan-mode-collapse's fakes cover at most one and shrink to a tenth of the ring's spread."""


@pytest.mark.slow
def test_gan_ring_learns_the_ring_and_gan_mode_collapse_collapses() -> None:
    ring = load_preset_trainer("gan-ring")
    start = ring.record()["distance"]
    ring.step(ACCEPTANCE_STEPS)
    view = ring.snapshot({"gan"}).gan
    assert view.distance < start / 5, (start, view.distance)
    ring_modes = modes_covered(view.fake, ring_centres(), RING_SIGMA)
    assert ring_modes >= 7

    collapse = load_preset_trainer("gan-mode-collapse")
    assert collapse.record()["distance"] == start  # the same networks at the start: only the optimizer differs
    collapse.step(ACCEPTANCE_STEPS)
    view = collapse.snapshot({"gan"}).gan
    assert modes_covered(view.fake, ring_centres(), RING_SIGMA) <= 2 < ring_modes
    spread = mean_distance(view.fake, view.fake) / mean_distance(view.real, view.real)
    assert spread < 0.3  # the fakes gather in one small blob, far narrower than the ring
    assert view.distance > 5 * start
