"""Autosave and crash recovery: a design with unsaved changes is never lost to a crash, a kill or a power cut.

While the app runs, ``Recovery`` writes the open design to a recovery file every ``AUTOSAVE_MS`` (and when
training pauses) if it has unsaved changes that are not written yet; the file goes when the design is saved or
the changes are discarded, and when the app quits normally. Each running app holds a ``QLockFile`` beside its
recovery file: a file whose lock nobody holds any more (Qt checks that the process that took it is gone) is
left over from a session that ended abnormally, and the next start offers to restore it (``offer_restore``).

The files live in the user's data folder (``recovery_dir``), never beside the project: a read-only or network
folder must not stop the autosave. Writes are atomic (``atomic_write``); a failed one is retried at the next
tick and never interrupts the lecture. Only the design and its settings are saved, not the trained weights.
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Slot
from PySide6.QtWidgets import QMessageBox

from playground.graph import Project, ProjectError
from playground.graph.project import atomic_write, project_from_dict
from playground.ui.i18n import tr

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

AUTOSAVE_MS = 60_000
FORMAT = "nn-playground-recovery"


def recovery_dir() -> Path:
    """The folder of recovery files: ``recovery`` in the app's data folder (``~/.local/share/NN Playground/
    nn-playground`` on Linux, the AppData folder on Windows, Application Support on macOS)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path.with_suffix(".lock")))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long a lecture runs
    return lock


class Recovery(QObject):
    """Autosaves ``window``'s document into ``folder`` (see module doc); ``discard`` removes its file."""

    def __init__(self, window: MainWindow, folder: Path, interval_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.folder = folder
        self.path = folder / f"{uuid.uuid4().hex}.json"
        self._lock: QLockFile | None = None
        self._written = ""
        """The project JSON in the recovery file now ("" when there is none)."""
        self._playing = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        self.document.file_changed.connect(self._on_file_changed)
        window.session.state_changed.connect(self._on_training_state)

    def autosave(self) -> bool:
        """Write the design if it has unsaved changes not written yet; True if the recovery file is current."""
        if not self.document.modified:
            self.discard()
            return True
        project = self.document.project.to_dict()
        text = json.dumps(project, sort_keys=True)
        if text == self._written:
            return True
        record = {
            "format": FORMAT,
            "saved_at": time.time(),
            "path": str(self.document.path) if self.document.path else None,
            "project": project,
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if self._lock is None:
                lock = _lock(self.path)
                if not lock.tryLock(0):
                    return False
                self._lock = lock
            atomic_write(self.path, json.dumps(record).encode("utf-8"))
        except OSError:
            return False  # a full disk or a read-only home: try again at the next tick, never interrupt
        self._written = text
        return True

    def discard(self) -> None:
        """Remove this session's recovery file (the design was saved, its changes discarded, or the app quits)."""
        if not self._written and self._lock is None:
            return
        self.path.unlink(missing_ok=True)
        self._written = ""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    @Slot()
    def _on_file_changed(self) -> None:
        if not self.document.modified:  # saved, or undone back to the saved state
            self.discard()

    @Slot()
    def _on_training_state(self) -> None:
        playing = self.window.session.playing
        if self._playing and not playing:  # a pause is a natural moment: the edits before it are kept now
            self.autosave()
        self._playing = playing


def orphans(folder: Path) -> list[Path]:
    """Recovery files in ``folder`` that no running app holds, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.json"):
        lock = _lock(path)
        if lock.tryLock(0):  # nobody holds it: the app that wrote it is gone
            lock.unlock()
            found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def read_recovery(path: Path) -> tuple[Project, Path | None, float]:
    """The project in recovery file ``path``, its original file (None if untitled) and when it was written.
    Raises ``ProjectError`` for a damaged file."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ProjectError([tr("the recovery file cannot be read: {reason}", reason=e)]) from None
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise ProjectError([tr("the recovery file cannot be read: {reason}", reason=tr("not a recovery file"))])
    project = project_from_dict(record.get("project"))
    original = record.get("path")
    saved_at = record.get("saved_at")
    return (
        project,
        Path(original) if isinstance(original, str) and original else None,
        float(saved_at) if isinstance(saved_at, (int, float)) else path.stat().st_mtime,
    )


def remove(path: Path) -> None:
    """Delete a recovery file and its lock."""
    path.unlink(missing_ok=True)
    path.with_suffix(".lock").unlink(missing_ok=True)


def ask_restore(window: MainWindow, name: str, saved_at: float) -> bool:
    """Ask whether to restore the design ``name`` autosaved at ``saved_at``."""
    when = datetime.fromtimestamp(saved_at).strftime("%Y-%m-%d %H:%M")
    answer = QMessageBox.question(
        window,
        tr("Restore unsaved work?"),
        tr(
            "NN Playground did not close properly last time. The design “{name}” has changes that were not "
            "saved (autosaved {when}).\n\nRestore it?",
            name=name,
            when=when,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_restore(window: MainWindow, folder: Path) -> bool:
    """Offer the newest left-over recovery file in ``folder``; True if its design was restored. Restored or
    declined, that file goes; a damaged one goes with a message in the status bar."""
    for path in orphans(folder):
        try:
            project, original, saved_at = read_recovery(path)
        except ProjectError as e:
            remove(path)
            window.show_message(str(e))
            continue
        name = original.name if original else tr("Untitled")
        restore = ask_restore(window, name, saved_at)
        if restore:
            window.document.set_project(project, original)
            window.document.undo_stack.resetClean()  # unsaved, as it was: closing asks to save it
        remove(path)
        return restore
    return False


def install(window: MainWindow, folder: Path | None = None, interval_ms: int = AUTOSAVE_MS) -> Recovery:
    """Autosave ``window``'s design into ``folder`` (default ``recovery_dir()``)."""
    recovery = Recovery(window, folder or recovery_dir(), interval_ms)
    window.recovery = recovery
    return recovery


__all__ = ["AUTOSAVE_MS", "Recovery", "install", "offer_restore", "orphans", "read_recovery", "recovery_dir"]

