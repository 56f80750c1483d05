"""Small trained-looking models for the export tests: an MLP, a CNN with BatchNorm2d, a DAG with a skip
connection, a deep belief net of two RBMs, an LSTM, a peephole LSTM, a text model with an Embedding and a GAN generator.

Each case is a project and a "live" model built from its design with a seed other than the project's, so an
export that wrote fresh weights instead of the model's would not match. BatchNorm's running statistics are
moved away from their start by a few forward passes in training mode, so exports must use eval mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
from engine_helpers import Builder, chain_graph, make_project

from playground.engine.build import GraphModule
from playground.graph import Project


@dataclass
class Case:
    project: Project
    model: GraphModule
    network: str = ""
    vocab: int = 0
    """Symbol ids 0…vocab − 1 as input (text), else float inputs."""

    def inputs(self, batch: int, seed: int = 0) -> torch.Tensor:
        """Random inputs of ``batch`` samples for this case's network."""
        generator = torch.Generator().manual_seed(seed)
        shape = (batch, *self.model.shapes[self.model.input_id])
        if self.vocab:
            return torch.randint(0, self.vocab, shape, generator=generator)
        return torch.randn(shape, generator=generator)

    def expected(self, x: torch.Tensor) -> torch.Tensor:
        """The live model's output in eval mode (what every export must reproduce)."""
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            out = self.model(x)
        self.model.train(was_training)
        return out


def _live(project: Project, network: str = "", seed: int = 1234) -> GraphModule:
    torch.manual_seed(seed)
    model = GraphModule(project.graph, project.data_info(), network)
    model.train()
    with torch.no_grad():  # moves BatchNorm's running statistics (and draws dropout masks)
        shape = model.shapes[model.input_id]
        for _ in range(3):
            model(torch.randn(16, *shape) * 2 + 0.5)
    return model


def mlp() -> Case:
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 8}),
            ("Activation", {"function": "tanh"}),
            ("Dropout", {"p": 0.5}),
            ("Dense", {"units": 1}),
            ("Output", {"task": "binary"}),
        ]
    )
    project = make_project(graph, {"dataset": "gaussians"}, seed=7)
    project.name = "tiny-mlp"
    return Case(project, _live(project))


def cnn() -> Case:
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [1, 8, 8]}),
            ("Conv2d", {"filters": 4, "padding": 1}),
            ("BatchNorm2d", {}),
            ("Activation", {"function": "relu"}),
            ("MaxPool2d", {}),
            ("Flatten", {}),
            ("Dense", {"units": 10}),
            ("Output", {"task": "multiclass"}),
        ]
    )
    project = make_project(graph, {"dataset": "digits8"})
    project.name = "cnn-bn"
    return Case(project, _live(project))


def rbm() -> Case:
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [1, 8, 8]}),
            ("Flatten", {}),
            ("RBM", {"hidden": 12, "k": 2}),
            ("RBM", {"hidden": 6}),
            ("Dense", {"units": 10}),
            ("Output", {"task": "multiclass"}),
        ]
    )
    project = make_project(graph, {"dataset": "digits8"})
    project.name = "deep-belief-net"
    return Case(project, _live(project))


def dag() -> Case:
    """Input → dense_a → act_a ─┬→ dense_b → Add(act_a, dense_b) → step → Concat(step, act_a) → Dense → Output."""
    b = Builder()
    inp = b.add("Input", shape=[2])
    dense_a, act_a = b.chain([("Dense", {"units": 6}), ("Activation", {"function": "relu"})], after=inp)
    (dense_b,) = b.chain([("Dense", {"units": 6})], after=act_a)
    add = b.add("Add")
    b.connect(act_a, add)
    b.connect(dense_b, add)
    (step,) = b.chain([("Activation", {"function": "leaky_relu", "slope": 0.2})], after=add)
    concat = b.add("Concat")
    b.connect(step, concat)
    b.connect(act_a, concat)
    b.chain([("Dense", {"units": 1}), ("Output", {"task": "regression"})], after=concat)
    project = make_project(b.graph, {"dataset": "plane"})
    project.name = "skip-dag"
    return Case(project, _live(project))


def lstm() -> Case:
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [12, 1]}),
            ("LSTM", {"hidden": 6, "layers": 2, "bidirectional": True}),
            ("Dense", {"units": 1}),
            ("Output", {"task": "regression"}),
        ]
    )
    project = make_project(graph, {"dataset": "sine", "seq_len": 12})
    project.name = "sine-lstm"
    return Case(project, _live(project))


def peephole_lstm() -> Case:
    """Two bidirectional peephole LSTM layers, many-to-many; peephole weights away from their zero start."""
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [9, 1]}),
            ("LSTM", {"hidden": 5, "layers": 2, "bidirectional": True, "return_sequences": True, "peepholes": True}),
            ("TimeDense", {"units": 1}),
            ("Output", {"task": "regression"}),
        ]
    )
    project = make_project(graph, {"dataset": "sine", "seq_len": 9, "seq_target": "every"})
    project.name = "peephole-lstm"
    model = _live(project)
    with torch.no_grad():  # a zero peephole would compute a plain LSTM: exports must carry the learnt ones
        model.layers[ids[1]].peephole.normal_(0.0, 0.7, generator=torch.Generator().manual_seed(3))
    return Case(project, model)


def text() -> Case:
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [12]}),
            ("Embedding", {"vocab": 36, "dim": 5}),
            ("LSTM", {"hidden": 8, "return_sequences": True}),
            ("TimeDense", {"units": 36}),
            ("Output", {"task": "multiclass"}),
        ]
    )
    project = make_project(graph, {"dataset": "text", "seq_len": 12})
    project.name = "char-lstm"
    torch.manual_seed(99)
    model = GraphModule(project.graph, project.data_info())
    return Case(project, model, vocab=36)


def gan_project() -> Project:
    b = Builder()
    b.chain(
        [
            ("Noise", {"size": 3}),
            ("Dense", {"units": 8}),
            ("Activation", {"function": "leaky_relu"}),
            ("Dense", {"units": 2}),
            ("Generated", {}),
        ]
    )
    b.chain(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 8}),
            ("Activation", {"function": "relu"}),
            ("Dense", {"units": 1}),
            ("Output", {"task": "binary"}),
        ]
    )
    project = make_project(b.graph, {"dataset": "ring"})
    project.name = "gan-ring"
    return project


def gan_generator() -> Case:
    project = gan_project()
    return Case(project, _live(project, "generator"), network="generator")


CASES: dict[str, Any] = {
    "mlp": mlp,
    "cnn": cnn,
    "rbm": rbm,
    "dag": dag,
    "lstm": lstm,
    "peephole": peephole_lstm,
    "text": text,
    "gan": gan_generator,
}
