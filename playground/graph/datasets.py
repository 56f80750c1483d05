"""The datasets a project can choose, and what each one means for the ends of the network.

``DATASETS`` describes every dataset (its kind, task, classes, bundled file); the functions say what
one data spec produces: the Input's shape, the classes, the Output a sequence set needs, and which data
settings apply. Pure Python: the graph checks designs against it without loading any data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatasetInfo:
    label: str
    task: str  # "classification" or "regression"
    help: str
    fixed_classes: int = 0
    """Number of classes if the dataset fixes it (0: the ``classes`` setting decides)."""
    kind: str = "points"
    """"points": 2D points turned into features; "images": a stack of C×H×W images; "sequence": sequences of
    time × features (or of symbol ids, for text); "gan": 2D points a generator learns to imitate; "corpus": a text
    read as words, for word embeddings (word2vec: the Input is one centre word's id)."""
    image_shape: tuple[int, ...] = ()
    """C×H×W of a bundled image set (empty for points, and for the user's images: see ``image_shape``)."""
    file: str = ""
    """File name of a bundled image set in ``resources/data``."""


DATASETS: dict[str, DatasetInfo] = {
    "circle": DatasetInfo("Circle", "classification", "A disc of one class inside a ring of the other.", 2),
    "xor": DatasetInfo(
        "XOR", "classification", "Four quadrants: class is the sign of x1·x2. No single line separates it.", 2
    ),
    "and": DatasetInfo(
        "AND",
        "classification",
        "Four clusters, one per row of the truth table: class 1 where x1 > 0 and x2 > 0 (AND of the signs). "
        "One straight line separates it.",
        2,
    ),
    "or": DatasetInfo(
        "OR",
        "classification",
        "Four clusters, one per row of the truth table: class 1 where x1 > 0 or x2 > 0 (OR of the signs). "
        "One straight line separates it.",
        2,
    ),
    "logic": DatasetInfo(
        "Logic gate (0/1 inputs)",
        "classification",
        "The truth table of a logic gate: binary inputs 0 and 1, the target is the gate's output (choose the gate).",
        2,
    ),
    "gaussians": DatasetInfo("Gaussians", "classification", "One gaussian blob per class."),
    "spiral": DatasetInfo("Spiral", "classification", "Interleaved spiral arms, one per class: needs depth."),
    "moons": DatasetInfo("Moons", "classification", "Two interleaved half circles.", 2),
    "plane": DatasetInfo("Plane", "regression", "Target is a tilted plane over (x1, x2)."),
    "multi_gaussian": DatasetInfo("Multi-gaussian", "regression", "Target is a sum of gaussian bumps over (x1, x2)."),
    "drawn_points": DatasetInfo(
        "Drawn by you (classes)",
        "classification",
        "Your own 2D data: pick a class beside the preview, click to add a point of it, right-click removes the "
        "nearest point.",
    ),
    "csv": DatasetInfo(
        "Your table (CSV): classes",
        "classification",
        "Your own table: a CSV file with a column of classes to predict from the numeric columns.",
        kind="table",
    ),
    "csv_values": DatasetInfo(
        "Your table (CSV): values",
        "regression",
        "Your own table: a CSV file with a numeric column to predict (regression) from the other numeric columns.",
        kind="table",
    ),
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
    "alice": DatasetInfo(
        "Alice in Wonderland (words)",
        "embedding",
        "Lewis Carroll's Alice's Adventures in Wonderland (public domain, 27,000 words), read as words: word2vec "
        "learns a vector per word from the words around it.",
        kind="corpus",
        file="alice.txt",
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
TABLE_DATASETS = tuple(k for k, v in DATASETS.items() if v.kind == "table")

TEXT_ALPHABET = "\n !',-.:;?abcdefghijklmnopqrstuvwxyz"
"""The symbols of the text dataset: letters are lower-cased, other characters dropped. Symbol id = index."""
assert len(TEXT_ALPHABET) == DATASETS["text"].fixed_classes

SEQUENCE_TARGETS: dict[str, str] = {
    "last": "After the last step (many-to-one)",
    "every": "After every step (many-to-many)",
}

GATES: dict[str, tuple[str, int]] = {
    "and": ("AND", 2),
    "or": ("OR", 2),
    "not": ("NOT (one input)", 1),
    "nand": ("NAND", 2),
    "nor": ("NOR", 2),
    "xor": ("XOR", 2),
}
"""The gates of the ``logic`` dataset: gate id → (label, number of inputs)."""

DIGIT_SUBSETS: dict[str, str] = {"all": "All digits", "0-4": "Digits 0–4", "5-9": "Digits 5–9"}
"""The ``digits`` data setting of the bundled digit sets: which classes are kept (labels keep their numbers)."""


DATA_FIELDS: dict[str, tuple[str, ...]] = {
    "points": ("dataset", "classes", "samples", "noise", "train_ratio", "features", "seed", "class_points"),
    "images": ("dataset", "classes", "digits", "train_ratio", "train_per_class", "seed", "path", "image_shape"),
    "sequence": ("dataset", "classes", "samples", "seq_len", "seq_target", "train_ratio", "seed"),
    "gan": ("dataset", "samples", "noise", "seed", "points"),
    "table": ("dataset", "csv_path", "csv_target", "train_ratio", "seed", "standardise"),
    "corpus": ("dataset", "window", "vocab_size", "min_count"),
}
"""The data settings that apply to each kind of dataset (the data panel shows these rows)."""


def data_fields(data: dict) -> tuple[str, ...]:
    """The names of the data settings that matter for the chosen dataset."""
    name = data["dataset"]
    info = DATASETS[name]
    if name == "logic":
        return ("dataset", "gate")  # the truth table is the data: no sampling, noise, features or split
    fields = DATA_FIELDS[info.kind]
    drop: set[str] = set()
    if info.fixed_classes or info.task != "classification":
        drop.add("classes")  # fixed by the dataset, or meaningless (the user's images show the count found)
    if name == "drawn_points":
        drop.update(("samples", "noise"))  # the user's clicks are the samples
    else:
        drop.add("class_points")
    if info.kind == "images" and name != "user_images":
        drop.update(("path", "image_shape"))
    else:
        drop.add("digits")  # the subsets name digits: only the bundled digit sets have them
    if info.kind == "sequence" and name != "sine":
        drop.add("seq_target")  # the adding and memory tasks answer once; text predicts every step
    if info.kind == "gan" and name != "drawn":
        drop.add("points")
    return tuple(f for f in fields if f not in drop)


def n_classes(data: dict) -> int:
    """Classes the data spec produces (0 for regression)."""
    info = DATASETS[data["dataset"]]
    if info.task != "classification":
        return 0
    return info.fixed_classes or data["classes"]


def sequence_target(data: dict) -> str:
    """ "last" (many-to-one) or "every" (many-to-many) for a sequence dataset; "" for the others."""
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

    (features,) for points and tables, C×H×W for images, (time, features) for numeric sequences, (time,) of symbol ids
    for text, (2,) for a GAN target (what the discriminator receives).
    """
    name = data["dataset"]
    info = DATASETS[name]
    if name == "logic":
        return (GATES[data["gate"]][1],)
    if info.kind == "points":
        return (len(data["features"]),)
    if info.kind == "table":
        return (len(data["csv_features"]),)
    if info.kind == "gan":
        return (2,)
    if info.kind == "corpus":
        return (1,)  # the id of one centre word
    if info.kind == "sequence":
        if name == "text":
            return (data["seq_len"],)
        return (data["seq_len"], SEQUENCE_FEATURES.get(name) or 2 * n_classes(data))  # remember: symbols, distractors
    return info.image_shape or tuple(data["image_shape"])


def word_vocab(data: dict) -> int:
    """Ids an Embedding must accept: the alphabet of the text set, at most ``vocab_size`` words of a corpus, else 0."""
    info = DATASETS[data["dataset"]]
    if info.kind == "corpus":
        return data["vocab_size"]
    return info.fixed_classes if data["dataset"] == "text" else 0


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
