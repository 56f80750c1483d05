"""The main window: the node editor in the centre, palette / inspector / data / training docks, the
live plot panels along the bottom, the training toolbar, menus, status bar.

The window owns no design state: it forwards menu commands to the editor view, the document and
the file actions, and shows what the document reports (title, parameter count, validity). The
``TrainingSession`` owns the training run and feeds the plot panels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QWidget,
)

import playground
from playground.graph import AddNode, GraphError, ShapeReport
from playground.ui import compare_actions, device_choice, hand_set, language, lessons, presentation, scrub
from playground.ui.app import APP_NAME, ORGANIZATION, SETTINGS_APP
from playground.ui.data_dock import DataPanel
from playground.ui.dock_layout import arrange_docks
from playground.ui.document import Document
from playground.ui.editor import EditorView, QuickBuilder, style
from playground.ui.editor.live import LiveCanvas
from playground.ui.exports import ExportActions
from playground.ui.files import FileActions, list_presets
from playground.ui.i18n import integer, tr
from playground.ui.inspector import Inspector
from playground.ui.palette import Palette
from playground.ui.panel_docks import PanelDocks, add_panel_docks
from playground.ui.plots import PANEL_CLASSES
from playground.ui.session import TrainingSession
from playground.ui.theme import ERROR_COLOR, OK_COLOR
from playground.ui.training_dock import TrainingPanel
from playground.ui.training_toolbar import TrainingActions, TrainingToolbar

MESSAGE_MS = 5000
_STATUS_ERROR_CHARS = 90


def _scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless vertical scroll area: on short screens forms scroll instead of squeezing."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    return scroll


def default_settings() -> QSettings:
    """The user's settings store (window layout, recent files)."""
    return QSettings(ORGANIZATION, SETTINGS_APP)


