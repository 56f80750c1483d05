"""Which plot panels a design needs: the window shows those and hides the rest.

A decision boundary means nothing for images, and filters nothing for a 2D MLP. Each panel class
says what it needs (``Panel.shows_for``); this controller works out the design's traits from the
document and, when the set of needed panels changes (another dataset, a preset, a new Conv2d),
hides the others (and their View menu entries) and lays the rest out again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget

from playground.graph import GraphEvent, Project
from playground.graph.settings import DATASETS
from playground.ui.dock_layout import arrange_panel_docks
from playground.ui.plots.base import DesignTraits

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

_DESIGN_EVENTS = frozenset({"node_added", "node_removed", "param_changed", "reset"})


def design_traits(project: Project) -> DesignTraits:
    """The data kind, the Output's task and the layer kinds of ``project``."""
    outputs = project.graph.nodes_of_kind("Output")
    return DesignTraits(
        data_kind=DATASETS[project.data["dataset"]].kind,
        task=outputs[0].params["task"] if len(outputs) == 1 else "",
        kinds=frozenset(node.kind for node in project.graph.nodes.values()),
        dataset=project.data["dataset"],
        variants=len(project.variants),
        requested=frozenset(project.lesson.get("panels", ())),
    )


def _shows_for(dock: QDockWidget, traits: DesignTraits) -> bool:
    cls = type(dock.widget())
    shows_for = getattr(cls, "shows_for", None)  # stand-in widgets in tests have none
    return shows_for is None or cls.__name__ in traits.requested or shows_for(traits)


class PanelDocks(QObject):
    """Shows the panel docks the current design needs and hides the others."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.traits: DesignTraits | None = None
        self._needed: tuple[QDockWidget, ...] | None = None
        document = window.document
        document.project_replaced.connect(self._on_project_replaced)
        document.graph_changed.connect(self._on_graph_changed)
        document.settings_changed.connect(self._on_settings_changed)

    def needed(self, traits: DesignTraits) -> tuple[QDockWidget, ...]:
        """The panel docks a design with ``traits`` needs, in the window's panel order."""
        return tuple(dock for dock in self.window.panel_docks if _shows_for(dock, traits))

    def update(self, arrange: bool = True) -> None:
        """Hide unneeded panels; if the needed set changed, show the needed ones and (``arrange``) lay them out."""
        self.traits = design_traits(self.window.document.project)
        needed = self.needed(self.traits)
        changed = needed != self._needed
        self._needed = needed
        for dock in self.window.panel_docks:
            dock.toggleViewAction().setVisible(dock in needed)
            if dock not in needed and not dock.isHidden():
                dock.hide()
        if changed and arrange:
            for dock in needed:
                dock.show()
            arrange_panel_docks(self.window, list(needed))

    def _on_project_replaced(self) -> None:
        self.update()
        self.raise_requested()

    def raise_requested(self) -> None:
        """Bring the panels the project's lesson asks for to the front of their tab groups."""
        for dock in self._needed or ():
            if self.traits is not None and type(dock.widget()).__name__ in self.traits.requested:
                dock.raise_()

    def _on_graph_changed(self, event: GraphEvent) -> None:
        if event.type in _DESIGN_EVENTS:
            self.update()

    def _on_settings_changed(self, section: str, name: str) -> None:
        if section == "data" and name == "dataset":
            self.update()
