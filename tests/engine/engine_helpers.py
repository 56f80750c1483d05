"""Helpers for engine tests: small designs built with the same graph commands the editor uses.

A plain module (not conftest) so test files can import it by its unique name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from playground.graph import AddNode, Connect, Graph, History, Project, read_project
from playground.graph.params import validate_all
from playground.graph.settings import DATA_PARAMS, TRAIN_PARAMS

if TYPE_CHECKING:
    import torch

    from playground.engine.train import Trainer

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"

Spec = tuple[str, dict[str, Any]]


class Builder:
    """Adds nodes and edges to a graph through ``History``, as the editor would."""

    def __init__(self) -> None:
        self.graph = Graph()
        self.history = History(self.graph)

    def add(self, kind_id: str, **params: Any) -> str:
        return self.history.push(AddNode(kind_id, params)).node_id

    def connect(self, src: str, dst: str) -> None:
        self.history.push(Connect(src, dst))

    def chain(self, specs: list[Spec], after: str | None = None) -> list[str]:
        """Add ``specs`` as a chain (connected to ``after`` if given); returns their ids."""
        ids = [self.add(k, **p) for k, p in specs]
        for a, b in zip([after, *ids], ids, strict=False):
            if a is not None:
                self.connect(a, b)
        return ids


def chain_graph(specs: list[Spec]) -> tuple[Graph, list[str]]:
    """A graph that is a single chain of ``specs``; returns it with the node ids in order."""
    b = Builder()
    ids = b.chain(specs)
    return b.graph, ids


def mlp_specs(
    n_in: int = 2,
    hidden: tuple[int, ...] = (8,),
    function: str = "relu",
    n_out: int = 1,
    task: str = "binary",
    loss: str = "auto",
    init: str = "glorot_uniform",
) -> list[Spec]:
    """Input → [Dense → Activation]* → Dense → Output."""
    specs: list[Spec] = [("Input", {"shape": [n_in]})]
    for units in hidden:
        specs += [("Dense", {"units": units, "init": init}), ("Activation", {"function": function})]
    specs += [("Dense", {"units": n_out, "init": init}), ("Output", {"task": task, "loss": loss})]
    return specs


def make_project(graph: Graph, data: dict[str, Any] | None = None, **training: Any) -> Project:
    """A project around ``graph``; data and training settings are validated like a project file's."""
    data_values, problems = validate_all(DATA_PARAMS, {"samples": 200, **(data or {})}, "data")
    train_values, train_problems = validate_all(TRAIN_PARAMS, training, "training")
    assert not problems + train_problems, problems + train_problems
    return Project(graph, data_values, train_values)


def mlp_project(
    dataset: str = "gaussians",
    hidden: tuple[int, ...] = (8,),
    function: str = "relu",
    task: str | None = None,
    loss: str = "auto",
    classes: int = 2,
    data: dict[str, Any] | None = None,
    **training: Any,
) -> Project:
    """An MLP sized to fit ``dataset`` (task and outputs follow the data unless given)."""
    regression = dataset in ("plane", "multi_gaussian")
    if task is None:
        task = "regression" if regression else ("multiclass" if classes > 2 else "binary")
    n_out = classes if task == "multiclass" else 1
    spec = {"dataset": dataset, "classes": classes, **(data or {})}
    n_in = len(spec.get("features", ["x1", "x2"]))
    graph, _ = chain_graph(mlp_specs(n_in, hidden, function, n_out, task, loss))
    return make_project(graph, spec, **training)


def load_preset(name: str) -> Project:
    return read_project(PRESETS / f"{name}.json")


def dropout_project(seed: int = 3) -> Project:
    """A net whose forward pass draws random numbers (dropout), so RNG ownership matters."""
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 16}),
            ("Activation", {"function": "relu"}),
            ("Dropout", {"p": 0.5}),
            ("Dense", {"units": 1}),
            ("Output", {}),
        ]
    )
    return make_project(graph, {"dataset": "circle", "noise": 0.3}, seed=seed, batch_size=8)


def weights(trainer: Trainer) -> list[torch.Tensor]:
    """Copies of the trainer's parameters, to compare before and after steps."""
    return [p.detach().clone() for p in trainer.model.parameters()]
