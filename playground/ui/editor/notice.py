"""A short explanation drawn on the canvas where a gesture was refused (readable from the back row,
unlike a tooltip), hidden again after a few seconds or at the next click."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from playground.ui.editor import style

SHOW_MS = 4000
MAX_WIDTH = 360


class NoticeItem(QGraphicsItem):
    """A rounded box with wrapped text, drawn above everything, ignoring the zoom."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self._rect = QRectF()
        self.setZValue(100)
        # Constant on-screen size: a refusal must be readable even when zoomed far out.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def set_text(self, text: str) -> None:
        self.prepareGeometryChange()
        self.text = text
        metrics = QFontMetrics(style.font(style.BODY_FONT_PX))
        bounds = metrics.boundingRect(QRectF(0, 0, MAX_WIDTH, 1000).toRect(), Qt.TextFlag.TextWordWrap, text)
        self._rect = QRectF(0, 0, bounds.width() + 20, bounds.height() + 14)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.ERROR, 2))
        painter.setBrush(style.NODE_FILL)
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.setPen(style.TEXT)
        painter.setFont(style.font(style.BODY_FONT_PX))
        painter.drawText(self._rect.adjusted(10, 7, -10, -7), Qt.TextFlag.TextWordWrap, self.text)


class Notice(QObject):
    """Shows a ``NoticeItem`` in ``scene`` for a few seconds."""

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.item = NoticeItem()
        scene.addItem(self.item)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.hide)

    def show(self, text: str, at: QPointF) -> None:
        """Show ``text`` just below and right of scene point ``at``."""
        self.item.set_text(text)
        self.item.setPos(at + QPointF(12, 12))
        self.item.show()
        self._timer.start()

    def hide(self) -> None:
        self.item.hide()
