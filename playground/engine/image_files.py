"""Readers of the user's own images, as (N, C, H, W) arrays, with the checks that name what to fix.

numpy and Pillow only (no torch, no Qt). The user's images are either

* a folder with one sub-folder per class (the sub-folder names are the class names, in natural
  order: "2" before "10") holding png, jpg, bmp or gif files directly inside it. Hidden files and
  other files are ignored. Every image must have the same width and height. If any image has
  colour (a pixel whose red, green and blue differ) the set has 3 channels and grey images are
  repeated into all three, else it has 1 channel. Transparent pixels are shown over white, as an
  image viewer shows them; 16-bit grey images are scaled to 8 bits. Pixels are divided by 255.
* an .npz file with ``images`` and ``labels`` arrays (``np.savez(path, images=..., labels=...)``).
  ``images`` is N×H×W (grey), N×H×W×C (channels last, C = 1 or 3) or, where the last axis is not
  1 or 3, N×C×H×W (channels first, as torch stores them). Pixel scale by dtype: uint8 and other
  integers up to 255 are divided by 255, uint16 and integers up to 65535 by 65535, bool is 0/1,
  floats up to 1 are kept and floats up to 255 are divided by 255; negative or larger values are
  refused. ``labels`` holds N whole numbers or N texts; the distinct values, sorted, are the classes.

Limits, so a laptop can hold and train on the set: at most ``MAX_IMAGES`` images, each at most
``MAX_SIDE``×``MAX_SIDE`` pixels, ``MAX_VALUES`` values in all, 2 to ``MAX_CLASSES`` classes and
at least 2 images per class (one to train on, one to test). Anything else raises ``DataError``
with a sentence that names the file and says how to fix it.

Nothing here caches: ``engine/images.py`` keys its cache on the files' sizes and times and calls
these readers only when something changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import numpy as np
from PIL import Image, UnidentifiedImageError

from playground.engine.data import DataError
from playground.graph.i18n import tr
from playground.graph.settings import DATA_PARAMS

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif")
MAX_IMAGES = 60_000
MAX_SIDE = 256
MAX_VALUES = 100_000_000
"""Pixel values in a whole set (400 MB as float32): 60000 grey 28×28 images, or 2000 colour 128×128."""
MAX_CLASSES = int(next(p for p in DATA_PARAMS if p.name == "classes").max or 64)
MIN_PER_CLASS = 2

Listing = tuple[tuple[str, tuple[str, ...]], ...]
"""A folder's class folders in order, each with its image file names in order."""


class Pixels(NamedTuple):
    """A whole image set as read: shared by every run, so its arrays are read-only."""

    images: np.ndarray  # (N, C, H, W), read-only; images / scale lies in [0, 1]
    scale: float
    labels: np.ndarray  # (N,) int64 class indices into class_names
    class_names: tuple[str, ...]


def fmt_size(shape: tuple[int, ...]) -> str:
    """A shape as the messages write it: 1×28×28."""
    return "×".join(str(int(s)) for s in shape)


def freeze(*arrays: np.ndarray) -> None:
    """Make cached arrays read-only: they are shared by every run, so nobody may change them."""
    for a in arrays:
        a.flags.writeable = False


def _natural(text: str) -> list[object]:
    """Sort key that puts "2" before "10" (class folders named by number)."""
    return [(0, int(t), "") if t.isdigit() else (1, 0, t.lower()) for t in re.split(r"(\d+)", text) if t]


# --- checks shared by both formats -------------------------------------------------------------


def _check_classes(counts: dict[str, int], where: str) -> None:
    if len(counts) < 2:
        if counts:
            raise DataError(
                tr(
                    "{where} has fewer than 2 classes (only '{only}'): a classifier needs at least 2.",
                    where=where,
                    only=next(iter(counts)),
                )
            )
        raise DataError(tr("{where} has fewer than 2 classes: a classifier needs at least 2.", where=where))
    if len(counts) > MAX_CLASSES:
        raise DataError(
            tr(
                "{where} has {count} classes; the playground takes at most {most}.",
                where=where,
                count=len(counts),
                most=MAX_CLASSES,
            )
        )
    for name, n in counts.items():
        if n < MIN_PER_CLASS:
            raise DataError(
                tr(
                    "{where}: class '{name}' has only {n} image; every class needs at least {least} "
                    "(one to train on, one to test).",
                    where=where,
                    name=name,
                    n=n,
                    least=MIN_PER_CLASS,
                )
            )


def _check_size(where: str, count: int, channels: int, height: int, width: int) -> None:
    if count > MAX_IMAGES:
        raise DataError(
            tr(
                "{where} holds {count} images; the playground takes at most {most}: use a subset.",
                where=where,
                count=count,
                most=MAX_IMAGES,
            )
        )
    if height > MAX_SIDE or width > MAX_SIDE:
        raise DataError(
            tr(
                "{where} is {width}×{height} pixels; the playground takes images of at most "
                "{most}×{most}: shrink them (28×28 or 64×64 train quickly).",
                where=where,
                width=width,
                height=height,
                most=MAX_SIDE,
            )
        )
    if count * channels * height * width > MAX_VALUES:
        raise DataError(
            tr(
                "{where}: {count} images of {size} are too much data (at most {most} million pixel "
                "values): use fewer or smaller images.",
                where=where,
                count=count,
                size=fmt_size((channels, height, width)),
                most=MAX_VALUES // 1_000_000,
            )
        )


# --- a folder of class folders -----------------------------------------------------------------


