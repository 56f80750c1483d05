"""Autosave and crash recovery: unsaved edits reach a recovery file, saving removes it, and a file left by an app
that was killed is offered (and restored) at the next start."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from training_support import click_action, preset

from playground.ui import recovery
from playground.ui.document import Document
from playground.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, tmp_path):
    windows: list[MainWindow] = []

    def make(name: str = "xor-mlp") -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Document(preset(name)), settings, panel_classes=[])
        window.files.ask_save_changes = lambda: "discard"
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def _hidden_layers(window: MainWindow) -> int:
    return len(window.document.project.graph.nodes_of_kind("Dense"))


def test_unsaved_edits_are_autosaved_and_saving_removes_the_file(qtbot, make_window, tmp_path):
    window = make_window()
    folder = tmp_path / "autosaves"
    autosave = recovery.install(window, folder, interval_ms=50)
    qtbot.wait(200)
    assert not list(folder.glob("*.json"))  # nothing unsaved: nothing written

    layers = _hidden_layers(window)
    qtbot.mouseClick(window.quick_builder.add_layer_button, Qt.MouseButton.LeftButton)
    assert _hidden_layers(window) == layers + 1
    qtbot.waitUntil(autosave.path.exists, timeout=2000)
    record = json.loads(autosave.path.read_text(encoding="utf-8"))
    assert record["format"] == "nn-playground-recovery" and record["path"] is None
    assert sum(n["kind"] == "Dense" for n in record["project"]["graph"]["nodes"]) == layers + 1
    assert recovery.orphans(folder) == []  # this running app holds it: not offered to another one

    window.files.ask_save_path = lambda: tmp_path / "saved.json"
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "saved.json").exists() and not autosave.path.exists()  # saved: nothing left to recover


def test_a_pause_autosaves_at_once(qtbot, make_window, tmp_path):
    window = make_window()
    autosave = recovery.install(window, tmp_path / "autosaves")  # the timer is a minute away
    qtbot.mouseClick(window.quick_builder.add_layer_button, Qt.MouseButton.LeftButton)
    click_action(window, window.training_actions.play)
    qtbot.waitUntil(lambda: window.session.playing, timeout=5000)
    assert not autosave.path.exists()
    click_action(window, window.training_actions.play)  # pause
    qtbot.waitUntil(autosave.path.exists, timeout=5000)


def test_undoing_back_to_the_saved_state_removes_the_file(qtbot, make_window, tmp_path):
    window = make_window()
    autosave = recovery.install(window, tmp_path / "autosaves", interval_ms=50)
    qtbot.mouseClick(window.quick_builder.add_layer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(autosave.path.exists, timeout=2000)
    window.document.undo_stack.undo()
    assert not window.document.modified and not autosave.path.exists()


CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from playground.ui import app, recovery, startup_probe

    recovery.recovery_dir = lambda: __import__("pathlib").Path(sys.argv[1])
    shown = startup_probe.install_if_asked

    def edit_then_wait_to_be_killed(window):
        shown(window)
        QTimer.singleShot(0, lambda: edit(window))  # once run_app has installed the autosave

    def edit(window):
        window.recovery.timer.setInterval(100)
        window.quick_builder.add_layer_button.click()  # an unsaved edit
        def report():
            if window.recovery.path.exists():
                print("autosaved", flush=True)
            else:
                QTimer.singleShot(50, report)
        QTimer.singleShot(50, report)

    startup_probe.install_if_asked = edit_then_wait_to_be_killed
    app.run_app(["nn-playground", sys.argv[2]])
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_after_a_kill_the_next_start_offers_the_design_and_restores_it(qtbot, make_window, tmp_path, monkeypatch):
    folder = tmp_path / "autosaves"
    project_file = tmp_path / "lecture.json"
    project_file.write_text(preset("xor-mlp").to_json(), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(project_file)], env=env, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "autosaved"
        child.send_signal(signal.SIGKILL)  # no chance to clean up: as a crash or a power cut
        child.wait(timeout=30)
    assert recovery.orphans(folder)  # its lock died with it

    window = make_window()  # the next start
    layers = _hidden_layers(window)
    asked = []
    monkeypatch.setattr(recovery, "ask_restore", lambda w, name, saved_at: asked.append(name) or True)
    assert recovery.offer_restore(window, folder)
    assert asked == ["lecture.json"]
    assert _hidden_layers(window) == layers + 1  # the edit made before the kill is back
    assert window.document.path == project_file and window.document.modified  # still to be saved, where it was
    assert recovery.orphans(folder) == []  # offered once


def test_declining_removes_the_file_and_a_damaged_one_is_reported(qtbot, make_window, tmp_path, monkeypatch):
    folder = tmp_path / "autosaves"
    folder.mkdir()
    (folder / "a.json").write_text("{not json", encoding="utf-8")
    window = make_window()
    monkeypatch.setattr(recovery, "ask_restore", lambda *args: pytest.fail("a damaged file is not offered"))
    assert not recovery.offer_restore(window, folder)
    assert "recovery file cannot be read" in window.statusBar().currentMessage()
    assert not (folder / "a.json").exists()

    record = {"format": "nn-playground-recovery", "saved_at": 0, "path": None, "project": preset("xor-mlp").to_dict()}
    (folder / "b.json").write_text(json.dumps(record), encoding="utf-8")
    monkeypatch.setattr(recovery, "ask_restore", lambda *args: False)
    before = window.document.project.to_json()
    assert not recovery.offer_restore(window, folder)
    assert window.document.project.to_json() == before and not (folder / "b.json").exists()