class MainWindow(QMainWindow):
    """The editor window for one ``Document``; ``settings`` defaults to the user's QSettings."""

    def __init__(
        self,
        document: Document,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        panel_classes: list[type] | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings if settings is not None else default_settings()
        self.setWindowTitle(APP_NAME)
        self.resize(1400, 900)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.view = EditorView(document)
        self.setCentralWidget(self.view)
        self.palette = Palette()
        self.quick_builder = QuickBuilder(document)
        self.inspector = Inspector(document)
        self.data_panel = DataPanel(document)
        self.palette_dock = self._dock(tr("Layers"), "palette_dock", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        # Scrolling: a deep design's long list must not push the plot row down. Only vertically:
        # the column keeps the width of the builder's buttons.
        builder_scroll = _scrolling(self.quick_builder)
        builder_scroll.setMinimumWidth(
            self.quick_builder.minimumSizeHint().width() + builder_scroll.verticalScrollBar().sizeHint().width()
        )
        self.builder_dock = self._dock(
            tr("Quick builder"), "builder_dock", builder_scroll, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector_dock = self._dock(
            tr("Inspector"), "inspector_dock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.data_dock = self._dock(
            tr("Data"), "data_dock", _scrolling(self.data_panel), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._build_training(PANEL_CLASSES if panel_classes is None else panel_classes)
        self.live_canvas = LiveCanvas(self.view, self.session)  # neuron maps and weights on the canvas
        self.panel_docks_shown = PanelDocks(self)
        self.panel_docks_shown.update(arrange=False)  # before the layout: it lays out only the needed panels
        self.arrange_docks()

        self.files = FileActions(self, document, self.settings)
        self.exports = ExportActions(self)
        self.files.run_opened.connect(self.session.resume)
        self._build_status_bar()
        self._build_menus()

        self.view.selection_changed.connect(self._on_selection_changed)
        self.view.message.connect(self.show_message)
        self.palette.activated.connect(self.add_layer_at_centre)
        document.report_changed.connect(self._on_report_changed)
        document.file_changed.connect(self._update_title)
        document.project_replaced.connect(self._on_project_replaced)
        self._on_report_changed(document.report)
        self._update_title()
        self.restore_layout()
        self.panel_docks_shown.update(arrange=False)  # a saved layout may show panels this design does not need
        language.install(self)
        self.scrub_bar = scrub.install(self)
        lessons.install(self)
        compare_actions.install(self)
        presentation.install(self)
        device_choice.install(self)
        hand_set.install(self)

    def arrange_docks(self) -> None:
        """Default dock layout for the current window size (a saved layout overrides it)."""
        arrange_docks(self)
        self.panel_docks_shown.raise_requested()  # a lesson's own panels in front

    def _build_training(self, panel_classes: list[type]) -> None:
        self.session = TrainingSession(self.document, self)
        self.training_actions = TrainingActions(self.session, self)
        self.training_toolbar = TrainingToolbar(self.session, self.training_actions, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.training_toolbar)
        self.training_panel = TrainingPanel(self.session, self.training_actions)
        self.training_dock = self._dock(
            tr("Training"), "training_dock", _scrolling(self.training_panel), Qt.DockWidgetArea.RightDockWidgetArea
        )
        # Plots along the whole bottom edge, below the palette, the canvas and the right column.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.panel_docks = add_panel_docks(self, panel_classes)  # each builds its panel when first shown
        self.session.message.connect(self.show_message)
        self.session.state_changed.connect(self._on_training_state)

    def _on_training_state(self) -> None:
        if self.session.failure and self.tabifiedDockWidgets(self.training_dock):
            self.training_dock.raise_()  # the banner with the advice is in the training dock

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState/restoreState find docks by object name
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # --- status bar ------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.params_label = QLabel()
        self.params_label.setToolTip(tr("Learnable values (weights and biases) of the whole design"))
        self.validity_button = QToolButton()
        self.validity_button.setAutoRaise(True)
        self.validity_button.clicked.connect(self.select_first_error)
        bar.addPermanentWidget(self.validity_button)
        bar.addPermanentWidget(self.params_label)

    def _on_report_changed(self, report: ShapeReport) -> None:
        self.params_label.setText(tr("Parameters: {count}", count=integer(report.total_params)))
        first = report.first_error()
        if first is None:
            self.validity_button.setText(tr("✓ OK"))
            self.validity_button.setToolTip(tr("The design is valid: every layer has a shape"))
            self.validity_button.setStyleSheet(f"color: {OK_COLOR}; font-weight: bold;")
            return
        node_id, message = first
        short = message if len(message) <= _STATUS_ERROR_CHARS else message[: _STATUS_ERROR_CHARS - 1] + "…"
        self.validity_button.setText(f"⚠ {short}")
        hint = "\n\n" + tr("Click to select that layer.") if node_id else ""
        self.validity_button.setToolTip(message + hint)
        self.validity_button.setStyleSheet(f"color: {ERROR_COLOR};")

    def validity_text(self) -> str:
        return self.validity_button.text()

    def _on_selection_changed(self, node_ids: list[str]) -> None:
        self.inspector.set_node_ids(node_ids)
        if len(node_ids) == 1 and self.tabifiedDockWidgets(self.inspector_dock):
            self.inspector_dock.raise_()  # sharing a tab with the data panel: show what was clicked

    def select_first_error(self) -> None:
        """Select (and so inspect) the layer named by the design's first error."""
        first = self.document.report.first_error()
        if first is not None and first[0] is not None:
            self.view.select_nodes([first[0]])
            self.inspector.set_node_ids([first[0]])

    def show_message(self, text: str) -> None:
        """A transient status-bar message (editor refusals, hints)."""
        self.statusBar().showMessage(text, MESSAGE_MS)

    # --- menus ---------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: object, shortcuts: object = (), tip: str = "") -> QAction:
        action = QAction(text, self)
        keys = shortcuts if isinstance(shortcuts, (list, tuple)) else [shortcuts]
        action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        std = QKeySequence.StandardKey
        file_menu = bar.addMenu(tr("&File"))
        self.new_action = self._action(file_menu, tr("&New"), self.files.new, std.New, tr("Start an empty design"))
        self.open_action = self._action(file_menu, tr("&Open…"), self.files.open, std.Open, tr("Open a project file"))
        self.presets_menu = file_menu.addMenu(tr("Open &Preset"))
        self.presets_menu.aboutToShow.connect(self._fill_presets)
        self.recent_menu = file_menu.addMenu(tr("&Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, tr("&Save"), self.files.save, std.Save, tr("Save the project"))
        self.save_as_action = self._action(
            file_menu, tr("Save &As…"), self.files.save_as, "Ctrl+Shift+S", tr("Save the project under a new name")
        )
        file_menu.addSeparator()
        self.exports.add_to(file_menu)
        file_menu.addSeparator()
        self._action(file_menu, tr("&Quit"), self.close, "Ctrl+Q", tr("Close the window"))

        edit = bar.addMenu(tr("&Edit"))
        self.undo_action = self.document.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.document.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        view = self.view
        self._action(edit, tr("Cu&t"), view.cut, std.Cut, tr("Cut the selected layers"))
        self._action(edit, tr("&Copy"), view.copy, std.Copy, tr("Copy the selected layers"))
        self._action(edit, tr("&Paste"), view.paste, std.Paste, tr("Paste layers from the clipboard"))
        self._action(edit, tr("&Duplicate"), view.duplicate, "Ctrl+D", tr("Duplicate the selected layers"))
        self._action(
            edit,
            tr("De&lete"),
            view.delete_selected,
            [QKeySequence(std.Delete), "Backspace"],
            tr("Delete the selected layers"),
        )
        edit.addSeparator()
        self._action(edit, tr("Select &All"), view.select_all, std.SelectAll, tr("Select every layer"))

        view_menu = bar.addMenu(tr("&View"))
        self.view_menu = view_menu
        self._action(view_menu, tr("Zoom &In"), view.zoom_in, [QKeySequence(std.ZoomIn), "Ctrl+="])
        self._action(view_menu, tr("Zoom &Out"), view.zoom_out, [QKeySequence(std.ZoomOut)])
        self._action(view_menu, tr("&Fit to Window"), view.fit_to_view, "Ctrl+0", tr("Show the whole design"))
        self._action(view_menu, tr("Auto-&Layout"), view.auto_layout, "Ctrl+L", tr("Arrange the layers left to right"))
        view_menu.addAction(self.live_canvas.toggle_action)
        view_menu.addSeparator()
        for dock in (self.palette_dock, self.builder_dock, self.inspector_dock, self.data_dock, self.training_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self.training_toolbar.toggleViewAction())
        if self.panel_docks:
            plots = view_menu.addMenu(tr("&Plots"))
            for dock in self.panel_docks:
                plots.addAction(dock.toggleViewAction())

        training = bar.addMenu(tr("&Training"))
        for action in self.training_actions.all():
            training.addAction(action)
        hint = training.addAction(tr("Space (tap): Play / Pause"))
        hint.setEnabled(False)

        help_menu = bar.addMenu(tr("&Help"))
        self.help_menu = help_menu
        self._action(help_menu, tr("&About NN Playground"), self.show_about)

    def _fill_presets(self) -> None:
        self.presets_menu.clear()
        presets = list_presets()
        if not presets:
            self.presets_menu.addAction(tr("No presets installed")).setEnabled(False)
        for label, path in presets:
            action = self.presets_menu.addAction(tr(label))
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(self._on_preset_chosen)

    def _on_preset_chosen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.files.open_preset(Path(action.data()))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent_files()
        if not recent:
            self.recent_menu.addAction(tr("No recent files")).setEnabled(False)
            return
        for i, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{i} {path.name}")
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(self._on_recent_chosen)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(tr("Clear list")).triggered.connect(self.files.clear_recent)

    def _on_recent_chosen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.files.open(Path(action.data()))

    def about_text(self) -> str:
        return (
            f"<b>{APP_NAME}</b> {playground.__version__}<br>"
            + tr("Build a neural network in a node editor, watch it learn, export it.")
        )

    def show_about(self) -> None:
        QMessageBox.about(self, tr("About {app}", app=APP_NAME), self.about_text())

    # --- actions -------------------------------------------------------------------------

    def add_layer_at_centre(self, kind_id: str, params: object) -> None:
        """Add a layer where the canvas is looking (palette double-click / Enter)."""
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        # Same convention as a drop: the node's header lands on the point.
        pos = (float(round(centre.x() - style.NODE_WIDTH / 2)), float(round(centre.y() - style.HEADER_HEIGHT / 2)))
        command = AddNode(kind_id, dict(params or {}), pos)
        try:
            self.document.push(command)
        except GraphError as e:
            self.show_message(str(e))
            return
        self.view.select_nodes([command.node_id])

    # --- title, layout, closing ------------------------------------------------------------

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.title} — {APP_NAME}")
        self.setWindowModified(self.document.modified)

    def _on_project_replaced(self) -> None:
        self.inspector.set_node_ids([])
        self.view.fit_to_view()

    def restore_layout(self) -> None:
        """Window geometry and dock layout from the last session, if any."""
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        # Docks first, then the window size: restoring the docks into the default-sized window
        # could otherwise stretch a small saved window to fit the docks' saved sizes.
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Once the window is on screen, load torch in the background so the first Play is quick (a staged
        # start does it once the panels are built: ``ui.staged_start``).
        if getattr(self, "staged_start", None) is None:
            QTimer.singleShot(0, self.session.warm_up)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.files.maybe_save():
            event.ignore()
            return
        self.session.shutdown()  # stop the worker thread before the widgets go
        self.save_layout()
        event.accept()
