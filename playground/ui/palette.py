"""The palette: every layer kind of the registry, by category, ready to drag onto the canvas.

Kind variants (Activation → ReLU, Sigmoid…) are entries of their own. Dragging an entry carries
``KIND_MIME`` JSON ``{"kind": id, "params": overrides}``; double-click or Enter emits
``activated(kind, params)`` so the window can add the layer without the mouse.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from playground.graph.layers import CATEGORIES, KINDS, LayerKind
from playground.ui.i18n import tr
from playground.ui.mime import KIND_MIME
from playground.ui.theme import category_icon

ENTRY_ROLE = Qt.ItemDataRole.UserRole
"""Item data: ``(kind_id, params)`` for an entry, ``None`` for a category header."""


def palette_entries(layer: LayerKind) -> list[tuple[str, dict[str, Any]]]:
    """(label, parameter overrides) for each palette entry of a kind: its variants, or the kind itself."""
    return [(label, dict(params)) for label, params in layer.variants] or [(layer.id, {})]


def kind_mime(kind_id: str, params: dict[str, Any]) -> QMimeData:
    """The drag payload the editor's drop handler reads."""
    mime = QMimeData()
    mime.setData(KIND_MIME, json.dumps({"kind": kind_id, "params": params}).encode("utf-8"))
    mime.setText(kind_id)
    return mime


class _PaletteTree(QTreeWidget):
    """The tree itself: builds the drag from the item's entry and turns Enter into activation."""

    entry_activated = Signal(str, object)

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802 (Qt override)
        entry = items[0].data(0, ENTRY_ROLE) if items else None
        if entry is None:
            return QMimeData()
        return kind_mime(*entry)

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [KIND_MIME]

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802 (Qt override)
        item = self.currentItem()
        if item is None or item.data(0, ENTRY_ROLE) is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon(0).pixmap(24, 24))
        drag.exec(Qt.DropAction.CopyAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            entry = item.data(0, ENTRY_ROLE)
            if entry is not None:
                self.entry_activated.emit(*entry)
                return
        super().keyPressEvent(event)


class Palette(QWidget):
    """Search box over a category tree of layer entries. Signal ``activated(kind_id, params)``."""

    activated = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search layers…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(tr("Type to filter the layers by name, category or description"))
        self.tree = _PaletteTree()
        self.tree.setHeaderHidden(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.setToolTip(tr("Drag a layer onto the canvas, or double-click / Enter to add it at the centre"))
        self.tree.entry_activated.connect(self.activated)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._on_search_enter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self._populate()

    def _populate(self) -> None:
        for category in CATEGORIES:
            header = QTreeWidgetItem([tr(category)])  # the registry's category names, collected by the catalogue
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setData(0, ENTRY_ROLE, None)
            self.tree.addTopLevelItem(header)
            icon = category_icon(category)
            for layer in (k for k in KINDS.values() if k.category == category):
                for label, params in palette_entries(layer):
                    item = QTreeWidgetItem([label if label == layer.id else tr(label)])
                    item.setIcon(0, icon)
                    item.setData(0, ENTRY_ROLE, (layer.id, params))
                    help_text = tr(layer.help)
                    if label == layer.id:
                        tip = help_text
                    else:
                        tip = tr("{kind} ({label}): {help}", kind=layer.id, label=tr(label), help=help_text)
                    item.setToolTip(0, tip)
                    flags = Qt.ItemFlag
                    item.setFlags(flags.ItemIsEnabled | flags.ItemIsSelectable | flags.ItemIsDragEnabled)
                    header.addChild(item)
            header.setExpanded(True)

    def entries(self) -> list[QTreeWidgetItem]:
        """Every layer entry (not the category headers)."""
        root = self.tree.invisibleRootItem()
        return [root.child(i).child(j) for i in range(root.childCount()) for j in range(root.child(i).childCount())]

    def visible_labels(self) -> list[str]:
        return [item.text(0) for item in self.entries() if not item.isHidden()]

    def filter(self, text: str) -> None:
        """Show entries whose label, kind, category or help contains every typed word."""
        words = text.lower().split()
        root = self.tree.invisibleRootItem()
        for i in range(root.childCount()):
            header = root.child(i)
            shown = 0
            for j in range(header.childCount()):
                item = header.child(j)
                kind_id, _ = item.data(0, ENTRY_ROLE)
                # the shown (translated) texts and the English ones: a lecturer may type either
                layer = KINDS[kind_id]
                haystack = f"{item.text(0)} {kind_id} {header.text(0)} {tr(layer.help)} {layer.category} {layer.help}"
                haystack = haystack.lower()
                hide = not all(w in haystack for w in words)
                item.setHidden(hide)
                shown += not hide
            header.setHidden(shown == 0)
        first = next((it for it in self.entries() if not it.isHidden()), None)
        if first is not None and words:
            self.tree.setCurrentItem(first)

    def _on_search_enter(self) -> None:
        item = self.tree.currentItem()
        if item is not None and not item.isHidden() and item.data(0, ENTRY_ROLE) is not None:
            self.activated.emit(*item.data(0, ENTRY_ROLE))

    def _on_double_click(self, item: QTreeWidgetItem, column: int) -> None:
        entry = item.data(0, ENTRY_ROLE)
        if entry is not None:
            self.activated.emit(*entry)
