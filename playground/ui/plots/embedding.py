"""Nearest neighbours of word vectors: for each word the user types, the words whose vectors point most nearly
the same way (cosine similarity), updating live while word2vec trains.

The engine computes the similarities (probe "embedding", option "embedding_words"); the panel only shows them.
A word outside the vocabulary is named at once, from the run's vocabulary, without waiting for the engine.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.embedding_view import MAX_QUERIES, EmbeddingView, Neighbours, parse_queries
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, number, tr
from playground.ui.plots.base import DesignTraits, Panel, text_font

QUERY_COLOR = "#C0392B"
SHOWN_NEIGHBOURS = 6
COLUMNS = 3
"""Query words per row of the grid: six words fit in two rows of a dock."""


def neighbours_html(found: Neighbours) -> str:
    """One query word's column: the word, then its neighbours with their similarity and a bar."""
    head = f"<b style='color:{QUERY_COLOR}; font-size:14pt'>{html.escape(found.word)}</b>"
    if not found.known:
        return head + "<br><i>" + html.escape(tr("not in the vocabulary")) + "</i>"
    rows = []
    for word, similarity in zip(found.words[:SHOWN_NEIGHBOURS], found.similarities, strict=False):
        bar = "▮" * max(0, round(similarity * 10))
        rows.append(
            f"<tr><td>{html.escape(word)}</td><td align='right'>&nbsp;{number(float(similarity), 2)}</td>"
            f"<td style='color:#5DA5DA'>&nbsp;{bar}</td></tr>"
        )
    return head + "<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"


class NeighboursPanel(Panel):
    """The nearest words (cosine similarity of the word vectors) of the words typed above."""

    title = N_("Nearest words")
    probes = frozenset({"embedding"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Word embeddings: a corpus dataset."""
        return traits.data_kind == "corpus"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(tr("Words:"))
        label.setFont(text_font())
        self.words_edit = QLineEdit()
        self.words_edit.setFont(text_font())
        self.words_edit.setPlaceholderText(tr("e.g. queen, rabbit"))
        self.words_edit.setToolTip(
            tr(
                "Type up to six words separated by commas or spaces and press Enter: the panel lists the words "
                "whose vectors are closest to each (cosine similarity, 1 = the same direction)"
            )
        )
        self.words_edit.returnPressed.connect(self._on_words_entered)
        self.words_edit.editingFinished.connect(self._on_words_entered)
        strip = QHBoxLayout()
        strip.addWidget(label)
        strip.addWidget(self.words_edit, 1)
        self.message = QLabel()
        self.message.setFont(text_font(12))
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {QUERY_COLOR}")
        self.columns: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for k in range(MAX_QUERIES):
            column = QLabel()
            column.setFont(text_font(12))
            column.setTextFormat(Qt.TextFormat.RichText)
            column.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            column.setToolTip(tr("The closest words to this one and their cosine similarity"))
            grid.addWidget(column, k // COLUMNS, k % COLUMNS)
            self.columns.append(column)
        self.caption = QLabel()
        self.caption.setFont(text_font(11))
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(strip)
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)
        layout.addWidget(self.caption)
        self.vocabulary: frozenset[str] = frozenset()
        self._sent = ""
        """The words last sent to the worker (Enter and leaving the field both finish an edit: send once)."""
        self._typed = False
        """Whether the user chose the words (else the field shows the engine's default words)."""
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    @property
    def queries(self) -> list[str]:
        """The words in the field, as the engine will read them."""
        return parse_queries(self.words_edit.text())

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The run's vocabulary, to name unknown words at once."""
        corpus = dataset is not None and dataset.kind == "corpus"
        self.vocabulary = frozenset(dataset.class_names) if corpus else frozenset()
        self._check_words()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """List ``snapshot.embedding``'s neighbours (only setters on the labels made in ``__init__``)."""
        view = snapshot.embedding
        if view is None:
            if not any(c.text() for c in self.columns):
                self.show_hint(tr("Waiting for the word vectors…"))
            return
        self.hide_hint()
        if not self._typed:  # show which words the engine chose, so the user can edit them
            self.words_edit.setText(", ".join(q.word for q in view.queries))
            self._sent = self.words_edit.text()
        for k, column in enumerate(self.columns):
            column.setText(neighbours_html(view.queries[k]) if k < len(view.queries) else "")
        self.caption.setText(self._caption(view))

    def clear(self) -> None:
        """No run: no lists, the hint (the typed words stay)."""
        for column in self.columns:
            column.setText("")
        self.caption.setText("")
        self.show_hint()

    # --- the query words --------------------------------------------------------------------

    def _on_words_entered(self) -> None:
        text = self.words_edit.text()
        self._check_words()
        if text == self._sent:
            return
        self._sent = text
        self._typed = True
        self.option_changed.emit("embedding_words", text)

    def _check_words(self) -> None:
        unknown = [w for w in self.queries if self.vocabulary and w not in self.vocabulary]
        if unknown:
            self.message.setText(
                tr(
                    "Not in the vocabulary: {words}. Only words seen often enough in the text get a vector "
                    "(see the data settings).",
                    words=", ".join(unknown),
                )
            )
        else:
            self.message.setText("")
        self.message.setVisible(bool(unknown))

    @staticmethod
    def _caption(view: EmbeddingView) -> str:
        return tr(
            "Step {step}: {words} words, vectors of {dim} numbers. Similarity = cosine of the angle between two "
            "word vectors.",
            step=f"{view.step:,}",
            words=view.vocab,
            dim=view.dim,
        )
