"""Live training in the window, with the real worker thread: Play/Pause, Step, Epoch, Reset, speed,
learning rate, divergence, Space, closing while training."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from training_support import START_MS, click, click_action, preset, trainer, type_into, viewport_point

from playground.ui.document import Document
from playground.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, tmp_path):
    windows: list[MainWindow] = []

    def make(project=None, panel_classes=None, size=(1280, 800)) -> MainWindow:
        settings = QSettings(str(tmp_path / f"settings{len(windows)}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Document(project or preset("xor-mlp")), settings, panel_classes=panel_classes)
        window.files.ask_save_changes = lambda: "discard"  # closing after an edit must not block on a dialog
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        qthread = window.session.thread._thread if window.session.thread else None
        window.close()
        assert window.session.thread is None
        assert qthread is None or not qthread.isRunning()


def _wait_step(qtbot, window, predicate, timeout=START_MS):
    session = window.session
    qtbot.waitUntil(lambda: session.latest is not None and predicate(session.latest.step), timeout=timeout)


def test_play_feeds_the_panels_and_pause_stops_within_200ms(qtbot, make_window):
    window = make_window()
    session, actions = window.session, window.training_actions
    loss_panel = next(p for p in session.panels() if p.title.startswith("Loss"))
    assert session.thread is None and len(loss_panel.train_curve.getData()[0] or []) == 0
    click_action(window, actions.play)
    _wait_step(qtbot, window, lambda s: s > 300)
    assert actions.play.text() == "Pause"
    # The curve grew from snapshots (panels draw a moment after a snapshot arrives: under load, not yet).
    qtbot.waitUntil(lambda: loss_panel.train_curve.getData()[0] is not None, timeout=5000)
    qtbot.waitUntil(lambda: len(loss_panel.train_curve.getData()[0]) > 2, timeout=5000)
    assert np.isfinite(loss_panel.train_curve.getData()[1]).all()
    boundary = session.latest.boundary
    assert boundary is not None and boundary.shape == (60, 60)  # the visible boundary panel's probe came along
    assert "Step" in window.training_toolbar.counters.text()
    qtbot.waitUntil(lambda: "steps/s" in window.training_toolbar.counters.text(), timeout=3000)

    with qtbot.waitSignal(session.thread.playing_changed, timeout=1000) as paused:
        sent = time.perf_counter()
        click_action(window, actions.play)
    assert paused.args == [False]
    assert time.perf_counter() - sent < 0.2
    assert actions.play.text() == "Play" and window.training_toolbar.state_label.text() == "paused"
    qtbot.wait(100)
    stopped_at = session.latest.step
    qtbot.wait(250)
    assert session.latest.step == stopped_at
    assert len(loss_panel.train_curve.getData()[0]) >= 2


def test_step_trains_one_batch_and_shift_space_one_epoch(qtbot, make_window):
    window = make_window()
    session = window.session
    click_action(window, window.training_actions.step)
    _wait_step(qtbot, window, lambda s: s == 1)
    assert not session.playing
    qtbot.wait(150)
    assert session.latest.step == 1  # exactly one batch, then it stays paused
    n_train = len(session.dataset.points_train)
    per_epoch = math.ceil(n_train / min(session.document.project.training["batch_size"], n_train))
    assert session.steps_per_epoch() == per_epoch
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    _wait_step(qtbot, window, lambda s: s == 1 + per_epoch, timeout=5000)
    assert session.latest.epoch == pytest.approx((1 + per_epoch) * trainer(window).batch_size / n_train)
    assert not session.playing


def test_reset_restores_the_seeded_weights(qtbot, make_window):
    window = make_window()
    session, actions = window.session, window.training_actions
    click_action(window, actions.reset)  # no run yet: Reset builds one, paused at step 0
    _wait_step(qtbot, window, lambda s: s == 0)
    first_loss = session.latest.train_loss
    click_action(window, actions.play)
    _wait_step(qtbot, window, lambda s: s > 100, timeout=5000)
    thread = session.thread
    click_action(window, actions.reset)
    qtbot.waitUntil(lambda: session.latest.step == 0 and not session.playing, timeout=3000)
    assert session.thread is thread  # the same run, re-initialised
    assert session.latest.train_loss == first_loss
    qtbot.wait(150)
    assert session.latest.step == 0  # Reset leaves the run paused


def test_diverging_loss_pauses_with_advice_and_the_app_stays_usable(qtbot, make_window):
    project = preset("xor-mlp")
    project.training.update(optimizer="sgd", lr=10.0)
    project.data.update(dataset="plane")
    project.graph.write_param(project.graph.nodes_of_kind("Output")[0].id, "task", "regression")
    window = make_window(project)
    session, panel = window.session, window.training_panel
    messages = []
    session.message.connect(messages.append)
    click_action(window, window.training_actions.play)
    qtbot.waitUntil(lambda: bool(session.failure), timeout=START_MS)
    assert not session.playing and window.training_actions.play.text() == "Play"
    text = panel.banner_text()
    assert "learning rate" in text and "clipping" in text and "normalisation" in text
    assert any(m.startswith("Training stopped") for m in messages)
    assert window.training_dock.isVisible()  # raised to show the advice
    assert window.training_toolbar.state_label.text() == "stopped"

    type_into(window.training_toolbar.lr_form.fields["lr"].text, "0.01")
    assert session.document.project.training["lr"] == 0.01
    click(panel.banner.primary)  # "Reset"
    qtbot.waitUntil(lambda: session.latest.step == 0 and not session.failure, timeout=3000)
    assert panel.banner_text() == ""
    click_action(window, window.training_actions.play)
    _wait_step(qtbot, window, lambda s: s > 200, timeout=5000)
    assert not session.failure and np.isfinite(session.latest.train_loss)


def test_learning_rate_changes_reach_the_running_trainer(qtbot, make_window):
    window = make_window()
    session = window.session
    click_action(window, window.training_actions.play)
    _wait_step(qtbot, window, lambda s: s > 10)
    type_into(window.training_toolbar.lr_form.fields["lr"].text, "0.2")
    qtbot.waitUntil(lambda: trainer(window).optimizer.param_groups[0]["lr"] == 0.2, timeout=2000)
    assert session.playing and not session.stale  # live: no reset needed
    assert window.training_panel.form.value("lr") == 0.2  # the dock's field follows the toolbar's
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: trainer(window).optimizer.param_groups[0]["lr"] == 0.03, timeout=2000)


def test_slow_motion_trains_a_few_steps_a_second_and_still_pauses_at_once(qtbot, make_window):
    window = make_window()
    session = window.session
    slider = window.training_toolbar.speed.slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Home)  # the slowest position
    assert window.training_toolbar.speed.value_label.text() == "2/s" and session.speed == 2
    click_action(window, window.training_actions.play)
    _wait_step(qtbot, window, lambda s: s >= 1)
    start = session.latest.step
    qtbot.wait(1100)
    assert 1 <= session.latest.step - start <= 4
    with qtbot.waitSignal(session.thread.playing_changed, timeout=1000):
        sent = time.perf_counter()
        click_action(window, window.training_actions.play)
    assert time.perf_counter() - sent < 0.2


def test_space_tap_toggles_play_but_space_drag_pans(qtbot, make_window):
    window = make_window()
    session, view = window.session, window.view
    # Through the window's QWindow, as the platform delivers keys and clicks (the toggle watches it there).
    handle = window.windowHandle()
    view.setFocus()
    QTest.keyClick(handle, Qt.Key.Key_Space)
    assert session.playing
    _wait_step(qtbot, window, lambda s: s > 0)
    QTest.keyClick(handle, Qt.Key.Key_Space)
    assert not session.playing

    scroll = view.horizontalScrollBar().value()
    QTest.keyPress(handle, Qt.Key.Key_Space)
    start, end = (view.viewport().mapTo(window, viewport_point(window, fx, 0.5)) for fx in (0.5, 0.3))
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(handle, end)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QTest.keyRelease(handle, Qt.Key.Key_Space)
    assert not session.playing  # the drag panned instead
    assert view.horizontalScrollBar().value() != scroll

    lr_text = window.training_toolbar.lr_form.fields["lr"].text
    lr_text.setFocus()
    QTest.keyClick(handle, Qt.Key.Key_Space)
    assert lr_text.text().endswith(" ")  # the field got the key
    assert not session.playing  # a space typed into a field is just a space


def test_closing_the_window_while_training_stops_the_thread(qtbot, make_window):
    window = make_window()
    click_action(window, window.training_actions.play)
    _wait_step(qtbot, window, lambda s: s > 0)
    qthread = window.session.thread._thread
    assert qthread.isRunning()
    window.close()
    assert not qthread.isRunning()
    assert window.session.thread is None


def test_new_project_discards_the_run(qtbot, make_window):
    window = make_window()
    click_action(window, window.training_actions.step)
    _wait_step(qtbot, window, lambda s: s == 1)
    qthread = window.session.thread._thread
    window.files.new()
    assert window.session.thread is None and window.session.latest is None
    assert not qthread.isRunning()
    assert window.training_toolbar.counters.text().startswith("Step —")


def test_reset_clears_the_panels_history(qtbot, make_window):
    window = make_window()
    session, actions = window.session, window.training_actions
    grads = next(p for p in session.panels() if p.title == "Gradients")
    loss = next(p for p in session.panels() if p.title.startswith("Loss"))
    assert grads in session.visible_panels() and loss in session.visible_panels()
    click_action(window, actions.play)
    qtbot.waitUntil(lambda: len(grads.history()) >= 3, timeout=START_MS)
    click_action(window, actions.reset)
    # At once, before the worker answers: no curve, no layer × time history from the old weights.
    assert len(grads.history()) == 0 and len(loss.train_curve.getData()[0] or []) == 0
    qtbot.waitUntil(lambda: session.latest.step == 0 and session.pending_draws() == 0, timeout=3000)
    qtbot.wait(100)
    assert len(grads.history()) == 0  # step 0: no gradients yet
    steps, _ = loss.train_curve.getData()
    assert list(steps) == [0]  # the curve starts over
    click_action(window, actions.step)
    qtbot.waitUntil(lambda: len(grads.history()) == 1, timeout=3000)


def test_a_missing_image_file_stops_play_with_the_reason(qtbot, make_window, tmp_path):
    """A project saved with the user's images, opened where the file is gone: a message, not a traceback."""
    project = preset("cnn-digits")
    gone = tmp_path / "gone.npz"
    project.data.update(dataset="user_images", path=str(gone), image_shape=[1, 28, 28], classes=10)
    window = make_window(project)
    session = window.session
    click_action(window, window.training_actions.play)
    qtbot.waitUntil(lambda: bool(session.failure), timeout=START_MS)
    assert session.failure.startswith("The data cannot be loaded") and "gone.npz" in session.failure
    assert not session.playing and session.thread is None
    assert "gone.npz" in window.training_panel.banner_text()
