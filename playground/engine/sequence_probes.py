"""Probes of recurrent nets: gradients through time, gates along a sequence, predictions, generated text.

Like ``image_probes``, plain functions returning the snapshot's dataclasses; they run in eval mode,
restore the train mode and never change the model (no parameter gradients are left behind). The
gradient and gate probes switch the recurrent layers to their step-by-step path (``Recurrent.trace``)
for one forward pass; everything else runs the fused layers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import torch

from playground.engine.build import GraphModule
from playground.engine.modules import Recurrent
from playground.engine.probes import evaluating
from playground.engine.snapshot import GateTrace, HiddenGradients, SequenceView

RECURRENT_KINDS = ("RNN", "LSTM", "GRU")
MAX_GATE_UNITS = 64
"""Units per gate sent to the gates panel: (units, T) for a wide layer and a long sequence gets big."""
GREEDY_TEMPERATURE = 0.05
"""At or below this temperature the next character is the most likely one (no sampling)."""


def recurrent_nodes(model: GraphModule) -> list[str]:
    """Ids of the model's RNN, LSTM and GRU nodes, in forward order."""
    return [nid for nid in model.order if model.kinds[nid] in RECURRENT_KINDS]


@contextmanager
def tracing(model: GraphModule, nodes: list[str] | None = None) -> Iterator[dict[str, dict[str, Any]]]:
    """Within the block, forward passes of the recurrent ``nodes`` (default all) record their traces.

    Yields node id → that layer's trace dict (filled by the next forward; see ``Recurrent``). The traces are
    switched off on leaving, so the next training step runs the fused layers again.
    """
    layers: dict[str, Recurrent] = {
        nid: model.layers[nid] for nid in (recurrent_nodes(model) if nodes is None else nodes)
    }
    traces: dict[str, dict[str, Any]] = {nid: {} for nid in layers}
    for nid, layer in layers.items():
        layer.trace = traces[nid]
    try:
        yield traces
    finally:
        for layer in layers.values():
            layer.trace = None


def hidden_gradients(
    model: GraphModule,
    x: torch.Tensor,
    y: torch.Tensor,
    loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
) -> dict[str, HiddenGradients]:
    """‖∂L/∂h_t‖ per step t for every recurrent layer: backprop through time made visible.

    ``loss_fn(output, y)`` is the run's scalar loss. The gradient is taken with respect to the traced hidden
    states only (``torch.autograd.grad``), so the parameters' ``.grad``, which the gradient panel reads, stay
    as the last training step left them. Norms are averaged over the batch; a NaN loss gives NaN norms.
    """
    nodes = recurrent_nodes(model)
    if not nodes or not len(x):
        return {}
    with evaluating(model), torch.enable_grad(), tracing(model, nodes) as traces:
        loss = loss_fn(model(x), y)
        states = [s for nid in nodes for s in traces[nid]["states"]]
        if not loss.requires_grad:  # nothing trainable between the states and the loss
            grads: tuple[torch.Tensor | None, ...] = (None,) * len(states)
        else:
            grads = torch.autograd.grad(loss, states, allow_unused=True)
    out, start = {}, 0
    for nid in nodes:
        steps = len(traces[nid]["states"])
        norms = [
            0.0 if g is None else float(g.detach().double().norm(dim=1).mean()) for g in grads[start : start + steps]
        ]
        start += steps
        out[nid] = HiddenGradients(np.asarray(norms, dtype=np.float64), steps)
    return out


def gate_traces(model: GraphModule, x_one: torch.Tensor) -> dict[str, GateTrace]:
    """Gates, hidden state and (LSTM) cell state of every recurrent layer along one sequence (a batch of 1).

    The first layer's forward direction, values after their nonlinearity, the first ``MAX_GATE_UNITS`` units.
    """
    nodes = recurrent_nodes(model)
    if not nodes or not len(x_one):
        return {}
    with evaluating(model), torch.no_grad(), tracing(model, nodes) as traces:
        model(x_one[:1])
    out = {}
    for nid in nodes:
        trace = traces[nid]
        gates = {name: _units_by_time(v) for name, v in trace["gates"].items()}
        cell = trace["cell"]
        out[nid] = GateTrace(gates, _units_by_time(trace["hidden"]), None if cell is None else _units_by_time(cell))
    return out


