"""Scrubbing back through training: the decimated snapshot history, and the slider that shows an older snapshot
in every visible panel (the real window, the real worker) until Live, Play, Step or Reset."""

from __future__ import annotations

import hashlib
import random
from dataclasses import fields, is_dataclass

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar
from training_support import START_MS, click, click_action, open_window

from playground.engine.snapshot import GanView, Histogram, Snapshot
from playground.graph import Project
from playground.ui.plots import PANEL_CLASSES
from playground.ui.plots.boundary import BoundaryPanel
from playground.ui.plots.loss import LossPanel
from playground.ui.scrub import MAX_ENTRIES, SnapshotHistory, snapshot_nbytes
from playground.ui.session import run_fingerprint


def fake(step: int, nbytes: int = 800) -> Snapshot:
    """A snapshot at ``step`` whose boundary grid takes ``nbytes``."""
    return Snapshot(step, step / 10, 0.5, 0.5, None, None, boundary=np.zeros(nbytes // 8, np.float64))


# --- the history, without widgets ---------------------------------------------------------------


def test_decimation_covers_the_whole_run_evenly_within_the_entry_limit():
    history = SnapshotHistory()
    rng = random.Random(3)
    step = 0
    for _ in range(10_000):
        history.record(fake(step))
        assert len(history) <= MAX_ENTRIES
        last = step
        step += rng.randint(1, 20)  # snapshots arrive at uneven steps, as they do while playing
    steps = history.steps()
    assert steps[0] == 0 and steps[-1] == last  # the first and the newest are always kept
    assert len(steps) >= MAX_ENTRIES // 2  # thinning halves, it does not throw the run away
    gaps = np.diff(steps[:-1])  # the newest is kept whatever its distance to the one before
    # Roughly even: every gap between one and two strides, so no stretch of the run is much thinner than another.
    assert history.stride <= gaps.min() and gaps.max() < 2 * history.stride
    assert steps == sorted(set(steps))


def test_byte_budget_holds_and_keeps_first_and_newest():
    budget = 20 * 2**20
    history = SnapshotHistory(max_bytes=budget)
    for step in range(0, 3000, 3):
        history.record(fake(step, nbytes=2**20))
        assert history.nbytes <= budget
        assert history.nbytes == sum(history[i].nbytes for i in range(len(history)))
    assert history.steps()[0] == 0 and history.steps()[-1] == 2997
    assert 10 <= len(history) <= 20  # 1 MB each: between half the budget and all of it


def test_a_step_backwards_starts_over_and_the_same_step_replaces_the_newest():
    history = SnapshotHistory()
    for step in range(5):
        history.record(fake(step))
    again = fake(4)
    history.record(again)
    assert history.steps() == [0, 1, 2, 3, 4] and history[-1].snapshot is again
    history.record(fake(0))  # a reset: the run starts again at step 0
    assert history.steps() == [0] and history.stride == 1
    history.clear()
    assert len(history) == 0 and history.nbytes == 0


def test_nbytes_counts_nested_arrays_once():
    shared = np.zeros(100, np.float32)  # 400 bytes
    snap = fake(1, nbytes=80)
    snap.activation_hist = {"a": Histogram(shared, np.zeros(11, np.float32)), "b": Histogram(shared, shared)}
    snap.neuron_maps = {"h": np.zeros((2, 3, 3), np.float64)}
    snap.gan = GanView(
        *(np.zeros((4, 2), np.float32),) * 3,
        np.zeros((2, 2), np.float32),
        (0, 1, 0, 1),
        np.zeros((3, 4)),
        0.0,
        0.5,
        0.5,
    )
    history_bytes = snap.history.nbytes
    assert snapshot_nbytes(snap) == 80 + 400 + 44 + 144 + 32 + 16 + 96 + history_bytes


def test_run_fingerprint_includes_the_variants():
    project = Project()
    before = run_fingerprint(project)
    project.variants = [{"label": "lr 0.1", "training": {"optimizer": "sgd"}}]
    assert run_fingerprint(project) != before


# --- panels never change what they draw ---------------------------------------------------------


def _digest(value: object, out: hashlib._Hash) -> None:
    if isinstance(value, np.ndarray):
        out.update(str((value.shape, value.dtype)).encode())
        out.update(np.ascontiguousarray(value).tobytes())
    elif isinstance(value, dict):
        for k, v in value.items():
            out.update(str(k).encode())
            _digest(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _digest(v, out)
    elif is_dataclass(value):
        for f in fields(value):
            _digest(getattr(value, f.name), out)
    else:
        out.update(repr(value).encode())


def digest(snapshot: Snapshot) -> str:
    out = hashlib.sha1()
    _digest(snapshot, out)
    return out.hexdigest()


@pytest.mark.parametrize("name", ["xor-mlp", "cnn8", "char12", "gan"])
def test_no_panel_changes_the_snapshots_it_draws(qtbot, name):
    from plots_support import run

    taken = run(name, 40)
    before = [digest(s) for s in taken.snapshots]
    for cls in PANEL_CLASSES:
        panel = cls()
        qtbot.addWidget(panel)
        panel.set_dataset(taken.dataset)
        for snapshot in [*taken.snapshots, *reversed(taken.snapshots)]:  # forward, then scrubbed back
            panel.show_snapshot(snapshot)
    assert [digest(s) for s in taken.snapshots] == before


# --- the window ----------------------------------------------------------------------------------


def _panel(window, cls):
    return next(p for p in window.session.visible_panels() if isinstance(p, cls))


def _step_and_wait(qtbot, window, step: int) -> None:
    click_action(window, window.training_actions.step)
    session = window.session
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == step, timeout=START_MS)
    qtbot.waitUntil(lambda: session.pending_draws() == 0, timeout=2000)


def _drawn(window) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The boundary heatmap, the train loss curve's points, the first hidden layer's neuron strip on the canvas."""
    boundary, loss = _panel(window, BoundaryPanel), _panel(window, LossPanel)
    x, y = loss.train_curve.getData()
    strip = next(iter(window.live_canvas.strips.values()))
    return boundary.heat.image.copy(), np.vstack([x, y]), strip.pixels.copy()


def _assert_drawn(window, expected) -> None:
    for got, want in zip(_drawn(window), expected, strict=True):
        np.testing.assert_array_equal(got, want)


def test_scrubbing_back_shows_an_older_snapshot_everywhere_until_live(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    session, bar = window.session, window.scrub_bar
    toolbar = window.findChild(QToolBar, "scrub_toolbar")
    assert toolbar is not None and toolbar.isVisible() and toolbar.toggleViewAction() in window.view_menu.actions()
    assert not bar.slider.isEnabled()  # no run yet
    _step_and_wait(qtbot, window, 1)
    at_step_1 = _drawn(window)
    _step_and_wait(qtbot, window, 2)
    _step_and_wait(qtbot, window, 3)
    newest = _drawn(window)
    assert not np.array_equal(newest[0], at_step_1[0])  # training changed the boundary
    steps = session.history.steps()
    assert steps in ([0, 1, 2, 3], [1, 2, 3])  # the step-0 snapshot is skipped when step 1 overtakes it
    at_1, last = steps.index(1), len(steps) - 1
    assert bar.slider.isEnabled() and bar.slider.maximum() == last and bar.slider.value() == last
    assert not bar.banner.isVisible() and not bar.live_button.isEnabled()

    bar.slider.setFocus()
    QTest.keyClick(bar.slider, Qt.Key.Key_Home)
    for _ in range(at_1):
        QTest.keyClick(bar.slider, Qt.Key.Key_Right)
    assert bar.slider.value() == at_1 and bar.scrubber.viewed is session.history[at_1].snapshot
    _assert_drawn(window, at_step_1)  # boundary, loss curve up to step 1, and the canvas's maps
    assert bar.banner.isVisible() and "Viewing step 1 of 3" in bar.banner.text()
    assert bar.label.text().startswith("Step 1 · epoch")
    assert all("step 1" in d.windowTitle() for d in window.panel_docks if d.isVisible())

    click(bar.live_button)
    _assert_drawn(window, newest)
    assert bar.slider.value() == last and not bar.banner.isVisible()
    assert not any("step" in d.windowTitle() for d in window.panel_docks)

    window.activateWindow()
    QTest.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # Scrub Back
    QTest.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert bar.slider.value() == at_1
    _assert_drawn(window, at_step_1)
    QTest.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # Back to Live
    assert not bar.scrubber.viewing
    _assert_drawn(window, newest)

    bar.slider.setValue(0)  # a drag to the far left
    assert bar.scrubber.viewing
    grab = window.grab()
    assert grab.save("/tmp/scrub.png") or True  # a picture for the eye; the asserts above are the test
    _step_and_wait(qtbot, window, 4)  # Step trains on from the newest and shows it
    assert not bar.scrubber.viewing and bar.slider.value() == last + 1

    bar.slider.setValue(at_1)
    assert bar.scrubber.viewing
    click_action(window, window.training_actions.play)  # Play returns to live at once
    assert not bar.scrubber.viewing and not bar.slider.isEnabled()
    click_action(window, window.training_actions.play)  # pause
    qtbot.waitUntil(lambda: not session.playing, timeout=2000)
    click_action(window, window.training_actions.reset)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == 0, timeout=START_MS)
    assert session.history.steps() == [0] and not bar.slider.isEnabled()
    window.close()
    assert len(session.history) == 0
