"""A design too large for the memory free here is refused in words before any memory is taken."""

from __future__ import annotations

import pytest
import torch

from playground import resources_dir
from playground.engine import memory_check
from playground.engine.train import TrainingError, make_trainer
from playground.graph import AddNode, Connect, RemoveNodes, read_project


def _preset(name: str):
    return read_project(resources_dir() / "presets" / f"{name}.json")


def _deep_and_wide(layers: int):
    """xor-mlp with ``layers`` Dense layers of 4096 units (the most a layer may have), then its 1-unit head."""
    project = _preset("xor-mlp")
    graph = project.graph
    source = graph.nodes_of_kind("Input")[0].id
    out = graph.nodes_of_kind("Output")[0].id
    RemoveNodes([n for n in graph.nodes if n not in (source, out)]).do(graph)
    for i in range(layers + 1):
        node = AddNode("Dense", {"units": 4096 if i < layers else 1}, (i * 10.0, 0.0))
        node.do(graph)
        Connect(source, node.node_id).do(graph)
        source = node.node_id
    Connect(source, out).do(graph)
    assert project.check().ok
    return project


def test_a_design_larger_than_the_free_memory_is_refused_before_building(monkeypatch):
    project = _deep_and_wide(60)  # about a billion weights: ~16 GB with gradients and Adam's moments
    assert memory_check.memory_needed(project) > 15e9
    monkeypatch.setattr(memory_check, "free_memory", lambda device: 8_000_000_000)
    built = []
    monkeypatch.setattr(torch.nn.Linear, "__init__", lambda *a, **k: built.append(1))  # must never be reached
    with pytest.raises(TrainingError) as refused:
        make_trainer(project)
    message = str(refused.value)
    assert message.startswith("this design needs about 15.9 GB of memory") and "CPU has 8.0 GB free" in message
    assert "smaller batch" in message and not built


def test_presets_fit_and_an_unknown_free_memory_refuses_nothing(monkeypatch):
    for name in ("xor-mlp", "cnn-digits", "char-lstm"):
        assert memory_check.memory_problem(_preset(name), torch.device("cpu")) is None
        assert memory_check.memory_needed(_preset(name)) < 500e6
    monkeypatch.setattr(memory_check, "free_memory", lambda device: None)
    assert memory_check.memory_problem(_deep_and_wide(60), torch.device("cpu")) is None


def test_free_memory_is_read_on_this_computer():
    free = memory_check.free_memory(torch.device("cpu"))
    assert free is None or free > 10_000_000
