"""The pretraining hook of the Trainer: the method's steps come first and count in the run's step counter."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from engine_helpers import load_preset, mlp_project

from playground.engine import pretrain
from playground.engine.bundle import open_run, save_bundle
from playground.engine.pretrain import Pretraining
from playground.engine.train import Trainer
from playground.graph import AddNode, Connect, Disconnect


class CountingPretraining(Pretraining):
    """Counts its steps and nudges the first Dense layer's bias, so the test can tell its steps from backprop's."""

    method = "counting"
    loss_name = "steps"

    def __init__(self, trainer: Trainer) -> None:
        super().__init__(trainer)
        self.total = 5
        self.steps: list[int] = []
        self.head = torch.nn.Linear(2, 3)  # a pretext head of its own, saved with the run

    def parameters(self):
        return self.head.parameters()

    def step(self, step: int) -> float:
        self.steps.append(step)
        with torch.no_grad():
            self.head.bias.add_(1.0)
        batch = self.unlabelled_batch()
        assert batch.shape[0] == self.trainer.batch_size
        self.remember(step, float(len(self.steps)))
        return float(len(self.steps))

    def stage(self, step: int) -> str:
        return f"counting {step}"


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> None:
    # a real method's name (the settings accept no other), served by the counting stand-in
    monkeypatch.setitem(pretrain.METHODS, "rbm", f"{__name__}:CountingPretraining")


def _project(method: str):
    return mlp_project(pretrain=method, batch_size=8)


def test_without_pretraining_there_is_no_phase() -> None:
    trainer = Trainer(_project("none"))
    assert trainer.pretraining is None
    snap = trainer.snapshot({"pretraining"})
    assert snap.pretraining is None


def test_the_pretraining_steps_come_first_then_backprop(counting: None) -> None:
    trainer = Trainer(_project("rbm"))
    weights = [p.detach().clone() for p in trainer.model.parameters()]
    assert trainer.step(5) == 5.0
    assert trainer.pretraining.steps == [0, 1, 2, 3, 4]
    assert all(torch.equal(a, b) for a, b in zip(weights, trainer.model.parameters(), strict=True))
    view = trainer.snapshot({"pretraining"}).pretraining
    assert view.done and view.stage and view.history.shape == (5, 3) and math.isnan(view.history[0, 2])
    loss = trainer.step(3)
    assert trainer.pretraining.steps == [0, 1, 2, 3, 4] and trainer.step_count == 8
    assert loss != 5.0  # a backprop loss now
    assert any(not torch.equal(a, b) for a, b in zip(weights, trainer.model.parameters(), strict=True))


def test_a_reset_starts_the_pretraining_again(counting: None) -> None:
    trainer = Trainer(_project("rbm"))
    trainer.step(7)
    trainer.reset()
    trainer.step(2)
    assert trainer.pretraining.steps == [0, 1]
    view = trainer.snapshot({"pretraining"}).pretraining
    assert not view.done and view.stage == "counting 2" and view.total == 5


def test_a_saved_run_keeps_the_pretrainings_own_weights_and_history(counting: None) -> None:
    trainer = Trainer(_project("rbm"))
    trainer.step(3)
    state = trainer.state()
    again = Trainer(_project("rbm"))
    again.restore(state)
    assert torch.equal(again.pretraining.head.bias, trainer.pretraining.head.bias)
    np.testing.assert_array_equal(again.pretraining.history, trainer.pretraining.history)  # NaNs equal too
    assert again.step(4) == trainer.step(4)
    assert torch.equal(again.pretraining.head.bias, trainer.pretraining.head.bias)


@pytest.mark.parametrize(
    ("preset", "persistent"), [("rbm-digits", False), ("rbm-digits", True), ("self-supervised-transfer", False)]
)
def test_a_run_saved_during_its_pretraining_goes_on_identically(preset, persistent, tmp_path) -> None:
    """Through a .nnpz bundle: the pretraining's optimizers, random generators, chains and curves come back."""
    project = load_preset(preset)
    project.variants = []  # the design itself (variant 0 of a comparison)
    project.training["pretrain_steps"] = 30
    for node in project.graph.nodes_of_kind("RBM"):
        node.params["persistent"] = persistent
    first = Trainer(project)
    first.step(20)
    save_bundle(project, first, tmp_path / "run.nnpz")
    _, again = open_run(tmp_path / "run.nnpz", "cpu")
    assert [again.step(7) for _ in range(3)] == [first.step(7) for _ in range(3)]  # across the end of the pretraining
    mine = {k: v for k, v in first.state().weights.items() if k.startswith(pretrain.PREFIX)}
    theirs = {k: v for k, v in again.state().weights.items() if k.startswith(pretrain.PREFIX)}
    assert mine.keys() == theirs.keys()
    assert any(k.startswith(pretrain.PREFIX + "own.") for k in mine) == (preset == "rbm-digits")  # RBM curves
    for key, value in mine.items():
        torch.testing.assert_close(theirs[key], value, equal_nan=True, rtol=0, atol=0, msg=key)


def test_early_stopping_waits_for_the_labelled_phase() -> None:
    # the classifier's test loss cannot improve while the RBMs learn without labels: patience starts afterwards
    project = load_preset("rbm-digits")
    project.training.update(early_stop=100, pretrain_steps=300)
    trainer = Trainer(project)
    while trainer.pretraining.active(trainer.step_count):
        trainer.step(25)
        trainer.record()
        assert trainer.stopped_early is None, f"stopped at step {trainer.step_count}, inside the pretraining"


def test_a_pretext_snapshot_leaves_batchnorm_statistics_alone() -> None:
    project = load_preset("self-supervised-transfer")
    project.variants = []
    graph = project.graph
    conv = graph.nodes_of_kind("Conv2d")[0]
    (edge,) = [e for e in graph.edges if e.src == conv.id]
    Disconnect(edge).do(graph)
    norm = AddNode("BatchNorm2d")
    norm.do(graph)
    Connect(conv.id, norm.node_id).do(graph)
    Connect(norm.node_id, edge.dst).do(graph)
    assert project.check().ok
    trainer = Trainer(project)
    layer = trainer.model.layers[norm.node_id]
    assert int(layer.num_batches_tracked) == 0  # building the pretraining measured the trunk in eval mode
    trainer.step(3)
    mean, batches = layer.running_mean.clone(), int(layer.num_batches_tracked)
    for _ in range(3):
        assert trainer.snapshot({"pretext", "pretraining"}).pretext is not None
    assert torch.equal(layer.running_mean, mean) and int(layer.num_batches_tracked) == batches


def test_a_live_learning_rate_reaches_the_pretrainings_optimizers_and_another_devices_generators_start_afresh() -> None:
    trainer = Trainer(load_preset("rbm-digits"))
    trainer.set_lr(0.0123)
    groups = [g for opt in trainer.pretraining.optimizers().values() for g in opt.param_groups]
    assert groups and all(g["lr"] == 0.0123 for g in groups)
    trainer.step(5)
    state = trainer.state()
    state.weights[f"{pretrain.PREFIX}rng.gibbs"] = torch.zeros(16, dtype=torch.uint8)  # a CUDA generator's state
    again = Trainer(load_preset("rbm-digits"))
    again.restore(state)  # continues, its Gibbs chains drawing from a fresh generator
    assert again.step_count == 5 and math.isfinite(again.step(3))
