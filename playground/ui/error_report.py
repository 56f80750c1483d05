"""The last line of defence: an exception nothing else caught is logged and shown, and the app keeps running.

PySide6 hands an exception raised in a slot or a Qt override to ``sys.excepthook``; ``install`` replaces it
with ``ErrorReporter.report``, which appends the traceback to ``errors.log`` in the app's data folder and shows
a dialog saying what happened, with **Copy details** for a bug report. While one dialog is open, further errors
(a paint handler failing on every frame) are only logged and counted in it. Exceptions in plain Python threads
(``threading.excepthook``) are logged too; the training worker reports its own errors as messages.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QStandardPaths, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from playground import __version__
from playground.ui.i18n import tr

LOG_LIMIT_BYTES = 1_000_000
"""The log is moved to ``errors.log.1`` (replacing an older one) when it grows past this."""


def log_dir() -> Path:
    """Where ``errors.log`` is written: ``logs`` in the app's data folder."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "logs"


def append_log(text: str, folder: Path | None = None) -> Path | None:
    """Append ``text`` with a time stamp to ``errors.log``; the log's path, or None if it cannot be written."""
    path = (folder or log_dir()) / "errors.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_LIMIT_BYTES:
            path.replace(path.with_name("errors.log.1"))
        with path.open("a", encoding="utf-8") as f:
            f.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} NN Playground {__version__}\n{text}\n")
    except OSError:
        return None
    return path


class ErrorReporter(QObject):
    """Logs uncaught exceptions and shows them over ``window`` (see module doc)."""

    thread_error = Signal(str)
    """A traceback from another thread (a QThread's slot, a plain thread), shown from the GUI thread."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        self.repeats = 0
        self.thread_error.connect(self._show)

    def report(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """``sys.excepthook``: log, then show (Ctrl+C in a terminal still ends the app)."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        print(details, file=sys.stderr, end="")
        if QThread.currentThread() is self.thread():
            self._show(details)
        else:  # a slot of a worker's QThread: widgets are made in the GUI thread only
            self.thread_error.emit(details)

    def report_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: the same, from a plain Python thread."""
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        print(details, file=sys.stderr, end="")
        self.thread_error.emit(details)  # queued into the GUI thread: widgets are made there only

    @Slot(str)
    def _show(self, details: str) -> None:
        log = append_log(details)
        if self.box is not None and self.box.isVisible():
            self.repeats += 1
            self.box.setInformativeText(tr("{n} more errors since; they are in the log too.", n=self.repeats))
            return
        self.repeats = 0
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Something went wrong"), "", parent=self.window)
        last = details.strip().splitlines()[-1] if details.strip() else ""
        where = tr("Details were saved to {path}.", path=log) if log else ""
        box.setText(
            tr("An unexpected error happened. The app is still running: save your design to be safe.")
            + f"\n\n{last}\n\n{where}"
        )
        box.setDetailedText(details)
        copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # an action button would close the box: copying keeps it open
        copy.clicked.connect(self._copy)
        box.addButton(QMessageBox.StandardButton.Close)
        self.box = box
        box.open()  # not exec(): the error's own handler returns at once, the lecture goes on

    @Slot()
    def _copy(self) -> None:
        if self.box is not None:
            QGuiApplication.clipboard().setText(f"NN Playground {__version__}\n{self.box.detailedText()}")

    @property
    def copy_button(self) -> QPushButton | None:
        """The open dialog's **Copy details** button."""
        if self.box is None:
            return None
        return next((b for b in self.box.buttons() if b.text() == tr("Copy details")), None)


def install(window: QWidget) -> ErrorReporter:
    """Catch every uncaught exception of the app (``sys``'s and ``threading``'s hooks) and report it over
    ``window``."""
    reporter = ErrorReporter(window)
    sys.excepthook = reporter.report
    threading.excepthook = reporter.report_thread
    return reporter
