"""Importing the user's CSV table: the file is read in a worker thread behind a cancellable progress dialog, then
a small dialog asks which column to predict, from which columns, and how.

``CsvImport`` runs the whole road (file chooser → read → dialog) and emits ``chosen(changes, text)``: the
data settings to record as one undo step. ``TablePreview`` shows the first rows of a table in the data panel.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.engine.data import DataError
from playground.engine.tabular import CsvFile, build_table, guess_task, numeric_columns, read_csv
from playground.ui.i18n import N_, tr
from playground.ui.theme import ERROR_COLOR

PREVIEW_ROWS = 6
"""Rows of the file shown in the dialog and in the data panel."""
TASKS = {"classification": N_("Classes (classification)"), "regression": N_("Values (regression)")}
TASK_DATASETS = {"classification": "csv", "regression": "csv_values"}
PROGRESS_STEPS = 1000


class _ReadSignals(QObject):
    """Signals of a read: emitted in the worker thread, delivered (queued) in the GUI thread."""

    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(str)


class _ReadTask(QRunnable):
    """Reads one CSV file on a thread-pool thread; ``engine.tabular`` knows nothing of Qt."""

    def __init__(self, path: str, signals: _ReadSignals, stop: threading.Event) -> None:
        super().__init__()
        self.path = path
        self.signals = signals
        self.stop = stop

    def run(self) -> None:  # noqa: D102 (QRunnable override)
        try:
            file = read_csv(self.path, self._progress, self.stop.is_set)
        except DataError as e:
            self._emit(self.signals.failed, str(e))
            return
        except Exception as e:  # a bug must not die silently in a worker thread: say what happened
            self._emit(self.signals.failed, tr("Cannot read {file}: {reason}", file=Path(self.path).name, reason=e))
            return
        self._emit(self.signals.finished, file)

    def _progress(self, fraction: float) -> None:
        self._emit(self.signals.progressed, int(fraction * PROGRESS_STEPS))

    def _emit(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the panel was closed while the file was read: nobody is waiting any more
            self.stop.set()


class CsvImport(QObject):
    """Choose a CSV file, read it off the GUI thread with a progress dialog, then ask how to use it.

    Signals ``chosen(changes, text)`` with the data settings to record, ``failed(message)`` when the file
    cannot be used (not when the user cancels).
    """

    chosen = Signal(dict, str)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.progress: QProgressDialog | None = None
        self.dialog: CsvImportDialog | None = None
        self._stop = threading.Event()
        self._signals: _ReadSignals | None = None
        self._path = ""
        self._current: dict[str, Any] = {}

    def choose(self, current: dict[str, Any]) -> None:
        """Ask for a file (starting beside the current one) and import it."""
        start = str(Path(current["csv_path"]).parent) if current.get("csv_path") else ""
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, tr("Choose a CSV table"), start, tr("CSV tables (*.csv *.tsv *.txt);;All files (*)")
        )
        if path:
            self.start(path, current)

    def is_reading(self) -> bool:
        """Whether a file is being read now."""
        return self._signals is not None

    def start(self, path: str, current: dict[str, Any]) -> None:
        """Read ``path`` in a worker thread; the import dialog opens when it is read."""
        if self.is_reading():
            return
        self._path, self._current = path, dict(current)
        self._stop = threading.Event()
        self._signals = _ReadSignals(self)
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self.progress = QProgressDialog(
            tr("Reading {file}…", file=Path(path).name), tr("Cancel"), 0, PROGRESS_STEPS, self.parent_widget
        )
        self.progress.setWindowTitle(tr("Import CSV"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # small files read faster than a flashing dialog
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._on_cancel)
        self.progress.setValue(0)
        QThreadPool.globalInstance().start(_ReadTask(path, self._signals, self._stop))

    def _on_progress(self, value: int) -> None:
        if self.progress is not None and not self._stop.is_set():
            self.progress.setValue(value)

    def _on_cancel(self) -> None:
        self._stop.set()

    def _done(self) -> None:
        if self._signals is not None:
            self._signals.deleteLater()
        self._signals = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_failed(self, message: str) -> None:
        cancelled = self._stop.is_set()
        self._done()
        if not cancelled:
            self.failed.emit(message)

    def _on_finished(self, file: CsvFile) -> None:
        cancelled = self._stop.is_set()
        self._done()
        if cancelled:
            return
        self.dialog = CsvImportDialog(file, self._current, self.parent_widget)
        self.dialog.accepted.connect(self._on_accepted)
        self.dialog.open()

    def _on_accepted(self) -> None:
        assert self.dialog is not None
        self.chosen.emit(self.dialog.changes(), tr("Use table {file}", file=Path(self._path).name))


class CsvImportDialog(QDialog):
    """Header row, target column, feature columns, task and standardisation for one read CSV file."""

    def __init__(self, file: CsvFile, current: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.setWindowTitle(tr("Import {file}", file=file.name))
        same = current.get("csv_path") and Path(current["csv_path"]).resolve() == Path(file.path)
        self.summary = QLabel()
        self.header = QCheckBox(tr("First row holds the column names"))
        self.header.setToolTip(tr("Detected from the file; untick it if the first row is data"))
        self.header.setChecked(bool(current["csv_header"]) if same else file.header_guess)
        self.target = QComboBox()
        self.target.setToolTip(tr("The column the network learns to predict"))
        self.task = QComboBox()
        self.task.setToolTip(tr("Classes: one output per class (text or few whole numbers). Values: one number out."))
        for key, label in TASKS.items():
            self.task.addItem(tr(label), key)
        self.features = QListWidget()
        self.features.setToolTip(tr("The columns fed to the network, one input each (only numbers can be used)"))
        self.features.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.features.setMaximumHeight(110)
        self.standardise = QCheckBox(tr("Standardise the features (mean 0, standard deviation 1)"))
        self.standardise.setToolTip(tr("Columns in large units would otherwise dominate the first layer"))
        self.standardise.setChecked(bool(current.get("standardise", True)))
        self.rows = QTableWidget()
        self.rows.setToolTip(tr("The first rows of the file"))
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setMaximumHeight(170)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.header)
        form.addRow(tr("Target column"), self.target)
        form.addRow(tr("Task"), self.task)
        form.addRow(tr("Feature columns"), self.features)
        form.addRow(self.standardise)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.rows)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._fill_columns(current if same else {})
        self.header.toggled.connect(self._on_header_toggled)
        self.target.currentIndexChanged.connect(self._on_target_changed)
        self.task.currentIndexChanged.connect(self._check)
        self.features.itemChanged.connect(self._check)
        self._check()
        self.resize(460, 560)

    # --- the choices ----------------------------------------------------------------------------------

    def header_row(self) -> bool:
        """Whether the first row is taken for column names."""
        return self.header.isChecked()

    def target_column(self) -> str:
        """The chosen target column."""
        return self.target.currentText()

    def task_name(self) -> str:
        """ "classification" or "regression"."""
        return self.task.currentData()

    def feature_columns(self) -> list[str]:
        """The ticked feature columns, in the file's order."""
        return [
            self.features.item(i).text()
            for i in range(self.features.count())
            if self.features.item(i).checkState() == Qt.CheckState.Checked
        ]

    def changes(self) -> dict[str, Any]:
        """The data settings that record these choices (call after ``check`` found no problem)."""
        table = build_table(
            self.file, self.header_row(), self.target_column(), self.feature_columns(), self.task_name()
        )
        changes: dict[str, Any] = {
            "dataset": TASK_DATASETS[table.task],
            "csv_path": self.file.path,
            "csv_header": self.header_row(),
            "csv_target": table.target,
            "csv_features": list(table.features),
            "standardise": self.standardise.isChecked(),
            "class_names": list(table.class_names),
        }
        if table.class_names:
            changes["classes"] = len(table.class_names)
        return changes

    # --- keeping the widgets consistent -------------------------------------------------------------------

    def _fill_columns(self, recorded: dict[str, Any]) -> None:
        """Target (recorded, else the last column), its guessed task, and the features (recorded, else numeric)."""
        names = self.file.names(self.header_row())
        target = recorded.get("csv_target") if recorded.get("csv_target") in names else names[-1]
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItems(names)
        self.target.setCurrentText(target)
        self.target.blockSignals(False)
        wanted = set(recorded["csv_features"]) if recorded.get("csv_features") else None
        self._fill_features(wanted)
        if recorded.get("dataset") in TASK_DATASETS.values():
            self._set_task("classification" if recorded["dataset"] == "csv" else "regression")
        else:
            self._set_task(guess_task(self.file, self.header_row(), target))
        self._fill_rows()

    def _fill_features(self, wanted: set[str] | None) -> None:
        header, target = self.header_row(), self.target_column()
        numeric = set(numeric_columns(self.file, header))
        self.features.blockSignals(True)
        self.features.clear()
        for name in self.file.names(header):
            if name == target:
                continue
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = name in wanted if wanted is not None else name in numeric
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if name not in numeric:
                item.setToolTip(tr("This column holds text or empty cells: it cannot be a feature as it is"))
                item.setForeground(Qt.GlobalColor.gray)
            self.features.addItem(item)
        self.features.blockSignals(False)

    def _set_task(self, task: str) -> None:
        self.task.blockSignals(True)
        self.task.setCurrentIndex(self.task.findData(task))
        self.task.blockSignals(False)

    def _fill_rows(self) -> None:
        fill_table(self.rows, self.file.names(self.header_row()), self.file.first_rows(self.header_row(), PREVIEW_ROWS))

    def _on_header_toggled(self) -> None:
        self._fill_columns({})
        self._check()

    def _on_target_changed(self) -> None:
        self._fill_features(None)
        self._set_task(guess_task(self.file, self.header_row(), self.target_column()))
        self._check()

    def _check(self) -> None:
        """Build the table for the current choices: a summary, or the problems in red (and no OK)."""
        header = self.header_row()
        self.summary.setText(
            tr(
                "{file}: {rows} rows × {columns} columns (separated by {delimiter})",
                file=self.file.name,
                rows=f"{self.file.n_rows(header):,}",
                columns=len(self.file.columns),
                delimiter=_delimiter_name(self.file.delimiter),
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            table = build_table(self.file, header, self.target_column(), self.feature_columns(), self.task_name())
        except DataError as e:
            self.status.setText(str(e))
            self.status.setStyleSheet(f"color: {ERROR_COLOR};")
            ok.setEnabled(False)
            return
        if table.class_names:
            names = ", ".join(table.class_names[:8]) + ("…" if len(table.class_names) > 8 else "")
            what = tr("{n} classes: {names}", n=len(table.class_names), names=names)
        else:
            what = tr("values from {low} to {high}", low=f"{float(table.y.min()):g}", high=f"{float(table.y.max()):g}")
        self.status.setText(
            tr(
                "Predict {target} ({what}) from {n} feature columns.",
                target=repr(table.target),
                what=what,
                n=len(table.features),
            )
        )
        self.status.setStyleSheet("color: #333;")
        ok.setEnabled(True)


def _delimiter_name(delimiter: str) -> str:
    names = {",": N_("commas"), ";": N_("semicolons"), "\t": N_("tabs"), "|": N_("bars")}
    return tr(names[delimiter]) if delimiter in names else repr(delimiter)


def fill_table(widget: QTableWidget, names: list[str], rows: list[list[str]]) -> None:
    """Show ``rows`` of text under the column ``names`` (read-only, columns fitted to their contents)."""
    widget.clear()
    widget.setColumnCount(len(names))
    widget.setRowCount(len(rows))
    widget.setHorizontalHeaderLabels(names)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            widget.setItem(i, j, QTableWidgetItem(cell))
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    widget.verticalHeader().setDefaultSectionSize(22)


class TablePreview(QTableWidget):
    """The data panel's view of a table with more than two features: its first rows, features then target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setToolTip(tr("The first rows of your table: the feature columns, then the target"))
        self.setMinimumHeight(140)

    def show_table(self, data: dict[str, Any]) -> None:
        """Fill from the (cached) file the data spec names; empty if it cannot be read."""
        try:
            file = read_csv(data["csv_path"])
            names = file.names(data["csv_header"])
            picked = [names.index(n) for n in [*data["csv_features"], data["csv_target"]]]
        except (DataError, ValueError):
            fill_table(self, [], [])
            return
        rows = file.first_rows(data["csv_header"], PREVIEW_ROWS)
        fill_table(self, [names[j] for j in picked], [[row[j] for j in picked] for row in rows])
