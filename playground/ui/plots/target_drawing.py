"""Drawing points with the mouse on a pyqtgraph plot (the data panel's preview): a GAN's target, or 2D data of classes.

A click adds a point, a drag adds points along its path, a right-click clears them all (a GAN target) or removes
the nearest point (``labelled``: points of classes, each [x, y, class] of the class ``ClassPicker`` selects). Each
stroke or removal ends
with one ``points_changed`` (on mouse release): connected to ``Document.set_setting("data", "points", …)``
it is one undo step per stroke. The drawing listens to the plot's scene through an event filter and takes
the mouse only while enabled and only inside the plot's view box; otherwise the plot behaves as before.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QGraphicsSceneMouseEvent,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from playground.graph.params import MAX_CLASS, MAX_COORDINATE, MAX_POINTS
from playground.ui.i18n import N_, tr
from playground.ui.theme import OKABE_ITO

MIN_SPACING = 0.05
"""Points of one stroke are at least this far apart in plot units…"""
MIN_SPACING_PX = 6.0
"""…and at least this many screen pixels, so a quick stroke does not spend the whole point budget."""
POINT_COLOR = "#222222"
HINT = N_("Click or drag to draw the target · right-click clears")
FULL_HINT = N_("{count} points, the most a target holds · right-click clears")
"""Shown as ``tr(FULL_HINT, count=MAX_POINTS)``, as is CLASS_FULL_HINT."""
CLASS_HINT = N_("Click to add points of the chosen class · right-click removes the nearest")
CLASS_FULL_HINT = N_("{count} points, the most the data holds · right-click removes one")
REMOVE_RADIUS_PX = 24.0
"""A right-click removes the nearest point within this many screen pixels (none farther: no surprises)."""
DECIMALS = 3
"""Coordinates are rounded like this in the project file (a millipixel precision nobody misses)."""


def class_color(k: int) -> str:
    """The colour of class ``k`` (the colours of the data preview and the plots)."""
    return OKABE_ITO[k % len(OKABE_ITO)]


class TargetDrawing(QObject):
    """Lets the user draw points on ``plot``; signal ``points_changed(list)`` once per stroke, clear or removal.

    Points are [x, y], or [x, y, class] when ``labelled`` (the class ``set_current_class`` chose).
    """

    points_changed = Signal(list)

    def __init__(self, plot: pg.PlotItem, parent: QObject | None = None, labelled: bool = False) -> None:
        super().__init__(parent)
        self.labelled = labelled
        self.current_class = 0
        scene = plot.scene()
        if scene is None:
            raise ValueError("TargetDrawing needs a plot that is already shown in a plot widget")
        self.plot = plot
        self.view_box: pg.ViewBox = plot.getViewBox()
        self._points: list[list[float]] = []
        self._stroke: list[list[float]] | None = None
        """Points added by the stroke under way (None while no button is held)."""
        self._enabled = False
        self.markers = pg.ScatterPlotItem(
            size=11, pxMode=True, symbol="+", pen=pg.mkPen(POINT_COLOR, width=2.2), brush=pg.mkBrush(POINT_COLOR)
        )
        if labelled:
            self.markers.setSymbol("o")
            self.markers.setSize(10)
            self.markers.setPen(pg.mkPen("#222", width=1.0))
        self.markers.setZValue(20)
        plot.addItem(self.markers, ignoreBounds=True)
        # A child of the view box (not of its data group): it stays in the top-left corner whatever the range.
        self.hint = pg.TextItem(
            tr(CLASS_HINT) if labelled else tr(HINT), color="#333", fill=pg.mkBrush(255, 255, 255, 210), anchor=(0, 0)
        )
        self.hint.setParentItem(self.view_box)
        self.hint.setPos(4, 4)
        self.hint.setZValue(30)
        self.markers.setVisible(False)
        self.hint.setVisible(False)
        scene.installEventFilter(self)

    # --- state ----------------------------------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        """Take the mouse (and show the points and the hint) only while drawing makes sense."""
        self._enabled = enabled
        self._stroke = None
        self.markers.setVisible(enabled)
        self.hint.setVisible(enabled)
        for view in self.plot.scene().views():
            if enabled:
                view.viewport().setCursor(Qt.CursorShape.CrossCursor)
            else:
                view.viewport().unsetCursor()

    def is_enabled(self) -> bool:
        """Whether clicks on the plot draw points."""
        return self._enabled

    def points(self) -> list[list[float]]:
        """A copy of the points drawn so far."""
        return [list(p) for p in self._points]

    def set_points(self, points: list[list[float]]) -> None:
        """Show ``points`` (the project's setting after an undo or a load) without emitting a change."""
        if self.labelled:
            self._points = [[float(p[0]), float(p[1]), int(p[2])] for p in points[:MAX_POINTS]]
        else:
            self._points = [[float(p[0]), float(p[1])] for p in points[:MAX_POINTS]]
        self._stroke = None
        self._redraw()

    def set_current_class(self, k: int) -> None:
        """The class the next points get (labelled drawings)."""
        self.current_class = max(0, min(MAX_CLASS, int(k)))

    def remove_nearest(self, at: QPointF) -> bool:
        """Remove the point nearest to plot position ``at`` if it is within REMOVE_RADIUS_PX; True if one was."""
        if not self._points:
            return False
        px, py = self.view_box.viewPixelSize()
        dist = [math.hypot((p[0] - at.x()) / px, (p[1] - at.y()) / py) for p in self._points]
        nearest = min(range(len(dist)), key=dist.__getitem__)
        if dist[nearest] > REMOVE_RADIUS_PX:
            return False
        del self._points[nearest]
        self._redraw()
        self.points_changed.emit(self.points())
        return True

    def clear(self) -> None:
        """Remove every point (one change, only if there were points)."""
        self._stroke = None
        if self._points:
            self._points = []
            self._redraw()
            self.points_changed.emit([])

    def make_clear_button(self, parent: QWidget | None = None) -> QPushButton:
        """A "Clear drawing" button wired to ``clear``, for layouts that want one besides the right-click."""
        button = QPushButton(tr("Clear drawing"), parent)
        button.setToolTip(tr("Remove every point of the target you drew (undo brings them back)"))
        button.clicked.connect(self.clear)
        return button

    # --- the mouse --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self._enabled:
            return False
        taken = self._handle(event)
        if taken:
            event.accept()  # the view reports the mouse event as handled (not passed up to the parent widget)
        return taken

    def _handle(self, event: QEvent) -> bool:
        """Draw with ``event`` if it is one of ours; True when it was."""
        kind = event.type()
        if kind == QEvent.Type.GraphicsSceneMousePress:
            return self._on_press(event)
        if kind == QEvent.Type.GraphicsSceneMouseMove and self._stroke is not None:
            self._extend(self._to_plot(event.scenePos()))
            return True
        if kind == QEvent.Type.GraphicsSceneMouseRelease:
            if self._stroke is not None:
                self._finish_stroke()
                return True
            return event.button() == Qt.MouseButton.RightButton and self._inside(event.scenePos())  # its clear
        if kind == QEvent.Type.GraphicsSceneContextMenu:
            return self._inside(event.scenePos())  # the right-click clears; no menu over the drawing
        return False

    def _on_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if not self._inside(event.scenePos()):
            return False
        if event.button() == Qt.MouseButton.RightButton:
            if self.labelled:
                self.remove_nearest(self._to_plot(event.scenePos()))
            else:
                self.clear()
            return True
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._stroke = []
        self._add(self._to_plot(event.scenePos()))
        return True

    def _inside(self, scene_pos: QPointF) -> bool:
        return self.view_box.sceneBoundingRect().contains(scene_pos)

    def _to_plot(self, scene_pos: QPointF) -> QPointF:
        return self.view_box.mapSceneToView(scene_pos)

    def _spacing(self) -> float:
        """The least distance between two points of a stroke, in plot units."""
        px, py = self.view_box.viewPixelSize()
        return max(MIN_SPACING, MIN_SPACING_PX * max(abs(px), abs(py)))

    def _extend(self, at: QPointF) -> None:
        """Add ``at`` to the stroke if it is far enough from the stroke's last point."""
        if self._stroke:
            last = self._stroke[-1]
            if math.hypot(at.x() - last[0], at.y() - last[1]) < self._spacing():
                return
        self._add(at)

    def _add(self, at: QPointF) -> None:
        x, y = round(at.x(), DECIMALS), round(at.y(), DECIMALS)
        if len(self._points) >= MAX_POINTS or not self._inside(self.view_box.mapViewToScene(at)):
            return  # full, or dragged off the plot: nothing the user could see
        if not (abs(x) <= MAX_COORDINATE and abs(y) <= MAX_COORDINATE):
            return
        point = [x, y, self.current_class] if self.labelled else [x, y]
        self._points.append(point)
        assert self._stroke is not None
        self._stroke.append(point)
        self._redraw()

    def _finish_stroke(self) -> None:
        stroke, self._stroke = self._stroke, None
        if stroke:
            self.points_changed.emit(self.points())

    def _redraw(self) -> None:
        xs, ys = [p[0] for p in self._points], [p[1] for p in self._points]
        full = len(self._points) >= MAX_POINTS
        if self.labelled:
            brushes = [pg.mkBrush(class_color(int(p[2]))) for p in self._points]
            self.markers.setData(xs, ys, brush=brushes)
            self.hint.setText(tr(CLASS_FULL_HINT, count=MAX_POINTS) if full else tr(CLASS_HINT))
        else:
            self.markers.setData(xs, ys)
            self.hint.setText(tr(FULL_HINT, count=MAX_POINTS) if full else tr(HINT))


class ClassPicker(QWidget):
    """A row of class buttons in the class colours: the class the next drawn points get. Signal ``chosen(k)``."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.chosen)
        self.buttons: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        label = QLabel(tr("Class:"))
        label.setToolTip(tr("New points you click get this class"))
        self._layout.addWidget(label)
        self._layout.addStretch(1)

    def set_classes(self, count: int) -> None:
        """Offer classes 1…``count`` (keeping the chosen one if it still exists)."""
        current = self.current()
        while len(self.buttons) < count:
            k = len(self.buttons)
            button = QToolButton(self)
            button.setText(str(k + 1))
            button.setCheckable(True)
            button.setToolTip(tr("Draw points of class {k}", k=k + 1))
            color = QColor(class_color(k))
            text = "#000" if color.lightness() > 120 else "#fff"
            button.setStyleSheet(
                f"QToolButton {{ background: {color.name()}; color: {text}; border: 1px solid #888;"
                " border-radius: 3px; min-width: 18px; padding: 1px 3px; }"
                " QToolButton:checked { border: 3px solid #111; font-weight: bold; }"
            )
            self.group.addButton(button, k)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self.buttons.append(button)
        for k, button in enumerate(self.buttons):
            button.setVisible(k < count)
        chosen = current if current < count else 0
        if self.buttons:
            self.buttons[chosen].setChecked(True)
        if chosen != current:
            self.chosen.emit(chosen)

    def current(self) -> int:
        """The chosen class (0 is the first)."""
        checked = self.group.checkedId()
        return max(checked, 0)
