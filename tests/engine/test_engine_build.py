"""Graph → torch module: the shape oracle for every registry kind, weight inits, DAGs, build errors."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
import torch
from classic_cases import CLASSIC_CASES
from engine_helpers import Builder, chain_graph, make_project, mlp_specs
from image_cases import IMAGE_CASES
from rbm_cases import RBM_CASES
from sequence_cases import GAN_KINDS, SEQUENCE_CASES
from word_cases import WORD_CASES, trainer_owned

from playground.engine.build import BuildError, GraphModule, init_weights
from playground.engine.train import Trainer, TrainingError
from playground.graph import KINDS, Graph, infer_shapes, kind
from playground.graph.layers import INITS

BATCH = 3


# --- one small valid design per registry kind ------------------------------------------------
# Each case returns the graph and the ids of the nodes it is about. A kind added to the registry
# without a case here fails test_every_kind_has_an_oracle_case.


def _input_case() -> tuple[Graph, list[str]]:
    graph, ids = chain_graph([("Input", {"shape": [5]}), ("Dense", {"units": 2}), ("Output", {"task": "multiclass"})])
    return graph, [ids[0]]


def _dense_case() -> tuple[Graph, list[str]]:
    b = Builder()
    ids = b.chain([("Input", {"shape": [3]}), ("Dense", {"units": 7}), ("Dense", {"units": 4, "bias": False})])
    b.chain([("Dense", {"units": 1}), ("Output", {})], after=ids[-1])
    return b.graph, ids[1:]


def _activation_case(function: str) -> Callable[[], tuple[Graph, list[str]]]:
    def case() -> tuple[Graph, list[str]]:
        graph, ids = chain_graph(
            [
                ("Input", {"shape": [4]}),
                ("Dense", {"units": 6}),
                ("Activation", {"function": function, "slope": 0.2, "alpha": 0.5}),
                ("Dense", {"units": 1}),
                ("Output", {}),
            ]
        )
        return graph, [ids[2]]

    return case


def _dropout_case() -> tuple[Graph, list[str]]:
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [4]}),
            ("Dense", {"units": 6}),
            ("Dropout", {"p": 0.3}),
            ("Dense", {"units": 1}),
            ("Output", {}),
        ]
    )
    return graph, [ids[2]]


def _batchnorm_case() -> tuple[Graph, list[str]]:
    graph, ids = chain_graph(
        [("Input", {"shape": [4]}), ("Dense", {"units": 6}), ("BatchNorm", {}), ("Dense", {"units": 1}), ("Output", {})]
    )
    return graph, [ids[2]]


def _merge_case(kind_id: str, widths: tuple[int, ...]) -> Callable[[], tuple[Graph, list[str]]]:
    """Input fans out into one Dense per width; the merge joins them all (three inputs or more)."""

    def case() -> tuple[Graph, list[str]]:
        b = Builder()
        inp = b.add("Input", shape=[2])
        merge = b.add(kind_id)
        for w in widths:
            dense = b.add("Dense", units=w)
            b.connect(inp, dense)
            b.connect(dense, merge)
        b.chain([("Dense", {"units": 3}), ("Output", {"task": "multiclass"})], after=merge)
        return b.graph, [merge]

    return case


def _output_case() -> tuple[Graph, list[str]]:
    graph, ids = chain_graph([("Input", {"shape": [2]}), ("Dense", {"units": 3}), ("Output", {"task": "regression"})])
    return graph, [ids[-1]]


FUNCTIONS = kind("Activation").param("function").choices
CASES: dict[str, list[tuple[str, Callable[[], tuple[Graph, list[str]]]]]] = {
    "Input": [("input", _input_case)],
    "Dense": [("dense", _dense_case)],
    "Activation": [(f"activation-{f}", _activation_case(f)) for f in FUNCTIONS],
    "Dropout": [("dropout", _dropout_case)],
    "BatchNorm": [("batchnorm", _batchnorm_case)],
    "Add": [("add-3", _merge_case("Add", (4, 4, 4))), ("add-2", _merge_case("Add", (5, 5)))],
    "Concat": [("concat-3", _merge_case("Concat", (2, 3, 4))), ("concat-4", _merge_case("Concat", (1, 1, 2, 5)))],
    "Output": [("output", _output_case)],
    **IMAGE_CASES,
    **SEQUENCE_CASES,
    **CLASSIC_CASES,
    **RBM_CASES,
    **WORD_CASES,
}
ALL_CASES = [pytest.param(kind_id, make, id=name) for kind_id, cases in CASES.items() for name, make in cases]


@pytest.mark.parametrize("kind_id", list(KINDS))
def test_every_kind_has_an_oracle_case(kind_id: str) -> None:
    assert CASES.get(kind_id), f"add an oracle case for the new layer kind {kind_id!r} to CASES"


def test_oracle_cases_cover_every_activation_function() -> None:
    covered = {name.removeprefix("activation-") for name, _ in CASES["Activation"]}
    assert covered == set(FUNCTIONS)


@pytest.mark.parametrize(("kind_id", "make"), ALL_CASES)
def test_inferred_shapes_and_param_counts_match_the_built_module(kind_id: str, make: Callable) -> None:
    graph, focus = make()
    assert all(graph.nodes[nid].kind == kind_id for nid in focus)
    report = infer_shapes(graph)
    assert report.ok, report.first_error()
    torch.manual_seed(0)
    model = GraphModule(graph, network="generator" if kind_id in GAN_KINDS else "")
    model.eval()
    shape = report.shapes[model.input_id]
    reads_ids = any(graph.nodes[e.dst].kind == "Embedding" for e in graph.out_edges(model.input_id))
    x = torch.randint(0, 36, (BATCH, *shape)) if reads_ids else torch.randn(BATCH, *shape)
    with torch.no_grad():
        values = model.forward_all(x)
    # Every node of the network, not only the focus: a wrong rule anywhere in the small design fails here.
    for nid in model.order:
        assert tuple(values[nid].shape) == (BATCH, *report.shapes[nid]), graph.nodes[nid].name
        numel = sum(p.numel() for p in model.layers[nid].parameters()) + trainer_owned(graph, nid, report)
        assert report.params[nid] == numel, graph.nodes[nid].name
    total = sum(p.numel() for p in model.parameters()) + sum(trainer_owned(graph, nid, report) for nid in model.order)
    assert sum(report.params[nid] for nid in model.order) == total


def test_concat_keeps_the_order_of_its_inputs() -> None:
    graph, (merge,) = _merge_case("Concat", (2, 3))()
    model = GraphModule(graph)
    values = model.forward_all(torch.randn(BATCH, 2))
    sources = [e.src for e in graph.in_edges(merge)]
    assert torch.equal(values[merge], torch.cat([values[s] for s in sources], dim=1))


def test_add_sums_all_inputs() -> None:
    graph, (merge,) = _merge_case("Add", (4, 4, 4))()
    model = GraphModule(graph)
    values = model.forward_all(torch.randn(BATCH, 2))
    expected = sum(values[e.src] for e in graph.in_edges(merge))
    torch.testing.assert_close(values[merge], expected)


@pytest.mark.parametrize(
    ("function", "inputs", "expected"),
    [
        ("identity", [-2.0, 0.0, 3.0], [-2.0, 0.0, 3.0]),
        ("step", [-2.0, 0.0, 3.0], [0.0, 0.0, 1.0]),
        ("sign", [-2.0, 0.0, 3.0], [-1.0, 0.0, 1.0]),
        ("relu", [-2.0, 0.0, 3.0], [0.0, 0.0, 3.0]),
        ("leaky_relu", [-2.0, 0.0, 3.0], [-0.4, 0.0, 3.0]),  # slope 0.2 from the case
        ("elu", [-2.0, 0.0, 3.0], [0.5 * (math.exp(-2.0) - 1), 0.0, 3.0]),  # alpha 0.5
    ],
)
def test_activation_functions_compute_their_formula(function: str, inputs: list[float], expected: list[float]) -> None:
    graph, (act,) = _activation_case(function)()
    model = GraphModule(graph)
    out = model.layers[act](torch.tensor([inputs]))
    torch.testing.assert_close(out, torch.tensor([expected]))


def test_softmax_activation_rows_sum_to_one() -> None:
    graph, (act,) = _activation_case("softmax")()
    out = GraphModule(graph).layers[act](torch.randn(BATCH, 6))
    torch.testing.assert_close(out.sum(dim=1), torch.ones(BATCH))


# --- weight initialisation ------------------------------------------------------------------


def _dense_layer(init: str, fan_in: int, fan_out: int, sigma: float = 0.1) -> torch.nn.Linear:
    dense = {"units": fan_out, "init": init, "sigma": sigma}
    graph, ids = chain_graph([("Input", {"shape": [fan_in]}), ("Dense", dense), ("Output", {"task": "regression"})])
    torch.manual_seed(0)
    return GraphModule(graph).layers[ids[1]]


THEORY_STD = {
    "glorot_uniform": lambda fi, fo: math.sqrt(2 / (fi + fo)),
    "glorot_normal": lambda fi, fo: math.sqrt(2 / (fi + fo)),
    "he_uniform": lambda fi, fo: math.sqrt(2 / fi),
    "he_normal": lambda fi, fo: math.sqrt(2 / fi),
    "lecun_normal": lambda fi, fo: math.sqrt(1 / fi),
    "normal": lambda fi, fo: 0.3,  # the sigma passed below
}


@pytest.mark.parametrize("init", sorted(THEORY_STD))
@pytest.mark.parametrize(("fan_in", "fan_out"), [(400, 400), (400, 200), (200, 400)])
def test_weight_init_std_follows_theory(init: str, fan_in: int, fan_out: int) -> None:
    layer = _dense_layer(init, fan_in, fan_out, sigma=0.3)
    w = layer.weight.detach()
    assert tuple(w.shape) == (fan_out, fan_in)
    expected = THEORY_STD[init](fan_in, fan_out)
    assert abs(float(w.std()) - expected) < 0.1 * expected, (float(w.std()), expected)
    assert abs(float(w.mean())) < 0.05 * expected
    assert torch.count_nonzero(layer.bias) == 0
    if "uniform" in init:  # uniform on [-a, a] with a = std·√3
        assert float(w.abs().max()) <= expected * math.sqrt(3) * 1.001


def test_every_registry_init_is_tested() -> None:
    assert set(THEORY_STD) | {"zeros"} == set(INITS)


def test_zeros_init_gives_all_zero_weights_and_biases() -> None:
    layer = _dense_layer("zeros", 10, 5)
    assert torch.count_nonzero(layer.weight) == 0
    assert torch.count_nonzero(layer.bias) == 0


def test_unknown_init_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown weight init"):
        init_weights(torch.nn.Linear(2, 2), "orthogonal", 0.1)


def test_bias_false_builds_a_linear_without_bias() -> None:
    graph, ids = chain_graph(
        [("Input", {"shape": [3]}), ("Dense", {"units": 2, "bias": False}), ("Output", {"task": "regression"})]
    )
    layer = GraphModule(graph).layers[ids[1]]
    assert layer.bias is None


# --- DAGs and errors ------------------------------------------------------------------------


def test_a_skip_connection_runs_and_adds_the_branches() -> None:
    b = Builder()
    inp, d1, a1 = b.chain([("Input", {"shape": [2]}), ("Dense", {"units": 4}), ("Activation", {"function": "tanh"})])
    d2, a2 = b.chain([("Dense", {"units": 4}), ("Activation", {"function": "relu"})], after=a1)
    add = b.add("Add")
    b.connect(a2, add)
    b.connect(a1, add)  # the skip: y = x + f(x)
    head, out = b.chain([("Dense", {"units": 1}), ("Output", {})], after=add)
    model = GraphModule(b.graph)
    assert model.order.index(add) > max(model.order.index(a1), model.order.index(a2))
    x = torch.randn(5, 2)
    values = model.forward_all(x)
    torch.testing.assert_close(values[add], values[a1] + values[a2])
    assert model(x).shape == (5, 1)
    torch.testing.assert_close(model(x), values[out])
    assert model.parameterised() == [d1, d2, head]
    # Gradients reach the first layer through both paths.
    model(x).sum().backward()
    assert model.layers[d1].weight.grad is not None


def test_dense_after_a_missing_input_is_a_build_error_with_the_designs_message() -> None:
    graph, _ = chain_graph([("Dense", {"units": 4}), ("Output", {})])
    with pytest.raises(BuildError, match="needs an Input layer"):
        GraphModule(graph)


def test_build_error_names_the_layer_and_the_fix() -> None:
    graph, ids = chain_graph(mlp_specs(2, (4,), n_out=3, task="binary"))
    message = infer_shapes(graph).first_error()[1]
    with pytest.raises(BuildError) as err:
        GraphModule(graph)
    assert str(err.value) == message
    assert "1 output value" in message


def test_trainer_refuses_an_invalid_design_with_the_designs_message() -> None:
    graph, _ = chain_graph(mlp_specs(3, (4,)))  # the data gives 2 features
    project = make_project(graph, {"dataset": "gaussians"})
    with pytest.raises(TrainingError, match=r"the design is not valid: .*set the shape to \[2\]"):
        Trainer(project)


def test_an_unconnected_merge_input_is_refused() -> None:
    b = Builder()
    inp, dense = b.chain([("Input", {"shape": [2]}), ("Dense", {"units": 4})])
    add = b.add("Add")
    b.connect(dense, add)
    b.chain([("Dense", {"units": 1}), ("Output", {})], after=add)
    with pytest.raises(BuildError, match="Add needs at least two inputs"):
        GraphModule(b.graph)
