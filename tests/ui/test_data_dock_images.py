"""The data panel with image sets: the preview by class, the rows that apply, the Input shape, the user's images."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from playground.engine.data import make_dataset
from playground.ui.data_dock import DataPanel
from playground.ui.document import Document
from playground.ui.files import starter_project

POINT_ROWS = {"samples", "noise", "features"}
# The combo box's list is a popup: the headless platform says it cannot grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")


@pytest.fixture
def document():
    return Document(starter_project())


@pytest.fixture
def panel(qtbot, document):
    widget = DataPanel(document)
    qtbot.addWidget(widget)
    # The window's Edit ▸ Undo: an action of the undo stack with the platform's Undo keys.
    undo = document.undo_stack.createUndoAction(widget, "Undo")
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    widget.addAction(undo)
    widget.resize(360, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _input_shape(document) -> list[int]:
    return document.project.graph.nodes_of_kind("Input")[0].params["shape"]


def _choose_dataset(panel, qtbot, name: str) -> None:
    """Open the dataset combo's list and click ``name``, as a user does."""
    combo = panel.form.fields["dataset"].editor
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(combo.findData(name), 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert panel.document.project.data["dataset"] == name


def _undo_keys(panel, qtbot) -> None:
    """Press the Undo keys with the focus in the panel (on the dataset list: text fields keep Ctrl+Z for their text)."""
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)  # the closed list was the active window
    target = panel.form.fields["dataset"].editor
    target.setFocus()
    QTest.keySequence(target, QKeySequence(QKeySequence.StandardKey.Undo))


def _class_names(panel) -> list[str]:
    """The class names written beside the preview's rows."""
    return [label.toPlainText() for label in panel.images.class_labels if label.isVisible()]


def _write_folder(root, classes: dict[str, int], size: tuple[int, int] = (12, 10)):
    """Class folders of grey PNG images (``size`` = width, height) written with Pillow."""
    for k, (name, count) in enumerate(classes.items()):
        (root / name).mkdir(parents=True)
        for j in range(count):
            Image.new("L", size, 20 * k + j).save(root / name / f"{j}.png")
    return root


def test_switching_to_digits_previews_images_hides_point_rows_and_sets_the_input(panel, document, qtbot) -> None:
    assert panel.preview.currentWidget() is panel.plot and _input_shape(document) == [2]
    assert panel.form.visible_fields() >= POINT_ROWS and panel.pick_row.isHidden()
    _choose_dataset(panel, qtbot, "digits8")
    assert _input_shape(document) == [1, 8, 8]
    input_id = document.project.graph.nodes_of_kind("Input")[0].id
    assert input_id not in document.report.errors  # the Input follows the data
    assert document.undo_stack.count() == 1
    # Only the rows that apply: no point settings, no file, and the class count is fixed by the set.
    assert panel.form.visible_fields() == {"dataset", "digits", "train_ratio", "train_per_class", "seed"}
    assert not panel.form.fields["samples"].isVisibleTo(panel) and not panel.form.fields["features"].isVisibleTo(panel)
    assert panel.pick_row.isHidden()
    qtbot.waitUntil(lambda: panel.preview.currentWidget() is panel.images)
    ds = make_dataset(document.project.data)
    picture = panel.images.image_item.image
    assert picture is not None and panel.point_counts() == (0, 0)
    # One row per class: tile j of row k is the j-th training image of class k.
    indices = panel.images.preview_indices.reshape(10, -1)
    assert (ds.y_train[indices] == np.arange(10)[:, None]).all()
    pad = 1
    for k, j in ((0, 0), (3, 5), (9, 7)):
        r, c = pad + k * (8 + pad), pad + j * (8 + pad)
        np.testing.assert_allclose(picture[r : r + 8, c : c + 8, 0], ds.x_train[indices[k, j], 0])
    assert _class_names(panel) == [str(k) for k in range(10)]
    assert "1797 images of 1×8×8 · 10 classes" in panel.caption.text() and "UCI" in panel.caption.text()
    assert panel.message.isHidden()

    _undo_keys(panel, qtbot)  # Ctrl+Z takes the dataset and the Input shape back together
    assert document.project.data["dataset"] == "xor" and _input_shape(document) == [2]
    assert panel.form.value("dataset") == "xor"
    assert panel.form.visible_fields() >= POINT_ROWS
    qtbot.waitUntil(lambda: panel.preview.currentWidget() is panel.plot and panel.point_counts() != (0, 0))
    assert panel.caption.isHidden()


def test_back_to_points_the_input_takes_the_feature_count_again(panel, document, qtbot) -> None:
    document.set_setting("data", "features", ["x1", "x2", "x1_x2"])
    _choose_dataset(panel, qtbot, "mnist")
    assert _input_shape(document) == [1, 28, 28]
    qtbot.waitUntil(lambda: "5000 images of 1×28×28" in panel.caption.text())
    _choose_dataset(panel, qtbot, "circle")
    assert _input_shape(document) == [3]
    qtbot.waitUntil(lambda: panel.preview.currentWidget() is panel.plot)


