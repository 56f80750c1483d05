"""File → Export: pictures of the panels, the metric history, the trained model and the run with its weights.

The window asks where to write; what is written comes from the panels (pictures), the newest snapshot
(history), or the training worker, which owns the trained model (model files and run bundles are written
in the worker thread, and the result comes back as a message).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from playground.engine.export_formats import FORMATS, missing
from playground.graph.project import BUNDLE_SUFFIX
from playground.ui import plot_export
from playground.ui.i18n import tr

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow


class ExportActions(QObject):
    """The export commands of one window (menu entries built by ``add_to``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.session.reported.connect(self._on_reported)

    def add_to(self, menu: QMenu) -> None:
        """Add the export entries to the File menu."""
        self.save_run_action = menu.addAction(tr("Save with &Weights…"))
        self.save_run_action.setToolTip(
            tr(
                "Save the run as it is now (design, trained weights, optimizer state, history) in one .nnpz file "
                "that reopens in the same state and goes on training identically"
            )
        )
        self.save_run_action.triggered.connect(self.save_run)
        export = menu.addMenu(tr("&Export"))
        model = export.addMenu(tr("Trained &Model"))
        model.setToolTipsVisible(True)
        self.model_actions: dict[str, QAction] = {}
        for fmt, spec in FORMATS.items():
            action = model.addAction(tr("{format}…", format=tr(spec.label)))  # labels are marked in export_formats
            action.setToolTip(tr(spec.help))
            action.setData(fmt)
            action.triggered.connect(self._on_export_model)
            self.model_actions[fmt] = action
        self.model_menu = model
        model.aboutToShow.connect(self._on_model_menu_shown)
        self.plots_action = export.addAction(tr("Plots as Images (PNG and SVG)…"))
        self.plots_action.setToolTip(tr("Save every shown panel as a PNG picture and an SVG drawing, for slides"))
        self.plots_action.triggered.connect(self.export_plots)
        self.history_action = export.addAction(tr("Metric History (CSV)…"))
        self.history_action.setToolTip(tr("Save the loss history of the run as a table (step, train, test)"))
        self.history_action.triggered.connect(self.export_history)
        export.setToolTipsVisible(True)

    def _on_model_menu_shown(self) -> None:
        """Word vectors only for a word2vec design (its SkipGram head); the other formats fit every design."""
        self.model_actions["word2vec"].setEnabled(bool(self.window.document.project.graph.nodes_of_kind("SkipGram")))

    # --- where to write (tests replace these) ------------------------------------------------

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self.window, tr("Save the plots into a folder"), self._start_dir())

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

    def _on_export_model(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.export_model(str(action.data()))

    def _run_ready(self, what: str) -> bool:
        """Whether the run can be written: not a network trained before the design's last edit."""
        session = self.window.session
        if session.stale and not session.kept_old:
            self.tell(
                what,
                tr(
                    "The design changed since this run started: reset the run to train the new design (or choose "
                    '"Keep training the old network") before saving it.'
                ),
                error=True,
            )
            return False
        return True

    def export_model(self, fmt: str) -> bool:
        """Ask where, then let the worker write the trained network in format ``fmt`` (the answer is a message)."""
        spec = FORMATS[fmt]
        problem = missing(fmt)
        if problem:
            self.tell(tr("Export model"), problem, error=True)
            return False
        if not self._run_ready(tr("Export model")):
            return False
        stem = self.window.document.path.stem if self.window.document.path else "model"
        label = tr(spec.label)
        path = self.ask_save_path(
            tr("Export the trained model: {format}", format=label), stem + spec.suffix, f"{label} (*{spec.suffix})"
        )
        if not path:
            return False
        if not path.endswith(spec.suffix):
            path += spec.suffix
        return self.window.session.write("export", (fmt, path, ""))

    def save_run(self) -> bool:
        """Ask where, then let the worker save the run with its weights (.nnpz)."""
        if not self._run_ready(tr("Save with weights")):
            return False
        stem = self.window.document.path.stem if self.window.document.path else "run"
        path = self.ask_save_path(
            tr("Save the run with its weights"),
            stem + BUNDLE_SUFFIX,
            tr("Saved runs (*{suffix})", suffix=BUNDLE_SUFFIX),
        )
        if not path:
            return False
        if not path.endswith(BUNDLE_SUFFIX):
            path += BUNDLE_SUFFIX
        return self.window.session.write("save_bundle", path)

    def _on_reported(self, text: str, error: bool) -> None:
        self.tell(tr("Saving from the run"), text, error=error)

    def export_plots(self) -> list[Path]:
        """Every panel the window shows, as PNG and SVG, into a folder the user picks."""
        panels = [p for p in self.window.session.visible_panels() if isinstance(p, QWidget)]  # not the canvas
        if not panels:
            self.tell(tr("Export plots"), tr("No plot is shown: open one from View → Plots first."), error=True)
            return []
        folder = self.ask_folder()
        if not folder:
            return []
        try:
            written = plot_export.export_panels(panels, folder)
        except OSError as e:
            self.tell(
                tr("Export plots"),
                tr("The plots could not be saved in {folder}: {reason}", folder=folder, reason=e.strerror or e),
                error=True,
            )
            return []
        self.tell(
            tr("Export plots"), tr("Saved {n} plots as PNG and SVG in {folder}", n=len(written) // 2, folder=folder)
        )
        return written

    def export_history(self) -> Path | None:
        """The newest snapshot's loss history as CSV."""
        snapshot = self.window.session.latest
        if snapshot is None or not len(snapshot.history):
            self.tell(tr("Export history"), tr("There is no history yet: train a few steps first."), error=True)
            return None
        name = (self.window.document.path.stem if self.window.document.path else "run") + "-history.csv"
        path = self.ask_save_path(tr("Save the metric history"), name, tr("CSV tables (*.csv)"))
        if not path:
            return None
        try:
            written = plot_export.export_history(snapshot, path)
        except OSError as e:
            self.tell(
                tr("Export history"),
                tr("{path} could not be written: {reason}", path=path, reason=e.strerror or e),
                error=True,
            )
            return None
        self.tell(
            tr("Export history"),
            tr("Saved {n} rows of history to {file}", n=len(snapshot.history), file=written.name),
        )
        return written
