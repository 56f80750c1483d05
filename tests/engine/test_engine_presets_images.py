"""The image presets make their point: a CNN beats a dense net of the same size, autoencoders rebuild digits.

Each test trains at a reduced budget (seconds on one CPU thread) with a threshold that budget reaches
with margin; the full cnn-digits budget (≥ 97 % test accuracy) runs once, marked slow.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
from engine_helpers import load_preset

from playground.engine import image_probes
from playground.engine.train import Trainer

IMAGE_PRESETS = ("cnn-digits", "mlp-vs-cnn-digits", "autoencoder-digits", "denoising-autoencoder", "sparse-autoencoder")


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)  # as the worker trains; also the fastest for these small nets
    yield
    torch.set_num_threads(before)


@pytest.mark.parametrize("name", IMAGE_PRESETS)
def test_image_presets_are_valid_designs_on_mnist(name):
    project = load_preset(name)
    assert project.check().ok, project.check().first_error()
    assert project.data["dataset"] == "mnist" and project.description


def test_the_cnn_and_its_dense_counterpart_have_about_as_many_weights():
    cnn, mlp = (load_preset(n).check().total_params for n in ("cnn-digits", "mlp-vs-cnn-digits"))
    assert abs(cnn - mlp) / cnn < 0.05


@pytest.fixture(scope="module")
def short_runs():
    """cnn-digits and mlp-vs-cnn-digits after three epochs each."""
    runs = {}
    for name in ("cnn-digits", "mlp-vs-cnn-digits"):
        torch.set_num_threads(1)
        trainer = Trainer(load_preset(name))
        trainer.step(3 * len(trainer.x_train) // trainer.batch_size)
        runs[name] = trainer
    return runs


def test_three_epochs_of_the_cnn_reach_95_percent_and_beat_the_dense_net(short_runs):
    cnn = short_runs["cnn-digits"].evaluate()["test_accuracy"]
    mlp = short_runs["mlp-vs-cnn-digits"].evaluate()["test_accuracy"]
    assert cnn >= 0.95
    assert cnn - mlp >= 0.04


def test_first_layer_filters_have_learned_structure(short_runs):
    """Trained 5×5 kernels are smoother than their random start: neighbouring weights agree more."""
    trainer = short_runs["cnn-digits"]
    conv = next(n for n in trainer.model.order if trainer.model.kinds[n] == "Conv2d")
    trained = image_probes.filters(trainer.model)[conv].weights[:, 0]
    fresh = image_probes.filters(Trainer(load_preset("cnn-digits")).model)[conv].weights[:, 0]

    def neighbour_correlation(kernels: np.ndarray) -> float:
        a = np.concatenate([kernels[:, :, :-1].ravel(), kernels[:, :-1, :].ravel()])
        b = np.concatenate([kernels[:, :, 1:].ravel(), kernels[:, 1:, :].ravel()])
        return float(np.corrcoef(a, b)[0, 1])

    assert neighbour_correlation(trained) > neighbour_correlation(fresh) + 0.2


@pytest.mark.slow
def test_the_cnn_preset_reaches_97_percent_within_its_budget():
    project = load_preset("cnn-digits")
    trainer = Trainer(project)
    trainer.step(project.training["steps"])
    assert trainer.evaluate()["test_accuracy"] >= 0.97


def test_the_2d_autoencoder_reconstructs_and_sorts_digits_in_its_plane():
    trainer = Trainer(load_preset("autoencoder-digits"))
    trainer.step(600)
    snap = trainer.snapshot({"reconstruction", "latent"})
    assert snap.test_loss < 0.058  # MSE per pixel; the mean image alone scores about 0.067
    latent = snap.latent
    assert latent.method == "code" and latent.walk.shape[2:] == (1, 28, 28)
    # The code carries the class: each digit's codes sit closer to their own centre than to the others'.
    centres = np.stack([latent.codes[latent.labels == k].mean(axis=0) for k in range(10)])
    nearest = np.argmin(((latent.codes[:, None, :] - centres[None]) ** 2).sum(-1), axis=1)
    assert (nearest == latent.labels).mean() > 0.4  # chance: 0.1


def test_the_denoising_autoencoder_removes_noise():
    trainer = Trainer(load_preset("denoising-autoencoder"))
    trainer.step(400)
    view = trainer.snapshot({"reconstruction"}).reconstruction
    noisy_error = float(((view.corrupted - view.inputs) ** 2).mean())
    cleaned_error = float(((view.outputs - view.inputs) ** 2).mean())
    assert noisy_error > 0.1  # σ = 0.4
    assert cleaned_error < 0.35 * noisy_error


def test_the_sparse_autoencoder_keeps_its_mean_code_activation_near_rho():
    project = load_preset("sparse-autoencoder")
    latent = project.graph.nodes_of_kind("Latent")[0]
    rho = latent.params["rho"]
    trainer = Trainer(project)
    trainer.step(600)
    model = trainer.model
    model.eval()
    with torch.no_grad():
        code = model.forward_all(trainer.x_test)[latent.id]
    assert abs(float(code.mean()) - rho) < 0.02
    assert trainer.evaluate()["test_loss"] < 0.09
