"""One valid and one error case for the word2vec head (``SkipGram``), merged into test_shapes.py's VALID and ERRORS."""

from __future__ import annotations

from shape_support import build

from playground.graph import DataInfo


def skipgram_design(shape: tuple[int, ...] = (1,), vocab: int = 50, context: str = "separate"):
    """Input(shape) → Embedding(vocab, 8) → SkipGram."""
    return build(
        [("x", "Input", {"shape": list(shape)}), ("emb", "Embedding", {"vocab": vocab, "dim": 8}),
         ("sg", "SkipGram", {"context": context})],
        [("x", "emb"), ("emb", "sg")],
    )


CORPUS = DataInfo(1, "embedding", kind="corpus", vocab=50)

WORD_VALID = {"SkipGram": (skipgram_design(), "sg", (8,))}

WORD_ERRORS = {
    "SkipGram": (
        skipgram_design(shape=(5,)), None, "sg",
        ["SkipGram 'sg'", "takes the vector of one centre word (1×dimension) but receives 5×8",
         "connect it right after the Embedding"],
    ),
}

