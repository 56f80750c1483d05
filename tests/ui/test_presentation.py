"""Presentation mode, themes, text size and the keyboard shortcuts list, driven through the real keys and menus."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from training_support import open_window, preset

from playground.ui import forms
from playground.ui.document import Document
from playground.ui.main_window import MainWindow
from playground.ui.plots.base import current_theme
from playground.ui.presentation import DEFAULT_SCALE


def _reset_look(window: MainWindow) -> None:
    """Leave the process as the other tests expect it: light theme, scale 1, advanced rows shown."""
    window.presentation.leave()
    window.presentation.set_theme("light")
    forms.set_hide_advanced(False)


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, size=(760, 560))  # within the offscreen screen: geometry restores exactly
    win.activateWindow()
    yield win
    _reset_look(win)


def _press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on the focused canvas of the active window, as from the keyboard or a presenter's remote."""
    window.view.setFocus()
    QTest.keyClick(window.view, key, modifiers)


def _loss_plot(window: MainWindow) -> pg.PlotWidget:
    panel = next(p for p in window.session.panels() if type(p).__name__ == "LossPanel")
    return panel.findChildren(pg.PlotWidget)[0]


def _dock_layout(window: MainWindow) -> dict[str, tuple[bool, bool, object]]:
    docks = [window.palette_dock, window.builder_dock, window.inspector_dock, window.data_dock, window.training_dock]
    return {d.objectName(): (d.isHidden(), d.isFloating(), window.dockWidgetArea(d)) for d in docks}


def test_f11_enters_full_screen_with_large_text_and_esc_restores_the_window(window, qtbot):
    app = QApplication.instance()
    base_pt = app.font().pointSizeF()
    layout, size = _dock_layout(window), window.size()
    _press(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert window.presentation.mode_action.isChecked()
    assert window.palette_dock.isHidden() and window.builder_dock.isHidden()  # the canvas and plots get the room
    assert app.font().pointSizeF() == pytest.approx(base_pt * DEFAULT_SCALE)
    assert current_theme().font_scale == DEFAULT_SCALE and current_theme().line_scale > 1
    _press(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert not window.presentation.mode_action.isChecked()
    assert _dock_layout(window) == layout and window.size() == size
    assert app.font().pointSizeF() == pytest.approx(base_pt) and current_theme().font_scale == 1
    _press(window, Qt.Key.Key_F11)  # F11 toggles: on, then off again
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    _press(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert _dock_layout(window) == layout


def test_escape_outside_presentation_mode_is_left_to_the_editor(window):
    assert not window.presentation.leave_action.isEnabled()
    _press(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen() and not window.presentation.active


def test_theme_switch_restyles_existing_plots_widgets_and_canvas(window):
    plot = _loss_plot(window)
    axis = plot.getPlotItem().getAxis("left")
    assert plot.backgroundBrush().color().name() == "#ffffff"
    assert axis.textPen().color().name() == "#222222"
    window.presentation.theme_actions["dark"].trigger()
    assert plot.backgroundBrush().color().name() == current_theme().background.lower() != "#ffffff"
    assert axis.textPen().color().name() == "#e8e8e8"
    assert "#e8e8e8" in axis.labelStyle["color"].lower()
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 80  # the widgets are dark too
    hint = window.session.panels()[0].hint
    assert current_theme().hint_background in hint.styleSheet()
    assert window.settings.value("view/theme") == "dark"
    window.presentation.theme_actions["contrast"].trigger()
    assert plot.backgroundBrush().color().name() == "#000000" and axis.textPen().color().name() == "#ffffff"
    window.presentation.theme_actions["light"].trigger()
    assert plot.backgroundBrush().color().name() == "#ffffff" and axis.textPen().color().name() == "#222222"


def test_text_size_scales_plot_fonts_and_lines_in_presentation_mode(window, qtbot):
    plot = _loss_plot(window).getPlotItem()
    axis = plot.getAxis("bottom")
    curve = next(item for item in plot.listDataItems() if item.opts.get("pen") is not None)
    tick_pt = axis.style["tickFont"].pointSize()
    width = pg.mkPen(curve.opts["pen"]).widthF()
    window.presentation.mode_action.trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert axis.style["tickFont"].pointSize() == round(tick_pt * DEFAULT_SCALE)
    assert pg.mkPen(curve.opts["pen"]).widthF() > width
    window.presentation.scale_actions[2.0].trigger()
    assert axis.style["tickFont"].pointSize() == tick_pt * 2
    assert float(axis.labelStyle["font-size"].removesuffix("pt")) == pytest.approx(24)
    assert window.settings.value("view/presentation_text_scale") in (2.0, "2.0", "2")
    window.presentation.mode_action.trigger()
    assert axis.style["tickFont"].pointSize() == tick_pt
    assert pg.mkPen(curve.opts["pen"]).widthF() == pytest.approx(width)


def test_the_saved_theme_comes_back_in_a_new_window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/theme", "dark")
    window = MainWindow(Document(preset("xor-mlp")), settings)
    qtbot.addWidget(window)
    try:
        assert window.presentation.theme_actions["dark"].isChecked()
        assert _loss_plot(window).backgroundBrush().color().name() == current_theme().background.lower()
    finally:
        _reset_look(window)


def test_keyboard_shortcuts_dialog_lists_the_remote_keys(window, qtbot):
    window.presentation.shortcuts_action.trigger()
    dialog = window.presentation.dialog
    qtbot.waitExposed(dialog)
    rows = dict((what, keys) for keys, what in dialog.texts())
    assert "PgDown" in rows["Play / Pause"] and "F5" in rows["Play / Pause"]
    assert "PgUp" in rows["One step"] and "Shift+PgUp" in rows["One epoch"] and "Ctrl+R" in rows["Reset the run"]
    dialog.close()
