"""The main window's default dock layout: plots along the bottom, editor tools left, forms right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

TABBED_BELOW_HEIGHT = 850
"""Below this window height the palette and the quick builder share the left column as tabs."""
PANEL_MIN_WIDTH = 420
"""Plot panels side by side: as many as fit at this width each (the rest are tabs of the last one)."""
PANEL_AREA_SHARE = 0.5
"""Share of the window height the plot row takes along the bottom edge: on a 1280×720 projector
the boundary, the loss curve and the gradient verdict must read from the back of the room."""


def arrange_docks(window: MainWindow) -> None:
    """Default dock layout for the current window size (a saved layout overrides it).

    The plot panels run along the whole bottom edge and take about half the height; above them
    the palette, the canvas and the right column (inspector, data, training as tabs) share the
    rest. Below ~850 px of height the palette and the quick builder are tabs too.
    """
    height = max(window.height(), 600)
    # Re-adding moves a dock out of any earlier split or tab group, so calling this again
    # (after a resize, for a screenshot) starts from a clean column instead of nesting splits.
    for dock in (window.inspector_dock, window.data_dock, window.training_dock):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock, Qt.Orientation.Vertical)
    window.tabifyDockWidget(window.inspector_dock, window.data_dock)
    window.tabifyDockWidget(window.data_dock, window.training_dock)
    window.data_dock.raise_()  # the inspector comes to the front when a layer is selected
    for dock in (window.palette_dock, window.builder_dock):
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock, Qt.Orientation.Vertical)
    top = int(height * (1 - PANEL_AREA_SHARE))
    if height < TABBED_BELOW_HEIGHT:
        window.tabifyDockWidget(window.palette_dock, window.builder_dock)
        window.palette_dock.raise_()
    else:
        window.resizeDocks(
            [window.palette_dock, window.builder_dock], [top * 6 // 10, top * 4 // 10], Qt.Orientation.Vertical
        )
    window.resizeDocks([window.palette_dock, window.inspector_dock], [220, 350], Qt.Orientation.Horizontal)
    arrange_panel_docks(window, [dock for dock in window.panel_docks if not dock.isHidden()] or window.panel_docks)


def arrange_panel_docks(window: MainWindow, docks: list) -> None:
    """Plot panels along the bottom: as many side by side as fit, the rest as tabs of the last of them.

    The first panel (the decision boundary, the filters: a square picture) is about as wide as the
    row is high; the curves share the rest of the width.
    """
    if not docks:
        return
    height = max(window.height(), 600)
    shown = max(1, min(len(docks), window.width() // PANEL_MIN_WIDTH))
    visible, tabbed = docks[:shown], docks[shown:]
    for dock in visible:
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock, Qt.Orientation.Horizontal)
    for dock in tabbed:
        window.tabifyDockWidget(visible[-1], dock)
    visible[-1].raise_()
    panel_height = int(height * PANEL_AREA_SHARE)
    window.resizeDocks([visible[0]], [panel_height], Qt.Orientation.Vertical)
    area = max(window.width() - 20, 400)
    first = min(panel_height + 40, area // len(visible))
    rest = (area - first) // max(len(visible) - 1, 1)
    window.resizeDocks(visible, [first] + [rest] * (len(visible) - 1), Qt.Orientation.Horizontal)
