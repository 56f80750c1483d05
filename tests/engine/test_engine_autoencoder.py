"""Autoencoders in the Trainer: target = input, denoising corruption, KL sparsity, latent views."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from engine_helpers import Builder, chain_graph, make_project

from playground.engine import image_probes, objectives
from playground.engine.train import Trainer


def ae_specs(latent: int = 2, sparsity: float = 0.0, code_function: str = "tanh", head: str = "sigmoid") -> list:
    """An autoencoder on the 8×8 digits: 64 pixels → 32 → ``latent`` units (the Latent) → 32 → 64 pixels."""
    code = [("Activation", {"function": code_function})] if code_function != "identity" else []
    tail = [("Activation", {"function": head})] if head else []
    return [
        ("Input", {"shape": [1, 8, 8]}),
        ("Flatten", {}),
        ("Dense", {"units": 32}),
        ("Activation", {"function": "tanh"}),
        ("Dense", {"units": latent}),
        *code,
        ("Latent", {"sparsity": sparsity, "rho": 0.05}),
        ("Dense", {"units": 32}),
        ("Activation", {"function": "tanh"}),
        ("Dense", {"units": 64}),
        *tail,
        ("Output", {"task": "reconstruction"}),
    ]


def ae_trainer(specs: list | None = None, **training) -> Trainer:
    graph, _ = chain_graph(specs or ae_specs())
    return Trainer(make_project(graph, {"dataset": "digits8"}, lr=0.01, **training))


def test_an_autoencoder_learns_to_reconstruct_its_input():
    trainer = ae_trainer()
    before = trainer.evaluate()["test_loss"]
    trainer.step(300)
    snap = trainer.snapshot({"reconstruction"})
    assert snap.test_accuracy is None and snap.train_accuracy is None
    assert snap.test_loss < 0.6 * before
    view = snap.reconstruction
    assert view.inputs.shape == view.outputs.shape == (16, 1, 8, 8)
    np.testing.assert_array_equal(view.inputs, view.corrupted)  # no corruption configured
    assert view.error == pytest.approx(snap.test_loss, rel=1e-5)  # MSE loss: the same measure


def test_the_loss_compares_the_output_with_the_clean_input_value_by_value():
    out = torch.rand(4, 64)
    x = torch.rand(4, 1, 8, 8)
    assert objectives.head_loss("reconstruction", "mse", out, x) == pytest.approx(float(F.mse_loss(out, x.flatten(1))))
    bce = objectives.head_loss("reconstruction", "bce", out, x)
    assert bce == pytest.approx(float(F.binary_cross_entropy_with_logits(out, x.flatten(1))))


def test_denoising_corrupts_the_input_but_not_the_target(monkeypatch):
    trainer = ae_trainer(corruption="mask", corruption_level=0.5)
    seen = {}
    original = trainer.loss

    def spy(out, y):
        seen["target"] = y.clone()
        return original(out, y)

    forward = trainer.model.forward

    def spy_forward(x):
        seen["input"] = x.clone()
        return forward(x)

    monkeypatch.setattr(trainer, "loss", spy)
    monkeypatch.setattr(trainer.model, "forward", spy_forward)
    trainer.step(1)
    target, given = seen["target"], seen["input"]
    assert given.shape == target.shape
    zeroed = (given == 0) & (target != 0)
    assert zeroed.any()  # half the pixels were masked...
    kept = given != 0
    torch.testing.assert_close(given[kept], target[kept])  # ...and the others are untouched clean pixels


def test_corruption_kinds():
    x = torch.ones(1000)
    gen = torch.Generator().manual_seed(0)
    noisy = objectives.corrupt(x, "gaussian", 0.5, generator=gen)
    assert float((noisy - x).std()) == pytest.approx(0.5, rel=0.1)
    masked = objectives.corrupt(x, "mask", 0.3, generator=gen)
    assert float((masked == 0).float().mean()) == pytest.approx(0.3, abs=0.05)
    assert objectives.corrupt(x, "none", 0.3) is x and objectives.corrupt(x, "gaussian", 0.0) is x


def test_the_reconstruction_view_shows_the_same_corruption_every_frame_and_leaves_the_run_alone():
    a, b = (ae_trainer(corruption="gaussian", corruption_level=0.3) for _ in range(2))
    a.step(3)
    b.step(3)
    first = a.snapshot({"reconstruction"}).reconstruction
    second = a.snapshot({"reconstruction"}).reconstruction
    np.testing.assert_array_equal(first.corrupted, second.corrupted)
    assert not np.array_equal(first.corrupted, first.inputs)
    assert a.step(5) == b.step(5)  # snapshots drew no numbers from the run's generator


def test_kl_sparsity_matches_the_formula_and_vanishes_at_rho():
    values = torch.tensor([[0.1, 0.5], [0.3, 0.5]])
    rho = 0.05
    rho_hat = torch.tensor([0.2, 0.5])
    expected = (rho * torch.log(rho / rho_hat) + (1 - rho) * torch.log((1 - rho) / (1 - rho_hat))).sum()
    assert float(objectives.kl_sparsity(values, rho)) == pytest.approx(float(expected))
    assert float(objectives.kl_sparsity(torch.full((3, 4), rho), rho)) == pytest.approx(0.0, abs=1e-6)
    assert torch.isfinite(objectives.kl_sparsity(torch.zeros(2, 3), rho))  # clamped, not log(0)


def mean_code(trainer: Trainer) -> float:
    model = trainer.model
    latent = next(n for n in model.order if model.kinds[n] == "Latent")
    model.eval()
    with torch.no_grad():
        code = model.forward_all(trainer.x_test)[latent]
    model.train()
    return float(code.mean())


def test_the_sparsity_penalty_pulls_the_mean_activation_towards_rho():
    specs = lambda beta: ae_specs(latent=16, sparsity=beta, code_function="sigmoid")  # noqa: E731
    free, sparse = ae_trainer(specs(0.0)), ae_trainer(specs(3.0))
    free.step(300)
    sparse.step(300)
    assert mean_code(sparse) < 0.15 < mean_code(free)


def test_latent_view_of_a_two_unit_code_with_a_decoded_walk():
    trainer = ae_trainer()
    trainer.step(20)
    latent = trainer.snapshot({"latent"}).latent
    assert latent.method == "code" and latent.units == 2
    assert latent.codes.shape == (len(trainer.x_test), 2)
    np.testing.assert_array_equal(latent.labels, trainer.dataset.y_test)
    g = image_probes.WALK_GRID
    assert latent.walk.shape == (g, g, 1, 8, 8)
    assert latent.walk.min() >= 0.0 and latent.walk.max() <= 1.0  # through the sigmoid head
    xmin, xmax, ymin, ymax = latent.walk_extent
    assert xmin < xmax and ymin < ymax


def test_the_walk_decodes_exactly_what_the_decoder_gives_for_a_code():
    trainer = ae_trainer()
    latent = trainer.snapshot({"latent"}).latent
    model = trainer.model
    nid = latent.node
    chain = image_probes.decoder_nodes(model, nid)
    corner = torch.tensor([[latent.walk_extent[0], latent.walk_extent[2]]])
    value = corner
    model.eval()
    with torch.no_grad():
        for n in chain:
            value = model.layers[n](value)
    np.testing.assert_allclose(latent.walk[0, 0].reshape(-1), value.reshape(-1).numpy(), rtol=1e-5, atol=1e-6)


def test_wider_codes_are_projected_by_pca():
    trainer = ae_trainer(ae_specs(latent=6))
    latent = trainer.snapshot({"latent"}).latent
    assert latent.method == "pca" and latent.units == 6 and latent.walk is None
    assert latent.codes.shape == (len(trainer.x_test), 2)
    spread = latent.codes.var(axis=0)
    assert spread[0] >= spread[1]


def test_pca_finds_the_direction_of_largest_spread():
    rng = np.random.default_rng(0)
    points = np.stack([rng.normal(0, 5, 500), rng.normal(0, 1, 500), np.zeros(500)], axis=1) @ np.array(
        [[0, 1, 0], [1, 0, 0], [0, 0, 1]], dtype=float
    )
    projected = image_probes.pca_2d(points.astype(np.float32))
    assert np.corrcoef(np.abs(projected[:, 0]), np.abs(points[:, 1]))[0, 1] > 0.99


def test_no_walk_when_the_decoder_also_reads_the_encoder():
    b = Builder()
    inp, flat, enc, latent = b.chain(
        [("Input", {"shape": [1, 8, 8]}), ("Flatten", {}), ("Dense", {"units": 2}), ("Latent", {})]
    )
    merge, dec, _ = b.chain([("Concat", {}), ("Dense", {"units": 64}), ("Output", {"task": "reconstruction"})])
    b.connect(latent, merge)
    b.connect(enc, merge)  # a skip connection around the code: the code alone cannot be decoded
    trainer = Trainer(make_project(b.graph, {"dataset": "digits8"}))
    assert image_probes.decoder_nodes(trainer.model, latent) is None
    view = trainer.snapshot({"latent"}).latent
    assert view.method == "code" and view.walk is None
