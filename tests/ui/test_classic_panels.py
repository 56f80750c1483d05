"""The classic lessons in the window: hand-set weights typed into the inspector change the truth table at once;
the regions panel colours the plane and counts the regions."""

from __future__ import annotations

import numpy as np
import pytest
from editor_support import click, node_centre
from training_support import click_action, open_window, type_into

from playground.engine.regions import RegionsView
from playground.engine.snapshot import Snapshot
from playground.ui import hand_set
from playground.ui.form_fields import parse_numbers
from playground.ui.plots import RegionsPanel, TruthTablePanel

START_MS = 20000


def _window(qtbot, tmp_path, name):
    window = open_window(qtbot, tmp_path, name)
    assert isinstance(window.hand_set, hand_set.HandSetFollower)  # the window installs the follower itself
    return window


def _panel(window, cls):
    return next(p for p in window.session.panels() if isinstance(p, cls))


def _verdicts(panel):
    return [row[-1] for row in panel.cell_texts()]


def _select_neuron(window, index=0):
    neuron = window.document.project.graph.nodes_of_kind("Threshold")[index]
    click(window.view, node_centre(window.view, neuron.id))
    assert window.inspector.node_id == neuron.id
    return neuron


def test_typing_a_threshold_in_the_inspector_changes_the_truth_table_at_once(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, "mcculloch-pitts-and-or")
    table = _panel(window, TruthTablePanel)
    dock = next(d for d in window.panel_docks if d.widget() is table)
    assert not dock.isHidden()  # the lesson's panel is on show
    click_action(window, window.training_actions.reset)  # a run at step 0: the table of the hand-set neuron
    qtbot.waitUntil(lambda: table.shown is not None, timeout=START_MS)
    assert table.caption.text() == "AND: 4 of 4 rows right"
    assert [row[:4] for row in table.cell_texts()] == [
        ["0", "0", "0", "0"],
        ["0", "1", "0", "0"],
        ["1", "0", "0", "0"],
        ["1", "1", "1", "1"],
    ]
    neuron = _select_neuron(window)
    theta = window.inspector.form.fields["theta"].editor
    type_into(theta.lineEdit(), "1")
    assert neuron.params["theta"] == 1.0
    # no Reset pressed: the run follows the edit (nothing learned is lost)
    qtbot.waitUntil(lambda: table.caption.text() == "AND: 2 of 4 rows right", timeout=START_MS)
    assert _verdicts(table) == ["✓ right", "✗ wrong", "✗ wrong", "✓ right"]
    assert not window.session.stale
    # the weights: a list typed as text
    weights = window.inspector.form.fields["weights"].editor
    type_into(weights, "-1, -1")
    assert neuron.params["weights"] == [-1.0, -1.0]
    qtbot.waitUntil(lambda: [r[2] for r in table.cell_texts()] == ["0", "0", "0", "0"], timeout=START_MS)
    assert table.caption.text() == "AND: 3 of 4 rows right"
    window.document.undo_stack.undo()
    assert weights.text() == "1, 1"  # the widget follows the model
    qtbot.waitUntil(lambda: table.caption.text() == "AND: 2 of 4 rows right", timeout=START_MS)


def test_play_on_hand_set_weights_says_there_is_nothing_to_learn_and_stays_paused(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, "mcculloch-pitts-xor")
    table = _panel(window, TruthTablePanel)
    click_action(window, window.training_actions.play)
    qtbot.waitUntil(lambda: table.shown is not None, timeout=START_MS)
    assert not window.session.playing and not window.session.failure
    assert window.statusBar().currentMessage().startswith("Nothing to learn: the weights are set by hand")
    assert table.caption.text() == "XOR: 4 of 4 rows right"


def test_a_bad_weights_list_is_refused_and_the_table_stays(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, "mcculloch-pitts-not")
    table = _panel(window, TruthTablePanel)
    click_action(window, window.training_actions.reset)
    qtbot.waitUntil(lambda: table.shown is not None, timeout=START_MS)
    assert table.caption.text() == "NOT: 2 of 2 rows right"
    assert table.table.columnCount() == 4  # x₁, the network, the gate, the verdict
    neuron = _select_neuron(window)
    type_into(window.inspector.form.fields["weights"].editor, "minus one")
    assert neuron.params["weights"] == [-1.0]
    assert window.document.undo_stack.count() == 0


def test_parse_numbers_reads_what_a_lecturer_types():
    assert parse_numbers("1, 1") == [1.0, 1.0]
    assert parse_numbers("-1 0.5") == [-1.0, 0.5]
    assert parse_numbers("[1, -2]") == [1.0, -2.0]
    assert parse_numbers("0,5; −1") == [0.5, -1.0]  # decimal commas need semicolons between the numbers
    assert parse_numbers("one") == "one" and parse_numbers("") == ""
    # "0,5" might be a decimal comma or two weights without a space: refused, never guessed
    assert parse_numbers("0,5") == "0,5" and parse_numbers("-0,5") == "-0,5" and parse_numbers("1,1") == "1,1"
    assert parse_numbers("0,5; 1") == [0.5, 1.0] and parse_numbers("1, 1,5") == "1, 1,5"


def test_the_regions_lesson_shows_seven_labelled_regions(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, "distributed-regions")
    panel = _panel(window, RegionsPanel)
    assert not next(d for d in window.panel_docks if d.widget() is panel).isHidden()
    click_action(window, window.training_actions.reset)
    qtbot.waitUntil(lambda: panel.shown is not None, timeout=START_MS)
    assert panel.caption.text() == (
        "Step units: 3 · regions: 7 (at most 7) · a decision tree with as many tests: 4 leaves"
    )
    assert sorted(panel.code_texts()) == ["001", "010", "011", "100", "101", "110", "111"]
    assert panel.image.image is not None and panel.image.image.shape[:2] == (60, 60)
    assert panel.hint_text() is None


@pytest.mark.parametrize("count", [4, 2])
def test_regions_panel_draws_fake_snapshots_and_reuses_its_labels(qtbot, count):
    panel = RegionsPanel()
    qtbot.addWidget(panel)
    codes = np.zeros((10, 10), np.int64)
    for i in range(count):
        codes[:, i * 10 // count :] = i
    labels = [(float(i), 0.0, f"{i:02b}") for i in range(count)]
    snap = Snapshot(0, 0.0, 0.5, 0.5, None, None, extent=(-1.0, 1.0, -1.0, 1.0))
    snap.regions = RegionsView(codes=codes, units=2, count=count, labels=labels)
    panel.show_snapshot(snap)
    assert panel.code_texts() == [text for _, _, text in labels]
    assert panel.caption.text() == (
        f"Step units: 2 · regions: {count} (at most 4) · a decision tree with as many tests: 3 leaves"
    )
    rgba = panel.image.image
    assert rgba.shape == (10, 10, 4) and len({tuple(rgba[x, 5]) for x in range(10)}) == count
    panel.clear()
    assert panel.code_texts() == [] and panel.hint_text()
