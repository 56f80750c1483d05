"""The RBM layer and the greedy RBM pretraining (deep belief nets): CD-k learns the digits, layers train in order."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from engine_helpers import chain_graph, make_project

from playground.engine.build import GraphModule
from playground.engine.modules import RBM
from playground.engine.rbm import GreedyRbm, as_tiles, tile_shape
from playground.engine.train import Trainer, TrainingError
from playground.graph import infer_shapes, kind


def dbn_project(hidden: tuple[int, ...] = (32,), steps: int = 200, flatten: bool = True, **training: object):
    """Digits 8×8 → Flatten → RBMs → Dense → Output, pretrained by the RBM method."""
    specs = [("Input", {"shape": [1, 8, 8]})] + ([("Flatten", {})] if flatten else [])
    specs += [("RBM", {"hidden": h, **training.pop("rbm", {})}) for h in hidden]  # type: ignore[dict-item]
    specs += [("Dense", {"units": 10}), ("Output", {"task": "multiclass"})]
    graph, ids = chain_graph(specs)
    settings = {"pretrain": "rbm", "pretrain_steps": steps, "optimizer": "adam", "lr": 0.01, "batch_size": 32}
    return make_project(graph, {"dataset": "digits8"}, **{**settings, **training}), ids


@pytest.mark.parametrize(("k", "persistent"), [(1, False), (3, False), (1, True)])
def test_contrastive_divergence_reduces_the_reconstruction_error_on_digits(k: int, persistent: bool) -> None:
    project, _ = dbn_project(rbm={"k": k, "persistent": persistent})
    trainer = Trainer(project)
    pretraining = trainer.pretraining
    assert isinstance(pretraining, GreedyRbm)
    nid = pretraining.ids[0]
    before_train, before_test, _, _ = pretraining.measure(nid)
    trainer.step(200)
    after_train, after_test, _, _ = pretraining.measure(nid)
    assert after_train < 0.5 * before_train  # k Gibbs steps blur more than one
    assert after_test < 0.5 * before_test
    history = pretraining.histories[nid]
    assert history[0][0] == 0 and history[-1][0] == 200
    assert history[0][1] == pytest.approx(before_train)  # the curve starts before the first update


def test_free_energy_of_the_training_data_falls_against_noise() -> None:
    """P(v) ∝ exp(−F(v)): training makes the digits more probable than random pixels (F is not normalised alone)."""
    trainer = Trainer(dbn_project()[0])
    rbm = trainer.model.layers[trainer.pretraining.ids[0]]
    data = trainer.x_unlabelled[:300].flatten(1)
    noise = torch.bernoulli(torch.full_like(data, float(data.mean())), generator=torch.Generator().manual_seed(0))

    def gap() -> float:
        with torch.no_grad():
            return float(rbm.free_energy(data).mean() - rbm.free_energy(noise).mean())

    before = gap()
    trainer.step(200)
    assert gap() < before - 20.0


def test_the_stack_trains_greedily_one_rbm_after_the_other() -> None:
    trainer = Trainer(dbn_project(hidden=(24, 12), steps=30)[0])
    first, second = (trainer.model.layers[nid] for nid in trainer.pretraining.ids)
    head = next(m for m in trainer.model.layers.values() if isinstance(m, torch.nn.Linear))
    start = {name: p.detach().clone() for name, p in trainer.model.named_parameters()}
    assert trainer.pretraining.total == 60
    assert "RBM 1 of 2" in trainer.pretraining.stage(0) and "RBM 2 of 2" in trainer.pretraining.stage(30)

    trainer.step(30)
    after_first = first.weight.detach().clone()
    assert not torch.equal(after_first, start[f"layers.{trainer.pretraining.ids[0]}.weight"])
    assert torch.equal(second.weight, start[f"layers.{trainer.pretraining.ids[1]}.weight"])  # not yet its turn

    trainer.step(30)
    assert torch.equal(first.weight, after_first)  # left alone while the second learns
    assert not torch.equal(second.weight, start[f"layers.{trainer.pretraining.ids[1]}.weight"])
    assert torch.equal(head.weight, next(v for k, v in start.items() if k.endswith(".weight") and v.dim() == 2
                                         and v.shape == head.weight.shape))  # no labels were used yet
    assert [row[0] for row in trainer.pretraining.histories[trainer.pretraining.ids[1]]][0] == 30

    trainer.step(5)  # backprop with labels now trains everything, the RBMs included
    assert not torch.equal(first.weight, after_first)
    assert not trainer.pretraining.active(trainer.step_count)


def test_a_frozen_rbm_is_pretrained_but_kept_during_fine_tuning() -> None:
    trainer = Trainer(dbn_project(steps=20, rbm={"frozen": True})[0])
    rbm = trainer.model.layers[trainer.pretraining.ids[0]]
    start = rbm.weight.detach().clone()
    trainer.step(20)
    pretrained = rbm.weight.detach().clone()
    assert not torch.equal(pretrained, start)
    assert not rbm.weight.requires_grad
    trainer.step(10)
    assert torch.equal(rbm.weight, pretrained)


def test_the_rbm_pretraining_refuses_a_design_without_an_rbm() -> None:
    graph, _ = chain_graph(
        [("Input", {"shape": [1, 8, 8]}), ("Flatten", {}), ("Dense", {"units": 10}), ("Output", {"task": "multiclass"})]
    )
    with pytest.raises(TrainingError, match="RBM"):
        Trainer(make_project(graph, {"dataset": "digits8"}, pretrain="rbm"))


def test_an_rbm_needs_a_flat_input_and_says_so() -> None:
    project, ids = dbn_project(flatten=False)
    report = infer_shapes(project.graph, project.data_info())
    assert "Flatten" in report.errors[ids[1]]


def test_the_up_pass_is_a_sigmoid_of_a_linear_map() -> None:
    torch.manual_seed(0)
    rbm = RBM(6, 4, k=2)
    with torch.no_grad():
        rbm.hidden_bias.normal_()
        rbm.visible_bias.normal_()
    v = torch.rand(5, 6)
    assert torch.allclose(rbm(v), torch.sigmoid(v @ rbm.weight.T + rbm.hidden_bias))
    h = torch.rand(5, 4)
    assert torch.allclose(rbm.visible_probs(h), torch.sigmoid(h @ rbm.weight + rbm.visible_bias))
    # F(v) = −b_v·v − Σ log(1 + exp(W v + b_h)): the energy with the hidden units summed out
    pre = v @ rbm.weight.T + rbm.hidden_bias
    expected = -(v @ rbm.visible_bias) - torch.log1p(torch.exp(pre)).sum(1)
    assert torch.allclose(rbm.free_energy(v), expected, atol=1e-5)


def test_the_free_energy_sums_the_energy_over_every_hidden_state() -> None:
    """exp(−F(v)) = Σ_h exp(−E(v, h)), checked by brute force over the 2³ hidden states."""
    torch.manual_seed(1)
    rbm = RBM(4, 3)
    with torch.no_grad():
        rbm.weight.normal_()
        rbm.hidden_bias.normal_()
        rbm.visible_bias.normal_()
    v = torch.tensor([[1.0, 0.0, 1.0, 1.0]])
    states = torch.tensor([[(i >> b) & 1 for b in range(3)] for i in range(8)], dtype=torch.float32)
    with torch.no_grad():
        energies = -(v @ rbm.visible_bias) - states @ rbm.hidden_bias - (states @ rbm.weight @ v.T).squeeze(1)
    with torch.no_grad():
        assert float(rbm.free_energy(v)) == pytest.approx(float(-torch.logsumexp(-energies, 0)), abs=1e-5)


def test_shapes_and_the_parameter_count_match_the_module() -> None:
    project, ids = dbn_project(hidden=(20, 7))
    report = infer_shapes(project.graph, project.data_info())
    model = GraphModule(project.graph, project.data_info())
    for nid, visible, hidden in ((ids[2], 64, 20), (ids[3], 20, 7)):
        assert report.shapes[nid] == (hidden,)
        assert report.params[nid] == visible * hidden + visible + hidden
        assert sum(p.numel() for p in model.layers[nid].parameters()) == report.params[nid]
        assert kind("RBM").module_code([(visible,)], project.graph.nodes[nid].params).startswith("L.RBM(")
    assert tuple(model(torch.rand(3, 1, 8, 8)).shape) == (3, 10)


def test_the_weight_init_follows_the_layer_setting() -> None:
    project, ids = dbn_project(hidden=(50,), rbm={"init": "normal", "sigma": 0.01})
    torch.manual_seed(0)
    rbm = GraphModule(project.graph, project.data_info()).layers[ids[2]]
    with torch.no_grad():
        assert float(rbm.weight.std()) == pytest.approx(0.01, rel=0.15)
        assert float(rbm.hidden_bias.abs().sum()) == 0.0 and float(rbm.visible_bias.abs().sum()) == 0.0


def test_the_rbm_probe_shows_the_rbm_in_training_with_images_and_curves() -> None:
    trainer = Trainer(dbn_project(hidden=(64, 10), steps=30)[0])
    trainer.step(10)
    view = trainer.snapshot({"rbm"}).rbm
    assert view is not None and view.training and view.index == 0 and view.count == 2
    assert view.weights.shape == (64, 8, 8)  # the first RBM's weights as 8×8 images
    assert view.inputs.shape == view.reconstructions.shape == (10, 8, 8)
    assert float(view.reconstructions.min()) >= 0.0 and float(view.reconstructions.max()) <= 1.0
    assert view.history.shape[1] == 5 and view.history[0, 0] == 0
    trainer.step(30)
    view = trainer.snapshot({"rbm"}).rbm
    assert view.index == 1 and view.weights.shape == (10, 8, 8)  # 64 visible units of the second as a grid
    trainer.step(25)  # past the 2 × 30 pretraining steps
    view = trainer.snapshot({"rbm"}).rbm
    assert not view.training and view.index == 0
    assert trainer.snapshot(set()).rbm is None  # only when asked for


def test_tiles_of_a_vector_are_a_near_square_grid_padded_with_nan() -> None:
    assert tile_shape(64, (1, 8, 8)) == (8, 8)
    assert tile_shape(10, None) == (3, 4)
    tiles = as_tiles(np.arange(20, dtype=np.float32).reshape(2, 10), (3, 4), None)
    assert tiles.shape == (2, 3, 4)
    assert tiles[1, 0, 0] == 10 and math.isnan(tiles[0, 2, 3])
    rgb = as_tiles(np.arange(12, dtype=np.float32).reshape(1, 12), tile_shape(12, (3, 2, 2)), (3, 2, 2))
    assert rgb.shape == (1, 2, 6)  # the three channels side by side


def test_the_rbm_pretraining_refuses_values_outside_zero_to_one() -> None:
    graph, _ = chain_graph(
        [("Input", {"shape": [2]}), ("RBM", {"hidden": 4}), ("Dense", {"units": 1}), ("Output", {"task": "binary"})]
    )
    with pytest.raises(TrainingError, match="between 0 and 1"):
        Trainer(make_project(graph, {"dataset": "gaussians"}, pretrain="rbm"))
