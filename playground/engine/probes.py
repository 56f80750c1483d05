"""Measurements of a model, computed only when a panel asks for them.

Each probe is a plain function of the model (and data) returning numpy values for the
``Snapshot``. They run under ``torch.no_grad`` in eval mode and never change the model.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import torch

from playground.engine.build import GraphModule
from playground.engine.data import featurize, grid_points
from playground.engine.snapshot import Histogram, WeightStats
from playground.graph.i18n import tr

PROBES = (
    "grad_norms",
    "activations",
    "weights",
    "boundary",
    "neurons",
    "update_ratio",
    # computed by image_probes:
    "filters",
    "feature_maps",
    "classification",
    "reconstruction",
    "latent",
    # computed by sequence_probes:
    "sequence",
    "hidden_grads",
    "gates",
    "text",
    # computed by the GanTrainer:
    "gan",
    # computed by a pretraining (engine.pretrain):
    "pretraining",
    "pretext",  # by engine.pretext
    "rbm",  # by engine.rbm
    "embedding",  # by engine.word2vec
    # computed by classic_probes:
    "truth_table",
    "regions",
)
HIST_BINS = 30
MAX_NEURON_UNITS = 32


@contextmanager
def evaluating(*nets: torch.nn.Module) -> Iterator[None]:
    """Eval mode (dropout off, BatchNorm's running statistics) for a measurement, then back as they were."""
    modes = [net.training for net in nets]
    for net in nets:
        net.eval()
    try:
        yield
    finally:
        for net, mode in zip(nets, modes, strict=True):
            net.train(mode)


def grad_norms(model: GraphModule) -> dict[str, float]:
    """L2 norm of each parameterised layer's gradient from the last training step."""
    norms: dict[str, float] = {}
    for nid in model.parameterised():
        grads = [p.grad for p in model.layers[nid].parameters() if p.grad is not None]
        if grads:
            norms[nid] = float(torch.sqrt(sum((g.detach() ** 2).sum() for g in grads)))
    return norms


def parameter_copy(model: GraphModule) -> dict[str, list[torch.Tensor]]:
    """Detached copies of each parameterised layer's parameters (taken before a step)."""
    return {nid: [p.detach().clone() for p in model.layers[nid].parameters()] for nid in model.parameterised()}


def update_ratios(model: GraphModule, before: dict[str, list[torch.Tensor]]) -> dict[str, float]:
    """‖θ_after − θ_before‖ / ‖θ_before‖ per layer: how big the last step was relative to the weights.

    A layer whose weights were all zero before the step gets ``inf`` if the step moved them, else 0.
    """
    ratios: dict[str, float] = {}
    for nid, old in before.items():
        new = list(model.layers[nid].parameters())
        delta = float(torch.sqrt(sum(((n.detach() - o) ** 2).sum() for n, o in zip(new, old, strict=True))))
        size = float(torch.sqrt(sum((o**2).sum() for o in old)))
        ratios[nid] = delta / size if size > 0 else (float("inf") if delta > 0 else 0.0)
    return ratios


def histogram(values: torch.Tensor) -> Histogram:
    flat = values.detach().float().flatten().cpu().numpy()
    lo, hi = (float(flat.min()), float(flat.max())) if flat.size else (0.0, 1.0)
    if not np.isfinite(lo) or not np.isfinite(hi):
        flat = flat[np.isfinite(flat)]
        lo, hi = (float(flat.min()), float(flat.max())) if flat.size else (0.0, 1.0)
    if hi - lo < 1e-6:
        lo, hi = lo - 0.5, hi + 0.5
    counts, edges = np.histogram(flat, bins=HIST_BINS, range=(lo, hi))
    return Histogram(counts.astype(np.int64), edges.astype(np.float32))


def activation_stats(
    model: GraphModule, x: torch.Tensor, functions: dict[str, str]
) -> tuple[dict[str, Histogram], dict[str, float], dict[str, float]]:
    """Histograms of every hidden node's output on ``x``, and dead/saturated fractions.

    ``functions`` maps Activation node ids to their function name (relu, sigmoid, tanh...).
    """
    values = eval_all(model, x)
    hists, dead, saturated = {}, {}, {}
    for nid, v in values.items():
        if nid in (model.input_id, model.output_id):
            continue
        hists[nid] = histogram(v)
        fn = functions.get(nid)
        if fn == "relu":
            per_unit = (v.reshape(v.shape[0], -1) > 0).any(dim=0)
            dead[nid] = float(1.0 - per_unit.float().mean())
        elif fn == "sigmoid":
            saturated[nid] = float(((v < 0.04) | (v > 0.96)).float().mean())
        elif fn == "tanh":
            saturated[nid] = float((v.abs() > 0.98).float().mean())
    return hists, dead, saturated


def weight_hists(model: GraphModule) -> dict[str, Histogram]:
    """Histogram of each parameterised layer's weight tensor (biases excluded)."""
    out = {}
    for nid in model.parameterised():
        weight = getattr(model.layers[nid], "weight", None)
        if isinstance(weight, torch.Tensor):
            out[nid] = histogram(weight)
    return out


def weight_stats(model: GraphModule) -> dict[str, WeightStats]:
    """Size, mean and max |w| and the positive share of |w| of each parameterised layer's weight tensor."""
    out = {}
    for nid in model.parameterised():
        weight = getattr(model.layers[nid], "weight", None)
        if not isinstance(weight, torch.Tensor):
            continue
        w = weight.detach().float()
        magnitude = w.abs()
        total = float(magnitude.sum())
        out[nid] = WeightStats(
            count=int(w.numel()),
            mean_abs=float(magnitude.mean()) if w.numel() else 0.0,
            max_abs=float(magnitude.max()) if w.numel() else 0.0,
            positive_share=float(w.clamp(min=0).sum()) / total if total > 0 else 0.5,
        )
    return out


def grid_outputs(
    model: GraphModule,
    extent: tuple[float, float, float, float],
    n: int,
    features: tuple[str, ...],
    device: torch.device,
) -> dict[str, np.ndarray]:
    """Every node's output over an n×n grid of the input plane, as (n*n, ...) numpy arrays."""
    x = torch.from_numpy(featurize(grid_points(extent, n), features)).to(device)
    return {nid: v.cpu().numpy() for nid, v in eval_all(model, x).items()}


def neuron_maps(model: GraphModule, grid: dict[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
    """(units, n, n) maps of each hidden node with a flat output (first 32 units)."""
    maps = {}
    for nid, v in grid.items():
        if nid in (model.input_id, model.output_id) or v.ndim != 2:
            continue
        units = v[:, :MAX_NEURON_UNITS]
        maps[nid] = units.T.reshape(units.shape[1], n, n).astype(np.float32)
    return maps


def eval_all(model: GraphModule, x: torch.Tensor) -> dict[str, torch.Tensor]:
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            return model.forward_all(x)
    finally:
        model.train(was_training)


def locate_non_finite(model: GraphModule, x: torch.Tensor) -> str:
    """Which layer's output (in forward order) first holds NaN or inf for batch ``x``, for the user."""
    values = eval_all(model, x)
    for nid in model.order:
        if not torch.isfinite(values[nid]).all():
            return tr("the output of layer '{name}'", name=model.names[nid])
    return tr("the loss (the outputs were finite)")
