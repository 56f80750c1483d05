"""``nn-playground export``: writes the file, says what it wrote and how big; bad input is one line, exit 2."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import torch
from test_cli_commands import PRESETS, XOR_MLP, assert_one_line_error, preset_dict, run_main, write_project

from playground.graph import load_project


def test_export_pt_writes_weights_with_the_design(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "xor.pt"
    code, out, err = run_main(capsys, "export", XOR_MLP, "--format", "pt", "-o", out_path)
    assert code == 0 and err == ""
    size = out_path.stat().st_size
    assert out.splitlines()[0] == f"wrote {out_path} ({size:,} bytes)"
    assert "weights_only=True" in out.splitlines()[1]
    payload = torch.load(out_path, weights_only=True)
    design = load_project(payload["design"])
    assert [n.name for n in design.graph.nodes.values()] == ["input1", "dense1", "act1", "dense2", "output1"]
    assert payload["network"] == ""


def test_export_python_lists_the_code_and_its_weights(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(capsys, "export", XOR_MLP, "-f", "python", "-o", tmp_path / "xor.py")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith(f"wrote {tmp_path / 'xor.py'} (") and lines[0].endswith(" bytes)")
    assert lines[1].startswith(f"wrote {tmp_path / 'xor.pt'} (")
    assert "class XorMlp(nn.Module):" in (tmp_path / "xor.py").read_text(encoding="utf-8")


def test_export_of_a_gan_discriminator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from safetensors import safe_open
    from safetensors.torch import load_file

    out_path = tmp_path / "d.safetensors"
    code, out, err = run_main(
        capsys, "export", PRESETS / "gan-ring.json", "-f", "safetensors", "-o", out_path, "--network", "discriminator"
    )
    assert code == 0 and err == ""
    assert out.splitlines()[0] == f"wrote {out_path} ({out_path.stat().st_size:,} bytes)"
    with safe_open(str(out_path), "pt") as f:
        assert f.metadata()["network"] == "discriminator"
    shapes = {tuple(v.shape) for v in load_file(out_path).values()}
    assert (1, 64) in shapes and (2, 64) not in shapes  # the one-logit head of D, not the 2-D point of G


def test_bad_network_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "export", XOR_MLP, "-f", "pt", "-o", tmp_path / "x.pt", "--network", "generator")
    assert_one_line_error(*result, "cannot export", "only in a GAN design")
    result = run_main(capsys, "export", XOR_MLP, "-f", "pt", "-o", tmp_path / "x.pt", "--network", "critic")
    assert_one_line_error(*result, "invalid choice: 'critic'")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["-f", "zip", "-o", "x.zip"], "invalid choice: 'zip'"),
        (["-o", "x.pt"], "the following arguments are required: --format"),
        (["-f", "pt"], "the following arguments are required: -o/--output"),
        (["-f", "python", "-o", "x.txt"], "must go to a .py file"),
        (["-f", "pt", "-o", "missing/x.pt"], "missing does not exist"),
    ],
)
def test_bad_arguments_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert_one_line_error(*run_main(capsys, "export", XOR_MLP, *argv), fragment)
    assert list(tmp_path.iterdir()) == []


def test_invalid_design_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = preset_dict()
    raw["graph"]["nodes"][0]["params"]["shape"] = [3]  # the data gives 2 features
    result = run_main(capsys, "export", write_project(tmp_path, raw), "-f", "pt", "-o", tmp_path / "x.pt")
    assert_one_line_error(*result, "the design is not valid", "set the shape to [2]")


def test_unreadable_project_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"format": "nope"}), encoding="utf-8")
    assert_one_line_error(
        *run_main(capsys, "export", path, "-f", "pt", "-o", tmp_path / "x.pt"), "not an NN Playground"
    )


def test_missing_onnx_packages_say_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "onnx", None)
    result = run_main(capsys, "export", XOR_MLP, "-f", "onnx", "-o", tmp_path / "x.onnx")
    assert_one_line_error(*result, 'pip install "nn-playground[export]"', "onnx")
