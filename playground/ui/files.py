"""File handling of the main window: New, Open, presets, Recent, Save, Save As, unsaved-changes prompts.

Every dialog goes through one small method (``ask_save_changes``, ``ask_open_path``,
``ask_save_path``, ``show_error``) so tests replace them instead of clicking modal boxes.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import playground
from playground.graph import AddNode, Connect, Macro, Project, ProjectError, read_project
from playground.graph.project import BUNDLE_SUFFIX, read_bundle_project
from playground.ui.document import Document
from playground.ui.i18n import N_, tr

MAX_RECENT = 8
RECENT_KEY = "files/recent"
FILE_FILTER = N_("NN Playground projects (*.json);;All files (*)")
OPEN_FILTER = N_(
    "Projects and saved runs (*.json *.nnpz);;NN Playground projects (*.json);;Saved runs (*.nnpz);;All files (*)"
)
STARTER_PRESET = "xor-mlp.json"


def new_project() -> Project:
    """A fresh design: an Input and an Output, ready for layers between them."""
    project = Project(name="Untitled")
    Macro([AddNode("Input", {"shape": [2]}, (0.0, 0.0)), AddNode("Output", {}, (600.0, 0.0))]).do(project.graph)
    return project


def starter_project() -> Project:
    """The project the app opens with: the small-MLP preset, or the same design built in code."""
    preset = presets_dir() / STARTER_PRESET
    if preset.is_file():
        try:
            return read_project(preset)
        except ProjectError:
            pass  # a damaged bundled preset must not stop the app from starting; fall back below
    project = Project(name="Small MLP")
    layers = [
        AddNode("Input", {"shape": [2]}, (0.0, 0.0)),
        AddNode("Dense", {"units": 4}, (220.0, 0.0)),
        AddNode("Activation", {"function": "relu"}, (440.0, 0.0)),
        AddNode("Dense", {"units": 1}, (660.0, 0.0)),
        AddNode("Output", {"task": "binary"}, (880.0, 0.0)),
    ]
    graph = project.graph
    for layer in layers:
        layer.do(graph)
    for src, dst in zip(layers, layers[1:], strict=False):
        Connect(src.node_id, dst.node_id).do(graph)
    return project


def presets_dir() -> Path:
    """Where the bundled example projects live (may not exist in a bare checkout)."""
    try:
        return playground.resources_dir() / "presets"
    except FileNotFoundError:
        return Path("presets-missing")


def list_presets() -> list[tuple[str, Path]]:
    """(menu label, path) of every bundled preset, sorted by file name; label from the file's name field."""
    folder = presets_dir()
    if not folder.is_dir():
        return []
    result = []
    for path in sorted(folder.glob("*.json")):
        label = path.stem.replace("-", " ").replace("_", " ").capitalize()
        try:
            name = json.loads(path.read_text(encoding="utf-8")).get("name")
        except (OSError, ValueError, AttributeError):
            name = None
        result.append((name if isinstance(name, str) and name.strip() else label, path))
    return result


class FileActions(QObject):
    """The window's file commands. ``recent_changed`` fires when the Recent list changes."""

    recent_changed = Signal()
    run_opened = Signal(str)
    """A saved run (.nnpz) was opened: its project is the document's now; the session continues the run."""

    def __init__(self, window: QWidget, document: Document, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.settings = settings

    # --- dialogs (tests monkeypatch these) -------------------------------------------------

    def ask_save_changes(self) -> str:
        """Ask what to do with unsaved changes: ``"save"``, ``"discard"`` or ``"cancel"``."""
        buttons = QMessageBox.StandardButton
        if self.document.path:
            question = tr("Save the changes to {name}?", name=self.document.path.name)
        else:
            question = tr("Save the changes to this design?")
        answer = QMessageBox.question(
            self.window, tr("Unsaved changes"), question, buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open project"), self._start_dir(), tr(OPEN_FILTER))
        return Path(path) if path else None

    def ask_save_path(self) -> Path | None:
        start = str(self.document.path) if self.document.path else str(Path(self._start_dir()) / "design.json")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save project as"), start, tr(FILE_FILTER))
        if not path:
            return None
        target = Path(path)
        return target if target.suffix else target.with_suffix(".json")

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    # --- commands --------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Before replacing or closing: True when it is fine to go on (saved, discarded or clean)."""
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new(self) -> None:
        if self.maybe_save():
            self.document.set_project(new_project())

    def open(self, path: Path | None = None) -> bool:
        """Open ``path`` (or ask for one). A broken file shows the loader's message and changes nothing."""
        if not self.maybe_save():
            return False
        path = path or self.ask_open_path()
        if path is None:
            return False
        return self._load(Path(path), keep_path=True)

    def open_preset(self, path: Path) -> bool:
        """Open a bundled example as an untitled copy, so Save never overwrites the preset."""
        if not self.maybe_save():
            return False
        return self._load(Path(path), keep_path=False)

    def _load(self, path: Path, keep_path: bool) -> bool:
        bundle = path.suffix.lower() == BUNDLE_SUFFIX
        try:
            project = read_bundle_project(path) if bundle else read_project(path)
        except ProjectError as e:
            self.show_error(
                tr("Cannot open project"), tr("{file} could not be opened:\n\n{reason}", file=path.name, reason=e)
            )
            if keep_path and not path.exists():
                self._forget_recent(path)
            return False
        # A saved run opens untitled: Save writes its project as .json, "Save with Weights" a new run.
        self.document.set_project(project, path.resolve() if keep_path and not bundle else None)
        if keep_path:
            self.add_recent(path)
        if bundle:
            self.run_opened.emit(str(path))
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if path is None:
            return False
        if self._write(path):
            self.add_recent(path)
            return True
        return False

    def _write(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as e:
            self.show_error(
                tr("Cannot save project"),
                tr(
                    "{path} could not be saved: {reason}\n\nThe design is still open; try another folder or file name.",
                    path=path,
                    reason=e.strerror or e,
                ),
            )
            return False
        return True

    # --- recent files ----------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        raw = self.settings.value(RECENT_KEY, [])
        items = [raw] if isinstance(raw, str) else list(raw or [])  # INI stores a one-item list as a text
        return [Path(p) for p in items if p][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        items = [text] + [str(p) for p in self.recent_files() if str(p) != text]
        self.settings.setValue(RECENT_KEY, items[:MAX_RECENT])
        self.recent_changed.emit()

    def _forget_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.settings.setValue(RECENT_KEY, [str(p) for p in self.recent_files() if str(p) != text])
        self.recent_changed.emit()

    def clear_recent(self) -> None:
        self.settings.setValue(RECENT_KEY, [])
        self.recent_changed.emit()

    def _start_dir(self) -> str:
        if self.document.path:
            return str(self.document.path.parent)
        recent = self.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())
