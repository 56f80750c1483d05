"""The prediction-vs-target panel: curves along time for numbers, rows of symbols for symbols, ◀ ▶, captions."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt
from test_plots_sequence_fakes import (
    STEPS,
    adding_dataset,
    remember_dataset,
    sine_dataset,
    snapshot,
    symbol_view,
    text_dataset,
    value_view,
)

from playground.graph.settings import TEXT_ALPHABET
from playground.ui.plots.base import EMPTY_HINT, DesignTraits
from playground.ui.plots.sequence import BAR_SPAN, RIGHT_COLOR, WRONG_COLOR, SequencePanel


@pytest.fixture
def panel(qtbot):
    panel = SequencePanel()
    qtbot.addWidget(panel)
    panel.resize(480, 360)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def curve(item) -> tuple[np.ndarray, np.ndarray]:
    x, y = item.getData()
    return (np.zeros(0), np.zeros(0)) if x is None else (np.asarray(x), np.asarray(y))


def test_shown_for_sequence_data_only() -> None:
    assert SequencePanel.probes == frozenset({"sequence"})
    assert SequencePanel.shows_for(DesignTraits("sequence", "regression", frozenset({"LSTM"}), "sine"))
    assert SequencePanel.shows_for(DesignTraits("sequence", "multiclass", frozenset({"GRU"}), "text"))
    assert not SequencePanel.shows_for(DesignTraits("points", "binary", frozenset({"Dense"}), "xor"))
    assert not SequencePanel.shows_for(DesignTraits("gan", "", frozenset({"Dense"}), "ring"))


def test_every_step_regression_draws_input_target_and_prediction_one_step_ahead(panel) -> None:
    data = sine_dataset(mode="every")
    view = value_view(data)
    panel.set_dataset(data)
    panel.show_snapshot(snapshot(sequence=view))
    assert panel.hint_text() is None and panel.values_plot.isVisible() and not panel.symbols_plot.isVisible()
    t = np.arange(1, STEPS + 1)
    x, y = curve(panel.input_curve)
    np.testing.assert_array_equal(x, t)
    np.testing.assert_allclose(y, view.series[0])
    # The value after step t is drawn at t + 1, where the sine's next input is: the dashed target lies on it.
    x, y = curve(panel.target_curve)
    np.testing.assert_array_equal(x, t + 1)
    np.testing.assert_allclose(y, view.targets[0])
    np.testing.assert_allclose(y[:-1], view.series[0, 1:])
    x, y = curve(panel.prediction_curve)
    np.testing.assert_array_equal(x, t + 1)
    np.testing.assert_allclose(y, view.predictions[0], rtol=1e-6)
    assert len(panel.target_point.data) == 0 and not panel.end_line.isVisible()
    error = np.mean(np.abs(view.predictions[0] - view.targets[0]))
    assert panel.caption.text() == (
        f"mean error {error:.3f} over {STEPS} steps · after the last step: "
        f"target {view.targets[0, -1]:.2f}, predicted {view.predictions[0, -1]:.2f}"
    )
    assert "target (the next value)" in panel.legend.text()


def test_a_prediction_after_the_last_step_is_two_markers_after_the_end(panel) -> None:
    view = value_view(sine_dataset())
    panel.show_snapshot(snapshot(sequence=view))
    assert len(curve(panel.target_curve)[0]) == 0 and len(curve(panel.prediction_curve)[0]) == 0
    (tx, ty), (px, py) = (item.getData() for item in (panel.target_point, panel.prediction_point))
    assert list(tx) == list(px) == [STEPS + 1.0]
    assert ty[0] == pytest.approx(view.targets[0]) and py[0] == pytest.approx(view.predictions[0])
    assert panel.end_line.isVisible() and panel.end_line.value() == STEPS + 0.5
    t, p = float(view.targets[0]), float(view.predictions[0])
    assert panel.caption.text() == f"target {t:.2f}, predicted {p:.2f} · error {abs(p - t):.2f}"
    # Every drawn value is inside the plot.
    (x0, x1), (y0, y1) = panel.values_plot.getPlotItem().viewRange()
    assert x0 < 1 and x1 > STEPS + 1
    assert y0 <= min(view.series[0].min(), t, p) and y1 >= max(view.series[0].max(), t, p)


def test_the_adding_problem_highlights_its_marked_steps_and_reads_the_sum(panel) -> None:
    view = value_view(adding_dataset(), error=0.1)
    panel.show_snapshot(snapshot(sequence=view))
    hits = np.flatnonzero(view.markers[0] > 0.5)
    assert len(hits) == 2
    x, y = panel.marked_points.getData()
    np.testing.assert_array_equal(x, hits + 1)
    np.testing.assert_allclose(y, view.series[0, hits])
    np.testing.assert_array_equal(panel.marked_bands.opts["x"], hits + 1)
    a, b = view.series[0, hits]
    t, p = float(view.targets[0]), float(view.predictions[0])
    assert panel.caption.text() == (
        f"target {t:.2f} = {a:.2f} + {b:.2f} (the marked values), predicted {p:.2f} · error {abs(p - t):.2f}"
    )
    assert "marked steps" in panel.legend.text()


def test_prev_and_next_walk_through_the_shown_sequences_without_asking_the_worker(panel, qtbot) -> None:
    view = value_view(sine_dataset())
    asked: list[tuple] = []
    panel.option_changed.connect(lambda *args: asked.append(args))
    panel.show_snapshot(snapshot(sequence=view))
    assert panel.position.text() == "1 of 4 (test #0)"
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.position.text() == "2 of 4 (test #2)"
    np.testing.assert_allclose(curve(panel.input_curve)[1], view.series[1])
    assert panel.target_point.getData()[1][0] == pytest.approx(view.targets[1])
    qtbot.mouseClick(panel.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.prev_button, Qt.MouseButton.LeftButton)  # wraps round to the last
    assert panel.position.text() == "4 of 4 (test #6)"
    np.testing.assert_allclose(curve(panel.input_curve)[1], view.series[3])
    # The next snapshot keeps the choice; one with fewer sequences clamps it.
    panel.show_snapshot(snapshot(sequence=view))
    assert panel.pick == 3
    fewer = dataclasses.replace(
        view,
        indices=view.indices[:2],
        series=view.series[:2],
        markers=None,
        targets=view.targets[:2],
        predictions=view.predictions[:2],
    )
    panel.show_snapshot(snapshot(sequence=fewer))
    assert panel.position.text() == "2 of 2 (test #2)"
    assert asked == []


def test_a_single_sequence_disables_the_buttons(panel) -> None:
    view = value_view(sine_dataset(), shown=1)
    panel.show_snapshot(snapshot(sequence=view))
    assert not panel.next_button.isEnabled() and not panel.prev_button.isEnabled()


def test_remember_shows_the_symbols_and_the_answer_after_the_end(panel, qtbot) -> None:
    data = remember_dataset()
    panel.set_dataset(data)
    view = symbol_view(data, wrong_every=2)  # sequence 0 right, sequence 1 wrong
    panel.show_snapshot(snapshot(sequence=view))
    assert panel.symbols_plot.isVisible() and not panel.values_plot.isVisible()
    names = data.class_names
    assert panel.symbol_texts("input") == [names[k] for k in view.series[0].astype(int)]
    first = names[int(view.series[0, 0])]
    assert panel.symbol_texts("target") == [first] and panel.symbol_texts("predicted") == [first]
    assert panel.caption.text() == f"first symbol {first}, predicted {first} (p = 0.90) ✓"
    predicted = [item for item in panel.symbol_items["predicted"] if item.isVisible()]
    assert predicted[0].color.name().upper() == RIGHT_COLOR
    # The answer column is after the last step and labelled "end"; its bar is p(target) high.
    answer_x, step = panel.columns[-1]
    assert step == -1 and answer_x > STEPS
    assert predicted[0].pos().x() == answer_x
    ticks = panel.symbols_plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert ticks[-1] == (answer_x, "end")
    np.testing.assert_allclose(panel.p_bars.opts["height"], [0.9 * BAR_SPAN])

    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    want, got = names[view.targets[1]], names[view.predictions[1]]
    assert want != got
    assert panel.caption.text() == f"first symbol {want}, predicted {got} ✗ ({want} got p = 0.20)"
    predicted = [item for item in panel.symbol_items["predicted"] if item.isVisible()]
    assert predicted[0].color.name().upper() == WRONG_COLOR


def test_text_shows_three_rows_per_step_coloured_by_correctness(panel) -> None:
    data = text_dataset()
    view = symbol_view(data, symbols=TEXT_ALPHABET)
    panel.show_snapshot(snapshot(sequence=view))
    shown = [TEXT_ALPHABET[k] for k in view.series[0].astype(int)]
    assert panel.symbol_texts("input") == [{" ": "␣", "\n": "↵"}.get(c, c) for c in shown]
    assert "".join(panel.symbol_texts("target")).replace("␣", " ") == "".join(TEXT_ALPHABET[k] for k in view.targets[0])
    colours = [item.color.name().upper() for item in panel.symbol_items["predicted"] if item.isVisible()]
    right = view.targets[0] == view.predictions[0]
    assert colours == [RIGHT_COLOR if r else WRONG_COLOR for r in right]
    np.testing.assert_allclose(panel.p_bars.opts["height"], view.probabilities[0] * BAR_SPAN)
    assert panel.caption.text() == (
        f"{int(right.sum())} of {STEPS} next symbols right · mean p(target) = {view.probabilities[0].mean():.2f}"
    )
    # Columns line up: each step's input, target and prediction share one x.
    xs = {row: [item.pos().x() for item in panel.symbol_items[row] if item.isVisible()] for row in panel.symbol_items}
    assert xs["input"] == xs["target"] == xs["predicted"] == list(np.arange(1.0, STEPS + 1))


def test_long_text_shows_the_latest_steps_that_fit_and_more_when_wider(panel, qtbot) -> None:
    data = text_dataset(steps=80)
    view = symbol_view(data, symbols=TEXT_ALPHABET)
    panel.show_snapshot(snapshot(sequence=view))
    narrow = len(panel.symbol_texts("input"))
    assert 10 <= narrow < 80
    assert panel.columns[-1] == (80.0, 79)  # the latest steps, up to the last
    assert panel.caption.text().endswith(f"(last {narrow} shown)")
    latest = view.series[0, 80 - narrow :].astype(int)
    expected = [{" ": "␣", "\n": "↵"}.get(TEXT_ALPHABET[k], TEXT_ALPHABET[k]) for k in latest]
    assert panel.symbol_texts("input") == expected
    panel.resize(900, 360)
    qtbot.waitUntil(lambda: len(panel.symbol_texts("input")) > narrow, timeout=2000)
    (x0, x1), _ = panel.symbols_plot.getPlotItem().viewRange()
    assert x0 < panel.columns[0][0] and x1 > 80


def test_hints_before_a_run_while_waiting_and_after_clear(panel) -> None:
    assert panel.hint_text() == EMPTY_HINT
    panel.show_snapshot(snapshot())
    assert "Waiting" in panel.hint_text()
    view = value_view(sine_dataset())
    panel.show_snapshot(snapshot(sequence=view))
    assert panel.hint_text() is None
    panel.show_snapshot(snapshot())  # a snapshot without the probe keeps the picture
    assert panel.hint_text() is None and len(curve(panel.input_curve)[0]) == STEPS
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT and panel.caption.text() == "" and len(curve(panel.input_curve)[0]) == 0
    assert not panel.next_button.isEnabled()


def test_the_value_axis_stays_put_while_the_predictions_wobble(panel) -> None:
    data = sine_dataset()
    panel.show_snapshot(snapshot(sequence=value_view(data, seed=1)))
    first = panel.values_plot.getPlotItem().viewRange()[1]
    panel.show_snapshot(snapshot(sequence=value_view(data, seed=2)))
    assert panel.values_plot.getPlotItem().viewRange()[1] == first
    wild = value_view(data)
    wild.predictions[0] = 25.0  # a prediction far off the range: the axis follows it
    panel.show_snapshot(snapshot(sequence=wild))
    assert panel.values_plot.getPlotItem().viewRange()[1][1] > 25.0
