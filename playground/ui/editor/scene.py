"""The scene that draws a document's design and turns mouse gestures into graph commands.

It redraws only from the graph's events (``Document.graph_changed``; a full rebuild on a reset or
``project_replaced``) and from shape reports, so an undo, a loaded file and a drag all reach the
screen the same way. Mouse gestures become commands: a wire drag pushes ``Connect``, a node drag
pushes one ``Move`` on release.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from playground.graph import Command, Edge, GraphError, GraphEvent, Move, ShapeReport, fmt_shape
from playground.ui.document import Document
from playground.ui.editor import style
from playground.ui.editor.edges import EdgeItem
from playground.ui.editor.frames import GanFrames
from playground.ui.editor.items import NodeItem, PortItem
from playground.ui.editor.notice import Notice
from playground.ui.editor.wiring import WireDrag, port_at

SCENE_EXTENT = 50_000.0
"""Half the side of the (invisible) scene rectangle: room to pan in every direction."""
GRID_STEP = 40.0


class NodeScene(QGraphicsScene):
    """Node and edge items mirroring ``document.project.graph``. Signal ``message(str)`` carries
    user-facing explanations (why a connection was refused)."""

    message = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[Edge, EdgeItem] = {}
        self._wire: WireDrag | None = None
        self._graph = document.project.graph
        """The graph the items were drawn from."""
        self.notice = Notice(self)
        self.frames = GanFrames(self)
        """The "Generator G" and "Discriminator D" frames of a GAN design (hidden otherwise)."""
        self.setSceneRect(QRectF(-SCENE_EXTENT, -SCENE_EXTENT, 2 * SCENE_EXTENT, 2 * SCENE_EXTENT))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # items move often; few of them
        document.graph_changed.connect(self._on_graph_changed)
        document.report_changed.connect(self._on_report_changed)
        document.project_replaced.connect(self.rebuild)
        self.rebuild()

    # --- queries --------------------------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        """Ids of the selected nodes, in graph order."""
        return [nid for nid in self.document.project.graph.nodes if nid in self.nodes and self.nodes[nid].isSelected()]

    def selected_edges(self) -> list[Edge]:
        """The graph edges whose items are selected."""
        return [edge for edge, item in self.edges.items() if item.isSelected()]

    def nodes_rect(self, node_ids: list[str] | None = None) -> QRectF:
        """Bounding rectangle of the given nodes, in scene coordinates (all, with a GAN's frames, when None)."""
        rect = QRectF() if node_ids is not None else self.frames.rect()
        for nid in self.nodes if node_ids is None else node_ids:
            if nid in self.nodes:
                rect = rect.united(self.nodes[nid].sceneBoundingRect())
                for child in self.nodes[nid].childItems():  # a run's neuron maps hang below the box
                    if child.isVisible() and not isinstance(child, PortItem):
                        rect = rect.united(child.sceneBoundingRect())
        return rect

    # --- redraw from the model -------------------------------------------------------------

    def rebuild(self) -> None:
        """Drop every item and draw the current graph from scratch."""
        if self._wire is not None:
            self._wire.cancel()
            self._wire = None
        for item in self.edges.values():
            item.detach()
        self.notice.item.hide()
        self.removeItem(self.notice.item)  # the items that survive a rebuild
        self.frames.detach()
        self.clear()
        self.addItem(self.notice.item)
        self.frames.attach(self)
        self.nodes.clear()
        self.edges.clear()
        graph = self._graph = self.document.project.graph
        for nid in graph.nodes:
            self._add_node(nid)
        for edge in graph.edges:
            self._add_edge(edge)
        self.frames.update()

    def _on_graph_changed(self, event: GraphEvent) -> None:
        if self.document.project.graph is not self._graph:
            self.rebuild()  # cannot happen with Document's signal order, but never mix two graphs
            return
        data = event.data
        if event.type == "reset":
            self.rebuild()
        elif event.type == "node_added":
            self._add_node(data["node"])
        elif event.type == "node_removed":
            item = self.nodes.pop(data["node"], None)
            if item is not None:
                self.removeItem(item)
        elif event.type == "edge_added":
            self._add_edge(data["edge"])
        elif event.type == "edge_removed":
            edge_item = self.edges.pop(data["edge"], None)
            if edge_item is not None:
                edge_item.detach()
                self.removeItem(edge_item)
        elif event.type in ("param_changed", "node_renamed"):
            self._refresh_node(data["node"])
        elif event.type == "node_moved" and data["node"] in self.nodes:
            item = self.nodes[data["node"]]
            item.setPos(QPointF(*self.document.project.graph.node(data["node"]).pos))
            self._make_room(item.sceneBoundingRect())
        if event.type in ("node_added", "node_removed", "edge_added", "edge_removed", "node_moved"):
            self.frames.update()  # the GAN's two components change with the wiring; frames follow the nodes

    def _on_report_changed(self, report: ShapeReport) -> None:
        if self.document.project.graph is not self._graph:
            return  # a new project is being set: project_replaced follows and rebuilds everything
        # Inside a multi-step command the report can mention nodes whose items are not made yet.
        for nid in self.nodes:
            self._refresh_node(nid)
        for edge, item in self.edges.items():
            shape = report.shapes.get(edge.src)
            item.set_label(fmt_shape(shape) if shape is not None else "")

    def _add_node(self, node_id: str) -> None:
        node = self.document.project.graph.node(node_id)
        item = NodeItem(node_id, node.kind)
        item.setPos(QPointF(*node.pos))
        self.nodes[node_id] = item
        self.addItem(item)
        self._make_room(item.sceneBoundingRect())
        item.refresh(node, self.document.report, len(self.document.project.graph.in_edges(node_id)))

    def _make_room(self, rect: QRectF) -> None:
        """Grow the scene rectangle so the view can scroll to ``rect`` (files may place nodes far away)."""
        if not self.sceneRect().contains(rect):
            margin = SCENE_EXTENT / 10
            self.setSceneRect(self.sceneRect().united(rect.adjusted(-margin, -margin, margin, margin)))

    def _add_edge(self, edge: Edge) -> None:
        if edge.src not in self.nodes or edge.dst not in self.nodes:
            return
        item = EdgeItem(edge, self.nodes[edge.src], self.nodes[edge.dst])
        shape = self.document.report.shapes.get(edge.src)
        item.set_label(fmt_shape(shape) if shape is not None else "")
        self.edges[edge] = item
        self.addItem(item)

    def _refresh_node(self, node_id: str) -> None:
        graph = self.document.project.graph
        if node_id in self.nodes and node_id in graph.nodes:
            self.nodes[node_id].refresh(graph.node(node_id), self.document.report, len(graph.in_edges(node_id)))

    # --- edits -----------------------------------------------------------------------------

    def push(self, command: Command) -> bool:
        """Push ``command`` on the document; a refusal becomes a ``message``, not an exception."""
        try:
            self.document.push(command)
        except GraphError as e:
            self.message.emit(sentence(str(e)))
            return False
        return True

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.notice.hide()
        if event.button() == Qt.MouseButton.LeftButton and self._wire is None:
            port = port_at(self, event.scenePos())
            if port is not None:
                self._wire = WireDrag(self, self.document.project.graph, port)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._wire is not None:
            self._wire.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)
        if isinstance(self.mouseGrabberItem(), NodeItem):
            self.frames.follow_nodes()  # a node is being dragged: the graph hears of it only on release

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._wire is not None and event.button() == Qt.MouseButton.LeftButton:
            outcome = self._wire.finish(event.scenePos())
            self._wire = None
            event.accept()
            if outcome.reason:
                self.message.emit(sentence(outcome.reason))
                self.notice.show(sentence(outcome.reason), event.scenePos())
            elif outcome.command is not None:
                self.push(outcome.command)
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.commit_moves()

    def commit_moves(self) -> None:
        """Turn the positions of dragged items into one ``Move`` command (one undo step per drag)."""
        graph = self.document.project.graph
        moved: dict[str, tuple[float, float]] = {}
        for nid, item in self.nodes.items():
            if nid not in graph.nodes:
                continue
            old = graph.node(nid).pos
            if abs(item.pos().x() - old[0]) > 1e-6 or abs(item.pos().y() - old[1]) > 1e-6:
                moved[nid] = (float(round(item.pos().x())), float(round(item.pos().y())))
        if moved and not self.push(Move(moved)):
            for nid in moved:  # refused: put the items back where the graph says they are
                self.nodes[nid].setPos(QPointF(*graph.node(nid).pos))

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, style.BACKGROUND)
        painter.setPen(QPen(style.GRID, 1))
        left = int(rect.left() // GRID_STEP) * GRID_STEP
        top = int(rect.top() // GRID_STEP) * GRID_STEP
        if rect.width() / GRID_STEP > 400:  # zoomed far out: a grid would be a grey blur
            return
        x = left
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += GRID_STEP
        y = top
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += GRID_STEP


def sentence(text: str) -> str:
    """``text`` starting with a capital letter (graph messages are written to follow a colon)."""
    return text[:1].upper() + text[1:]
