"""Graphics items for layer nodes and their ports.

A ``NodeItem`` draws what the scene hands it in ``refresh`` (texts taken from the graph node and
the shape report); it never reads or changes the graph itself. Ports are children of their node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from playground.graph import Node, ParamSpec, ShapeReport, fmt_shape, kind
from playground.ui.editor import style
from playground.ui.i18n import tr

if TYPE_CHECKING:
    from playground.ui.editor.edges import EdgeItem


def format_value(spec: ParamSpec, value: Any) -> str:
    """A parameter value as a person reads it (choice labels, 1×28×28 shapes, yes/no)."""
    if spec.type == "choice":
        return tr(spec.choice_labels.get(value, str(value)))  # the registry's labels, collected by the catalogue
    if spec.type == "multi":
        return ", ".join(tr(spec.choice_labels.get(v, str(v))) for v in value)
    if spec.type == "shape":
        return fmt_shape(tuple(value))
    if spec.type == "bool":
        return tr("yes") if value else tr("no")
    if spec.type == "float":
        return f"{value:g}"
    if spec.type == "numbers":
        return ", ".join(f"{v:g}" for v in value)
    return str(value)


class PortItem(QGraphicsItem):
    """An input or output port: a circle on the node's edge where wires start and end."""

    def __init__(self, node: NodeItem, name: str, is_output: bool) -> None:
        super().__init__(node)
        self.node = node
        self.name = name
        self.is_output = is_output
        self.highlight: str | None = None
        """None, "ok" (a wire may end here) or "refused" (it may not), set while wiring."""
        self._hovered = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setZValue(2)
        if is_output:
            self.setToolTip(tr("Output: drag from here to a layer's input to connect them"))
        elif name == "in":
            self.setToolTip(tr("Input: drop a wire from an output here"))
        else:
            self.setToolTip(tr("Input {port}: drop a wire from an output here", port=repr(name)))

    def boundingRect(self) -> QRectF:
        r = style.PORT_HIT_RADIUS
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self.boundingRect())
        return path

    def set_highlight(self, state: str | None) -> None:
        """Mark the port while a wire hovers it: "ok", "refused", or None to clear."""
        if state != self.highlight:
            self.highlight = state
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = style.PORT_RADIUS * (1.35 if self._hovered or self.highlight else 1.0)
        colour = {"ok": style.OK, "refused": style.ERROR}.get(self.highlight or "", style.EDGE)
        painter.setPen(QPen(colour, 2.5))
        painter.setBrush(QBrush(colour if self.highlight == "ok" else style.PORT_FILL))
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        if self.highlight == "refused":  # a cross, so "refused" does not rely on colour alone
            d = radius * 0.55
            painter.drawLine(QPointF(-d, -d), QPointF(d, d))
            painter.drawLine(QPointF(-d, d), QPointF(d, -d))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()


