"""The activation panel: one histogram per hidden layer, dead / saturated titles, the weights toggle."""

from __future__ import annotations

import numpy as np
import pytest
from plots_support import run
from PySide6.QtCore import Qt

from playground.ui.plots import ActivationPanel
from playground.ui.plots.activations import MAX_PLOTS, pick_layers


@pytest.fixture
def panel(qtbot):
    panel = ActivationPanel()
    qtbot.addWidget(panel)
    panel.resize(560, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def titles(panel: ActivationPanel) -> list[str]:
    return [panel.plots[i].titleLabel.text for i in range(len(panel.shown))]


def test_one_histogram_per_activation_layer_with_the_probe_counts(panel) -> None:
    spiral = run("spiral-deep", 200, snapshots=5)
    snap = spiral.last
    panel.show_snapshot(snap)
    acts = [n for n in spiral.trainer.model.order if snap.kinds[n] == "Activation"]
    assert panel.shown == acts
    assert len(panel.layout_widget.ci.items) == 3
    for nid in acts:
        edges, counts = panel.histogram_data(nid)
        np.testing.assert_array_equal(edges, snap.activation_hist[nid].edges)  # len(edges) == len(counts) + 1
        np.testing.assert_array_equal(counts, snap.activation_hist[nid].counts)
    assert titles(panel) == [f"{snap.names[n]} · {snap.saturated_fraction[n]:.0%} sat." for n in acts]
    assert "sat. = in the flat tails" in panel.note.text()  # the abbreviation is explained


def test_relu_titles_report_dead_units(panel) -> None:
    snap = run("vanishing-relu-he", 10).last
    panel.show_snapshot(snap)
    assert len(panel.shown) == 10
    for title, nid in zip(titles(panel), panel.shown, strict=True):
        assert title == f"{snap.names[nid]} · {snap.dead_fraction[nid]:.0%} dead"
    assert "dead = never active" in panel.note.text()


def test_weights_toggle_shows_each_dense_layers_weights(panel, qtbot) -> None:
    sigmoid = run("vanishing-sigmoid", 10)
    snap = sigmoid.last
    panel.show_snapshot(snap)
    assert len(panel.shown) == 10  # act1 … act10
    qtbot.mouseClick(panel.show_weights, Qt.MouseButton.LeftButton)
    assert panel.mode == "weights"
    dense = [n for n in sigmoid.trainer.model.order if snap.kinds[n] == "Dense"]
    assert panel.shown == dense and len(dense) == 11
    for nid in dense:
        edges, counts = panel.histogram_data(nid)
        np.testing.assert_array_equal(counts, snap.weight_hist[nid].counts)
        assert counts.sum() == sigmoid.trainer.model.layers[nid].weight.numel()
    assert titles(panel) == [snap.names[n] for n in dense]
    panel.show_snapshot(snap)  # the choice sticks for the next snapshots
    assert panel.shown == dense
    qtbot.mouseClick(panel.show_activations, Qt.MouseButton.LeftButton)
    assert panel.shown[0] == next(n for n in sigmoid.trainer.model.order if snap.kinds[n] == "Activation")


def test_many_layers_are_spread_over_twelve_plots() -> None:
    ids = [f"n{i}" for i in range(30)]
    picked = pick_layers(ids, {})
    assert len(picked) == MAX_PLOTS and picked[0] == "n0" and picked[-1] == "n29"
    kinds = {n: ("Activation" if i % 2 else "Dense") for i, n in enumerate(ids[:8])}
    assert pick_layers(ids[:8], kinds) == ["n1", "n3", "n5", "n7"]


def test_sigmoid_histograms_span_the_whole_output_range_relu_ones_follow_their_data(panel, qtbot) -> None:
    panel.show_snapshot(run("vanishing-sigmoid", 10).last)
    qtbot.wait(10)
    for plot in panel.plots[:10]:
        x0, x1 = plot.getViewBox().viewRange()[0]
        assert x0 <= 0.0 and x1 >= 1.0  # a collapse to a spike at 0.5 shows as one
    xor = run("xor-mlp", 400).last
    panel.show_snapshot(xor)
    qtbot.wait(10)
    hist = xor.activation_hist[panel.shown[0]]  # ReLU outputs: the range follows the histogram
    (x0, x1), (y0, y1) = panel.plots[0].getViewBox().viewRange()
    assert x0 <= hist.edges[0] and x1 >= hist.edges[-1] and x1 - x0 < 1.5 * (hist.edges[-1] - hist.edges[0])
    assert y0 == pytest.approx(0.0, abs=1e-9) and y1 >= hist.counts.max()
