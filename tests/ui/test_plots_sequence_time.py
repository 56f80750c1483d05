"""The panels of recurrent layers over time: gradient through time (curves, log axis, verdict) and gate heatmaps."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from test_plots_sequence_fakes import (
    STEPS,
    gru_trace,
    hidden_grads,
    lstm_trace,
    remember_dataset,
    rnn_trace,
    sine_dataset,
    snapshot,
    text_dataset,
    vanishing_norms,
)

from playground.graph.settings import TEXT_ALPHABET
from playground.ui.plots.base import EMPTY_HINT, DesignTraits
from playground.ui.plots.colors import state_color
from playground.ui.plots.gates import GatesPanel
from playground.ui.plots.hidden_grads import HiddenGradPanel, ratio_words, time_state, time_verdict

NAMES = {"r0": "lstm1", "r1": "gru2"}


def show(qtbot, panel):
    qtbot.addWidget(panel)
    panel.resize(480, 360)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


# --- gradient through time --------------------------------------------------------------------


def test_hidden_grads_shown_for_recurrent_designs() -> None:
    assert HiddenGradPanel.probes == frozenset({"hidden_grads"})
    assert HiddenGradPanel.shows_for(DesignTraits("sequence", "regression", frozenset({"Input", "RNN", "Output"})))
    assert not HiddenGradPanel.shows_for(DesignTraits("sequence", "regression", frozenset({"Input", "Dense"})))


def test_vanishing_gradients_are_a_falling_line_on_a_log_axis_and_said_so(qtbot) -> None:
    panel = show(qtbot, HiddenGradPanel())
    norms = vanishing_norms(factor=0.5)  # the first step gets 0.5¹⁹ ≈ 2·10⁻⁶ of the last step's
    panel.show_snapshot(snapshot(names=NAMES, hidden_grads=hidden_grads(norms)))
    assert panel.hint_text() is None
    x, y = panel.curve_values(0)
    np.testing.assert_array_equal(x, np.arange(1, STEPS + 1))
    np.testing.assert_allclose(y, np.log10(norms))
    assert panel.verdict.text() == (
        "Vanishing: the first step gets 10⁻⁶ of the last step's gradient — the early inputs barely learn."
    )
    assert panel.state == "vanishing" and state_color("vanishing") in panel.verdict.styleSheet()
    assert "lstm1" in panel.legend.text()
    item = panel.plot.getPlotItem()
    (x0, x1), (y0, y1) = item.viewRange()
    assert x0 < 1 and x1 > STEPS and y0 <= y.min() and y1 >= y.max()
    ticks = item.getAxis("left")._tickLevels[0]
    assert ticks and all(label.startswith("10") for _, label in ticks)
    assert all(y0 <= v <= y1 for v, _ in ticks) and (-1.0, "10⁻¹") in ticks


def test_the_log_axis_stays_put_while_the_gradients_wobble(qtbot) -> None:
    panel = show(qtbot, HiddenGradPanel())
    norms = vanishing_norms(factor=0.7)
    panel.show_snapshot(snapshot(names=NAMES, hidden_grads=hidden_grads(norms)))
    before = panel.plot.getPlotItem().viewRange()[1]
    panel.show_snapshot(snapshot(step=101, names=NAMES, hidden_grads=hidden_grads(norms * 1.3)))
    assert panel.plot.getPlotItem().viewRange()[1] == before
    panel.show_snapshot(snapshot(step=102, names=NAMES, hidden_grads=hidden_grads(norms * 1e4)))
    assert panel.plot.getPlotItem().viewRange()[1][1] >= math.log10(norms[-1] * 1e4)


def test_two_layers_get_two_curves_and_the_verdict_names_the_worse(qtbot) -> None:
    panel = show(qtbot, HiddenGradPanel())
    mild, wild = vanishing_norms(factor=0.9), vanishing_norms(factor=1.6)
    panel.show_snapshot(snapshot(names=NAMES, hidden_grads=hidden_grads(mild, wild)))
    np.testing.assert_allclose(panel.curve_values(0)[1], np.log10(mild))
    np.testing.assert_allclose(panel.curve_values(1)[1], np.log10(wild))
    assert "lstm1" in panel.legend.text() and "gru2" in panel.legend.text()
    ratio = wild[0] / wild[-1]
    assert panel.verdict.text() == (
        f"gru2 — exploding: the first step gets {ratio_words(ratio)} the last step's gradient "
        "— clip the gradients or lower the recurrent gain."
    )
    assert panel.state == "exploding"
    # A design with one layer again: the second curve empties.
    panel.show_snapshot(snapshot(names=NAMES, hidden_grads=hidden_grads(mild)))
    assert len(panel.curve_values(1)[0]) == 0 and "gru2" not in panel.legend.text()


def test_verdict_sentences() -> None:
    assert time_verdict(np.array([0.05, 0.1])) == (
        "Healthy: the first step gets 1/2 of the last step's gradient — the early inputs still learn."
    )
    assert time_verdict(np.array([0.3, 0.1])).startswith("Healthy: the first step gets 3× the last step's")
    assert time_verdict(np.array([5e-5, 0.1])).startswith("Vanishing: the first step gets 10⁻³ of")
    assert time_verdict(np.array([5e-4, 0.1])).startswith("Healthy: the first step gets 1/200 of")  # fading, not gone
    assert time_verdict(np.array([400.0, 0.1])).startswith("Exploding: the first step gets 10⁴× the")
    assert time_verdict(np.array([1e6, 0.1])).startswith("Exploding: the first step gets 10⁷× the")
    assert time_verdict(np.array([np.inf, 0.1])).startswith("Not finite")
    assert time_verdict(np.array([0.0, 0.1])).startswith("Vanishing: no gradient at all reaches the first step")
    assert time_verdict(np.array([0.1, 0.0])).startswith("No gradient reaches the last step")
    assert time_verdict(np.array([0.1])).startswith("One time step")
    assert [time_state(np.array(n)) for n in ([1e-4, 1.0], [1.0, 1.0], [1e4, 1.0])] == [
        "vanishing",
        "healthy",
        "exploding",
    ]
    assert [ratio_words(r) for r in (2e-6, 0.025, 40.0, 3e5)] == ["10⁻⁶", "1/40", "40×", "10⁵×"]


def test_hidden_grads_hints(qtbot) -> None:
    panel = show(qtbot, HiddenGradPanel())
    assert panel.hint_text() == EMPTY_HINT
    panel.show_snapshot(snapshot(step=0))
    assert "after the first training step" in panel.hint_text()
    panel.show_snapshot(snapshot(step=5))
    assert "Waiting" in panel.hint_text()
    panel.show_snapshot(snapshot(step=6, names=NAMES, hidden_grads=hidden_grads(vanishing_norms())))
    panel.show_snapshot(snapshot(step=7))  # no probe in this one: the curve stays
    assert panel.hint_text() is None and len(panel.curve_values(0)[0]) == STEPS
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT and panel.verdict.text() == "" and len(panel.curve_values(0)[0]) == 0


# --- gates --------------------------------------------------------------------------------------


@pytest.fixture
def gates(qtbot):
    panel = show(qtbot, GatesPanel())
    panel.set_dataset(remember_dataset())
    return panel


def test_gates_shown_for_recurrent_kinds() -> None:
    assert GatesPanel.probes == frozenset({"gates"})
    for kind in ("LSTM", "GRU", "RNN"):
        assert GatesPanel.shows_for(DesignTraits("sequence", "regression", frozenset({"Input", kind})))
    assert not GatesPanel.shows_for(DesignTraits("sequence", "regression", frozenset({"Input", "Dense"})))


def test_lstm_gates_are_heatmaps_on_fixed_levels_in_the_lectures_order(gates) -> None:
    trace = lstm_trace()
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": trace}, gate_sample=0))
    assert gates.hint_text() is None
    assert gates.map_names == ["forget", "input", "cell candidate", "output", "cell", "hidden"]
    arrays = [*(trace.gates[n] for n in gates.map_names[:4]), trace.cell, trace.state]
    for k, values in enumerate(arrays):
        np.testing.assert_array_equal(gates.images[k].image, values)
    levels = [tuple(image.getLevels()) for image in gates.images[:6]]
    assert levels == [(0, 1), (0, 1), (-1, 1), (0, 1), (-1, 1), (-1, 1)]  # sigmoid gates 0..1, the rest −1..1
    titles = [gates.plots[k].titleLabel.text for k in range(6)]
    assert "forget gate fₜ" in titles[0] and "input gate iₜ" in titles[1] and "oₜ" in titles[3]
    assert "hidden state hₜ" in titles[5]
    # Units down, steps across (step 1 at x = 1).
    rect = gates.images[0].mapRectToParent(gates.images[0].boundingRect())
    assert (rect.left(), rect.width(), rect.height()) == (0.5, STEPS, trace.state.shape[0])
    assert not gates.layer_combo.isVisible()  # one recurrent layer: nothing to choose
    assert "8 units" in gates.caption.text() and f"{STEPS} steps" in gates.caption.text()


def test_gru_and_plain_rnn_maps(gates) -> None:
    gates.show_snapshot(snapshot(names=NAMES, gates={"r1": gru_trace()}, gate_sample=0))
    assert gates.map_names == ["update", "reset", "candidate", "hidden"]
    assert "update gate zₜ" in gates.plots[0].titleLabel.text and "rₜ" in gates.plots[1].titleLabel.text
    assert [tuple(gates.images[k].getLevels()) for k in range(4)] == [(0, 1), (0, 1), (-1, 1), (-1, 1)]
    trace = rnn_trace()
    gates.show_snapshot(snapshot(names=NAMES, gates={"r1": trace}, gate_sample=0))
    assert gates.map_names == ["hidden"]  # h_t is the plain RNN's only "gate": drawn once
    np.testing.assert_array_equal(gates.images[0].image, trace.state)
    assert not gates.gate_bar.isVisible() and gates.value_bar.isVisible()


def test_the_sequence_picker_asks_the_worker_and_follows_its_answer(gates, qtbot) -> None:
    asked: list[tuple] = []
    gates.option_changed.connect(lambda *args: asked.append(args))
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": lstm_trace()}, gate_sample=0))
    qtbot.mouseClick(gates.next_button, Qt.MouseButton.LeftButton)
    assert asked == [("sequence_sample", 1)] and gates.sample == 1
    # A snapshot taken before the worker heard of it must not move the picker back.
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": lstm_trace()}, gate_sample=0))
    assert gates.spin.value() == 1
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": lstm_trace()}, gate_sample=1))
    qtbot.mouseClick(gates.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(gates.prev_button, Qt.MouseButton.LeftButton)  # wraps round to the last test sequence
    assert asked[1:] == [("sequence_sample", 0), ("sequence_sample", 11)]
    gates.spin.setFocus()
    qtbot.keyClick(gates.spin, Qt.Key.Key_Up)
    assert asked[-1] == ("sequence_sample", 0)
    # Another panel chose sequence 5: the picker follows without asking again.
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": lstm_trace()}, gate_sample=0))
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": lstm_trace()}, gate_sample=5))
    assert gates.spin.value() == 5 and asked[-1] == ("sequence_sample", 0)


def test_several_layers_get_a_combo(gates, qtbot) -> None:
    lstm, gru = lstm_trace(), gru_trace()
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": lstm, "r1": gru}, gate_sample=0))
    assert gates.layer_combo.isVisible()
    assert [gates.layer_combo.itemText(k) for k in range(2)] == ["lstm1", "gru2"]
    assert gates.layer == "r0" and len(gates.map_names) == 6
    gates.layer_combo.setFocus()
    qtbot.keyClick(gates.layer_combo, Qt.Key.Key_Down)
    assert gates.layer == "r1" and gates.map_names == ["update", "reset", "candidate", "hidden"]
    np.testing.assert_array_equal(gates.images[0].image, gru.gates["update"])
    assert "gru2" in gates.caption.text()


def test_symbol_sequences_label_the_time_axis_with_their_symbols(gates) -> None:
    data = text_dataset()
    gates.set_dataset(data)
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": lstm_trace()}, gate_sample=2))
    expected = [{" ": "␣", "\n": "↵"}.get(TEXT_ALPHABET[k], TEXT_ALPHABET[k]) for k in data.x_test[2]]
    assert gates.time_labels() == expected
    gates.set_dataset(sine_dataset())  # numbers: the steps are numbered
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": lstm_trace()}, gate_sample=2))
    assert gates.time_labels() == []


def test_gates_hints(gates) -> None:
    assert gates.hint_text() == EMPTY_HINT
    gates.show_snapshot(snapshot())
    assert "Waiting" in gates.hint_text()
    gates.show_snapshot(snapshot(names=NAMES, gates={"r0": lstm_trace()}, gate_sample=0))
    gates.show_snapshot(snapshot())
    assert gates.hint_text() is None and gates.images[0].image is not None
    gates.clear()
    assert gates.hint_text() == EMPTY_HINT and gates.map_names == [] and gates.images[0].image is None
