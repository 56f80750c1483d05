"""Sequence layers in torch: the registry's shapes and parameter counts against the real modules, and what they do.

Each design is built the way the app builds it (``GraphModule`` evaluates the registry's ``module_code``), so
the oracle is torch itself: the output shape must be the inferred one and the parameters must number what
``count_params`` says, for every recurrent cell with one or two layers, in one or both directions, giving
its last state or every state.
"""

from __future__ import annotations

import itertools

import pytest
import torch

from playground.engine import modules
from playground.engine.build import GraphModule
from playground.graph import Edge, Graph, Node, infer_shapes
from playground.graph.shapes import DataInfo

STEPS, FEATURES, HIDDEN, BATCH = 5, 3, 4, 6


def build_graph(nodes: list[tuple[str, str, dict]], edges: list[tuple[str, str]]) -> Graph:
    """Nodes as (id, kind, params); the id doubles as the name."""
    g = Graph()
    for nid, kind_id, params in nodes:
        g.insert_node(Node(nid, kind_id, nid, params))
    for a, b in edges:
        g.insert_edge(Edge(a, b))
    return g


def recurrent_graph(cell: str, **params) -> Graph:
    """Input 'x' (steps×features) → recurrent 'rnn' → TimeDense or Dense 'head' (1) → Output 'out'."""
    head = ("TimeDense", {"units": 1}) if params.get("return_sequences") else ("Dense", {"units": 1})
    nodes = [("x", "Input", {"shape": [STEPS, FEATURES]}), ("rnn", cell, {"hidden": HIDDEN, **params}),
             ("head", *head), ("out", "Output", {})]
    return build_graph(nodes, list(itertools.pairwise([n[0] for n in nodes])))


def recurrent_layer(cell: str, **params) -> modules.Recurrent:
    """The 'rnn' node's module, built the way the app builds it."""
    torch.manual_seed(0)
    return GraphModule(recurrent_graph(cell, **params)).layers["rnn"]


def param_count(module: torch.nn.Module) -> int:
    return sum(p.numel() for p in module.parameters())


def assert_torch_agrees(graph: Graph, x: torch.Tensor, data: DataInfo | None = None) -> GraphModule:
    """Every node's real output is its inferred shape and owns as many parameters as the registry counts."""
    report = infer_shapes(graph, data)
    assert report.ok, (report.errors, report.design_errors)
    torch.manual_seed(0)
    model = GraphModule(graph, data)
    with torch.no_grad():
        values = model.forward_all(x)
    assert set(values) == set(report.shapes)
    for nid, value in values.items():
        assert tuple(value.shape) == (len(x), *report.shapes[nid]), nid
        assert param_count(model.layers[nid]) == report.params[nid], nid
    return model


RECURRENT_CASES = list(itertools.product(["RNN", "LSTM", "GRU"], [1, 2], [False, True], [False, True]))


@pytest.mark.parametrize(("cell", "layers", "bidirectional", "return_sequences"), RECURRENT_CASES)
def test_recurrent_shape_and_parameter_count_match_torch(cell, layers, bidirectional, return_sequences):
    params = {"layers": layers, "bidirectional": bidirectional, "return_sequences": return_sequences}
    graph = recurrent_graph(cell, **params)
    model = assert_torch_agrees(graph, torch.randn(BATCH, STEPS, FEATURES))
    units = HIDDEN * (2 if bidirectional else 1)
    assert model.shapes["rnn"] == ((STEPS, units) if return_sequences else (units,))
    # the torch module itself has the configured cell, depth and directions
    rnn = model.layers["rnn"].rnn
    assert type(rnn).__name__ == cell and rnn.num_layers == layers and rnn.bidirectional == bidirectional
    assert rnn.hidden_size == HIDDEN and rnn.input_size == FEATURES and rnn.batch_first


@pytest.mark.parametrize("cell", ["RNN", "LSTM", "GRU"])
@pytest.mark.parametrize("bidirectional", [False, True])
def test_the_last_state_is_the_last_step_of_every_state(cell, bidirectional):
    """Many-to-one gives the state after reading the whole sequence, in each direction."""
    rnn = recurrent_layer(cell, layers=2, bidirectional=bidirectional)
    x = torch.randn(BATCH, STEPS, FEATURES)
    with torch.no_grad():
        last = rnn(x)
        every, _ = rnn.rnn(x)
    if bidirectional:  # forward: after the last step; backward: after reading back to the first step
        expected = torch.cat([every[:, -1, :HIDDEN], every[:, 0, HIDDEN:]], dim=1)
    else:
        expected = every[:, -1]
    torch.testing.assert_close(last, expected)


def test_rnn_nonlinearity_reaches_torch():
    rnn = recurrent_layer("RNN", nonlinearity="relu").rnn
    assert rnn.nonlinearity == "relu"
    with torch.no_grad():
        every = rnn(torch.randn(BATCH, STEPS, FEATURES))[0]
    assert every.min() >= 0  # ReLU states are never negative


