"""Files the desktop hands to a running app: macOS sends a double-clicked document as a FileOpen event
(not on the command line), also while the app is starting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenForwarder(QObject):
    """Opens each FileOpen event's file in ``window`` through its FileActions (unsaved changes ask first)."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.FileOpen or not self._window.isVisible():  # type: ignore[attr-defined]
            return False  # a closed window opens nothing: the file is the next window's
        if isinstance(event, QFileOpenEvent) and event.file():
            self._window.files.open(Path(event.file()))  # type: ignore[attr-defined]
            return True
        return False
