"""The probes of the classic lessons: a logic gate's truth table and the regions step units cut the plane into."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playground.engine.logic import truth_table
from playground.engine.regions import regions_view

if TYPE_CHECKING:
    from playground.engine.snapshot import Snapshot
    from playground.engine.train import Trainer


def fill(trainer: Trainer, snap: Snapshot, requested: set[str], grid: int) -> None:
    """Add the "truth_table" (logic dataset) and "regions" (2D points, step units) probes to ``snap``."""
    predicting = trainer.task in ("binary", "multiclass")
    if "truth_table" in requested and trainer.dataset_name == "logic" and predicting:
        snap.truth_table = truth_table(trainer)
    if "regions" in requested and trainer.dataset.kind == "points" and trainer.task != "reconstruction":
        snap.regions = regions_view(trainer, grid)
