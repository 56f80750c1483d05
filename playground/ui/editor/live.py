"""The training run drawn on the node editor: neuron maps under hidden layers, weights on edges.

``LiveCanvas`` is a panel of the ``TrainingSession`` without a dock: the session feeds it snapshots
(and asks the worker for its probes) only while the View menu's toggle is on. For 2D data every
hidden node with a flat output gets a strip of its units' maps (``NeuronStripItem``); hovering one
shows it large in the decision boundary panel. Edges into Dense layers with few weights show the
layer's weights: thicker for a larger mean |w|, blue where positive weights dominate, orange where
negative ones do (the Okabe–Ito pair, safe for colour-blind viewers).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QPen

from playground.engine.snapshot import Snapshot, WeightStats
from playground.graph import GraphEvent
from playground.ui.editor.edges import EdgeItem
from playground.ui.editor.items import NodeItem
from playground.ui.editor.neuron_strip import NeuronStripItem
from playground.ui.editor.view import EditorView
from playground.ui.i18n import N_, tr
from playground.ui.plots.neurons import map_levels
from playground.ui.theme import OKABE_ITO

if TYPE_CHECKING:
    from playground.ui.session import TrainingSession

MAX_EDGE_WEIGHTS = 4096
"""Weights are drawn on edges into Dense layers of at most this many weights (64×64): small nets."""
POSITIVE = QColor(OKABE_ITO[1])  # blue
NEGATIVE = QColor(OKABE_ITO[0])  # orange
BALANCED = QColor("#8A8A8A")
MIN_WIDTH, MAX_WIDTH = 1.5, 10.0
FADED_OPACITY = 0.3


def weight_width(mean_abs: float) -> float:
    """Pen width for a layer's mean |w|: grows like log(1 + |w|) so large weights do not swamp the canvas."""
    return min(MIN_WIDTH + 6.0 * math.log1p(max(mean_abs, 0.0)), MAX_WIDTH)


def weight_color(positive_share: float) -> QColor:
    """Orange (all weight mass negative) → grey (balanced) → blue (all positive)."""
    t = min(max(positive_share, 0.0), 1.0)
    far, amount = (POSITIVE, 2 * t - 1) if t >= 0.5 else (NEGATIVE, 1 - 2 * t)
    mix = [round(a + (b - a) * amount) for a, b in zip(BALANCED.getRgb()[:3], far.getRgb()[:3], strict=True)]
    return QColor(*mix)


def weight_pen(stats: WeightStats) -> QPen:
    """The pen of an edge into a layer with these weights."""
    pen = QPen(weight_color(stats.positive_share), weight_width(stats.mean_abs))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def weight_tooltip(name: str, stats: WeightStats) -> str:
    """What the edge's thickness and colour say, in numbers."""
    return tr(
        "<b>Weights of {name}</b> ({count}): mean |w| {mean}, max |w| {max}, "
        "{positive} of |w| positive.<br>Thickness: mean |w|; colour: blue positive, orange negative.",
        name=name,
        count=f"{stats.count:,}",
        mean=f"{stats.mean_abs:.3g}",
        max=f"{stats.max_abs:.3g}",
        positive=f"{stats.positive_share:.0%}",
    )


