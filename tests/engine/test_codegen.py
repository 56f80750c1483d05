"""The standalone Python export: readable names and comments, the same numbers as the engine, and a file that
runs where NN Playground is not installed."""

from __future__ import annotations

import ast
import inspect
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import torch
from engine_helpers import chain_graph, make_project
from export_cases import CASES, Case

from playground.engine import codegen, modules
from playground.engine import export as ex
from playground.engine.build import GraphModule
from playground.graph import Rename, kind


def run_source(source: str) -> dict[str, Any]:
    """Execute generated source as a module would run (its globals returned)."""
    namespace: dict[str, Any] = {"__name__": "generated"}
    exec(compile(source, "generated.py", "exec"), namespace)  # noqa: S102
    return namespace


def source_of(case: Case) -> str:
    return codegen.python_source(case.project, case.model, case.network, "model.safetensors")


def max_diff(a: torch.Tensor, b: torch.Tensor) -> float:
    return float((a - b).detach().abs().max())


# --- names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("dense1", "dense1"),
        ("dense 1", "dense_1"),
        ("1st layer", "layer_1st_layer"),
        ("class", "class_"),
        ("forward", "forward_"),  # an nn.Module method
        ("x", "x_"),  # forward's argument
        ("Скрытый слой", "Скрытый_слой"),
        ("---", "layer"),
    ],
)
def test_node_names_become_python_identifiers(name: str, expected: str) -> None:
    assert codegen.identifier(name, set()) == expected


def test_identifiers_stay_unique() -> None:
    taken: set[str] = set()
    assert [codegen.identifier(n, taken) for n in ("a b", "a-b", "a_b")] == ["a_b", "a_b_2", "a_b_3"]


def test_class_names_come_from_the_project_name() -> None:
    assert codegen.class_name("gan-ring", "generator") == "GanRingGenerator"
    assert codegen.class_name("xor mlp") == "XorMlp"
    assert codegen.class_name("3d net") == "Net3dNet"
    assert codegen.class_name("") == "Network"
    assert codegen.class_name("Add") == "Network"  # would hide the helper module of that name


def test_every_helper_module_of_the_engine_is_known_to_the_code_export() -> None:
    defined = {name for name, obj in vars(modules).items() if inspect.isclass(obj) and issubclass(obj, torch.nn.Module)}
    assert set(codegen.HELPERS) == defined


# --- what the file says --------------------------------------------------------------------------


def test_the_source_is_readable_and_imports_torch_only() -> None:
    case = CASES["dag"]()
    source = source_of(case)
    tree = ast.parse(source)
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported == {"__future__", "pathlib", "torch", "safetensors.torch"}
    classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
    assert classes == ["Add", "Concat", "SkipDag"]  # only the helpers this design uses, then the network
    assert "        self.dense1 = nn.Linear(2, 6, bias=True)  # Dense: 2 → 6" in source
    assert "        add1 = self.add1(act1, dense2)  # batch×6" in source
    assert "        concat1 = self.concat1(act2, act1)  # batch×12" in source
    assert "        return dense3  # output1 (Output): batch×1" in source
    assert "Input: batch×2 values. Output: batch×1, the predicted values." in source
    forward = source[source.index("def forward(self, x") :]
    order = [forward.index(f"= self.{n}(") for n in ("dense1", "act1", "dense2", "add1", "act2", "concat1", "dense3")]
    assert order == sorted(order)  # topological order


def test_pass_through_nodes_become_names_not_layers() -> None:
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 1}),
            ("Activation", {"function": "identity"}),
            ("Latent", {}),
            ("Dense", {"units": 2}),
            ("Output", {"task": "reconstruction"}),
        ]
    )
    project = make_project(graph, {"dataset": "gaussians"})
    model = GraphModule(project.graph, project.data_info()).eval()
    source = codegen.python_source(project, model, "", "w.safetensors")
    assert "self.latent1" not in source and "self.act1" not in source
    assert "# latent1 (Latent) passes dense1 through" in source
    assert "dense2 = self.dense2(dense1)" in source
    net = run_source(source)["Network"]()
    net.load_state_dict(codegen.renamed_state(model.state_dict(), codegen.attribute_names(project, model)))
    x = torch.randn(5, 2)
    assert max_diff(net(x), model(x)) == 0.0


def test_names_that_are_not_identifiers_still_give_working_code(tmp_path: Path) -> None:
    case = CASES["mlp"]()
    dense = [n.id for n in case.project.graph.nodes_of_kind("Dense")]
    for nid, name in zip(dense, ["first layer", "class"], strict=True):
        Rename(nid, name).do(case.project.graph)
    ex.export(case.project, "python", tmp_path / "net.py", model=case.model)
    source = (tmp_path / "net.py").read_text(encoding="utf-8")
    assert "self.first_layer = nn.Linear(2, 8" in source and "self.class_ = nn.Linear(8, 1" in source
    net = run_source(source)["load"](tmp_path / "net.pt")
    x = case.inputs(4)
    assert max_diff(net(x), case.expected(x)) == 0.0


