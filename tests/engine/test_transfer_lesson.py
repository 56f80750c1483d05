"""The transfer-learning lesson: frozen filters pretrained on digits 0–4 beat learning 5–9 from scratch."""

from __future__ import annotations

from engine_helpers import load_preset

from playground.engine.lesson_check import check_lesson
from playground.engine.train import Trainer


def test_the_pretrained_frozen_variant_passes_the_lesson_check() -> None:
    project = load_preset("transfer-learning")
    results = check_lesson(project)
    assert all(r.passed for r in results), [(r.condition, r.measured) for r in results]
    measured = results[0].measured
    assert measured["pretrained, frozen conv"] - measured["from scratch"] >= 0.02


def test_the_check_fails_when_the_frozen_filters_are_random() -> None:
    project = load_preset("transfer-learning")
    project.training["init_from"] = ""  # variant 0 keeps frozen convolutions, but of random filters
    results = check_lesson(project)
    assert not all(r.passed for r in results), [(r.condition, r.measured) for r in results]


def test_the_digit_subsets_keep_their_labels_and_few_samples_per_class() -> None:
    project = load_preset("transfer-learning")
    project.data.update({"digits": "0-4", "train_per_class": 3})
    trainer = Trainer(project)
    labels = trainer.y_train.tolist()
    assert sorted(labels) == sorted([0, 1, 2, 3, 4] * 3)
    assert set(trainer.y_test.tolist()) == {0, 1, 2, 3, 4} and len(trainer.y_test) == 500
