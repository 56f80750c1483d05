"""Training → Device in the real window: the default, the saved preference, runs on the chosen device, and plain
messages for a device this computer lacks."""

from __future__ import annotations

import pytest
import torch
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolTip
from training_support import START_MS, click_action, preset

from playground.ui import device_choice, engine_warmup
from playground.ui.device_choice import SETTINGS_KEY, training_menu
from playground.ui.document import Document
from playground.ui.main_window import MainWindow

# A menu is a popup: the headless platform says it cannot grab the mouse and keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")
NO_CUDA = pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a CUDA GPU")


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Windows on a preset with one settings file per test (``settings`` lets a test pre-set a preference)."""
    settings_path = str(tmp_path / "settings.ini")
    windows: list[MainWindow] = []

    def make(name: str = "xor-mlp", saved: str | None = None) -> MainWindow:
        settings = QSettings(settings_path, QSettings.Format.IniFormat)
        if saved is not None:
            settings.setValue(SETTINGS_KEY, saved)
        window = MainWindow(Document(preset(name)), settings, panel_classes=[])
        window.files.ask_save_changes = lambda: "discard"
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(engine_warmup.engine_ready, timeout=START_MS)
        windows.append(window)
        return window

    yield make
    device_choice.apply_command_line(None)
    for window in windows:
        window.close()
        assert window.session.thread is None


def open_device_menu(qtbot, window: MainWindow) -> QMenu:
    """Pop the Device submenu up as the Training menu does (its aboutToShow checks the devices)."""
    menu = window.device_menu.menu
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    return menu


def choose(qtbot, window: MainWindow, choice: str) -> None:
    """Click the entry ``choice`` in the Device submenu with the mouse."""
    menu = open_device_menu(qtbot, window)
    action = window.device_menu.actions[choice]
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)


def test_the_training_menu_has_a_device_submenu_with_auto_checked(qtbot, make_window):
    window = make_window()
    training = training_menu(window)
    device_entry = window.device_menu.menu.menuAction()
    assert device_entry in training.actions() and device_entry.text() == "&Device"
    entries = list(window.device_menu.actions.values())
    assert [a.text() for a in entries] == ["&Auto", "&CPU", "CU&DA (NVIDIA GPU)", "&MPS (Apple GPU)"]
    assert [a.isChecked() for a in entries] == [True, False, False, False]
    assert all(a.toolTip() and a.statusTip() for a in entries)
    assert window.session.device == "auto"

    menu = open_device_menu(qtbot, window)
    actions = window.device_menu.actions
    assert window.device_menu.verified
    assert actions["auto"].isEnabled() and actions["cpu"].isEnabled()
    assert actions["cuda"].isEnabled() == torch.cuda.is_available()
    assert actions["mps"].isEnabled() == torch.backends.mps.is_available()
    if not torch.cuda.is_available():
        tip = actions["cuda"].statusTip()
        assert tip.startswith("CUDA is not available") and "CPU or Auto" in tip
        assert actions["cuda"].toolTip() == tip
        # Hovering tells why it is greyed: the tooltip event Qt sends after a hover (its timer is load-sensitive).
        where = menu.actionGeometry(actions["cuda"]).center()
        QTest.mouseMove(menu, where)
        QApplication.sendEvent(menu, QHelpEvent(QEvent.Type.ToolTip, where, menu.mapToGlobal(where)))
        qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == tip, timeout=5000)
        assert window.device_menu.found.text() == "Found on this computer: CPU"
    assert window.device_menu.found.isVisible() and not window.device_menu.found.isEnabled()
    menu.close()


def test_choosing_cpu_is_saved_and_the_next_run_trains_on_the_cpu(qtbot, make_window, monkeypatch):
    # torch lists a GPU that cannot start: Auto would send this sequence model there; CPU must keep it off.
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    window = make_window("sine-forecast-gru")
    choose(qtbot, window, "cpu")
    assert window.device_menu.actions["cpu"].isChecked() and not window.device_menu.actions["auto"].isChecked()
    assert window.settings.value(SETTINGS_KEY) == "cpu"
    assert window.statusBar().currentMessage() == "Training device: CPU"

    click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: window.session.latest is not None or bool(window.session.failure), timeout=START_MS)
    assert window.session.failure == ""
    assert window.session.latest.device == "cpu"

    again = make_window()  # the preference belongs to this computer: the next window starts with it
    assert again.device_menu.choice == "cpu" and again.session.device == "cpu"


@NO_CUDA
@pytest.mark.parametrize(
    ("cuda_build", "expected"),
    [(None, "the installed torch is a CPU-only build"), ("12.4", "this computer has no NVIDIA GPU")],
)
def test_a_saved_device_this_computer_lacks_stops_with_a_clear_message(
    qtbot, make_window, monkeypatch, cuda_build, expected
):
    monkeypatch.setattr(torch.version, "cuda", cuda_build)
    window = make_window(saved="cuda")  # chosen on another computer, with a GPU
    assert window.device_menu.choice == "cuda"
    click_action(window, window.training_actions.play)
    qtbot.waitUntil(lambda: bool(window.session.failure), timeout=START_MS)
    failure = window.session.failure
    assert expected in failure and "CPU or Auto as the training device" in failure
    assert "Traceback" not in failure and "unexpected error" not in failure
    assert window.statusBar().currentMessage().startswith("Training stopped: CUDA is not available")
    assert window.session.thread is None and not window.session.playing

    choose(qtbot, window, "auto")  # the advice works: Auto trains
    assert not window.device_menu.actions["cuda"].isEnabled()
    click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: window.session.latest is not None, timeout=START_MS)
    assert window.session.failure == "" and window.session.latest.device == "cpu"


def test_a_device_change_during_a_run_applies_at_the_next_reset(qtbot, make_window, monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)  # a listed GPU that fails to start
    window = make_window()
    choose(qtbot, window, "cpu")
    click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: window.session.latest is not None, timeout=START_MS)
    run = window.session.thread

    choose(qtbot, window, "cuda")
    assert "next Reset" in window.statusBar().currentMessage()
    click_action(window, window.training_actions.step)  # the run goes on where it is
    qtbot.waitUntil(lambda: window.session.latest.step == 2, timeout=START_MS)
    assert window.session.thread is run and window.session.failure == ""

    click_action(window, window.training_actions.reset)  # a new run, on the new device
    qtbot.waitUntil(lambda: bool(window.session.failure), timeout=START_MS)
    assert window.session.failure.startswith("the GPU (cuda) could not be started")
    assert window.session.failure.endswith("Choose CPU as the training device")


def test_the_command_line_choice_wins_for_this_session_without_being_saved(qtbot, make_window):
    device_choice.apply_command_line("cpu")
    window = make_window(saved="auto")
    assert window.device_menu.choice == "cpu" and window.session.device == "cpu"
    assert window.settings.value(SETTINGS_KEY) == "auto"
    click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: window.session.latest is not None, timeout=START_MS)
    assert window.session.latest.device == "cpu"
