"""Comparisons: variants trained side by side from the same data, seed and (shared layers) initial weights."""

from __future__ import annotations

import copy

import pytest
import torch
from engine_helpers import load_preset

from playground.engine.bundle import BundleError
from playground.engine.compare import VARIANT_GRID, Comparison, shared_layers
from playground.engine.train import Trainer, TrainingError, make_trainer
from playground.graph import Project
from playground.graph.variants import variant_project


def xor_with(variants: list[dict]) -> Project:
    """The xor-mlp preset (Input n1 → Dense n2 (8, He) → ReLU n3 → Dense n4 (1) → Output n5) with ``variants``."""
    project = load_preset("xor-mlp")
    project.variants = copy.deepcopy(variants)
    return project


def weights(trainer: Trainer, node_id: str) -> dict[str, torch.Tensor]:
    return {k: v.clone() for k, v in trainer.model.layers[node_id].state_dict().items()}


def same(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


WIDER = {"label": "wider", "params": {"n2": {"units": 16}}}
GLOROT = {"label": "glorot", "params": {"n2": {"init": "glorot_uniform"}}}


def test_make_trainer_returns_a_comparison_with_labels_rows_and_cols() -> None:
    project = xor_with([{"label": "A", "row": "r1", "col": "c1"}, {**GLOROT, "row": "r1", "col": "c2"}])
    comparison = make_trainer(project)
    assert isinstance(comparison, Comparison)
    assert comparison.labels == ["A", "glorot"]
    assert comparison.rows == ["r1", "r1"] and comparison.cols == ["c1", "c2"]
    assert len(comparison.trainers) == 2
    assert comparison.model is comparison.trainers[0].model
    assert not isinstance(make_trainer(xor_with([])), Comparison)


def test_layers_that_agree_start_from_variant_zeros_weights_and_the_others_do_not() -> None:
    comparison = Comparison(xor_with([{"label": "A"}, GLOROT, WIDER]))
    first, glorot, wider = comparison.trainers
    # glorot: n2 has another init (not shared), n4 (Dense 8 → 1, same params and shapes) is shared
    assert comparison.shared == [[], ["n4"], []]
    assert same(weights(first, "n4"), weights(glorot, "n4"))
    assert not same(weights(first, "n2"), weights(glorot, "n2"))
    # wider: n2 has other params, n4 other shapes (16 inputs): nothing shared
    assert weights(wider, "n2")["weight"].shape == (16, 2)
    assert weights(wider, "n4")["weight"].shape != weights(first, "n4")["weight"].shape


def test_an_identical_variant_trains_exactly_like_the_design() -> None:
    comparison = Comparison(xor_with([{"label": "A"}, {"label": "same again"}]))
    assert comparison.shared[1] == ["n2", "n4"]
    comparison.step(30)
    comparison.record()
    a, b = comparison.trainers
    assert same(weights(a, "n2"), weights(b, "n2"))
    assert a.evaluate() == b.evaluate()
    # and the design alone, outside any comparison, gives the same losses (same data and seed)
    bare = Trainer(xor_with([]))
    bare.step(30)
    assert bare.evaluate() == a.evaluate()


def test_another_seed_shares_nothing() -> None:
    comparison = Comparison(xor_with([{"label": "A"}, {"label": "seed 7", "training": {"seed": 7}}]))
    assert comparison.shared == [[], []]
    assert not same(weights(comparison.trainers[0], "n2"), weights(comparison.trainers[1], "n2"))


def test_a_pretrained_start_is_not_shared_with_one_from_scratch() -> None:
    project = xor_with([{"label": "A"}, {"label": "same again"}])
    first = Trainer(variant_project(project, project.variants[0]))
    other = Trainer(variant_project(project, project.variants[1]))
    assert shared_layers(first, other) == ["n2", "n4"]
    other.config["init_from"] = "pretrained.safetensors"  # what a variant with its own start sets
    assert shared_layers(first, other) == []


def test_variants_step_in_lockstep_and_reset_restores_the_shared_start() -> None:
    comparison = Comparison(xor_with([{"label": "A"}, GLOROT, WIDER]))
    start = weights(comparison.trainers[1], "n4")
    comparison.step(7)
    comparison.step(5)
    assert comparison.step_count == 12
    assert [t.step_count for t in comparison.trainers] == [12, 12, 12]
    assert comparison.epoch == pytest.approx(comparison.trainers[0].epoch)
    comparison.record()
    assert {len(t.snapshot(measure=False).history) for t in comparison.trainers} == {1}
    comparison.reset()
    assert comparison.step_count == 0 and all(t.step_count == 0 for t in comparison.trainers)
    assert same(weights(comparison.trainers[1], "n4"), start)
    assert same(weights(comparison.trainers[0], "n4"), start)


def test_the_snapshot_is_variant_zeros_with_every_variants_view() -> None:
    comparison = Comparison(xor_with([{"label": "A"}, GLOROT, WIDER]))
    comparison.step(20)
    snap = comparison.snapshot({"boundary", "grad_norms", "activations"}, grid=40)
    view = snap.comparison
    assert view is not None and view.labels == ["A", "glorot", "wider"]
    assert view.snapshots[0] is snap and snap.boundary.shape == (40, 40)
    assert snap.activation_hist  # variant 0 gets every probe
    for other in view.snapshots[1:]:
        assert other.comparison is None
        assert other.boundary.shape == (VARIANT_GRID, VARIANT_GRID)
        assert set(other.grad_norms) == {"n2", "n4"}
        assert not other.activation_hist  # the variants only carry the probes a grid cell can show
        assert other.step == 20 and len(other.history) == 1
    assert view.failures == ["", "", ""]
    assert view.shared == [[], ["n4"], []]


def test_a_live_setting_reaches_the_variants_that_do_not_set_it_themselves() -> None:
    comparison = Comparison(xor_with([{"label": "A"}, {"label": "own lr", "training": {"lr": 0.5}}, GLOROT]))
    comparison.set_setting("lr", 0.002)
    lrs = [t.optimizer.param_groups[0]["lr"] for t in comparison.trainers]
    assert lrs == [0.002, 0.5, 0.002]


def test_a_diverging_variant_stops_alone() -> None:
    blowup = {"label": "blows up", "training": {"optimizer": "sgd", "lr": 10.0},
              "params": {"n2": {"init": "normal", "sigma": 100.0}, "n4": {"init": "normal", "sigma": 100.0}}}
    comparison = Comparison(xor_with([{"label": "A"}, blowup]))
    comparison.step(200)
    assert comparison.failures[0] == ""
    assert "loss became" in comparison.failures[1]
    assert comparison.trainers[0].step_count == 200
    snap = comparison.snapshot({"grad_norms"})
    assert snap.comparison.failures[1] and snap.step == 200


def test_clear_errors() -> None:
    with pytest.raises(TrainingError, match="comparisons of GANs are not supported yet"):
        gan = load_preset("gan-ring")
        gan.variants = [{"label": "A"}, {"label": "B"}]
        Comparison(gan)
    with pytest.raises(TrainingError, match="changes layer 'n9'"):
        Comparison(xor_with([{"label": "A"}, {"label": "bad", "params": {"n9": {"units": 3}}}]))
    with pytest.raises(TrainingError, match="variant bad: the design is not valid"):
        Comparison(xor_with([{"label": "A"}, {"label": "bad", "params": {"n5": {"task": "regression"}}}]))
    comparison = Comparison(xor_with([{"label": "A"}, GLOROT]))
    with pytest.raises(BundleError, match="not supported for comparisons"):
        comparison.state()
    with pytest.raises(TrainingError, match="stop comparing"):
        comparison.restore(None)


def test_a_variant_project_drops_the_lesson_and_the_variants() -> None:
    project = xor_with([{"label": "A"}, GLOROT])
    project.lesson = {"title": "t", "topic": "x", "order": 1, "explanation": "e"}
    v = variant_project(project, project.variants[1])
    assert v.variants == [] and v.lesson == {}
    assert v.graph.nodes["n2"].params["init"] == "glorot_uniform"
