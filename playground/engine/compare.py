"""Comparisons: several variants of a design (``Project.variants``) trained side by side, in lockstep.

A ``Comparison`` holds one ``Trainer`` per variant and answers what the worker asks of a trainer (``step``,
``reset``, ``set_setting``, ``record``, ``snapshot``, ``step_count``, ``epoch``, ``model``), so a comparison
runs in the app, the CLI and the tests like a single run. All variants learn the same data from the same
seed, and a layer that is the same in variant 0 and in a variant (same id, kind, parameters and tensor
shapes, same seed and pretrained start) starts from the same weights: the comparison then shows the effect
of what differs, not the luck of the draw.
"""

from __future__ import annotations

from typing import Any

import torch

from playground.engine.run_setup import DivergedError, TrainingError
from playground.engine.snapshot import ComparisonView, Snapshot
from playground.engine.train import Trainer
from playground.graph import Project
from playground.graph.i18n import tr
from playground.graph.settings import DATASETS
from playground.graph.variants import variant_projects

__all__ = ["VARIANT_GRID", "VARIANT_PROBES", "Comparison", "shared_layers"]

VARIANT_GRID = 28
"""Grid points per side of the variants' decision boundaries: a thumbnail in a cell of the variant grid needs
far fewer than the full boundary panel, and 16 variants × 28² points cost about one boundary of 112²."""
VARIANT_PROBES = frozenset({"boundary", "grad_norms"})
"""The probes every variant's snapshot carries (the others only variant 0's, the design in the editor)."""


def _layer_tensors(trainer: Trainer, node_id: str) -> dict[str, torch.Tensor]:
    layer = trainer.model.layers[node_id] if node_id in trainer.model.layers else None  # noqa: SIM401 (a ModuleDict)
    return dict(layer.state_dict()) if layer is not None else {}


def shared_layers(first: Trainer, other: Trainer) -> list[str]:
    """Ids of the layers of ``other`` that may start from ``first``'s weights: same id, kind, parameters and
    tensor shapes, and both runs start the same way (seed, pretrained weights)."""
    if first.config["seed"] != other.config["seed"]:
        return []  # a variant with a seed of its own compares starting points on purpose
    if first.config.get("init_from", "") != other.config.get("init_from", ""):
        return []  # pretrained weights must not leak into a run that starts from scratch (or the other way)
    shared = []
    for node_id, node in other.graph.nodes.items():
        mine = first.graph.nodes.get(node_id)
        if mine is None or mine.kind != node.kind or mine.params != node.params:
            continue
        a, b = _layer_tensors(first, node_id), _layer_tensors(other, node_id)
        if not a or a.keys() != b.keys() or any(a[k].shape != b[k].shape for k in a):
            continue
        shared.append(node_id)
    return shared