def test_choose_folder_records_the_images_in_one_undo_step(panel, document, qtbot, tmp_path, monkeypatch) -> None:
    folder = _write_folder(tmp_path / "shapes", {"round": 4, "square": 5, "star": 3})
    _choose_dataset(panel, qtbot, "user_images")
    assert panel.pick_row.isVisible()
    assert {"path", "image_shape", "classes"} <= panel.form.visible_fields()
    assert not panel.form.fields["image_shape"].isEnabled() and not panel.form.fields["classes"].isEnabled()
    qtbot.waitUntil(lambda: "No images chosen yet" in panel.message.text())
    steps = document.undo_stack.count()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    qtbot.mouseClick(panel.choose_folder, Qt.MouseButton.LeftButton)
    data = document.project.data
    assert (data["path"], data["image_shape"], data["classes"]) == (str(folder), [1, 10, 12], 3)
    assert _input_shape(document) == [1, 10, 12]
    assert document.undo_stack.count() == steps + 1
    assert panel.form.value("path") == str(folder) and panel.form.value("image_shape") == [1, 10, 12]
    assert panel.form.value("classes") == 3
    qtbot.waitUntil(lambda: panel.message.isHidden())
    qtbot.waitUntil(lambda: _class_names(panel) == ["round", "square", "star"])
    assert "12 images of 1×10×12 · 3 classes" in panel.caption.text()
    ds = make_dataset(document.project.data)
    first = panel.images.preview_indices[0]
    np.testing.assert_allclose(panel.images.image_item.image[1:11, 1:13, 0], ds.x_train[first, 0])

    document.undo_stack.undo()
    assert document.project.data["path"] == "" and _input_shape(document) == [1, 28, 28]
    assert panel.form.value("path") == ""


def test_choose_npz_takes_colour_images_and_named_classes(panel, document, qtbot, tmp_path, monkeypatch) -> None:
    rng = np.random.default_rng(0)
    path = tmp_path / "pets.npz"
    np.savez(
        path, images=rng.integers(0, 256, (12, 9, 7, 3), dtype=np.uint8), labels=np.array(["cat", "dog", "owl"] * 4)
    )
    _choose_dataset(panel, qtbot, "user_images")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "NumPy archives (*.npz)"))
    qtbot.mouseClick(panel.choose_npz, Qt.MouseButton.LeftButton)
    assert document.project.data["image_shape"] == [3, 9, 7] and document.project.data["classes"] == 3
    assert _input_shape(document) == [3, 9, 7]
    qtbot.waitUntil(lambda: _class_names(panel) == ["cat", "dog", "owl"])
    assert panel.images.image_item.image.shape[-1] == 3


def test_bad_images_show_the_reason_and_change_nothing(panel, document, qtbot, tmp_path, monkeypatch) -> None:
    one_class = _write_folder(tmp_path / "lonely", {"cats": 3})
    mixed = _write_folder(tmp_path / "mixed", {"a": 2, "b": 2})
    Image.new("L", (5, 5), 9).save(mixed / "b" / "big.png")
    _choose_dataset(panel, qtbot, "user_images")
    steps, data = document.undo_stack.count(), dict(document.project.data)
    chosen = iter([str(one_class), str(mixed), ""])  # the last: the user cancels the dialog
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: next(chosen))
    qtbot.mouseClick(panel.choose_folder, Qt.MouseButton.LeftButton)
    assert panel.message.isVisible() and "fewer than 2 classes" in panel.message.text()
    qtbot.mouseClick(panel.choose_folder, Qt.MouseButton.LeftButton)
    assert "differ in size" in panel.message.text() and "Traceback" not in panel.message.text()
    qtbot.mouseClick(panel.choose_folder, Qt.MouseButton.LeftButton)
    assert "differ in size" in panel.message.text()
    assert document.undo_stack.count() == steps and document.project.data == data


def test_a_typed_path_is_checked_like_a_chosen_one(panel, document, qtbot, tmp_path) -> None:
    folder = _write_folder(tmp_path / "typed", {"x": 2, "y": 2}, size=(6, 6))
    _choose_dataset(panel, qtbot, "user_images")
    editor = panel.form.fields["path"].editor
    editor.setFocus()
    qtbot.keyClicks(editor, str(tmp_path / "nowhere"))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert "does not exist" in panel.message.text() and document.project.data["path"] == ""
    assert editor.text() == ""  # the field shows the project's value again
    editor.setFocus()
    qtbot.keyClicks(editor, str(folder))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert document.project.data["path"] == str(folder) and _input_shape(document) == [1, 6, 6]
    qtbot.waitUntil(lambda: panel.message.isHidden())
