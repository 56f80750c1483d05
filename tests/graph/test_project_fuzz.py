"""Hostile project files: every shipped preset, mutated in ways a hand-edited or damaged file would be, either
loads (and checks its shapes without crashing) or is refused with a ``ProjectError``; nothing else escapes.

test_fuzz.py mutates one synthetic design with random JSON; these start from the real presets (lessons, variants,
image, sequence and GAN designs included) and aim at the loader's edge cases: wrong types, extreme numbers,
unknown kinds, dangling edges, cycles, duplicate ids, truncation, damaged bytes.
"""

from __future__ import annotations

import copy
import json
import math
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_fuzz import paths as every_path

from playground.graph import Project, ProjectError, load_project, read_project

PRESET_DIR = Path(__file__).parents[2] / "resources" / "presets"
PRESETS: dict[str, dict[str, Any]] = {
    p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(PRESET_DIR.glob("*.json"))
}
TEXTS = {name: json.dumps(raw, indent=2, ensure_ascii=False) for name, raw in PRESETS.items()}
BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Numbers a careless editor or a damaged file may hold; json.dumps writes NaN/Infinity, which json.loads accepts.
EXTREME = st.sampled_from(
    [math.nan, math.inf, -math.inf, 1e308, -1e308, 5e-324, -1, -(10**18), 10**18, 10**400, 0, -0.0, 2**63, True]
)
JSON_LEAF = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=6),
    EXTREME, st.sampled_from(["Dense", "Conv9", "LSTM", "n1", "n2", "in", "relu", "mnist", "xor", ""]),
)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


def paths(value: Any) -> list[tuple]:
    """Every path (keys and indices) inside ``value``, the root excluded."""
    return [path for path in every_path(value) if path]


PATHS = [(name, path) for name, raw in PRESETS.items() for path in paths(raw)]


def loads_or_refuses(text: str | bytes, note: bool = True) -> Project | None:
    """The only outcomes: a Project whose shapes can be checked and that saves and loads back, or a ProjectError."""
    try:
        project = load_project(text)
    except ProjectError as e:
        if note:  # hypothesis statistics; events exist only inside a @given test
            event("refused")
        assert e.problems and all(isinstance(p, str) and p.strip() for p in e.problems)
        assert str(e).strip() and "Traceback" not in str(e)
        return None
    if note:
        event("loaded")
    assert isinstance(project, Project)
    report = project.check()  # must not raise, whatever the design
    assert set(report.errors) <= set(project.graph.nodes)
    saved = project.to_json()
    assert load_project(saved).to_json() == saved
    return project


def nodes_of(raw: dict[str, Any]) -> list[dict[str, Any]]:
    return raw["graph"]["nodes"]


# --- structural mutations a hand-edited file may have ----------------------------------------------------


def duplicate_id(raw: dict[str, Any], i: int) -> None:
    nodes = nodes_of(raw)
    twin = copy.deepcopy(nodes[i % len(nodes)])
    twin["name"] = twin["name"] + "_twin"
    nodes.append(twin)


def unknown_kind(raw: dict[str, Any], i: int) -> None:
    nodes_of(raw)[i % len(nodes_of(raw))]["kind"] = ["Conv9", "dense", "", "__init__", "Input ", "KINDS"][i % 6]


def dangling_edge(raw: dict[str, Any], i: int) -> None:
    nodes = nodes_of(raw)
    raw["graph"]["edges"].append({"src": nodes[i % len(nodes)]["id"], "dst": "ghost", "port": "in"})


def edge_from_nowhere(raw: dict[str, Any], i: int) -> None:
    nodes = nodes_of(raw)
    raw["graph"]["edges"].insert(0, {"src": "ghost", "dst": nodes[i % len(nodes)]["id"]})


def reverse_edge(raw: dict[str, Any], i: int) -> None:
    """An edge back against an existing one: a two-node cycle (or a port that is already taken)."""
    edges = raw["graph"]["edges"]
    if edges:
        e = edges[i % len(edges)]
        edges.append({"src": e["dst"], "dst": e["src"], "port": e.get("port", "in")})


def close_the_loop(raw: dict[str, Any], i: int) -> None:
    """Last node back to a middle one: a longer cycle."""
    nodes = nodes_of(raw)
    raw["graph"]["edges"].append({"src": nodes[-1]["id"], "dst": nodes[i % len(nodes)]["id"], "port": "b"})


