"""File → Export: pictures of the panels, the metric history, the trained model and the run with its weights.

The window asks where to write; what is written comes from the panels (pictures), the newest snapshot
(history), or the training worker, which owns the trained model (model files and run bundles are written
in the worker thread, and the result comes back as a message).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from playground.ui import plot_export

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow


class ExportActions(QObject):
    """The export commands of one window (menu entries built by ``add_to``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def add_to(self, menu: QMenu) -> None:
        """Add the export entries to the File menu."""
        export = menu.addMenu("&Export")
        self.plots_action = export.addAction("Plots as Images (PNG and SVG)…")
        self.plots_action.setToolTip("Save every shown panel as a PNG picture and an SVG drawing, for slides")
        self.plots_action.triggered.connect(self.export_plots)
        self.history_action = export.addAction("Metric History (CSV)…")
        self.history_action.setToolTip("Save the loss history of the run as a table (step, train, test)")
        self.history_action.triggered.connect(self.export_history)
        export.setToolTipsVisible(True)

    # --- where to write (tests replace these) ------------------------------------------------

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self.window, "Save the plots into a folder", self._start_dir())

    def ask_save_path(self, title: str, name: str, filter_: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(self._start_dir()) / name), filter_)
        return path

    def tell(self, title: str, text: str, error: bool = False) -> None:
        """A result the user should read (the status bar shows short ones too)."""
        self.window.show_message(text.splitlines()[0])
        if error:
            QMessageBox.warning(self.window, title, text)

    def _start_dir(self) -> str:
        path = self.window.document.path
        return str(path.parent) if path else str(Path.home())

    # --- commands ------------------------------------------------------------------------

    def export_plots(self) -> list[Path]:
        """Every panel the window shows, as PNG and SVG, into a folder the user picks."""
        panels = [p for p in self.window.session.visible_panels() if isinstance(p, QWidget)]  # not the canvas
        if not panels:
            self.tell("Export plots", "No plot is shown: open one from View → Plots first.", error=True)
            return []
        folder = self.ask_folder()
        if not folder:
            return []
        try:
            written = plot_export.export_panels(panels, folder)
        except OSError as e:
            self.tell("Export plots", f"The plots could not be saved in {folder}: {e.strerror or e}", error=True)
            return []
        self.tell("Export plots", f"Saved {len(written) // 2} plots as PNG and SVG in {folder}")
        return written

    def export_history(self) -> Path | None:
        """The newest snapshot's loss history as CSV."""
        snapshot = self.window.session.latest
        if snapshot is None or not len(snapshot.history):
            self.tell("Export history", "There is no history yet: train a few steps first.", error=True)
            return None
        name = (self.window.document.path.stem if self.window.document.path else "run") + "-history.csv"
        path = self.ask_save_path("Save the metric history", name, "CSV tables (*.csv)")
        if not path:
            return None
        try:
            written = plot_export.export_history(snapshot, path)
        except OSError as e:
            self.tell("Export history", f"{path} could not be written: {e.strerror or e}", error=True)
            return None
        self.tell("Export history", f"Saved {len(snapshot.history)} rows of history to {written.name}")
        return written
