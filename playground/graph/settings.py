"""The data and training settings of a project, declared as parameter specs.

The data dock, the training controls, the project validator and the CLI read these specs; the
engine implements what they name (datasets in ``engine/data.py``, optimizers and losses in
``engine/train.py``) and its tests check the names agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.graph.params import ParamSpec


@dataclass(frozen=True)
class DatasetInfo:
    label: str
    task: str  # "classification" or "regression"
    help: str
    fixed_classes: int = 0
    """Number of classes if the dataset fixes it (0: the ``classes`` setting decides)."""
    kind: str = "points"
    """"points": 2D points turned into features; "images": a stack of C×H×W images; "sequence": sequences of
    time × features (or of symbol ids, for text); "gan": 2D points a generator learns to imitate."""
    image_shape: tuple[int, ...] = ()
    """C×H×W of a bundled image set (empty for points, and for the user's images: see ``image_shape``)."""
    file: str = ""
    """File name of a bundled image set in ``resources/data``."""


DATASETS: dict[str, DatasetInfo] = {
    "circle": DatasetInfo("Circle", "classification", "A disc of one class inside a ring of the other.", 2),
    "xor": DatasetInfo(
        "XOR", "classification", "Four quadrants: class is the sign of x1·x2. No single line separates it.", 2
    ),
    "gaussians": DatasetInfo("Gaussians", "classification", "One gaussian blob per class."),
    "spiral": DatasetInfo("Spiral", "classification", "Interleaved spiral arms, one per class: needs depth."),
    "moons": DatasetInfo("Moons", "classification", "Two interleaved half circles.", 2),
    "plane": DatasetInfo("Plane", "regression", "Target is a tilted plane over (x1, x2)."),
    "multi_gaussian": DatasetInfo("Multi-gaussian", "regression", "Target is a sum of gaussian bumps over (x1, x2)."),
    "mnist": DatasetInfo(
        "Digits 28×28 (MNIST 5k)",
        "classification",
        "5000 handwritten digits, 28×28 grey pixels, 500 of each class (a subset of MNIST).",
        10,
        kind="images",
        image_shape=(1, 28, 28),
        file="mnist_5k.npz",
    ),
    "digits8": DatasetInfo(
        "Digits 8×8 (UCI)",
        "classification",
        "1797 small handwritten digits, 8×8 pixels: trains in seconds on any laptop.",
        10,
        kind="images",
        image_shape=(1, 8, 8),
        file="digits_8x8.npz",
    ),
    "user_images": DatasetInfo(
        "Your images (folder or .npz)",
        "classification",
        "Your own images: a folder with one sub-folder of images per class, or an .npz file holding "
        "'images' (N×H×W or N×H×W×C) and 'labels'.",
        kind="images",
    ),
    "sine": DatasetInfo(
        "Sine waves (forecast)",
        "regression",
        "Each sequence is a sum of two sine waves with random frequencies and phases: predict the next value "
        "after the last step (many-to-one) or after every step (many-to-many).",
        kind="sequence",
    ),
    "adding": DatasetInfo(
        "Adding problem",
        "regression",
        "Each step holds a random value and a marker; two steps are marked, one in each half of the sequence. "
        "Predict the sum of the two marked values: a long-range dependency that grows with the length.",
        kind="sequence",
    ),
    "remember": DatasetInfo(
        "Remember the first symbol",
        "classification",
        "The first step shows one of the symbols A, B, C…, every later step a random distractor: the class is the "
        "first symbol, so the network must carry it through the whole sequence.",
        kind="sequence",
    ),
    "text": DatasetInfo(
        "Nursery rhymes (characters)",
        "classification",
        "A few KB of traditional English nursery rhymes, read as characters: predict the next character at "
        "every step, then let the network write its own rhymes.",
        kind="sequence",
        fixed_classes=36,
        file="rhymes.txt",
    ),
    "ring": DatasetInfo(
        "Ring of gaussians", "generation", "Eight small gaussian blobs on a circle: the classic GAN test.", kind="gan"
    ),
    "gan_moons": DatasetInfo("Two moons", "generation", "Two interleaved half circles.", kind="gan"),
    "line": DatasetInfo("Line", "generation", "Points along a slanted line segment.", kind="gan"),
    "grid": DatasetInfo("Grid of gaussians", "generation", "A 5×5 grid of small gaussian blobs.", kind="gan"),
    "drawn": DatasetInfo(
        "Drawn by you",
        "generation",
        "Points you draw on the data preview (click or drag; the samples scatter around them).",
        kind="gan",
    ),
}
IMAGE_DATASETS = tuple(k for k, v in DATASETS.items() if v.kind == "images")
POINT_ONLY_PARAMS = ("samples", "noise", "features")
"""Data settings that apply to the 2D point sets only."""

TEXT_ALPHABET = "\n !',-.:;?abcdefghijklmnopqrstuvwxyz"
"""The symbols of the text dataset: letters are lower-cased, other characters dropped. Symbol id = index."""
assert len(TEXT_ALPHABET) == DATASETS["text"].fixed_classes

SEQUENCE_TARGETS: dict[str, str] = {
    "last": "After the last step (many-to-one)",
    "every": "After every step (many-to-many)",
}

FEATURES: dict[str, str] = {
    "x1": "x₁",
    "x2": "x₂",
    "x1_sq": "x₁²",
    "x2_sq": "x₂²",
    "x1_x2": "x₁·x₂",
    "sin_x1": "sin x₁",
    "sin_x2": "sin x₂",
}

DATA_PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec(
        "dataset",
        "choice",
        "circle",
        "Which problem the network learns.",
        choices=tuple(DATASETS),
        choice_labels={k: v.label for k, v in DATASETS.items()},
    ),
    ParamSpec(
        "classes",
        "int",
        2,
        "Number of classes (spiral and gaussians; for your images, counted when the file is loaded).",
        min=2,
        max=64,
    ),
    ParamSpec("samples", "int", 500, "Number of points (or sequences), train and test together.", min=20, max=20000),
    ParamSpec("noise", "float", 0.1, "How much the points are scattered (0: clean).", min=0.0, max=1.0),
    ParamSpec(
        "train_ratio",
        "float",
        0.5,
        "Share of the points used for training; the rest tests.",
        min=0.1,
        max=0.9,
        label="Train ratio",
    ),
    ParamSpec(
        "features",
        "multi",
        ["x1", "x2"],
        "Inputs fed to the network, computed from each point (x₁, x₂).",
        choices=tuple(FEATURES),
        choice_labels=FEATURES,
    ),
    ParamSpec(
        "seed",
        "int",
        0,
        "Seed of the data generator and of the train/test split: the same seed gives the same data.",
        min=0,
        max=2**31 - 1,
    ),
    ParamSpec(
        "path",
        "str",
        "",
        "Your images: a folder with one sub-folder per class, or an .npz file with 'images' and 'labels'.",
        label="Images",
    ),
    ParamSpec(
        "image_shape",
        "shape",
        [1, 28, 28],
        "Channels × height × width of your images, recorded when the file is loaded.",
        label="Image shape",
    ),
    ParamSpec(
        "seq_len",
        "int",
        20,
        "Time steps in each sequence. Longer sequences make long-range dependencies harder to learn.",
        label="Sequence length",
        min=2,
        max=500,
    ),
    ParamSpec(
        "seq_target",
        "choice",
        "last",
        "When the network predicts: once after the whole sequence, or at every step.",
        label="Predict",
        choices=tuple(SEQUENCE_TARGETS),
        choice_labels=SEQUENCE_TARGETS,
    ),
    ParamSpec(
        "points",
        "points",
        [],
        "The target distribution you drew: real samples scatter around these points.",
        label="Drawn points",
    ),
)

