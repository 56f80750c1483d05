"""Presenter-remote keys drive training, plots pop out and keep updating, advanced settings hide and show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from training_support import START_MS, RecordingPanel, open_window, preset

from playground.ui import forms
from playground.ui.document import Document
from playground.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path)
    win.activateWindow()
    yield win
    win.presentation.leave()
    forms.set_hide_advanced(False)


def _press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, key, modifiers)


def _step(window: MainWindow) -> int:
    latest = window.session.latest
    return -1 if latest is None else latest.step


def test_remote_keys_step_play_pause_and_reset(window, qtbot):
    session = window.session
    _press(window, Qt.Key.Key_PageUp)  # the remote's "back" button: one step
    qtbot.waitUntil(lambda: _step(window) == 1, timeout=START_MS)
    assert not session.playing
    _press(window, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: _step(window) == 2, timeout=5000)
    _press(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)  # one epoch
    epoch = session.steps_per_epoch()
    qtbot.waitUntil(lambda: _step(window) == 2 + epoch, timeout=5000)
    _press(window, Qt.Key.Key_PageDown)  # the remote's "next" button: play
    assert session.playing
    qtbot.waitUntil(lambda: _step(window) > 2 + epoch + 5, timeout=5000)
    _press(window, Qt.Key.Key_PageDown)  # and pause
    assert not session.playing
    _press(window, Qt.Key.Key_F5)  # the remote's start button plays too
    assert session.playing
    _press(window, Qt.Key.Key_F5)
    assert not session.playing
    _press(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # reset
    qtbot.waitUntil(lambda: _step(window) == 0, timeout=5000)


def test_remote_keys_keep_the_existing_shortcuts(window):
    epoch = window.training_actions.epoch
    keys = [k.toString() for k in epoch.shortcuts()]
    assert keys[0] == "Shift+Space" and "Shift+PgUp" in keys


def test_popped_out_plot_floats_and_still_gets_snapshots(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(preset("xor-mlp")), settings, panel_classes=[RecordingPanel])
    window.files.ask_save_changes = lambda: "discard"
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dock = window.panel_docks[0]
    panel = dock.widget()
    popout = window.presentation.pop_out
    assert dock.features() & dock.DockWidgetFeature.DockWidgetFloatable
    assert popout.pop_actions[dock] in dock.actions()  # offered on right click
    assert dock.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    popout.pop_actions[dock].trigger()
    assert dock.isFloating() and dock.isVisible() and popout.floating_docks() == [dock]
    assert not popout.pop_actions[dock].isEnabled() and popout.back_actions[dock].isEnabled()
    dock.resize(700, 500)
    assert dock.size().width() == 700
    window.session.step(3)
    qtbot.waitUntil(lambda: bool(panel.snapshots) and panel.snapshots[-1].step == 3, timeout=START_MS)
    popout.back_actions[dock].trigger()
    assert not dock.isFloating() and dock.isVisible()
    window.session.step(2)
    qtbot.waitUntil(lambda: panel.snapshots[-1].step == 5, timeout=5000)


def test_hide_advanced_controls_hides_rows_and_the_quick_builder(window, qtbot):
    form = window.training_panel.form
    window.training_dock.raise_()
    assert window.document.project.training["optimizer"] == "adam"
    qtbot.waitUntil(lambda: form.fields["beta1"].isVisible(), timeout=2000)
    action = window.presentation.hide_advanced_action
    action.trigger()
    assert action.isChecked() and window.settings.value("view/hide_advanced") in (True, "true")
    assert not form.fields["beta1"].isVisible() and not form.fields["eps"].isVisible()
    assert form.fields["lr"].isVisible() and form.fields["optimizer"].isVisible()
    assert window.builder_dock.isHidden()
    dense = window.document.project.graph.nodes_of_kind("Dense")[0]
    window.inspector.set_node_ids([dense.id])  # a form made while the switch is on hides its rows too
    window.inspector_dock.raise_()
    inspector_form = window.inspector.form
    qtbot.waitUntil(lambda: inspector_form.fields["units"].isVisible(), timeout=2000)
    assert "sigma" not in inspector_form.visible_fields()
    action.trigger()
    assert "sigma" in inspector_form.visible_fields() and not window.builder_dock.isHidden()
    window.training_dock.raise_()
    qtbot.waitUntil(lambda: form.fields["beta1"].isVisible(), timeout=2000)
    window.document.set_setting("training", "optimizer", "sgd")  # the owner's choice still applies
    assert not form.fields["beta1"].isVisible()
