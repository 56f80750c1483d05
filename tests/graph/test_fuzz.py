"""Property tests: random edit sessions keep the design consistent; the loader never crashes on junk."""

import copy
import json
import math
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from playground.graph import (
    KINDS,
    AddNode,
    Connect,
    DataInfo,
    Disconnect,
    Graph,
    GraphError,
    History,
    Macro,
    Move,
    ParamSpec,
    Project,
    ProjectError,
    RemoveNodes,
    Rename,
    SetParam,
    copy_nodes,
    infer_shapes,
    load_project,
    paste_nodes,
)

FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# values of every JSON type, some valid for some parameter, many not
ANY_VALUE = st.one_of(
    st.integers(-10, 5000),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.sampled_from(["relu", "tanh", "binary", "multiclass", "regression", "mse", "bce", "he_normal", ""]),
    st.lists(st.integers(-2, 40), max_size=5),
    st.text(max_size=5),
)
POSITION = st.integers(0, 7).flatmap(
    lambda i: st.tuples(st.floats(-5000, 5000), st.floats(-5000, 5000)) if i
    else st.tuples(st.sampled_from([math.nan, math.inf, 1e9]), st.floats(-1, 1))
)
NAME = st.one_of(st.text(alphabet="abc1 ", max_size=4), st.sampled_from(["dense1", "input1", "x" * 61]))
DATA = [None, DataInfo(2, "classification", 2), DataInfo(3, "classification", 4), DataInfo(2, "regression")]


def check_invariants(graph: Graph) -> None:
    """What must hold after any sequence of edits, accepted or refused."""
    ids = list(graph.nodes)
    assert len(set(ids)) == len(ids)
    assert all(e.src in graph.nodes and e.dst in graph.nodes for e in graph.edges), "dangling edge"
    assert len(set(graph.edges)) == len(graph.edges), "duplicate edge"
    names = [n.name for n in graph.nodes.values()]
    assert len(set(names)) == len(names), "duplicate name"
    order = graph.topological_order()
    position = {nid: i for i, nid in enumerate(order)}
    assert sorted(order) == sorted(ids)
    assert all(position[e.src] < position[e.dst] for e in graph.edges)
    for data in DATA:
        report = infer_shapes(graph, data)
        assert set(report.errors) <= set(graph.nodes)
        assert all(nid in graph.nodes for nid in report.shapes)
    # whatever the editor can make, the project file can hold and give back exactly
    text = Project(graph=graph).to_json()
    assert load_project(text).to_json() == text


def plausible(spec: ParamSpec) -> st.SearchStrategy:
    """Values for ``spec``: mostly ones it accepts, sometimes anything."""
    if spec.type == "int":
        good = st.integers(int(spec.min), min(int(spec.max), 16))
    elif spec.type == "float":
        good = st.floats(spec.min, spec.max)
    elif spec.type == "bool":
        good = st.booleans()
    elif spec.type == "choice":
        good = st.sampled_from(spec.choices)
    elif spec.type == "shape":
        good = st.lists(st.integers(1, 5), min_size=1, max_size=3)
    else:
        good = ANY_VALUE
    # not one_of(good, ANY_VALUE): hypothesis flattens one_of, so ANY_VALUE's many branches would dominate
    return st.integers(0, 3).flatmap(lambda i: good if i else ANY_VALUE)


def draw_command(data: st.DataObject, graph: Graph, depth: int = 0) -> Any:
    """One random edit, usually plausible, sometimes nonsense (unknown ids, bad values)."""
    ids = list(graph.nodes)
    some_id = st.sampled_from(ids + ["ghost"]) if ids else st.just("ghost")
    op = data.draw(st.sampled_from(
        ["add", "add", "add", "connect", "connect", "connect", "connect", "disconnect", "remove", "param", "rename",
         "move", "paste", "macro"] if depth == 0 else ["add", "connect", "param", "remove", "rename"]
    ))
    if op == "add":
        kind_id = data.draw(st.sampled_from([*KINDS, "Dense", "Dense", "Nope"]))
        params = {}
        if kind_id in KINDS and KINDS[kind_id].params and data.draw(st.booleans()):
            spec = data.draw(st.sampled_from(KINDS[kind_id].params))
            params[spec.name] = data.draw(plausible(spec))
        return AddNode(kind_id, params, data.draw(POSITION), data.draw(st.one_of(st.just(""), st.just(""), NAME)))
    if op == "connect":
        allowed = [(a, b) for a in ids for b in ids if graph.check_connect(a, b) is None]
        if allowed and data.draw(st.integers(0, 5)):  # mostly edges that fit, so designs grow branches
            return Connect(*data.draw(st.sampled_from(allowed)))
        return Connect(data.draw(some_id), data.draw(some_id), data.draw(st.sampled_from(["in", "in", "in", "x"])))
    if op == "disconnect" and graph.edges:
        return Disconnect(data.draw(st.sampled_from(graph.edges)))
    if op == "remove":
        return RemoveNodes(data.draw(st.lists(some_id, min_size=1, max_size=3)))
    if op == "param" and ids:
        nid = data.draw(st.sampled_from(ids))
        specs = KINDS[graph.node(nid).kind].params
        name = data.draw(st.sampled_from([s.name for s in specs] + ["nope"]))
        value = data.draw(plausible(KINDS[graph.node(nid).kind].param(name)) if name != "nope" else ANY_VALUE)
        return SetParam(nid, name, value)
    if op == "rename":
        return Rename(data.draw(some_id), data.draw(NAME))
    if op == "move" and ids:
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        return Move({nid: data.draw(POSITION) for nid in chosen})
    if op == "paste" and ids:
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))
        return paste_nodes(copy_nodes(graph, chosen), data.draw(POSITION))
    if op == "macro":
        return Macro([draw_command(data, graph, depth + 1) for _ in range(data.draw(st.integers(1, 3)))])
    return AddNode("Dense")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edit_sessions_keep_the_design_consistent_and_undo_everything(data):
    graph = Graph()
    history = History(graph)
    states = [copy.deepcopy(graph.to_dict())]  # states[i]: the graph after i commands on the undo stack
    undone: list[dict] = []  # the states redo leads to, last first
    for _ in range(data.draw(st.integers(1, 30))):
        action = data.draw(st.sampled_from(["edit"] * 6 + ["undo", "redo"]))
        if action == "undo" and history.can_undo:
            history.undo()
            undone.append(states.pop())
            assert graph.to_dict() == states[-1]
        elif action == "redo" and history.can_redo:
            history.redo()
            states.append(undone.pop())
            assert graph.to_dict() == states[-1]
        else:
            cmd = draw_command(data, graph)
            before = copy.deepcopy(graph.to_dict())
            try:
                history.push(cmd)
            except GraphError:
                event(f"refused {type(cmd).__name__}")
                assert graph.to_dict() == before, "a refused edit changed the design"
            else:
                event(f"accepted {type(cmd).__name__}")
                states.append(copy.deepcopy(graph.to_dict()))
                undone.clear()
        assert history.can_undo == (len(states) > 1)
        assert history.can_redo == bool(undone)
        check_invariants(graph)

    event(f"final design has {'no' if not graph.edges else 'some'} edges")
    final = copy.deepcopy(graph.to_dict())
    depth = len(states) - 1
    for _ in range(depth):
        history.undo()
    assert graph.to_dict() == {"nodes": [], "edges": []} == states[0]
    assert not history.can_undo
    for _ in range(depth):
        history.redo()
    assert graph.to_dict() == final


