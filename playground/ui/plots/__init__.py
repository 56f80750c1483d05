"""The live training panels: one pyqtgraph widget per visualization, fed ``Snapshot`` objects.

Each panel has ``title`` and ``probes`` (what it needs from the worker), and ``set_dataset``,
``show_snapshot`` and ``clear``; items are created once and updated with setters.
"""

from __future__ import annotations

from playground.ui.plots.activations import ActivationPanel
from playground.ui.plots.base import Panel
from playground.ui.plots.boundary import BoundaryPanel
from playground.ui.plots.gradients import GradientPanel
from playground.ui.plots.loss import LossPanel
from playground.ui.plots.neurons import NeuronPanel

PANEL_CLASSES: list[type[Panel]] = [BoundaryPanel, LossPanel, GradientPanel, ActivationPanel, NeuronPanel]
"""The panels in dock order."""

__all__ = ["PANEL_CLASSES", "ActivationPanel", "BoundaryPanel", "GradientPanel", "LossPanel", "NeuronPanel", "Panel"]
