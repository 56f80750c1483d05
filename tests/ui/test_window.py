"""The main window: files (with dialogs replaced), title, status bar, shortcuts, saved layout."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

import playground
from playground.graph import SetParam, load_project
from playground.ui.document import Document
from playground.ui.files import MAX_RECENT, list_presets, starter_project
from playground.ui.main_window import MainWindow

# The offscreen platform plugin warns when a window's size constraints change; it is not our warning.


class Dialogs:
    """Records the window's dialogs and answers them as a test decides."""

    def __init__(self, files) -> None:
        self.errors: list[tuple[str, str]] = []
        self.asked_save_changes = 0
        self.answer = "discard"
        self.open_path = None
        self.save_path = None
        files.show_error = lambda title, text: self.errors.append((title, text))
        files.ask_open_path = lambda: self.open_path
        files.ask_save_path = lambda: self.save_path
        files.ask_save_changes = self._ask

    def _ask(self) -> str:
        self.asked_save_changes += 1
        return self.answer


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow(Document(starter_project()), settings)
    win.dialogs = Dialogs(win.files)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _keys(window, sequence: str) -> None:
    """Press a shortcut the way a user does: on the focused canvas of the active window."""
    window.view.setFocus()
    QTest.keySequence(window.view, QKeySequence(sequence))


def _dense(window):
    return window.document.project.graph.nodes_of_kind("Dense")[0]


def test_title_has_file_name_and_modified_mark(window, tmp_path):
    assert window.windowTitle() == "Untitled[*] — NN Playground"
    assert not window.isWindowModified()
    window.document.push(SetParam(_dense(window).id, "units", 5))
    assert window.isWindowModified()
    window.dialogs.save_path = tmp_path / "net.json"
    _keys(window, "Ctrl+S")  # no path yet: Save asks for one
    assert window.windowTitle() == "net.json[*] — NN Playground"
    assert not window.isWindowModified()


def test_save_as_then_open_gives_the_identical_design(window, tmp_path):
    doc = window.document
    doc.push(SetParam(_dense(window).id, "units", 7))
    doc.set_setting("data", "noise", 0.3)
    expected = doc.project.to_dict()
    window.dialogs.save_path = tmp_path / "design.json"
    _keys(window, "Ctrl+Shift+S")
    assert (tmp_path / "design.json").is_file()
    assert not doc.modified

    _keys(window, "Ctrl+N")
    assert doc.path is None and doc.project.to_dict() != expected
    window.dialogs.open_path = tmp_path / "design.json"
    _keys(window, "Ctrl+O")
    assert doc.project.to_dict() == expected
    assert doc.path == (tmp_path / "design.json").resolve()
    assert window.dialogs.errors == []
    assert window.files.recent_files()[0] == (tmp_path / "design.json").resolve()


def test_open_broken_file_shows_the_loader_message_and_changes_nothing(window, tmp_path):
    broken = tmp_path / "broken.json"
    data = starter_project().to_dict()
    data["graph"]["nodes"][1]["params"]["units"] = -4
    broken.write_text(json.dumps(data))
    before = window.document.project
    before_dict = before.to_dict()
    assert window.files.open(broken) is False
    [(title, text)] = window.dialogs.errors
    assert "broken.json" in text and "units must be an integer from 1 to 4096, got -4" in text
    assert window.document.project is before and before.to_dict() == before_dict
    (tmp_path / "junk.json").write_text("{not json")
    assert window.files.open(tmp_path / "junk.json") is False
    assert len(window.dialogs.errors) == 2
    assert window.document.project is before


def test_save_error_is_shown_and_nothing_is_lost(window, tmp_path):
    doc = window.document
    doc.push(SetParam(_dense(window).id, "units", 9))
    expected = doc.project.to_dict()
    window.dialogs.save_path = tmp_path / "no-such-folder" / "x.json"
    assert window.files.save_as() is False
    [(title, text)] = window.dialogs.errors
    assert "could not be saved" in text
    assert doc.modified and doc.project.to_dict() == expected and doc.path is None


def test_close_new_and_open_with_unsaved_changes_ask(window, tmp_path):
    doc, dialogs = window.document, window.dialogs
    design = doc.project
    doc.push(SetParam(_dense(window).id, "units", 3))
    dialogs.answer = "cancel"
    assert window.close() is False and window.isVisible()
    window.files.new()
    dialogs.open_path = tmp_path / "whatever.json"
    window.files.open()
    assert dialogs.asked_save_changes == 3 and doc.project is design and doc.modified

    dialogs.answer = "save"
    dialogs.save_path = tmp_path / "kept.json"
    assert window.close() is True
    assert load_project((tmp_path / "kept.json").read_text()).to_dict()["graph"] == design.to_dict()["graph"]


def test_clean_document_closes_without_asking(window):
    assert window.close() is True
    assert window.dialogs.asked_save_changes == 0


