"""The app's staged start: the window is painted first, its plot panels are built right after.

A plot panel (pyqtgraph) costs tens of milliseconds to build; the first frame of the window must not wait
for them. ``StagedStart(window)``, made before ``window.show()``, holds the panel docks (``PanelDock.held``):
the window comes up with the real editor, forms and docks, the plot docks empty and the status bar saying
"Loading panels…". Once the window has been exposed and painted, the docks on screen build their panels
in the next turns of the event loop, and then the background import of torch starts (it would otherwise
compete with the first paint for the interpreter). Tests construct ``MainWindow`` without it: their
panels build as soon as their docks show.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from playground.ui.i18n import tr

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

FALLBACK_MS = 1500
"""Build the panels after this long even if the window was never exposed (started minimised, say)."""


class StagedStart(QObject):
    """Holds ``window``'s plot panels until its first paint, then builds the visible ones (see module doc).

    ``finished`` is True once the panels are built and the warm-up has started.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.finished = False
        self._handle: QObject | None = None
        for dock in window.panel_docks:
            dock.held = True
        window.staged_start = self  # its showEvent leaves the torch warm-up to ``finish``
        window.installEventFilter(self)  # until the window has its QWindow (when first shown)
        window.statusBar().showMessage(tr("Loading panels…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window:
            handle = self.window.windowHandle()
            if handle is not None and self._handle is None:
                self._handle = handle
                handle.installEventFilter(self)
                self.window.removeEventFilter(self)
                QTimer.singleShot(FALLBACK_MS, self.finish)
        elif event.type() == QEvent.Type.Expose and watched.isExposed():  # type: ignore[attr-defined]
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.finish)  # after the expose handler has painted the first frame
        return False

    def finish(self) -> None:
        """Build the panels of the docks on screen (each in its own turn of the event loop), then warm up."""
        if self.finished:
            return
        self.finished = True
        docks = list(self.window.panel_docks)
        for dock in docks:
            dock.held = False
        self._build_next([d for d in docks if d.on_screen])

    def _build_next(self, docks: list) -> None:
        # One panel per turn: the window stays responsive (a click on the canvas) while they fill in.
        if docks:
            docks[0].ensure_panel()
            QTimer.singleShot(0, self, partial(self._build_next, docks[1:]))
            return
        self.window.statusBar().clearMessage()
        self.window.session.warm_up()


def stage(window: MainWindow) -> StagedStart:
    """Hold ``window``'s panels until its first paint (call before ``window.show()``)."""
    return StagedStart(window)
