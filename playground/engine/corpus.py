"""The word corpus of word2vec: tokens, the vocabulary, (centre, context) pairs, subsampling and noise words.

The bundled text (``resources/data/alice.txt``) is lower-cased and split into words (letters, with inner
apostrophes: "don't", "alice's"). The vocabulary keeps the ``vocab_size`` most frequent words seen at least
``min_count`` times; the other words are dropped from the stream before the windows are taken, as word2vec
does. Word id = rank by frequency (0 = the most frequent word), so the first ids are the words worth plotting.
Pure numpy: the panels' dataset and the trainer read the same ``Dataset``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

from playground import resources_dir
from playground.engine.data import DataError, Dataset
from playground.graph.i18n import N_, tr
from playground.graph.settings import DATASETS

WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
"""A word: letters, possibly joined by apostrophes. Quotes, digits and punctuation separate words."""
TEST_SHARE = 0.1
"""The last tenth of the text is held out: the test loss is measured on its pairs."""
SUBSAMPLE_T = 1e-3
"""Mikolov's subsampling threshold t: a word of frequency f is kept with probability min(1, √(t/f)). The paper's
1e-5 is for billions of words; on a book of 27,000 words it would drop almost everything, so we use word2vec's
later default 1e-3."""
NOISE_POWER = 0.75
"""Noise words are drawn with probability ∝ count^0.75 (Mikolov et al., 2013): rare words a little more often."""
SOURCES = {"alice": N_("Lewis Carroll, Alice's Adventures in Wonderland (1865), public domain")}


def corpus_path(name: str) -> Path:
    """The bundled text of corpus dataset ``name``."""
    return resources_dir() / "data" / DATASETS[name].file


def tokenize(text: str) -> list[str]:
    """The words of ``text``, lower-cased, in order."""
    return WORD.findall(text.lower())


@lru_cache(maxsize=4)
def _tokens(path: str) -> tuple[str, ...]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(tr("the bundled text {file} cannot be read: {error}", file=Path(path).name, error=e)) from None
    return tuple(tokenize(text))


def build_vocabulary(tokens: list[str] | tuple[str, ...], size: int, min_count: int) -> tuple[list[str], np.ndarray]:
    """The kept words, most frequent first (ties alphabetically), and their counts (int64)."""
    counts = Counter(tokens)
    ranked = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))[:size]
    return ranked, np.array([counts[w] for w in ranked], dtype=np.int64)


def encode(tokens: list[str] | tuple[str, ...], words: list[str]) -> np.ndarray:
    """The ids of the tokens that are in the vocabulary (the others are dropped), int64."""
    index = {w: i for i, w in enumerate(words)}
    return np.array([index[t] for t in tokens if t in index], dtype=np.int64)


def load_corpus_dataset(spec: dict) -> Dataset:
    """The corpus as a ``Dataset``: x_train / x_test are the word-id streams (first 90 % / last 10 %),
    ``class_names`` the vocabulary (id → word), y_* the words' counts in the whole text (for the noise
    distribution and subsampling)."""
    tokens = _tokens(str(corpus_path(spec["dataset"])))
    words, counts = build_vocabulary(tokens, spec["vocab_size"], spec["min_count"])
    if len(words) < 10:
        raise DataError(
            tr("only {n} words occur at least {least} times: lower the minimum count", n=len(words),
               least=spec["min_count"])
        )
    ids = encode(tokens, words)
    cut = round(len(ids) * (1 - TEST_SHARE))
    empty = np.zeros((0, 2), np.float32)
    return Dataset(
        points_train=empty,
        points_test=empty,
        x_train=ids[:cut],
        x_test=ids[cut:],
        y_train=counts,
        y_test=counts,
        task="embedding",
        n_classes=0,
        features=(),
        extent=(0.0, 0.0, 0.0, 0.0),
        kind="corpus",
        class_names=tuple(words),
        source=SOURCES.get(spec["dataset"], ""),
    )


def window_pairs(ids: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """Every (centre, context) pair of the stream ``ids`` with the context at most ``window`` words away on either
    side: arrays of centre ids and context ids, int64, offsets +1, −1, +2, −2, …"""
    centres, contexts = [], []
    for offset in range(1, window + 1):
        if offset >= len(ids):
            break
        left, right = ids[:-offset], ids[offset:]
        centres += [left, right]
        contexts += [right, left]
    if not centres:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(centres), np.concatenate(contexts)


def keep_probabilities(counts: np.ndarray, t: float = SUBSAMPLE_T) -> np.ndarray:
    """Mikolov's subsampling: the probability of keeping each word, min(1, √(t/f)) with f its frequency."""
    freq = counts / max(1, counts.sum())
    return np.minimum(1.0, np.sqrt(t / np.maximum(freq, 1e-12)))


def subsample(ids: np.ndarray, counts: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The stream with very frequent words ("the", "and") randomly dropped: they say little about their neighbours."""
    return ids[rng.random(len(ids)) < keep_probabilities(counts)[ids]]


def noise_distribution(counts: np.ndarray, power: float = NOISE_POWER) -> np.ndarray:
    """The probability of each word as a noise (negative) word: count^0.75, normalised (float64)."""
    weights = counts.astype(np.float64) ** power
    return weights / weights.sum()
