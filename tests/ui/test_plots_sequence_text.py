"""The generated-text panel (samples newest first, the temperature slider) and the data panel's sequence preview."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from test_plots_sequence_fakes import (
    RHYME,
    STEPS,
    adding_dataset,
    remember_dataset,
    sine_dataset,
    snapshot,
    text_dataset,
    text_sample,
)

from playground.ui.plots.base import EMPTY_HINT, DesignTraits
from playground.ui.plots.sequence_preview import PREVIEW_SEQUENCES, SequencePreview, sequence_ids
from playground.ui.plots.text_sample import KEPT_SAMPLES, TextPanel


@pytest.fixture
def panel(qtbot):
    panel = TextPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 360)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_text_panel_shown_for_the_text_set_only() -> None:
    assert TextPanel.probes == frozenset({"text"})
    assert TextPanel.shows_for(DesignTraits("sequence", "multiclass", frozenset({"LSTM"}), "text"))
    assert not TextPanel.shows_for(DesignTraits("sequence", "multiclass", frozenset({"LSTM"}), "remember"))


def test_samples_are_listed_newest_first_with_their_step(panel) -> None:
    for step in (100, 200, 300):
        panel.show_snapshot(snapshot(step=step, text=text_sample(step, f"sample written at {step}")))
    assert panel.hint_text() is None
    shown = panel.box.toPlainText()
    assert shown.index("step 300") < shown.index("step 200") < shown.index("step 100")
    assert "sample written at 300" in shown and "twinkle, " in shown  # the prime leads each sample
    assert [s.step for s in panel.samples] == [300, 200, 100]
    # Snapshots repeat the latest sample until a new one is written: it is listed once.
    panel.show_snapshot(snapshot(step=310, text=text_sample(300, "sample written at 300")))
    assert panel.box.toPlainText().count("step 300") == 1
    # Only the newest few are kept.
    for step in range(400, 400 + 10 * KEPT_SAMPLES, 10):
        panel.show_snapshot(snapshot(step=step, text=text_sample(step, f"at {step}")))
    assert len(panel.samples) == KEPT_SAMPLES and "step 100" not in panel.box.toPlainText()


def test_the_text_box_is_read_only_monospace_and_shows_text_literally(panel) -> None:
    panel.show_snapshot(snapshot(step=5, text=text_sample(5, "a <b>bold</b> & line\nbreak")))
    assert panel.box.isReadOnly() and QFontInfo(panel.box.font()).fixedPitch()
    assert panel.box.font().pointSize() >= 14
    assert "a <b>bold</b> & line\nbreak" in panel.box.toPlainText()


def test_a_reset_run_starts_a_new_list(panel) -> None:
    panel.show_snapshot(snapshot(step=900, text=text_sample(900, "old run")))
    panel.show_snapshot(snapshot(step=50, text=text_sample(50, "new run")))
    assert [s.step for s in panel.samples] == [50] and "old run" not in panel.box.toPlainText()
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT and panel.box.toPlainText() == "" and not panel.samples


def test_the_temperature_slider_emits_its_value_and_explains_itself(panel, qtbot) -> None:
    asked: list[tuple] = []
    panel.option_changed.connect(lambda *args: asked.append(args))
    assert panel.temperature == 1.0 and panel.value_label.text() == "1.0 balanced"
    assert "repetitive" in panel.slider.toolTip() and "adventurous" in panel.slider.toolTip()
    panel.slider.setFocus()
    qtbot.keyClick(panel.slider, Qt.Key.Key_Right)
    assert asked == [("temperature", 1.1)] and panel.value_label.text() == "1.1 balanced"
    qtbot.keyClick(panel.slider, Qt.Key.Key_PageUp)
    assert asked[-1] == ("temperature", 1.6) and panel.value_label.text() == "1.6 adventurous"
    qtbot.keyClick(panel.slider, Qt.Key.Key_End)
    assert asked[-1] == ("temperature", 2.0)
    qtbot.keyClick(panel.slider, Qt.Key.Key_Home)
    assert asked[-1] == ("temperature", 0.1) and panel.value_label.text() == "0.1 safe, repetitive"
    assert all(isinstance(value, float) for _, value in asked)


def test_the_slider_follows_the_temperature_the_worker_used(panel, qtbot) -> None:
    asked: list[tuple] = []
    panel.option_changed.connect(lambda *args: asked.append(args))
    panel.show_snapshot(snapshot(step=10, text=text_sample(10, "x", temperature=0.5)))
    assert panel.temperature == 0.5 and asked == []  # the worker already samples at 0.5
    panel.slider.setFocus()
    qtbot.keyClick(panel.slider, Qt.Key.Key_Right)
    assert asked == [("temperature", 0.6)]
    # A sample written before the worker heard of 0.6 leaves the slider where the user put it.
    panel.show_snapshot(snapshot(step=20, text=text_sample(20, "y", temperature=0.5)))
    assert panel.temperature == 0.6
    panel.show_snapshot(snapshot(step=30, text=text_sample(30, "z", temperature=0.6)))
    panel.show_snapshot(snapshot(step=40, text=text_sample(40, "w", temperature=1.5)))  # another run's setting
    assert panel.temperature == 1.5 and len(asked) == 1


def test_waiting_hint(panel) -> None:
    assert panel.hint_text() == EMPTY_HINT
    panel.show_snapshot(snapshot(step=3))
    assert "Waiting" in panel.hint_text()


# --- the data panel's preview -------------------------------------------------------------------


@pytest.fixture
def preview(qtbot):
    preview = SequencePreview()
    qtbot.addWidget(preview)
    preview.resize(360, 300)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def test_numeric_sequences_are_lines_with_the_target_after_the_end(preview) -> None:
    data = sine_dataset()
    preview.show_dataset(data)
    assert preview.stack.currentWidget() is preview.plots_widget
    for i in range(PREVIEW_SEQUENCES):
        x, y = preview.curves[i].getData()
        np.testing.assert_array_equal(x, np.arange(1, STEPS + 1))
        np.testing.assert_array_equal(y, data.x_train[i, :, 0])
        tx, ty = preview.targets[i].getData()
        assert list(tx) == [STEPS + 1.0] and ty[0] == pytest.approx(data.y_train[i, 0])
    assert "24 sequences of 20 steps" in preview.caption.text() and "next value" in preview.caption.text()
    # Predicting at every step: the target is the next input, no extra dot.
    preview.show_dataset(sine_dataset(mode="every"))
    assert len(preview.targets[0].data) == 0 and "every step" in preview.caption.text()


def test_the_adding_problem_rings_its_marked_steps(preview) -> None:
    data = adding_dataset()
    preview.show_dataset(data)
    for i in range(PREVIEW_SEQUENCES):
        hits = np.flatnonzero(data.x_train[i, :, 1] > 0.5)
        x, y = preview.marks[i].getData()
        np.testing.assert_array_equal(x, hits + 1)
        np.testing.assert_array_equal(y, data.x_train[i, hits, 0])
    assert "marked steps" in preview.caption.text() and "their sum" in preview.caption.text()


def test_symbol_sequences_are_rows_of_symbols(preview) -> None:
    data = remember_dataset()
    preview.show_dataset(data)
    assert preview.stack.currentWidget() is preview.symbols
    ids = sequence_ids(data.x_train[:PREVIEW_SEQUENCES])
    first = " ".join(data.class_names[k] for k in ids[0])
    assert preview.symbol_rows[0] == f"{first} → {data.class_names[data.y_train[0]]}"
    assert len(preview.symbol_rows) == PREVIEW_SEQUENCES and "4 symbols" in preview.caption.text()
    preview.show_dataset(text_dataset())
    assert preview.symbol_rows[0] == RHYME[:STEPS].replace("\n", "↵")
    assert "next character" in preview.caption.text()
    # Long text wraps inside the preview instead of widening it.
    preview.show_dataset(text_dataset(steps=80))
    assert preview.width() == 360 and preview.symbols.width() <= 360


def test_no_dataset_clears_the_preview(preview) -> None:
    preview.show_dataset(sine_dataset())
    preview.show_dataset(None)
    assert all(len(curve.getData()[0] if curve.getData()[0] is not None else []) == 0 for curve in preview.curves)
    assert preview.caption.text() == "" and preview.symbol_rows == []
