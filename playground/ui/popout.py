"""Pop-out plots: any plot dock becomes a window of its own (for a second screen) and docks back.

Each plot dock gets "Pop Out" and "Dock Back" actions, in its right-click menu and in View → Plots.
A popped-out dock stays a ``QDockWidget`` of the main window, floating: the session keeps feeding
it (it is visible), it resizes freely, and docking back puts it where it was.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMenu

from playground.ui.i18n import tr

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

POPPED_SIZE = (900, 620)
"""A popped-out plot's first size: big enough to read from the back of a room."""


class PopOut(QObject):
    """Pop Out / Dock Back actions for every plot dock of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pop_actions: dict[QDockWidget, QAction] = {}
        self.back_actions: dict[QDockWidget, QAction] = {}
        for dock in window.panel_docks:
            dock.setFeatures(dock.features() | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
            pop = QAction(tr("Pop Out {panel}", panel=dock.windowTitle()), dock)
            pop.setStatusTip(tr("Show this plot in a window of its own, e.g. on a second screen"))
            pop.triggered.connect(partial(self.pop_out, dock))
            back = QAction(tr("Dock Back {panel}", panel=dock.windowTitle()), dock)
            back.setStatusTip(tr("Put this plot back into the main window"))
            back.triggered.connect(partial(self.dock_back, dock))
            dock.addAction(pop)
            dock.addAction(back)
            # A right click on the plot or its title bar offers both (pyqtgraph's own menus are off).
            dock.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            dock.topLevelChanged.connect(partial(self._on_floating_changed, dock))
            self.pop_actions[dock] = pop
            self.back_actions[dock] = back
            self._on_floating_changed(dock, dock.isFloating())
        self.dock_all = QAction(tr("Dock Back All Plots"), self)
        self.dock_all.setStatusTip(tr("Put every popped-out plot back into the main window"))
        self.dock_all.triggered.connect(self.dock_back_all)

    def add_to(self, menu: QMenu) -> None:
        """A "Pop Out" submenu listing every plot, and "Dock Back All Plots", at the end of ``menu``."""
        menu.addSeparator()
        sub = menu.addMenu(tr("Pop &Out"))
        for dock, action in self.pop_actions.items():
            sub.addAction(action)
            sub.addAction(self.back_actions[dock])
        menu.addAction(self.dock_all)

    def pop_out(self, dock: QDockWidget) -> None:
        """Float ``dock`` as its own resizable window, on the second screen if there is one."""
        dock.show()
        dock.setFloating(True)
        dock.resize(*POPPED_SIZE)
        screens = QGuiApplication.screens()
        here = self.window.screen()
        other = next((s for s in screens if s is not here), None)
        area = (other or here or screens[0]).availableGeometry()
        frame = dock.frameGeometry()
        frame.moveCenter(area.center())
        dock.move(frame.topLeft())
        dock.raise_()
        dock.activateWindow()

    def dock_back(self, dock: QDockWidget) -> None:
        """Return ``dock`` to its place in the main window."""
        dock.setFloating(False)

    def dock_back_all(self) -> None:
        for dock in self.window.panel_docks:
            if dock.isFloating():
                dock.setFloating(False)

    def _on_floating_changed(self, dock: QDockWidget, floating: bool) -> None:
        self.pop_actions[dock].setEnabled(not floating)
        self.back_actions[dock].setEnabled(floating)

    def floating_docks(self) -> list[QDockWidget]:
        """The plot docks shown as windows of their own now."""
        return [dock for dock in self.window.panel_docks if dock.isFloating()]