def test_status_bar_shows_parameters_and_first_error_which_selects_the_node(window, qtbot):
    doc = window.document
    assert window.validity_text() == "✓ OK"
    assert window.params_label.text() == f"Parameters: {doc.report.total_params:,}"
    last_dense = doc.project.graph.nodes_of_kind("Dense")[-1]
    doc.push(SetParam(last_dense.id, "units", 3))  # a binary head needs 1 value
    assert "binary classifier needs 1 output" in window.validity_text()
    output = doc.project.graph.nodes_of_kind("Output")[0]
    QTest.mouseClick(window.validity_button, Qt.MouseButton.LeftButton)
    assert window.view.selected_node_ids() == [output.id]
    assert window.inspector.node_id == output.id


def test_editor_messages_show_in_the_status_bar(window):
    window.view.message.emit("Cannot connect: it would make a cycle")
    assert window.statusBar().currentMessage() == "Cannot connect: it would make a cycle"


def test_undo_redo_texts_and_edit_shortcuts(window):
    doc, graph = window.document, window.document.project.graph
    count = len(graph.nodes)
    doc.push(SetParam(_dense(window).id, "units", 6))
    assert "Set units" in window.undo_action.text()
    _keys(window, "Ctrl+Z")
    assert _dense(window).params["units"] != 6
    assert "Set units" in window.redo_action.text()
    _keys(window, "Ctrl+Y")
    assert _dense(window).params["units"] == 6
    _keys(window, "Ctrl+Z")
    _keys(window, "Ctrl+Shift+Z")
    assert _dense(window).params["units"] == 6

    _keys(window, "Ctrl+A")
    assert len(window.view.selected_node_ids()) == count
    _keys(window, "Del")
    assert len(graph.nodes) == 0
    _keys(window, "Ctrl+Z")
    assert len(graph.nodes) == count
    window.view.select_nodes([_dense(window).id])
    _keys(window, "Ctrl+D")
    assert len(graph.nodes) == count + 1


def test_view_shortcuts_zoom_and_layout(window):
    view = window.view
    before = view.zoom()
    _keys(window, "Ctrl++")
    assert view.zoom() > before
    _keys(window, "Ctrl+-")
    _keys(window, "Ctrl+-")
    assert view.zoom() < before
    _keys(window, "Ctrl+0")
    graph = window.document.project.graph
    first = next(iter(graph.nodes.values()))
    window.document.push(SetParam(first.id, "shape", [2]))  # no-op value; layout below is the real check
    _keys(window, "Ctrl+L")
    xs = [n.pos[0] for n in graph.nodes.values()]
    assert xs == sorted(xs)  # a chain is laid out left to right


def test_dock_toggles_and_layout_persist(qtbot, settings, window):
    toggles = {a.text() for a in window.menuBar().actions()[2].menu().actions()}
    assert {"Layers", "Inspector", "Data", "Quick builder"} <= toggles
    window.data_dock.toggleViewAction().trigger()
    assert window.data_dock.isHidden()
    window.resize(760, 560)  # within the offscreen screen (800×600): restoreGeometry clamps to the screen
    assert window.close()
    again = MainWindow(Document(starter_project()), settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.data_dock.isHidden() and not again.palette_dock.isHidden()
    assert (again.width(), again.height()) == (760, 560)


def test_recent_files_are_kept_newest_first_and_capped(window, tmp_path):
    for i in range(MAX_RECENT + 2):
        window.files.add_recent(tmp_path / f"p{i}.json")
    recent = window.files.recent_files()
    assert len(recent) == MAX_RECENT and recent[0].name == f"p{MAX_RECENT + 1}.json"
    window.files.add_recent(tmp_path / "p5.json")
    assert window.files.recent_files()[0].name == "p5.json" and len(window.files.recent_files()) == MAX_RECENT
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert labels[0] == "&1 p5.json" and labels[-1] == "Clear list"
    # A recent file that has gone: opening says so and drops it from the list.
    window.recent_menu.actions()[0].trigger()
    assert window.dialogs.errors and "p5.json" in window.dialogs.errors[0][1]
    assert all(p.name != "p5.json" for p in window.files.recent_files())


def test_open_preset_lists_bundled_presets_and_opens_an_untitled_copy(window):
    presets = list_presets()
    window.presets_menu.aboutToShow.emit()
    actions = window.presets_menu.actions()
    if not presets:
        assert [a.text() for a in actions] == ["No presets installed"]
        return
    assert [a.text() for a in actions] == [label for label, _ in presets]
    assert (playground.resources_dir() / "presets").is_dir()
    actions[0].trigger()
    doc = window.document
    assert doc.path is None and not doc.modified
    assert doc.project.to_dict()["graph"] == load_project(presets[0][1].read_text()).to_dict()["graph"]


def test_about_names_app_and_version(window):
    assert "NN Playground" in window.about_text() and playground.__version__ in window.about_text()


def test_edit_shortcuts_in_a_text_field_edit_the_text_not_the_design(window, qtbot):
    graph = window.document.project.graph
    count = len(graph.nodes)
    window.view.select_nodes([_dense(window).id])
    window.inspector_dock.raise_()
    spin = window.inspector.form.fields["units"].editor
    spin.setFocus()
    spin.lineEdit().selectAll()
    QTest.keySequence(spin.lineEdit(), QKeySequence("Ctrl+A"))
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Delete)
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Backspace)
    assert len(graph.nodes) == count  # the layer is still there; only the field's text changed
    qtbot.keyClicks(spin.lineEdit(), "12")
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert _dense(window).params["units"] == 12