class Comparison:
    """Trains every variant of ``project`` side by side; variant 0 is the design in the editor.

    A variant whose loss diverges stops (its failure is reported in the snapshot) while the others go on;
    only when all have diverged does ``step`` raise ``DivergedError``.
    """

    def __init__(self, project: Project, device: str | torch.device = "cpu") -> None:
        if DATASETS[project.data["dataset"]].kind == "gan":
            raise TrainingError(tr("comparisons of GANs are not supported yet"))
        if DATASETS[project.data["dataset"]].kind == "corpus":
            raise TrainingError(tr("comparisons of word2vec designs are not supported yet"))
        try:
            pairs = variant_projects(project)
        except ValueError as e:
            raise TrainingError(str(e)) from None
        if not pairs:
            raise TrainingError(tr("the project has no variants to compare"))
        self.labels = [label for label, _ in pairs]
        self.rows = [str(v.get("row", "")) for v in project.variants]
        self.cols = [str(v.get("col", "")) for v in project.variants]
        self._own_settings = [frozenset(v.get("training", {})) for v in project.variants]
        """Settings each variant sets itself: a live change of one of them (the learning rate in a race of
        optimizers) leaves that variant alone."""
        self.trainers: list[Trainer] = []
        for label, variant in pairs:
            try:
                self.trainers.append(Trainer(variant, device))
            except TrainingError as e:
                raise TrainingError(tr("variant {label}: {reason}", label=label, reason=str(e))) from None
        self._check_same_data()
        self.shared: list[list[str]] = [[] for _ in self.trainers]
        self.failures = ["" for _ in self.trainers]
        self.step_count = 0
        self._share_initial_weights()

    def _check_same_data(self) -> None:
        """All variants must learn the same samples, or the comparison would compare data, not designs."""
        first = self.trainers[0]
        for label, trainer in zip(self.labels[1:], self.trainers[1:], strict=True):
            same = trainer.data_settings == first.data_settings and all(
                torch.equal(a, b)
                for a, b in (
                    (trainer.x_train, first.x_train),
                    (trainer.y_train, first.y_train),
                    (trainer.x_test, first.x_test),
                )
            )
            if not same:
                raise TrainingError(tr("variant {label} does not get the same data as the others", label=label))

    def _share_initial_weights(self) -> None:
        first = self.trainers[0]
        for i, trainer in enumerate(self.trainers[1:], start=1):
            self.shared[i] = shared_layers(first, trainer)
            with torch.no_grad():
                for node_id in self.shared[i]:
                    # load_state_dict copies in place: the optimizer keeps the same parameter objects.
                    trainer.model.layers[node_id].load_state_dict(first.model.layers[node_id].state_dict())

    # --- what the worker asks of a trainer ---------------------------------------------------

    @property
    def model(self) -> torch.nn.Module:
        """Variant 0's network (the design in the editor): what an export writes."""
        return self.trainers[0].model

    @property
    def config(self) -> dict[str, Any]:
        """Variant 0's training settings."""
        return self.trainers[0].config

    @property
    def dataset(self) -> Any:
        """The data all variants learn."""
        return self.trainers[0].dataset

    @property
    def task(self) -> str:
        return self.trainers[0].task

    @property
    def device(self) -> torch.device:
        return self.trainers[0].device

    @property
    def epoch(self) -> float:
        first = self.trainers[0]
        return self.step_count * first.batch_size / len(first.x_train)

    def reset(self) -> None:
        """Every variant back to its initial weights (the shared layers equal again), step 0."""
        for trainer in self.trainers:
            trainer.reset()
        self.failures = ["" for _ in self.trainers]
        self.step_count = 0
        self._share_initial_weights()

    def step(self, n: int = 1) -> float:
        """``n`` steps of every variant still training; variant 0's last loss (NaN once it has diverged)."""
        losses = []
        for i, trainer in enumerate(self.trainers):
            if self.failures[i]:
                losses.append(float("nan"))
                continue
            try:
                losses.append(trainer.step(n))
            except DivergedError as e:
                self.failures[i] = str(e)
                losses.append(float("nan"))
        self.step_count += n
        if all(self.failures):
            raise DivergedError(tr("every variant diverged; the first: {reason}", reason=self.failures[0]))
        return losses[0]

    def set_setting(self, name: str, value: Any) -> None:
        """A live setting reaches every variant that does not set it itself."""
        for own, trainer in zip(self._own_settings, self.trainers, strict=True):
            if name not in own:
                trainer.set_setting(name, value)

    def set_lr(self, lr: float) -> None:
        self.set_setting("lr", lr)

    def evaluate(self) -> dict[str, float | None]:
        """Variant 0's loss and accuracy (``evaluate_all`` gives every variant's)."""
        return self.trainers[0].evaluate()

    def evaluate_all(self) -> list[dict[str, float | None]]:
        """Loss and accuracy of every variant, in order."""
        return [trainer.evaluate() for trainer in self.trainers]

    def record(self) -> dict[str, float | None]:
        """Measure every variant and add a history row to each; returns variant 0's metrics."""
        return [trainer.record() for trainer in self.trainers][0]

    def snapshot(
        self,
        requested: tuple[str, ...] | set[str] = (),
        grid: int = 60,
        options: dict[str, Any] | None = None,
        measure: bool = True,
    ) -> Snapshot:
        """Variant 0's snapshot (all of ``requested``) with ``comparison``: every variant's metrics and history,
        and of the requested probes those in ``VARIANT_PROBES``."""
        first = self.trainers[0].snapshot(requested, grid, options, measure)
        small = tuple(sorted(set(requested) & VARIANT_PROBES))
        views = [first] + [t.snapshot(small, min(grid, VARIANT_GRID), options, measure) for t in self.trainers[1:]]
        # Variant 0 may have diverged and stopped: the run's step still moves with the others.
        first.step, first.epoch = self.step_count, self.epoch
        first.comparison = ComparisonView(
            labels=list(self.labels),
            rows=list(self.rows),
            cols=list(self.cols),
            snapshots=views,
            failures=list(self.failures),
            shared=[list(s) for s in self.shared],
        )
        return first

    # --- what a comparison cannot do (yet) -----------------------------------------------------

    def state(self) -> Any:
        """Saving a comparison is not supported: a run bundle holds one network."""
        from playground.engine.bundle import BundleError

        raise BundleError(tr("saving a run is not supported for comparisons; stop comparing to save one design"))

    def restore(self, state: Any) -> None:
        """A saved run holds one network: it cannot continue as a comparison."""
        raise TrainingError(tr("a saved run cannot continue as a comparison; stop comparing first"))
