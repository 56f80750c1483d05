"""Word embeddings (word2vec, skip-gram with negative sampling): the corpus settings and the ``SkipGram`` head.

A word2vec design is Input (one centre word's id, shape [1]) → Embedding (its weight holds the word vectors x_w)
→ SkipGram. The head is the end of the network and names the objective of the lecture,

    ln σ⟨x′_w, x_u⟩ + Σᵢ ln σ(−⟨x′_vᵢ, x_u⟩)   for a centre word u, a context word w and k noise words vᵢ,

with the noise words drawn from the unigram distribution raised to 0.75. The context vectors x′ are a second
vocabulary × dimension matrix owned by the head (Mikolov), or the word vectors themselves (the lecture's formula).
``check_word_node`` is the part of shape inference that knows about corpora; ``CORPUS_ENDS`` are the ends such a
design needs. Pure Python, like the rest of the registry.
"""

from __future__ import annotations

from typing import Any

from playground.graph.i18n import N_, tr
from playground.graph.layer_kind import LayerKind, Shape, ShapeError, fmt_shape, one_input
from playground.graph.params import ParamSpec

CORPUS_PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec(
        "window",
        "int",
        3,
        "Context window ±h: the words up to h places before and after a word count as its context (word2vec).",
        label="Context window (±h)",
        min=1,
        max=10,
    ),
    ParamSpec(
        "vocab_size",
        "int",
        1000,
        "Words that get a vector: the most frequent ones (the rest are dropped from the text). The Embedding's "
        "vocabulary must be at least this.",
        label="Vocabulary size",
        min=10,
        max=20000,
    ),
    ParamSpec(
        "min_count",
        "int",
        3,
        "Words seen fewer times are left out of the vocabulary: a word seen once or twice cannot get a meaningful "
        "vector.",
        label="Minimum count",
        min=1,
        max=100,
    ),
)
"""The data settings of a corpus (``settings.DATA_PARAMS`` includes them)."""

CONTEXT_VECTORS = {
    "separate": "Separate context vectors x′ (word2vec)",
    "shared": "The word vectors themselves (the lecture's formula)",
}

CORPUS_ENDS = (("Input", N_("where the centre word's id enters")), ("SkipGram", N_("the skip-gram objective")))
"""The ends of a word2vec design, in place of Input and Output."""


def _infer(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    shape = one_input(shapes)
    if len(shape) != 2 or shape[0] != 1:
        raise ShapeError(
            tr(
                "takes the vector of one centre word (1×dimension) but receives {shape}: connect it right after "
                "the Embedding",
                shape=fmt_shape(shape),
            )
        )
    return (shape[1],)


SKIPGRAM = LayerKind(
    id="SkipGram",
    category="Input / Output",
    help="The word2vec objective (skip-gram with negative sampling): for a centre word u and a word w of its "
    "context, maximise ln σ⟨x′_w, x_u⟩ + Σ ln σ(−⟨x′_v, x_u⟩) over k noise words v drawn with probability ∝ "
    "count^0.75. Words that share contexts end up with close vectors x_u (the Embedding's weight).",
    params=(
        ParamSpec(
            "negatives", "int", 5, "k: noise words per (centre, context) pair.", label="Negatives (k)", min=1,
            max=50, key=True,
        ),
        ParamSpec(
            "context",
            "choice",
            "separate",
            "Which vectors x′ the context and noise words use: a second matrix the head learns (word2vec), or the "
            "word vectors x themselves, as in the lecture's formula.",
            label="Context vectors",
            choices=tuple(CONTEXT_VECTORS),
            choice_labels=CONTEXT_VECTORS,
        ),
    ),
    infer=_infer,
    module_code=lambda shapes, p: "nn.Flatten()",
    name_prefix="skipgram",
    terminal=True,
)
"""The end of a word2vec design: the network's output is the centre word's vector x_u."""


def check_word_node(graph: Any, node: Any, in_shapes: list[Shape], data: Any) -> int:
    """Corpus rules for one node of the design; the weights it owns beyond its kind's count (the context vectors).

    ``ShapeError`` when a SkipGram head is used without a corpus, or an Output with one.
    """
    corpus = data is not None and data.kind == "corpus"
    if node.kind == "SkipGram":
        if data is not None and not corpus:
            raise ShapeError(
                tr("learns word vectors from a text: choose a corpus (Alice in Wonderland) in the data settings")
            )
        sources = [graph.nodes[e.src] for e in graph.in_edges(node.id)]
        if sources and sources[0].kind != "Embedding":
            # the head scores the Embedding's own rows (the word vectors): nothing may change them on the way
            raise ShapeError(
                tr(
                    "scores the word vectors of the Embedding, so it must come right after one (here: {kind}): "
                    "connect the Embedding to it directly",
                    kind=sources[0].kind,
                )
            )
        if node.params["context"] != "separate" or not sources:
            return 0
        return sources[0].params.get("vocab", 0) * in_shapes[0][-1] if in_shapes else 0
    if corpus and node.kind == "Output":
        raise ShapeError(tr("a word2vec design ends in a SkipGram head, not an Output: delete the Output"))
    return 0
