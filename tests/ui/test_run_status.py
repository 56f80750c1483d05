"""The counters under the run buttons: step, epoch, speed, and the accelerator when there is one."""

from __future__ import annotations

from types import SimpleNamespace

from playground.engine.snapshot import Snapshot
from playground.ui.run_status import counters_text


def session(device: str, rate: float | None = 850.0) -> SimpleNamespace:
    snap = Snapshot(step=1234, epoch=12.34, train_loss=0.1, test_loss=0.2, train_accuracy=None, test_accuracy=None,
                    device=device)
    return SimpleNamespace(latest=snap, steps_per_second=lambda: rate)


def test_counters_name_the_gpu_only_when_training_on_one():
    assert counters_text(session("cpu")) == "Step 1,234 · epoch 12.3 · 850 steps/s"
    assert counters_text(session("cuda")) == "Step 1,234 · epoch 12.3 · 850 steps/s · on GPU (CUDA)"
    assert counters_text(session("mps", None)) == "Step 1,234 · epoch 12.3 · on GPU (Apple MPS)"


def test_no_run_no_numbers():
    assert counters_text(SimpleNamespace(latest=None)) == "Step — · epoch —"
