"""Guard against PySide6 6.12.0 on Python 3.11, which drops a reference to None on every Qt call
returning nothing until the interpreter aborts (pyproject pins PySide6 below 6.12)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(2000):
        widget.resize(100 + i % 7, 80)
    after = sys.getrefcount(None)
    assert after >= before - 10, f"None lost {before - after} references in 2000 resize() calls"
