"""The live training panels: one pyqtgraph widget per visualization, fed ``Snapshot`` objects.

Each panel has ``title`` and ``probes`` (what it needs from the worker), and ``set_dataset``,
``show_snapshot`` and ``clear``; items are created once and updated with setters.
"""

from __future__ import annotations

from playground.ui.plots.activation_curves import ActivationCurvesPanel
from playground.ui.plots.activations import ActivationPanel
from playground.ui.plots.base import Panel
from playground.ui.plots.boundary import BoundaryPanel
from playground.ui.plots.classification import ClassificationPanel
from playground.ui.plots.compare import CompareLossPanel
from playground.ui.plots.embedding import NeighboursPanel
from playground.ui.plots.embedding_map import EmbeddingMapPanel
from playground.ui.plots.feature_maps import FeatureMapsPanel
from playground.ui.plots.filters import FiltersPanel
from playground.ui.plots.gan import GanPanel
from playground.ui.plots.gan_metrics import GanMetricsPanel
from playground.ui.plots.gates import GatesPanel
from playground.ui.plots.gradients import GradientPanel
from playground.ui.plots.hidden_grads import HiddenGradPanel
from playground.ui.plots.latent import LatentPanel
from playground.ui.plots.loss import LossPanel
from playground.ui.plots.neurons import NeuronPanel
from playground.ui.plots.optimizer_paths import OptimizerPathsPanel
from playground.ui.plots.pretrain import PretrainPanel
from playground.ui.plots.pretrain_pairs import PretextPanel
from playground.ui.plots.rbm import RbmFiltersPanel, RbmReconstructionPanel
from playground.ui.plots.rbm_curves import RbmCurvesPanel
from playground.ui.plots.reconstruction import ReconstructionPanel
from playground.ui.plots.regions import RegionsPanel
from playground.ui.plots.sequence import SequencePanel
from playground.ui.plots.text_sample import TextPanel
from playground.ui.plots.truth_table import TruthTablePanel
from playground.ui.plots.variant_grid import VariantGridPanel

PANEL_CLASSES: list[type[Panel]] = [
    VariantGridPanel,  # a comparison's grid and curves come first: they are what it is about
    CompareLossPanel,
    TruthTablePanel,  # the classic lessons: the gate's table, the step units' regions
    RegionsPanel,
    BoundaryPanel,
    GanPanel,
    EmbeddingMapPanel,  # word2vec: the word map beside the loss, the neighbours next
    FiltersPanel,
    RbmFiltersPanel,  # a deep belief net: its hidden units' weights, reconstructions and curves
    ReconstructionPanel,
    RbmReconstructionPanel,
    SequencePanel,
    LossPanel,
    NeighboursPanel,
    PretrainPanel,  # a pretraining run: when the labels take over
    PretextPanel,
    RbmCurvesPanel,
    GanMetricsPanel,
    ClassificationPanel,
    LatentPanel,
    TextPanel,
    HiddenGradPanel,
    FeatureMapsPanel,
    GatesPanel,
    GradientPanel,
    ActivationPanel,
    NeuronPanel,
    ActivationCurvesPanel,
    OptimizerPathsPanel,
]
"""The panels in dock order. The window shows those a design needs (``Panel.shows_for``): the first of
them (boundary, filters or reconstructions: a square picture) beside the loss curve, then the view of
the task, the rest as tabs."""

__all__ = [
    "PANEL_CLASSES",
    "ActivationCurvesPanel",
    "ActivationPanel",
    "BoundaryPanel",
    "ClassificationPanel",
    "CompareLossPanel",
    "EmbeddingMapPanel",
    "FeatureMapsPanel",
    "FiltersPanel",
    "GanMetricsPanel",
    "GanPanel",
    "GatesPanel",
    "GradientPanel",
    "HiddenGradPanel",
    "LatentPanel",
    "LossPanel",
    "NeighboursPanel",
    "NeuronPanel",
    "OptimizerPathsPanel",
    "Panel",
    "PretextPanel",
    "PretrainPanel",
    "RbmCurvesPanel",
    "RbmFiltersPanel",
    "RbmReconstructionPanel",
    "ReconstructionPanel",
    "RegionsPanel",
    "SequencePanel",
    "TextPanel",
    "TruthTablePanel",
    "VariantGridPanel",
]
