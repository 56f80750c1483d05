"""Project files: exact round trip, problems reported by path, clear refusals, atomic saving."""

import json
import os
from pathlib import Path

import pytest

from playground.graph import (
    AddNode,
    Connect,
    Graph,
    History,
    Project,
    ProjectError,
    load_project,
    read_project,
    save_project,
)
from playground.graph import project as project_module

PRESETS = sorted((Path(__file__).parents[2] / "resources" / "presets").glob("*.json"))


def sample() -> Project:
    """A small skip-connection design with non-default settings everywhere."""
    g = Graph()
    h = History(g)
    ids = [
        h.push(AddNode(kind, params, pos, name)).node_id
        for kind, params, pos, name in [
            ("Input", {"shape": [3]}, (0.0, 10.5), "x"),
            ("Dense", {"units": 6, "init": "he_normal", "sigma": 0.25}, (120.333, 10.0), "fc1"),
            ("Activation", {"function": "leaky_relu", "slope": 0.2}, (240.0, -5.125), "act"),
            ("Dense", {"units": 6, "bias": False}, (360.0, 10.0), "fc2"),
            ("Add", {}, (480.0, 0.0), "skip"),
            ("Dense", {"units": 3}, (600.0, 0.0), "head"),
            ("Output", {"task": "multiclass", "loss": "cross_entropy"}, (720.0, 0.0), "out"),
        ]
    ]
    for a, b in [(0, 1), (1, 2), (2, 3), (3, 4), (2, 4), (4, 5), (5, 6)]:
        h.push(Connect(ids[a], ids[b]))
    project = Project(graph=g, name="Спіраль", description="skip connection\nsecond line")
    project.data.update(dataset="spiral", classes=3, features=["x1", "x2", "sin_x1"], noise=0.05, seed=7)
    project.training.update(optimizer="nadam", lr=1e-3, eps=1e-7, batch_size=16, l2=0.001)
    project.view = {"zoom": 1.5, "docks": ["data", "plots"]}
    return project


def valid_dict() -> dict:
    return json.loads(sample().to_json())


def problems_of(raw) -> list[str]:
    text = raw if isinstance(raw, (str, bytes)) else json.dumps(raw)
    with pytest.raises(ProjectError) as info:
        load_project(text)
    assert str(info.value)  # the message is the problems, one per line
    return info.value.problems


# --- round trip ------------------------------------------------------------------------------------


def test_sample_is_valid_against_its_data():
    assert sample().check().ok


def test_to_json_load_to_json_is_byte_identical():
    text = sample().to_json()
    again = load_project(text)
    assert again.to_json() == text
    assert load_project(text.encode("utf-8")).to_json() == text
    assert again.graph.to_dict() == sample().graph.to_dict()
    assert (again.name, again.description, again.view) == ("Спіраль", "skip connection\nsecond line", sample().view)
    assert again.data["features"] == ["x1", "x2", "sin_x1"]
    assert again.training["lr"] == 1e-3


def test_to_json_is_utf8_text_with_format_and_version_first():
    text = sample().to_json()
    assert text.endswith("}\n")
    assert "Спіраль" in text  # not \\u escapes: a person can read the file
    raw = json.loads(text)
    assert list(raw)[:2] == ["format", "version"]
    assert raw["format"] == "nn-playground-project"
    assert raw["version"] == 1


def test_a_default_project_round_trips():
    text = Project().to_json()
    assert load_project(text).to_json() == text


def test_loading_fills_missing_settings_with_defaults_and_canonicalises():
    raw = {"format": "nn-playground-project", "version": 1,
           "graph": {"nodes": [{"id": "a", "kind": "Dense", "name": "d", "params": {"units": 3.0}}]}}
    project = load_project(json.dumps(raw))
    node = project.graph.node("a")
    assert node.params == {"units": 3, "bias": True, "init": "glorot_uniform", "sigma": 0.1, "frozen": False}
    assert node.pos == (0.0, 0.0)
    assert project.data == Project().data and project.training == Project().training
    text = project.to_json()
    assert load_project(text).to_json() == text


def test_names_are_stripped_on_load_and_must_stay_unique():
    raw = valid_dict()
    raw["graph"]["nodes"][1]["name"] = "  fc1 "
    assert load_project(json.dumps(raw)).graph.node("n2").name == "fc1"
    raw["graph"]["nodes"][3]["name"] = "fc1  "
    assert problems_of(raw) == ["graph.nodes[3].name must be a unique text of 1 to 60 characters"]


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.stem)
def test_presets_round_trip(preset):
    project = read_project(preset)
    text = project.to_json()
    assert load_project(text).to_json() == text


def test_loaded_graph_keeps_working_and_new_ids_do_not_clash():
    project = load_project(sample().to_json())
    h = History(project.graph)
    new = h.push(AddNode("Dense")).node_id
    assert new not in {n["id"] for n in valid_dict()["graph"]["nodes"]}


# --- problems by path ------------------------------------------------------------------------------


