"""The recurrent layer's step-by-step path and the sequence probes (gradients through time, gates, views, text)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from engine_helpers import chain_graph, make_project

from playground.engine import sequence_probes as sp
from playground.engine.build import GraphModule
from playground.engine.modules import Recurrent
from playground.graph.settings import TEXT_ALPHABET

CELLS = [("rnn", "tanh"), ("rnn", "relu"), ("lstm", "tanh"), ("gru", "tanh")]


def _recurrent(cell: str, nonlinearity: str = "tanh", seed: int = 0, **kw: Any) -> Recurrent:
    torch.manual_seed(seed)
    layer = Recurrent(cell, 3, 5, nonlinearity=nonlinearity, **kw)
    with torch.no_grad():  # biases away from zero so every term of the formulas counts
        for name, p in layer.rnn.named_parameters():
            if name.startswith("bias"):
                p.uniform_(-0.5, 0.5)
    return layer


def _sequences(n: int = 4, steps: int = 7, features: int = 3, seed: int = 1) -> torch.Tensor:
    return torch.randn(n, steps, features, generator=torch.Generator().manual_seed(seed))


# --- the unrolled path of Recurrent ---------------------------------------------------------------


@pytest.mark.parametrize("return_sequences", [False, True])
@pytest.mark.parametrize("bidirectional", [False, True])
@pytest.mark.parametrize("layers", [1, 2])
@pytest.mark.parametrize(("cell", "nonlinearity"), CELLS)
def test_unrolled_path_equals_torch(
    cell: str, nonlinearity: str, layers: int, bidirectional: bool, return_sequences: bool
) -> None:
    layer = _recurrent(
        cell, nonlinearity, layers=layers, bidirectional=bidirectional, return_sequences=return_sequences
    )
    x = _sequences()
    native = layer(x)
    weights = torch.randn(native.shape, generator=torch.Generator().manual_seed(2))
    native_grads = torch.autograd.grad((native * weights).sum(), list(layer.parameters()))
    layer.trace = {}
    unrolled = layer(x)
    unrolled_grads = torch.autograd.grad((unrolled * weights).sum(), list(layer.parameters()))
    assert unrolled.shape == native.shape
    torch.testing.assert_close(unrolled, native, atol=1e-5, rtol=1e-5)
    for a, b in zip(unrolled_grads, native_grads, strict=True):
        torch.testing.assert_close(a, b, atol=1e-5, rtol=1e-4)
    assert len(layer.trace["states"]) == x.shape[1]


def test_without_a_trace_the_fused_layer_runs() -> None:
    layer = _recurrent("lstm", return_sequences=True)
    calls = []
    layer.rnn.register_forward_hook(lambda *args: calls.append(1))
    layer(_sequences())
    assert calls == [1]
    layer.trace = {}
    layer(_sequences())
    assert calls == [1], "the traced forward must not call the fused layer"
    layer.trace = None
    layer(_sequences())
    assert calls == [1, 1]


def test_traced_state_gradients_are_total_through_the_recurrence() -> None:
    """∂L/∂h_t = ∂L/∂out_t (direct) + W_hhᵀ·(tanh′ ⊙ ∂L/∂h_{t+1}): the recurrence's share must be in it."""
    layer = _recurrent("rnn", return_sequences=True)
    layer.trace = {}
    out = layer(_sequences())
    loss = (out.sum(dim=2) ** 2).mean()
    states = layer.trace["states"]
    direct, *totals = torch.autograd.grad(loss, [out, *states])
    w_hh = layer.rnn.weight_hh_l0
    expected = direct[:, -1]
    torch.testing.assert_close(totals[-1], expected)
    for t in range(len(states) - 2, -1, -1):
        expected = direct[:, t] + ((1 - states[t + 1] ** 2) * expected) @ w_hh
        torch.testing.assert_close(totals[t], expected, atol=1e-6, rtol=1e-5)
    assert totals[0].abs().sum() > direct[:, 0].abs().sum() * 1.01, "the recurrence adds to the early gradients"


