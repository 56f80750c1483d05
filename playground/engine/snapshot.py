"""The engine ↔ UI contract: one moment of a training run as plain numbers and numpy arrays."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from playground.engine.embedding_view import EmbeddingView
    from playground.engine.logic import TruthTable
    from playground.engine.pretext_view import PretextView
    from playground.engine.rbm import RbmView
    from playground.engine.regions import RegionsView


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
class SequenceView:
    """Predictions against targets along time for the first test sequences (probe "sequence")."""

    indices: np.ndarray
    """(n,) int64 test-set indices of the sequences shown."""
    series: np.ndarray
    """(n, T) float32 what to draw as the input: the value of each step (sine, adding), or the symbol id of
    each step (text: an index into ``symbols``; remember: 0..k−1 the symbols, k..2k−1 the distractors)."""
    markers: np.ndarray | None
    """(n, T) float32 the adding problem's marker channel (1 at the two marked steps), else None."""
    targets: np.ndarray
    """(n,) for a prediction after the last step, (n, T) for one at every step: values (regression, float32)
    or class ids (classification, int64). At every step, targets[:, t] is what follows step t."""
    predictions: np.ndarray
    """Same shape as ``targets``: predicted values, or predicted class ids."""
    probabilities: np.ndarray | None
    """Classification only: the probability the network gives the right class, same shape as ``targets``."""
    target_mode: str
    """"last" or "every"."""
    symbols: str = ""
    """The alphabet when ids stand for characters (text), so panels can print them; "" otherwise."""


@dataclass
class HiddenGradients:
    """BPTT made visible (probe "hidden_grads"): how large ∂L/∂h_t is at each step t of a recurrent layer."""

    norms: np.ndarray
    """(T,) float64 mean over the probe batch of ‖∂L/∂h_t‖₂, the gradient reaching step t's hidden state of the
    layer's last (top) layer, forward direction. Small early values mean the first steps barely learn (vanishing)."""
    steps: int
    """T, the number of time steps."""


@dataclass
class GateTrace:
    """A recurrent layer's gates and state along one sequence (probe "gates")."""

    gates: dict[str, np.ndarray]
    """Gate name → (units, T) float32 values in the first layer, forward direction: LSTM "input", "forget",
    "cell candidate", "output"; GRU "reset", "update", "candidate"; plain RNN just "hidden" (h_t)."""
    state: np.ndarray
    """(units, T) float32 hidden state h_t (for LSTM also see ``cell``)."""
    cell: np.ndarray | None = None
    """(units, T) float32 LSTM cell state c_t, else None."""


@dataclass
class TextSample:
    """Text the network writes itself, one character at a time (probe "text")."""

    text: str
    """The generated characters (after ``prime``)."""
    prime: str
    """The start it was given (taken from the test text)."""
    temperature: float
    step: int
    """The training step it was written at."""


@dataclass
class GanView:
    """One moment of a GAN on the plane (probe "gan")."""

    real: np.ndarray
    """(n, 2) float32 real samples (a fixed subset)."""
    fake: np.ndarray
    """(n, 2) float32 generated samples G(z) for a fixed batch of noise z."""
    fake_grad: np.ndarray
    """(n, 2) float32 where the generator's loss pushes each fake sample: −∂L_G/∂x at x = G(z) (arrows)."""
    d_grid: np.ndarray
    """(g, g) float32 the discriminator's P(real) over ``extent``, row 0 at the bottom (y = ymin)."""
    extent: tuple[float, float, float, float]
    """xmin, xmax, ymin, ymax of the plane."""
    history: np.ndarray
    """Rows of (step, D loss, G loss, distance), decimated when long."""
    distance: float
    """Energy distance between real and generated samples (0 when they have the same distribution)."""
    d_real: float
    """Mean D(x) on real samples (near 1 while D wins)."""
    d_fake: float
    """Mean D(G(z)) on fake samples."""


@dataclass
class ComparisonView:
    """Several variants of a design trained side by side from the same data and seed (``engine.compare``)."""

    labels: list[str]
    """Each variant's label, variant 0 (the design in the editor) first."""
    rows: list[str]
    """Each variant's row label in a lesson grid ("" when the variants form no grid)."""
    cols: list[str]
    """Each variant's column label in a lesson grid ("")."""
    snapshots: list[Snapshot]
    """Each variant's own snapshot: metrics, history, and of the probes only "boundary" (on a coarser grid than
    variant 0's own) and "grad_norms"; its ``comparison`` is None."""
    failures: list[str] = field(default_factory=list)
    """Per variant: why it stopped training (its loss diverged), or "" while it trains."""
    shared: list[list[str]] = field(default_factory=list)
    """Per variant: ids of the layers whose initial weights were copied from variant 0 (empty for variant 0)."""


@dataclass
class PretrainView:
    """The pretraining phase of a run (probe "pretraining"), for the panel that shows when it ends."""

    method: str
    """The ``pretrain`` setting: "rbm" or "relative_position"."""
    stage: str
    """What the run does now, for the user: "RBM 1 of 2: contrastive divergence", "Fine-tuning with labels"."""
    step: int
    """The run's step counter."""
    total: int
    """The steps the pretraining takes; from this step on the run fine-tunes with labels."""
    history: np.ndarray
    """(m, 3) rows of step, pretraining loss, accuracy of the pretext task (NaN where it has none)."""
    loss_name: str = ""
    """What the loss measures, for the axis label ("reconstruction error", "pretext cross-entropy")."""

    @property
    def done(self) -> bool:
        """Whether the pretraining is over and the labels train the network."""
        return self.step >= self.total


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
    networks: dict[str, str] = field(default_factory=dict)
    """A GAN run: node id → "generator" or "discriminator" (empty for every other run)."""
    device: str = "cpu"
    """Where the run trains: "cpu", "cuda" or "mps"."""
    early_stop_step: int | None = None
    """The step the run went back to when early stopping ended it (its lowest test loss), or None while it goes
    on (``Trainer.stopped_early``; the training setting ``early_stop``)."""
    task: str = ""
    """The Output head's task: "binary", "multiclass", "regression", "reconstruction", or "gan" for a GAN run
    (then ``train_loss`` is the discriminator's loss and ``test_loss`` the generator's)."""
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
    sequence: SequenceView | None = None
    hidden_grads: dict[str, HiddenGradients] = field(default_factory=dict)
    """Recurrent node id → its gradients over time (probe "hidden_grads")."""
    gates: dict[str, GateTrace] = field(default_factory=dict)
    """Recurrent node id → its gates along the sequence ``gate_sample`` (probe "gates")."""
    gate_sample: int = -1
    """Test-set index of the sequence ``gates`` follows (probe option "sequence_sample")."""
    text: TextSample | None = None
    gan: GanView | None = None
    comparison: ComparisonView | None = None
    pretraining: PretrainView | None = None
    truth_table: TruthTable | None = None  # probe "truth_table" (the logic dataset), see engine.logic
    regions: RegionsView | None = None  # probe "regions" (step units on the plane), see engine.regions
    embedding: EmbeddingView | None = None  # probe "embedding" (word2vec), see engine.embedding_view
    pretext: PretextView | None = None  # probe "pretext" (relative-position pairs), see engine.pretext_view
    rbm: RbmView | None = None  # probe "rbm" (the RBM a deep belief net trains), see engine.rbm
    """A run with a pretraining phase (probe "pretraining"): its stage and loss history."""
    """A comparison run (``Project.variants``): every variant's snapshot; this snapshot is variant 0's."""
