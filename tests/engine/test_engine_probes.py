"""Probes: gradient norms, activation and weight histograms, dead/saturated units, boundary and neuron grids."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from engine_helpers import chain_graph, make_project, mlp_project

from playground.engine import probes
from playground.engine.data import featurize, grid_points
from playground.engine.train import Trainer

GRID = 12


def ids_of(trainer: Trainer, kind_id: str) -> list[str]:
    return [nid for nid in trainer.model.order if trainer.model.kinds[nid] == kind_id]


def test_grad_norms_are_keyed_by_parameterised_layers_and_equal_the_gradient_norm() -> None:
    b_graph, ids = chain_graph(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 8}),
            ("BatchNorm", {}),
            ("Activation", {"function": "relu"}),
            ("Dropout", {"p": 0.1}),
            ("Dense", {"units": 1}),
            ("Output", {}),
        ]
    )
    trainer = Trainer(make_project(b_graph, {"dataset": "gaussians"}))
    assert trainer.snapshot({"grad_norms"}).grad_norms == {}  # no step yet, no gradient
    trainer.step(3)
    norms = trainer.snapshot({"grad_norms"}).grad_norms
    assert list(norms) == [ids[1], ids[2], ids[5]]  # Dense, BatchNorm, Dense: in order, nothing else
    for nid, value in norms.items():
        grads = [p.grad for p in trainer.model.layers[nid].parameters()]
        assert value == pytest.approx(math.sqrt(sum(float((g**2).sum()) for g in grads)), rel=1e-5)
        assert value > 0


def test_probes_are_empty_unless_requested() -> None:
    trainer = Trainer(mlp_project())
    trainer.step(2)
    snap = trainer.snapshot()
    assert snap.grad_norms == {} and snap.activation_hist == {} and snap.weight_hist == {}
    assert snap.boundary is None and snap.neuron_maps == {}
    assert snap.names == {nid: trainer.graph.nodes[nid].name for nid in trainer.graph.nodes}
    assert snap.extent == trainer.dataset.extent


def test_unknown_probe_is_a_value_error() -> None:
    trainer = Trainer(mlp_project())
    with pytest.raises(ValueError, match="unknown probes: \\['loss_landscape'\\]"):
        trainer.snapshot({"grad_norms", "loss_landscape"})


def test_activation_histograms_count_every_value_of_every_hidden_layer() -> None:
    trainer = Trainer(mlp_project(hidden=(8, 5), function="tanh"))
    snap = trainer.snapshot({"activations"})
    samples = len(trainer.x_train)  # 100 training points, fewer than the probe's limit
    hidden = [nid for nid in trainer.model.order if nid not in (trainer.model.input_id, trainer.model.output_id)]
    assert set(snap.activation_hist) == set(hidden)
    for nid in hidden:
        hist = snap.activation_hist[nid]
        units = trainer.model.shapes[nid][0]
        assert int(hist.counts.sum()) == samples * units
        assert hist.counts.shape == (probes.HIST_BINS,) and hist.edges.shape == (probes.HIST_BINS + 1,)
        assert np.all(np.diff(hist.edges) > 0)
    for nid in ids_of(trainer, "Activation"):  # tanh outputs lie in (-1, 1)
        edges = snap.activation_hist[nid].edges
        assert edges[0] >= -1 and edges[-1] <= 1


def test_dead_relu_fraction_is_one_when_every_unit_is_switched_off() -> None:
    trainer = Trainer(mlp_project(hidden=(6, 6)))
    first_dense = ids_of(trainer, "Dense")[0]
    relus = ids_of(trainer, "Activation")
    assert trainer.snapshot({"activations"}).dead_fraction[relus[0]] < 0.5
    with torch.no_grad():
        layer = trainer.model.layers[first_dense]
        layer.weight.zero_()
        layer.bias.fill_(-1.0)
    snap = trainer.snapshot({"activations"})
    assert snap.dead_fraction[relus[0]] == 1.0
    assert set(snap.dead_fraction) == set(relus)  # only ReLU layers report dead units
    assert snap.saturated_fraction == {}


@pytest.mark.parametrize("function", ["sigmoid", "tanh"])
def test_huge_weights_saturate_sigmoid_and_tanh(function: str) -> None:
    trainer = Trainer(mlp_project(hidden=(8,), function=function))
    act = ids_of(trainer, "Activation")[0]
    normal = trainer.snapshot({"activations"}).saturated_fraction[act]
    with torch.no_grad():
        trainer.model.layers[ids_of(trainer, "Dense")[0]].weight.mul_(100.0)
    saturated = trainer.snapshot({"activations"}).saturated_fraction[act]
    assert normal < 0.5
    assert saturated > 0.9
    assert trainer.snapshot({"activations"}).dead_fraction == {}


def test_weight_histograms_cover_each_weight_tensor() -> None:
    trainer = Trainer(mlp_project(hidden=(8, 4)))
    hists = trainer.snapshot({"weights"}).weight_hist
    dense = ids_of(trainer, "Dense")
    assert list(hists) == dense
    for nid in dense:
        weight = trainer.model.layers[nid].weight.detach()
        assert int(hists[nid].counts.sum()) == weight.numel()
        assert hists[nid].edges[0] <= float(weight.min()) and hists[nid].edges[-1] >= float(weight.max())


def test_weight_histogram_of_all_zero_weights_has_a_finite_range() -> None:
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 3, "init": "zeros"}),
            ("Activation", {"function": "relu"}),
            ("Dense", {"units": 1}),
            ("Output", {}),
        ]
    )
    trainer = Trainer(make_project(graph, {"dataset": "gaussians"}))
    hist = trainer.snapshot({"weights"}).weight_hist[ids_of(trainer, "Dense")[0]]
    assert int(hist.counts.sum()) == 6 and np.all(np.isfinite(hist.edges))


def nearest_cell(extent: tuple[float, float, float, float], n: int, x: float, y: float) -> tuple[int, int]:
    """(row, column) of the grid cell nearest to the point (x, y); rows follow y."""
    xs, ys = np.linspace(extent[0], extent[1], n), np.linspace(extent[2], extent[3], n)
    return int(np.abs(ys - y).argmin()), int(np.abs(xs - x).argmin())


def test_binary_boundary_is_a_probability_grid_oriented_like_the_data() -> None:
    trainer = Trainer(mlp_project("gaussians"))
    trainer.step(80)
    snap = trainer.snapshot({"boundary"}, grid=GRID)
    assert snap.boundary.shape == (GRID, GRID) and snap.boundary.dtype == np.float32
    assert snap.boundary.min() >= 0 and snap.boundary.max() <= 1
    # Class 1's blob sits at 225° (bottom left), class 0's at 45° (top right).
    assert snap.boundary[nearest_cell(snap.extent, GRID, -2.1, -2.1)] > 0.9
    assert snap.boundary[nearest_cell(snap.extent, GRID, 2.1, 2.1)] < 0.1


def test_multiclass_boundary_holds_class_probabilities() -> None:
    trainer = Trainer(mlp_project("gaussians", classes=4))
    trainer.step(100)
    boundary = trainer.snapshot({"boundary"}, grid=GRID).boundary
    assert boundary.shape == (GRID, GRID, 4)
    np.testing.assert_allclose(boundary.sum(axis=2), 1.0, atol=1e-5)
    # Class k's blob is at angle 2πk/4 + π/4, radius 3.
    for k in range(4):
        angle = 2 * np.pi * k / 4 + np.pi / 4
        cell = nearest_cell(trainer.dataset.extent, GRID, 3 * np.cos(angle), 3 * np.sin(angle))
        assert boundary[cell].argmax() == k


def test_regression_boundary_is_the_prediction_over_the_grid() -> None:
    trainer = Trainer(mlp_project("plane", hidden=(8,), function="tanh"))
    trainer.step(150)
    snap = trainer.snapshot({"boundary"}, grid=GRID)
    assert snap.boundary.shape == (GRID, GRID)
    points = torch.from_numpy(grid_points(snap.extent, GRID))
    with torch.no_grad():
        expected = trainer.model.eval()(points).reshape(GRID, GRID).numpy()
    trainer.model.train()
    np.testing.assert_allclose(snap.boundary, expected, rtol=1e-5, atol=1e-6)
    assert snap.boundary[-1, -1] > snap.boundary[0, 0]  # the target (x1 + x2) / 12 rises to the top right


def test_perceptron_boundary_is_the_step_units_output() -> None:
    graph, _ = chain_graph(
        [("Input", {"shape": [2]}), ("Dense", {"units": 1}), ("Activation", {"function": "sign"}), ("Output", {})]
    )
    trainer = Trainer(make_project(graph, {"dataset": "gaussians"}, mode="perceptron", batch_size=1))
    trainer.step(100)
    boundary = trainer.snapshot({"boundary"}, grid=GRID).boundary
    assert set(np.unique(boundary)) == {0.0, 1.0}


def test_boundary_uses_the_projects_features() -> None:
    features = ["x1", "x2", "x1_sq", "x2_sq"]
    trainer = Trainer(mlp_project("circle", data={"features": features}))
    trainer.step(5)
    snap = trainer.snapshot({"boundary", "neurons"}, grid=GRID)
    points = featurize(grid_points(snap.extent, GRID), features)
    with torch.no_grad():
        logits = trainer.model.eval()(torch.from_numpy(points)).reshape(GRID, GRID).numpy()
    np.testing.assert_allclose(snap.boundary, 1 / (1 + np.exp(-logits)), rtol=1e-5, atol=1e-6)


def test_neuron_maps_give_each_hidden_unit_over_the_grid() -> None:
    trainer = Trainer(mlp_project(hidden=(5, 40), function="tanh"))
    snap = trainer.snapshot({"neurons"}, grid=GRID)
    dense1, dense2, head = ids_of(trainer, "Dense")
    act1, act2 = ids_of(trainer, "Activation")
    assert set(snap.neuron_maps) == {dense1, act1, dense2, act2, head}
    assert snap.neuron_maps[act1].shape == (5, GRID, GRID)
    assert snap.neuron_maps[act2].shape == (probes.MAX_NEURON_UNITS, GRID, GRID)  # capped at 32 units
    assert snap.neuron_maps[head].shape == (1, GRID, GRID)
    # Unit u's map is that unit's output at each grid point (rows follow y).
    points = torch.from_numpy(grid_points(snap.extent, GRID))
    with torch.no_grad():
        values = trainer.model.eval().forward_all(points)[act1].numpy()
    trainer.model.train()
    for unit in range(5):
        np.testing.assert_allclose(snap.neuron_maps[act1][unit], values[:, unit].reshape(GRID, GRID), rtol=1e-5)


def test_probes_leave_the_model_in_training_mode_and_unchanged() -> None:
    trainer = Trainer(mlp_project(hidden=(8,)))
    trainer.step(3)
    before = [p.detach().clone() for p in trainer.model.parameters()]
    trainer.snapshot(set(probes.PROBES), grid=GRID)
    assert trainer.model.training
    assert all(torch.equal(a, b) for a, b in zip(before, trainer.model.parameters(), strict=True))
