"""Lessons: every bundled lesson's outcome check passes, the lesson format rejects bad objects with messages that
name the field, and the perceptron lessons show what they claim (AND, OR separable; XOR not without a hidden layer).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import numpy as np
import pytest

import playground
from playground.engine.data import make_dataset
from playground.engine.lesson_check import (
    CheckRun,
    LessonCheckError,
    check_lesson,
    evaluate_conditions,
    lesson_report,
    run_check,
)
from playground.graph import ProjectError, load_project, read_project
from playground.graph.lessons import by_topic, condition_text, read_lessons, variant_label_problems
from playground.graph.lessons import check_lesson as validate_lesson
from playground.graph.params import defaults
from playground.graph.settings import DATA_PARAMS

PRESETS = playground.resources_dir() / "presets"


SLOW_CHECK = 2500
"""Checks that train more variant-steps than this (steps × variants) are marked slow: the grids of comparisons."""


def _checked_presets() -> list:
    """Presets with a lesson check, read from the raw JSON so a broken preset still shows up as a failing case."""
    cases = []
    for path in sorted(PRESETS.glob("*.json")):
        raw = json.loads(path.read_text("utf-8"))
        check = raw.get("lesson", {}).get("check")
        if check:
            cost = check.get("steps", 0) * max(1, len(raw.get("variants", [])))
            marks = [pytest.mark.slow] if cost > SLOW_CHECK else []
            cases.append(pytest.param(path, id=path.stem, marks=marks))
    return cases


@pytest.mark.parametrize("path", _checked_presets())
def test_every_lesson_check_passes(path: Path) -> None:
    results = check_lesson(read_project(path))
    failed = [f"{r.condition}: measured {r.measured} {r.note}" for r in results if not r.passed]
    assert results and not failed, failed


def test_every_single_design_preset_is_a_lesson_with_a_check() -> None:
    for path in sorted(PRESETS.glob("*.json")):
        project = read_project(path)
        if project.variants:
            continue  # comparisons and transfer presets carry their own lessons (helpers C and F)
        assert project.lesson.get("check"), f"{path.name} has no lesson check"
        for key in ("title", "topic", "explanation", "watch", "expect"):
            assert project.lesson.get(key, "").strip(), f"{path.name}: lesson.{key} is empty"


COURSE = ("Perceptron", "MLP and backprop", "Activations", "Gradients", "CNN", "Transfer learning", "Autoencoders")
"""Topics in the course order every lecture follows (more may come between them)."""


def test_gallery_lists_lessons_grouped_by_topic_in_course_order() -> None:
    entries = read_lessons(PRESETS)
    orders = [e.lesson["order"] for e in entries]
    assert orders == sorted(orders) and len(entries) >= 20
    topics = [topic for topic, _ in by_topic(entries)]
    assert len(topics) == len(set(topics))
    known = [t for t in topics if t in COURSE]
    assert known == sorted(known, key=COURSE.index), topics
    assert topics[-3:] == ["RNN", "Word embeddings", "GAN"]  # word2vec (950s) between RNN and GAN
    perceptron = dict(by_topic(entries))["Perceptron"]
    # McCulloch–Pitts' hand-set neurons (1943) open the topic, then Rosenblatt's learning perceptron
    assert [e.path.stem for e in perceptron][:6] == [
        "mcculloch-pitts-and-or", "mcculloch-pitts-not", "mcculloch-pitts-xor",
        "perceptron-and", "perceptron-or", "xor-perceptron",
    ]


def test_xor_needs_a_hidden_layer_where_and_and_or_do_not() -> None:
    and_, or_, xor = (
        read_project(PRESETS / f"{n}.json") for n in ("perceptron-and", "perceptron-or", "xor-perceptron")
    )
    assert _measured(and_, "test_accuracy", 200) == 1.0
    assert _measured(or_, "test_accuracy", 200) == 1.0
    assert _measured(xor, "test_accuracy", 1000) < 0.8
    assert _measured(read_project(PRESETS / "xor-mlp.json"), "test_accuracy", 300) >= 0.95


def _measured(project, metric: str, steps: int) -> float:
    lesson = {**project.lesson, "check": {"steps": steps, "conditions": [{"metric": metric, "op": ">", "value": 0}]}}
    project.lesson = lesson
    run = run_check(project)
    return run.metrics[run.labels[0]][metric]


@pytest.mark.parametrize(("name", "rule"), [("and", np.logical_and), ("or", np.logical_or)])
def test_and_or_data_follow_the_truth_table(name: str, rule) -> None:
    spec = {**defaults(DATA_PARAMS), "dataset": name, "noise": 0.0, "samples": 400}
    d = make_dataset(spec)
    points = np.concatenate([d.points_train, d.points_test])
    labels = np.concatenate([d.y_train, d.y_test])
    assert (labels == rule(points[:, 0] > 0, points[:, 1] > 0)).all()
    assert (np.abs(points) > 1.5).all()  # four clusters clear of the axes: a margin for one separating line
    assert d.n_classes == 2 and d.extent == (-6.0, 6.0, -6.0, 6.0)


# --- the lesson format --------------------------------------------------------------------------------


GOOD = {
    "title": "T",
    "topic": "Perceptron",
    "order": 1,
    "explanation": "E",
    "watch": "W",
    "expect": "X",
    "panels": ["LossPanel"],
    "check": {"steps": 10, "conditions": [{"metric": "test_accuracy", "op": ">=", "value": 0.5}]},
}


def _with(**changes: object) -> dict:
    lesson = copy.deepcopy(GOOD)
    for key, value in changes.items():
        if value is None:
            lesson.pop(key)
        else:
            lesson[key] = value
    return lesson


def _condition(**c: object) -> dict:
    return _with(check={"steps": 10, "conditions": [c]})


@pytest.mark.parametrize(
    ("lesson", "problem"),
    [
        ("a text", "lesson must be an object"),
        (_with(title=None), "lesson.title is missing"),
        (_with(order=None), "lesson.order is missing"),
        (_with(title="  "), "lesson.title must not be empty"),
        (_with(watch=3), "lesson.watch must be a text"),
        (_with(order=1.5), "lesson.order must be an integer"),
        (_with(order=True), "lesson.order must be an integer"),
        (_with(panels="LossPanel"), "lesson.panels must be a list of panel names"),
        (_with(colour="red"), "lesson.colour is not a known field"),
        (_with(check=[]), "lesson.check must be an object"),
        (_with(check={"conditions": GOOD["check"]["conditions"]}), "lesson.check.steps must be an integer"),
        (_with(check={"steps": 0, "conditions": GOOD["check"]["conditions"]}), "lesson.check.steps must be"),
        (_with(check={"steps": 10, "conditions": []}), "lesson.check.conditions must be a non-empty list"),
        (_with(check={"steps": 10, "conditions": [], "seed": 1}), "lesson.check.seed is not a known field"),
        (_condition(metric="speed", op="<", value=1), "conditions[0].metric must be one of"),
        (_condition(metric="test_loss", op="=", value=1), "conditions[0].op must be one of"),
        (_condition(metric="test_loss", op="<"), "conditions[0] needs either value"),
        (_condition(metric="test_loss", op="<", value=1, than="B", variant="A"), "conditions[0] needs either value"),
        (_condition(metric="test_loss", op="<", value="1"), "conditions[0].value must be a finite number"),
        (_condition(metric="test_loss", op="<", value=float("nan")), "conditions[0].value must be a finite number"),
        (_condition(metric="test_loss", op="<", than="B"), "conditions[0].than compares two variants"),
        (_condition(metric="test_loss", op="<", value=1, variant=""), "conditions[0].variant must be a variant's"),
        (_condition(metric="test_loss", op="<", value=1, when=3), "conditions[0].when is not a known field"),
        (_with(check={"steps": 10, "conditions": ["x"]}), "conditions[0] must be an object"),
    ],
)
def test_bad_lessons_are_refused_with_a_message_naming_the_field(lesson: object, problem: str) -> None:
    cleaned, problems = validate_lesson(lesson)
    assert cleaned == {} and any(problem in p for p in problems), problems


def test_a_project_with_a_bad_lesson_does_not_load() -> None:
    raw = json.loads((PRESETS / "xor-mlp.json").read_text("utf-8"))
    raw["lesson"] = _with(order="first")
    with pytest.raises(ProjectError) as info:
        load_project(json.dumps(raw))
    assert "lesson.order must be an integer" in info.value.problems


def test_a_good_lesson_survives_saving_and_loading() -> None:
    assert validate_lesson(GOOD) == (GOOD, [])
    assert validate_lesson(None) == ({}, [])
    project = read_project(PRESETS / "xor-mlp.json")
    again = load_project(project.to_json())
    assert again.lesson == project.lesson and again.lesson["title"] == "XOR needs a hidden layer"


def test_conditions_read_as_one_line() -> None:
    assert condition_text({"metric": "test_accuracy", "op": ">=", "value": 0.95}) == "test_accuracy >= 0.95"
    assert condition_text({"metric": "test_loss", "variant": "Adam", "op": "<", "than": "SGD"}) == (
        "test_loss[Adam] < test_loss[SGD]"
    )


# --- the check ------------------------------------------------------------------------------------------


def test_a_failing_condition_fails_and_the_report_says_so() -> None:
    project = read_project(PRESETS / "xor-perceptron.json")
    project.lesson["check"] = {
        "steps": 50,
        "conditions": [
            {"metric": "test_accuracy", "op": ">=", "value": 0.99},
            {"metric": "test_loss", "op": ">", "value": 0.0},
            {"metric": "grad_ratio", "op": ">", "value": 0.0},
        ],
    }
    results = check_lesson(project)
    assert [r.passed for r in results] == [False, True, False]
    assert results[0].measured == {"xor-perceptron": pytest.approx(results[0].measured["xor-perceptron"])}
    assert "grad_ratio is not measured" in results[2].note  # the perceptron rule computes no gradients
    report = lesson_report(project)
    assert report.splitlines()[0] == "Lesson: XOR defeats the perceptron"
    assert "FAIL  test_accuracy >= 0.99" in report and "PASS  test_loss > 0" in report
    assert report.splitlines()[-1] == "conditions met: 1 of 3"


def test_a_diverging_run_fails_its_conditions_but_can_be_expected() -> None:
    project = read_project(PRESETS / "exploding-rnn-clipping.json")
    project.training["clip_norm"] = 0.0  # without clipping the loss becomes NaN within a few steps
    project.lesson["check"] = {
        "steps": 20,
        "conditions": [
            {"metric": "diverged", "op": ">=", "value": 1},
            {"metric": "test_loss", "op": "<", "value": 1.0},
        ],
    }
    first, second = check_lesson(project)
    assert first.passed and not second.passed
    assert "training stopped" in second.note and "nan" in second.note.lower()


def test_a_check_needs_a_check_and_known_variants() -> None:
    project = read_project(PRESETS / "xor-mlp.json")
    with pytest.raises(LessonCheckError, match="no lesson check"):
        check_lesson(load_project(json.dumps({**json.loads(project.to_json()), "lesson": _with(check=None)})))
    project.lesson["check"] = {
        "steps": 5,
        "conditions": [{"metric": "test_loss", "variant": "Adam", "op": "<", "than": "SGD"}],
    }
    with pytest.raises(LessonCheckError, match="no variant is labelled 'Adam'"):
        check_lesson(project)
    assert variant_label_problems(project.lesson, ["Adam", "SGD"]) == []


def test_conditions_compare_variants_by_label() -> None:
    project = read_project(PRESETS / "xor-mlp.json")
    project.lesson["check"] = {
        "steps": 1,
        "conditions": [
            {"metric": "test_loss", "variant": "Adam", "op": "<", "than": "SGD"},
            {"metric": "test_accuracy", "variant": "SGD", "op": ">=", "value": 0.9},
            {"metric": "test_accuracy", "op": ">=", "value": 0.9},
        ],
    }
    run = CheckRun(["Adam", "SGD"], {"Adam": {"test_loss": 0.1, "test_accuracy": 0.95}})
    run.metrics["SGD"] = {"test_loss": 0.4, "test_accuracy": 0.8}
    results = evaluate_conditions(project, run)
    assert [r.passed for r in results] == [True, False, True]  # without a variant: the first one
    assert results[0].measured == {"Adam": 0.1, "SGD": 0.4}
