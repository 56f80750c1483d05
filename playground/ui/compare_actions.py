"""The Compare menu: train the design beside a frozen copy of itself (A/B), or stop comparing.

"Compare With a Copy" freezes the current design, with its training settings, as variant "A (copy)"; the
design in the editor becomes variant 0, "B (editing)". The user changes one thing and presses Play: both
train side by side from the same data, seed and (where the layers agree) the same initial weights, and the
comparison panels show them together. Each change of the variants is one undo step.
"""

from __future__ import annotations

import copy
import string
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from playground.graph import GraphError
from playground.graph.variants import MAX_VARIANTS
from playground.ui.i18n import N_, tr

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

EDITING_LABEL = N_("B (editing)")
COPY_LABEL = N_("{letter} (copy)")
"""Variant labels, stored in the project in the language they were made in (they are the user's data then)."""


def copy_variant(project: Any, label: str) -> dict[str, Any]:
    """The project's design and training settings, frozen as a variant labelled ``label``."""
    return {"label": label, "graph": project.graph.to_dict(), "training": copy.deepcopy(project.training)}


def next_copy_label(labels: list[str]) -> str | None:
    """"A (copy)", then "C (copy)", "D (copy)"… (B is the design being edited); None when all are taken."""
    for letter in "A" + string.ascii_uppercase[2:]:
        label = tr(COPY_LABEL, letter=letter)
        if label not in labels:
            return label
    return None


class CompareActions(QObject):
    """The Compare menu's actions, enabled as the document's variants allow."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.compare_action = QAction(tr("Compare With a &Copy"), window)
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        tip = tr(
            "Freeze the current design as variant A and keep editing it as variant B: change one thing, "
            "press Play, and both train side by side"
        )
        self.compare_action.setStatusTip(tip)
        self.compare_action.setToolTip(tip)
        self.compare_action.triggered.connect(self.compare_with_copy)
        self.stop_action = QAction(tr("&Stop Comparing"), window)
        tip = tr("Train only the design in the editor again (the frozen copies are dropped; Undo brings them back)")
        self.stop_action.setStatusTip(tip)
        self.stop_action.setToolTip(tip)
        self.stop_action.triggered.connect(self.stop_comparing)
        self.document.variants_changed.connect(self._update_enabled)
        self.document.project_replaced.connect(self._update_enabled)
        self._update_enabled()

    def compare_with_copy(self) -> None:
        """Freeze a copy of the design as a variant (the editor's design is variant 0, "B (editing)")."""
        project = self.document.project
        variants = copy.deepcopy(project.variants) or [{"label": tr(EDITING_LABEL)}]
        label = next_copy_label([v["label"] for v in variants])
        if label is None or len(variants) >= MAX_VARIANTS:
            self.window.show_message(tr("At most {n} designs train side by side", n=MAX_VARIANTS))
            return
        variants.append(copy_variant(project, label))
        try:
            self.document.set_variants(variants, tr("Compare with a copy"))
        except GraphError as e:
            self.window.show_message(tr("Cannot compare: {reason}", reason=str(e)))
            return
        self.window.show_message(
            tr("Comparing: {copy} is frozen; change the design (variant {editing}) and press Play",
               copy=label, editing=variants[0]["label"])
        )

    def stop_comparing(self) -> None:
        """Drop every variant: only the editor's design trains."""
        self.document.set_variants([], tr("Stop comparing"))

    def _update_enabled(self) -> None:
        comparing = bool(self.document.project.variants)
        self.stop_action.setEnabled(comparing)
        self.compare_action.setEnabled(len(self.document.project.variants) < MAX_VARIANTS)


def install(window: MainWindow) -> CompareActions:
    """Add the Compare menu to ``window`` (before Help) and keep the panel docks following the variants."""
    actions = CompareActions(window)
    menu = window.menuBar().addMenu(tr("C&ompare"))
    help_menu = getattr(window, "help_menu", None)
    if help_menu is not None:  # Help stays the last menu
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    menu.addAction(actions.compare_action)
    menu.addAction(actions.stop_action)
    window.compare_menu = menu
    window.compare_actions = actions
    # The comparison panels show only while there are variants (DesignTraits.variants).
    window.document.variants_changed.connect(window.panel_docks_shown.update)
    return actions
