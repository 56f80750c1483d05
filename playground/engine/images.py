"""Image datasets: the bundled digits and the user's own images, as float32 (n, C, H, W) in [0, 1].

numpy only (no torch, no Qt), so the data panel can inspect and preview images. This module loads a
set for a project (bundled file or the user's folder or .npz), checks it still matches what the
project recorded, caches it and splits it; ``engine/image_files.py`` reads and checks the user's
files (the formats and limits are described there).
"""

from __future__ import annotations

import functools
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from playground import resources_dir
from playground.engine.data import DataError, Dataset
from playground.engine.image_files import (
    IMAGE_SUFFIXES,
    Listing,
    Pixels,
    fmt_size,
    freeze,
    read_folder,
    scan_folder,
)
from playground.engine.image_npz import read_npz
from playground.graph.i18n import N_, tr
from playground.graph.settings import DATASETS

FIX = N_("choose the images again in the Data panel")

BUNDLED: dict[str, tuple[float, str]] = {
    "mnist": (255.0, N_("MNIST subset (Y. LeCun, C. Cortes, C. J. C. Burges), CC BY-SA 3.0")),
    "digits8": (16.0, N_("UCI optical digits (E. Alpaydin, C. Kaynak, 1998), CC BY 4.0")),
}
"""Bundled sets: the pixel value that means white, and the attribution line."""
assert set(BUNDLED) == {k for k, v in DATASETS.items() if v.kind == "images" and v.file}


@dataclass(frozen=True)
class UserImagesInfo:
    """What the data panel records when the user picks images: C×H×W, the classes and the count."""

    image_shape: tuple[int, int, int]
    n_classes: int
    class_names: tuple[str, ...]
    count: int


def load_image_dataset(spec: dict) -> Dataset:
    """Load, check and split the image set a validated project data spec names (see the module docstring)."""
    name = spec["dataset"]
    info = DATASETS[name]
    if info.file:
        pixels = _bundled(name)
        source = tr(BUNDLED[name][1])
    else:
        path = _user_path(spec["path"])
        pixels = _load_user(path)
        _check_recorded(pixels, spec, path)
        source = tr("Your images ({name})", name=path.name)
    kept = _kept_samples(pixels.labels, spec.get("digits", "all") if info.file else "all")
    if kept.size == 0:
        raise DataError(tr("None of the chosen digits are in {file}: choose other digits.", file=info.file))
    train, test = stratified_split(pixels.labels[kept], spec["train_ratio"], spec["seed"])
    train, test = kept[train], kept[test]
    unlabelled = None
    if spec.get("train_per_class", 0):
        unlabelled = _as_float(pixels, train)
        train = first_per_class(train, pixels.labels, spec["train_per_class"])
    no_points = np.zeros((0, 2), np.float32)
    return Dataset(
        points_train=no_points,
        points_test=no_points.copy(),
        x_train=_as_float(pixels, train),
        x_test=_as_float(pixels, test),
        y_train=pixels.labels[train],
        y_test=pixels.labels[test],
        task="classification",
        n_classes=len(pixels.class_names),
        features=(),
        extent=(0.0, 0.0, 0.0, 0.0),
        kind="images",
        image_shape=tuple(int(s) for s in pixels.images.shape[1:]),
        class_names=pixels.class_names,
        source=source,
        x_unlabelled=unlabelled,
    )


def inspect_user_images(path: str | os.PathLike[str]) -> UserImagesInfo:
    """Read the user's folder or .npz completely (so broken files show up now) and describe it.

    The arrays stay cached, so the training run that follows does not read the images again.
    """
    pixels = _load_user(_user_path(path))
    c, h, w = (int(s) for s in pixels.images.shape[1:])
    return UserImagesInfo((c, h, w), len(pixels.class_names), pixels.class_names, len(pixels.labels))


