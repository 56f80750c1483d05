"""Early stopping: the run stops when the test loss has not improved for ``early_stop`` steps, with the best weights."""

from __future__ import annotations

import math

import pytest
import torch
from engine_helpers import mlp_project

from playground.engine.bundle import open_run, save_bundle
from playground.engine.train import Trainer
from playground.graph.settings import LIVE_TRAINING, TRAIN_PARAMS

EVERY = 10
"""Steps between two measurements, as the worker's periodic snapshots would take them."""


def overfitting_project(patience: int):
    """A wide MLP on few, very noisy points: the test loss falls, then rises as it learns the noise."""
    return mlp_project(
        "gaussians",
        hidden=(64, 64),
        data={"samples": 60, "noise": 1.0, "seed": 2},
        lr=0.01,
        batch_size=16,
        early_stop=patience,
    )


def run_until_stopped(trainer: Trainer, limit: int = 1000) -> list[tuple[int, float]]:
    """Step and measure every EVERY steps until it stops early (or ``limit``); the measured (step, test loss)."""
    seen = []
    trainer.record()
    seen.append((trainer.step_count, trainer.evaluate()["test_loss"]))
    while trainer.stopped_early is None and trainer.step_count < limit:
        trainer.step(EVERY)
        before = trainer.evaluate()["test_loss"]  # what record() measures before it may restore the best weights
        trainer.record()
        seen.append((trainer.step_count, before))
    return seen


def test_it_is_off_by_default_and_a_live_setting() -> None:
    spec = next(s for s in TRAIN_PARAMS if s.name == "early_stop")
    assert spec.default == 0 and spec.label == "Early stopping (patience)" and "early_stop" in LIVE_TRAINING
    trainer = Trainer(overfitting_project(0))
    run_until_stopped(trainer, limit=300)
    assert trainer.stopped_early is None and trainer.step_count == 300
    assert trainer.snapshot().early_stop_step is None


def test_it_stops_at_the_first_measurement_patience_steps_after_the_best() -> None:
    patience = 60
    trainer = Trainer(overfitting_project(patience))
    seen = run_until_stopped(trainer)
    assert trainer.stopped_early is not None, "the noisy set should overfit within 1000 steps"
    best_step, best_loss = min(seen, key=lambda row: row[1])
    assert trainer.stopped_early == best_step > 0
    last_step = seen[-1][0]
    assert last_step - best_step >= patience > seen[-2][0] - best_step  # it stopped at the first chance, not later
    # The best weights are back: the test loss is the lowest one measured, and the snapshot says where it was.
    assert trainer.evaluate()["test_loss"] == pytest.approx(best_loss, abs=1e-7)
    snap = trainer.snapshot()
    assert snap.early_stop_step == best_step and snap.test_loss == pytest.approx(best_loss, abs=1e-7)
    # Further steps do nothing until a reset.
    weights = [p.detach().clone() for p in trainer.model.parameters()]
    loss = trainer.step(50)
    assert math.isfinite(loss) and trainer.step_count == last_step
    assert all(torch.equal(a, b) for a, b in zip(weights, trainer.model.parameters(), strict=True))
    trainer.reset()
    assert trainer.stopped_early is None and trainer.step_count == 0
    trainer.step(5)
    assert trainer.step_count == 5


def test_patience_is_counted_in_steps_not_measurements() -> None:
    short, long = Trainer(overfitting_project(30)), Trainer(overfitting_project(200))
    run_until_stopped(short)
    run_until_stopped(long)
    assert short.stopped_early is not None and long.stopped_early is not None
    assert short.step_count < long.step_count


def test_turning_it_on_during_a_run_uses_what_was_measured_before() -> None:
    trainer = Trainer(overfitting_project(0))
    seen = run_until_stopped(trainer, limit=400)
    best_step = min(seen, key=lambda row: row[1])[0]
    assert 400 - best_step >= 100, "the run should be past its best by now"
    trainer.set_setting("early_stop", 100)
    trainer.step(EVERY)
    trainer.record()
    assert trainer.stopped_early == best_step


def test_a_bundle_keeps_the_early_stopping_state(tmp_path) -> None:
    project = overfitting_project(100)
    trainer = Trainer(project)
    trainer.record()
    for _ in range(6):  # measured, not yet stopped: the best weights so far must travel with the run
        trainer.step(EVERY)
        trainer.record()
    assert trainer.stopped_early is None
    save_bundle(project, trainer, tmp_path / "run.nnpz")
    _, again = open_run(tmp_path / "run.nnpz")
    assert again.early.best_step == trainer.early.best_step and again.early.best_loss == trainer.early.best_loss
    run_until_stopped(trainer)
    run_until_stopped(again)
    assert again.stopped_early == trainer.stopped_early is not None
    assert again.evaluate()["test_loss"] == pytest.approx(trainer.evaluate()["test_loss"], abs=1e-7)
    # A stopped run stays stopped when reopened.
    save_bundle(project, trainer, tmp_path / "stopped.nnpz")
    _, stopped = open_run(tmp_path / "stopped.nnpz")
    assert stopped.stopped_early == trainer.stopped_early
    steps = stopped.step_count
    stopped.step(10)
    assert stopped.step_count == steps
