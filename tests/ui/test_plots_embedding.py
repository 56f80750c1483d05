"""The word2vec panels: nearest words (typed queries, unknown words) and the word map, drawn from a real run."""

from __future__ import annotations

import numpy as np
import pytest
from plots_support import run
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from playground.engine.probes import PROBES
from playground.ui.plots import PANEL_CLASSES
from playground.ui.plots.base import EMPTY_HINT, DesignTraits
from playground.ui.plots.embedding import NeighboursPanel
from playground.ui.plots.embedding_map import POOL, EmbeddingMapPanel

STEPS = 200


def shown(qtbot, panel_class: type):
    panel = panel_class()
    qtbot.addWidget(panel)
    panel.resize(640, 460)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_panels_are_for_corpus_designs_only() -> None:
    for cls in (NeighboursPanel, EmbeddingMapPanel):
        assert cls in PANEL_CLASSES and cls.probes == frozenset({"embedding"}) <= set(PROBES)
        assert cls.shows_for(DesignTraits("corpus", "", frozenset({"Embedding", "SkipGram"}), "alice"))
        assert not cls.shows_for(DesignTraits("sequence", "multiclass", frozenset({"Embedding"}), "text"))


def test_the_neighbours_panel_lists_the_engines_words_of_a_real_run(qtbot) -> None:
    w2v = run("word2vec", STEPS)
    panel = shown(qtbot, NeighboursPanel)
    assert panel.hint_text() == EMPTY_HINT
    panel.set_dataset(w2v.dataset)
    panel.show_snapshot(w2v.last)
    view = w2v.last.embedding
    assert panel.hint_text() is None
    assert panel.words_edit.text() == "queen, rabbit, turtle, hatter"  # the engine's default words, editable
    first = panel.columns[0].text()
    assert "queen" in first and view.queries[0].words[0] in first and f"{view.queries[0].similarities[0]:.2f}" in first
    assert panel.columns[4].text() == ""  # four words asked, four columns filled
    assert f"Step {STEPS}" in panel.caption.text()


def test_typing_words_asks_the_worker_for_them_and_names_unknown_words(qtbot) -> None:
    w2v = run("word2vec", STEPS)
    panel = shown(qtbot, NeighboursPanel)
    panel.set_dataset(w2v.dataset)
    panel.show_snapshot(w2v.last)
    asked = []
    panel.option_changed.connect(lambda name, value: asked.append((name, value)))
    panel.words_edit.selectAll()
    QTest.keyClicks(panel.words_edit, "king, zebra")
    QTest.keyClick(panel.words_edit, Qt.Key.Key_Return)
    assert asked == [("embedding_words", "king, zebra")]
    assert panel.message.isVisibleTo(panel) and "zebra" in panel.message.text() and "king" not in panel.message.text()
    # The worker's next snapshot uses the words: the panel lists them (and keeps what was typed).
    panel.show_snapshot(w2v.trainer.snapshot({"embedding"}, options=dict(asked)))
    assert "king" in panel.columns[0].text() and "not in the vocabulary" in panel.columns[1].text()
    assert panel.words_edit.text() == "king, zebra"
    panel.words_edit.clearFocus()  # leaving the field after Enter does not ask again
    assert len(asked) == 1


def test_the_word_map_moves_one_label_per_word_to_the_engines_projection(qtbot) -> None:
    w2v = run("word2vec", STEPS)
    panel = shown(qtbot, EmbeddingMapPanel)
    panel.set_dataset(w2v.dataset)
    labels_before = list(panel.labels)
    for snap in w2v.snapshots[1:]:
        panel.show_snapshot(snap)
    view = w2v.last.embedding
    assert panel.hint_text() is None and panel.labels == labels_before and len(panel.labels) == POOL
    n = len(view.words)
    visible = [label for label in panel.labels if label.isVisible()]
    assert len(visible) == n and [label.toPlainText() for label in panel.labels[:n]] == list(view.words)
    positions = np.array([[label.pos().x(), label.pos().y()] for label in panel.labels[:n]])
    assert np.allclose(positions, view.points, atol=1e-5)
    x, y = panel.dots.getData()
    assert len(x) == n and "%" in panel.caption.text()
    asked = []
    panel.option_changed.connect(lambda name, value: asked.append((name, value)))
    panel.count.setValue(30)
    assert asked == [("embedding_count", 30)]
    fewer = w2v.trainer.snapshot({"embedding"}, options={"embedding_count": 30})
    panel.show_snapshot(fewer)
    assert sum(label.isVisible() for label in panel.labels) == len(fewer.embedding.words) < n
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT and not any(label.isVisible() for label in panel.labels)


@pytest.mark.parametrize("panel_class", [NeighboursPanel, EmbeddingMapPanel])
def test_a_snapshot_without_the_view_waits_for_it(qtbot, panel_class) -> None:
    w2v = run("word2vec", STEPS)
    panel = shown(qtbot, panel_class)
    panel.show_snapshot(w2v.snapshots[0].__class__(step=1, epoch=0.0, train_loss=1.0, test_loss=1.0,
                                                   train_accuracy=None, test_accuracy=None))
    assert "Waiting for the word vectors" in panel.hint_text()


def test_the_data_dock_previews_the_words_the_network_reads(qtbot) -> None:
    from plots_support import preset

    from playground.ui.corpus_preview import CorpusPreview
    from playground.ui.data_dock import DataPanel
    from playground.ui.document import Document

    dock = DataPanel(Document(preset("word2vec")))
    qtbot.addWidget(dock)
    dock.resize(360, 700)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.waitUntil(lambda: isinstance(dock.preview.currentWidget(), CorpusPreview))
    text = dock.preview.currentWidget().toPlainText()
    assert text.startswith("alice's adventures in the chapter i down the rabbit hole")  # rarer words left out
    assert "1,000 different ones with a vector; most frequent: the, and, to" in dock.caption.text()
    assert "public domain" in dock.caption.text()
    for name in ("window", "vocab_size", "min_count"):
        assert dock.form.fields[name].editor.isVisibleTo(dock)
    assert not dock.form.fields["samples"].editor.isVisibleTo(dock)
