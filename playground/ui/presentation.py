"""Presentation mode for the lecture hall, themes, pop-out plots, clicker keys and "Hide Advanced Controls".

``install(window)`` adds to the View menu:

- Presentation Mode (F11): full screen, text and plot fonts × the chosen Text Size (150 % unless
  changed), thicker plot lines, the palette and quick-builder docks hidden; F11 or Esc restores the
  exact window state from before (geometry and dock layout).
- Theme: Light / Dark / High contrast, for the widgets (a Fusion palette), the plots (``plots.base``
  theme, restyled live by ``plots.restyle``) and the node editor's canvas.
- Pop Out per plot (``ui.popout``), Keyboard Shortcuts… (``ui.clicker`` adds the remote's keys),
  Hide Advanced Controls (``ui.forms``: rows of ``ParamSpec.advanced`` settings and the quick builder).

Theme, text size and the advanced switch persist in ``window.settings``.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from playground.ui import clicker, forms
from playground.ui.editor import style as editor_style
from playground.ui.i18n import tr
from playground.ui.plots.base import PLOT_THEMES, current_theme, set_plot_theme
from playground.ui.plots.restyle import restyle
from playground.ui.popout import PopOut
from playground.ui.theme import THEME_NAMES, apply_widget_theme

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)
DEFAULT_SCALE = 1.5
PRESENTATION_LINE_SCALE = 1.6
THEME_KEY, SCALE_KEY, ADVANCED_KEY = "view/theme", "view/presentation_text_scale", "view/hide_advanced"
_RESTYLE_DELAY_MS = 150


class Presentation(QObject):
    """The window's presentation mode, theme, text size and advanced-controls switch (see the module doc)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.active = False
        self._saved: tuple[QByteArray, QByteArray, Qt.WindowState] | None = None
        app = QApplication.instance()
        self._base_font = QFont(app.font()) if isinstance(app, QApplication) else QFont()
        self.theme = str(self.settings.value(THEME_KEY, "light"))
        if self.theme not in PLOT_THEMES:
            self.theme = "light"
        try:
            self.scale = float(self.settings.value(SCALE_KEY, DEFAULT_SCALE))
        except (TypeError, ValueError):
            self.scale = DEFAULT_SCALE
        if self.scale not in TEXT_SCALES:
            self.scale = DEFAULT_SCALE
        # Panels build plot items later (a new dataset, the first snapshot): bring those to the theme too.
        self._restyle_timer = QTimer(self)
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.setInterval(_RESTYLE_DELAY_MS)
        self._restyle_timer.timeout.connect(self._restyle_new_items)
        window.session.state_changed.connect(self._schedule_restyle)
        window.document.project_replaced.connect(self._schedule_restyle)
        window.document.settings_changed.connect(self._schedule_restyle)
        window.session.feed.panel_added.connect(self._on_panel_added)
        self._build_actions()
        clicker.add_clicker_keys(window)
        if self.theme != "light":
            self.set_theme(self.theme)
        self.hide_advanced_action.setChecked(self.settings.value(ADVANCED_KEY, False) in (True, "true"))

    # --- menus -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        window = self.window
        self.mode_action = QAction(tr("&Presentation Mode"), window)
        self.mode_action.setCheckable(True)
        self.mode_action.setShortcut(QKeySequence("F11"))
        self.mode_action.setStatusTip(tr("Full screen with large text and thick lines, for the lecture hall (F11)"))
        self.mode_action.toggled.connect(self.set_active)
        window.addAction(self.mode_action)
        self.leave_action = QAction(tr("Leave Presentation Mode"), window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)  # Esc means "cancel" in the editor outside presentation mode
        self.leave_action.triggered.connect(self.leave)
        window.addAction(self.leave_action)

        self.scale_group = QActionGroup(self)
        self.scale_actions: dict[float, QAction] = {}
        for scale in TEXT_SCALES:
            action = QAction(tr("{percent} %", percent=round(scale * 100)), self)
            action.setCheckable(True)
            action.setChecked(scale == self.scale)
            action.setStatusTip(tr("Size of text and plot labels in presentation mode"))
            action.triggered.connect(partial(self.set_scale, scale))
            self.scale_group.addAction(action)
            self.scale_actions[scale] = action

        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name, label in THEME_NAMES.items():
            action = QAction(tr(label), self)
            action.setCheckable(True)
            action.setChecked(name == self.theme)
            action.triggered.connect(partial(self.set_theme, name))
            self.theme_group.addAction(action)
            self.theme_actions[name] = action

        self.hide_advanced_action = QAction(tr("Hide &Advanced Controls"), window)
        self.hide_advanced_action.setCheckable(True)
        self.hide_advanced_action.setStatusTip(
            tr("Show only the settings a first lecture needs: hides fine-tuning settings and the quick builder")
        )
        self.hide_advanced_action.toggled.connect(self.set_hide_advanced)
        self.shortcuts_action = QAction(tr("&Keyboard Shortcuts…"), window)
        self.shortcuts_action.setStatusTip(tr("The keys (and presentation-remote buttons) that drive training"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.pop_out = PopOut(window)

        menu = getattr(window, "view_menu", None) or _find_menu(window, "&View")
        if menu is None:
            return
        plots = _plots_menu(menu, window)
        if plots is not None:
            self.pop_out.add_to(plots)
        menu.addSeparator()
        menu.addAction(self.mode_action)
        size_menu = menu.addMenu(tr("Presentation &Text Size"))
        for action in self.scale_actions.values():
            size_menu.addAction(action)
        theme_menu = menu.addMenu(tr("T&heme"))
        for action in self.theme_actions.values():
            theme_menu.addAction(action)
        menu.addAction(self.hide_advanced_action)
        menu.addSeparator()
        menu.addAction(self.shortcuts_action)

    # --- presentation mode -------------------------------------------------------------------

    def set_active(self, on: bool) -> None:
        """Enter (full screen, large text) or leave (the exact state from before) presentation mode."""
        if on == self.active:
            return
        if on:
            self.enter()
        else:
            self.leave()

    def enter(self) -> None:
        window = self.window
        if self.active:
            return
        self.active = True
        self._saved = (window.saveGeometry(), window.saveState(), window.windowState())
        for dock in (window.palette_dock, window.builder_dock):
            dock.hide()  # the canvas and the plots get the room; nothing is built in a lecture's demo
        self._apply_look()
        window.showFullScreen()
        self.leave_action.setEnabled(True)
        self._sync_check(True)
        QTimer.singleShot(0, window.view.fit_to_view)

    def leave(self) -> None:
        window = self.window
        if not self.active:
            return
        self.active = False
        self.leave_action.setEnabled(False)
        self._apply_look()
        geometry, state, window_state = self._saved or (QByteArray(), QByteArray(), Qt.WindowState.WindowNoState)
        window.setWindowState(window_state)
        if not window_state & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
            window.showNormal()
            window.restoreGeometry(geometry)
        window.restoreState(state)
        if self.hide_advanced:  # switched on during the presentation: the builder stays hidden
            window.builder_dock.hide()
        self._saved = None
        self._sync_check(False)

    def _sync_check(self, on: bool) -> None:
        if self.mode_action.isChecked() != on:
            self.mode_action.setChecked(on)

    @property
    def hide_advanced(self) -> bool:
        return self.hide_advanced_action.isChecked()

    def font_scale(self) -> float:
        """The text scale in effect: the chosen Text Size in presentation mode, 1 otherwise."""
        return self.scale if self.active else 1.0

    def set_scale(self, scale: float) -> None:
        """Use ``scale`` for text in presentation mode (now, if it is on) and remember it."""
        self.scale = scale
        self.scale_actions[scale].setChecked(True)
        self.settings.setValue(SCALE_KEY, scale)
        if self.active:
            self._apply_look()

    # --- theme -------------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        """Switch widgets, plots and canvas to theme ``name`` ("light", "dark", "contrast") and remember it."""
        self.theme = name
        self.theme_actions[name].setChecked(True)
        self.settings.setValue(THEME_KEY, name)
        self._apply_look()

    def _apply_look(self) -> None:
        """Apply theme, font scale and line scale to the application font, the plots and the canvas."""
        apply_theme(self.window, self.theme, self.font_scale(), PRESENTATION_LINE_SCALE if self.active else 1.0)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font = QFont(self._base_font)
            if font.pointSizeF() > 0:
                font.setPointSizeF(self._base_font.pointSizeF() * self.font_scale())
            app.setFont(font)

    def _schedule_restyle(self, *_: object) -> None:
        if current_theme() != PLOT_THEMES["light"]:
            self._restyle_timer.start()

    def _on_panel_added(self, panel: object) -> None:
        # A panel built late (its dock first shown now) in a dark theme: its items start in the light one.
        if current_theme() != PLOT_THEMES["light"] and isinstance(panel, QWidget):
            restyle(panel, PLOT_THEMES["light"], widget_fonts=False)

    def _restyle_new_items(self) -> None:
        # Items a panel made since the last restyle carry the light theme's colours at scale 1.
        restyle(self.window, PLOT_THEMES["light"], widget_fonts=False)

    # --- advanced controls, shortcuts ----------------------------------------------------------

    def set_hide_advanced(self, hide: bool) -> None:
        """Hide (or show) advanced settings in every form, and the quick builder; remembered."""
        forms.set_hide_advanced(hide)
        self.settings.setValue(ADVANCED_KEY, hide)
        builder = self.window.builder_dock
        builder.toggleViewAction().setVisible(not hide)
        if hide:
            builder.hide()
        elif not self.active:
            builder.show()

    def show_shortcuts(self) -> clicker.ShortcutsDialog:
        """Open the list of keys (non-modal, so it can stay beside the window during a demo)."""
        dialog = clicker.ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialog = dialog
        return dialog


def apply_theme(window: MainWindow, name: str, font_scale: float = 1.0, line_scale: float = 1.0) -> None:
    """Restyle ``window`` live for theme ``name`` at these scales: widgets, every existing plot, the canvas."""
    old = current_theme()
    theme = set_plot_theme(name, font_scale, line_scale)
    apply_widget_theme(name)
    editor_style.set_canvas_theme(theme.dark)
    window.view.resetCachedContent()
    window.view.viewport().update()
    if old != theme:
        restyle(window, old)


def _find_menu(window: MainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() in (title, tr(title)):
            return menu
    return None


def _plots_menu(view_menu: QMenu, window: MainWindow) -> QMenu | None:
    """The View → Plots submenu: the one holding the plot docks' toggles."""
    toggles = {dock.toggleViewAction() for dock in window.panel_docks}
    for action in view_menu.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and toggles & set(menu.actions()):
            return menu
    return None


def install(window: MainWindow) -> Presentation:
    """Add presentation mode, themes, pop-out plots, clicker keys and Hide Advanced Controls to ``window``."""
    window.presentation = Presentation(window)
    return window.presentation


__all__ = ["Presentation", "apply_theme", "install"]
