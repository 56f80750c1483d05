"""The presets prove the physics the lectures claim (issue 3, section 5)."""

from __future__ import annotations

import json

import pytest
from engine_helpers import PRESETS, load_preset

from playground.engine.train import Trainer
from playground.graph import load_project

PRESET_NAMES = sorted(p.stem for p in PRESETS.glob("*.json"))


def test_the_issues_presets_exist() -> None:
    assert {"xor-perceptron", "xor-mlp", "spiral-deep", "vanishing-sigmoid", "vanishing-relu-he"} <= set(PRESET_NAMES)


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_every_preset_loads_with_a_valid_design(name: str) -> None:
    text = (PRESETS / f"{name}.json").read_text(encoding="utf-8")
    project = load_project(text)
    report = project.check()
    assert report.ok, report.first_error()
    assert project.name == name
    assert len(project.description) > 20  # the lecturer sees what the preset shows
    assert project.to_json() == text  # saved in canonical form, so a save does not rewrite it
    assert json.loads(text)["format"] == "nn-playground-project"


def train_until(trainer: Trainer, target: float, budget: int, every: int) -> tuple[int, float]:
    """Steps until test accuracy reaches ``target`` (checked every ``every`` steps), and that accuracy."""
    accuracy = 0.0
    while trainer.step_count < budget:
        trainer.step(every)
        accuracy = trainer.evaluate()["test_accuracy"]
        if accuracy >= target:
            break
    return trainer.step_count, accuracy


@pytest.mark.slow
def test_xor_perceptron_never_solves_xor() -> None:
    trainer = Trainer(load_preset("xor-perceptron"))
    assert trainer.perceptron is not None
    accuracies = []
    while trainer.step_count < 2000:
        trainer.step(250)
        accuracies.append(trainer.evaluate()["test_accuracy"])
    assert max(accuracies) <= 0.8, accuracies


@pytest.mark.slow
def test_xor_mlp_solves_xor_within_2000_steps() -> None:
    steps, accuracy = train_until(Trainer(load_preset("xor-mlp")), 0.95, 2000, 100)
    assert accuracy >= 0.95, f"test accuracy {accuracy:.3f} after {steps} steps"


@pytest.mark.slow
def test_spiral_deep_reaches_90_percent_within_5000_steps() -> None:
    steps, accuracy = train_until(Trainer(load_preset("spiral-deep")), 0.9, 5000, 250)
    assert accuracy >= 0.9, f"test accuracy {accuracy:.3f} after {steps} steps"


def first_to_last_gradient_ratio(name: str, steps: int = 10) -> float:
    trainer = Trainer(load_preset(name))
    trainer.step(steps)
    norms = trainer.snapshot({"grad_norms"}).grad_norms
    dense = [nid for nid in trainer.model.order if trainer.model.kinds[nid] == "Dense"]
    assert len(dense) == 11 and list(norms) == dense
    return norms[dense[0]] / norms[dense[-1]]


@pytest.mark.slow
def test_vanishing_sigmoid_starves_the_first_layer() -> None:
    ratio = first_to_last_gradient_ratio("vanishing-sigmoid")
    assert ratio < 1e-3, ratio


@pytest.mark.slow
def test_relu_with_he_init_keeps_the_gradient_alive() -> None:
    ratio = first_to_last_gradient_ratio("vanishing-relu-he")
    assert ratio > 0.1, ratio
