"""An exception no handler caught is logged and shown with "Copy details", and the app keeps working."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from playground.ui import error_report

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook is what is tested


class Faulty(QWidget):
    """A window whose button's slot fails, as a bug in any slot would."""

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("fail", self)
        self.button.clicked.connect(self.fail)
        self.count = QPushButton("count", self)
        self.count.clicked.connect(self.add)
        self.clicks = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.button)
        layout.addWidget(self.count)

    def fail(self) -> None:
        raise ValueError("the slot's bug")

    def add(self) -> None:
        self.clicks += 1


@pytest.fixture
def faulty(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    window = Faulty()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reporter = error_report.install(window)
    return window, reporter


def test_an_error_in_a_slot_is_logged_and_shown_and_the_app_goes_on(qtbot, faulty, tmp_path):
    window, reporter = faulty
    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)
    box = reporter.box
    assert box is not None and box.isVisible()
    assert "ValueError: the slot's bug" in box.text() and "still running" in box.text()
    assert "def fail" not in box.text() and "raise ValueError" in box.detailedText()
    log = (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")
    assert "ValueError: the slot's bug" in log and "NN Playground" in log

    qtbot.mouseClick(reporter.copy_button, Qt.MouseButton.LeftButton)
    assert "raise ValueError" in QGuiApplication.clipboard().text()
    assert box.isVisible()  # copying does not close it

    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)  # again, while the dialog is open: counted
    assert reporter.box is box and "1 more errors" in box.informativeText()
    assert (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8").count("the slot's bug") >= 2

    box.close()
    qtbot.mouseClick(window.count, Qt.MouseButton.LeftButton)
    assert window.clicks == 1  # the window still works


def test_an_error_in_a_plain_thread_is_shown_too(qtbot, faulty, tmp_path):
    window, reporter = faulty

    def broken() -> None:
        raise RuntimeError("background bug")

    thread = threading.Thread(target=broken)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible(), timeout=2000)
    assert "RuntimeError: background bug" in reporter.box.text()
    reporter.box.close()


class Worker(QObject):
    """A QThread worker whose slot fails: PySide6 calls the excepthook in that thread."""

    def fail(self) -> None:
        raise KeyError("worker bug")


def test_an_error_in_a_qthread_slot_is_shown_from_the_gui_thread(qtbot, faulty):
    window, reporter = faulty
    thread = QThread()
    worker = Worker()
    worker.moveToThread(thread)
    thread.started.connect(worker.fail)
    thread.start()
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible(), timeout=2000)
    assert "KeyError: 'worker bug'" in reporter.box.text()
    assert reporter.box.thread() is window.thread()
    thread.quit()
    thread.wait()
    reporter.box.close()
