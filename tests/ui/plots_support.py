"""Real snapshots for the panel tests: a real Trainer on the presets, trained a little, cached per session.

A plain module (not conftest) so the plot test files can import it by its unique name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import torch

from playground import resources_dir
from playground.engine.data import Dataset
from playground.engine.probes import PROBES
from playground.engine.snapshot import Snapshot
from playground.engine.train import Trainer, make_trainer
from playground.graph import AddNode, Connect, History, Project, SetParam, read_project

torch.set_num_threads(1)  # small nets train fastest single-threaded


@dataclass(frozen=True)
class Run:
    """The snapshots taken along a short training run, the last one with every probe."""

    dataset: Dataset
    snapshots: tuple[Snapshot, ...]
    trainer: Trainer

    @property
    def last(self) -> Snapshot:
        return self.snapshots[-1]


def preset(name: str) -> Project:
    return read_project(resources_dir() / "presets" / f"{name}.json")


def _xor_head(data: dict, units: int, task: str) -> Project:
    """The xor-mlp design on other data, with its head resized for ``task``."""
    project = preset("xor-mlp")
    project.data.update(data)
    history = History(project.graph)
    head = [n for n in project.graph.topological_order() if project.graph.nodes[n].kind == "Dense"][-1]
    output = project.graph.nodes_of_kind("Output")[0].id
    history.push(SetParam(head, "units", units))
    history.push(SetParam(output, "task", task))
    return project


def _chain(specs: list[tuple[str, dict]], data: dict, **training: object) -> Project:
    """A chain design on ``data`` (validated like a project file)."""
    project = Project()
    project.data.update(data)
    project.training.update(training)
    history = History(project.graph)
    ids = [history.push(AddNode(kind, params)).node_id for kind, params in specs]
    for a, b in zip(ids, ids[1:], strict=False):
        history.push(Connect(a, b))
    return project


SMALL_CNN = [
    ("Input", {"shape": [1, 8, 8]}),
    ("Conv2d", {"filters": 6, "kernel": 3, "padding": 1}),
    ("Activation", {"function": "relu"}),
    ("MaxPool2d", {}),
    ("Flatten", {}),
    ("Dense", {"units": 10}),
    ("Output", {"task": "multiclass"}),
]
SMALL_AE = [
    ("Input", {"shape": [1, 8, 8]}),
    ("Flatten", {}),
    ("Dense", {"units": 32}),
    ("Activation", {"function": "tanh"}),
    ("Dense", {"units": 2}),
    ("Latent", {}),
    ("Dense", {"units": 32}),
    ("Activation", {"function": "tanh"}),
    ("Dense", {"units": 64}),
    ("Activation", {"function": "sigmoid"}),
    ("Output", {"task": "reconstruction"}),
]

SMALL_CHAR = [
    ("Input", {"shape": [12]}),
    ("Embedding", {"vocab": 36, "dim": 8}),
    ("LSTM", {"hidden": 12, "return_sequences": True}),
    ("TimeDense", {"units": 36}),
    ("Output", {"task": "multiclass"}),
]
SMALL_GAN = [
    ("Noise", {"size": 2}),
    ("Dense", {"units": 16}),
    ("Activation", {"function": "relu"}),
    ("Dense", {"units": 2}),
    ("Generated", {}),
]
SMALL_DISCRIMINATOR = [
    ("Input", {"shape": [2]}),
    ("Dense", {"units": 16}),
    ("Activation", {"function": "relu"}),
    ("Dense", {"units": 1}),
    ("Output", {"task": "binary"}),
]


def _gan() -> Project:
    """A small generator and discriminator on the ring of gaussians (two chains in one design)."""
    project = _chain(SMALL_GAN, {"dataset": "ring", "samples": 400}, lr=0.005)
    other = _chain(SMALL_DISCRIMINATOR, {})
    history = History(project.graph)
    ids = {n.id: history.push(AddNode(n.kind, dict(n.params))).node_id for n in other.graph.nodes.values()}
    for edge in other.graph.edges:
        history.push(Connect(ids[edge.src], ids[edge.dst]))
    return project


def _pretext() -> Project:
    """The self-supervised lesson's design alone, with a short pretraining (the pretraining panels)."""
    project = preset("self-supervised-transfer")
    project.variants, project.lesson = [], {}
    project.training["pretrain_steps"] = 20
    return project


PROJECTS = {
    "multiclass": lambda: _xor_head({"dataset": "gaussians", "classes": 3}, 3, "multiclass"),
    "regression": lambda: _xor_head({"dataset": "plane"}, 1, "regression"),
    "cnn8": lambda: _chain(SMALL_CNN, {"dataset": "digits8"}, lr=0.01),
    "ae8": lambda: _chain(SMALL_AE, {"dataset": "digits8"}, lr=0.01, corruption="gaussian", corruption_level=0.2),
    "char12": lambda: _chain(SMALL_CHAR, {"dataset": "text", "seq_len": 12, "samples": 300}, lr=0.01),
    "gan": _gan,
    "pretext": _pretext,
    "logic": lambda: _chain(
        [("Input", {"shape": [2]}), ("Dense", {"units": 1}), ("Output", {"task": "binary"})],
        {"dataset": "logic", "gate": "and"}, lr=0.1,
    ),
}


CNN_NAMES = {"in": "input", "c1": "conv1", "a1": "relu1", "p1": "pool1", "c2": "conv2", "f": "flatten", "o": "output"}
"""Layer names of a hand-made conv1 → relu1 → pool1 → conv2 → flatten design (snapshots of the CNN panels)."""
CNN_KINDS = {"in": "Input", "c1": "Conv2d", "a1": "Activation", "p1": "MaxPool2d", "c2": "Conv2d", "f": "Flatten",
             "o": "Output"}


def image_dataset(
    x_test: np.ndarray,
    y_test: np.ndarray,
    class_names: tuple[str, ...] = (),
    x_train: np.ndarray | None = None,
    y_train: np.ndarray | None = None,
) -> Dataset:
    """A hand-made image set around the given arrays (train = test unless given): what the panels read."""
    empty = np.zeros((0, 2), np.float32)
    k = len(class_names) or int(np.max(y_test)) + 1
    return Dataset(
        points_train=empty,
        points_test=empty,
        x_train=x_test if x_train is None else x_train,
        x_test=x_test,
        y_train=y_test if y_train is None else y_train,
        y_test=y_test,
        task="classification",
        n_classes=k,
        features=(),
        extent=(0.0, 0.0, 0.0, 0.0),
        kind="images",
        image_shape=tuple(x_test.shape[1:]),
        class_names=class_names or tuple(str(i) for i in range(k)),
    )


@cache
def run(name: str, steps: int, snapshots: int = 4, grid: int = 40) -> Run:
    """Train ``name`` (a preset or a key of ``PROJECTS``) for ``steps`` in ``snapshots`` chunks."""
    project = PROJECTS[name]() if name in PROJECTS else preset(name)
    trainer = make_trainer(project)
    taken = [trainer.snapshot(set(PROBES), grid=grid)]
    for i in range(snapshots):
        trainer.step(steps // snapshots + (steps % snapshots if i == 0 else 0))
        taken.append(trainer.snapshot(set(PROBES), grid=grid))
    return Run(trainer.dataset, tuple(taken), trainer)