DATA_FIELDS: dict[str, tuple[str, ...]] = {
    "points": ("dataset", "classes", "samples", "noise", "train_ratio", "features", "seed"),
    "images": ("dataset", "classes", "train_ratio", "seed", "path", "image_shape"),
    "sequence": ("dataset", "classes", "samples", "seq_len", "seq_target", "train_ratio", "seed"),
    "gan": ("dataset", "samples", "noise", "seed", "points"),
}
"""The data settings that apply to each kind of dataset (the data panel shows these rows)."""


def data_fields(data: dict) -> tuple[str, ...]:
    """The names of the data settings that matter for the chosen dataset."""
    name = data["dataset"]
    info = DATASETS[name]
    fields = DATA_FIELDS[info.kind]
    drop: set[str] = set()
    if info.fixed_classes or info.task != "classification":
        drop.add("classes")  # fixed by the dataset, or meaningless (the user's images show the count found)
    if info.kind == "images" and name != "user_images":
        drop.update(("path", "image_shape"))
    if info.kind == "sequence" and name != "sine":
        drop.add("seq_target")  # the adding and memory tasks answer once; text predicts every step
    if info.kind == "gan" and name != "drawn":
        drop.add("points")
    return tuple(f for f in fields if f not in drop)


OPTIMIZERS: dict[str, str] = {
    "sgd": "SGD",
    "momentum": "SGD + momentum",
    "nesterov": "Nesterov momentum",
    "adagrad": "AdaGrad",
    "rmsprop": "RMSProp",
    "adam": "Adam",
    "nadam": "NAdam",
}

