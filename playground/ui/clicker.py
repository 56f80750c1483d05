"""Keyboard-only and presentation-remote control of training, and the dialog that lists the keys.

A presenter's remote ("clicker") sends PageDown / PageUp for its two big buttons and F5 for its
start button. They are added to the existing training actions (``TrainingActions``), so the
toolbar, the menu and the remote do the same thing. Keys the node editor uses (arrows, Delete,
Space panning, letters) are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from playground.ui.i18n import N_, tr

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

CLICKER_KEYS: dict[str, tuple[str, ...]] = {
    "play": ("PgDown", "F5"),
    "step": ("PgUp",),
    "epoch": ("Shift+PgUp",),
    "reset": ("Ctrl+R",),
}
"""Extra keys per training action (its name in ``TrainingActions``): the remote's buttons and Ctrl+R."""

_ALWAYS: tuple[tuple[str, str], ...] = (
    ("Space", N_("Play / Pause (a tap; hold and drag to pan the canvas)")),
    ("F11", N_("Presentation mode on / off")),
    ("Esc", N_("Leave presentation mode")),
    ("Ctrl+Left / Ctrl+Right", N_("Scrub back / forward through the run")),
    ("Ctrl+0", N_("Fit the design to the window")),
)


def add_clicker_keys(window: MainWindow) -> None:
    """Give the window's training actions the remote's keys too, keeping the keys they already have."""
    actions = window.training_actions
    for name, keys in CLICKER_KEYS.items():
        action: QAction = getattr(actions, name)
        existing = [k for k in action.shortcuts() if not k.isEmpty()]
        added = [QKeySequence(k) for k in keys if QKeySequence(k) not in existing]
        action.setShortcuts(existing + added)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for the training actions as they are now, then the window's other keys."""
    actions = window.training_actions
    rows = []
    for name, what in (
        ("play", N_("Play / Pause")),
        ("step", N_("One step")),
        ("epoch", N_("One epoch")),
        ("reset", N_("Reset the run")),
    ):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in getattr(actions, name).shortcuts()]
        rows.append((", ".join(keys), tr(what)))
    rows.extend((keys, tr(what)) for keys, what in _ALWAYS)
    return rows


class ShortcutsDialog(QDialog):
    """A table of the keys that drive training and the presentation, for a remote or the keyboard."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            tr("A presentation remote's buttons send PageDown, PageUp and F5: they play, step and pause training.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def texts(self) -> list[tuple[str, str]]:
        """The (keys, action) rows shown."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]
