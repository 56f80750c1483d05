"""The RBM panels (weights, reconstructions, curves), fed the snapshots of a real short run of the DBN lesson."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from playground.engine.train import Trainer
from playground.graph import read_project
from playground.ui.design_traits import DesignTraits
from playground.ui.plots import PANEL_CLASSES
from playground.ui.plots.rbm import RbmFiltersPanel, RbmReconstructionPanel
from playground.ui.plots.rbm_curves import RbmCurvesPanel

PRESET = Path(__file__).resolve().parents[2] / "resources" / "presets" / "dbn-vs-scratch.json"
SCREENSHOT_DIR = os.environ.get("RBM_SCREENSHOT_DIR", "")
"""Where to save pictures of the panels (empty: none), for looking at them by eye."""
PANELS = (RbmFiltersPanel, RbmReconstructionPanel, RbmCurvesPanel)


@pytest.fixture(scope="module")
def run() -> Trainer:
    project = read_project(PRESET)
    project.variants, project.lesson = [], {}
    project.training["pretrain_steps"] = 60
    return Trainer(project)


def test_they_show_only_for_designs_whose_rbms_the_run_pretrains() -> None:
    dbn = frozenset({"Input", "Flatten", "RBM", "Output"})
    for panel in PANELS:
        assert panel in PANEL_CLASSES
        assert panel.shows_for(DesignTraits("images", "multiclass", dbn, pretrain="rbm"))
        assert not panel.shows_for(DesignTraits("images", "multiclass", dbn, pretrain="none"))
        assert not panel.shows_for(
            DesignTraits("images", "multiclass", frozenset({"Input", "Conv2d", "Output"}), pretrain="rbm")
        )


def test_they_draw_the_rbm_in_training_then_the_first_one(qtbot, run: Trainer) -> None:
    panels = [cls() for cls in PANELS]
    for panel in panels:
        qtbot.addWidget(panel)
        panel.resize(480, 420)
        panel.show()
        assert panel.hint_text()  # "Press Play to train" until a run reports
    filters, recon, curves = panels
    run.step(85)  # the second RBM is learning (its curves have a point every 25 steps)
    snapshot = run.snapshot({"rbm"})
    for panel in panels:
        panel.show_snapshot(snapshot)
        assert panel.hint_text() is None
    assert "RBM 2 of 2" in filters.caption.text() and "CD-1" in filters.caption.text()
    picture = filters.image.image
    assert filters.layout_ is not None and filters.layout_.count == 32  # one tile per hidden unit
    assert picture.shape == (filters.layout_.height, filters.layout_.width)
    assert filters.image.levels[1] == pytest.approx(filters.scale) and filters.scale > 0
    assert recon.samples == 10 and recon.tile_shape == (8, 8)
    assert recon.row_names[:2] == ["input", "reconstruction, k = 1"]
    steps, errors = curves.curves["error", "train"].getData()
    assert steps[0] == 60 and steps[-1] == 85 and np.isfinite(errors).all()
    assert len(curves.curves["energy", "test"].getData()[0]) == len(steps)
    if SCREENSHOT_DIR:
        qtbot.wait(20)  # the labels' new texts resize them at the next layout pass
        for panel in panels:
            panel.grab().save(str(Path(SCREENSHOT_DIR) / f"{type(panel).__name__}.png"))

    run.step(45)  # fine-tuning: the panels go back to the first RBM, its weights as 8×8 images
    snapshot = run.snapshot({"rbm"})
    for panel in panels:
        panel.show_snapshot(snapshot)
    assert "RBM 1 of 2" in filters.caption.text() and "done" in filters.caption.text()
    assert filters.layout_.count == 64 and (filters.layout_.tile_h, filters.layout_.tile_w) == (8, 8)
    assert curves.curves["error", "train"].getData()[0][0] == 0

    for panel in panels:
        panel.clear()
        assert panel.hint_text()
    assert filters.image.image is None and len(curves.curves["error", "test"].getData()[0] or []) == 0