CORRUPTIONS: dict[str, str] = {
    "none": "None",
    "gaussian": "Gaussian noise (σ)",
    "mask": "Masking (share of pixels)",
}

GAN_LOSSES: dict[str, str] = {
    "minimax": "Minimax (original)",
    "non_saturating": "Non-saturating",
    "least_squares": "Least squares (LSGAN)",
}
GAN_UPDATES: dict[str, str] = {
    "both": "Both (alternating)",
    "discriminator": "Discriminator only",
    "generator": "Generator only",
}

TRAIN_PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec(
        "mode",
        "choice",
        "backprop",
        "Backprop trains any design by gradient descent; the perceptron rule is Rosenblatt's update "
        "for a single layer of step units.",
        choices=("backprop", "perceptron"),
        choice_labels={"backprop": "Backpropagation", "perceptron": "Perceptron rule"},
    ),
    ParamSpec(
        "optimizer",
        "choice",
        "adam",
        "How gradients turn into weight updates.",
        choices=tuple(OPTIMIZERS),
        choice_labels=OPTIMIZERS,
    ),
    ParamSpec(
        "lr",
        "float",
        0.03,
        "Learning rate: the size of each update step.",
        min=1e-6,
        max=10.0,
        log=True,
        label="Learning rate",
    ),
    ParamSpec(
        "momentum", "float", 0.9, "Share of the previous update kept (momentum and Nesterov).", min=0.0, max=0.999
    ),
    ParamSpec("beta1", "float", 0.9, "Decay of the gradient average (Adam, NAdam).", min=0.0, max=0.9999),
    ParamSpec("beta2", "float", 0.999, "Decay of the squared-gradient average (Adam, NAdam).", min=0.0, max=0.99999),
    ParamSpec("rho", "float", 0.99, "Decay of the squared-gradient average (RMSProp).", min=0.0, max=0.99999),
    ParamSpec(
        "eps",
        "float",
        1e-8,
        "Added to denominators to avoid division by zero (adaptive optimizers).",
        min=1e-12,
        max=1.0,
        log=True,
    ),
    ParamSpec("batch_size", "int", 32, "Points per update step.", min=1, max=4096, label="Batch size"),
    ParamSpec("l1", "float", 0.0, "L1 penalty rate: pushes weights to exactly zero.", min=0.0, max=1.0, label="L1"),
    ParamSpec("l2", "float", 0.0, "L2 penalty rate (weight decay): keeps weights small.", min=0.0, max=1.0, label="L2"),
    ParamSpec(
        "clip_norm",
        "float",
        0.0,
        "Clip the gradient's total norm to this value (0: off).",
        min=0.0,
        max=1e6,
        label="Gradient clipping",
    ),
    ParamSpec(
        "seed",
        "int",
        1,
        "Seed of weight initialisation and batch order: the same seed repeats a run exactly.",
        min=0,
        max=2**31 - 1,
    ),
    ParamSpec(
        "corruption",
        "choice",
        "none",
        "Denoising autoencoder: corrupt the network's input (never the target it reconstructs) with "
        "Gaussian noise or by blanking a share of the pixels.",
        choices=tuple(CORRUPTIONS),
        choice_labels=CORRUPTIONS,
        label="Input corruption",
    ),
    ParamSpec(
        "corruption_level",
        "float",
        0.3,
        "σ of the Gaussian noise, or the share of pixels set to 0 by masking.",
        min=0.0,
        max=1.0,
        label="Corruption level",
    ),
    ParamSpec(
        "augment_shift",
        "int",
        0,
        "Data augmentation for images: move each training image by a random 0..k pixels in x and y, anew every "
        "time it is used, so the network learns that a shifted digit is the same digit (0: off).",
        min=0,
        max=8,
        label="Random shift (px)",
    ),
    ParamSpec(
        "gan_loss",
        "choice",
        "non_saturating",
        "GAN objective. Minimax: G minimises log(1 − D(G(z))), whose gradient vanishes while D wins; "
        "non-saturating: G maximises log D(G(z)) instead; least squares (LSGAN): squared distances to the labels.",
        label="GAN loss",
        choices=tuple(GAN_LOSSES),
        choice_labels=GAN_LOSSES,
    ),
    ParamSpec(
        "k_d", "int", 1, "Discriminator updates per iteration (GAN).", label="D steps (k_D)", min=1, max=20
    ),
    ParamSpec("k_g", "int", 1, "Generator updates per iteration (GAN).", label="G steps (k_G)", min=1, max=20),
    ParamSpec(
        "gan_update",
        "choice",
        "both",
        "Which network learns (GAN): both in turn, or freeze one to watch the other move.",
        label="Train",
        choices=tuple(GAN_UPDATES),
        choice_labels=GAN_UPDATES,
    ),
    ParamSpec("steps", "int", 2000, "Default number of update steps for a headless run.", min=1, max=10_000_000),
)
LIVE_TRAINING = frozenset({"lr", "steps", "gan_update", "k_d", "k_g", "gan_loss"})
"""Training settings a running trainer follows without a reset (``Trainer.set_setting``)."""


