"""The two labelled frames of a GAN design: "Generator G" and "Discriminator D" drawn behind their nodes.

A GAN is one graph with two components: Noise → … → Generated (the generator) and Input → … → Output
(the discriminator). ``GanFrames`` finds them from the graph alone (``gan_components``) and draws a
rounded frame around each, below the wires and nodes. The frames are decoration: not selectable, they
take no mouse button (a press goes to the nodes or starts a rubber band as before), and they vanish
when the design has no Noise node. The scene calls ``update`` after every graph event and while a
node is dragged, so the frames follow the nodes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from playground.graph import Graph
from playground.ui.editor import style
from playground.ui.i18n import N_, tr
from playground.ui.plots.gan import FAKE_COLOR, REAL_COLOR

if TYPE_CHECKING:
    from playground.ui.editor.scene import NodeScene

PADDING = 22.0
"""Room between the nodes and the frame's sides and bottom."""
TITLE_FONT_PX = 20
CAPTION_FONT_PX = 15
TITLE_BAND = 62.0
"""Height above the top node for the title and its caption."""
CORNER = 16.0
FILL_ALPHA = 22
Z_VALUE = -10.0
"""Below the wires (0) and the nodes (1)."""

GENERATOR = (N_("Generator G"), N_("turns noise z into fake samples"), FAKE_COLOR)
DISCRIMINATOR = (N_("Discriminator D"), N_("says real or fake"), REAL_COLOR)


def _reach(graph: Graph, starts: list[str], forward: bool) -> set[str]:
    """``starts`` and every node reachable from them along the edges (``forward``) or against them."""
    seen = set(starts)
    todo = list(starts)
    while todo:
        nid = todo.pop()
        for edge in graph.edges:
            src, dst = (edge.src, edge.dst) if forward else (edge.dst, edge.src)
            if src == nid and dst not in seen:
                seen.add(dst)
                todo.append(dst)
    return seen


def gan_components(graph: Graph) -> tuple[list[str], list[str]]:
    """Node ids of the generator and the discriminator of a GAN design (both empty without a Noise node).

    The generator is every node downstream of a Noise node or upstream of a Generated one (so a
    generator under construction is framed too); the discriminator is every other node that leads to
    an Output. Ids are in graph order.
    """
    noise = [n.id for n in graph.nodes_of_kind("Noise")]
    if not noise:
        return [], []
    generated = [n.id for n in graph.nodes_of_kind("Generated")]
    generator = _reach(graph, noise, forward=True) | _reach(graph, generated, forward=False)
    outputs = [n.id for n in graph.nodes_of_kind("Output") if n.id not in generator]
    discriminator = _reach(graph, outputs, forward=False) - generator
    return [n for n in graph.nodes if n in generator], [n for n in graph.nodes if n in discriminator]


class FrameItem(QGraphicsItem):
    """A rounded, tinted frame with a title and a caption at its top; decoration only."""

    def __init__(self, title: str, caption: str, color: str) -> None:
        super().__init__()
        self.title = tr(title)  # GENERATOR and DISCRIMINATOR are marked N_
        self.caption = tr(caption)
        self.color = QColor(color)
        self.members: list[str] = []
        """Ids of the nodes the frame surrounds."""
        self._rect = QRectF()
        self.setZValue(Z_VALUE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go through to what lies below
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.setToolTip(f"<b>{self.title}</b>: {self.caption}")
        self.setVisible(False)

    def set_rect(self, rect: QRectF) -> None:
        """Surround ``rect`` (the members' nodes, in scene coordinates) with padding and the title band."""
        framed = rect.adjusted(-PADDING, -(PADDING + TITLE_BAND), PADDING, PADDING)
        if framed != self._rect:
            self.prepareGeometryChange()
            self._rect = framed
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        # Only the title band counts as the frame (for its tooltip); the inside is open canvas.
        path = QPainterPath()
        path.addRect(QRectF(self._rect.left(), self._rect.top(), self._rect.width(), TITLE_BAND + PADDING / 2))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        fill = QColor(self.color)
        fill.setAlpha(FILL_ALPHA)
        painter.setPen(QPen(self.color, 2.5, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect, CORNER, CORNER)
        left, top, width = self._rect.left() + PADDING, self._rect.top() + 8, self._rect.width() - 2 * PADDING
        title_font = style.font(TITLE_FONT_PX, bold=True)
        painter.setFont(title_font)
        painter.setPen(self.color.darker(115))
        title_h = QFontMetrics(title_font).height()
        painter.drawText(QRectF(left, top, width, title_h), Qt.AlignmentFlag.AlignVCenter, self.title)
        caption_font = style.font(CAPTION_FONT_PX)
        painter.setFont(caption_font)
        painter.setPen(style.MUTED_TEXT)
        metrics = QFontMetrics(caption_font)
        caption = metrics.elidedText(self.caption, Qt.TextElideMode.ElideRight, int(max(width, 0)))
        line = QRectF(left, top + title_h + 2, width, metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, caption)


class GanFrames:
    """The generator's and the discriminator's frames of a ``NodeScene``, kept around their nodes."""

    def __init__(self, scene: NodeScene) -> None:
        self.scene = scene
        self.generator = FrameItem(*GENERATOR)
        self.discriminator = FrameItem(*DISCRIMINATOR)
        self.attach(scene)

    @property
    def items(self) -> tuple[FrameItem, FrameItem]:
        """The generator's frame and the discriminator's."""
        return self.generator, self.discriminator

    def detach(self) -> None:
        """Take the frames out of the scene (before ``QGraphicsScene.clear`` would delete them)."""
        for item in self.items:
            if item.scene() is not None:
                item.scene().removeItem(item)

    def attach(self, scene: QGraphicsScene) -> None:
        """Put the frames (back) into ``scene``."""
        for item in self.items:
            if item.scene() is None:
                scene.addItem(item)

    def update(self) -> None:
        """Find the two components again and fit the frames around them (hidden when there is no GAN)."""
        generator, discriminator = gan_components(self.scene.document.project.graph)
        self.generator.members = [n for n in generator if n in self.scene.nodes]
        self.discriminator.members = [n for n in discriminator if n in self.scene.nodes]
        self.follow_nodes()

    def follow_nodes(self) -> None:
        """Fit the frames around their members where they are now (cheap: called while a node is dragged)."""
        for item in self.items:
            rect = self.scene.nodes_rect(item.members) if item.members else QRectF()
            if rect.isNull():
                item.setVisible(False)
                continue
            item.set_rect(rect)
            item.setVisible(True)

    def rect(self) -> QRectF:
        """The scene rectangle the visible frames cover (null without a GAN)."""
        out = QRectF()
        for item in self.items:
            if item.isVisible():
                out = out.united(item.sceneBoundingRect())
        return out
