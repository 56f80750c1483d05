"""The data and training settings of a project, declared as parameter specs.

The data dock, the training controls, the project validator and the CLI read these specs; the
engine implements what they name (datasets in ``engine/data.py``, optimizers and losses in
``engine/train.py``) and its tests check the names agree.
"""

from __future__ import annotations

from playground.graph.datasets import (  # noqa: F401  (re-exported: the settings' users read them here)
    DATA_FIELDS,
    DATASETS,
    DIGIT_SUBSETS,
    GATES,
    IMAGE_DATASETS,
    SEQUENCE_FEATURES,
    SEQUENCE_TARGETS,
    TABLE_DATASETS,
    TEXT_ALPHABET,
    DatasetInfo,
    data_fields,
    input_shape,
    n_classes,
    sequence_target,
    target_shape,
    word_vocab,
)
from playground.graph.params import ParamSpec
from playground.graph.word_layers import CORPUS_PARAMS

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
        advanced=True,
    ),
    ParamSpec(
        "digits",
        "choice",
        "all",
        "Which digits the data holds (the classes keep their numbers, so the network still has 10 outputs): "
        "pretrain on 0–4, then teach 5–9 with few examples.",
        label="Digits",
        choices=tuple(DIGIT_SUBSETS),
        choice_labels=DIGIT_SUBSETS,
    ),
    ParamSpec(
        "gate",
        "choice",
        "and",
        "Which logic gate's truth table the logic dataset holds: every combination of 0/1 inputs and the gate's "
        "output.",
        label="Gate",
        choices=tuple(GATES),
        choice_labels={k: v[0] for k, v in GATES.items()},
    ),
    ParamSpec(
        "train_per_class",
        "int",
        0,
        "Labelled training images per class: the rest of the training split is left out, the test split stays "
        "whole (0: all of them).",
        label="Training images per class",
        min=0,
        max=10000,
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
    ParamSpec(
        "class_points",
        "class_points",
        [],
        "Your 2D data: the points you clicked on the preview, each [x, y, class] (class 0 is the first).",
        label="Your points",
    ),
    ParamSpec("csv_path", "str", "", "Your table: the CSV file, chosen with the Choose CSV… button.", label="CSV file"),
    ParamSpec(
        "csv_header", "bool", True, "Whether the CSV file's first row holds the column names.", label="Header row"
    ),
    ParamSpec("csv_target", "str", "", "The column of the CSV file the network predicts.", label="Target column"),
    ParamSpec(
        "csv_features",
        "names",
        [],
        "The numeric columns of the CSV file fed to the network, one input each.",
        label="Feature columns",
    ),
    ParamSpec(
        "standardise",
        "bool",
        True,
        "Shift and scale each feature column to mean 0 and standard deviation 1 (measured on the training rows), "
        "so columns in large units do not dominate the first layer.",
        label="Standardise",
    ),
    ParamSpec(
        "class_names",
        "names",
        [],
        "The classes found in the target column of your table, in the order of the network's outputs.",
        label="Class names",
    ),
    *CORPUS_PARAMS,
)

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

PRETRAININGS: dict[str, str] = {
    "none": "None",
    "rbm": "RBM layers, one at a time (contrastive divergence)",
    "relative_position": "Self-supervised: relative position of patches",
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
    ParamSpec("beta1", "float", 0.9, "Decay of the gradient average (Adam, NAdam).", min=0.0, max=0.9999,
              advanced=True),
    ParamSpec("beta2", "float", 0.999, "Decay of the squared-gradient average (Adam, NAdam).", min=0.0, max=0.99999,
              advanced=True),
    ParamSpec("rho", "float", 0.99, "Decay of the squared-gradient average (RMSProp).", min=0.0, max=0.99999,
              advanced=True),
    ParamSpec(
        "eps",
        "float",
        1e-8,
        "Added to denominators to avoid division by zero (adaptive optimizers).",
        min=1e-12,
        max=1.0,
        log=True,
        advanced=True,
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
        advanced=True,
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
        advanced=True,
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
        advanced=True,
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
    ParamSpec("k_d", "int", 1, "Discriminator updates per iteration (GAN).", label="D steps (k_D)", min=1, max=20,
              advanced=True),
    ParamSpec("k_g", "int", 1, "Generator updates per iteration (GAN).", label="G steps (k_G)", min=1, max=20,
              advanced=True),
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
    ParamSpec(
        "early_stop",
        "int",
        0,
        "Stop training when the test loss has not improved for this many steps, and go back to the weights "
        "of its lowest point (0: off; not for GANs).",
        min=0,
        max=1_000_000,
        label="Early stopping (patience)",
    ),
    ParamSpec(
        "pretrain",
        "choice",
        "none",
        "Learn features without labels before backprop: greedy contrastive divergence trains the RBM layers one "
        "at a time (a deep belief net); the relative-position pretext trains the convolutions to tell where a patch "
        "of an image lies next to another. Then the labels fine-tune the network.",
        label="Pretraining",
        choices=tuple(PRETRAININGS),
        choice_labels=PRETRAININGS,
    ),
    ParamSpec(
        "pretrain_steps",
        "int",
        500,
        "Steps of pretraining: per RBM layer for the RBM stack, in all for the relative-position pretext.",
        label="Pretraining steps",
        min=1,
        max=1_000_000,
    ),
    ParamSpec(
        "init_from",
        "str",
        "",
        "A .safetensors file of pretrained weights, keyed '<layer id>.<parameter>' (e.g. 'conv1.weight'): "
        "layers with matching ids start from them instead of random values. A relative path is looked up in "
        "the app's resources folder. Empty: random start.",
        label="Start from weights",
    ),
)
LIVE_TRAINING = frozenset({"lr", "steps", "gan_update", "k_d", "k_g", "gan_loss", "early_stop"})
"""Training settings a running trainer follows without a reset (``Trainer.set_setting``)."""
