"""Every live panel: the shared interface, the empty state, and drawing again after ``clear``."""

from __future__ import annotations

import pytest
from plots_support import PROJECTS, preset, run

from playground.engine.probes import PROBES
from playground.ui.panel_docks import design_traits
from playground.ui.plots import (
    PANEL_CLASSES,
    ActivationPanel,
    BoundaryPanel,
    ClassificationPanel,
    EmbeddingMapPanel,
    FeatureMapsPanel,
    FiltersPanel,
    GanMetricsPanel,
    GanPanel,
    GatesPanel,
    GradientPanel,
    HiddenGradPanel,
    LatentPanel,
    LossPanel,
    NeighboursPanel,
    NeuronPanel,
    PretextPanel,
    PretrainPanel,
    RbmCurvesPanel,
    RbmFiltersPanel,
    RbmReconstructionPanel,
    ReconstructionPanel,
    RegionsPanel,
    SequencePanel,
    TextPanel,
    TruthTablePanel,
)
from playground.ui.plots.activation_curves import ActivationCurvesPanel
from playground.ui.plots.base import EMPTY_HINT, log_ticks, power_of_ten
from playground.ui.plots.compare import CompareLossPanel
from playground.ui.plots.optimizer_paths import OptimizerPathsPanel
from playground.ui.plots.teaching import TeachingPanel
from playground.ui.plots.variant_grid import VariantGridPanel

RUNS = {"xor-mlp": 400, "cnn8": 60, "ae8": 60, "char12": 40, "gan": 40, "regression-vs-classification": 40,
        "word2vec": 100, "pretext": 30, "logic": 20, "distributed-regions": 20,
        "rbm-digits": 40}
"""A small run of each kind of design: 2D points, a CNN on 8×8 digits, an autoencoder on them, a character
LSTM, a GAN, a comparison of two designs."""
SNAPSHOT_PANELS = [cls for cls in PANEL_CLASSES if not issubclass(cls, TeachingPanel)]
"""The panels that draw runs (the teaching panels draw curves of their own, from the first time they show)."""


def run_for(panel_class: type) -> object:
    """The first small run whose design the panel is for."""
    for name, steps in RUNS.items():
        if panel_class.shows_for(design_traits(PROJECTS[name]() if name in PROJECTS else preset(name))):
            return run(name, steps)
    raise AssertionError(f"no run for {panel_class.__name__}")


def test_panels_come_in_dock_order_with_titles_and_known_probes() -> None:
    assert [
        VariantGridPanel,
        CompareLossPanel,
        TruthTablePanel,
        RegionsPanel,
        BoundaryPanel,
        GanPanel,
        EmbeddingMapPanel,
        FiltersPanel,
        RbmFiltersPanel,
        ReconstructionPanel,
        RbmReconstructionPanel,
        SequencePanel,
        LossPanel,
        NeighboursPanel,
        PretrainPanel,
        PretextPanel,
        RbmCurvesPanel,
        GanMetricsPanel,
        ClassificationPanel,
        LatentPanel,
        TextPanel,
        HiddenGradPanel,
        FeatureMapsPanel,
        GatesPanel,
        GradientPanel,
        ActivationPanel,
        NeuronPanel,
        ActivationCurvesPanel,
        OptimizerPathsPanel,
    ] == PANEL_CLASSES
    titles = [cls.title for cls in PANEL_CLASSES]
    assert all(titles) and len(set(titles)) == len(titles)
    for cls in PANEL_CLASSES:
        assert isinstance(cls.probes, frozenset) and cls.probes <= set(PROBES)
    assert LossPanel.probes == frozenset()  # curves come with every snapshot
    assert set().union(*(cls.probes for cls in PANEL_CLASSES)) == set(PROBES)  # every probe has a reader


@pytest.mark.parametrize("panel_class", SNAPSHOT_PANELS)
def test_a_new_panel_is_empty_and_says_press_play(qtbot, panel_class) -> None:
    panel = panel_class()
    qtbot.addWidget(panel)
    assert panel.hint_text() == EMPTY_HINT


@pytest.mark.parametrize("panel_class", SNAPSHOT_PANELS)
def test_clear_then_show_draws_again(qtbot, panel_class) -> None:
    xor = run_for(panel_class)
    panel = panel_class()
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_dataset(xor.dataset)
    panel.show_snapshot(xor.last)
    assert panel.hint_text() is None
    first = panel.grab().toImage()
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT
    panel.show_snapshot(xor.snapshots[1])
    panel.show_snapshot(xor.last)
    assert panel.hint_text() is None
    assert panel.grab().toImage().size() == first.size()


def test_panels_after_clear_hold_no_data(qtbot) -> None:
    xor = run("xor-mlp", 400)
    classes = [BoundaryPanel, LossPanel, GradientPanel, ActivationPanel, NeuronPanel]
    panels = [cls() for cls in classes]
    for panel in panels:
        qtbot.addWidget(panel)
        panel.set_dataset(xor.dataset)
        panel.show_snapshot(xor.last)
        panel.clear()
    boundary, loss, gradients, activations, neurons = panels
    assert boundary.heat.image is None and boundary.classes_image.image is None
    assert len(boundary.train_points.data) == len(xor.dataset.points_train)  # the data stays on show
    assert len(loss.train_curve.getData()[0] or []) == 0
    assert len(gradients.bar_values()) == 0 and gradients.heat.image is None
    assert activations.shown == [] and len(activations.layout_widget.ci.items) == 0
    assert neurons.tile_keys == [] and not neurons.mosaic.isVisible()


def test_log_ticks_are_powers_of_ten() -> None:
    assert power_of_ten(-3) == "10⁻³" and power_of_ten(2) == "10²"
    assert log_ticks(-3.5, 0.2) == [(-3.0, "10⁻³"), (-2.0, "10⁻²"), (-1.0, "10⁻¹"), (0.0, "10⁰")]
    assert [v for v, _ in log_ticks(-9.5, 0.3, max_ticks=3)] == [-9.0, -5.0, -1.0]


@pytest.mark.parametrize("panel_class", [BoundaryPanel, GradientPanel, ActivationPanel, NeuronPanel])
def test_a_snapshot_without_the_panels_probes_waits_or_keeps_the_last_drawing(qtbot, panel_class) -> None:
    """A dock just shown gets the latest snapshot at once, computed before its probes were asked for."""
    xor = run("xor-mlp", 400)
    bare = xor.trainer.snapshot()  # no probes at all, after training steps
    panel = panel_class()
    qtbot.addWidget(panel)
    panel.set_dataset(xor.dataset)
    panel.show_snapshot(bare)
    assert panel.hint_text().startswith("Waiting for")
    panel.show_snapshot(xor.last)
    assert panel.hint_text() is None
    before = panel.grab().toImage()
    panel.show_snapshot(bare)
    assert panel.hint_text() is None
    assert panel.grab().toImage() == before
