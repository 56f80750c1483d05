"""The gradient panel: log10 bars in input → output order, states, verdict, update ratios, history heatmap."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from plots_support import run

from playground.ui.plots import GradientPanel
from playground.ui.plots.colors import state_color
from playground.ui.plots.gradients import HISTORY, gradient_verdict, layer_states, ratio_text


@pytest.fixture
def panel(qtbot):
    panel = GradientPanel()
    qtbot.addWidget(panel)
    panel.resize(560, 420)
    return panel


def test_bars_are_log10_grad_norms_from_input_to_output(panel) -> None:
    sigmoid = run("vanishing-sigmoid", 10)
    snap = sigmoid.last
    panel.show_snapshot(snap)
    order = sigmoid.trainer.model.parameterised()  # topological: input side first
    np.testing.assert_allclose(panel.bar_values(), np.log10([snap.grad_norms[n] for n in order]))
    np.testing.assert_array_equal(panel.bars.opts["y"], np.arange(len(order)))
    ticks = panel.bars_plot.getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == [snap.names[n] for n in order] == [f"dense{i}" for i in range(1, 12)]
    assert panel.bars_plot.getViewBox().yInverted()  # the first layer on top
    # Tick labels on the log axis are powers of ten.
    assert all(label.startswith("10") for _, label in panel.bars_plot.getAxis("bottom")._tickLevels[0])


def test_vanishing_sigmoid_is_called_vanishing_and_coloured_so(panel) -> None:
    snap = run("vanishing-sigmoid", 10).last
    panel.show_snapshot(snap)
    text = panel.verdict.text()
    assert text.startswith("Gradients vanish toward the input: the first layer gets 1/")
    norms = list(snap.grad_norms.values())
    assert ratio_text(norms[0] / norms[-1]) in text
    assert panel.states[0] == "vanishing" and panel.states[-1] == "healthy"
    colors = [b.color().name().upper() for b in panel.bars.opts["brushes"]]
    assert colors[0] == state_color("vanishing") and colors[-1] == state_color("healthy")
    assert "vanishing" in panel.legend.text()  # the colours are explained in words


def test_he_initialised_relu_net_is_not_vanishing(panel) -> None:
    panel.show_snapshot(run("vanishing-relu-he", 10).last)
    assert "vanish" not in panel.verdict.text()
    assert panel.verdict.text().startswith("Gradients flow well")
    assert set(panel.states) == {"healthy"}


def test_update_ratio_bars_are_log10_of_the_probe(panel) -> None:
    snap = run("spiral-deep", 200, snapshots=5).last
    panel.show_snapshot(snap)
    ids = list(snap.grad_norms)
    assert set(snap.update_ratio) == set(ids)
    np.testing.assert_allclose(panel.update_bars.opts["x1"], np.log10([snap.update_ratio[n] for n in ids]))
    assert not panel.update_note.isVisible()
    first = run("spiral-deep", 200, snapshots=5).snapshots[0]  # before any step: no gradients, no updates
    panel.show_snapshot(first)
    assert panel.hint_text() == "Gradients appear after the first training step"


def test_history_heatmap_keeps_the_last_snapshots_per_layer(panel) -> None:
    sigmoid = run("vanishing-sigmoid", 10, snapshots=4)
    trained = sigmoid.snapshots[1:]
    for snap in trained:
        panel.show_snapshot(snap)
    history = panel.history()
    assert history.shape == (len(trained), 11)  # time along x
    for column, snap in zip(history, trained, strict=True):
        np.testing.assert_allclose(column, np.log10(list(snap.grad_norms.values())))
    np.testing.assert_array_equal(panel.heat.image, history)  # the filled part, stretched to the plot
    for _ in range(HISTORY + 5):
        panel.show_snapshot(trained[-1])
    assert panel.history().shape == panel.heat.image.shape == (HISTORY, 11)
    lo, hi = panel.heat.getLevels()
    assert lo <= panel.heat.image.min() and hi >= panel.heat.image.max()


def test_a_new_design_or_a_reset_restarts_the_history(panel) -> None:
    panel.show_snapshot(run("vanishing-sigmoid", 10).last)
    xor = run("xor-mlp", 400)
    panel.show_snapshot(xor.snapshots[2])
    assert panel.history().shape == (1, 2)
    assert len(panel.bar_values()) == 2
    panel.show_snapshot(xor.snapshots[3])
    assert panel.history().shape == (2, 2)
    panel.show_snapshot(xor.snapshots[1])  # the step went back: the run was reset
    assert panel.history().shape == (1, 2)
    panel.clear()  # what the session does on Reset
    assert panel.history().shape == (0, 0)
    panel.show_snapshot(xor.snapshots[0])  # step 0 after a reset: no gradients yet
    assert panel.hint_text() == "Gradients appear after the first training step"
    assert panel.verdict.text() == "No gradients yet: take a training step."


def test_verdict_sentences() -> None:
    names = ["dense1", "dense2", "dense3"]
    assert gradient_verdict(names, [1e-4, 1e-2, 0.4]) == (
        "Gradients vanish toward the input: the first layer gets 1/4,000 of the last layer's."
    )
    assert gradient_verdict(names, [50.0, 5.0, 0.1]) == (
        "Gradients explode toward the input: the first layer gets 500× the last layer's."
    )
    assert gradient_verdict(names, [0.2, 0.1, 0.1]) == "Gradients flow well: the first layer gets 2× the last layer's."
    assert "not finite in dense2" in gradient_verdict(names, [0.1, math.inf, 0.1])
    assert gradient_verdict([], []) == "No gradients yet: take a training step."
    assert gradient_verdict(names, [0.0, 0.1, 0.1]) == (  # dead ReLUs (a collapsed GAN generator) stop all of it
        "The first layer (dense1) gets no gradient at all: the units after it may all be dead."
    )
    assert layer_states([1e-5, 1e-3, 0.5, 80.0, 0.1]) == ["vanishing", "healthy", "healthy", "exploding", "healthy"]


def test_a_non_finite_gradient_is_a_full_exploding_bar(panel) -> None:
    snap = run("xor-mlp", 400).last
    first, last = list(snap.grad_norms)
    panel.show_snapshot(dataclasses.replace(snap, grad_norms={first: math.inf, last: snap.grad_norms[last]}))
    top = panel.bars_plot.getViewBox().viewRange()[0][1]
    assert panel.bar_values()[0] == pytest.approx(top)
    assert panel.states == ["exploding", "healthy"]
    assert panel.verdict.text().startswith(f"Gradients are not finite in {snap.names[first]}")


def test_a_gan_is_judged_network_by_network_and_the_verdict_is_the_generators(panel) -> None:
    """The generator's gradient comes through the discriminator: G's first layer is compared with G's last, and
    each network's bars with that network's own last layer, never G's first with D's last."""
    snap = run("gan", 40).last
    ids = list(snap.grad_norms)
    assert {snap.networks[nid] for nid in ids} == {"generator", "discriminator"}
    panel.show_snapshot(snap)
    generator = [nid for nid in ids if snap.networks[nid] == "generator"]
    expected = gradient_verdict([snap.names[n] for n in generator], [snap.grad_norms[n] for n in generator])
    assert panel.verdict.text() == "Generator: " + expected[0].lower() + expected[1:]
    # A generator whose first layer gets 10⁻⁶ of its last: vanishing, however large D's gradients are.
    first, *_, last = generator
    scaled = {**snap.grad_norms, first: snap.grad_norms[last] * 1e-6}
    panel.show_snapshot(dataclasses.replace(snap, grad_norms=scaled))
    assert panel.verdict.text().startswith("Generator: gradients vanish toward the input")
    assert panel.states[ids.index(first)] == "vanishing"
    discriminator = [i for i, nid in enumerate(ids) if snap.networks[nid] == "discriminator"]
    assert panel.states[discriminator[-1]] == "healthy"  # D's last layer is D's own reference
