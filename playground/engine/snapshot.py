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
class FilterSet:
    """The kernels of one convolution layer (probe "filters")."""

    weights: np.ndarray
    """(out_channels, in_channels, kh, kw) float32; for ConvTranspose2d (in, out, kh, kw) as torch stores it."""
    grads: np.ndarray | None
    """Same shape: the gradient from the last training step (None before the first step)."""


@dataclass
class ClassificationView:
    """How the classifier does on the test set (probe "classification")."""

    confusion: np.ndarray
    """(k, k) int64 counts: row = true class, column = predicted class."""
    predictions: np.ndarray
    """(n_test,) int64 predicted class of every test sample, in the dataset's test order."""
    class_accuracy: np.ndarray
    """(k,) float64 share of each true class predicted right (NaN for a class with no test samples)."""


@dataclass
class ReconstructionView:
    """An autoencoder's inputs and outputs for the first test samples (probe "reconstruction")."""

    indices: np.ndarray
    """(n,) int64 test-set indices of the samples shown."""
    inputs: np.ndarray
    """(n, *sample_shape) float32 clean inputs (the targets)."""
    corrupted: np.ndarray
    """(n, *sample_shape) what the network received (equal to ``inputs`` without corruption)."""
    outputs: np.ndarray
    """(n, *sample_shape) reconstructions, in the units of the inputs (sigmoid applied for BCE)."""
    error: float
    """Mean squared reconstruction error over the whole test set (clean inputs, no corruption)."""


@dataclass
class LatentView:
    """The code of an autoencoder's Latent layer for the test samples (probe "latent")."""

    node: str
    """Id of the Latent node."""
    codes: np.ndarray
    """(n, 2) float32 coordinates: the code itself for 2 units, its first two PCA components otherwise."""
    labels: np.ndarray
    """(n,) int64 class of each sample (-1 where the data has no classes)."""
    units: int
    """Number of latent units."""
    method: str
    """"code" (the 2 units as they are), "pca" (projection) or "line" (1 unit, plotted against 0)."""
    walk: np.ndarray | None = None
    """(g, g, *sample_shape) float32 decodings of a g×g grid over ``walk_extent`` (2-unit codes whose decoder
    depends on the Latent alone), row 0 at the bottom (lowest code 2), column 0 at the left."""
    walk_extent: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    """xmin, xmax, ymin, ymax of the grid of codes decoded into ``walk``."""


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
    device: str = "cpu"
    """Where the run trains: "cpu", "cuda" or "mps"."""
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
    filters: dict[str, FilterSet] = field(default_factory=dict)
    """Conv2d / ConvTranspose2d node id → its kernels and their gradients (probe "filters")."""
    feature_maps: dict[str, np.ndarray] = field(default_factory=dict)
    """Node id → (channels, h, w) output for one test sample, for the Input and every node whose output is
    an image (probe "feature_maps"; at most MAX_FEATURE_MAPS channels each)."""
    feature_sample: int = -1
    """Test-set index of the sample ``feature_maps`` shows (probe option "sample")."""
    classification: ClassificationView | None = None
    reconstruction: ReconstructionView | None = None
    latent: LatentView | None = None
