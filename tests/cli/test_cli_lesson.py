"""``nn-playground lesson``: a lesson preset's expected outcome, checked headless, with a telling exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from playground.__main__ import main
from playground.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, parse_args

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"


def test_a_lesson_whose_outcome_holds_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["lesson", str(PRESETS / "xor-perceptron.json")])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert out.splitlines()[0] == "Lesson: XOR defeats the perceptron"
    assert "PASS  test_accuracy < 0.8" in out and out.splitlines()[-1] == "conditions met: 2 of 2"


def test_a_failed_condition_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = json.loads((PRESETS / "xor-perceptron.json").read_text(encoding="utf-8"))
    raw["lesson"]["check"]["conditions"] = [{"metric": "test_accuracy", "op": ">", "value": 0.99}]
    path = tmp_path / "claim.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["lesson", str(path), "--steps", "50"]) == EXIT_FAILED
    assert "FAIL  test_accuracy > 0.99" in capsys.readouterr().out


def test_a_project_without_a_check_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = json.loads((PRESETS / "xor-mlp.json").read_text(encoding="utf-8"))
    raw.pop("lesson")
    path = tmp_path / "plain.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["lesson", str(path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no lesson check" in err


def test_lang_is_accepted_before_and_after_the_project() -> None:
    assert parse_args(["--lang", "uk"]).lang == "uk"
    assert parse_args(["project.json", "--lang", "ru"]).lang == "ru"
    assert parse_args(["gui"]).lang is None