def _units_by_time(values: torch.Tensor) -> np.ndarray:
    """(T, units) → (units, T) float32, capped at MAX_GATE_UNITS units."""
    return values[:, :MAX_GATE_UNITS].T.float().cpu().numpy().copy()


def sequence_view(
    output: torch.Tensor,
    x: torch.Tensor,
    y: torch.Tensor,
    task: str,
    target_mode: str,
    dataset_name: str,
    symbols: str = "",
    n: int = 8,
) -> SequenceView:
    """Inputs, targets and predictions of the first ``n`` test sequences, from the cached test ``output``.

    ``output`` holds logits (N, k) or (N, T, k) for classification, values (N, 1) or (N, T, 1) for regression
    (``task`` "regression"; any other task is read as classification). The input drawn per dataset: the value
    channel (sine, adding, with the adding problem's marker channel as ``markers``), the symbol of a one-hot
    step (remember), the symbol ids themselves (text).
    """
    n = min(n, len(output))
    out, inputs, targets = output[:n].detach().float().cpu(), x[:n].detach().cpu(), y[:n].detach().cpu()
    markers = None
    if inputs.dim() == 2:  # symbol ids (text)
        series = inputs
    elif dataset_name == "remember":
        series = inputs.argmax(dim=-1)
    else:
        series = inputs[..., 0]
        if dataset_name == "adding" and inputs.shape[-1] > 1:
            markers = inputs[..., 1].float().numpy()
    probabilities = None
    if task == "regression":
        predictions = out.squeeze(-1).numpy()
        target_values = targets.reshape(predictions.shape).float().numpy()
    else:
        predictions = out.argmax(dim=-1).numpy().astype(np.int64)
        right = targets.long()
        probabilities = torch.softmax(out, dim=-1).gather(-1, right.unsqueeze(-1)).squeeze(-1).numpy()
        target_values = right.numpy()
    return SequenceView(
        indices=np.arange(n, dtype=np.int64),
        series=series.float().numpy(),
        markers=markers,
        targets=target_values,
        predictions=predictions,
        probabilities=probabilities,
        target_mode=target_mode,
        symbols=symbols,
    )


def generate_text(
    model: GraphModule,
    prime_ids: torch.Tensor,
    length: int,
    temperature: float,
    generator: torch.Generator,
    alphabet: str,
) -> str:
    """``length`` characters the model writes after ``prime_ids`` (T,), one at a time.

    The model always sees the last T symbols (T = its Input's length; the prime must have at least T) and the
    next symbol is drawn from softmax(logits of the last step / temperature), or is the most likely one at a
    temperature ≤ ``GREEDY_TEMPERATURE``. Cost: one forward pass of a (1, T) batch per character, without
    gradients, on the fused recurrent layers: ``length`` × T cell steps (160 characters at T = 40 through a
    64-unit LSTM take about 0.25 s on one CPU thread, 0.1 s on a GPU). ``generator`` (on the CPU) makes the
    draws reproducible and leaves the global random state alone.
    """
    steps = model.shapes[model.input_id][0]
    if prime_ids.dim() != 1 or len(prime_ids) < steps:
        raise ValueError(f"the start of the text needs at least {steps} symbol ids, got shape {tuple(prime_ids.shape)}")
    window = prime_ids[-steps:].to(torch.long).reshape(1, steps)
    written = []
    with evaluating(model), torch.no_grad():
        for _ in range(length):
            out = model(window)
            logits = (out[0, -1] if out.dim() == 3 else out[0])[: len(alphabet)].float().cpu()
            if temperature <= GREEDY_TEMPERATURE:
                symbol = int(logits.argmax())
            else:
                probabilities = torch.softmax(logits / temperature, dim=0)
                symbol = int(torch.multinomial(probabilities, 1, generator=generator))
            written.append(alphabet[symbol])
            window = torch.cat([window[:, 1:], window.new_tensor([[symbol]])], dim=1)
    return "".join(written)
