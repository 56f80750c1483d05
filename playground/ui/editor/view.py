"""The editor canvas: zoom, pan, drops from the palette, clipboard and keyboard edits.

``EditorView(document)`` owns its ``NodeScene``. The main window wires its actions to the public
methods (``copy``, ``paste``, ``zoom_in``…); the view also handles Delete/Backspace, wheel zoom
around the cursor, middle-button and space+drag panning itself.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from playground.graph import (
    KINDS,
    AddNode,
    Command,
    Disconnect,
    GraphError,
    Macro,
    Move,
    RemoveNodes,
    copy_nodes,
    paste_nodes,
)
from playground.graph.layout import layered_layout
from playground.ui.document import Document
from playground.ui.editor import style
from playground.ui.editor.scene import NodeScene, sentence
from playground.ui.i18n import N_, tr
from playground.ui.mime import KIND_MIME

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.15, 4.0
FIT_MARGIN = 40.0
MAX_FIT_ZOOM = 1.25
"""Fitting a single node should not blow it up to fill the screen."""


class EditorView(QGraphicsView):
    """The node editor widget. Signals: ``selection_changed(list[str])`` (selected node ids in graph
    order) and ``message(str)`` (explanations for the status bar, e.g. why a connection was refused)."""

    selection_changed = Signal(object)
    message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.node_scene = NodeScene(document, self)
        self.setScene(self.node_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            tr(
                "Drag layers here from the palette. Drag from an output port to an input port to connect. "
                "Wheel: zoom. Middle button or Space+drag: pan."
            )
        )
        self._pan_from: QPoint | None = None
        self._space_held = False
        self._fitted_once = False
        self._paste_serial = 0
        self._last_paste = ""
        self.node_scene.message.connect(self.message)
        self.node_scene.selectionChanged.connect(self._on_selection_changed)
        document.project_replaced.connect(self._on_project_replaced)

    # --- selection -------------------------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        """Ids of the selected nodes, in graph order."""
        return self.node_scene.selected_node_ids()

    def select_nodes(self, ids: list[str]) -> None:
        """Select exactly these nodes and centre the view on them."""
        self.node_scene.clearSelection()
        for nid in ids:
            if nid in self.node_scene.nodes:
                self.node_scene.nodes[nid].setSelected(True)
        rect = self.node_scene.nodes_rect(ids)
        if not rect.isNull():
            self.centerOn(rect.center())

    def select_all(self) -> None:
        """Select every node and edge."""
        for item in [*self.node_scene.nodes.values(), *self.node_scene.edges.values()]:
            item.setSelected(True)

    def _on_selection_changed(self) -> None:
        self.selection_changed.emit(self.selected_node_ids())

    # --- zoom and pan -------------------------------------------------------------------------

    def zoom(self) -> float:
        """The current scale (1.0: one scene pixel per screen pixel)."""
        return self.transform().m11()

    def _zoom_by(self, factor: float) -> None:
        factor = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM) / self.zoom()
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        """Zoom in one step around the view's centre."""
        self._zoom_centred(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step around the view's centre."""
        self._zoom_centred(1 / ZOOM_STEP)

    def _zoom_centred(self, factor: float) -> None:
        centre = self.mapToScene(self.viewport().rect().center())
        self._zoom_by(factor)
        self.centerOn(centre)

    def fit_to_view(self) -> None:
        """Show the whole design (not larger than a comfortable reading size)."""
        rect = self.node_scene.nodes_rect()
        if rect.isNull():
            self.resetTransform()
            self.centerOn(QPointF(0, 0))
            return
        rect = rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_FIT_ZOOM or self.zoom() < MIN_ZOOM:
            self._zoom_by(1.0)  # clamps to the zoom range
            if self.zoom() > MAX_FIT_ZOOM:
                self.scale(MAX_FIT_ZOOM / self.zoom(), MAX_FIT_ZOOM / self.zoom())
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            at = event.position().toPoint()
            before = self.mapToScene(at)
            self._zoom_by(ZOOM_STEP ** (steps / 2))  # half a step per notch: the wheel is fast
            # Scroll so the scene point under the cursor stays under it (zoom "into" what is pointed at).
            shift = (before - self.mapToScene(at)) * self.zoom()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(shift.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(shift.y()))
        event.accept()

    def _start_pan(self, pos: QPoint) -> None:
        self._pan_from = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space_held):
            self._start_pan(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self._update_pan_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        event.accept()  # a release on empty canvas ended a click or rubber band here; it goes nowhere else

    def _update_pan_cursor(self) -> None:
        if self._space_held:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self._update_pan_cursor()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self._update_pan_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_once:  # the first time the view has a real size
            self._fitted_once = True
            self.fit_to_view()

    def _on_project_replaced(self) -> None:
        self.fit_to_view()

    # --- drops from the palette -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Not forwarded to the scene: items do not take drops, and the scene would refuse them.
        if event.mimeData().hasFormat(KIND_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(KIND_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(KIND_MIME):
            event.ignore()
            return
        try:
            data = json.loads(bytes(event.mimeData().data(KIND_MIME).data()).decode("utf-8"))
            kind_id, params = data["kind"], dict(data.get("params") or {})
            if kind_id not in KINDS:
                raise KeyError(kind_id)
        except (ValueError, KeyError, TypeError, AttributeError):
            self.message.emit(tr("The dropped item is not a layer from the palette."))
            event.ignore()
            return
        at = self.mapToScene(event.position().toPoint())
        # The header lands under the cursor: that is where the user was looking.
        pos = (float(round(at.x() - style.NODE_WIDTH / 2)), float(round(at.y() - style.HEADER_HEIGHT / 2)))
        command = AddNode(str(kind_id), params, pos)
        if self._push(command):
            self.select_nodes([command.node_id])
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- edits ---------------------------------------------------------------------------------

    def _push(self, command: Command) -> bool:
        return self.node_scene.push(command)

    def delete_selected(self) -> None:
        """Delete the selected nodes (with their edges) and disconnect the selected edges: one undo step."""
        nodes = self.selected_node_ids()
        doomed = set(nodes)
        edges = [e for e in self.node_scene.selected_edges() if e.src not in doomed and e.dst not in doomed]
        commands: list[Command] = [Disconnect(e) for e in edges]
        if nodes:
            commands.append(RemoveNodes(nodes))
        if len(commands) == 1:
            self._push(commands[0])
        elif commands:
            self._push(Macro(commands, N_("Delete")))

    def copy(self) -> None:
        """Put the selected layers on the clipboard (as our MIME type and as JSON text)."""
        ids = self.selected_node_ids()
        if not ids:
            self.message.emit(tr("Select layers to copy first."))
            return
        text = json.dumps(copy_nodes(self.document.project.graph, ids), ensure_ascii=False)
        # Plain JSON text (its "format" field marks it as ours), readable by any window or app.
        # Not a QMimeData of our own: PySide6 6.11 crashes at exit when the clipboard still owns one.
        QGuiApplication.clipboard().setText(text)
        self._last_paste, self._paste_serial = text, 0

    def cut(self) -> None:
        """Copy the selected layers, then delete them."""
        if self.selected_node_ids():
            self.copy()
            self.delete_selected()
        else:
            self.message.emit(tr("Select layers to cut first."))

    def paste(self) -> None:
        """Add the layers on the clipboard (from this or another window), shifted and selected."""
        text = QGuiApplication.clipboard().text()
        # Pasting the same layers again shifts each copy a bit further, so they do not pile up.
        self._paste_serial = self._paste_serial + 1 if text == self._last_paste else 1
        self._last_paste = text
        try:
            data = json.loads(text)
        except ValueError:
            self.message.emit(tr("The clipboard does not hold NN Playground layers."))
            return
        self._paste_data(data, self._paste_serial * style.PASTE_OFFSET)

    def duplicate(self) -> None:
        """Copy the selected layers (and the edges among them) beside the originals."""
        ids = self.selected_node_ids()
        if not ids:
            self.message.emit(tr("Select layers to duplicate first."))
            return
        self._paste_data(copy_nodes(self.document.project.graph, ids), style.PASTE_OFFSET)

    def _paste_data(self, data: object, offset: float) -> None:
        try:
            macro = paste_nodes(data, (offset, offset))  # type: ignore[arg-type]
        except GraphError as e:
            self.message.emit(tr("Cannot paste: {reason}.", reason=e))
            return
        if self._push(macro):
            self.select_nodes([c.node_id for c in macro.commands if isinstance(c, AddNode)])

    def auto_layout(self) -> None:
        """Arrange the design left to right (one undo step) and show all of it."""
        graph = self.document.project.graph
        if not graph.nodes:
            return
        try:
            layout = layered_layout(graph, (style.NODE_WIDTH, style.NODE_HEIGHT))
        except GraphError as e:
            self.message.emit(sentence(str(e)))
            return
        # Keep the design's top-left corner where it was, so the layout does not jump away.
        dx = min(n.pos[0] for n in graph.nodes.values()) - min(x for x, _ in layout.values())
        dy = min(n.pos[1] for n in graph.nodes.values()) - min(y for _, y in layout.values())
        positions = {nid: (float(round(x + dx)), float(round(y + dy))) for nid, (x, y) in layout.items()}
        changed = {nid: pos for nid, pos in positions.items() if graph.node(nid).pos != pos}
        if changed:
            command = Move(changed)
            command.text = N_("Auto-layout")
            self._push(command)
        self.fit_to_view()

    def visible_scene_rect(self) -> QRectF:
        """The part of the scene the viewport shows."""
        return self.mapToScene(self.viewport().rect()).boundingRect()
