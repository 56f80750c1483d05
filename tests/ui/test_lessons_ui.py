"""The Lessons gallery and the lesson strip, driven through the real menu, keyboard, mouse and buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from playground.graph import SetParam
from playground.ui.document import Document
from playground.ui.files import FileActions, new_project, starter_project
from playground.ui.lessons import LessonsDialog
from playground.ui.main_window import MainWindow

SCREENSHOT = "/tmp/lessons.png"


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document(starter_project()), settings)
    win.answers, win.asked = [], 0

    def ask_save_changes() -> str:  # the unsaved-changes prompt, answered by the test ("discard" at teardown)
        win.asked += 1
        return win.answers.pop(0) if win.answers else "discard"

    win.files.ask_save_changes = ask_save_changes
    win.files.show_error = lambda title, text: pytest.fail(f"{title}: {text}")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _open_gallery(window, qtbot) -> LessonsDialog:
    QTest.keyClick(
        window.view.viewport(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.lessons.dialog is not None and window.lessons.dialog.isVisible())
    return window.lessons.dialog


def _item(dialog: LessonsDialog, title: str):
    return next(item for item in dialog.lesson_items() if item.text(0) == title)


def test_pick_a_lesson_with_keys_and_mouse_open_it_and_follow_the_strip(window, qtbot) -> None:
    file_menu = window.presets_menu.parentWidget()
    action = next(a for a in file_menu.actions() if a.text() == "&Lessons…")
    assert action.shortcut().toString() == "Ctrl+Shift+L" and action.statusTip()
    assert file_menu.actions().index(action) == file_menu.actions().index(window.presets_menu.menuAction()) - 1
    # The starter design is the xor-mlp lesson: the strip says what to watch for.
    assert window.lessons.dock.isVisible()
    assert window.lessons.dock.strip.title.text() == "XOR needs a hidden layer"
    assert window.lessons.dock.strip.watch.text().startswith("Watch for: The boundary bends")

    dialog = _open_gallery(window, qtbot)
    tree = dialog.tree
    topics = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert topics[:4] == ["Perceptron", "MLP and backprop", "Activations", "Gradients"]
    assert topics.index("CNN") < topics.index("Autoencoders") < topics.index("RNN") < topics.index("GAN")
    assert dialog.title.text() == "McCulloch–Pitts neurons: AND and OR by hand"  # the first lesson at first

    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Down)
    assert dialog.title.text() == "McCulloch–Pitts neurons: NOT with an inhibitory input"
    assert "Expected outcome:" in dialog.expect.text() and "(100% accuracy)" in dialog.expect.text()
    assert dialog.topic.text() == "Topic: Perceptron"

    item = _item(dialog, "XOR defeats the perceptron")
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert dialog.title.text() == "XOR defeats the perceptron"
    assert "no single straight line" in dialog.explanation.text().lower()
    assert dialog.watch.text().startswith("<b>Watch for:</b>")
    dialog.grab().save(SCREENSHOT)

    QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    project = window.document.project
    assert project.name == "xor-perceptron" and project.lesson["title"] == "XOR defeats the perceptron"
    assert project.training["mode"] == "perceptron"
    assert window.document.path is None  # a preset opens as an untitled copy
    assert window.lessons.dock.isVisible()
    assert window.lessons.dock.strip.title.text() == "XOR defeats the perceptron"

    # The strip's close button hides it; a design without a lesson hides it; the next lesson brings it back.
    dock = window.lessons.dock
    QTest.mouseClick(dock.strip.close_button, Qt.MouseButton.LeftButton)
    assert not dock.isVisible()
    window.files.new()  # a plain design: no lesson, no strip
    assert not dock.isVisible() and window.document.project.lesson == {}

    dialog = _open_gallery(window, qtbot)
    item = _item(dialog, "A GAN learns a ring of blobs")
    dialog.tree.scrollToItem(item)
    # A real double-click: press and release, then the double-click event (Qt's views need the first press).
    QTest.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=dialog.tree.visualItemRect(item).center())
    QTest.mouseDClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=dialog.tree.visualItemRect(item).center())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dock.isVisible() and dock.strip.title.text() == "A GAN learns a ring of blobs"
    assert dock.strip.toolTip().startswith("Expected outcome: The energy distance")
    assert dock.strip.height() < 120  # a strip, not a panel


def test_enter_opens_and_unsaved_changes_are_asked_about_first(window, qtbot) -> None:
    dense = next(n for n in window.document.project.graph.nodes.values() if n.kind == "Dense")
    window.document.push(SetParam(dense.id, "units", 5))
    assert window.document.modified

    dialog = _open_gallery(window, qtbot)
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(_item(dialog, "Distributed representation: three lines, seven regions"))
    QTest.keyClick(dialog.tree, Qt.Key.Key_Down)  # the last lesson of one topic → the first of the next
    assert dialog.title.text() == "Activation functions and their slopes"
    window.answers.append("cancel")
    QTest.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert dialog.isVisible() and window.asked == 1  # asked once, cancelled: nothing replaced
    assert window.document.project.name == "xor-mlp" and window.document.modified

    window.answers.append("discard")
    QTest.keyClick(dialog.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.asked == 2
    project = window.document.project
    assert project.name == "activation-functions" and project.lesson["panels"] == ["ActivationCurvesPanel"]
    assert not window.document.modified


def test_an_empty_gallery_offers_nothing_to_open(qtbot, tmp_path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    files = FileActions(parent, Document(new_project()), settings)
    dialog = LessonsDialog(files, folder=tmp_path, parent=parent)  # a folder without presets
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.title.text() == "No lessons found" and not dialog.open_button.isEnabled()
    QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.opened is None
