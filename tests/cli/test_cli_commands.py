"""The headless CLI: ``train`` and ``info`` on project files, errors as one line with exit code 2."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from playground import __version__, cli
from playground.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
PRESETS = ROOT / "resources" / "presets"
XOR_MLP = PRESETS / "xor-mlp.json"
METRICS = {"train_loss", "test_loss", "train_accuracy", "test_accuracy", "steps", "seconds"}


def preset_dict(name: str = "xor-mlp") -> dict[str, Any]:
    return json.loads((PRESETS / f"{name}.json").read_text(encoding="utf-8"))


def write_project(tmp_path: Path, raw: dict[str, Any], name: str = "project.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("nn-playground: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


# --- train ----------------------------------------------------------------------------------------


def test_train_json_prints_one_object_with_the_final_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(capsys, "train", XOR_MLP, "--steps", "150", "--seed", "3", "--json")
    assert code == 0, err
    assert err == ""
    assert len(out.strip().splitlines()) == 1
    metrics = json.loads(out)
    assert set(metrics) == METRICS
    assert metrics["steps"] == 150
    assert isinstance(metrics["seconds"], float) and 0 <= metrics["seconds"] < 60
    assert 0 <= metrics["train_loss"] < 0.69  # better than guessing after 150 Adam steps
    assert 0.5 < metrics["test_accuracy"] <= 1.0


def test_same_seed_same_losses_different_seed_different_losses(capsys: pytest.CaptureFixture[str]) -> None:
    runs = []
    for seed in ("7", "7", "8"):
        code, out, _ = run_main(capsys, "train", XOR_MLP, "--steps", "40", "--seed", seed, "--json")
        assert code == 0
        runs.append(json.loads(out))
    keys = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")
    assert [runs[0][k] for k in keys] == [runs[1][k] for k in keys]
    assert runs[0]["train_loss"] != runs[2]["train_loss"]


def test_train_defaults_to_the_projects_steps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = preset_dict()
    raw["training"]["steps"] = 25
    code, out, _ = run_main(capsys, "train", write_project(tmp_path, raw), "--json")
    assert code == 0
    assert json.loads(out)["steps"] == 25


def test_train_without_json_prints_a_readable_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(capsys, "train", XOR_MLP, "--steps", "30")
    assert code == 0
    assert err == ""  # no progress bar when stderr is not a terminal
    lines = out.splitlines()
    names = ["train_loss", "test_loss", "train_accuracy", "test_accuracy", "steps"]
    assert [line.split()[0] for line in lines] == names
    assert lines[-1].startswith("steps") and " 30 in " in lines[-1]


def test_regression_shows_a_dash_for_accuracy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = regression_project()
    code, out, _ = run_main(capsys, "train", write_project(tmp_path, raw), "--steps", "20")
    assert code == 0
    assert "test_accuracy   —" in out
    code, out, _ = run_main(capsys, "train", write_project(tmp_path, raw), "--steps", "20", "--json")
    assert json.loads(out)["test_accuracy"] is None


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal() -> None:
    out, err = io.StringIO(), FakeTerminal()
    args = cli.parse_args(["train", str(XOR_MLP), "--steps", "250"])
    assert cli.run(args, out, err) == 0
    assert "250/250 steps" in err.getvalue()
    assert err.getvalue().endswith("\n")
    assert "test_accuracy" in out.getvalue()


def regression_project() -> dict[str, Any]:
    raw = preset_dict()
    raw["data"]["dataset"] = "plane"
    output = next(n for n in raw["graph"]["nodes"] if n["kind"] == "Output")
    output["params"] = {"task": "regression", "loss": "mse"}
    return raw


def test_divergence_stops_with_a_message_and_exit_code_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = regression_project()
    raw["training"].update(optimizer="sgd", lr=10.0)
    code, out, err = run_main(capsys, "train", write_project(tmp_path, raw), "--steps", "200")
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "training stopped" in err and "learning rate" in err


# --- info -----------------------------------------------------------------------------------------


def test_info_prints_the_layer_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(capsys, "info", XOR_MLP)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["layer", "kind", "settings", "output", "params"]
    rows = {line.split()[0]: line.split() for line in lines[2:7]}
    assert list(rows) == ["input1", "dense1", "act1", "dense2", "output1"]
    # name, kind, ..., output shape, params
    assert rows["dense1"][1] == "Dense" and rows["dense1"][-2:] == ["8", "24"]  # 2·8 + 8
    assert rows["dense2"][-2:] == ["1", "9"]  # 8·1 + 1
    assert rows["act1"][-2:] == ["8", "0"]
    assert "function=relu" in lines[4]
    assert "total parameters: 33" in out
    assert lines[-1] == "design: OK"


def test_info_groups_thousands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = preset_dict()
    dense = next(n for n in raw["graph"]["nodes"] if n["id"] == "n2")
    dense["params"]["units"] = 1000
    code, out, _ = run_main(capsys, "info", write_project(tmp_path, raw))
    assert code == 0
    assert "3,000" in out  # 2·1000 + 1000
    assert "total parameters: 4,001" in out


def test_info_lists_design_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = preset_dict()
    raw["graph"]["nodes"][0]["params"]["shape"] = [3]  # the data gives 2 features
    code, out, _ = run_main(capsys, "info", write_project(tmp_path, raw))
    assert code == 0
    assert "design problems:" in out
    assert "set the shape to [2]" in out


# --- errors: exit code 2, one line, no traceback --------------------------------------------------


@pytest.mark.parametrize("command", ["train", "info"])
def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    missing = tmp_path / "nope.json"
    assert_one_line_error(*run_main(capsys, command, missing), "nope.json", "No such file")


@pytest.mark.parametrize("command", ["train", "info"])
def test_invalid_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "nn-playground-project",\n "version": 1,,}', encoding="utf-8")
    assert_one_line_error(*run_main(capsys, command, path), "not valid JSON", "line 2")


def test_invalid_project_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = preset_dict()
    raw["graph"]["nodes"][1]["params"]["units"] = -4
    raw["training"]["lr"] = "fast"
    code, out, err = run_main(capsys, "train", write_project(tmp_path, raw))
    assert_one_line_error(code, out, err, "graph.nodes[1].params.units", "-4", "(and 1 more problems)")


def test_not_a_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_project(tmp_path, {"format": "something-else"})
    assert_one_line_error(*run_main(capsys, "info", path), "not an NN Playground project")


def test_untrainable_design(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = preset_dict()
    raw["graph"]["nodes"][0]["params"]["shape"] = [3]
    assert_one_line_error(*run_main(capsys, "train", write_project(tmp_path, raw)), "cannot train", "[2]")


def test_perceptron_mode_on_a_deep_design_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = preset_dict()
    raw["training"]["mode"] = "perceptron"
    assert_one_line_error(*run_main(capsys, "train", write_project(tmp_path, raw)), "cannot train", "perceptron rule")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["train", XOR_MLP, "--steps", "0"], "--steps must be a positive integer"),
        (["train", XOR_MLP, "--steps", "-5"], "--steps must be a positive integer"),
        (["train", XOR_MLP, "--steps", "many"], "invalid int value: 'many'"),
        (["train", XOR_MLP, "--seed", "-1"], "--seed must be from 0"),
        (["train", XOR_MLP, "--seed", str(2**31)], "--seed must be from 0"),
        (["train", XOR_MLP, "--bogus"], "unrecognized arguments: --bogus"),
        (["info", XOR_MLP, "--steps", "5"], "unrecognized arguments"),
        (["train"], "required: project"),
        (["train", XOR_MLP, "--device", "abacus"], "cannot train"),
    ],
    ids=[
        "steps-0",
        "steps-negative",
        "steps-text",
        "seed-negative",
        "seed-huge",
        "unknown-option",
        "option-of-another-command",
        "no-project",
        "bad-device",
    ],
)
def test_bad_arguments(capsys: pytest.CaptureFixture[str], argv: list, fragment: str) -> None:
    assert_one_line_error(*run_main(capsys, *argv), fragment)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"nn-playground {__version__}"


def test_a_bare_path_means_open_it_in_the_app() -> None:
    args = cli.parse_args(["my.json"])
    assert (args.command, args.project) == ("gui", "my.json")
    assert cli.parse_args([]).command == "gui"
    assert cli.parse_args(["train", "x.json"]).command == "train"
    args = cli.parse_args(["--lang", "uk", "--device", "cpu", "my.json"])
    assert (args.command, args.project, args.lang, args.gui_device) == ("gui", "my.json", "uk", "cpu")


def test_device_and_self_test_options_of_the_app() -> None:
    assert cli.parse_args([]).gui_device is None  # the choice made in the app (Auto unless changed)
    assert cli.parse_args(["gui", "--device", "cuda"]).gui_device == "cuda"
    train = cli.parse_args(["train", "x.json", "--device", "mps"])
    assert (train.device, train.gui_device) == ("mps", None)
    assert cli.parse_args([]).self_test is None
    assert cli.parse_args(["--self-test"]).self_test == ""
    assert cli.parse_args(["--self-test", "shot.png"]).self_test == "shot.png"
    with pytest.raises(cli.UsageError, match="invalid choice: 'tpu'"):
        cli.parse_args(["--device", "tpu"])


# --- real processes -------------------------------------------------------------------------------


def run_python(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)


def test_python_dash_m_playground_trains(tmp_path: Path) -> None:
    done = run_python("-m", "playground", "train", str(XOR_MLP), "--steps", "60", "--seed", "2", "--json")
    assert done.returncode == 0, done.stderr
    assert set(json.loads(done.stdout)) == METRICS
    bad = run_python("-m", "playground", "train", str(tmp_path / "missing.json"))
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr


def test_info_is_instant_it_loads_neither_torch_nor_qt() -> None:
    # The engine's own no-Qt rule is checked by import-linter (it needs torch, which takes seconds to load).
    code = (
        "import sys\n"
        "from playground.__main__ import main\n"
        f"assert main(['info', {str(XOR_MLP)!r}]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "assert not loaded, loaded\n"
    )
    done = run_python("-c", code)
    assert done.returncode == 0, done.stderr
    assert "total parameters: 33" in done.stdout


def test_the_command_lines_lists_are_the_engines() -> None:
    from playground.engine.export_formats import FORMATS
    from playground.engine.run_setup import DEVICE_CHOICES

    assert tuple(FORMATS) == cli.EXPORT_FORMATS
    assert cli.DEVICES == DEVICE_CHOICES


def test_parsing_the_command_line_imports_neither_the_graph_nor_the_engine() -> None:
    # The app's splash waits for the parse: it must stay quick.
    code = (
        "import sys; from playground import cli; cli.parse_args([]); "
        "print(sorted(m for m in sys.modules if m.startswith(('playground.graph', 'playground.engine', 'torch'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
