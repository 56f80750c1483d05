"""What the word-embedding panels show (probe "embedding"): nearest neighbours and a 2D PCA map of the word vectors.

Similarity is the cosine of the angle between two word vectors x_w (rows of the Embedding's weight). The map
projects the unit-length vectors of the most frequent words, plus the query words and their neighbours, on the
two principal axes of that set; the axes keep their direction from one snapshot to the next (a principal axis
is only defined up to its sign, and a flipping map would jump about while it trains).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

DEFAULT_QUERIES: dict[str, str] = {"alice": "queen, rabbit, turtle, hatter"}
"""Query words shown before the user types any, per corpus: words whose neighbours make sense after a minute."""
MAX_QUERIES = 6
NEIGHBOURS = 8
MAP_WORDS = 60
"""The most frequent words drawn on the map (probe option "embedding_count" changes it)."""
MAP_NEIGHBOURS = 3
"""Each query word's nearest neighbours joining it on the map."""


@dataclass
class Neighbours:
    """One query word and the words whose vectors point most nearly its way."""

    word: str
    known: bool
    """False when the word is not in the vocabulary (then there are no neighbours)."""
    words: tuple[str, ...] = ()
    similarities: np.ndarray = field(default_factory=lambda: np.zeros(0))
    """(n,) float64 cosine similarities, highest first."""


@dataclass
class EmbeddingView:
    """The word vectors at one step: neighbours of the query words and a 2D map (probe "embedding")."""

    step: int
    queries: list[Neighbours]
    words: tuple[str, ...]
    """The words on the map: the most frequent first, then the query words and their neighbours not among them."""
    points: np.ndarray
    """(n, 2) float32 map coordinates of ``words`` (principal components of their unit-length vectors)."""
    highlight: np.ndarray
    """(n,) int8: 0 a frequent word, 1 a query word, 2 a neighbour of one."""
    explained: tuple[float, float]
    """Share of the variance of the mapped vectors along each axis."""
    vocab: int
    dim: int


def parse_queries(text: str) -> list[str]:
    """The query words in ``text`` (separated by commas or spaces), lower-cased, without repeats, at most six."""
    words = [w for w in re.split(r"[\s,;]+", text.lower()) if w]
    return list(dict.fromkeys(words))[:MAX_QUERIES]


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    """Each row scaled to length 1 (a zero row stays zero)."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def nearest(unit: np.ndarray, words: tuple[str, ...], word: str, n: int = NEIGHBOURS) -> Neighbours:
    """The ``n`` words with the highest cosine similarity to ``word`` (itself left out)."""
    try:
        i = words.index(word)
    except ValueError:
        return Neighbours(word, False)
    similarity = unit @ unit[i]
    similarity[i] = -np.inf
    top = np.argsort(-similarity, kind="stable")[:n]
    return Neighbours(word, True, tuple(words[j] for j in top), similarity[top].astype(np.float64))


def principal_axes(unit: np.ndarray, previous: np.ndarray | None) -> tuple[np.ndarray, tuple[float, float]]:
    """The two principal axes (2, dim) of the rows of ``unit``, signed to agree with ``previous``, and the share of
    the variance along each."""
    centred = unit - unit.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    axes = np.zeros((2, unit.shape[1]))
    axes[: min(2, len(vt))] = vt[:2]
    for k in range(2):
        if previous is not None and previous.shape == axes.shape:
            flip = float(axes[k] @ previous[k]) < 0
        else:  # the first map: the largest loading positive (a fixed rule, so runs with one seed agree)
            flip = axes[k][np.argmax(np.abs(axes[k]))] < 0
        if flip:
            axes[k] = -axes[k]
    total = float((s**2).sum()) or 1.0
    shares = [float(v**2) / total for v in s[:2]] + [0.0, 0.0]
    return axes, (shares[0], shares[1])


def embedding_view(
    vectors: np.ndarray,
    words: tuple[str, ...],
    step: int,
    queries: list[str],
    count: int = MAP_WORDS,
    previous_axes: np.ndarray | None = None,
) -> tuple[EmbeddingView, np.ndarray]:
    """The view of word vectors ``vectors`` (vocabulary × dim, row i = ``words[i]``) and the map's axes (to pass
    back as ``previous_axes`` next time)."""
    vectors = np.asarray(vectors[: len(words)], dtype=np.float64)
    unit = unit_rows(vectors)
    found = [nearest(unit, words, q) for q in queries]
    chosen = list(range(min(count, len(words))))
    marks = [0] * len(chosen)
    for group, mark in (([words.index(n.word) for n in found if n.known], 1),
                        ([words.index(w) for n in found for w in n.words[:MAP_NEIGHBOURS]], 2)):
        for i in group:
            if i in chosen:
                marks[chosen.index(i)] = max(marks[chosen.index(i)], mark)
            else:
                chosen.append(i)
                marks.append(mark)
    axes, explained = principal_axes(unit[chosen], previous_axes)
    points = (unit[chosen] - unit[chosen].mean(axis=0)) @ axes.T
    view = EmbeddingView(
        step=step,
        queries=found,
        words=tuple(words[i] for i in chosen),
        points=points.astype(np.float32),
        highlight=np.array(marks, dtype=np.int8),
        explained=explained,
        vocab=len(words),
        dim=vectors.shape[1],
    )
    return view, axes
