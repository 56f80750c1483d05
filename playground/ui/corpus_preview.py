"""The data dock's preview of a word corpus (word2vec): the words the network reads, and a caption on the book.

The stream is shown as the trainer reads it: lower-case words of the vocabulary only (rarer words are dropped).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QStackedWidget, QTextEdit

from playground.ui.i18n import integer, tr
from playground.ui.plots.base import text_font

SHOWN_WORDS = 400


class CorpusPreview(QTextEdit):
    """Read-only text: the first words of the corpus as word ids turned back into words."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setFont(text_font(12))
        self.setToolTip(
            tr(
                "The start of the text as word2vec reads it: lower-case words of the vocabulary only (rarer words "
                "are left out). Each word learns a vector from the words around it"
            )
        )


def show_corpus(stack: QStackedWidget, caption: QLabel, ds: Any) -> None:
    """Show corpus dataset ``ds`` in the data dock's ``stack`` (adding the preview once) and describe it."""
    preview = stack.findChild(CorpusPreview)
    if preview is None:
        preview = CorpusPreview()
        stack.addWidget(preview)
    stack.setCurrentWidget(preview)
    words = ds.class_names
    preview.setPlainText(" ".join(words[i] for i in ds.x_train[:SHOWN_WORDS]) + " …")
    total = len(ds.x_train) + len(ds.x_test)
    caption.setText(
        tr(
            "{words} words read, {vocab} different ones with a vector; most frequent: {top}",
            words=integer(total),
            vocab=integer(len(words)),
            top=", ".join(words[:8]),
        )
        + f"\n{tr(ds.source)}"
    )
    caption.show()
