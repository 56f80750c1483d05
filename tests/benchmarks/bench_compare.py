"""How much a 16-variant ``Comparison`` costs per step against 16 bare ``Trainer``s stepped in a loop.

Run: ``.venv/bin/python tests/benchmarks/bench_compare.py [steps]``. Prints both times and their ratio
(about 1.0 means the comparison adds nothing to the training itself).
"""

from __future__ import annotations

import sys
import time

import torch

from playground.engine.compare import Comparison
from playground.engine.train import Trainer
from playground.graph import Project
from playground.graph.variants import variant_projects


def grid_project() -> Project:
    """A capacity grid: n = 2, 4, 8, 16 tanh units × m = 0..3 hidden layers on the spiral."""
    from playground import resources_dir
    from playground.graph import read_project

    return read_project(resources_dir() / "presets" / "capacity-grid.json")


def main(steps: int = 300) -> None:
    torch.set_num_threads(1)
    project = grid_project()
    comparison = Comparison(project)
    bare = [Trainer(p) for _, p in variant_projects(project)]
    comparison.step(10)  # warm-up: first calls allocate
    for t in bare:
        t.step(10)
    start = time.perf_counter()
    comparison.step(steps)
    compared = time.perf_counter() - start
    start = time.perf_counter()
    for t in bare:
        t.step(steps)
    looped = time.perf_counter() - start
    n = len(bare)
    print(f"{n} variants × {steps} steps")
    print(f"Comparison.step:      {compared:.3f} s ({1000 * compared / steps:.2f} ms per step of all variants)")
    print(f"bare Trainers looped: {looped:.3f} s ({1000 * looped / steps:.2f} ms per step of all variants)")
    print(f"ratio comparison / bare: {compared / looped:.3f}")
    start = time.perf_counter()
    comparison.record()
    comparison.snapshot({"boundary", "grad_norms"}, measure=False)
    print(f"one snapshot of all variants (boundary + gradient norms): {1000 * (time.perf_counter() - start):.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
