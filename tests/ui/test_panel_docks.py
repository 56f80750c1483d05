"""The window shows the panels a design needs: boundary for 2D points, filters for CNNs, latent for autoencoders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from training_support import open_window, preset

from playground.ui.panel_docks import design_traits
from playground.ui.plots import (
    BoundaryPanel,
    ClassificationPanel,
    FeatureMapsPanel,
    FiltersPanel,
    LatentPanel,
    LossPanel,
    NeuronPanel,
    ReconstructionPanel,
)


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path)
    yield win
    win.close()


def shown(window) -> set[type]:
    return {type(d.widget()) for d in window.panel_docks if not d.isHidden()}


def in_menu(window) -> set[type]:
    return {type(d.widget()) for d in window.panel_docks if d.toggleViewAction().isVisible()}


def test_a_2d_classifier_gets_the_boundary_and_no_image_panels(window):
    assert {BoundaryPanel, NeuronPanel, LossPanel} <= shown(window)
    assert not shown(window) & {FiltersPanel, FeatureMapsPanel, ClassificationPanel, ReconstructionPanel, LatentPanel}
    assert in_menu(window) == shown(window)  # View ▸ Plots lists only what the design can use


def test_a_cnn_preset_swaps_the_boundary_for_filters_feature_maps_and_classification(window):
    window.document.set_project(preset("cnn-digits"))
    assert {FiltersPanel, FeatureMapsPanel, ClassificationPanel, LossPanel} <= shown(window)
    assert not shown(window) & {BoundaryPanel, NeuronPanel, ReconstructionPanel, LatentPanel}
    assert in_menu(window) == shown(window)
    # The first needed panel (filters, a square picture) stands first in the bottom row, beside the loss curve.
    filters = next(d for d in window.panel_docks if isinstance(d.widget(), FiltersPanel))
    loss = next(d for d in window.panel_docks if isinstance(d.widget(), LossPanel))
    assert not window.tabifiedDockWidgets(filters) and filters.geometry().right() < loss.geometry().left()


def test_an_autoencoder_gets_reconstructions_and_its_latent_space(window):
    window.document.set_project(preset("autoencoder-digits"))
    assert {ReconstructionPanel, LatentPanel, LossPanel} <= shown(window)
    assert not shown(window) & {BoundaryPanel, ClassificationPanel, FiltersPanel}


def test_adding_a_conv_layer_brings_the_filters_panel(window, qtbot):
    window.document.set_project(preset("mlp-vs-cnn-digits"))
    assert FiltersPanel not in shown(window)
    window.add_layer_at_centre("Conv2d", {})
    assert FiltersPanel in shown(window)
    window.document.undo_stack.undo()
    assert FiltersPanel not in shown(window)


def test_choosing_an_image_dataset_in_the_data_panel_hides_the_boundary(window):
    combo = window.data_panel.form.fields["dataset"].editor
    combo.setFocus()
    while combo.currentData() != "digits8":
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert window.document.project.data["dataset"] == "digits8"
    assert BoundaryPanel not in shown(window) and NeuronPanel not in shown(window)
    while window.document.project.data["dataset"] != "xor":  # each key press was one undo step
        window.document.undo_stack.undo()
    assert BoundaryPanel in shown(window)


def test_design_traits_read_the_data_kind_the_task_and_the_kinds():
    traits = design_traits(preset("cnn-digits"))
    assert traits.data_kind == "images" and traits.task == "multiclass"
    assert {"Conv2d", "MaxPool2d", "Flatten"} <= traits.kinds


def test_a_lesson_brings_the_panels_it_asks_for_to_the_front(window, qtbot):
    from playground.ui.plots.activation_curves import ActivationCurvesPanel

    window.document.set_project(preset("activation-functions"))
    curves = next(d for d in window.panel_docks if isinstance(d.widget(), ActivationCurvesPanel))
    assert ActivationCurvesPanel in shown(window)
    qtbot.waitUntil(curves.widget().isVisible)  # the front tab of its group, not hidden behind another