def test_traced_states_keep_their_gradient_after_backward() -> None:
    layer = _recurrent("gru")  # many-to-one: only the last state reaches the output directly
    layer.trace = {}
    layer(_sequences()).pow(2).sum().backward()
    grads = [h.grad for h in layer.trace["states"]]
    assert all(g is not None and g.shape == (4, 5) for g in grads)
    assert float(grads[0].abs().sum()) > 0, "the first state's gradient arrives through the recurrence"


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
def test_trace_records_the_first_layer_forward_direction(cell: str) -> None:
    layer = _recurrent(cell, layers=2, bidirectional=True)
    x = _sequences()
    layer.trace = {}
    layer(x)
    trace = layer.trace
    first = Recurrent.CELLS[cell](3, 5, batch_first=True)  # a one-layer copy of layer 0, forward direction
    with torch.no_grad():
        for name, p in first.named_parameters():
            p.copy_(getattr(layer.rnn, name))
        expected = first(x)[0][0]  # (T, hidden) of the first sequence
    torch.testing.assert_close(trace["hidden"], expected, atol=1e-5, rtol=1e-5)
    assert set(trace["gates"]) == set(Recurrent.GATE_NAMES[cell])
    assert all(v.shape == (7, 5) for v in trace["gates"].values())
    if cell == "lstm":
        g = trace["gates"]
        torch.testing.assert_close(trace["hidden"], g["output"] * torch.tanh(trace["cell"]))
        previous = torch.cat([torch.zeros(1, 5), trace["cell"][:-1]])
        torch.testing.assert_close(trace["cell"], g["forget"] * previous + g["input"] * g["cell candidate"])
    else:
        assert trace["cell"] is None


# --- designs for the probes ----------------------------------------------------------------------

STEPS = 20


def _many_to_one(kind: str, seed: int = 0, steps: int = STEPS, **params: Any) -> tuple[GraphModule, str]:
    """Input(T, 2) → recurrent → Dense(1) → Output(regression), checked against the adding problem's data."""
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [steps, 2]}),
            (kind, {"hidden": 16, **params}),
            ("Dense", {"units": 1}),
            ("Output", {"task": "regression"}),
        ]
    )
    project = make_project(graph, {"dataset": "adding", "seq_len": steps})
    torch.manual_seed(seed)
    return GraphModule(graph, project.data_info()), ids[1]


def _text_model(steps: int = 12, seed: int = 0) -> tuple[GraphModule, list[str]]:
    """Input(T ids) → Embedding → GRU → LSTM → TimeDense(36) → Output: many-to-many, two recurrent layers."""
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [steps]}),
            ("Embedding", {"vocab": 36, "dim": 6}),
            ("GRU", {"hidden": 10, "return_sequences": True}),
            ("LSTM", {"hidden": 8, "return_sequences": True, "bidirectional": True}),
            ("TimeDense", {"units": 36}),
            ("Output", {"task": "multiclass"}),
        ]
    )
    project = make_project(graph, {"dataset": "text", "seq_len": steps})
    torch.manual_seed(seed)
    return GraphModule(graph, project.data_info()), ids


