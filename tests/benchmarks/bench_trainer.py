"""Overhead of the Trainer against a bare torch loop on the same model and data.

Prints ``ratio=<trainer seconds / bare seconds>`` per preset (median of 5 runs, 1000 steps each,
one thread). Run: ``.venv/bin/python tests/benchmarks/bench_trainer.py``.
"""

from __future__ import annotations

import statistics
import time

import torch
import torch.nn.functional as F

from playground import resources_dir
from playground.engine import objectives
from playground.engine.train import Trainer
from playground.graph import read_project

STEPS, REPEATS = 1000, 5
CNN_STEPS = 100


class BareLoop:
    """The trainer's model, optimizer and data, stepped by a plain torch loop.

    Binary heads use BCE, multi-class heads cross-entropy; image runs with augmentation shift the
    batch the same way (it is part of the training, not of the instrumentation).
    """

    def __init__(self, trainer: Trainer) -> None:
        self.model, self.opt = trainer.model, trainer.optimizer
        self.multiclass = trainer.task == "multiclass"
        self.x = trainer.x_train
        self.y = trainer.y_train if self.multiclass else trainer.y_train.float().view(-1, 1)
        self.shift = trainer.augment_shift
        self.bs = trainer.batch_size
        self.gen = torch.Generator().manual_seed(0)
        self.order, self.cursor = torch.randperm(len(self.x), generator=self.gen), 0

    def run(self, steps: int) -> None:
        n = len(self.x)
        self.model.train()
        for _ in range(steps):
            if self.cursor + self.bs > n:
                self.order, self.cursor = torch.randperm(n, generator=self.gen), 0
            idx = self.order[self.cursor : self.cursor + self.bs]
            self.cursor += self.bs
            self.opt.zero_grad(set_to_none=True)
            x = objectives.shift_images(self.x[idx], self.shift) if self.shift else self.x[idx]
            loss = F.cross_entropy if self.multiclass else F.binary_cross_entropy_with_logits
            loss(self.model(x), self.y[idx]).backward()
            self.opt.step()


def bare_loop(trainer: Trainer, steps: int) -> float:
    """Seconds for ``steps`` steps of the bare loop."""
    loop = BareLoop(trainer)
    start = time.perf_counter()
    loop.run(steps)
    return time.perf_counter() - start


def trainer_loop(trainer: Trainer, steps: int) -> float:
    start = time.perf_counter()
    trainer.step(steps)
    return time.perf_counter() - start


def main() -> None:
    torch.set_num_threads(1)
    for name in ("xor-mlp", "spiral-deep", "vanishing-sigmoid", "cnn-digits"):
        project = read_project(resources_dir() / "presets" / f"{name}.json")
        trainer = Trainer(project)
        steps = CNN_STEPS if trainer.images else STEPS
        bare = statistics.median(bare_loop(trainer, steps) for _ in range(REPEATS))
        ours = statistics.median(trainer_loop(trainer, steps) for _ in range(REPEATS))
        print(
            f"{name:<18} trainer {ours * 1000 / steps:.3f} ms/step  bare {bare * 1000 / steps:.3f} ms/step  "
            f"ratio={ours / bare:.2f}"
        )


if __name__ == "__main__":
    main()