def stratified_split(labels: np.ndarray, train_ratio: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Train and test indices: each class shuffled and split by ``train_ratio``, then each side shuffled.

    Every class with 2 or more samples keeps at least one on each side. Files are often sorted by
    class, so the final shuffles make the first test samples mix all classes. The same labels,
    ratio and seed always give the same split.
    """
    rng = np.random.default_rng(seed)
    train, test = [], []
    for c in np.unique(labels):
        idx = rng.permutation(np.flatnonzero(labels == c))
        n = min(len(idx) - 1, max(1, round(len(idx) * train_ratio)))
        train.append(idx[:n])
        test.append(idx[n:])
    return rng.permutation(np.concatenate(train)), rng.permutation(np.concatenate(test))


def _kept_samples(labels: np.ndarray, digits: str) -> np.ndarray:
    """Indices of the samples whose class is in the ``digits`` subset ("all", "0-4", "5-9"), in file order."""
    if digits == "all":
        return np.arange(len(labels))
    lo, hi = (int(d) for d in digits.split("-"))
    return np.flatnonzero((labels >= lo) & (labels <= hi))


def first_per_class(idx: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """The first ``k`` indices of each class in ``idx`` (already shuffled by the split), in ``idx``'s order.

    Few labelled samples per class is the setting of transfer learning; the test set is left whole so the
    accuracy stays a fair measure.
    """
    seen: dict[int, int] = {}
    keep = np.zeros(len(idx), dtype=bool)
    for i, label in enumerate(labels[idx].tolist()):
        if seen.get(label, 0) < k:
            seen[label] = seen.get(label, 0) + 1
            keep[i] = True
    return idx[keep]


def _as_float(pixels: Pixels, idx: np.ndarray) -> np.ndarray:
    x = pixels.images[idx].astype(np.float32, copy=False)  # fancy indexing copied already: safe to scale in place
    if pixels.scale != 1.0:
        x /= np.float32(pixels.scale)
    return x


# --- bundled sets ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=len(BUNDLED))
def _bundled(name: str) -> Pixels:
    info = DATASETS[name]
    try:
        path = resources_dir() / "data" / info.file
        with np.load(path, allow_pickle=False) as z:
            images, labels = z["images"], z["labels"]
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as e:
        raise DataError(
            tr(
                "The bundled data file {file} is missing or damaged ({e}): reinstall NN Playground.",
                file=info.file,
                e=e,
            )
        ) from None
    if images.shape[1:] != info.image_shape[1:] or len(labels) != len(images):
        raise DataError(
            tr(
                "The bundled data file {file} does not hold {shape} images: reinstall.",
                file=info.file,
                shape=fmt_size(info.image_shape),
            )
        )
    images = images[:, None]
    labels = labels.astype(np.int64)
    freeze(images, labels)
    return Pixels(images, BUNDLED[name][0], labels, tuple(str(k) for k in range(info.fixed_classes)))


# --- the user's images: where they are, and whether they still match the project ----------------


def _user_path(raw: str | os.PathLike[str]) -> Path:
    text = os.fspath(raw).strip()
    if not text:
        raise DataError(tr("No images chosen yet: pick a folder of class folders or an .npz file in the Data panel."))
    path = Path(text).expanduser()
    if not path.exists():
        raise DataError(
            tr("{path} does not exist (moved, renamed or on a removed drive?): {fix}.", path=path, fix=tr(FIX))
        )
    return path.resolve()


def _load_user(path: Path) -> Pixels:
    if path.is_dir():
        listing, stamp = scan_folder(path)
        return _load_folder(str(path), listing, stamp)
    suffix = path.suffix.lower()
    if suffix == ".npz":
        st = path.stat()
        return _load_npz(str(path), st.st_size, st.st_mtime_ns)
    if suffix in IMAGE_SUFFIXES:
        raise DataError(
            tr(
                "{name} is a single image: choose the folder that holds one sub-folder of images per class.",
                name=path.name,
            )
        )
    raise DataError(
        tr(
            "{name} is neither a folder nor an .npz file: choose a folder of class folders or an .npz file.",
            name=path.name,
        )
    )


@functools.lru_cache(maxsize=2)
def _load_folder(root: str, listing: Listing, stamp: str) -> Pixels:
    """Decode the folder once per ``stamp``: it changes when any file does, so an edited folder is read again."""
    return read_folder(Path(root), listing)


@functools.lru_cache(maxsize=2)
def _load_npz(path: str, size: int, mtime_ns: int) -> Pixels:
    """Read the file once per ``size`` and ``mtime_ns``: they change when it is saved again, so it is re-read."""
    return read_npz(Path(path))


def _check_recorded(pixels: Pixels, spec: dict, path: Path) -> None:
    """The design was built for the shape and classes recorded when the images were picked: they must still hold."""
    shape, recorded = tuple(pixels.images.shape[1:]), tuple(spec["image_shape"])
    problems = []
    if shape != recorded:
        problems.append(
            tr(
                "the images are now {shape} but the project was set up for {recorded}",
                shape=fmt_size(shape),
                recorded=fmt_size(recorded),
            )
        )
    k = len(pixels.class_names)
    if k != spec["classes"]:
        values = {"count": k, "recorded": spec["classes"]}
        if path.is_dir():
            problems.append(
                tr("the folder now holds {count} classes but the project was set up for {recorded}", **values)
            )
        else:
            problems.append(
                tr("the file now holds {count} classes but the project was set up for {recorded}", **values)
            )
    if len(problems) == 2:
        raise DataError(
            tr(
                "{name}: {first} and {second}: {fix}.",
                name=path.name,
                first=problems[0],
                second=problems[1],
                fix=tr(FIX),
            )
        )
    if problems:
        raise DataError(tr("{name}: {problem}: {fix}.", name=path.name, problem=problems[0], fix=tr(FIX)))
