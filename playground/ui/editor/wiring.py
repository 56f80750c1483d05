"""Dragging a wire from a port to another port to request a connection."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsScene

from playground.graph import Connect, Graph
from playground.ui.editor.edges import WireItem
from playground.ui.editor.items import PortItem


@dataclass(frozen=True)
class Outcome:
    """How a wire drag ended: a command to push, a reason it is refused, or neither (dropped in empty space)."""

    command: Connect | None = None
    reason: str | None = None


def port_at(scene: QGraphicsScene, pos: QPointF) -> PortItem | None:
    """The port under scene position ``pos`` (ports react in a circle larger than drawn)."""
    for item in scene.items(pos, deviceTransform=QTransform()):
        if isinstance(item, PortItem):
            return item
    return None


class WireDrag:
    """One drag from ``port``: a dashed wire follows the mouse and ports under it say yes or no.

    Dragging from an input port to an output port works too (the connection is the same).
    """

    def __init__(self, scene: QGraphicsScene, graph: Graph, port: PortItem) -> None:
        self.scene = scene
        self.graph = graph
        self.port = port
        self.wire = WireItem(port.scenePos(), from_output=port.is_output)
        self._target: PortItem | None = None
        scene.addItem(self.wire)

    def _connection(self, target: PortItem) -> Connect:
        out, inp = (self.port, target) if self.port.is_output else (target, self.port)
        return Connect(out.node.node_id, inp.node.node_id, inp.name)

    def _candidate(self, pos: QPointF) -> PortItem | None:
        port = port_at(self.scene, pos)
        return port if port is not None and port.is_output != self.port.is_output else None

    def _reason(self, target: PortItem) -> str | None:
        cmd = self._connection(target)
        return self.graph.check_connect(cmd.src, cmd.dst, cmd.port)

    def move(self, pos: QPointF) -> None:
        """Follow the mouse; snap to and mark a port of the opposite direction under it."""
        target = self._candidate(pos)
        if target is not self._target and self._target is not None:
            self._target.set_highlight(None)
        self._target = target
        if target is None:
            self.wire.set_end(pos, None)
            return
        state = "refused" if self._reason(target) else "ok"
        target.set_highlight(state)
        self.wire.set_end(target.scenePos(), state)

    def finish(self, pos: QPointF) -> Outcome:
        """End the drag at ``pos``: remove the wire and say what to do."""
        target = self._candidate(pos)
        self.cancel()
        if target is None:
            return Outcome()
        reason = self._reason(target)
        return Outcome(reason=reason) if reason else Outcome(command=self._connection(target))

    def cancel(self) -> None:
        """Remove the wire and any highlight."""
        if self._target is not None:
            self._target.set_highlight(None)
            self._target = None
        if self.wire.scene() is not None:
            self.scene.removeItem(self.wire)