class NodeItem(QGraphicsItem):
    """One layer: a box with the kind, name, key parameters, output shape and parameter count."""

    def __init__(self, node_id: str, kind_id: str) -> None:
        super().__init__()
        self.node_id = node_id
        self.kind = kind(kind_id)
        self.edges: set[EdgeItem] = set()
        self.name = ""
        self.key_lines: list[str] = []
        self.shape_text = ""
        self.params_text = ""
        self.error: str | None = None
        self.frozen = False
        """The layer's weights are frozen (its ``frozen`` parameter): a snowflake follows the kind in the header."""
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(1)
        self.inputs: dict[str, PortItem] = {}
        for i, name in enumerate(self.kind.inputs):
            port = PortItem(self, name, is_output=False)
            port.setPos(0, self._input_y(i))
            self.inputs[name] = port
        self.output: PortItem | None = None
        if self.kind.has_outputs:
            self.output = PortItem(self, "out", is_output=True)
            self.output.setPos(style.NODE_WIDTH, style.NODE_HEIGHT / 2)

    def _input_y(self, index: int) -> float:
        count = len(self.kind.inputs)
        if count == 1:
            return style.NODE_HEIGHT / 2
        body = style.NODE_HEIGHT - style.HEADER_HEIGHT
        return style.HEADER_HEIGHT + body * (index + 1) / (count + 1)

    # --- content --------------------------------------------------------------------------

    def refresh(self, node: Node, report: ShapeReport, input_count: int = 0) -> None:
        """Take the texts to draw from the graph node, the latest shape report and the number of inputs."""
        self.name = node.name
        self.key_lines = [
            tr("{label}: {value}", label=tr(spec.label), value=format_value(spec, node.params[spec.name]))
            for spec in self.kind.params
            if spec.key
        ]
        if self.kind.variadic:  # a merge has no key parameter; what it merges is worth showing
            inputs = tr("1 input") if input_count == 1 else tr("{n} inputs", n=input_count)
            self.key_lines.append(inputs)
        self.key_lines = self.key_lines[: style.KEY_LINES]
        shape = report.shapes.get(node.id)
        self.shape_text = tr("out {shape}", shape=fmt_shape(shape)) if shape is not None else tr("out ?")
        count = report.params.get(node.id, 0)
        self.params_text = tr("{n} params", n=f"{count:,}") if count else ""
        self.error = report.errors.get(node.id)
        self.frozen = bool(node.params.get("frozen", False))
        self.setToolTip(self._tooltip())
        self.update()

    def _tooltip(self) -> str:
        # Key parameters in full: on the node they may be cut short to fit.
        lines = [f"<b>{self.kind.id}</b> '{_escape(self.name)}'", *map(_escape, self.key_lines)]
        if self.frozen:
            lines.append("❄ " + _escape(tr("Frozen: its weights stay fixed during training")))
        head = "<br>".join(lines)
        if self.error:
            return f"{head}<br><span style='color:{style.ERROR.name()}'><b>⚠ {_escape(self.error)}</b></span>"
        return f"{head}<br>{_escape(tr(self.kind.help))}"

    def port_scene_pos(self, name: str) -> QPointF:
        """Scene position of the output port (``name == "out"``) or of input port ``name``."""
        port = self.output if name == "out" else self.inputs[name]
        assert port is not None, f"{self.kind.id} has no output port"
        return port.scenePos()

    # --- Qt item interface -------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        m = style.BADGE_RADIUS + 2
        return QRectF(-4, -m, style.NODE_WIDTH + 4 + m, style.NODE_HEIGHT + m + 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._box(), style.CORNER, style.CORNER)
        return path

    def _box(self) -> QRectF:
        return QRectF(0, 0, style.NODE_WIDTH, style.NODE_HEIGHT)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:  # wires follow the node while it is dragged
                edge.update_path()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(1.5 if value else 1)
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        box, w = self._box(), style.NODE_WIDTH
        header = QPainterPath()
        header.addRoundedRect(box, style.CORNER, style.CORNER)
        clip = QPainterPath()
        clip.addRect(QRectF(0, 0, w, style.HEADER_HEIGHT))
        # Body, then the header tint clipped to the top band of the rounded box.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.NODE_FILL)
        painter.drawRoundedRect(box, style.CORNER, style.CORNER)
        painter.setBrush(style.category_color(self.kind.category))
        painter.drawPath(header.intersected(clip))

        pad = 10.0
        painter.setPen(style.TEXT)
        painter.setFont(style.font(style.TITLE_FONT_PX, bold=True))
        title_w = QFontMetrics(painter.font()).horizontalAdvance(self.kind.id)
        painter.drawText(QRectF(pad, 0, w - 2 * pad, style.HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter, self.kind.id)
        name_font = style.font(style.NAME_FONT_PX)
        painter.setFont(name_font)
        painter.setPen(style.MUTED_TEXT)
        # The error badge sits on the header's right corner; keep the name clear of it.
        name_rect = QRectF(pad, 0, w - 2 * pad - (2 * style.BADGE_RADIUS if self.error else 0), style.HEADER_HEIGHT)
        if self.frozen:
            _paint_snowflake(painter, QPointF(pad + title_w + SNOWFLAKE_RADIUS + 5, style.HEADER_HEIGHT / 2))
            title_w += 2 * SNOWFLAKE_RADIUS + 5
            painter.setPen(style.MUTED_TEXT)
        name_room = name_rect.width() - title_w - pad
        name = QFontMetrics(name_font).elidedText(self.name, Qt.TextElideMode.ElideRight, int(max(name_room, 0)))
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, name)

        body_font = style.font(style.BODY_FONT_PX)
        painter.setFont(body_font)
        painter.setPen(style.TEXT)
        metrics = QFontMetrics(body_font)
        y = style.HEADER_HEIGHT + 6
        inset = pad + style.PORT_RADIUS  # clear of the input port on the left edge
        for line in self.key_lines:
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(w - inset - pad))
            painter.drawText(QRectF(inset, y, w - inset - pad, style.LINE_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text)
            y += style.LINE_HEIGHT

        footer = QRectF(pad, style.NODE_HEIGHT - style.FOOTER_HEIGHT - 2, w - 2 * pad, style.FOOTER_HEIGHT)
        painter.setPen(QPen(style.GRID, 1))
        painter.drawLine(QPointF(1, footer.top()), QPointF(w - 1, footer.top()))
        painter.setFont(style.font(style.FOOTER_FONT_PX, bold=True))
        painter.setPen(style.ERROR if self.error else style.TEXT)
        painter.drawText(footer, Qt.AlignmentFlag.AlignVCenter, self.shape_text)
        painter.setFont(style.font(style.FOOTER_FONT_PX))
        painter.setPen(style.MUTED_TEXT)
        painter.drawText(footer, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self.params_text)

        # Outline: blue and thick when selected, vermillion and thick on error, grey otherwise.
        if self.isSelected():
            pen = QPen(style.SELECTED, 3.5)
        elif self.error:
            pen = QPen(style.ERROR, 2.5)
        else:
            pen = QPen(style.NODE_BORDER, 1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, style.CORNER, style.CORNER)
        if self.error:
            self._paint_badge(painter)

    def _paint_badge(self, painter: QPainter) -> None:
        r = style.BADGE_RADIUS
        centre = QPointF(style.NODE_WIDTH - r - 2, 0)
        painter.setPen(QPen(style.NODE_FILL, 2))
        painter.setBrush(style.ERROR)
        painter.drawEllipse(centre, r, r)
        painter.setPen(style.NODE_FILL)
        painter.setFont(style.font(int(r * 1.5), bold=True))
        painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, "!")


SNOWFLAKE_RADIUS = 6.0


def _paint_snowflake(painter: QPainter, center: QPointF) -> None:
    """Six arms with a pair of twigs each: a snowflake drawn with lines, so it shows whatever fonts the system has."""
    r = SNOWFLAKE_RADIUS
    painter.save()
    painter.setPen(QPen(style.TEXT, 1.3))
    painter.translate(center)
    for _ in range(6):
        painter.drawLine(QPointF(0, 0), QPointF(r, 0))
        painter.drawLine(QPointF(0.55 * r, 0), QPointF(0.85 * r, 0.3 * r))
        painter.drawLine(QPointF(0.55 * r, 0), QPointF(0.85 * r, -0.3 * r))
        painter.rotate(60.0)
    painter.restore()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
