"""Shape inference of word2vec designs: the SkipGram head's ends, its context vectors, and the corpus rules."""

from __future__ import annotations

from shape_support import build
from word_shape_cases import CORPUS, skipgram_design

from playground.graph import DataInfo, infer_shapes


def test_a_corpus_design_ends_in_a_skipgram_head_and_counts_its_context_vectors() -> None:
    report = infer_shapes(skipgram_design(), CORPUS)
    assert report.ok and report.params == {"x": 0, "emb": 400, "sg": 400}
    assert infer_shapes(skipgram_design(context="shared"), CORPUS).total_params == 400


def test_a_skipgram_head_needs_a_corpus_and_a_corpus_needs_no_output() -> None:
    sequence = build([("x", "Input", {"shape": [1, 8]}), ("sg", "SkipGram")], [("x", "sg")])
    report = infer_shapes(sequence, DataInfo(8, "regression", kind="sequence", sample_shape=(1, 8)))
    assert "learns word vectors from a text: choose a corpus" in report.errors["sg"]
    with_output = build(
        [("x", "Input", {"shape": [1]}), ("emb", "Embedding", {"vocab": 50, "dim": 8}), ("sg", "SkipGram"),
         ("flat", "Flatten"), ("fc", "Dense", {"units": 1}), ("out", "Output")],
        [("x", "emb"), ("emb", "sg"), ("emb", "flat"), ("flat", "fc"), ("fc", "out")],
    )
    report = infer_shapes(with_output, CORPUS)
    assert "ends in a SkipGram head, not an Output" in report.errors["out"]
    alone = build([("x", "Input", {"shape": [1]}), ("emb", "Embedding", {"vocab": 50, "dim": 8})], [("x", "emb")])
    needs = infer_shapes(alone, CORPUS).design_errors
    assert needs == ["the design needs a SkipGram layer (the skip-gram objective): drag one from the palette"]


def test_a_skipgram_head_must_follow_its_embedding_directly() -> None:
    # its loss scores the Embedding's rows: a layer between them would be trained around, and the trainer needs them
    between = build(
        [("x", "Input", {"shape": [1]}), ("emb", "Embedding", {"vocab": 50, "dim": 8}), ("drop", "Dropout"),
         ("sg", "SkipGram")],
        [("x", "emb"), ("emb", "drop"), ("drop", "sg")],
    )
    report = infer_shapes(between, CORPUS)
    assert not report.ok
    assert "must come right after one (here: Dropout): connect the Embedding to it directly" in report.errors["sg"]


def test_a_wrong_input_shape_on_a_corpus_says_what_the_data_gives() -> None:
    report = infer_shapes(skipgram_design(shape=(2,)), CORPUS)  # the fuzz test found an IndexError here
    assert report.errors["x"].endswith("its shape is 2 but the data gives one word id at a time: set the shape to [1]")