def test_bad_param_is_reported_by_path():
    raw = valid_dict()
    raw["graph"]["nodes"][3]["params"]["units"] = -4
    assert problems_of(raw) == ["graph.nodes[3].params.units must be an integer from 1 to 4096, got -4"]


def test_several_problems_are_reported_at_once():
    raw = valid_dict()
    raw["graph"]["nodes"][1]["params"]["units"] = 0
    raw["graph"]["nodes"][2]["params"]["function"] = "swish"
    raw["graph"]["nodes"][2]["params"]["colour"] = "red"
    raw["data"]["noise"] = 2
    raw["training"]["batch_size"] = True
    raw["training"]["momentum"] = float("nan")
    raw["extra"] = 1
    raw["name"] = 5
    problems = problems_of(json.dumps(raw))
    assert problems == [
        "extra is not a known field",
        "name must be a text",
        "graph.nodes[1].params.units must be an integer from 1 to 4096, got 0",
        "graph.nodes[2].params.colour is not a known setting",
        "graph.nodes[2].params.function must be one of identity, step, sign, sigmoid, tanh, relu, leaky_relu, elu, "
        "selu, softmax, got 'swish'",
        "data.noise must be a number from 0 to 1, got 2",
        "training.momentum must be a number from 0 to 0.999, got nan",
        "training.batch_size must be an integer from 1 to 4096, got true",
    ]


def test_many_problems_are_cut_in_the_message_but_all_kept():
    raw = valid_dict()
    for i in range(30):
        raw[f"junk{i}"] = i
    with pytest.raises(ProjectError) as info:
        load_project(json.dumps(raw))
    assert len(info.value.problems) == 30
    lines = str(info.value).splitlines()
    assert len(lines) == 21
    assert lines[-1] == "… and 10 more"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda r: r["graph"]["nodes"][2].update(kind="Conv9"),
         "graph.nodes[2].kind 'Conv9' is not a known layer kind (Input, Dense, Activation, Dropout, BatchNorm, "),
        (lambda r: r["graph"]["nodes"][2].update(kind=["Dense"]), "graph.nodes[2].kind \"['Dense']\" is not a known"),
        (lambda r: r["graph"]["nodes"][2].update(id=r["graph"]["nodes"][1]["id"]),
         "graph.nodes[2].id must be a unique non-empty text, got 'n2'"),
        (lambda r: r["graph"]["nodes"][2].update(id=7), "graph.nodes[2].id must be a unique non-empty text, got '7'"),
        (lambda r: r["graph"]["nodes"][2].update(name="fc1"), "graph.nodes[2].name must be a unique text of 1 to 60"),
        (lambda r: r["graph"]["nodes"][2].update(name="  "), "graph.nodes[2].name must be a unique text of 1 to 60"),
        (lambda r: r["graph"]["nodes"][2].update(pos=[1]), "graph.nodes[2].pos must be two numbers [x, y]"),
        (lambda r: r["graph"]["nodes"][2].update(pos=[float("nan"), 0]), "graph.nodes[2].pos must be two numbers"),
        (lambda r: r["graph"]["nodes"][2].update(pos=[1e9, 0]), "graph.nodes[2].pos must be two numbers"),
        (lambda r: r["graph"]["nodes"][2].update(pos=[True, 0]), "graph.nodes[2].pos must be two numbers"),
        (lambda r: r["graph"]["nodes"].__setitem__(2, "Dense"), "graph.nodes[2] must be an object"),
        (lambda r: r["graph"]["nodes"][2].update(params=[1]), "graph.nodes[2].params must be an object, got [1]"),
        (lambda r: r["graph"]["edges"].append({"src": "n1", "dst": "ghost"}),
         "graph.edges[7]: both ends must be nodes of this design"),
        (lambda r: r["graph"]["edges"].append({"src": "n7", "dst": "n2"}),
         "graph.edges[7]: Output 'out' is the end of the network and has no output port"),
        (lambda r: r["graph"]["edges"].append({"src": "n4", "dst": "n2"}),
         "graph.edges[7]: Dense 'fc1' already has an input"),
        (lambda r: r["graph"]["edges"].append({"src": "n5", "dst": "n3"}),
         "graph.edges[7]: Activation 'act' already has an input"),
        (lambda r: r["graph"]["edges"].append(r["graph"]["edges"][0]),
         "graph.edges[7]: 'x' is already connected to 'fc1'"),
        (lambda r: r["graph"]["edges"].append({"src": "n1"}), "graph.edges[7] must be an object with src and dst"),
        (lambda r: r["graph"]["edges"].append({"src": "n1", "dst": "n5", "port": 2}),
         "graph.edges[7].port must be a text"),
        (lambda r: r["graph"].update(nodes={}), "graph.nodes and graph.edges must be lists"),
        (lambda r: r.update(graph=[]), "graph must be an object with nodes and edges"),
        (lambda r: r.update(view=[]), "view must be an object"),
        (lambda r: r.update(description=None), "description must be a text"),
        (lambda r: r.update(data="spiral"), "data must be an object, got 'spiral'"),
        (lambda r: r["data"].update(features=["x1", "x1"]), "data.features must be a list of distinct values"),
    ],
)
def test_each_problem_is_named_by_its_path(mutate, expected):
    raw = valid_dict()
    mutate(raw)
    problems = problems_of(raw)
    assert any(p.startswith(expected) for p in problems), problems