class LiveCanvas(QObject):
    """Feeds the editor's items from the run's snapshots; ``toggle_action`` shows or hides all of it."""

    title = N_("Canvas")
    probes = frozenset({"neurons", "weights"})

    def __init__(self, view: EditorView, session: TrainingSession, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.session = session
        self.strips: dict[str, NeuronStripItem] = {}
        """Node id → its strip (made once per node item, refilled by every snapshot)."""
        self._owners: dict[str, NodeItem] = {}
        """Node id → the NodeItem its strip belongs to: a rebuilt scene has new items (and no strips)."""
        self._styled: set[EdgeItem] = set()
        self._snapshot: Snapshot | None = None
        self._levels: dict[str, tuple[float, float]] = {}
        self.hovered: tuple[str, int] | None = None
        self.toggle_action = QAction(tr("Show neuron maps and weights on layers"), self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setChecked(True)
        tip = tr(
            "While training a 2D problem, draw each hidden unit's output map under its layer and the "
            "weights of small Dense layers as edge thickness and colour"
        )
        self.toggle_action.setToolTip(tip)
        self.toggle_action.setStatusTip(tip)
        self.toggle_action.toggled.connect(self._on_toggled)
        session.add_panel(self)
        session.set_panel_visible(self, True)
        session.state_changed.connect(self._on_session_state)
        view.document.graph_changed.connect(self._on_graph_changed)

    @property
    def enabled(self) -> bool:
        return self.toggle_action.isChecked()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Any) -> None:
        """The maps cover the snapshot's extent: nothing to prepare."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Refill the strips and restyle the edges from ``snapshot`` (probes it lacks leave things as they are)."""
        if not self.enabled:
            return
        self._snapshot = snapshot
        if snapshot.neuron_maps:
            self._show_maps(snapshot)
        if snapshot.weight_stats:
            self._show_weights(snapshot)
        if self.hovered is not None:
            self._show_hovered()

    def clear(self) -> None:
        """No run: strips hidden, edges plain, the boundary panel back to the output."""
        self._snapshot = None
        self._levels = {}
        self._set_hovered(None)
        for strip in self._live_strips():
            strip.setVisible(False)
        for edge in self._styled:
            if edge in self.view.node_scene.edges.values():
                edge.set_weight_style(None)
        self._styled = set()

    # --- neuron maps ------------------------------------------------------------------------

    def strip(self, node_id: str) -> NeuronStripItem | None:
        """The strip under ``node_id``'s item, if it has one now."""
        self._forget_dead_strips()
        return self.strips.get(node_id)

    def _show_maps(self, snapshot: Snapshot) -> None:
        scene = self.view.node_scene
        self._forget_dead_strips()
        for nid, maps in snapshot.neuron_maps.items():
            item = scene.nodes.get(nid)
            if item is None:
                continue
            strip = self.strips.get(nid)
            if strip is None:
                strip = self.strips[nid] = NeuronStripItem(item, self._on_strip_hover)
                strip.setOpacity(FADED_OPACITY if self.faded else 1.0)
                self._owners[nid] = item
            levels = self._levels[nid] = map_levels(maps)
            units = snapshot.neuron_units.get(nid, maps.shape[0])
            strip.set_maps(snapshot.names.get(nid, nid), maps, units, levels)
            strip.setVisible(True)
        for nid, strip in self.strips.items():
            if nid not in snapshot.neuron_maps:
                strip.setVisible(False)  # a layer the run does not have (added after it started)

    def _forget_dead_strips(self) -> None:
        # A rebuilt scene (new project, reset event) deleted the old node items and their strips.
        nodes = self.view.node_scene.nodes
        for nid in [n for n, owner in self._owners.items() if nodes.get(n) is not owner]:
            del self.strips[nid], self._owners[nid]

    def _live_strips(self) -> list[NeuronStripItem]:
        self._forget_dead_strips()
        return list(self.strips.values())

    # --- hover → the boundary panel ---------------------------------------------------------

    def _boundary_panel(self) -> Any:
        # Only a built one: hovering must not build the panel of a dock never shown.
        return next((p for p in self.session.feed.built_panels() if hasattr(p, "show_neuron")), None)

    def _on_strip_hover(self, node_id: str, unit: int | None) -> None:
        self._set_hovered(None if unit is None else (node_id, unit))

    def _set_hovered(self, key: tuple[str, int] | None) -> None:
        was, self.hovered = self.hovered, key
        if key is not None:
            self._show_hovered()
        elif was is not None:
            panel = self._boundary_panel()
            if panel is not None:
                panel.show_output()

    def _on_graph_changed(self, event: GraphEvent) -> None:
        # A node deleted under the mouse sends no hover-leave: give the boundary panel its output back.
        if self.hovered is not None and self.hovered[0] not in self.view.node_scene.nodes:
            self._set_hovered(None)

    def _show_hovered(self) -> None:
        snapshot, panel = self._snapshot, self._boundary_panel()
        if self.hovered is None or snapshot is None or panel is None:
            return
        nid, unit = self.hovered
        maps = snapshot.neuron_maps.get(nid)
        if maps is None or unit >= maps.shape[0]:
            self._set_hovered(None)
            return
        name = snapshot.names.get(nid, nid)
        panel.show_neuron(name, unit, np.asarray(maps[unit]), self._levels[nid], snapshot.extent)

    # --- weights on edges -------------------------------------------------------------------

    def _show_weights(self, snapshot: Snapshot) -> None:
        styled = set()
        for edge, item in self.view.node_scene.edges.items():
            stats = snapshot.weight_stats.get(edge.dst)
            if stats is None or snapshot.kinds.get(edge.dst) != "Dense" or stats.count > MAX_EDGE_WEIGHTS:
                continue
            item.set_weight_style(weight_pen(stats), weight_tooltip(snapshot.names.get(edge.dst, edge.dst), stats))
            styled.add(item)
        live = set(self.view.node_scene.edges.values())
        for item in (self._styled & live) - styled:
            item.set_weight_style(None)
        self._styled = styled

    # --- the toggle, and a design that moved on ------------------------------------------------

    @property
    def faded(self) -> bool:
        """The design changed since the run started: the maps show the old network, so they are drawn pale."""
        return bool(self.session.stale and not self.session.kept_old)

    def _on_session_state(self) -> None:
        opacity = FADED_OPACITY if self.faded else 1.0
        for strip in self._live_strips():
            if strip.opacity() != opacity:
                strip.setOpacity(opacity)

    def _on_toggled(self, on: bool) -> None:
        if not on:
            self.clear()
        self.session.set_panel_visible(self, on)
