"""Helpers for the live-training tests: windows with the real worker thread, clicks on the real controls."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from playground import resources_dir
from playground.graph import Project, read_project
from playground.ui.document import Document
from playground.ui.main_window import MainWindow

# The first snapshot needs torch imported and a Trainer built: generous, but only the first test pays.
START_MS = 20000


def preset(name: str) -> Project:
    return read_project(resources_dir() / "presets" / f"{name}.json")


def open_window(qtbot: Any, tmp_path: Any, name: str = "xor-mlp", size: tuple[int, int] = (1280, 800)) -> MainWindow:
    """The real window on the preset ``name``, shown, with throwaway settings and no save prompt on close."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(preset(name)), settings)
    window.files.ask_save_changes = lambda: "discard"
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_action(window: MainWindow, action: QAction) -> None:
    """Click the toolbar button of ``action`` with the mouse, as a user does."""
    button = window.training_toolbar.widgetForAction(action)
    assert button is not None and button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_tab(window: MainWindow, title: str) -> None:
    """Click the dock tab called ``title`` (tabified docks show a tab bar in the main window)."""
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.tabText(i) == title and bar.isVisible():
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 bar.tabRect(i).center())
                return
    raise AssertionError(f"no tab {title!r}")


def type_into(line_edit: QWidget, text: str) -> None:
    """Replace a line edit's text by typing, then press Enter."""
    line_edit.setFocus()
    QTest.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(line_edit, text)
    QTest.keyClick(line_edit, Qt.Key.Key_Return)


def trainer(window: MainWindow) -> Any:
    """The Trainer inside the worker (read-only peeks at plain values are safe across threads)."""
    return window.session.thread._worker._trainer


class RecordingPanel(QWidget):
    """A stand-in plot panel that counts what the session gives it."""

    title = "Recording"
    probes: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshots: list[Any] = []
        self.datasets: list[Any] = []
        self.cleared = 0

    def set_dataset(self, dataset: Any) -> None:
        self.datasets.append(dataset)

    def show_snapshot(self, snapshot: Any) -> None:
        self.snapshots.append(snapshot)

    def clear(self) -> None:
        self.cleared += 1


class BoundaryStandIn(RecordingPanel):
    title = "Boundary stand-in"
    probes = frozenset({"boundary"})


class GradStandIn(RecordingPanel):
    title = "Gradients stand-in"
    probes = frozenset({"grad_norms"})


class WeightStandIn(RecordingPanel):
    title = "Weights stand-in"
    probes = frozenset({"weights"})


def viewport_point(window: MainWindow, fx: float = 0.5, fy: float = 0.5) -> QPoint:
    rect = window.view.viewport().rect()
    return QPoint(int(rect.width() * fx), int(rect.height() * fy))


def once_the_app_runs(monkeypatch: Any, action: Callable[[MainWindow], None]) -> None:
    """Call ``action(window)`` from ``run_app``'s event loop, once its main window is shown. (A timer started
    before ``run_app`` would fire while its splash is painted, before the loop runs.)

    The action may close the window: while it runs, closing the last window posts no Quit event (one left
    queued after ``run_app`` returns would end the next test's waits at once, and every wait after them).
    """
    from playground.ui import startup_probe

    probe = startup_probe.install_if_asked  # run_app calls it right after showing the window

    def act(window: MainWindow) -> None:
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        try:
            action(window)
        finally:
            app.setQuitOnLastWindowClosed(True)

    def shown(window: MainWindow) -> None:
        probe(window)
        QTimer.singleShot(0, window, partial(act, window))

    monkeypatch.setattr(startup_probe, "install_if_asked", shown)
