"""Starting the app: the missing-libxcb-cursor check, the starter project, a project argument."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from training_support import once_the_app_runs

import playground.ui.app as app_module
import playground.ui.main_window as main_window_module
from playground.graph import save_project
from playground.ui.files import new_project, starter_project


def test_missing_xcb_cursor_detection(monkeypatch):
    monkeypatch.setattr(app_module.ctypes.util, "find_library", lambda name: None)
    x11 = {"DISPLAY": ":0"}
    assert app_module.missing_xcb_cursor(x11, "linux")
    assert app_module.missing_xcb_cursor({**x11, "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not app_module.missing_xcb_cursor({**x11, "QT_QPA_PLATFORM": "wayland"}, "linux")
    assert not app_module.missing_xcb_cursor({}, "linux")  # no X display: Qt will not load xcb
    assert not app_module.missing_xcb_cursor(x11, "win32")
    monkeypatch.setattr(app_module.ctypes.util, "find_library", lambda name: "libxcb-cursor.so.0")
    assert not app_module.missing_xcb_cursor(x11, "linux")


def test_run_app_says_which_package_is_missing_instead_of_aborting(monkeypatch, capsys):
    monkeypatch.setattr(app_module, "missing_xcb_cursor", lambda: True)
    assert app_module.run_app(["nn-playground"]) == 1
    assert "sudo apt-get install libxcb-cursor0" in capsys.readouterr().err


def test_starter_and_new_projects_are_valid_designs():
    starter = starter_project()
    assert starter.check().ok
    kinds = [n.kind for n in starter.graph.nodes.values()]
    assert kinds[0] == "Input" and kinds[-1] == "Output" and "Dense" in kinds
    fresh = new_project()
    assert [n.kind for n in fresh.graph.nodes.values()] == ["Input", "Output"]


def test_run_app_opens_the_project_argument_and_exits_with_the_app_code(qapp, monkeypatch, tmp_path):
    # Never touch the user's settings from a test.
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(main_window_module, "default_settings", lambda: settings)
    project = starter_project()
    project.data["noise"] = 0.4
    path = tmp_path / "lecture.json"
    save_project(project, path)
    seen = {}

    def inspect_and_quit(window: main_window_module.MainWindow) -> None:
        seen["title"] = window.windowTitle()
        seen["noise"] = window.document.project.data["noise"]
        window.close()
        QApplication.exit(0)

    once_the_app_runs(monkeypatch, inspect_and_quit)
    assert app_module.run_app(["nn-playground", str(path)]) == 0
    assert seen == {"title": "lecture.json[*] — NN Playground", "noise": 0.4}
    assert QApplication.organizationName() == "NN Playground"
    assert QApplication.applicationName() == "nn-playground"
