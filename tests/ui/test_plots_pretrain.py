"""The pretraining panel, fed the snapshots of a real short run of the self-supervised lesson."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from playground.engine.train import Trainer
from playground.graph import read_project
from playground.ui.design_traits import DesignTraits
from playground.ui.plots import PANEL_CLASSES
from playground.ui.plots.pretrain import PretrainPanel, smoothed
from playground.ui.plots.pretrain_pairs import EMPTY_CELL, FRAME, PretextPanel, hex_rgb, pair_tile
from playground.ui.theme import ERROR_COLOR, OK_COLOR

PRESET = Path(__file__).resolve().parents[2] / "resources" / "presets" / "self-supervised-transfer.json"
SCREENSHOT = os.environ.get("PRETRAIN_SCREENSHOT", "")
"""Where to save a picture of the panel (empty: none), for looking at it by eye."""
PAIRS_SCREENSHOT = os.environ.get("PRETEXT_SCREENSHOT", "")


@pytest.fixture(scope="module")
def run() -> Trainer:
    project = read_project(PRESET)
    project.variants, project.lesson = [], {}
    project.training["pretrain_steps"] = 40
    return Trainer(project)


def test_it_shows_only_for_runs_that_pretrain() -> None:
    assert PretrainPanel in PANEL_CLASSES
    assert PretrainPanel.shows_for(DesignTraits("images", "multiclass", pretrain="relative_position"))
    assert PretrainPanel.shows_for(DesignTraits("images", "multiclass", pretrain="rbm"))
    assert not PretrainPanel.shows_for(DesignTraits("images", "multiclass", pretrain="none"))
    assert not PretrainPanel.shows_for(DesignTraits("images", "multiclass"))


def test_smoothing_is_a_trailing_mean() -> None:
    assert np.allclose(smoothed(np.array([1.0, 3.0, 5.0, 7.0]), 2), [1.0, 2.0, 4.0, 6.0])
    assert np.allclose(smoothed(np.array([1.0, np.nan, 3.0]), 5), [1.0, 1.0, 2.0])


def test_it_draws_the_phase_and_its_end(qtbot, run: Trainer) -> None:
    panel = PretrainPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 420)
    panel.show()
    assert panel.hint_text()  # "Press Play to train" until a run reports
    run.step(30)
    panel.show_snapshot(run.snapshot({"pretraining"}))
    assert panel.hint_text() is None
    assert "30 of 40" in panel.stage.text()
    steps, loss = panel.loss_curve.getData()
    assert len(steps) == 30 and steps[-1] == 29 and np.isfinite(loss).all()
    assert len(panel.accuracy_curve.getData()[0]) == 30
    assert panel.accuracy_plot.isVisible()
    assert panel.chance_line.isVisible() and panel.chance_line.value() == pytest.approx(1 / 8)
    assert panel.end_lines[0].value() == 40
    assert "12.5" in panel.accuracy_legend.text() and "cross-entropy" in panel.loss_legend.text()

    run.step(20)  # past the pretraining: the labels train the head now
    panel.show_snapshot(run.snapshot({"pretraining"}))
    assert "fine-tuning" in panel.stage.text()
    assert len(panel.loss_curve.getData()[0]) == 40  # the pretraining's curve ends where it ended
    if SCREENSHOT:
        panel.grab().save(SCREENSHOT)

    panel.show_snapshot(run.snapshot(set()))  # a snapshot without the probe keeps the picture
    assert len(panel.loss_curve.getData()[0]) == 40
    panel.clear()
    assert panel.hint_text() and panel.loss_curve.getData()[0] is None


def test_pretext_pairs_show_the_guesses(qtbot, run: Trainer) -> None:
    panel = PretextPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 360)
    panel.show()
    assert PretextPanel in PANEL_CLASSES
    assert PretextPanel.shows_for(DesignTraits("images", "multiclass", pretrain="relative_position"))
    assert not PretextPanel.shows_for(DesignTraits("images", "multiclass", pretrain="rbm"))
    snap = run.snapshot({"pretext"})
    panel.show_snapshot(snap)
    assert panel.hint_text() is None
    picture = panel.image.image
    cell = 8 + 2 * FRAME
    assert picture.ndim == 3 and picture.shape[2] == 3 and picture.shape[0] >= 2 * 3 * cell
    view = snap.pretext
    right = int((view.truth == view.predicted).sum())
    assert f"right: {right} of 8" in panel.legend.text()
    if PAIRS_SCREENSHOT:
        panel.grab().save(PAIRS_SCREENSHOT)


def test_a_pair_tile_places_the_neighbour_and_frames_the_guess() -> None:
    centre, other = np.full((8, 8), 0.25, np.float32), np.full((8, 8), 0.75, np.float32)
    tile = pair_tile(centre, other, truth=4, guess=0)  # neighbour on the right, guessed top left: wrong
    cell = 8 + 2 * FRAME
    assert tile.shape == (3 * cell, 3 * cell, 3)
    assert np.allclose(tile[cell + FRAME, cell + FRAME], 0.25)  # the centre patch
    assert np.allclose(tile[cell + FRAME, 2 * cell + FRAME], 0.75)  # the neighbour in its true cell
    assert np.allclose(tile[0, 0], hex_rgb(ERROR_COLOR))  # the guess's frame
    assert np.allclose(tile[2 * cell + FRAME, FRAME], EMPTY_CELL)  # an unused cell
    right = pair_tile(centre, other, truth=4, guess=4)
    assert np.allclose(right[cell, 2 * cell], hex_rgb(OK_COLOR))


def test_choosing_a_pretraining_in_the_training_panel_brings_its_panels(qtbot, tmp_path) -> None:
    from training_support import open_window, preset

    window = open_window(qtbot, tmp_path)
    try:
        window.document.set_project(preset("cnn-digits"))

        def shown() -> set[type]:
            return {type(d.widget()) for d in window.panel_docks if not d.isHidden()}

        assert not shown() & {PretrainPanel, PretextPanel}
        combo = window.training_panel.form.fields["pretrain"].editor
        combo.setFocus()
        while combo.currentData() != "relative_position":
            QTest.keyClick(combo, Qt.Key.Key_Down)
        assert window.document.project.training["pretrain"] == "relative_position"
        assert {PretrainPanel, PretextPanel} <= shown()
        assert PretextPanel in shown()
        window.document.undo_stack.undo()  # each key press was one step: back to "rbm" first
        assert PretrainPanel in shown() and PretextPanel not in shown()
        window.document.undo_stack.undo()
        assert window.document.project.training["pretrain"] == "none"
        assert not shown() & {PretrainPanel, PretextPanel}
    finally:
        window.close()
