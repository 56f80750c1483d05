"""Which plot panels a design needs: the window shows those and hides the rest.

A decision boundary means nothing for images, and filters nothing for a 2D MLP. Each panel class
says what it needs (``Panel.shows_for``); this controller works out the design's traits from the
document and, when the set of needed panels changes (another dataset, a preset, a new Conv2d),
hides the others (and their View menu entries) and lays the rest out again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from playground.graph import GraphEvent, Project
from playground.graph.settings import DATASETS
from playground.ui.design_traits import DesignTraits
from playground.ui.dock_layout import arrange_panel_docks
from playground.ui.i18n import tr

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
        pretrain=project.training.get("pretrain", "none"),
    )


PANEL_MIN_SIZE = (120, 100)
"""The window sets the panels' floor, not their contents: a long caption must not force the window wider than
the screen (or stretch a restored small window)."""


class _Placeholder(QWidget):
    """What a panel dock holds until it builds its panel: empty, the size of a panel."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(420, 320)


class PanelDock(QDockWidget):
    """The dock of one plot panel, which it builds when first shown or asked for (``ensure_panel``, ``widget``):
    start-up builds only the panels on screen, and a design's other panels cost nothing until shown.

    While ``held`` (the staged start, ``ui.staged_start``) showing the dock builds nothing yet. Signal
    ``built(panel)``.
    """

    built = Signal(object)

    def __init__(self, panel_class: type, parent: QWidget | None = None) -> None:
        super().__init__(tr(panel_class.title), parent)
        self.panel_class = panel_class
        self.setObjectName(f"panel_{panel_class.__name__}")  # saveState/restoreState find docks by object name
        self.held = False
        self.on_screen = False
        """Shown and, in a tab group, the current tab (``isVisible`` stays True for a tab behind another)."""
        self._panel: Any = None
        placeholder = _Placeholder()
        placeholder.setMinimumSize(*PANEL_MIN_SIZE)
        self.setWidget(placeholder)
        self.visibilityChanged.connect(self._on_visibility)

    @property
    def panel(self) -> Any:
        """The panel, or None while it is not built."""
        return self._panel

    def ensure_panel(self) -> Any:
        """The panel, built now if it was not."""
        if self._panel is None:
            panel = self.panel_class()
            panel.setMinimumSize(*PANEL_MIN_SIZE)
            placeholder = super().widget()
            self._panel = panel
            self.setWidget(panel)
            if placeholder is not None:
                placeholder.deleteLater()
            if self.isVisible():
                panel.show()  # now, not at the layout's next turn: it is drawn from this turn on
            self.built.emit(panel)
        return self._panel

    def widget(self) -> Any:
        """The panel (built now if it was not): what the dock shows."""
        return self.ensure_panel()

    def _on_visibility(self, visible: bool) -> None:
        self.on_screen = visible
        if visible and not self.held:
            self.ensure_panel()


def add_panel_docks(window: MainWindow, panel_classes: list[type]) -> list[PanelDock]:
    """A ``PanelDock`` per class along the bottom of ``window``, fed by its session once built."""
    docks = []
    for cls in panel_classes:
        dock = PanelDock(cls, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.session.add_panel(None, dock)
        docks.append(dock)
    return docks


def _shows_for(dock: PanelDock, traits: DesignTraits) -> bool:
    cls = dock.panel_class
    shows_for = getattr(cls, "shows_for", None)  # stand-in widgets in tests have none
    return shows_for is None or cls.__name__ in traits.requested or shows_for(traits)


class PanelDocks(QObject):
    """Shows the panel docks the current design needs and hides the others."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.traits: DesignTraits | None = None
        self._needed: tuple[PanelDock, ...] | None = None
        document = window.document
        document.project_replaced.connect(self._on_project_replaced)
        document.graph_changed.connect(self._on_graph_changed)
        document.settings_changed.connect(self._on_settings_changed)

    def needed(self, traits: DesignTraits) -> tuple[PanelDock, ...]:
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
            if self.traits is not None and dock.panel_class.__name__ in self.traits.requested:
                dock.raise_()

    def _on_graph_changed(self, event: GraphEvent) -> None:
        if event.type in _DESIGN_EVENTS:
            self.update()

    def _on_settings_changed(self, section: str, name: str) -> None:
        if (section, name) in (("data", "dataset"), ("training", "pretrain")):
            self.update()
