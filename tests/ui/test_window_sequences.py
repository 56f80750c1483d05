"""A lecturer's recurrent-network minute in the real window: the sequence panels, the Epoch button on
sequences, the gates of a chosen sequence, and text written at a chosen temperature."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from training_support import START_MS, click, click_action, click_tab, open_window

from playground.ui.plots import (
    BoundaryPanel,
    GatesPanel,
    HiddenGradPanel,
    LossPanel,
    SequencePanel,
    TextPanel,
)


def panel_of(window, cls):
    return next(d.widget() for d in window.panel_docks if isinstance(d.widget(), cls))


def shown_panels(window) -> set[type]:
    return {type(d.widget()) for d in window.panel_docks if not d.isHidden()}


@pytest.fixture
def memory(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, "lstm-memory", (1600, 1000))
    yield win
    win.close()


def test_a_recurrent_design_shows_the_sequence_panels_and_an_epoch_is_one_pass_over_the_sequences(memory, qtbot):
    window, session = memory, memory.session
    shown = shown_panels(window)
    assert {SequencePanel, LossPanel, HiddenGradPanel, GatesPanel} <= shown
    assert BoundaryPanel not in shown and TextPanel not in shown  # no plane, no text
    qtbot.waitUntil(lambda: not session.loading or session.thread is None, timeout=START_MS)
    click_action(window, window.training_actions.epoch)
    n_train = round(2000 * 0.8)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step > 0, timeout=START_MS)
    assert session.latest.step == math.ceil(n_train / 32)  # 50 steps of 32 sequences
    sequences, gates = panel_of(window, SequencePanel), panel_of(window, GatesPanel)
    qtbot.waitUntil(lambda: sequences.hint_text() is None, timeout=10000)
    assert session.latest.sequence.target_mode == "last"
    # The gates follow the sequence picked in their panel: the next button asks the worker for test sequence 1.
    click_tab(window, gates.title)
    qtbot.waitUntil(lambda: gates.hint_text() is None, timeout=10000)
    click(gates.next_button)
    qtbot.waitUntil(lambda: session.latest.gate_sample == 1, timeout=10000)
    trace = next(iter(session.latest.gates.values()))
    assert set(trace.gates) == {"input", "forget", "cell candidate", "output"}
    assert trace.state.shape[1] == 80  # units × 80 time steps


def test_the_text_panel_writes_at_the_temperature_its_slider_sets(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, "char-lstm", (1600, 1000))
    session, text = window.session, panel_of(window, TextPanel)
    assert TextPanel in shown_panels(window)
    qtbot.waitUntil(lambda: not session.loading or session.thread is None, timeout=START_MS)
    click_tab(window, text.title)
    text.slider.setFocus()
    for _ in range(3):
        QTest.keyClick(text.slider, Qt.Key.Key_PageUp)
    wanted = text.temperature
    click_action(window, window.training_actions.step)
    qtbot.waitUntil(
        lambda: session.latest is not None and session.latest.text is not None
        and session.latest.text.temperature == pytest.approx(wanted),
        timeout=START_MS,
    )
    assert len(session.latest.text.text) > 0
    qtbot.waitUntil(lambda: text.hint_text() is None, timeout=10000)
    assert session.latest.text.text[:20] in text.box.toPlainText()
    window.close()
