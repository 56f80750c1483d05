"""Reading the user's images from an .npz file (arrays ``images`` and ``labels``), with checks that name the fix."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np

from playground.engine.data import DataError
from playground.engine.image_files import Pixels, _check_classes, _check_size, _natural, fmt_size, freeze
from playground.graph.i18n import tr


def read_npz(path: Path) -> Pixels:
    """Read and check the ``images`` and ``labels`` arrays of an .npz file."""
    name = path.name
    if not zipfile.is_zipfile(path):
        raise DataError(
            tr("{name} is not an .npz file (save one with np.savez(path, images=..., labels=...)).", name=name)
        )
    try:
        with np.load(path, allow_pickle=False) as z:
            missing = [k for k in ("images", "labels") if k not in z.files]
            if missing:
                held = ", ".join(f"'{k}'" for k in z.files) or tr("nothing")
                raise DataError(
                    tr(
                        "{name} has no {items} array (it holds {held}): save it with np.savez(path, images=..., "
                        "labels=...).",
                        name=name,
                        items=" and no ".join(repr(k) for k in missing),
                        held=held,
                    )
                )
            images, labels = z["images"], z["labels"]
    except DataError:
        raise
    except ValueError as e:
        if "pickle" in str(e):
            raise DataError(
                tr(
                    "{name} stores Python objects, which the playground does not load (they could run code): "
                    "save numbers, and labels as numbers or a numpy text array (np.array(names, dtype=str)).",
                    name=name,
                )
            ) from None
        raise DataError(tr("{name} cannot be read as an .npz file ({e}).", name=name, e=e)) from None
    except (OSError, EOFError, zipfile.BadZipFile) as e:
        raise DataError(tr("{name} cannot be read as an .npz file ({e}).", name=name, e=e)) from None
    images, scale = _npz_images(images, name)
    labels, class_names = _npz_labels(labels, len(images), name)
    _check_classes(dict(zip(class_names, np.bincount(labels, minlength=len(class_names)).tolist(), strict=True)), name)
    freeze(images, labels)
    return Pixels(images, scale, labels, class_names)


def _npz_images(images: np.ndarray, name: str) -> tuple[np.ndarray, float]:
    """(N, C, H, W) and the value that means white, or DataError."""
    shape = fmt_size(images.shape) or "()"
    if images.ndim == 3:
        images = images[:, None]
    elif images.ndim == 4 and images.shape[-1] in (1, 3):
        images = images.transpose(0, 3, 1, 2)
    elif not (images.ndim == 4 and images.shape[1] in (1, 3)):
        raise DataError(
            tr(
                "{name}: 'images' must be N×H×W (grey) or N×H×W×C with C = 1 (grey) or 3 (colour); "
                "got an array of shape {shape}.",
                name=name,
                shape=shape,
            )
        )
    if len(images) == 0:
        raise DataError(tr("{name}: 'images' holds no images.", name=name))
    n, c, h, w = images.shape
    _check_size(f"{name}: 'images'", n, c, h, w)
    kind = images.dtype.kind
    if kind not in "buif":
        raise DataError(tr("{name}: 'images' must hold numbers, got {dtype} values.", name=name, dtype=images.dtype))
    if kind == "b":
        return np.ascontiguousarray(images, np.uint8), 1.0
    if kind == "f" and not np.all(np.isfinite(images)):
        raise DataError(tr("{name}: 'images' holds NaN or infinite values.", name=name))
    lo, hi = float(images.min()), float(images.max())
    if lo < 0:
        raise DataError(
            tr(
                "{name}: 'images' holds negative values (down to {lo}); pixels must be 0..255 or 0..1.",
                name=name,
                lo=f"{lo:g}",
            )
        )
    if kind == "f":
        if hi > 255:
            raise DataError(
                tr("{name}: 'images' holds values up to {hi}; pixels must be 0..255 or 0..1.", name=name, hi=f"{hi:g}")
            )
        return np.ascontiguousarray(images, np.float32), (1.0 if hi <= 1.0 else 255.0)
    if images.dtype == np.uint8 or (images.dtype != np.uint16 and hi <= 255):
        return np.ascontiguousarray(images, np.uint8), 255.0
    if hi > 65535:
        raise DataError(
            tr(
                "{name}: 'images' holds values up to {hi}; pixels must be 0..255 (or 0..65535).",
                name=name,
                hi=f"{hi:g}",
            )
        )
    return np.ascontiguousarray(images, np.uint16), 65535.0


def _npz_labels(labels: np.ndarray, n: int, name: str) -> tuple[np.ndarray, tuple[str, ...]]:
    """Class indices (int64) into the sorted distinct label values, and those values as class names."""
    if labels.ndim == 2 and labels.shape[1] == 1:
        labels = labels[:, 0]
    if labels.ndim != 1:
        raise DataError(
            tr(
                "{name}: 'labels' must be a list of N labels, got an array of shape {shape}.",
                name=name,
                shape=fmt_size(labels.shape),
            )
        )
    if len(labels) != n:
        raise DataError(
            tr(
                "{name}: 'labels' has {count} entries but 'images' holds {n} images: one label each.",
                name=name,
                count=len(labels),
                n=n,
            )
        )
    kind = labels.dtype.kind
    if kind in "US":
        texts = labels.astype(str)
        names = tuple(sorted(set(texts.tolist()), key=_natural))
        index = {t: k for k, t in enumerate(names)}
        return np.array([index[t] for t in texts.tolist()], np.int64), names
    if kind == "f":
        if not np.all(np.isfinite(labels)) or not np.all(labels == np.round(labels)):
            raise DataError(
                tr("{name}: 'labels' must be whole numbers or texts (class names), got fractions.", name=name)
            )
        labels = labels.astype(np.int64)
    elif kind not in "bui":
        raise DataError(
            tr(
                "{name}: 'labels' must be whole numbers or texts (class names), got {dtype} values.",
                name=name,
                dtype=labels.dtype,
            )
        )
    values, inverse = np.unique(labels, return_inverse=True)
    return inverse.astype(np.int64).reshape(-1), tuple(str(int(v)) for v in values)