def self_loop(raw: dict[str, Any], i: int) -> None:
    nid = nodes_of(raw)[i % len(nodes_of(raw))]["id"]
    raw["graph"]["edges"].append({"src": nid, "dst": nid})


def duplicate_edge(raw: dict[str, Any], i: int) -> None:
    edges = raw["graph"]["edges"]
    if edges:
        edges.append(dict(edges[i % len(edges)]))


def drop_node(raw: dict[str, Any], i: int) -> None:
    """The node goes, its edges stay: they now point at a missing node."""
    nodes = nodes_of(raw)
    del nodes[i % len(nodes)]


def shuffle_nodes(raw: dict[str, Any], i: int) -> None:
    nodes = nodes_of(raw)
    k = i % len(nodes)
    nodes[:] = nodes[k:] + nodes[:k]


def extra_keys(raw: dict[str, Any], i: int) -> None:
    raw["surprise"] = i
    nodes_of(raw)[i % len(nodes_of(raw))]["colour"] = "red"
    raw["graph"]["extra"] = []


def strip_params(raw: dict[str, Any], i: int) -> None:
    """Params missing: the loader must fill defaults, which may then not fit the data (a shape error, not a crash)."""
    for node in nodes_of(raw):
        node.pop("params", None)


def wrong_section_types(raw: dict[str, Any], i: int) -> None:
    key = ["graph", "data", "training", "view", "lesson", "variants", "name"][i % 7]
    raw[key] = [[], "text", 3, None, {"nodes": "x"}, [1, 2]][i % 6]


STRUCTURAL = [
    duplicate_id, unknown_kind, dangling_edge, edge_from_nowhere, reverse_edge, close_the_loop, self_loop,
    duplicate_edge, drop_node, shuffle_nodes, extra_keys, strip_params,
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(list(PRESETS)), st.lists(st.sampled_from(STRUCTURAL), min_size=1, max_size=3),
       st.integers(0, 50), st.booleans())
def test_structurally_broken_presets_load_or_are_refused(name, mutations, i, and_a_wrong_section):
    raw = copy.deepcopy(PRESETS[name])
    raw["graph"].setdefault("edges", [])
    for mutate in mutations:
        if nodes_of(raw):  # drop_node may have emptied it
            mutate(raw, i)
    if and_a_wrong_section:  # last: it may replace the graph the mutations above edit
        wrong_section_types(raw, i)
    loads_or_refuses(json.dumps(raw))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), st.sampled_from(["replace", "extreme", "delete", "wrap"]), JSON_VALUE, EXTREME)
def test_any_field_of_any_preset_with_a_wrong_value(target, action, value, extreme):
    name, path = target
    raw = copy.deepcopy(PRESETS[name])
    parent = raw
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if action == "replace":
        parent[key] = value
    elif action == "extreme":
        parent[key] = extreme
    elif action == "delete":
        del parent[key]
    else:
        parent[key] = {"value": parent[key]} if isinstance(parent[key], list) else [parent[key]]
    event(action)
    loads_or_refuses(json.dumps(raw))


@BOUNDED
@given(st.sampled_from(list(PRESETS)),
       st.sampled_from(["graph", "data", "training", "view", "lesson", "variants"]), JSON_VALUE)
def test_a_whole_section_replaced_by_random_json(name, section, value):
    raw = copy.deepcopy(PRESETS[name])
    raw[section] = value
    loads_or_refuses(json.dumps(raw))


@BOUNDED
@given(st.sampled_from(list(PRESETS)), st.data())
def test_every_numeric_field_set_to_extremes(name, data):
    """All numbers of a preset at once: huge, negative, NaN, infinite or a bool (which is not a number here)."""
    raw = copy.deepcopy(PRESETS[name])
    numeric = [p for p in paths(raw) if _is_number(_get(raw, p))]
    for path in data.draw(st.lists(st.sampled_from(numeric), min_size=1, max_size=6, unique=True)) if numeric else []:
        _set(raw, path, data.draw(EXTREME))
    loads_or_refuses(json.dumps(raw))


@BOUNDED
@given(st.sampled_from(list(PRESETS)), st.floats(0, 1, exclude_max=True))
def test_truncated_presets_are_refused(name, fraction):
    text = TEXTS[name]
    cut = int(len(text.rstrip()) * fraction)
    project = loads_or_refuses(text[:cut])
    assert project is None, "a preset cut short must not load"


