"""Sequence datasets for recurrent networks: sine forecasts, the adding problem, remembering, text.

Numpy only, like ``engine/data.py``: the data panel previews sequences without torch. Every set is
seeded by ``spec["seed"]`` and holds ``spec["samples"]`` sequences of ``spec["seq_len"]`` steps, split
by ``spec["train_ratio"]``. Arrays (``T`` = steps, see ``engine/data.Dataset``):

- sine: x (n, T, 1) float32; y (n, 1) after the last step, or (n, T, 1) after every step (``seq_target``).
- adding: x (n, T, 2) float32 (value, marker); y (n, 1) float32.
- remember: x (n, T, k) float32 one-hot; y (n,) int64, the first symbol.
- text: x (n, T) int64 symbol ids; y (n, T) int64, y[:, t] = the character after x[:, t].
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from playground import resources_dir
from playground.engine.data import DataError, Dataset
from playground.graph.i18n import N_, tr
from playground.graph.settings import DATASETS, TEXT_ALPHABET, n_classes, sequence_target

SHOWN = {"\n": "⏎", " ": "␣"}
"""How the invisible symbols of the text alphabet are named in plots and tables."""

TEXT_CLASS_NAMES: tuple[str, ...] = tuple(SHOWN.get(c, c) for c in TEXT_ALPHABET)

ADDING_BASELINE_MSE = 1.0 / 6.0
"""MSE of always answering 1.0 on the adding problem (see ``_adding``): where a net that learns nothing sits."""

SOURCES = {
    "sine": N_("Sums of two sine waves with random frequencies and phases (generated)"),
    "adding": N_("The adding problem (Hochreiter & Schmidhuber, 1997), generated"),
    "remember": N_("Random symbol sequences (generated)"),
    "text": N_("Traditional English nursery rhymes (public domain)"),
}

_INDEX = {c: i for i, c in enumerate(TEXT_ALPHABET)}


def text_alphabet_ids(text: str) -> np.ndarray:
    """Symbol ids (int64) of ``text``: lower-cased, characters outside ``TEXT_ALPHABET`` dropped."""
    return np.array([_INDEX[c] for c in text.lower() if c in _INDEX], dtype=np.int64)


def decode_ids(ids: Iterable[int] | np.ndarray) -> str:
    """The text that symbol ids spell; ``ValueError`` for an id outside the alphabet."""
    chars = []
    for i in np.asarray(ids, dtype=np.int64).ravel().tolist():
        if not 0 <= i < len(TEXT_ALPHABET):
            raise ValueError(f"symbol id {i} is outside the text alphabet (0 … {len(TEXT_ALPHABET) - 1})")
        chars.append(TEXT_ALPHABET[i])
    return "".join(chars)


def text_file() -> Path:
    """Where the bundled text (the nursery rhymes) lives."""
    return resources_dir() / "data" / DATASETS["text"].file


def symbol_names(k: int) -> tuple[str, ...]:
    """Names of ``k`` symbols: A … Z, then AA, AB, … as spreadsheet columns count."""
    names = []
    for i in range(k):
        name = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            name = chr(ord("A") + r) + name
        names.append(name)
    return tuple(names)


def load_sequence_dataset(spec: dict) -> Dataset:
    """Generate (or read, for text) and split the sequence set a validated project data spec names."""
    name = spec["dataset"]
    info = DATASETS[name]
    if info.kind != "sequence":
        raise DataError(tr("{name} is not a sequence dataset", name=f"{name!r}"))
    if name == "text":
        x_train, y_train, x_test, y_test = _text(spec)
    else:
        rng = np.random.default_rng(spec["seed"])
        x, y = GENERATORS[name](rng, spec["samples"], spec["seq_len"], spec)
        n = len(x)
        n_train = _n_train(n, spec["train_ratio"])
        x_train, x_test, y_train, y_test = x[:n_train], x[n_train:], y[:n_train], y[n_train:]
    k = n_classes(spec)
    names = TEXT_CLASS_NAMES if name == "text" else symbol_names(k)
    no_points = np.zeros((0, 2), np.float32)
    return Dataset(
        points_train=no_points,
        points_test=no_points.copy(),
        # the text windows are strided views (window[:, 1:]): hand on plain contiguous arrays
        x_train=np.ascontiguousarray(x_train),
        x_test=np.ascontiguousarray(x_test),
        y_train=np.ascontiguousarray(y_train),
        y_test=np.ascontiguousarray(y_test),
        task=info.task,
        n_classes=k,
        features=(),
        extent=(0.0, 0.0, 0.0, 0.0),
        kind="sequence",
        class_names=names,
        source=tr(SOURCES[name]),
    )


def _n_train(n: int, ratio: float) -> int:
    """Training samples out of ``n``: at least one on each side, as ``engine/data.py`` splits."""
    return min(n - 1, max(1, round(n * ratio)))


# --- generated sets: (rng, n, steps, spec) -> x, y ------------------------------------------------


def _sine(rng: np.random.Generator, n: int, steps: int, spec: dict) -> tuple[np.ndarray, np.ndarray]:
    """a₁·sin(w₁t + p₁) + a₂·sin(w₂t + p₂), a in [0.3, 1] (so |value| ≤ 2), w in [0.1, 0.6] rad per step.

    The slowest wave turns once in about 60 steps: a sequence of 20 steps sees a third of it, enough to
    extrapolate, while the faster wave makes the forecast more than "repeat the last value".
    """
    a = rng.uniform(0.3, 1.0, (n, 2, 1))
    w = rng.uniform(0.1, 0.6, (n, 2, 1))
    p = rng.uniform(0.0, 2 * np.pi, (n, 2, 1))
    t = np.arange(steps + 1)[None, None, :]
    values = (a * np.sin(w * t + p)).sum(axis=1).astype(np.float32)  # (n, steps + 1): steps 0..T
    x = values[:, :steps, None]
    if sequence_target(spec) == "every":
        return x, values[:, 1:, None]
    return x, values[:, steps, None]


def _adding(rng: np.random.Generator, n: int, steps: int, spec: dict) -> tuple[np.ndarray, np.ndarray]:
    """The adding problem: the sum of the two marked values, one marked in each half of the sequence.

    Each marked value is uniform on [0, 1], so the target has mean 1 and variance 2 · 1/12 = 1/6. A
    network that ignores the input does best answering 1.0 every time, and its MSE is then exactly
    1/6 ≈ 0.167 (``ADDING_BASELINE_MSE``): a loss stuck there means nothing has been learnt.
    """
    values = rng.uniform(0.0, 1.0, (n, steps))
    half = steps // 2
    first = rng.integers(0, half, n)
    second = rng.integers(half, steps, n)
    marker = np.zeros((n, steps))
    rows = np.arange(n)
    marker[rows, first] = 1.0
    marker[rows, second] = 1.0
    x = np.stack([values, marker], axis=2).astype(np.float32)
    y = (values[rows, first] + values[rows, second]).astype(np.float32)[:, None]
    return x, y


def _remember(rng: np.random.Generator, n: int, steps: int, spec: dict) -> tuple[np.ndarray, np.ndarray]:
    """The first step shows one of k symbols, every later step one of k distractors; the label is the first symbol.

    2k one-hot inputs: 0..k−1 the symbols (only ever at step 0), k..2k−1 the distractors. The network need not
    find the first step, only keep it: a pure test of memory, and a net that forgets guesses (accuracy 1/k).
    """
    k = n_classes(spec)
    first = rng.integers(0, k, n)
    ids = k + rng.integers(0, k, (n, steps))
    ids[:, 0] = first
    x = np.eye(2 * k, dtype=np.float32)[ids]
    return x, first.astype(np.int64)


GENERATORS: dict[str, Callable[[np.random.Generator, int, int, dict], tuple[np.ndarray, np.ndarray]]] = {
    "sine": _sine,
    "adding": _adding,
    "remember": _remember,
}
assert set(GENERATORS) | {"text"} == {k for k, v in DATASETS.items() if v.kind == "sequence"}


# --- text ----------------------------------------------------------------------------------------


def read_text_ids() -> np.ndarray:
    """The bundled text as symbol ids; ``DataError`` if the file is missing or unreadable."""
    try:
        path = text_file()
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(
            tr(
                "The bundled text {file} is missing or damaged ({e}): reinstall NN Playground.",
                file=DATASETS["text"].file,
                e=e,
            )
        ) from None
    return text_alphabet_ids(text)


def _text(spec: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Windows of T + 1 characters at seeded offsets: the first ``train_ratio`` of the text trains, the rest tests.

    Test windows lie wholly after the cut, so they are text the network never trained on. If a side is
    shorter than one window the cut moves so that both hold one.
    """
    ids = read_text_ids()
    steps = spec["seq_len"]
    window = steps + 1
    if len(ids) < 2 * window:
        raise DataError(
            tr(
                "The text has {count} characters, too few for training and test windows of {steps} steps: "
                "set the sequence length to at most {most}.",
                count=len(ids),
                steps=steps,
                most=len(ids) // 2 - 1,
            )
        )
    cut = min(len(ids) - window, max(window, round(len(ids) * spec["train_ratio"])))
    rng = np.random.default_rng(spec["seed"])
    n_train = _n_train(spec["samples"], spec["train_ratio"])
    train = _windows(rng, ids[:cut], n_train, window)
    test = _windows(rng, ids[cut:], spec["samples"] - n_train, window)
    return train[:, :-1], train[:, 1:], test[:, :-1], test[:, 1:]


def _windows(rng: np.random.Generator, ids: np.ndarray, n: int, window: int) -> np.ndarray:
    """``n`` windows of ``window`` ids at random offsets within ``ids`` (n, window), int64."""
    starts = rng.integers(0, len(ids) - window + 1, n)
    return ids[starts[:, None] + np.arange(window)[None, :]]