def scan_folder(root: Path) -> tuple[Listing, str]:
    """The class folders and their image files (checked for count and classes), and a stamp of sizes and times."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: _natural(e.name))
        class_dirs = [e for e in entries if not e.name.startswith(".") and e.is_dir()]
        listing, digest = [], hashlib.sha1()
        for d in class_dirs:
            files = sorted(
                (
                    f
                    for f in os.scandir(d.path)
                    if f.name.lower().endswith(IMAGE_SUFFIXES) and not f.name.startswith(".")
                ),
                key=lambda f: _natural(f.name),
            )
            files = [f for f in files if f.is_file()]
            for f in files:
                st = f.stat()
                digest.update(f"{d.name}/{f.name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
            listing.append((d.name, tuple(f.name for f in files)))
    except OSError as e:
        raise DataError(
            tr(
                "Cannot read the folder {name} ({reason}): check it exists and is readable.",
                name=root.name,
                reason=e.strerror or e,
            )
        ) from None
    if not class_dirs:
        if any(e.name.lower().endswith(IMAGE_SUFFIXES) for e in entries):
            raise DataError(
                tr(
                    "The folder {name} holds images but no class folders: put the images of each class into a "
                    "sub-folder named after the class (e.g. {name}/cat, {name}/dog).",
                    name=root.name,
                )
            )
        raise DataError(tr("The folder {name} is empty: it needs one sub-folder of images per class.", name=root.name))
    for name, files in listing:
        if not files:
            raise DataError(
                tr(
                    "The class folder '{name}' in {folder} has no images (png, jpg, bmp or gif files directly "
                    "inside it): add images or remove the folder.",
                    name=name,
                    folder=root.name,
                )
            )
    _check_size(tr("The folder {name}", name=root.name), sum(len(f) for _, f in listing), 1, 1, 1)
    _check_classes({name: len(files) for name, files in listing}, tr("The folder {name}", name=root.name))
    return tuple(listing), digest.hexdigest()


def read_folder(folder: Path, listing: Listing) -> Pixels:
    """Decode every image of a scanned folder into one set (grey, or colour if any image has colour)."""
    count = sum(len(files) for _, files in listing)
    rgb: np.ndarray | None = None
    labels = np.empty(count, np.int64)
    first = ("", (0, 0))
    colour = False
    i = 0
    for k, (cname, files) in enumerate(listing):
        for fname in files:
            rel = f"{cname}/{fname}"
            with _opened(folder / cname / fname, rel) as img:
                if rgb is None:
                    _check_size(rel, 1, 1, img.height, img.width)
                    _check_size(tr("The folder {name}", name=folder.name), count, 1, img.height, img.width)
                    rgb = np.empty((count, img.height, img.width, 3), np.uint8)
                    first = (rel, img.size)
                elif img.size != first[1]:
                    (w0, h0), (w1, h1) = first[1], img.size
                    raise DataError(
                        tr(
                            "The images differ in size: {first} is {w0}×{h0} pixels but {rel} is {w1}×{h1}: resize "
                            "them all to one size.",
                            first=first[0],
                            w0=w0,
                            h0=h0,
                            rel=rel,
                            w1=w1,
                            h1=h1,
                        )
                    )
                rgb[i] = _to_rgb(img)
            colour = colour or not _is_grey(rgb[i])
            labels[i] = k
            i += 1
    assert rgb is not None  # scan_folder refused empty folders
    if colour:
        _check_size(tr("The folder {name}", name=folder.name), count, 3, rgb.shape[1], rgb.shape[2])
        images = np.ascontiguousarray(rgb.transpose(0, 3, 1, 2))
    else:
        images = np.ascontiguousarray(rgb[:, None, :, :, 0])
    freeze(images, labels)
    return Pixels(images, 255.0, labels, tuple(name for name, _ in listing))


@contextlib.contextmanager
def _opened(path: Path, rel: str) -> Iterator[Image.Image]:
    """Open an image; failing to read it, then or while the block decodes it, is a DataError that names it."""
    try:
        with Image.open(path) as img:
            yield img
    except DataError:
        raise
    except UnidentifiedImageError:
        raise DataError(
            tr("{rel} is not an image Pillow can read (png, jpg, bmp or gif): fix or remove it.", rel=rel)
        ) from None
    except Image.DecompressionBombError:
        raise DataError(
            tr("{rel} is far too large: images may be at most {most}×{most} pixels.", rel=rel, most=MAX_SIDE)
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        raise DataError(tr("{rel} cannot be read ({e}): fix or remove it.", rel=rel, e=e)) from None


def _to_rgb(img: Image.Image) -> np.ndarray:
    """H×W×3 uint8 of any Pillow image: 16-bit grey scaled to 8 bits, transparency over white."""
    if img.mode.startswith("I"):
        grey = np.clip(np.rint(np.asarray(img, dtype=np.float64) / 257.0), 0, 255).astype(np.uint8)
        return np.repeat(grey[:, :, None], 3, axis=2)
    if "A" in img.getbands() or "transparency" in img.info:
        white = Image.new("RGBA", img.size, (255, 255, 255, 255))
        return np.asarray(Image.alpha_composite(white, img.convert("RGBA")).convert("RGB"))
    return np.asarray(img.convert("RGB"))


def _is_grey(rgb: np.ndarray) -> bool:
    return bool(np.array_equal(rgb[..., 0], rgb[..., 1]) and np.array_equal(rgb[..., 1], rgb[..., 2]))


# --- an .npz file ------------------------------------------------------------------------------
