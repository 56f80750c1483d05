"""Steps per second of the sequence and GAN presets on each device torch can use (CPU one thread, CUDA, MPS).

Prints one line per preset and device, and the ratio against the CPU in the same process, so the choice in
``engine.train.device_for`` can be checked on new hardware:
    PYTHONPATH=. python tests/benchmarks/bench_sequences.py [preset ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import torch

from playground.engine.train import make_trainer
from playground.graph import read_project

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"
DEFAULT = ("lstm-memory", "rnn-vs-lstm-memory", "sine-forecast-gru", "char-lstm", "gan-ring")


def devices() -> list[str]:
    found = ["cpu"]
    if torch.cuda.is_available():
        found.append("cuda")
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        found.append("mps")
    return found


def steps_per_second(name: str, device: str, seconds: float = 3.0) -> float:
    trainer = make_trainer(read_project(PRESETS / f"{name}.json"), device)
    trainer.step(20)  # warm-up: kernels, allocator, cuDNN plans
    if device == "cuda":
        torch.cuda.synchronize()
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        trainer.step(10)
        done += 10
    if device == "cuda":
        torch.cuda.synchronize()
    return done / (time.perf_counter() - start)


def main(names: list[str]) -> None:
    torch.set_num_threads(1)
    for name in names or DEFAULT:
        base = None
        for device in devices():
            rate = steps_per_second(name, device)
            base = base or rate
            print(f"{name:22s} {device:5s} {rate:8.1f} steps/s  ×{rate / base:.2f} vs cpu", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
