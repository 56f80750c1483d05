"""Edges between nodes (curves with a tensor-shape label) and the rubber-band wire of a drag."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from playground.graph import Edge
from playground.ui.editor import style
from playground.ui.editor.items import NodeItem
from playground.ui.i18n import N_, tr

HIT_WIDTH = 14.0
"""Width of the band around the curve that reacts to clicks (the drawn line is much thinner)."""
ARROW = 11.0
EDGE_TIP = N_("Connection: select it and press Delete to disconnect")
SELECTION_HALO = QColor(0, 114, 178, 90)
"""Drawn under a selected edge that shows weights: its own colour may already be the selection blue."""


def wire_path(start: QPointF, end: QPointF) -> QPainterPath:
    """A horizontal S-curve from an output port to an input port."""
    dx = max(60.0, abs(end.x() - start.x()) / 2)
    path = QPainterPath(start)
    path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end)
    return path


class EdgeItem(QGraphicsItem):
    """A connection drawn from its source's output port to its target's input port."""

    def __init__(self, edge: Edge, src: NodeItem, dst: NodeItem) -> None:
        super().__init__()
        self.edge = edge
        self.src = src
        self.dst = dst
        self.label = ""
        self._path = QPainterPath()
        self._label_rect = QRectF()
        self.weight_pen: QPen | None = None
        """Set while a run draws the weights of the layer this edge feeds (see ``set_weight_style``)."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self.setToolTip(EDGE_TIP)
        src.edges.add(self)
        dst.edges.add(self)
        self.update_path()

    def detach(self) -> None:
        """Forget the nodes (before the item is removed from the scene)."""
        self.src.edges.discard(self)
        self.dst.edges.discard(self)

    def set_label(self, text: str) -> None:
        """Show ``text`` (the source's output shape) at the middle of the curve; empty hides it."""
        if text != self.label:
            self.label = text
            self.update_path()

    def set_weight_style(self, pen: QPen | None, tooltip: str = "") -> None:
        """Draw the line with ``pen`` (a run's weights) and add ``tooltip``; None restores the plain edge."""
        self.weight_pen = QPen(pen) if pen is not None else None
        self.setToolTip(f"{tooltip}<br>{tr(EDGE_TIP)}" if pen is not None and tooltip else tr(EDGE_TIP))
        self.update()

    def line_pen(self) -> QPen:
        """The pen the curve is drawn with now."""
        if self.weight_pen is not None:
            return QPen(self.weight_pen)
        # Selected edges are also thicker, so selection does not depend on telling colours apart.
        return QPen(style.SELECTED, 4.5) if self.isSelected() else QPen(style.EDGE, 2.5)

    def update_path(self) -> None:
        """Recompute the curve from the current port positions."""
        self.prepareGeometryChange()
        self._path = wire_path(self.src.port_scene_pos("out"), self.dst.port_scene_pos(self.edge.port))
        if self.label:
            metrics = QFontMetrics(style.font(style.EDGE_LABEL_FONT_PX, bold=True))
            w, h = metrics.horizontalAdvance(self.label) + 14, metrics.height() + 6
            mid = self._path.pointAtPercent(0.5)
            self._label_rect = QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)
        else:
            self._label_rect = QRectF()
        self.update()

    def label_rect(self) -> QRectF:
        """Where the shape label is drawn, in scene coordinates (empty when there is none)."""
        return QRectF(self._label_rect)

    def boundingRect(self) -> QRectF:
        pad = HIT_WIDTH + ARROW
        return self._path.boundingRect().adjusted(-pad, -pad, pad, pad).united(self._label_rect)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT_WIDTH)
        hit = stroker.createStroke(self._path)
        if self.label:
            hit.addRect(self._label_rect)
        return hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self.line_pen()
        colour = pen.color()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.weight_pen is not None and self.isSelected():
            painter.setPen(QPen(SELECTION_HALO, pen.widthF() + 8))
            painter.drawPath(self._path)
        painter.setPen(pen)
        painter.drawPath(self._path)
        self._paint_arrow(painter, colour)
        if self.label:
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(style.LABEL_FILL)
            painter.drawRoundedRect(self._label_rect, 6, 6)
            painter.setFont(style.font(style.EDGE_LABEL_FONT_PX, bold=True))
            painter.setPen(style.TEXT)
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self.label)

    def _paint_arrow(self, painter: QPainter, colour: QColor) -> None:
        end = self._path.pointAtPercent(1.0)
        angle = math.radians(-self._path.angleAtPercent(0.98))
        forward = QPointF(math.cos(angle), math.sin(angle))
        side = QPointF(-forward.y(), forward.x())
        tip = end - forward * (style.PORT_RADIUS + 1)
        base = tip - forward * ARROW
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([tip, base + side * (ARROW / 2), base - side * (ARROW / 2)]))


class WireItem(QGraphicsPathItem):
    """The dashed wire that follows the mouse while a connection is being dragged."""

    def __init__(self, anchor: QPointF, from_output: bool) -> None:
        super().__init__()
        self.anchor = anchor
        self.from_output = from_output
        self.setZValue(10)
        self.set_end(anchor, None)

    def set_end(self, pos: QPointF, state: str | None) -> None:
        """Move the loose end to ``pos``; ``state`` "ok"/"refused" colours it over a port."""
        start, end = (self.anchor, pos) if self.from_output else (pos, self.anchor)
        self.setPath(wire_path(start, end))
        colour = {"ok": style.OK, "refused": style.ERROR}.get(state or "", style.SELECTED)
        pen = QPen(colour, 3)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
