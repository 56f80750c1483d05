"""``train --save-bundle`` and ``train``/``info`` on a run bundle (.nnpz); bad input is one line, exit code 2."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from playground.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
XOR_MLP = ROOT / "resources" / "presets" / "xor-mlp.json"
GAN_RING = ROOT / "resources" / "presets" / "gan-ring.json"
SCORES = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")


def run_main(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
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
        assert fragment in lines[0], lines[0]


@pytest.mark.parametrize("project", [XOR_MLP, GAN_RING], ids=["mlp", "gan"])
def test_a_saved_run_continues_to_the_same_metrics(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "run.nnpz"
    code, out, err = run_main(capsys, "train", project, "--steps", "30", "--save-bundle", bundle, "--json")
    assert code == 0, err
    assert json.loads(out)["bundle"] == str(bundle)
    assert zipfile.is_zipfile(bundle)
    code, out, err = run_main(capsys, "train", bundle, "--steps", "25", "--json")
    assert code == 0, err
    resumed = json.loads(out)
    code, out, _ = run_main(capsys, "train", project, "--steps", "55", "--json")
    whole = json.loads(out)
    assert resumed["steps"] == whole["steps"] == 55
    assert {k: resumed[k] for k in SCORES} == {k: whole[k] for k in SCORES}


def test_a_run_continues_into_the_same_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "run.nnpz"
    code, out, _ = run_main(capsys, "train", XOR_MLP, "--steps", "20", "--save-bundle", bundle)
    assert code == 0
    assert out.splitlines()[-1].startswith("bundle") and "bytes)" in out
    code, _, err = run_main(capsys, "train", bundle, "--steps", "15", "--save-bundle", bundle)
    assert code == 0, err
    code, out, _ = run_main(capsys, "info", bundle)
    assert code == 0
    assert "design: OK" in out and out.splitlines()[-1] == "trained run: 35 steps on cpu, seed 1"


def test_without_steps_a_bundle_trains_up_to_the_projects_steps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.loads(XOR_MLP.read_text(encoding="utf-8"))
    raw["training"]["steps"] = 40
    project = tmp_path / "p.json"
    project.write_text(json.dumps(raw), encoding="utf-8")
    bundle = tmp_path / "run.nnpz"
    assert run_main(capsys, "train", project, "--steps", "10", "--save-bundle", bundle)[0] == 0
    code, out, _ = run_main(capsys, "train", bundle, "--json")
    assert code == 0 and json.loads(out)["steps"] == 40


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--save-bundle", "run.zip"], ("--save-bundle", "must end in .nnpz")),
        (["--save-bundle", "missing/run.nnpz"], ("does not exist",)),
    ],
)
def test_a_bad_bundle_target_is_refused_before_training(
    args: list[str], fragments: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(tmp_path / a) if a.endswith(("zip", "nnpz")) else a for a in args]
    assert_one_line_error(*run_main(capsys, "train", XOR_MLP, "--steps", "5", *args), *fragments)
    assert list(tmp_path.iterdir()) == []


def test_a_bundle_keeps_its_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "run.nnpz"
    assert run_main(capsys, "train", XOR_MLP, "--steps", "5", "--save-bundle", bundle)[0] == 0
    assert_one_line_error(*run_main(capsys, "train", bundle, "--seed", "4"), "--seed cannot change a saved run")


@pytest.mark.parametrize("command", ["train", "info"])
def test_a_broken_bundle_is_one_line(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.nnpz"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert_one_line_error(*run_main(capsys, command, broken), "broken.nnpz", "not a run bundle")
    assert_one_line_error(*run_main(capsys, command, tmp_path / "absent.nnpz"), "cannot read it")


def test_a_bundle_whose_project_was_edited_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "run.nnpz"
    assert run_main(capsys, "train", XOR_MLP, "--steps", "5", "--save-bundle", bundle)[0] == 0
    with zipfile.ZipFile(bundle) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    raw = json.loads(members["project.json"])
    raw["training"]["optimizer"] = "sgd"
    members["project.json"] = json.dumps(raw).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    bundle.write_bytes(buffer.getvalue())
    assert_one_line_error(
        *run_main(capsys, "train", bundle, "--steps", "5"), "no longer matches", "optimizer is 'sgd' now"
    )


@pytest.mark.parametrize(("project", "network", "prefix"), [(XOR_MLP, "", ""), (GAN_RING, "discriminator",
                                                             "discriminator.")], ids=["mlp", "gan-discriminator"])
def test_export_of_a_saved_run_writes_its_trained_weights(
    project: Path, network: str, prefix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import torch
    from safetensors.torch import load as load_tensors

    run = tmp_path / "run.nnpz"
    assert run_main(capsys, "train", project, "--steps", "30", "--save-bundle", run)[0] == 0
    args = ["export", run, "--format", "pt", "-o", tmp_path / "model.pt"] + (["--network", network] if network else [])
    code, out, err = run_main(capsys, *args)
    assert code == 0 and err == "" and out.startswith("wrote ")
    exported = torch.load(tmp_path / "model.pt", weights_only=True)["state_dict"]
    with zipfile.ZipFile(run) as archive:
        trained = load_tensors(archive.read("weights.safetensors"))
    mine = {k.removeprefix(prefix): v for k, v in trained.items() if k.startswith(prefix)}
    assert set(exported) == set(mine) and all(torch.equal(exported[k], mine[k]) for k in mine)
