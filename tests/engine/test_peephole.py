"""The LSTM's step-by-step equations against torch.nn.LSTM, and the peephole LSTM against the lecture's formulas."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from engine_helpers import chain_graph, make_project

from playground.engine import codegen
from playground.engine.build import GraphModule
from playground.engine.compare import Comparison
from playground.engine.modules import Recurrent
from playground.engine.sequence_probes import gate_traces
from playground.graph import kind, read_project
from playground.graph.params import defaults


def _pair(layers: int, bidirectional: bool, return_sequences: bool) -> tuple[Recurrent, torch.nn.LSTM]:
    """Our LSTM layer and a bare torch.nn.LSTM holding the very same weights."""
    torch.manual_seed(11)
    ours = Recurrent("lstm", 3, 4, layers=layers, bidirectional=bidirectional, return_sequences=return_sequences)
    theirs = torch.nn.LSTM(3, 4, num_layers=layers, bidirectional=bidirectional, batch_first=True)
    theirs.load_state_dict(ours.rnn.state_dict())
    return ours, theirs


def _torch_output(lstm: torch.nn.LSTM, x: torch.Tensor, return_sequences: bool, directions: int) -> torch.Tensor:
    out, (h, _) = lstm(x)
    return out if return_sequences else torch.cat(list(h[-directions:]), dim=1)


@pytest.mark.parametrize("return_sequences", [False, True])
@pytest.mark.parametrize(("layers", "bidirectional"), [(1, False), (2, True), (3, False)])
def test_the_equations_without_peepholes_equal_torchs_lstm(layers: int, bidirectional: bool, return_sequences: bool):
    ours, theirs = _pair(layers, bidirectional, return_sequences)
    x = torch.randn(5, 7, 3, generator=torch.Generator().manual_seed(2))
    x_ours, x_theirs = x.clone().requires_grad_(True), x.clone().requires_grad_(True)
    ours.trace = {}  # the step-by-step path, the one a peephole LSTM always runs
    got = ours(x_ours)
    want = _torch_output(theirs, x_theirs, return_sequences, ours.directions)
    assert got.shape == want.shape
    torch.testing.assert_close(got, want, atol=1e-6, rtol=1e-5)
    weights = torch.randn(want.shape, generator=torch.Generator().manual_seed(3))  # a loss touching every output
    (got * weights).sum().backward()
    (want * weights).sum().backward()
    torch.testing.assert_close(x_ours.grad, x_theirs.grad, atol=1e-6, rtol=1e-5)
    for (name, a), (_, b) in zip(ours.rnn.named_parameters(), theirs.named_parameters(), strict=True):
        torch.testing.assert_close(a.grad, b.grad, atol=1e-5, rtol=1e-4, msg=name)


def test_a_fresh_peephole_lstm_computes_the_plain_one_and_learns_its_peepholes():
    torch.manual_seed(4)
    plain = Recurrent("lstm", 2, 6, layers=2, bidirectional=True)
    torch.manual_seed(4)
    peephole = Recurrent("lstm", 2, 6, layers=2, bidirectional=True, peepholes=True)
    assert peephole.peephole.shape == (4, 3, 6) and not peephole.peephole.any()  # zeros draw no random numbers
    x = torch.randn(3, 5, 2)
    out = peephole(x)
    torch.testing.assert_close(out, plain(x), atol=1e-6, rtol=1e-5)
    out.sum().backward()
    assert peephole.peephole.grad.abs().min(dim=-1).values.gt(0).all()  # every gate of every layer gets a gradient


def _lecture_lstm(layer: Recurrent, x: torch.Tensor) -> torch.Tensor:
    """One-layer peephole LSTM written from the lecture: each gate has its own W·[h_{t−1}, x_t] + b."""
    rnn, (w_ci, w_cf, w_co) = layer.rnn, layer.peephole[0]
    w = torch.cat([rnn.weight_hh_l0, rnn.weight_ih_l0], dim=1)  # acts on the concatenation [h_{t−1}, x_t]
    b = rnn.bias_ih_l0 + rnn.bias_hh_l0
    (W_i, W_f, W_C, W_o), (b_i, b_f, b_C, b_o) = w.chunk(4), b.chunk(4)  # noqa: N806 (the lecture's names)
    h = C = torch.zeros(x.shape[0], rnn.hidden_size)  # noqa: N806
    for t in range(x.shape[1]):
        hx = torch.cat([h, x[:, t]], dim=1)
        f = torch.sigmoid(hx @ W_f.T + w_cf * C + b_f)
        i = torch.sigmoid(hx @ W_i.T + w_ci * C + b_i)
        C_tilde = torch.tanh(hx @ W_C.T + b_C)  # noqa: N806
        C = f * C + i * C_tilde  # noqa: N806
        o = torch.sigmoid(hx @ W_o.T + w_co * C + b_o)
        h = o * torch.tanh(C)
    return h


def test_peepholes_follow_the_lectures_equations_and_change_the_output():
    torch.manual_seed(8)
    layer = Recurrent("lstm", 3, 4, peepholes=True, forget_bias=1.0)
    x = torch.randn(6, 5, 3)
    with torch.no_grad():
        before = layer(x)
        layer.peephole.normal_(0.0, 1.0)
        after = layer(x)
        reference = _lecture_lstm(layer, x)
        one_step = _lecture_lstm(layer, x[:, :1])
    assert (after - before).abs().max() > 0.01
    torch.testing.assert_close(after, reference, atol=1e-6, rtol=1e-5)
    with torch.no_grad():
        torch.testing.assert_close(layer(x[:, :1]), one_step, atol=1e-6, rtol=1e-5)


def _peephole_model(peepholes: bool) -> tuple[GraphModule, str]:
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [6, 1]}),
            ("LSTM", {"hidden": 3, "layers": 2, "bidirectional": True, "peepholes": peepholes}),
            ("Dense", {"units": 1}),
            ("Output", {"task": "regression"}),
        ]
    )
    project = make_project(graph, {"dataset": "sine", "seq_len": 6})
    torch.manual_seed(0)
    return GraphModule(project.graph, project.data_info()), ids[1]


def test_the_registry_counts_the_peephole_weights_and_the_code_names_them():
    params = {**defaults(kind("LSTM").params), "hidden": 3, "layers": 2, "bidirectional": True}
    plain = kind("LSTM").count_params([(6, 1)], params)
    assert kind("LSTM").count_params([(6, 1)], {**params, "peepholes": True}) == plain + 2 * 2 * 3 * 3
    model, nid = _peephole_model(True)
    assert sum(p.numel() for p in model.layers[nid].parameters()) == plain + 36
    assert "peepholes=True" in kind("LSTM").module_code([(6, 1)], {**params, "peepholes": True})
    assert "peepholes" not in kind("LSTM").module_code([(6, 1)], params)


def test_generated_code_carries_the_peephole_path_only_when_used():
    for peepholes in (False, True):
        graph, _ = chain_graph(
            [
                ("Input", {"shape": [6, 1]}),
                ("LSTM", {"hidden": 3, "peepholes": peepholes}),
                ("Dense", {"units": 1}),
                ("Output", {"task": "regression"}),
            ]
        )
        project = make_project(graph, {"dataset": "sine", "seq_len": 6})
        source = codegen.python_source(project, GraphModule(project.graph, project.data_info()), "", "w.safetensors")
        assert ("w_co⊙C" in source or "peep[2] * c" in source) == peepholes
        assert ("def _unrolled" in source) == peepholes


def test_the_gate_trace_shows_the_peephole_gates_and_cell_state():
    model, nid = _peephole_model(True)
    with torch.no_grad():
        model.layers[nid].peephole.fill_(2.0)
    x = torch.randn(4, 6, 1)
    trace = gate_traces(model, x)[nid]
    assert set(trace.gates) == {"input", "forget", "cell candidate", "output"}
    assert trace.cell.shape == trace.state.shape == (3, 6)
    # the trace is what the layer computed: h_t = o_t ⊙ tanh(C_t) with the output gate that saw C_t
    np.testing.assert_allclose(trace.state, trace.gates["output"] * np.tanh(trace.cell), atol=1e-6)
    plain, _ = _peephole_model(False)
    plain.load_state_dict({k: v for k, v in model.state_dict().items() if "peephole" not in k})
    assert abs(gate_traces(plain, x)[nid].gates["output"] - trace.gates["output"]).max() > 0.05


def test_the_lessons_two_lstms_start_as_the_same_network():
    """The lesson says so: the zero peepholes draw no random numbers, so the seeded weights are the plain LSTM's."""
    project = read_project(Path(__file__).parents[2] / "resources" / "presets" / "peephole-lstm.json")
    comparison = Comparison(project, device="cpu")
    assert comparison.labels == ["Peepholes", "Plain LSTM"]
    peephole, plain = (trainer.model for trainer in comparison.trainers)
    nid = next(n.id for n in project.graph.nodes.values() if n.kind == "LSTM")
    assert peephole.layers[nid].peephole is not None and plain.layers[nid].peephole is None
    theirs = plain.state_dict()
    for key, value in peephole.state_dict().items():
        assert torch.equal(value, theirs[key]) if key in theirs else not value.any(), key
    x = comparison.trainers[0].x_test[:16]
    with torch.no_grad():
        torch.testing.assert_close(peephole(x), plain(x), atol=1e-6, rtol=1e-5)
