"""Helpers for the node-editor tests: build designs through commands, drive the view with real events."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from playground.graph import AddNode, Connect
from playground.ui.document import Document
from playground.ui.editor import EditorView, style
from playground.ui.mime import KIND_MIME

STEP = 320.0
"""Horizontal distance between nodes placed by ``chain``."""


def add(doc: Document, kind_id: str, params: dict[str, Any] | None = None, pos: tuple[float, float] = (0, 0)) -> str:
    command = AddNode(kind_id, params or {}, pos)
    doc.push(command)
    return command.node_id


def chain(doc: Document, specs: list[tuple[str, dict[str, Any]]], connect: bool = True, y: float = 0.0) -> list[str]:
    """Nodes of ``specs`` on a row (and connected one after the other)."""
    ids = [add(doc, k, p, (i * STEP, y)) for i, (k, p) in enumerate(specs)]
    if connect:
        for a, b in zip(ids, ids[1:], strict=False):
            doc.push(Connect(a, b))
    return ids


MLP = [
    ("Input", {"shape": [2]}),
    ("Dense", {"units": 4}),
    ("Activation", {"function": "relu"}),
    ("Dense", {"units": 1}),
    ("Output", {"task": "binary"}),
]


def make_view(qtbot: Any, doc: Document | None = None, size: tuple[int, int] = (1000, 650)) -> EditorView:
    view = EditorView(doc or Document())
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def vp(view: EditorView, scene_point: QPointF) -> QPoint:
    """Viewport coordinates of a scene point."""
    return view.mapFromScene(scene_point)


def port_point(view: EditorView, node_id: str, port: str = "in") -> QPoint:
    return vp(view, view.node_scene.nodes[node_id].port_scene_pos(port))


def node_centre(view: EditorView, node_id: str) -> QPoint:
    item = view.node_scene.nodes[node_id]
    return vp(view, item.mapToScene(QPointF(style.NODE_WIDTH / 2, style.NODE_HEIGHT / 2)))


def drag(
    view: EditorView,
    start: QPoint,
    end: QPoint,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    steps: int = 5,
) -> None:
    """Press at ``start``, move there in ``steps`` steps, release at ``end`` (all on the viewport)."""
    port = view.viewport()
    QTest.mousePress(port, button, modifiers, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(port, start + (end - start) * (i / steps))
    QTest.mouseRelease(port, button, modifiers, end)


def click(view: EditorView, at: QPoint, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, at)


def kind_mime(kind_id: str, params: dict[str, Any] | None = None) -> QMimeData:
    mime = QMimeData()
    mime.setData(KIND_MIME, json.dumps({"kind": kind_id, "params": params or {}}).encode("utf-8"))
    return mime


def drop(view: EditorView, mime: QMimeData, at: QPoint) -> bool:
    """Deliver drag-enter, drag-move and drop events to the viewport; True if the drop was accepted."""
    pos = QPointF(at)
    actions, buttons, mods = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(at, actions, mime, buttons, mods))
    event = QDropEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


class Messages:
    """Collects what a ``message`` signal says."""

    def __init__(self, signal: Any) -> None:
        self.texts: list[str] = []
        signal.connect(self.texts.append)