def test_an_edge_making_a_cycle_is_refused():
    raw = valid_dict()
    # head → act would loop act → fc2 → skip → head → act; Activation's port is taken too, so use the Add
    raw["graph"]["edges"].append({"src": "n6", "dst": "n5"})
    assert problems_of(raw) == ["graph.edges[7]: connecting 'head' to 'skip' would make a cycle"]


# --- refusals before validation ------------------------------------------------------------------


def test_unknown_format():
    raw = valid_dict()
    raw["format"] = "keras-model"
    assert problems_of(raw) == [
        "this is not an NN Playground project (format is 'keras-model', expected 'nn-playground-project')"
    ]


def test_missing_format():
    assert problems_of({"version": 1}) == [
        "this is not an NN Playground project (format is 'None', expected 'nn-playground-project')"
    ]


def test_newer_version_asks_to_update_the_app():
    raw = valid_dict()
    raw["version"] = 2
    (problem,) = problems_of(raw)
    assert "newer NN Playground" in problem
    assert "file version 2" in problem
    assert problem.endswith("update the app to open it")


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True, None])
def test_bad_version(version):
    raw = valid_dict()
    raw["version"] = version
    (problem,) = problems_of(raw)
    assert problem.startswith("version must be a positive integer, got ")


def test_non_utf8_bytes():
    assert problems_of(b'{"format": "nn-playground-project", "name": "\xff\xfe"}') == [
        "the file is not UTF-8 text; is it really an NN Playground project?"
    ]


def test_invalid_json_gives_line_and_column():
    text = '{\n  "format": "nn-playground-project",\n  "version": 1,,\n}'
    (problem,) = problems_of(text)
    assert problem == (
        "the file is not valid JSON (line 3, column 16): Expecting property name enclosed in double quotes"
    )


def test_empty_file_is_invalid_json():
    (problem,) = problems_of("")
    assert problem.startswith("the file is not valid JSON (line 1, column 1)")


def test_deep_nesting_and_huge_integers_are_problems_not_crashes():
    assert problems_of("[" * 100_000 + "]" * 100_000) == ["the file is not valid JSON: nested too deeply"]
    (problem,) = problems_of('{"format": "nn-playground-project", "version": 1, "name": ' + "9" * 5000 + "}")
    assert problem == "the file is not valid JSON: a number has too many digits"


@pytest.mark.parametrize("root", ["[]", "3", '"text"', "null"])
def test_root_must_be_an_object(root):
    assert problems_of(root) == ["the file must hold a JSON object"]


# --- files -----------------------------------------------------------------------------------------


def test_save_then_read(tmp_path):
    path = tmp_path / "net.nnp.json"
    save_project(sample(), path)
    assert path.read_text(encoding="utf-8") == sample().to_json()
    assert read_project(path).to_json() == sample().to_json()
    assert [p.name for p in tmp_path.iterdir()] == ["net.nnp.json"]


def test_read_missing_file(tmp_path):
    with pytest.raises(ProjectError) as info:
        read_project(tmp_path / "nope.json")
    (problem,) = info.value.problems
    assert problem.startswith("cannot read ")
    assert "nope.json" in problem
    assert "No such file" in problem


def test_read_a_folder(tmp_path):
    with pytest.raises(ProjectError, match="cannot read"):
        read_project(tmp_path)


def test_read_too_large_file(tmp_path):
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(project_module.MAX_FILE_BYTES + 1_000_000)  # sparse: costs no disk space
    with pytest.raises(ProjectError) as info:
        read_project(path)
    assert info.value.problems == ["big.json is 21 MB; a project file is at most 20 MB"]


def test_read_invalid_file_reports_its_problems(tmp_path):
    path = tmp_path / "bad.json"
    raw = valid_dict()
    raw["graph"]["nodes"][3]["params"]["units"] = -4
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        read_project(path)
    assert info.value.problems == ["graph.nodes[3].params.units must be an integer from 1 to 4096, got -4"]


def test_save_is_atomic_when_the_rename_fails(tmp_path, monkeypatch):
    path = tmp_path / "net.json"
    path.write_text("old content", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        save_project(sample(), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["net.json"]


def test_save_is_atomic_when_the_write_fails(tmp_path, monkeypatch):
    path = tmp_path / "net.json"
    path.write_text("old content", encoding="utf-8")

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        save_project(sample(), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["net.json"]


def test_save_into_a_missing_folder_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        save_project(sample(), tmp_path / "missing" / "net.json")
    assert list(tmp_path.iterdir()) == []
