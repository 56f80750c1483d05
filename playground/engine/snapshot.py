"""The engine ↔ UI contract: one moment of a training run as plain numbers and numpy arrays."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Histogram:
    counts: np.ndarray  # (bins,) int64
    edges: np.ndarray  # (bins + 1,) float32


@dataclass
class WeightStats:
    """One layer's weight tensor (biases excluded) in four numbers: the editor draws them on edges."""

    count: int
    mean_abs: float
    max_abs: float
    positive_share: float
    """Share of the total |w| carried by positive weights: 1 all positive, 0.5 balanced, 0 all negative."""


@dataclass
class Snapshot:
    """What the panels draw. Probe fields are empty unless that probe was requested."""

    step: int
    epoch: float
    train_loss: float
    test_loss: float
    train_accuracy: float | None  # None for regression
    test_accuracy: float | None
    history: np.ndarray = field(default_factory=lambda: np.zeros((0, 3), np.float64))
    """Rows of (step, train_loss, test_loss) recorded so far (decimated when long)."""
    names: dict[str, str] = field(default_factory=dict)
    """Node id → layer name, for labelling per-layer probes (in the design's topological order)."""
    kinds: dict[str, str] = field(default_factory=dict)
    """Node id → layer kind id ("Dense", "Activation"...), so panels can pick the layers to show."""
    task: str = ""
    """The Output head's task: "binary", "multiclass" or "regression" (how to read ``boundary``)."""
    grad_norms: dict[str, float] = field(default_factory=dict)
    activation_hist: dict[str, Histogram] = field(default_factory=dict)
    dead_fraction: dict[str, float] = field(default_factory=dict)
    """ReLU layers: share of units that output 0 for every probe sample."""
    saturated_fraction: dict[str, float] = field(default_factory=dict)
    """Sigmoid/tanh layers: share of outputs in the flat tails (derivative < ~0.04)."""
    weight_hist: dict[str, Histogram] = field(default_factory=dict)
    weight_stats: dict[str, WeightStats] = field(default_factory=dict)
    """Parameterised node id → summary of its weight tensor (probe "weights", like ``weight_hist``)."""
    update_ratio: dict[str, float] = field(default_factory=dict)
    """Parameterised node id → ‖Δθ‖/‖θ‖ of its parameters over the last step (probe "update_ratio")."""
    boundary: np.ndarray | None = None
    """n×n grid over ``extent``: P(class 1) for binary, class probabilities n×n×k for multi-class,
    predicted value for regression."""
    extent: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    neuron_maps: dict[str, np.ndarray] = field(default_factory=dict)
    """Hidden node id → (units, n, n) outputs of each unit over the grid."""
    neuron_units: dict[str, int] = field(default_factory=dict)
    """Hidden node id → its number of units (``neuron_maps`` keeps only the first 32)."""
