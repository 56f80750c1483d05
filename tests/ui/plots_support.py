"""Real snapshots for the panel tests: a real Trainer on the presets, trained a little, cached per session.

A plain module (not conftest) so the plot test files can import it by its unique name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import torch

from playground import resources_dir
from playground.engine.data import Dataset
from playground.engine.probes import PROBES
from playground.engine.snapshot import Snapshot
from playground.engine.train import Trainer
from playground.graph import History, Project, SetParam, read_project

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


PROJECTS = {
    "multiclass": lambda: _xor_head({"dataset": "gaussians", "classes": 3}, 3, "multiclass"),
    "regression": lambda: _xor_head({"dataset": "plane"}, 1, "regression"),
}


@cache
def run(name: str, steps: int, snapshots: int = 4, grid: int = 40) -> Run:
    """Train ``name`` (a preset or a key of ``PROJECTS``) for ``steps`` in ``snapshots`` chunks."""
    project = PROJECTS[name]() if name in PROJECTS else preset(name)
    trainer = Trainer(project)
    taken = [trainer.snapshot(set(PROBES), grid=grid)]
    for i in range(snapshots):
        trainer.step(steps // snapshots + (steps % snapshots if i == 0 else 0))
        taken.append(trainer.snapshot(set(PROBES), grid=grid))
    return Run(trainer.dataset, tuple(taken), trainer)