def test_lstm_forget_bias_opens_the_forget_gate():
    lstm = recurrent_layer("LSTM", forget_bias=2.5, layers=2).rnn
    for layer in range(2):
        b_ih, b_hh = getattr(lstm, f"bias_ih_l{layer}"), getattr(lstm, f"bias_hh_l{layer}")
        # gates in torch's order i, f, g, o: the two biases add up to the forget bias
        torch.testing.assert_close(b_ih[HIDDEN : 2 * HIDDEN] + b_hh[HIDDEN : 2 * HIDDEN], torch.full((HIDDEN,), 2.5))


@pytest.mark.parametrize("cell", ["RNN", "LSTM", "GRU"])
def test_orthogonal_init_and_gain_scale_each_recurrent_block(cell):
    rnn = recurrent_layer(cell, recurrent_init="orthogonal", gain=1.5, bidirectional=True).rnn
    for name in ("weight_hh_l0", "weight_hh_l0_reverse"):
        weight = getattr(rnn, name).detach()
        for block in weight.view(-1, HIDDEN, HIDDEN):  # one square block per gate
            torch.testing.assert_close(block.T @ block, 1.5**2 * torch.eye(HIDDEN), atol=1e-5, rtol=1e-5)


# --- Embedding and TimeDense ------------------------------------------------------------------------

TEXT = DataInfo(STEPS, "classification", 36, kind="sequence", sample_shape=(STEPS,), target_shape=(STEPS, 36),
                vocab=36)


@pytest.mark.parametrize(("vocab", "dim"), [(36, 5), (50, 1)])
def test_embedding_shape_and_parameter_count_match_torch(vocab, dim):
    nodes = [("x", "Input", {"shape": [STEPS]}), ("emb", "Embedding", {"vocab": vocab, "dim": dim}),
             ("gru", "GRU", {"hidden": HIDDEN, "return_sequences": True}), ("td", "TimeDense", {"units": 36}),
             ("out", "Output", {"task": "multiclass"})]
    graph = build_graph(nodes, list(itertools.pairwise([n[0] for n in nodes])))
    ids = torch.randint(0, 36, (BATCH, STEPS), dtype=torch.int64)  # the text dataset's x: int64 symbol ids
    model = assert_torch_agrees(graph, ids, TEXT)
    embedding = model.layers["emb"]
    assert param_count(embedding) == vocab * dim
    with torch.no_grad():  # a lookup: each id's row of the table
        torch.testing.assert_close(embedding(ids)[2, 3], embedding.weight[ids[2, 3]])


@pytest.mark.parametrize("bias", [True, False])
def test_time_dense_is_one_dense_at_every_step(bias):
    nodes = [("x", "Input", {"shape": [STEPS, FEATURES]}),
             ("td", "TimeDense", {"units": 7, "bias": bias, "init": "glorot_normal"}), ("lstm", "LSTM", {"hidden": 2}),
             ("fc", "Dense", {"units": 1}), ("out", "Output", {})]
    graph = build_graph(nodes, list(itertools.pairwise([n[0] for n in nodes])))
    x = torch.randn(BATCH, STEPS, FEATURES)
    layer = assert_torch_agrees(graph, x).layers["td"]
    assert param_count(layer) == FEATURES * 7 + (7 if bias else 0)
    with torch.no_grad():
        out = layer(x)
        for t in range(STEPS):  # the same weights at every step
            torch.testing.assert_close(out[:, t], layer(x[:, t]))
    if bias:
        assert torch.count_nonzero(layer.bias) == 0  # biases start at zero, as Dense's do
    assert layer.weight.std() > 0


# --- a GAN design builds into two separate networks ------------------------------------------------------


def test_gan_design_builds_a_generator_and_a_discriminator():
    g = build_graph(
        [("z", "Noise", {"size": 3}), ("g1", "Dense", {"units": 8}), ("g2", "Dense", {"units": 2}),
         ("fake", "Generated", {}), ("x", "Input", {"shape": [2]}), ("d1", "Dense", {"units": 8}),
         ("d2", "Dense", {"units": 1}), ("out", "Output", {})],
        [("z", "g1"), ("g1", "g2"), ("g2", "fake"), ("x", "d1"), ("d1", "d2"), ("d2", "out")],
    )
    ring = DataInfo(2, "generation", kind="gan")
    report = infer_shapes(g, ring)
    assert report.ok, (report.errors, report.design_errors)
    generator = GraphModule(g, ring, network="generator")
    discriminator = GraphModule(g, ring, network="discriminator")
    assert generator.order == ["z", "g1", "g2", "fake"] and discriminator.order == ["x", "d1", "d2", "out"]
    assert param_count(generator) == report.params["g1"] + report.params["g2"] == (3 * 8 + 8) + (8 * 2 + 2)
    assert param_count(discriminator) == report.params["d1"] + report.params["d2"] == (2 * 8 + 8) + (8 + 1)
    with torch.no_grad():
        fake = generator(torch.randn(BATCH, 3))
        verdict = discriminator(fake)
    assert fake.shape == (BATCH, 2) and verdict.shape == (BATCH, 1)
