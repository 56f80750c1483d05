"""Exports round-trip: each format is loaded back with its own tools and gives the live model's outputs.

The loaders are the ones a user outside the app would use: ``torch.load(weights_only=True)``,
``safetensors.torch.load_file``, ``torch.export.load``, onnxruntime, and the generated Python file's ``load()``.
Two batch sizes check the dynamic batch dimension. Bad inputs end in an ``ExportError`` with a clear message.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import torch
from export_cases import CASES, Case, gan_project
from safetensors import safe_open
from safetensors.torch import load_file

from playground import cli
from playground.engine import export as ex
from playground.engine.build import GraphModule
from playground.engine.run_rng import RunRng
from playground.graph import SetParam, load_project

TOLERANCE = 1e-5
BATCHES = (3, 8)


@pytest.fixture(scope="module", params=list(CASES))
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[request.param]()


def _rebuilt(payload_design: str, network: str, state: dict[str, torch.Tensor]) -> GraphModule:
    """A GraphModule rebuilt from the design stored in an export, holding the exported weights."""
    project = load_project(payload_design)
    model = GraphModule(project.graph, project.data_info(), network)
    model.load_state_dict(state)
    return model.eval()


def _module_runner(module: torch.nn.Module) -> Callable[[torch.Tensor], np.ndarray]:
    def run(x: torch.Tensor) -> np.ndarray:
        with torch.no_grad():
            return module(x).numpy()

    return run


def load_pt(path: Path, case: Case) -> Callable[[torch.Tensor], np.ndarray]:
    payload = torch.load(path, weights_only=True)
    assert payload["format"] == "nn-playground-weights" and payload["version"] == 1
    assert payload["network"] == case.network
    return _module_runner(_rebuilt(payload["design"], payload["network"], payload["state_dict"]))


def load_safetensors(path: Path, case: Case) -> Callable[[torch.Tensor], np.ndarray]:
    with safe_open(str(path), "pt") as f:
        meta = f.metadata()
    assert meta["format"] == "nn-playground-weights" and meta["version"] == "1"
    return _module_runner(_rebuilt(meta["design"], meta["network"], load_file(path)))


def load_pt2(path: Path, case: Case) -> Callable[[torch.Tensor], np.ndarray]:
    return _module_runner(torch.export.load(path).module())


def load_onnx(path: Path, case: Case) -> Callable[[torch.Tensor], np.ndarray]:
    import onnx
    import onnxruntime

    model = onnx.load(str(path))
    assert {o.version for o in model.opset_import if o.domain in ("", "ai.onnx")} == {ex.ONNX_OPSET}
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no external data file beside it
    batch = model.graph.input[0].type.tensor_type.shape.dim[0]
    assert batch.dim_param and not batch.dim_value  # a symbolic (dynamic) batch size
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return lambda x: session.run(None, {"input": x.numpy()})[0]


def import_generated(path: Path) -> object:
    """Import a generated .py as a module of its own (a unique name per file)."""
    name = f"generated_{path.parent.name}_{path.stem}".replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_python(path: Path, case: Case) -> Callable[[torch.Tensor], np.ndarray]:
    return _module_runner(import_generated(path).load())


LOADERS = {"pt": load_pt, "safetensors": load_safetensors, "pt2": load_pt2, "onnx": load_onnx, "python": load_python}


@pytest.mark.parametrize("fmt", [f for f in ex.FORMATS if f != "word2vec"])  # word vectors: test_word2vec.py
def test_every_format_round_trips_with_the_live_models_outputs(
    case: Case, fmt: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp(f"{case.project.name}-{fmt}")
    path = folder / f"model{ex.FORMATS[fmt].suffix}"
    was_training = case.model.training
    result = ex.export(case.project, fmt, path, model=case.model, network=case.network)
    assert case.model.training == was_training  # the caller's model is left as it was
    assert result.path == path and result.fmt == fmt and result.note
    if fmt == "onnx":
        assert f"opset {ex.ONNX_OPSET}" in result.note
    assert result.files[0] == path and all(f.is_file() for f in result.files)
    assert result.bytes == sum(f.stat().st_size for f in result.files) > 0
    run = LOADERS[fmt](path, case)
    worst = 0.0
    for batch in BATCHES:
        x = case.inputs(batch, seed=batch)
        got = run(x)
        want = case.expected(x).numpy()
        assert got.shape == want.shape
        worst = max(worst, float(np.abs(got - want).max()))
    assert worst <= TOLERANCE, f"{case.project.name} as {fmt}: max abs diff {worst:.2e}"
    print(f"EXPORT {case.project.name:<10} {fmt:<12} {result.bytes:>9,} bytes  max diff {worst:.1e}")


def test_without_a_model_the_design_exports_with_weights_seeded_by_the_project(tmp_path: Path) -> None:
    case = CASES["mlp"]()
    ex.export(case.project, "pt", tmp_path / "fresh.pt")
    with RunRng(case.project.training["seed"]).active():
        expected = GraphModule(case.project.graph, case.project.data_info()).state_dict()
    got = torch.load(tmp_path / "fresh.pt", weights_only=True)["state_dict"]
    assert got.keys() == expected.keys()
    assert all(torch.equal(got[k], expected[k]) for k in got)
    state = torch.get_rng_state()
    ex.export(case.project, "pt", tmp_path / "again.pt")
    assert torch.equal(torch.get_rng_state(), state)  # the caller's random numbers are not consumed


def test_gan_exports_the_generator_by_default_and_the_discriminator_when_asked(tmp_path: Path) -> None:
    project = gan_project()
    ex.export(project, "pt", tmp_path / "g.pt")
    ex.export(project, "pt", tmp_path / "d.pt", network="discriminator")
    g = torch.load(tmp_path / "g.pt", weights_only=True)
    d = torch.load(tmp_path / "d.pt", weights_only=True)
    assert (g["network"], d["network"]) == ("generator", "discriminator")
    names = {n.id: n.name for n in project.graph.nodes.values()}
    assert {names[k.split(".")[1]] for k in g["state_dict"]} == {"dense1", "dense2"}
    assert {names[k.split(".")[1]] for k in d["state_dict"]} == {"dense3", "dense4"}


def test_a_given_model_decides_the_gan_network_and_must_agree_with_the_one_asked(tmp_path: Path) -> None:
    project = gan_project()
    discriminator = GraphModule(project.graph, project.data_info(), "discriminator")
    ex.export(project, "pt", tmp_path / "d.pt", model=discriminator)
    assert torch.load(tmp_path / "d.pt", weights_only=True)["network"] == "discriminator"
    with pytest.raises(ex.ExportError, match="the model given is the discriminator, not the generator"):
        ex.export(project, "pt", tmp_path / "g.pt", model=discriminator, network="generator")


def test_network_names_apply_only_to_gan_designs(tmp_path: Path) -> None:
    case = CASES["mlp"]()
    with pytest.raises(ex.ExportError, match="only in a GAN design"):
        ex.export(case.project, "pt", tmp_path / "m.pt", network="generator")
    with pytest.raises(ex.ExportError, match="unknown network 'critic'"):
        ex.export(gan_project(), "pt", tmp_path / "m.pt", network="critic")
    assert ex.networks(gan_project()) == ("generator", "discriminator")
    assert ex.networks(case.project) == ("",)


def test_a_model_that_no_longer_matches_the_design_is_refused(tmp_path: Path) -> None:
    case = CASES["mlp"]()
    act = case.project.graph.nodes_of_kind("Activation")[0].id
    SetParam(act, "function", "relu").do(case.project.graph)  # edited after training: tanh → relu
    with pytest.raises(ex.ExportError, match="no longer matches the design"):
        ex.export(case.project, "pt", tmp_path / "m.pt", model=case.model)
    assert not (tmp_path / "m.pt").exists()


def test_missing_onnx_packages_name_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert ex.missing("onnx") == ""
    monkeypatch.setitem(sys.modules, "onnxscript", None)  # find_spec then reports it absent
    message = ex.missing("onnx")
    assert "onnxscript" in message and 'pip install "nn-playground[export]"' in message
    assert "onnx," not in message  # onnx itself is present: only what is missing is named
    assert all(ex.missing(fmt) == "" for fmt in ("pt", "safetensors", "pt2", "python"))
    with pytest.raises(ex.ExportError, match=r"nn-playground\[export\]"):
        ex.export(CASES["mlp"]().project, "onnx", tmp_path / "m.onnx")
    assert not (tmp_path / "m.onnx").exists()


def test_unknown_format_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(ex.ExportError, match="unknown export format 'zip'; choose one of pt, safetensors, pt2"):
        ex.export(CASES["mlp"]().project, "zip", tmp_path / "m.zip")
    with pytest.raises(ex.ExportError, match="unknown export format"):
        ex.missing("zip")


def test_an_invalid_design_is_refused_with_the_design_error(tmp_path: Path) -> None:
    case = CASES["mlp"]()
    dense = case.project.graph.nodes_of_kind("Dense")[-1].id
    SetParam(dense, "units", 3).do(case.project.graph)  # a binary head needs 1 output
    with pytest.raises(ex.ExportError, match="the design is not valid: .*1 output value"):
        ex.export(case.project, "pt", tmp_path / "m.pt")


def test_unwritable_places_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = CASES["mlp"]().project
    with pytest.raises(ex.ExportError, match="nowhere does not exist"):
        ex.export(project, "pt", tmp_path / "nowhere" / "m.pt")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ex.ExportError, match="file is not a folder"):
        ex.export(project, "pt", tmp_path / "file" / "m.pt")
    with pytest.raises(ex.ExportError, match="it is a folder"):
        ex.export(project, "pt", tmp_path)
    with pytest.raises(ex.ExportError, match=r"must go to a \.py file"):
        ex.export(project, "python", tmp_path / "m.txt")

    def refuse(path: object, data: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(ex, "atomic_write", refuse)
    with pytest.raises(ex.ExportError, match="cannot write .*m.pt: Permission denied"):
        ex.export(project, "pt", tmp_path / "m.pt")


def test_a_failed_write_leaves_the_old_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.safetensors"
    path.write_bytes(b"old")
    monkeypatch.setattr("os.fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(ex.ExportError, match="No space left on device"):
        ex.export(CASES["mlp"]().project, "safetensors", path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["m.safetensors"]  # no temp file left behind


def test_formats_describe_themselves_and_the_cli_offers_all_of_them() -> None:
    assert tuple(ex.FORMATS) == cli.EXPORT_FORMATS == ("pt", "safetensors", "pt2", "onnx", "python", "word2vec")
    for fmt in ex.FORMATS.values():
        assert fmt.label and fmt.help.endswith(".") and fmt.suffix.startswith(".")
    assert ex.FORMATS["onnx"].needs == ("onnx", "onnxscript")
    assert all(not f.needs for k, f in ex.FORMATS.items() if k != "onnx")


def test_safetensors_metadata_holds_the_design_as_json(tmp_path: Path) -> None:
    case = CASES["dag"]()
    ex.export(case.project, "safetensors", tmp_path / "m.safetensors", model=case.model)
    with safe_open(str(tmp_path / "m.safetensors"), "pt") as f:
        design = json.loads(f.metadata()["design"])
    assert design == json.loads(case.project.to_json())