# --- the project loader ----------------------------------------------------------------------------

JSON_LEAF = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=8),
    st.sampled_from(["nn-playground-project", "Dense", "Input", "Output", "n1", "n2", "in", "relu", "x1"]),
)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.one_of(st.text(max_size=6), st.sampled_from(
            ["format", "version", "graph", "nodes", "edges", "id", "kind", "name", "params", "pos", "src", "dst",
             "port", "data", "training", "units", "features"])),
        inner, max_size=4),
    max_leaves=20,
)


def sample_dict() -> dict:
    """A valid project with every kind of node, so mutations reach every part of the loader."""
    graph = Graph()
    history = History(graph)
    kinds = [("Input", {}), ("Dense", {}), ("Activation", {}), ("Dropout", {}), ("BatchNorm", {}), ("Dense", {}),
             ("Add", {}), ("Concat", {}), ("Dense", {"units": 1}), ("Output", {})]
    ids = [history.push(AddNode(k, p, (i * 50.0, 0.0))).node_id for i, (k, p) in enumerate(kinds)]
    for a, b in [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (1, 6), (6, 7), (0, 7), (7, 8), (8, 9)]:
        history.push(Connect(ids[a], ids[b]))
    return json.loads(Project(graph=graph, name="fuzz").to_json())


VALID = sample_dict()


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (keys and indices) inside ``value``, the root included."""
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += paths(v, (*prefix, i))
    return found


PATHS = paths(VALID)


def loads_or_refuses(text: str | bytes) -> None:
    """The only outcomes: a Project (that saves and loads back exactly) or a ProjectError with problems."""
    try:
        project = load_project(text)
    except ProjectError as e:
        event("refused")
        assert e.problems and all(isinstance(p, str) and p for p in e.problems)
        assert str(e)
        return
    event("loaded")
    assert isinstance(project, Project)
    project.check()
    saved = project.to_json()
    assert load_project(saved).to_json() == saved


@FAST
@given(JSON_VALUE)
def test_loader_on_random_json(value):
    loads_or_refuses(json.dumps(value))


@FAST
@given(st.dictionaries(st.sampled_from(list(VALID)), JSON_VALUE, max_size=8), st.data())
def test_loader_on_random_objects_with_a_valid_header(value, data):
    value = {**value, "format": "nn-playground-project", "version": data.draw(st.sampled_from([1, 1, 2, 0, "1"]))}
    loads_or_refuses(json.dumps(value))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(PATHS), st.sampled_from(["replace", "delete", "duplicate", "huge"]), JSON_VALUE)
def test_loader_on_mutated_valid_projects(path, action, value):
    raw = copy.deepcopy(VALID)
    if not path:
        raw = value
    else:
        parent = raw
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        if action == "replace":
            parent[key] = value
        elif action == "huge":
            parent[key] = 10**400 if isinstance(parent[key], (int, float)) else [parent[key]] * 3
        elif action == "delete":
            del parent[key]
        elif isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        else:
            parent[key] = [parent[key], parent[key]]
    loads_or_refuses(json.dumps(raw))


VALID_TEXT = json.dumps(VALID, indent=2)


@FAST
@given(st.integers(0, len(VALID_TEXT)))
def test_loader_on_truncated_text(cut):
    loads_or_refuses(VALID_TEXT[:cut])


@FAST
@given(st.integers(0, len(VALID_TEXT) - 1), st.binary(min_size=1, max_size=3))
def test_loader_on_corrupted_bytes(at, junk):
    raw = VALID_TEXT.encode("utf-8")
    loads_or_refuses(raw[:at] + junk + raw[at + len(junk):])


def test_the_fuzz_sample_is_itself_valid():
    project = load_project(json.dumps(VALID))
    assert project.check().errors == {}
    assert len(PATHS) > 100
