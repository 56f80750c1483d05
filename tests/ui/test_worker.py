"""The training worker with its real QThread: commands in, latest snapshots out, clean stop."""

from __future__ import annotations

import sys
import time

import pytest

from playground import resources_dir
from playground.graph import read_project
from playground.ui.worker import Mailbox, TrainingThread


@pytest.fixture
def xor_project():
    return read_project(resources_dir() / "presets" / "xor-mlp.json")


@pytest.fixture
def run(qtbot, xor_project):
    threads = []

    def start(project=xor_project):
        thread = TrainingThread(project)
        threads.append(thread)
        return thread

    yield start
    for thread in threads:
        thread.stop()
        assert not thread._thread.isRunning()


def test_mailbox_keeps_only_the_latest():
    box = Mailbox()
    assert box.put(1) is True
    assert box.put(2) is False  # reader already nudged; the old item is replaced
    assert box.take() == 2
    assert box.take() is None


def test_first_snapshot_arrives_at_step_zero(qtbot, run):
    thread = run()
    qtbot.waitUntil(lambda: thread.latest is not None, timeout=10000)
    assert thread.latest.step == 0
    assert thread.latest.test_accuracy is not None


def test_play_streams_snapshots_and_pause_stops_within_200ms(qtbot, run):
    thread = run()
    qtbot.waitUntil(lambda: thread.latest is not None, timeout=10000)
    thread.send("set_probes", {"grad_norms", "boundary"})
    thread.send("play")
    qtbot.waitUntil(lambda: thread.latest.step > 200, timeout=10000)
    assert thread.latest.boundary is not None and thread.latest.boundary.shape == (60, 60)
    assert thread.latest.grad_norms
    with qtbot.waitSignal(thread.playing_changed, timeout=1000) as paused:
        sent = time.perf_counter()
        thread.send("pause")
    assert paused.args == [False]
    assert time.perf_counter() - sent < 0.2
    qtbot.wait(100)
    stopped_at = thread.latest.step
    qtbot.wait(200)
    assert thread.latest.step == stopped_at


def test_step_advances_exactly_one_batch_and_reset_restores_the_seeded_start(qtbot, run):
    thread = run()
    qtbot.waitUntil(lambda: thread.latest is not None, timeout=10000)
    start_loss = thread.latest.train_loss
    thread.send("step", 1)
    qtbot.waitUntil(lambda: thread.latest.step == 1, timeout=5000)
    thread.send("step", 5)
    qtbot.waitUntil(lambda: thread.latest.step == 6, timeout=5000)
    assert thread.latest.train_loss != start_loss
    thread.send("reset")
    qtbot.waitUntil(lambda: thread.latest.step == 0, timeout=5000)
    assert thread.latest.train_loss == start_loss


def test_invalid_design_reports_a_message(qtbot, run, xor_project):
    out = xor_project.graph.nodes_of_kind("Output")[0]
    xor_project.graph.pop_edge(xor_project.graph.in_edges(out.id)[0])
    thread = run(xor_project)
    with qtbot.waitSignal(thread.failed, timeout=10000) as failed:
        pass
    assert "has no input" in failed.args[0]


def test_a_torch_that_cannot_load_is_reported_not_a_silently_dead_thread(qtbot, run, monkeypatch):
    # A bundle missing a file torch needs at import (as a first frozen build was) fails the same way.
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` raises ModuleNotFoundError
    thread = run()
    with qtbot.waitSignal(thread.failed, timeout=10000) as failed:
        pass
    assert failed.args[0].startswith("The training engine (torch) could not be loaded: ModuleNotFoundError")


def test_diverging_loss_stops_with_advice(qtbot, run, xor_project):
    xor_project.training.update(optimizer="sgd", lr=10.0)
    xor_project.data.update(dataset="plane")
    xor_project.graph.write_param(xor_project.graph.nodes_of_kind("Output")[0].id, "task", "regression")
    thread = run(xor_project)
    qtbot.waitUntil(lambda: thread.latest is not None, timeout=10000)
    with qtbot.waitSignal(thread.failed, timeout=10000) as failed:
        thread.send("play")
    assert "smaller learning rate" in failed.args[0] and "went non-finite first" in failed.args[0]


def test_stop_while_playing_ends_the_thread(qtbot, run):
    thread = run()
    thread.send("play")
    qtbot.waitUntil(lambda: thread.latest is not None and thread.latest.step > 0, timeout=10000)
    thread.stop()
    assert not thread._thread.isRunning()
    thread.stop()  # twice is harmless


def test_probe_options_reach_the_trainer(qtbot, run):
    thread = run(read_project(resources_dir() / "presets" / "cnn-digits.json"))
    qtbot.waitUntil(lambda: thread.latest is not None, timeout=20000)
    thread.send("set_probes", {"feature_maps"})
    thread.send("set_options", {"sample": 7})
    qtbot.waitUntil(lambda: thread.latest.feature_sample == 7, timeout=10000)
    assert thread.latest.feature_maps


def test_an_image_model_measures_its_data_less_often_than_it_sends_filters(qtbot, run):
    """Measuring a CNN on its test set costs far more than copying its filters: the filters move between points
    of the loss curve instead of waiting for them."""
    thread = run(read_project(resources_dir() / "presets" / "cnn-digits.json"))
    qtbot.waitUntil(lambda: thread.latest is not None, timeout=20000)
    thread.send("set_probes", {"filters"})
    seen: list[tuple[int, int]] = []
    thread.snapshot.connect(lambda snap: seen.append((snap.step, len(snap.history))))
    thread.send("play")
    qtbot.waitUntil(lambda: len({h for _, h in seen}) >= 2 and len(seen) >= 6, timeout=30000)
    thread.send("pause")
    assert len({h for _, h in seen}) < len({s for s, _ in seen})  # more distinct steps than loss points


def test_a_recurrent_model_sends_its_gradients_through_time_less_often_than_its_predictions(qtbot, run):
    """Gradients through time unroll the LSTM step by step (~0.1 s): the other panels must not wait for them.
    Snapshots between two computations carry the latest gradients, so the panel never goes blank."""
    thread = run(read_project(resources_dir() / "presets" / "lstm-memory.json"))
    qtbot.waitUntil(lambda: thread.latest is not None, timeout=20000)
    thread.send("set_probes", {"sequence", "hidden_grads"})
    qtbot.waitUntil(lambda: bool(thread.latest.hidden_grads) and thread.latest.sequence is not None, timeout=10000)
    seen: list[tuple[int, int]] = []
    thread.snapshot.connect(lambda snap: seen.append((snap.step, id(next(iter(snap.hidden_grads.values()))))))
    thread.send("play")
    qtbot.waitUntil(lambda: len(seen) >= 12, timeout=30000)
    thread.send("pause")
    steps, gradients = {s for s, _ in seen}, {g for _, g in seen}
    assert len(gradients) < len(steps)  # the same gradients object carried by several snapshots
    qtbot.wait(300)  # the snapshot sent on pause
    paused_at = thread.latest.step
    thread.send("step", 1)  # a command gets everything anew
    qtbot.waitUntil(lambda: thread.latest.step == paused_at + 1, timeout=10000)
    assert id(next(iter(thread.latest.hidden_grads.values()))) not in gradients
