"""Frozen layers keep their weights: out of the optimizer, no gradients, BatchNorm statistics kept too."""

from __future__ import annotations

import pytest
import torch
from engine_helpers import chain_graph, make_project, mlp_project

from playground.engine.codegen import python_source
from playground.engine.train import Trainer, TrainingError
from playground.graph.layers import KINDS

WEIGHTED = ("Dense", "Conv2d", "ConvTranspose2d", "BatchNorm", "BatchNorm2d", "Embedding", "RNN", "LSTM", "GRU")


def test_every_kind_with_weights_has_the_freeze_setting_off_by_default() -> None:
    for kind_id in (*WEIGHTED, "TimeDense"):
        spec = next((s for s in KINDS[kind_id].params if s.name == "frozen"), None)
        assert spec is not None, kind_id
        assert spec.type == "bool" and spec.default is False and spec.label == "Freeze"
    assert not any(s.name == "frozen" for s in KINDS["Activation"].params)


def frozen_mlp(**training) -> tuple[Trainer, str, str]:
    project = mlp_project("circle", hidden=(8,), **training)
    dense = [n.id for n in project.graph.nodes.values() if n.kind == "Dense"]
    project.graph.nodes[dense[0]].params["frozen"] = True
    return Trainer(project), dense[0], dense[1]


def test_frozen_weights_stay_while_the_others_learn_and_the_optimizer_never_sees_them() -> None:
    trainer, first, last = frozen_mlp(optimizer="momentum", l2=0.05, l1=0.01)
    frozen = [p.detach().clone() for p in trainer.model.layers[first].parameters()]
    free = [p.detach().clone() for p in trainer.model.layers[last].parameters()]
    trainer.step(30)
    assert all(torch.equal(a, b) for a, b in zip(frozen, trainer.model.layers[first].parameters(), strict=True))
    assert all(not torch.equal(a, b) for a, b in zip(free, trainer.model.layers[last].parameters(), strict=True))
    in_optimizer = {id(p) for g in trainer.optimizer.param_groups for p in g["params"]}
    assert not in_optimizer & {id(p) for p in trainer.model.layers[first].parameters()}
    assert {id(p) for p in trainer.model.layers[last].parameters()} <= in_optimizer
    assert all(not p.requires_grad for p in trainer.model.layers[first].parameters())
    # The probes that read gradients skip the frozen layer instead of failing.
    snap = trainer.snapshot({"grad_norms", "update_ratio"})
    assert first not in snap.grad_norms and last in snap.grad_norms


def test_a_reset_freezes_again_and_the_design_exports_as_usual() -> None:
    trainer, first, _ = frozen_mlp()
    trainer.reset()
    assert all(not p.requires_grad for p in trainer.model.layers[first].parameters())
    project = mlp_project("circle", hidden=(8,))
    project.graph.nodes[first].params["frozen"] = True
    code = python_source(project, trainer.model, "", "weights.safetensors")
    compile(code, "model.py", "exec")
    assert "nn.Linear(2, 8, bias=True)" in code


def test_freezing_every_weighted_layer_is_refused_with_a_reason() -> None:
    project = mlp_project("circle", hidden=(4,))
    for node in project.graph.nodes.values():
        if node.kind == "Dense":
            node.params["frozen"] = True
    with pytest.raises(TrainingError, match="every layer with weights is frozen"):
        Trainer(project)


def test_a_frozen_batchnorm_keeps_its_statistics_and_normalises_with_them() -> None:
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 8}),
            ("BatchNorm", {"frozen": True}),
            ("Activation", {"function": "relu"}),
            ("Dense", {"units": 1}),
            ("Output", {}),
        ]
    )
    trainer = Trainer(make_project(graph, {"dataset": "circle"}))
    bn = trainer.model.layers[ids[2]]
    before = {k: v.clone() for k, v in bn.state_dict().items()}
    trainer.step(20)
    assert all(torch.equal(before[k], v) for k, v in bn.state_dict().items())  # γ, β, running mean/var, count
    assert not bn.training and trainer.model.layers[ids[1]].training  # eval mode inside a training model
    # An unfrozen BatchNorm in the same place does move its statistics.
    graph.nodes[ids[2]].params["frozen"] = False
    other = Trainer(make_project(graph, {"dataset": "circle"}))
    other.step(20)
    assert not torch.equal(other.model.layers[ids[2]].running_mean, before["running_mean"])
