"""Self-supervised pretraining by the relative position of two patches (engine.pretext)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from engine_helpers import chain_graph, load_preset, make_project, mlp_project

from playground.engine.pretext import OFFSETS, Geometry, RelativePosition, cut_pairs, geometry, trunk_layers
from playground.engine.run_setup import TrainingError
from playground.engine.train import Trainer

CONV, HEAD = ("n2", "n5"), "n10"
"""The preset's two Conv2d layers (the trunk, frozen) and its Dense head."""


def _project(pretrain_steps: int = 60, **training):
    """The lesson's design on its data (5 labelled digits of each class), without the comparison."""
    project = load_preset("self-supervised-transfer")
    project.variants, project.lesson = [], {}
    project.data["train_per_class"] = 5
    project.training.update({"pretrain": "relative_position", "pretrain_steps": pretrain_steps, **training})
    return project


def _layer(trainer: Trainer, nid: str) -> list[torch.Tensor]:
    return [p.detach().clone() for p in trainer.model.layers[nid].parameters()]


def _same(a: list[torch.Tensor], b: list[torch.Tensor]) -> bool:
    return all(torch.equal(x, y) for x, y in zip(a, b, strict=True))


def test_the_grid_of_the_digits_covers_the_image() -> None:
    grid = geometry(28, 28)
    assert grid == Geometry(patch=8, gap=2, jitter=1)
    assert grid.span == 28


def test_each_label_cuts_the_neighbour_at_its_place() -> None:
    """Pixels hold their own coordinates (row·100 + column + 1), so a patch's corner says where it was cut."""
    rows, cols = np.mgrid[0:28, 0:28]
    image = torch.tensor(rows * 100 + cols + 1, dtype=torch.float32)[None, None]
    grid = Geometry(8, 2, 1)
    labels = torch.arange(8)
    images = image.repeat(8, 1, 1, 1)
    centre, other = cut_pairs(images, labels, torch.zeros(8, 4, dtype=torch.long), grid)
    assert centre.shape == other.shape == (8, 1, 8, 8)
    for k, (dr, dc) in enumerate(OFFSETS):
        assert centre[k, 0, 0, 0] == 10 * 100 + 10 + 1  # the centre cell starts at (10, 10)
        top, left = 10 + 10 * dr, 10 + 10 * dc  # cells are 8 pixels + a 2-pixel gap apart
        assert other[k, 0, 0, 0] == top * 100 + left + 1, k
        assert other[k, 0, 7, 7] == (top + 7) * 100 + left + 7 + 1
    # a shift moves each patch by up to a pixel; outside the image it reads 0 (the digits' background)
    shifts = torch.tensor([[1, -1, -1, -1]] * 8)
    centre, other = cut_pairs(images, labels, shifts, grid)
    assert centre[0, 0, 0, 0] == 11 * 100 + 9 + 1
    assert other[0, 0, 0, 0] == 0  # the top-left neighbour shifted up and left starts at (-1, -1)
    assert other[0, 0, 1, 1] == 0 * 100 + 0 + 1


def test_the_trunk_is_the_convolutions_before_the_flatten() -> None:
    trainer = Trainer(_project())
    ids, end = trunk_layers(trainer)
    assert [trainer.model.kinds[n] for n in ids] == ["Conv2d", "Activation", "MaxPool2d"] * 2
    assert end == ids[-1]
    assert isinstance(trainer.pretraining, RelativePosition)
    assert trainer.pretraining.total == 60


def test_pretext_accuracy_rises_well_above_guessing() -> None:
    torch.set_num_threads(1)
    trainer = Trainer(_project(pretrain_steps=200, seed=2))
    trainer.step(200)
    history = np.asarray(trainer.pretraining.history)
    assert history.shape == (200, 3)
    first, last = history[:20, 2].mean(), history[-50:, 2].mean()
    assert first < 0.25  # it starts near guessing (1 of 8)
    assert last > 0.3, last
    assert history[-50:, 1].mean() < math.log(8) - 0.4  # cross-entropy well below guessing's ln 8
    view = trainer.snapshot({"pretraining"}).pretraining
    assert view.method == "relative_position" and view.done and view.history.shape == (200, 3)


