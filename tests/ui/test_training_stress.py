"""What a nervous lecturer does to a running network: opening other projects mid-run, Reset pressed over and over
while it trains, the learning rate changed a thousand times in a row (about 800 a second here), closing at once
after Play. Nothing may crash, deadlock, leave a thread behind or make Qt complain that a running QThread was
destroyed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from training_support import START_MS, click_action, preset, trainer

from playground import resources_dir
from playground.ui.document import Document
from playground.ui.main_window import MainWindow

PRESETS = resources_dir() / "presets"


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(preset("xor-mlp")), settings)
    window.files.ask_save_changes = lambda: "discard"
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    assert window.session.thread is None


def _training(qtbot, window, past: int = 0) -> None:
    session = window.session
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step > past, timeout=START_MS)


def _no_thread_complaints(qtlog) -> None:
    texts = [record.message for record in qtlog.records]
    assert not [t for t in texts if "QThread" in t or "Destroyed while" in t], texts


def test_opening_other_projects_while_training_replaces_the_run_each_time(qtbot, window, qtlog):
    threads_before = threading.active_count()
    for name in ("spiral-deep", "xor-mlp", "cnn-digits", "xor-mlp"):
        click_action(window, window.training_actions.play)
        _training(qtbot, window)
        running = window.session.thread._thread
        window.files.ask_open_path = lambda name=name: PRESETS / f"{name}.json"
        window.view.setFocus()
        QTest.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # File → Open
        assert window.document.path == (PRESETS / f"{name}.json").resolve()
        assert window.session.thread is None and not running.isRunning()  # the old run stopped at once
    click_action(window, window.training_actions.play)
    _training(qtbot, window)
    assert not window.session.failure
    assert threading.active_count() <= threads_before + 1  # no thread left behind by the four runs
    _no_thread_complaints(qtlog)


def test_reset_pressed_again_and_again_while_training_keeps_a_working_run(qtbot, window, qtlog):
    session, actions = window.session, window.training_actions
    click_action(window, actions.play)
    _training(qtbot, window, past=20)
    for _ in range(25):
        click_action(window, actions.reset)
        if not session.playing:
            click_action(window, actions.play)
        qtbot.wait(10)
    click_action(window, actions.reset)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == 0, timeout=START_MS)
    click_action(window, actions.play)
    _training(qtbot, window, past=20)  # a fresh run trains from step 0 again
    assert not session.failure and session.thread._thread.isRunning()
    _no_thread_complaints(qtlog)


def test_a_thousand_learning_rate_changes_in_a_row_reach_the_trainer_and_training_goes_on(qtbot, window):
    session = window.session
    click_action(window, window.training_actions.play)
    _training(qtbot, window, past=5)
    document = window.document
    for i in range(1000):  # as fast as the GUI thread can: far faster than any hand
        document.set_setting("training", "lr", round(0.001 + 0.0001 * (i % 500), 4))
    document.set_setting("training", "lr", 0.05)
    step = session.latest.step
    qtbot.waitUntil(lambda: trainer(window).optimizer.param_groups[0]["lr"] == 0.05, timeout=5000)
    _training(qtbot, window, past=step + 50)
    assert session.playing and not session.failure
    assert window.training_toolbar.lr_form.fields["lr"].text.text() == "0.05"


def test_closing_right_after_play_before_the_first_step_stops_cleanly(qtbot, tmp_path, qtlog):
    for _ in range(3):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Document(preset("cnn-digits")), settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        click_action(window, window.training_actions.play)  # the worker is still building the network
        thread = window.session.thread._thread
        window.close()
        assert window.session.thread is None and not thread.isRunning()
    _no_thread_complaints(qtlog)