def _every_step_loss(out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return F.cross_entropy(out.reshape(-1, out.shape[-1]), y.reshape(-1))


def _adding_batch(n: int = 32, steps: int = STEPS) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(5)
    x = torch.stack([torch.rand(n, steps, generator=g), torch.zeros(n, steps)], dim=2)
    x[:, 2, 1] = 1.0
    x[:, steps - 3, 1] = 1.0
    return x, x[:, 2, :1] + x[:, steps - 3, :1]


def _norms(model: GraphModule, nid: str) -> np.ndarray:
    x, y = _adding_batch()
    result = sp.hidden_gradients(model, x, y, F.mse_loss)
    assert set(result) == {nid}
    assert result[nid].steps == STEPS and result[nid].norms.shape == (STEPS,)
    assert result[nid].norms.dtype == np.float64
    return result[nid].norms


# --- hidden_gradients ----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1])
def test_small_recurrent_gain_makes_gradients_vanish(seed: int) -> None:
    norms = _norms(*_many_to_one("RNN", seed, gain=0.5))
    assert norms[0] < 1e-6 * norms[-1], norms
    assert np.all(np.diff(norms) > 0), "a many-to-one tanh RNN's gradient shrinks at every step back"


@pytest.mark.parametrize("seed", [0, 1])
def test_large_gain_with_relu_makes_gradients_explode(seed: int) -> None:
    norms = _norms(*_many_to_one("RNN", seed, gain=3.0, nonlinearity="relu", recurrent_init="orthogonal"))
    assert norms[0] > 1e3 * norms[-1], norms


def test_lstm_with_open_forget_gate_keeps_gradients_flatter() -> None:
    lstm = _norms(*_many_to_one("LSTM", forget_bias=3.0))
    closed = _norms(*_many_to_one("LSTM", forget_bias=-3.0))
    rnn = _norms(*_many_to_one("RNN", gain=1.0))
    ratio = lstm[-1] / lstm[0]
    assert ratio < 100, lstm
    assert rnn[-1] / rnn[0] > 100 * ratio, (lstm, rnn)
    assert closed[-1] / closed[0] > 1e4 * ratio, (lstm, closed)


def test_hidden_gradients_leave_the_model_as_it_was() -> None:
    model, ids = _text_model()
    x = torch.randint(0, 36, (6, 12), generator=torch.Generator().manual_seed(3))
    y = torch.randint(0, 36, (6, 12), generator=torch.Generator().manual_seed(4))
    _every_step_loss(model(x), y).backward()  # a training step's gradients, which the gradient panel reads
    before_grads = {name: p.grad.clone() for name, p in model.named_parameters()}
    before_weights = {name: v.clone() for name, v in model.state_dict().items()}
    model.train()
    result = sp.hidden_gradients(model, x, y, _every_step_loss)
    assert set(result) == {ids[2], ids[3]}
    assert all(r.steps == 12 and np.all(np.isfinite(r.norms)) and np.all(r.norms > 0) for r in result.values())
    assert model.training
    for name, p in model.named_parameters():
        assert torch.equal(p.grad, before_grads[name]), name
    for name, v in model.state_dict().items():
        assert torch.equal(v, before_weights[name]), name
    assert all(model.layers[nid].trace is None for nid in (ids[2], ids[3])), "traces are switched off again"
    model.zero_grad(set_to_none=True)
    sp.hidden_gradients(model, x, y, _every_step_loss)
    assert all(p.grad is None for p in model.parameters())


def test_hidden_gradients_of_a_design_without_recurrent_layers_are_empty() -> None:
    graph, _ = chain_graph([("Input", {"shape": [2]}), ("Dense", {"units": 1}), ("Output", {"task": "regression"})])
    model = GraphModule(graph)
    assert sp.hidden_gradients(model, torch.zeros(3, 2), torch.zeros(3, 1), F.mse_loss) == {}


# --- gate_traces ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "names"),
    [
        ("LSTM", {"input", "forget", "cell candidate", "output"}),
        ("GRU", {"reset", "update", "candidate"}),
        ("RNN", {"hidden"}),
    ],
)
def test_gate_traces_name_their_gates_and_stay_in_range(kind: str, names: set[str]) -> None:
    model, nid = _many_to_one(kind, layers=2)
    x, _ = _adding_batch(1)
    model.train()
    traces = sp.gate_traces(model, x)
    assert model.training
    trace = traces[nid]
    assert set(trace.gates) == names
    for name, values in trace.gates.items():
        assert values.shape == (16, STEPS) and values.dtype == np.float32
        low = 0.0 if name in ("input", "forget", "output", "reset", "update") else -1.0
        assert values.min() >= low and values.max() <= 1.0, name
        assert values.std() > 0, name
    # the state is the first layer's output: compare with a one-layer copy of the fused layer
    rnn = model.layers[nid].rnn
    first = type(rnn)(2, 16, batch_first=True, **({"nonlinearity": rnn.nonlinearity} if kind == "RNN" else {}))
    with torch.no_grad():
        for name, p in first.named_parameters():
            p.copy_(getattr(rnn, name))
        expected = first(x)[0][0].T.numpy()
    np.testing.assert_allclose(trace.state, expected, atol=1e-5)
    assert (trace.cell is not None) == (kind == "LSTM")
    if kind == "RNN":
        np.testing.assert_array_equal(trace.gates["hidden"], trace.state)


def test_gate_traces_cap_the_units_of_a_wide_layer() -> None:
    model, nid = _many_to_one("GRU", hidden=sp.MAX_GATE_UNITS + 6)
    trace = sp.gate_traces(model, _adding_batch(1)[0])[nid]
    assert trace.state.shape == (sp.MAX_GATE_UNITS, STEPS)
    assert all(v.shape == (sp.MAX_GATE_UNITS, STEPS) for v in trace.gates.values())


# --- sequence_view -------------------------------------------------------------------------------


def test_sequence_view_of_a_many_to_one_regression_shows_values_and_markers() -> None:
    x, y = _adding_batch(12)
    output = y + 0.1
    view = sp.sequence_view(output, x, y, "regression", "last", "adding", n=8)
    assert view.indices.tolist() == list(range(8))
    np.testing.assert_array_equal(view.series, x[:8, :, 0].numpy())
    np.testing.assert_array_equal(view.markers, x[:8, :, 1].numpy())
    assert view.targets.shape == (8,) and view.predictions.shape == (8,)
    np.testing.assert_allclose(view.predictions - view.targets, 0.1, atol=1e-6)
    assert view.probabilities is None and view.target_mode == "last" and view.symbols == ""


