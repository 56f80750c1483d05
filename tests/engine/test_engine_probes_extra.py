"""Probes added for the live panels: update/weight ratio per layer, layer kinds and the task in snapshots."""

from __future__ import annotations

import math

import pytest
import torch
from engine_helpers import load_preset, mlp_project

from playground.engine import probes
from playground.engine.train import Trainer


def layer_params(trainer: Trainer) -> dict[str, list[torch.Tensor]]:
    model = trainer.model
    return {nid: [p.detach().clone() for p in model.layers[nid].parameters()] for nid in model.parameterised()}


def test_update_ratio_is_the_relative_size_of_the_last_step() -> None:
    trainer = Trainer(mlp_project(hidden=(8, 4)))
    trainer.step(2)
    assert trainer.snapshot({"update_ratio"}).update_ratio == {}  # asked for now: nothing measured yet
    trainer.step(4)
    before = layer_params(trainer)
    trainer.step(1)
    ratios = trainer.snapshot({"update_ratio"}).update_ratio
    assert list(ratios) == trainer.model.parameterised()
    for nid, old in before.items():
        new = [p.detach() for p in trainer.model.layers[nid].parameters()]
        delta = math.sqrt(sum(float(((n - o) ** 2).sum()) for n, o in zip(new, old, strict=True)))
        size = math.sqrt(sum(float((o**2).sum()) for o in old))
        assert ratios[nid] == pytest.approx(delta / size, rel=1e-4)
        assert 0 < ratios[nid] < 1


def test_update_ratio_measures_only_the_last_step_of_a_chunk() -> None:
    trainer = Trainer(mlp_project(hidden=(8,)))
    trainer.snapshot({"update_ratio"})
    trainer.step(50)
    before = layer_params(trainer)
    trainer.step(1)
    one_step = trainer.snapshot({"update_ratio"}).update_ratio
    trainer.reset()
    trainer.snapshot({"update_ratio"})
    trainer.step(51)  # same seed, same batches: the chunk's last step equals the single step above
    assert trainer.snapshot({"update_ratio"}).update_ratio == pytest.approx(one_step, rel=1e-5)
    assert before  # the copy above was taken from a trained model


def test_weights_are_not_copied_unless_the_probe_is_requested(monkeypatch: pytest.MonkeyPatch) -> None:
    trainer = Trainer(mlp_project(hidden=(8,)))
    calls = []
    original = probes.parameter_copy
    monkeypatch.setattr(probes, "parameter_copy", lambda model: calls.append(1) or original(model))
    trainer.step(5)
    trainer.snapshot({"grad_norms"})
    trainer.step(5)
    assert calls == []
    trainer.snapshot({"update_ratio"})
    trainer.step(5)
    assert calls == [1]  # one copy per step(n) call, before its last step
    snap = trainer.snapshot({"grad_norms"})  # no longer requested: tracking stops, stale ratios dropped
    assert snap.update_ratio == {}
    trainer.step(5)
    assert calls == [1]
    assert trainer.snapshot({"update_ratio"}).update_ratio == {}


def test_update_ratio_of_zero_weights_is_infinite_when_they_move() -> None:
    trainer = Trainer(mlp_project(hidden=(4,)))
    trainer.snapshot({"update_ratio"})
    with torch.no_grad():
        for p in trainer.model.parameters():
            p.zero_()
    trainer.step(1)
    ratios = trainer.snapshot({"update_ratio"}).update_ratio
    last = trainer.model.parameterised()[-1]
    assert ratios[last] == math.inf  # the head's bias gets a gradient even from all-zero weights
    assert ratios[trainer.model.parameterised()[0]] == 0.0  # zero weights behind a dead ReLU layer never move


def test_perceptron_steps_report_update_ratios_too() -> None:
    trainer = Trainer(load_preset("xor-perceptron"))
    trainer.snapshot({"update_ratio"})
    trainer.step(20)
    ratios = trainer.snapshot({"update_ratio"}).update_ratio
    assert list(ratios) == trainer.model.parameterised()
    assert all(r >= 0 for r in ratios.values())


def test_snapshot_names_layer_kinds_and_the_task() -> None:
    trainer = Trainer(load_preset("xor-mlp"))
    snap = trainer.snapshot()
    assert snap.task == "binary"
    assert list(snap.kinds) == list(snap.names) == trainer.model.order
    assert [snap.kinds[n] for n in trainer.model.order] == ["Input", "Dense", "Activation", "Dense", "Output"]
    assert Trainer(mlp_project("gaussians", classes=3)).snapshot().task == "multiclass"
    assert Trainer(mlp_project("plane")).snapshot().task == "regression"