def test_pretraining_trains_the_frozen_trunk_and_its_own_head_only() -> None:
    trainer = Trainer(_project(pretrain_steps=30))
    conv, head = [_layer(trainer, n) for n in CONV], _layer(trainer, HEAD)
    pretext = [p.detach().clone() for p in trainer.pretraining.parameters()]
    assert pretext and not any(p is q for p in trainer.pretraining.parameters() for q in trainer.model.parameters())
    trainer.step(30)
    assert not any(_same(before, _layer(trainer, n)) for before, n in zip(conv, CONV, strict=True))
    assert _same(head, _layer(trainer, HEAD))  # the design's head waits for the labels
    assert not _same(pretext, [p.detach() for p in trainer.pretraining.parameters()])
    # the trunk is still frozen for the labelled phase: neither its flags nor the optimizer changed
    assert not any(p.requires_grad for n in CONV for p in trainer.model.layers[n].parameters())
    assert all(p.grad is None for n in CONV for p in trainer.model.layers[n].parameters())


def test_after_pretraining_the_frozen_trunk_stays_and_the_head_learns() -> None:
    trainer = Trainer(_project(pretrain_steps=20))
    trainer.step(20)
    conv, head = [_layer(trainer, n) for n in CONV], _layer(trainer, HEAD)
    trainer.step(15)
    assert all(_same(before, _layer(trainer, n)) for before, n in zip(conv, CONV, strict=True))
    assert not _same(head, _layer(trainer, HEAD))
    assert trainer.snapshot({"pretraining"}).pretraining.history.shape == (20, 3)


def test_unfrozen_trunk_goes_on_learning_with_labels() -> None:
    project = _project(pretrain_steps=10)
    for nid in CONV:
        project.graph.nodes[nid].params["frozen"] = False
    trainer = Trainer(project)
    trainer.step(10)
    conv = [_layer(trainer, n) for n in CONV]
    trainer.step(5)
    assert not any(_same(before, _layer(trainer, n)) for before, n in zip(conv, CONV, strict=True))


def test_stage_text_follows_the_phase() -> None:
    trainer = Trainer(_project(pretrain_steps=5))
    assert "3 of 5" in trainer.pretraining.stage(3)
    trainer.step(5)
    assert trainer.snapshot({"pretraining"}).pretraining.stage != trainer.pretraining.stage(4)


def test_designs_it_cannot_pretrain_are_refused_clearly() -> None:
    with pytest.raises(TrainingError, match="needs images"):
        Trainer(mlp_project(pretrain="relative_position"))
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [1, 28, 28]}),
            ("Flatten", {}),
            ("Dense", {"units": 10}),
            ("Output", {"task": "multiclass"}),
        ]
    )
    project = make_project(graph, {"dataset": "mnist", "samples": 300}, pretrain="relative_position")
    with pytest.raises(TrainingError, match="Conv2d"):
        Trainer(project)


def test_the_pretext_probe_shows_one_pair_per_position() -> None:
    trainer = Trainer(_project(pretrain_steps=10))
    assert trainer.snapshot({"pretraining"}).pretext is None  # only when asked for
    view = trainer.snapshot({"pretext"}).pretext
    assert view.centre.shape == view.other.shape == (8, 1, 8, 8)
    assert sorted(view.truth.tolist()) == list(range(8))
    assert view.predicted.shape == (8,) and ((view.predicted >= 0) & (view.predicted < 8)).all()
    assert ((view.confidence >= 0.125) & (view.confidence <= 1)).all()
    again = trainer.snapshot({"pretext"}).pretext
    assert np.array_equal(view.centre, again.centre)  # the same pairs each time: only the answers change
