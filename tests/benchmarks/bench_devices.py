"""Epoch time of an image preset on each device torch can use here: CPU (1 thread, all threads), CUDA, MPS.

Prints ``<device>: <seconds>/epoch`` for ``cnn-digits`` (or the presets named on the command line)
after one warm-up epoch, then ``speedup_<device>=<CPU 1-thread time / device time>``. The GUI
trains image models on CUDA or MPS when present (``engine.train.device_for``) and on one CPU thread
otherwise. Run: ``.venv/bin/python tests/benchmarks/bench_devices.py``.
"""

from __future__ import annotations

import os
import sys
import time

import torch

from playground import resources_dir
from playground.engine.train import Trainer
from playground.graph import read_project


def epoch_seconds(name: str, device: str, threads: int) -> float:
    """Seconds for one epoch of the preset ``name`` on ``device`` with ``threads`` CPU threads (after a warm-up)."""
    torch.set_num_threads(threads)
    trainer = Trainer(read_project(resources_dir() / "presets" / f"{name}.json"), device=device)
    steps = max(1, round(len(trainer.x_train) / trainer.batch_size))
    trainer.step(steps)  # warm-up: allocator, kernels, caches
    trainer.evaluate()
    if device == "cuda":
        torch.cuda.synchronize()
    start = time.perf_counter()
    trainer.step(steps)
    trainer.evaluate()  # one measurement per epoch, as the worker does at most
    if device == "cuda":
        torch.cuda.synchronize()
    return time.perf_counter() - start


def main() -> None:
    devices = [("cpu", 1), ("cpu", os.cpu_count() or 1)]
    if torch.cuda.is_available():
        devices.append(("cuda", 1))
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        devices.append(("mps", 1))
    for name in sys.argv[1:] or ["cnn-digits"]:
        base = None
        for device, threads in devices:
            seconds = epoch_seconds(name, device, threads)
            base = base or seconds
            label = f"{device} ({threads} thread{'s' if threads > 1 else ''})" if device == "cpu" else device
            print(f"{name} {label}: {seconds:.2f} s/epoch  speedup_{device}{threads if device == 'cpu' else ''}="
                  f"{base / seconds:.1f}", flush=True)
    if torch.cuda.is_available():
        print(f"GPU: {torch.cuda.get_device_name(0)}, torch {torch.__version__}")


if __name__ == "__main__":
    main()
