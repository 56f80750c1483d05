"""What the desktop sees of the app: its icon and names, files it hands over (macOS FileOpen), the start-up probe."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from training_support import once_the_app_runs

import playground.ui.app as app_module
import playground.ui.main_window as main_window_module
from playground.graph import save_project
from playground.ui.files import starter_project


def test_run_app_sets_icon_and_names_and_opens_files_the_desktop_sends(qapp, monkeypatch, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(main_window_module, "default_settings", lambda: settings)
    monkeypatch.delenv("NN_PLAYGROUND_STARTUP_PROBE", raising=False)
    monkeypatch.setattr(app_module, "SENDS_FILE_OPEN", True)  # as on macOS
    project = starter_project()
    project.data["noise"] = 0.3
    path = tmp_path / "sent by finder.json"
    save_project(project, path)
    seen = {}

    def send_file_and_quit(window: main_window_module.MainWindow) -> None:
        QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
        seen["path"] = window.document.path
        seen["noise"] = window.document.project.data["noise"]
        window.close()
        QApplication.exit(0)

    once_the_app_runs(monkeypatch, send_file_and_quit)
    assert app_module.run_app(["nn-playground"]) == 0
    assert seen == {"path": path, "noise": 0.3}
    assert QApplication.applicationVersion() == "0.1.0"
    assert QApplication.desktopFileName() == "nn-playground"
    sizes = {size.width() for size in QApplication.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_startup_probe_prints_exposed_once_the_window_is_painted_and_quits(qapp, monkeypatch, tmp_path, capfd):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(main_window_module, "default_settings", lambda: settings)
    monkeypatch.setenv("NN_PLAYGROUND_STARTUP_PROBE", "1")
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(3))  # the probe must quit long before this
    guard.start(20_000)
    assert app_module.run_app(["nn-playground"]) == 0
    guard.stop()
    printed = [line for line in capfd.readouterr().out.splitlines() if line in ("splash", "exposed")]
    assert printed == ["splash", "exposed"]  # the splash is on screen first
    assert not any(w.objectName() == "splash" and w.isVisible() for w in QApplication.topLevelWidgets())
    for window in QApplication.topLevelWidgets():
        if isinstance(window, main_window_module.MainWindow):
            window.document.undo_stack.setClean()
            window.close()


def test_the_frozen_app_needs_no_system_libxcb_cursor_when_it_carries_one(monkeypatch, tmp_path):
    monkeypatch.setattr(app_module.ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(app_module.sys, "_MEIPASS", str(tmp_path), raising=False)
    x11 = {"DISPLAY": ":0"}
    assert app_module.missing_xcb_cursor(x11, "linux")  # a bundle without it: the system's is needed
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    assert not app_module.missing_xcb_cursor(x11, "linux")