@BOUNDED
@given(st.sampled_from(list(PRESETS)), st.data())
def test_presets_with_damaged_bytes(name, data):
    raw = bytearray(TEXTS[name].encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    loads_or_refuses(bytes(raw))


@BOUNDED
@given(st.binary(max_size=200))
def test_random_bytes_from_a_file(blob):
    """read_project on whatever a user picked: a ProjectError, never a crash (through the real file reader)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "picked.json"
        path.write_bytes(blob)
        try:
            read_project(path)
        except ProjectError as e:
            assert e.problems
        else:
            raise AssertionError(f"random bytes loaded as a project: {blob!r}")


@BOUNDED
@given(JSON_VALUE)
def test_random_json_with_a_valid_header_and_a_preset_graph(value):
    """A valid header and graph with every other field random: refused or loaded, never a crash."""
    raw = copy.deepcopy(PRESETS["xor-mlp"])
    keys = value if isinstance(value, dict) else {"data": value}
    raw.update({k: v for k, v in keys.items() if k not in ("format", "version")})
    loads_or_refuses(json.dumps(raw))


def test_every_preset_loads_and_checks():
    """The fuzz starts from valid files: otherwise every case above would only exercise the refusal path."""
    assert len(PRESETS) >= 10
    for name, text in TEXTS.items():
        project = loads_or_refuses(text, note=False)
        assert project is not None, name
        assert project.check().ok, name


def test_specific_hostile_graphs_are_refused_with_their_path():
    """Spot checks that the mutations above reach the refusals they aim at (so the fuzz cannot pass vacuously)."""
    for mutate, expected in [
        (duplicate_id, "must be a unique non-empty text"),
        (unknown_kind, "is not a known layer kind"),
        (dangling_edge, "both ends must be nodes of this design"),
        (self_loop, "graph.edges["),
        (drop_node, "graph.edges["),
    ]:
        raw = copy.deepcopy(PRESETS["xor-mlp"])
        mutate(raw, 1)
        try:
            load_project(json.dumps(raw))
        except ProjectError as e:
            assert any(expected in p for p in e.problems), (mutate.__name__, e.problems)
        else:
            raise AssertionError(f"{mutate.__name__} was not refused")
    raw = copy.deepcopy(PRESETS["spiral-deep"])
    close_the_loop(raw, 1)
    raw["graph"]["edges"][-1]["port"] = "in"
    try:
        load_project(json.dumps(raw))
    except ProjectError as e:
        assert any("cycle" in p or "already has an input" in p or "no output port" in p for p in e.problems)
    else:
        raise AssertionError("a cycle was not refused")


def test_a_lesson_condition_with_an_odd_metric_or_a_huge_value_is_a_problem_not_a_crash():
    """Found by the fuzz above: a list as metric was a TypeError (unhashable), 10**400 an OverflowError."""
    name = next(n for n, raw in PRESETS.items() if raw.get("lesson", {}).get("check"))
    for field, value, expected in [
        ("metric", [], "lesson.check.conditions[0].metric must be one of "),
        ("metric", {"a": 1}, "lesson.check.conditions[0].metric must be one of "),
        ("value", math.nan, "lesson.check.conditions[0].value must be a finite number"),
    ]:
        raw = copy.deepcopy(PRESETS[name])
        raw["lesson"]["check"]["conditions"][0].pop("than", None)
        raw["lesson"]["check"]["conditions"][0].pop("variant", None)
        raw["lesson"]["check"]["conditions"][0][field] = value
        try:
            load_project(json.dumps(raw))
        except ProjectError as e:
            assert any(p.startswith(expected) for p in e.problems), e.problems
        else:
            raise AssertionError(f"{field}={value!r} was not refused")
    raw = copy.deepcopy(PRESETS[name])
    raw["lesson"]["check"]["conditions"][0].update(value=10**400, op=">=")
    raw["lesson"]["check"]["conditions"][0].pop("than", None)
    raw["lesson"]["check"]["conditions"][0].pop("variant", None)
    loads_or_refuses(json.dumps(raw), note=False)  # a whole number is finite: it may load, but never crash


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _get(raw: Any, path: tuple) -> Any:
    for key in path:
        raw = raw[key]
    return raw


def _set(raw: Any, path: tuple, value: Any) -> None:
    _get(raw, path[:-1])[path[-1]] = value
