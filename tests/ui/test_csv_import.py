"""Importing a CSV table through the data panel: the real button, the worker read, the real dialog, the preview."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from playground.engine import tabular
from playground.ui.data_dock import DataPanel
from playground.ui.document import Document
from playground.ui.files import starter_project

# The combo box's list is a popup: the headless platform says it cannot grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")

SPECIES = ("setosa", "virginica", "iris")
IRIS_LIKE = "length,width,colour,species\n" + "".join(
    f"{1 + i * 0.1:.1f},{2 + (i % 7) * 0.3:.1f},{'red' if i % 2 else 'blue'},{SPECIES[i % 3]}\n" for i in range(30)
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    tabular._cache.clear()
    yield
    tabular._cache.clear()


@pytest.fixture
def document():
    return Document(starter_project())


@pytest.fixture
def panel(qtbot, document):
    widget = DataPanel(document)
    qtbot.addWidget(widget)
    widget.resize(380, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    """100,000 rows × 10 columns (9 features and a class column)."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(100_000, 9)).round(4)
    k = (x[:, 0] > 0).astype(int)
    body = "\n".join(",".join(map(str, row)) + f",{c}" for row, c in zip(x.tolist(), k.tolist(), strict=True))
    path = tmp_path_factory.mktemp("big") / "big.csv"
    path.write_text(",".join(f"f{i}" for i in range(9)) + ",label\n" + body + "\n", encoding="utf-8")
    return path


def _input_shape(document) -> list[int]:
    return document.project.graph.nodes_of_kind("Input")[0].params["shape"]


def _choose(panel, qtbot, monkeypatch, path) -> None:
    """Press the panel's "Choose CSV…" button; the file dialog answers ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    panel.set_data({"dataset": "csv"}, "Use a table")
    qtbot.waitUntil(lambda: "press Choose CSV" in panel.message.text())  # the preview asks for a file
    assert panel.choose_csv.isVisible() and not panel.choose_npz.isVisible()
    qtbot.mouseClick(panel.choose_csv, Qt.MouseButton.LeftButton)


def _dialog(panel, qtbot):
    qtbot.waitUntil(lambda: panel.csv_import.dialog is not None and panel.csv_import.dialog.isVisible(), timeout=10000)
    return panel.csv_import.dialog


def _click_item_check(view, item) -> None:
    rect = view.visualItemRect(item)
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(rect.left() + 10, rect.center().y()),
    )


def _pick_combo(qtbot, combo, text: str) -> None:
    """Open the combo's list and click ``text``, as a user does."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(combo.findText(text), 0)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_import_records_the_table_and_input_shape_in_one_undo_step(panel, document, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "iris.csv"
    path.write_text(IRIS_LIKE, encoding="utf-8")
    _choose(panel, qtbot, monkeypatch, path)
    dialog = _dialog(panel, qtbot)
    assert dialog.header.isChecked() and dialog.target_column() == "species"
    assert dialog.task_name() == "classification" and dialog.feature_columns() == ["length", "width"]
    assert "30 rows × 4 columns" in dialog.summary.text() and "3 classes" in dialog.status.text()
    assert dialog.rows.rowCount() == 6 and dialog.rows.item(0, 3).text() == "setosa"
    steps = document.undo_stack.count()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    data = document.project.data
    assert data["dataset"] == "csv" and data["csv_path"] == str(path.resolve())
    assert data["csv_target"] == "species" and data["csv_features"] == ["length", "width"]
    assert data["class_names"] == ["iris", "setosa", "virginica"] and data["classes"] == 3 and data["csv_header"]
    assert _input_shape(document) == [2]
    assert document.undo_stack.count() == steps + 1
    # The Output is not changed: the starter design has 2 classes, so shape inference says what to fix.
    assert not document.report.ok and "3 classes" in document.report.first_error()[1]
    qtbot.waitUntil(lambda: panel.point_counts() == (15, 15))  # two features: the rows are drawn as points
    assert "30 rows · 2 feature columns → 3 classes" in panel.caption.text() and panel.caption.isVisible()
    document.undo_stack.undo()
    assert document.project.data["dataset"] == "csv" and document.project.data["csv_path"] == ""