def test_sequence_view_of_sine_every_step() -> None:
    x = torch.sin(torch.linspace(0, 6, 30)).reshape(3, 10, 1)
    y = torch.roll(x, -1, dims=1)
    view = sp.sequence_view(y * 2, x, y, "regression", "every", "sine")
    assert len(view.indices) == 3 and view.markers is None
    np.testing.assert_array_equal(view.series, x[..., 0].numpy())
    assert view.targets.shape == (3, 10) and view.targets.dtype == np.float32
    np.testing.assert_allclose(view.predictions, 2 * view.targets)


def test_sequence_view_of_remember_reads_the_one_hot_symbols() -> None:
    symbols = torch.tensor([[2, 0, 1, 1], [1, 2, 2, 0]])
    x = F.one_hot(symbols, 3).float()
    y = symbols[:, 0]
    logits = torch.tensor([[0.0, 0.0, 2.0], [3.0, 0.0, 0.0]])  # right for the first, wrong for the second
    view = sp.sequence_view(logits, x, y, "multiclass", "last", "remember")
    np.testing.assert_array_equal(view.series, symbols.numpy().astype(np.float32))
    assert view.predictions.tolist() == [2, 0] and view.targets.tolist() == [2, 1]
    expected = torch.softmax(logits, dim=1)[torch.arange(2), y].numpy()
    np.testing.assert_allclose(view.probabilities, expected, rtol=1e-6)


def test_sequence_view_of_text_gives_ids_and_per_step_probabilities() -> None:
    g = torch.Generator().manual_seed(0)
    x = torch.randint(0, 36, (10, 6), generator=g)
    y = torch.roll(x, -1, dims=1)
    logits = torch.randn(10, 6, 36, generator=g)
    view = sp.sequence_view(logits, x, y, "multiclass", "every", "text", TEXT_ALPHABET, n=4)
    np.testing.assert_array_equal(view.series, x[:4].numpy())
    assert view.targets.dtype == np.int64 and view.targets.shape == (4, 6)
    np.testing.assert_array_equal(view.predictions, logits[:4].argmax(dim=2).numpy())
    expected = torch.softmax(logits[:4], dim=2).gather(2, y[:4, :, None])[..., 0].numpy()
    np.testing.assert_allclose(view.probabilities, expected, rtol=1e-6)
    assert view.symbols == TEXT_ALPHABET


# --- generate_text -------------------------------------------------------------------------------


def _greedy(model: GraphModule, prime: torch.Tensor, length: int) -> str:
    window, text = prime.clone(), ""
    with torch.no_grad():
        for _ in range(length):
            symbol = int(model(window[None])[0, -1].argmax())
            text += TEXT_ALPHABET[symbol]
            window = torch.cat([window[1:], torch.tensor([symbol])])
    return text


def test_generate_text_at_low_temperature_takes_the_most_likely_character() -> None:
    model, _ = _text_model()
    model.eval()
    prime = torch.randint(0, 36, (12,), generator=torch.Generator().manual_seed(1))
    expected = _greedy(model, prime, 25)
    model.train()
    text = sp.generate_text(model, prime, 25, 0.01, torch.Generator().manual_seed(0), TEXT_ALPHABET)
    assert text == expected
    assert sp.generate_text(model, prime, 25, 0.05, torch.Generator().manual_seed(9), TEXT_ALPHABET) == expected
    assert model.training


def test_generate_text_samples_reproducibly_without_touching_the_global_rng() -> None:
    model, _ = _text_model()
    prime = torch.randint(0, 36, (20,), generator=torch.Generator().manual_seed(1))  # longer than T: the tail
    state = torch.get_rng_state()
    first = sp.generate_text(model, prime, 60, 1.0, torch.Generator().manual_seed(7), TEXT_ALPHABET)
    again = sp.generate_text(model, prime, 60, 1.0, torch.Generator().manual_seed(7), TEXT_ALPHABET)
    other = sp.generate_text(model, prime, 60, 1.0, torch.Generator().manual_seed(8), TEXT_ALPHABET)
    assert torch.equal(torch.get_rng_state(), state)
    assert len(first) == 60 and set(first) <= set(TEXT_ALPHABET)
    assert first == again and first != other
    hot = sp.generate_text(model, prime, 60, 50.0, torch.Generator().manual_seed(7), TEXT_ALPHABET)
    cold = sp.generate_text(model, prime, 60, 0.01, torch.Generator().manual_seed(7), TEXT_ALPHABET)
    assert len(set(hot)) > 2 * len(set(cold)), (hot, cold)


def test_generate_text_needs_a_start_as_long_as_the_input() -> None:
    model, _ = _text_model(steps=12)
    with pytest.raises(ValueError, match="at least 12 symbol ids"):
        sp.generate_text(model, torch.zeros(5, dtype=torch.long), 10, 1.0, torch.Generator(), TEXT_ALPHABET)
