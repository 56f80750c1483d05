"""The open project as the UI sees it: the Project, its Qt undo stack, file path and validity.

Every edit goes through ``Document.push(command)``, which wraps a pure-Python graph command
(``playground.graph.commands``) in a ``QUndoCommand``. The graph emits events; the document
re-runs shape inference (cheap, no torch) and tells views through Qt signals. The editor scene
listens to the graph's own events for fine-grained redraws.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from playground.graph import Command, GraphError, GraphEvent, Project, ShapeReport, save_project
from playground.graph.params import validate_all
from playground.graph.settings import DATA_PARAMS, TRAIN_PARAMS
from playground.ui.i18n import tr


class _GraphUndoCommand(QUndoCommand):
    """Adapts a graph ``Command`` to Qt's undo stack (``redo`` runs on push)."""

    def __init__(self, document: Document, command: Command) -> None:
        super().__init__(tr(command.text))  # the commands' texts are marked N_ in graph.commands
        self._document = document
        self.command = command
        self.already_done = False

    def redo(self) -> None:
        if self.already_done:  # applied by Document.push to learn whether it is refused
            self.already_done = False
            return
        self.command.do(self._document.project.graph)

    def undo(self) -> None:
        self.command.undo(self._document.project.graph)


class _SettingsUndoCommand(QUndoCommand):
    """Changes one data or training setting (undoable like graph edits)."""

    def __init__(self, document: Document, section: str, name: str, value: Any) -> None:
        super().__init__(tr("Set {name}", name=name))
        self._document, self._section, self._name = document, section, name
        self._old = getattr(document.project, section)[name]
        self._new = value

    def redo(self) -> None:
        self._document._write_setting(self._section, self._name, self._new)

    def undo(self) -> None:
        self._document._write_setting(self._section, self._name, self._old)


class _VariantsUndoCommand(QUndoCommand):
    """Replaces the project's variants (start or stop comparing) as one undo step."""

    def __init__(self, document: Document, variants: list[dict[str, Any]], text: str) -> None:
        super().__init__(text)
        self._document = document
        self._old = copy.deepcopy(document.project.variants)
        self._new = copy.deepcopy(variants)

    def redo(self) -> None:
        self._document._write_variants(self._new)

    def undo(self) -> None:
        self._document._write_variants(self._old)


class Document(QObject):
    """One open project. Signals:

    - ``graph_changed(event)``: after every graph event (the editor redraws from these),
    - ``report_changed(report)``: after shape inference re-ran (status bar, node badges),
    - ``settings_changed(section, name)``: a data/training setting changed,
    - ``variants_changed()``: the designs compared side by side changed (``set_variants``); it also emits
      ``settings_changed("variants", "variants")`` so that a run of the old variants turns stale,
    - ``project_replaced()``: a new or opened project replaced the whole content,
    - ``file_changed()``: path or modified state changed (window title).
    """

    graph_changed = Signal(object)
    report_changed = Signal(object)
    settings_changed = Signal(str, str)
    variants_changed = Signal()
    project_replaced = Signal()
    file_changed = Signal()

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.path: Path | None = None
        self.project = Project()
        self._unsubscribe = lambda: None
        self.report: ShapeReport = self.project.check()
        self.set_project(project or Project())

    # --- content --------------------------------------------------------------------------

    def set_project(self, project: Project, path: Path | None = None) -> None:
        """Replace the whole project (New/Open); clears undo history and marks it clean."""
        self._unsubscribe()
        self.project = project
        self._unsubscribe = project.graph.subscribe(self._on_graph_event)
        self.path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        # Views rebuild from the new graph first; only then does the new report reach them.
        self.report = self.project.check()
        self.project_replaced.emit()
        self.report_changed.emit(self.report)
        self.file_changed.emit()

    def push(self, command: Command) -> bool:
        """Apply a graph command as one undo step. A refused edit raises ``GraphError`` (with the
        reason to show the user) and leaves the graph and the undo stack unchanged."""
        command.do(self.project.graph)  # raises GraphError, graph unchanged, if refused
        wrapper = _GraphUndoCommand(self, command)
        wrapper.already_done = True
        self.undo_stack.push(wrapper)
        return True

    def set_setting(self, section: str, name: str, value: Any) -> None:
        """Change a data or training setting (validated; raises ``GraphError`` with the reason)."""
        specs = {"data": DATA_PARAMS, "training": TRAIN_PARAMS}[section]
        current = getattr(self.project, section)
        cleaned, problems = validate_all(specs, {**current, name: value}, section)
        if problems:
            raise GraphError(problems[0])
        if cleaned[name] != current[name]:
            self.undo_stack.push(_SettingsUndoCommand(self, section, name, cleaned[name]))

    def set_variants(self, variants: list[dict[str, Any]], text: str = "") -> None:
        """Replace the variants trained side by side (``graph.variants``; [] stops comparing) as one undo step.

        Raises ``GraphError`` with the first problem if ``variants`` is not valid; nothing changes then.
        """
        from playground.graph.project import ProjectError, project_from_dict

        try:  # validated as part of the project: the variants' graphs are read like the design's
            cleaned = project_from_dict({**self.project.to_dict(), "variants": variants}).variants
        except ProjectError as e:
            raise GraphError(e.problems[0] if e.problems else str(e)) from None
        if cleaned != self.project.variants:
            self.undo_stack.push(_VariantsUndoCommand(self, cleaned, text or tr("Change the compared designs")))

    def _write_variants(self, variants: list[dict[str, Any]]) -> None:
        self.project.variants = copy.deepcopy(variants)
        self.variants_changed.emit()
        self.settings_changed.emit("variants", "variants")

    def _write_setting(self, section: str, name: str, value: Any) -> None:
        getattr(self.project, section)[name] = value
        self._recheck()
        self.settings_changed.emit(section, name)

    # --- files ----------------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def title(self) -> str:
        """Window-title text: file name (or "Untitled") with Qt's ``[*]`` modified placeholder."""
        return f"{self.path.name if self.path else tr('Untitled')}[*]"

    def save(self, path: Path | None = None) -> None:
        """Save atomically to ``path`` (or the current path); ``OSError`` propagates unchanged."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name given")
        save_project(self.project, target)
        self.path = Path(target)
        self.undo_stack.setClean()
        self.file_changed.emit()

    # --- internals -----------------------------------------------------------------------

    def _on_graph_event(self, event: GraphEvent) -> None:
        if event.type != "node_moved":
            self._recheck()
        self.graph_changed.emit(event)

    def _recheck(self) -> None:
        self.report = self.project.check()
        self.report_changed.emit(self.report)

    def _on_clean_changed(self, clean: bool) -> None:
        self.file_changed.emit()
