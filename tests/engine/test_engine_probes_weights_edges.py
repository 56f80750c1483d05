"""Probes the node editor draws: per-layer weight statistics (edges) and the unit counts of neuron maps."""

from __future__ import annotations

import pytest
import torch
from engine_helpers import chain_graph, make_project, mlp_project

from playground.engine import probes
from playground.engine.train import Trainer


def test_weight_stats_summarise_each_weight_tensor_and_come_with_the_weights_probe() -> None:
    trainer = Trainer(mlp_project(hidden=(8, 4)))
    trainer.step(5)
    assert trainer.snapshot({"neurons"}).weight_stats == {}  # only with the "weights" probe
    stats = trainer.snapshot({"weights"}).weight_stats
    model = trainer.model
    assert list(stats) == model.parameterised()
    for nid, s in stats.items():
        w = model.layers[nid].weight.detach()
        assert s.count == w.numel()
        assert s.mean_abs == pytest.approx(float(w.abs().mean()), rel=1e-5)
        assert s.max_abs == pytest.approx(float(w.abs().max()), rel=1e-5)
        positive = float(w[w > 0].sum())
        assert s.positive_share == pytest.approx(positive / float(w.abs().sum()), rel=1e-5)
        assert 0 < s.positive_share < 1


def test_positive_share_reads_the_sign_balance_and_a_zero_layer_is_balanced() -> None:
    trainer = Trainer(mlp_project(hidden=(3,)))
    first, *_ = trainer.model.parameterised()
    layer = trainer.model.layers[first]
    with torch.no_grad():
        layer.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, -4.0], [0.0, 0.0]]))
    s = probes.weight_stats(trainer.model)[first]
    assert (s.count, s.mean_abs, s.max_abs) == (6, pytest.approx(10 / 6), pytest.approx(4.0))
    assert s.positive_share == pytest.approx(6 / 10)
    with torch.no_grad():
        layer.weight.zero_()
    assert probes.weight_stats(trainer.model)[first].positive_share == 0.5


def test_weight_stats_cover_the_layers_of_the_weight_histograms_and_do_not_change_the_model() -> None:
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 4}),
            ("BatchNorm", {}),
            ("Activation", {"function": "tanh"}),
            ("Dense", {"units": 1}),
            ("Output", {}),
        ]
    )
    trainer = Trainer(make_project(graph, {"dataset": "gaussians"}))
    trainer.step(2)
    before = [p.detach().clone() for p in trainer.model.parameters()]
    snap = trainer.snapshot({"weights"})
    assert list(snap.weight_stats) == list(snap.weight_hist) == [ids[1], ids[2], ids[4]]  # no Activation
    assert all(torch.equal(a, b) for a, b in zip(before, trainer.model.parameters(), strict=True))


def test_neuron_units_give_the_full_unit_count_beyond_the_maps_cap() -> None:
    trainer = Trainer(mlp_project(hidden=(40, 3)))
    snap = trainer.snapshot({"neurons"}, grid=8)
    assert set(snap.neuron_units) == set(snap.neuron_maps)
    units = [snap.neuron_units[nid] for nid in trainer.model.order if nid in snap.neuron_units]
    assert units == [40, 40, 3, 3, 1]  # Dense, Activation, Dense, Activation, the head's logit
    capped = [nid for nid, n in snap.neuron_units.items() if n == 40]
    assert all(snap.neuron_maps[nid].shape == (probes.MAX_NEURON_UNITS, 8, 8) for nid in capped)
    assert trainer.snapshot({"boundary"}).neuron_units == {}