@pytest.mark.parametrize(
    ("cell", "params"),
    [
        ("RNN", {"nonlinearity": "relu", "layers": 2, "bidirectional": True}),
        ("GRU", {"return_sequences": True, "recurrent_init": "orthogonal", "gain": 0.7}),
        ("LSTM", {"bidirectional": True, "recurrent_init": "glorot", "forget_bias": 2.0}),
    ],
)
def test_recurrent_layers_match_the_engine(cell: str, params: dict[str, Any]) -> None:
    head = "TimeDense" if params.get("return_sequences") else "Dense"
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [7, 1]}),
            (cell, {"hidden": 5, **params}),
            (head, {"units": 1}),
            ("Output", {"task": "regression"}),
        ]
    )
    target = "every" if params.get("return_sequences") else "last"
    project = make_project(graph, {"dataset": "sine", "seq_len": 7, "seq_target": target})
    assert project.check().ok
    model = GraphModule(project.graph, project.data_info()).eval()
    namespace = run_source(codegen.python_source(project, model, "", "w.safetensors"))
    # The copied init gives the same starting weights as the engine's layer for the same seed.
    code = kind(cell).module_code([(7, 1)], project.graph.nodes[ids[1]].params)
    torch.manual_seed(5)
    ours = eval(code, {"L": modules, "nn": torch.nn})  # noqa: S307
    torch.manual_seed(5)
    theirs = eval(code.replace("L.", ""), namespace)  # noqa: S307
    assert all(torch.equal(a, b) for a, b in zip(ours.state_dict().values(), theirs.state_dict().values(), strict=True))
    net = namespace["Network"]()
    net.load_state_dict(codegen.renamed_state(model.state_dict(), codegen.attribute_names(project, model)))
    net.eval()
    x = torch.randn(4, 7, 1)
    with torch.no_grad():
        assert max_diff(net(x), model(x)) <= 1e-6


def test_load_reads_the_apps_own_pt_and_safetensors_exports(tmp_path: Path) -> None:
    case = CASES["cnn"]()
    ex.export(case.project, "python", tmp_path / "cnn.py", model=case.model)
    ex.export(case.project, "pt", tmp_path / "app.pt", model=case.model)
    ex.export(case.project, "safetensors", tmp_path / "app.safetensors", model=case.model)
    load = run_source((tmp_path / "cnn.py").read_text(encoding="utf-8"))["load"]
    x = case.inputs(3)
    for weights in ("app.pt", "app.safetensors", "cnn.pt"):
        net = load(tmp_path / weights)
        assert not net.training
        with torch.no_grad():
            assert max_diff(net(x), case.expected(x)) <= 1e-6, weights


# --- a clean environment: torch, no NN Playground ---------------------------------

DRIVER = """
import importlib.util, json, sys
sys.modules["safetensors"] = None  # torch alone: the exported weights are a plain .pt state dict
import torch
try:
    import playground.engine
    sys.exit("NN Playground's code is importable in the clean environment")
except ImportError:
    pass
sys.modules.pop("playground", None)  # the editable install may leave a namespace folder holding resources only
for name in json.loads(sys.argv[1]):
    spec = importlib.util.spec_from_file_location(name, f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    model = module.load()
    with torch.no_grad():
        torch.save(model(torch.load(f"{name}.in.pt")), f"{name}.out.pt")
print("loaded", sorted(m for m in sys.modules if m.split(".")[0] == "playground"))
"""


@pytest.fixture(scope="module")
def clean_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv whose only packages are this environment's site-packages, without NN Playground's own path.

    The editable install puts the repository on sys.path through a .pth file in site-packages; listing that
    folder in a .pth of the new venv adds it as a plain path, so its .pth files (and the repository) stay out.
    """
    venv = tmp_path_factory.mktemp("clean-venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    (site,) = venv.glob("lib/python*/site-packages")
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv / "bin" / "python"


def test_generated_files_run_in_a_clean_environment(clean_python: Path, tmp_path: Path) -> None:
    cases = {"mlp": CASES["mlp"](), "text": CASES["text"](), "gan": CASES["gan"]()}
    inputs = {}
    for name, case in cases.items():
        ex.export(case.project, "python", tmp_path / f"{name}.py", model=case.model, network=case.network)
        inputs[name] = case.inputs(6)
        torch.save(inputs[name], tmp_path / f"{name}.in.pt")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [str(clean_python), "-I", "-c", DRIVER, json.dumps(list(cases))],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded []"
    for name, case in cases.items():
        got = torch.load(tmp_path / f"{name}.out.pt", weights_only=True)
        assert max_diff(got, case.expected(inputs[name])) <= 1e-5, name
    script = subprocess.run(
        [str(clean_python), "-I", "text.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert script.returncode == 0, script.stderr
    assert script.stdout.strip() == "input (4, 12) -> output (4, 12, 36)"
