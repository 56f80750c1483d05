"""Word vectors in word2vec's text format: the export of a word2vec design's Embedding with its vocabulary.

The format (Mikolov's word2vec tool, read by gensim's ``KeyedVectors.load_word2vec_format(path, binary=False)``):
a first line "<words> <dimension>", then one line per word: the word and its numbers, separated by spaces.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from playground.engine.data import DataError, make_dataset
from playground.engine.export_formats import ExportError
from playground.graph import Project
from playground.graph.i18n import tr
from playground.graph.project import atomic_write


def word2vec_text(words: tuple[str, ...] | list[str], vectors: np.ndarray) -> str:
    """The word2vec text format of ``vectors`` (row i = ``words[i]``); numbers with 6 significant digits."""
    lines = [f"{len(words)} {vectors.shape[1]}"]
    lines += [word + " " + " ".join(f"{v:.6g}" for v in row) for word, row in zip(words, vectors, strict=True)]
    return "\n".join(lines) + "\n"


def read_word2vec(path: str | Path) -> tuple[list[str], np.ndarray]:
    """The words and vectors (float32) of a word2vec text file; ``ValueError`` if it is malformed."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    count, dim = (int(v) for v in lines[0].split())
    words, rows = [], []
    for line in lines[1 : count + 1]:
        word, *values = line.split(" ")
        if len(values) != dim:
            raise ValueError(f"{word!r} has {len(values)} numbers, not {dim}")
        words.append(word)
        rows.append([float(v) for v in values])
    if len(words) != count:
        raise ValueError(f"the header promises {count} words, the file holds {len(words)}")
    return words, np.asarray(rows, dtype=np.float32).reshape(count, dim)


def write_word2vec(project: Project, net: torch.nn.Module, network: str, path: Path) -> str:
    """Write the word vectors of ``net`` (a word2vec design's ``GraphModule``) with the corpus's words; the note."""
    heads = project.graph.nodes_of_kind("SkipGram")
    if project.data_info().kind != "corpus" or not heads:
        raise ExportError(
            tr(
                "word vectors come from a word2vec design (a text corpus, Input → Embedding → SkipGram); "
                "this design has none: choose another format"
            )
        )
    try:
        words = make_dataset(project.data).class_names
    except DataError as e:
        raise ExportError(str(e)) from None
    embedding = project.graph.in_edges(heads[0].id)[0].src
    vectors = net.layers[embedding].weight.detach().cpu().numpy()[: len(words)]
    atomic_write(path, word2vec_text(words, vectors).encode("utf-8"))
    return tr("{words} words × {dim} numbers in word2vec's text format", words=len(words), dim=vectors.shape[1])