def test_dialog_overrides_header_target_features_and_task(panel, document, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("".join(f"{i},{i % 3},{i * 0.5},{(i * 7) % 5}\n" for i in range(40)), encoding="utf-8")
    _choose(panel, qtbot, monkeypatch, path)
    dialog = _dialog(panel, qtbot)
    assert not dialog.header.isChecked() and dialog.target_column() == "column 4"
    assert dialog.task_name() == "classification"  # five whole numbers: classes
    _pick_combo(qtbot, dialog.target, "column 3")
    assert dialog.task_name() == "regression" and dialog.feature_columns() == ["column 1", "column 2", "column 4"]
    _click_item_check(dialog.features, dialog.features.item(0))  # untick column 1
    assert dialog.feature_columns() == ["column 2", "column 4"]
    qtbot.mouseClick(dialog.standardise, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    data = document.project.data
    assert data["dataset"] == "csv_values" and data["csv_target"] == "column 3" and not data["standardise"]
    assert data["csv_features"] == ["column 2", "column 4"] and not data["csv_header"]
    assert _input_shape(document) == [2]


def test_bad_cells_are_reported_in_the_dialog_and_block_ok(panel, qtbot, monkeypatch, tmp_path):
    lines = ["a,b,c,y"] + [f"{i},{i},{i},{i % 2}" for i in range(12)]
    lines[3] = "2,,2,0"
    lines[7] = "6,x,6,0"
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    _choose(panel, qtbot, monkeypatch, path)
    dialog = _dialog(panel, qtbot)
    assert dialog.feature_columns() == ["a", "c"]  # b holds text: not ticked by default
    assert _ok(dialog).isEnabled()
    _click_item_check(dialog.features, dialog.features.item(1))  # tick b anyway
    assert not _ok(dialog).isEnabled()
    text = dialog.status.text()
    assert "row 4, column 'b' is empty" in text and "row 8, column 'b' holds 'x', not a number" in text
    qtbot.mouseClick(dialog.header, Qt.MouseButton.LeftButton)  # header off: row 1 becomes data
    assert dialog.target_column() == "column 4" and dialog.feature_columns() == []  # no column of numbers now
    assert "at least one feature" in dialog.status.text() and not _ok(dialog).isEnabled()
    _click_item_check(dialog.features, dialog.features.item(0))
    assert "row 1, column 'column 1' holds 'a', not a number" in dialog.status.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert panel.document.project.data["csv_path"] == ""


@pytest.mark.parametrize(
    ("content", "words"), [("", "empty"), ("a,b\n1,2\n1\n", "row 3 has 1"), ("a\n1\n2\n", "single")]
)
def test_malformed_files_show_a_message_not_a_dialog(panel, qtbot, monkeypatch, tmp_path, content, words):
    path = tmp_path / "m.csv"
    path.write_text(content, encoding="utf-8")
    _choose(panel, qtbot, monkeypatch, path)
    qtbot.waitUntil(lambda: not panel.csv_import.is_reading())
    qtbot.waitUntil(lambda: words in panel.message.text())
    assert panel.message.isVisible() and panel.csv_import.dialog is None


def test_more_than_two_features_preview_the_first_rows(panel, document, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("a,b,c,y\n" + "".join(f"{i},{i * 2},{i % 5},{i * 0.25}\n" for i in range(20)), encoding="utf-8")
    _choose(panel, qtbot, monkeypatch, path)
    qtbot.mouseClick(_ok(_dialog(panel, qtbot)), Qt.MouseButton.LeftButton)
    assert document.project.data["dataset"] == "csv_values" and _input_shape(document) == [3]
    qtbot.waitUntil(lambda: panel.preview.currentWidget() is panel.table)
    header = [panel.table.horizontalHeaderItem(j).text() for j in range(panel.table.columnCount())]
    assert header == ["a", "b", "c", "y"] and panel.table.rowCount() == 6 and panel.table.item(1, 1).text() == "2"
    assert "20 rows · 3 feature columns → a value" in panel.caption.text()
    path.write_text("a,b\n1,2\n", encoding="utf-8")  # the file changed on disk: the panel says what to do
    panel.update_preview()
    assert "choose the CSV file again" in panel.message.text() or "single data row" in panel.message.text()


def test_a_100k_row_file_imports_with_progress_and_the_window_stays_responsive(
    panel, document, qtbot, monkeypatch, big_csv
):
    ticks: list[float] = []
    progress: list[int] = []

    def tick() -> None:
        """What a user would see every 10 ms: the time, and the progress bar when it is shown."""
        ticks.append(time.perf_counter())
        shown = panel.csv_import.progress
        if shown is not None and shown.isVisible():
            progress.append(shown.value())

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    _choose(panel, qtbot, monkeypatch, big_csv)
    started = time.perf_counter()
    dialog = _dialog(panel, qtbot)
    elapsed = time.perf_counter() - started
    timer.stop()
    during = [t for t in ticks if t >= started]
    gaps = np.diff(during)
    assert len(during) > elapsed / 0.1  # the timer kept firing while the file was read…
    # …with no freeze: a read on the GUI thread would show as one gap as long as the whole read. Relative to the
    # read's own time, so a busy CI machine (the reader thread holds the GIL in bursts) does not fail it.
    assert gaps.max() < elapsed / 2
    assert progress and max(progress) > 500 and progress == sorted(progress)  # shown, and it moved forward
    assert dialog.summary.text().startswith("big.csv: 100,000 rows × 10 columns")
    assert dialog.feature_columns() == [f"f{i}" for i in range(9)] and dialog.task_name() == "classification"
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert _input_shape(document) == [9] and document.project.data["class_names"] == ["0", "1"]
    qtbot.waitUntil(lambda: panel.preview.currentWidget() is panel.table)  # from the cache: no second read
    assert "100000 rows · 9 feature columns → 2 classes" in panel.caption.text()


def test_cancelling_the_read_changes_nothing(panel, document, qtbot, monkeypatch, big_csv):
    _choose(panel, qtbot, monkeypatch, big_csv)
    qtbot.waitUntil(lambda: panel.csv_import.progress is not None and panel.csv_import.progress.isVisible())
    progress = panel.csv_import.progress
    button = next(b for b in progress.findChildren(type(panel.choose_csv)) if b.text() == "Cancel")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.csv_import.is_reading(), timeout=10000)
    QApplication.processEvents()
    assert panel.csv_import.dialog is None and panel.csv_import.progress is None
    assert "press Choose CSV" in panel.message.text()  # still the request for a file: a cancel is no error
    assert document.project.data["csv_path"] == "" and not tabular._cache
