"""What the issue-12 models cost per step, each against its plain counterpart trained in the same process.

- peephole LSTM (the lecture's equations, step by step) vs the same design with torch's fused LSTM;
- a contrastive-divergence step of the RBM pretraining vs a backprop step of the same network;
- a relative-position pretext step vs a backprop step of the same convolutional network;
- word2vec (skip-gram, negative sampling) steps per second, and per word of the book.

Interleaved rounds, median of each, one CPU thread (the app's setting for small models):
    PYTHONPATH=. python tests/benchmarks/bench_pretraining.py [--seconds 2] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import torch

from playground.engine.train import Trainer, make_trainer
from playground.graph import Project, read_project

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"


def preset(name: str, **training: object) -> Project:
    project = read_project(PRESETS / f"{name}.json")
    project.variants = []  # the design in the editor (a comparison's first variant)
    project.training.update(training)
    return project


def steps_per_second(make: Callable[[], object], seconds: float) -> float:
    trainer = make()
    trainer.step(10)  # warm-up
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        trainer.step(10)
        done += 10
    return done / (time.perf_counter() - start)


def peephole(on: bool) -> Callable[[], Trainer]:
    def make() -> Trainer:
        project = preset("peephole-lstm")
        for node in project.graph.nodes_of_kind("LSTM"):
            node.params["peepholes"] = on
        return Trainer(project)

    return make


def pretraining(name: str, method: str) -> Callable[[], Trainer]:
    # a pretraining longer than the measurement: every measured step is one of its steps (or none is, for "none")
    return lambda: Trainer(preset(name, pretrain=method, pretrain_steps=1_000_000))


CASES: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
    ("peephole LSTM / fused LSTM", peephole(True), peephole(False)),
    ("RBM CD-1 step / backprop step", pretraining("dbn-vs-scratch", "rbm"), pretraining("dbn-vs-scratch", "none")),
    (
        "pretext step / backprop step",
        pretraining("self-supervised-transfer", "relative_position"),
        pretraining("self-supervised-transfer", "none"),
    ),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="measuring time per case and round")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (the median is printed)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    for label, new, base in CASES:
        ratios, new_rates, base_rates = [], [], []
        for _ in range(args.rounds):
            new_rates.append(steps_per_second(new, args.seconds))
            base_rates.append(steps_per_second(base, args.seconds))
            ratios.append(base_rates[-1] / new_rates[-1])
        print(
            f"{label:32s} {statistics.median(new_rates):8.1f} vs {statistics.median(base_rates):8.1f} steps/s"
            f"  time_ratio={statistics.median(ratios):.2f}"
        )
    project = preset("word2vec")
    rates = [steps_per_second(lambda: make_trainer(project), args.seconds) for _ in range(args.rounds)]
    batch = project.training["batch_size"]
    rate = statistics.median(rates)
    print(f"{'word2vec skip-gram':32s} {rate:8.1f} steps/s  pairs_per_s={rate * batch:.0f}")


if __name__ == "__main__":
    main()
