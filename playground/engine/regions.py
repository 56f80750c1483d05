"""The "regions" probe: how a layer of step units cuts the input plane into regions (a distributed code).

Each step unit (a McCulloch–Pitts ``Threshold`` neuron, or a unit followed by a step or sign activation) splits the
plane by a line into a side where it fires and a side where it does not. Together, the units' on/off pattern — the
binary code — names a region. n lines in general position make 1 + n + n(n−1)/2 regions (7 for three), while a
decision tree with n tests has only n + 1 leaves (4 for a depth-2 tree with three tests): lecture 7, figure 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from playground.engine.data import grid_points

if TYPE_CHECKING:
    from playground.engine.train import Trainer

STEP_FUNCTIONS = ("step", "sign")
"""Activation functions whose outputs are on/off: a unit followed by one of them draws a line."""
MAX_CODE_UNITS = 16
"""At most this many step units form the code (2¹⁶ possible codes)."""


@dataclass
class RegionsView:
    """Probe "regions": the region of the input plane every grid point lies in, by the step units' code."""

    codes: np.ndarray
    """(n, n) int64 over the snapshot's ``extent`` (row = x₂): the code as a number, unit j giving bit j."""
    units: int
    """Step units forming the code (the first layer of them, counted from the input)."""
    count: int
    """Distinct regions on the plane shown."""
    labels: list[tuple[float, float, str]] = field(default_factory=list)
    """(x₁, x₂, code text) at the centre of each region: the units' outputs, first unit first ("101")."""
    nodes: list[str] = field(default_factory=list)
    """Ids of the nodes whose units form the code, in order."""

    @property
    def most(self) -> int:
        """Regions that ``units`` lines in general position make in the plane: 1 + n + n(n−1)/2."""
        n = self.units
        return 1 + n + n * (n - 1) // 2

    @property
    def tree_leaves(self) -> int:
        """Leaves of a decision tree with as many tests as there are units: n + 1 (a depth-2 tree: 3 tests, 4)."""
        return self.units + 1


def step_nodes(trainer: Trainer) -> list[str]:
    """The first layer of step units: step-like nodes (in network order) with no step-like node before them."""
    model = trainer.model
    functions = trainer.activation_functions
    stepping = {nid for nid in model.order if model.kinds[nid] == "Threshold" or functions.get(nid) in STEP_FUNCTIONS}

    def behind_a_step(nid: str) -> bool:
        todo, seen = list(model.sources[nid]), set()
        while todo:
            src = todo.pop()
            if src in stepping:
                return True
            if src not in seen and src in model.sources:
                seen.add(src)
                todo.extend(model.sources[src])
        return False

    return [nid for nid in model.order if nid in stepping and not behind_a_step(nid)]


def region_codes(bits: np.ndarray) -> np.ndarray:
    """(points, units) on/off → (points,) int64 codes, unit j giving bit j."""
    return (bits.astype(np.int64) << np.arange(bits.shape[1], dtype=np.int64)).sum(axis=1)


def regions_view(trainer: Trainer, grid: int) -> RegionsView | None:
    """The regions the first layer of step units makes on the input plane; None if the design has no step units."""
    nodes = step_nodes(trainer)
    if not nodes:
        return None
    extent = trainer.dataset.extent
    points = grid_points(extent, grid)
    from playground.engine import probes  # here, not above: the regions panel imports this module before torch

    values = probes.grid_outputs(trainer.model, extent, grid, trainer.dataset.features, trainer.device)
    bits = np.concatenate([values[nid].reshape(len(points), -1) > 0 for nid in nodes], axis=1)[:, :MAX_CODE_UNITS]
    codes = region_codes(bits)
    labels = []
    for code in np.unique(codes):
        inside = codes == code
        x, y = points[inside].mean(axis=0)
        text = "".join("1" if code >> j & 1 else "0" for j in range(bits.shape[1]))
        labels.append((float(x), float(y), text))
    return RegionsView(
        codes=codes.reshape(grid, grid),
        units=int(bits.shape[1]),
        count=len(labels),
        labels=labels,
        nodes=nodes,
    )