def n_classes(data: dict) -> int:
    """Classes the data spec produces (0 for regression)."""
    info = DATASETS[data["dataset"]]
    if info.task != "classification":
        return 0
    return info.fixed_classes or data["classes"]


def sequence_target(data: dict) -> str:
    """"last" (many-to-one) or "every" (many-to-many) for a sequence dataset; "" for the others."""
    name = data["dataset"]
    if DATASETS[name].kind != "sequence":
        return ""
    if name == "text":
        return "every"
    return data["seq_target"] if name == "sine" else "last"


SEQUENCE_FEATURES = {"sine": 1, "adding": 2}
"""Features per time step of the numeric sequence sets (``remember`` has one per symbol and one per distractor,
``text`` symbol ids)."""


def input_shape(data: dict) -> tuple[int, ...]:
    """The shape of one sample the data spec produces.

    (features,) for points, C×H×W for images, (time, features) for numeric sequences, (time,) of symbol ids
    for text, (2,) for a GAN target (what the discriminator receives).
    """
    name = data["dataset"]
    info = DATASETS[name]
    if info.kind == "points":
        return (len(data["features"]),)
    if info.kind == "gan":
        return (2,)
    if info.kind == "sequence":
        if name == "text":
            return (data["seq_len"],)
        return (data["seq_len"], SEQUENCE_FEATURES.get(name) or 2 * n_classes(data))  # remember: symbols, distractors
    return info.image_shape or tuple(data["image_shape"])


def target_shape(data: dict) -> tuple[int, ...]:
    """The shape of the Output a sequence dataset needs: (values,) or (time, values); () for the others.

    Values are the classes for classification (logits), 1 for regression.
    """
    target = sequence_target(data)
    if not target:
        return ()
    info = DATASETS[data["dataset"]]
    values = n_classes(data) if info.task == "classification" else 1
    return (values,) if target == "last" else (data["seq_len"], values)
