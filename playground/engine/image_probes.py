"""Probes of convolutional nets, classifiers and autoencoders: filters, feature maps, confusion, codes.

Like ``probes``, plain functions returning numpy values for the ``Snapshot``; they run without
gradients, in eval mode, and never change the model. Sizes are capped so a snapshot of a wide
layer stays small enough to send thirty times a second.
"""

from __future__ import annotations

import numpy as np
import torch

from playground.engine import objectives
from playground.engine.build import GraphModule
from playground.engine.probes import eval_all
from playground.engine.snapshot import ClassificationView, FilterSet, LatentView, ReconstructionView

CONV_KINDS = ("Conv2d", "ConvTranspose2d")
MAX_FILTERS = 64
"""Output channels of a layer sent to the filters panel."""
MAX_FILTER_INPUTS = 16
"""Input channels per filter sent to the filters panel."""
MAX_FEATURE_MAPS = 32
"""Channels per layer in the feature maps."""
RECONSTRUCTION_SAMPLES = 16
LATENT_SAMPLES = 1000
WALK_GRID = 12
DISPLAY_SEED = 12345
"""Seed of the corruption drawn for the reconstruction view: the same noisy inputs every frame."""


def _numpy(t: torch.Tensor) -> np.ndarray:
    return t.detach().float().cpu().numpy()


def filters(model: GraphModule) -> dict[str, FilterSet]:
    """Kernels (and their last gradients) of every convolution layer, capped in both channel counts."""
    out = {}
    for nid in model.order:
        if model.kinds[nid] not in CONV_KINDS:
            continue
        weight = model.layers[nid].weight
        cut = (slice(0, MAX_FILTERS), slice(0, MAX_FILTER_INPUTS))
        grad = weight.grad
        out[nid] = FilterSet(_numpy(weight[cut]), None if grad is None else _numpy(grad[cut]))
    return out


def feature_maps(model: GraphModule, sample: torch.Tensor) -> dict[str, np.ndarray]:
    """(channels, h, w) outputs of the Input and of every image-shaped layer for one sample (a batch of 1)."""
    values = eval_all(model, sample)
    maps = {}
    for nid in model.order:
        v = values[nid]
        if v.dim() == 4 and nid != model.output_id:
            maps[nid] = _numpy(v[0, :MAX_FEATURE_MAPS])
    return maps


def classification(predicted: torch.Tensor, target: torch.Tensor, k: int) -> ClassificationView:
    """Confusion matrix (rows true, columns predicted) and per-class accuracy of test predictions."""
    pred = predicted.cpu().numpy().astype(np.int64)
    true = target.cpu().numpy().astype(np.int64)
    confusion = np.bincount(true * k + pred, minlength=k * k).reshape(k, k)
    totals = confusion.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_class = np.where(totals > 0, np.diag(confusion) / np.maximum(totals, 1), np.nan)
    return ClassificationView(confusion, pred, per_class.astype(np.float64))


def reconstruction_view(
    model: GraphModule,
    x_test: torch.Tensor,
    corruption: tuple[str, float],
    loss: str,
    test_output: torch.Tensor,
) -> ReconstructionView:
    """Clean, corrupted and reconstructed versions of the first test samples, and the test MSE.

    ``test_output`` is the model's output on the clean test set from the last measurement.
    """
    n = min(RECONSTRUCTION_SAMPLES, len(x_test))
    clean = x_test[:n]
    generator = torch.Generator().manual_seed(DISPLAY_SEED)
    noisy = objectives.corrupt(clean, *corruption, generator=generator)
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            out = objectives.reconstruction(loss, model(noisy)).reshape(clean.shape)
    finally:
        model.train(was_training)
    whole = objectives.reconstruction(loss, test_output).reshape(x_test.shape)
    error = float(((whole - x_test) ** 2).mean()) if len(x_test) else float("nan")
    return ReconstructionView(np.arange(n, dtype=np.int64), _numpy(clean), _numpy(noisy), _numpy(out), error)


def latent_view(
    model: GraphModule, x_test: torch.Tensor, y_test: torch.Tensor, data_task: str, loss: str
) -> LatentView | None:
    """The codes of the first Latent layer for up to LATENT_SAMPLES test samples, in 2D, and the decoded walk.

    ``loss`` is the head's loss (with BCE the decoded outputs are logits).
    """
    latent = next((nid for nid in model.order if model.kinds[nid] == "Latent"), None)
    if latent is None or not len(x_test):
        return None
    x = x_test[:LATENT_SAMPLES]
    codes = eval_all(model, x)[latent].flatten(1)
    units = codes.shape[1]
    labels = y_test[: len(x)].cpu().numpy().astype(np.int64) if data_task == "classification" else None
    if labels is None:
        labels = np.full(len(x), -1, dtype=np.int64)
    points = _numpy(codes)
    if units == 1:
        return LatentView(latent, np.stack([points[:, 0], np.zeros(len(points), np.float32)], 1), labels, 1, "line")
    if units > 2:
        return LatentView(latent, pca_2d(points), labels, units, "pca")
    view = LatentView(latent, points, labels, 2, "code")
    decoder = decoder_nodes(model, latent)
    if decoder is not None:
        view.walk_extent = _walk_extent(points)
        view.walk = decode_grid(
            model, latent, decoder, view.walk_extent, tuple(x_test.shape[1:]), loss, x_test.device
        )
    return view


def pca_2d(points: np.ndarray) -> np.ndarray:
    """The projection of (n, d) points on their first two principal components, as float32."""
    centred = points - points.mean(axis=0)
    _, _, vt = np.linalg.svd(centred.astype(np.float64), full_matrices=False)
    return (centred @ vt[:2].T).astype(np.float32)


def decoder_nodes(model: GraphModule, latent: str) -> list[str] | None:
    """The nodes between the Latent and the Output, in order, if they depend on the Latent alone; else None."""
    after = model.order[model.order.index(latent) + 1 :]
    known = {latent}
    chain = []
    for nid in after:
        sources = model.sources[nid]
        if sources and all(s in known for s in sources):
            known.add(nid)
            chain.append(nid)
    return chain if model.output_id in known else None


def _walk_extent(points: np.ndarray) -> tuple[float, float, float, float]:
    lo = np.percentile(points, 2, axis=0)
    hi = np.percentile(points, 98, axis=0)
    span = np.maximum(hi - lo, 1e-3)
    return float(lo[0]), float(lo[0] + span[0]), float(lo[1]), float(lo[1] + span[1])


def decode_grid(
    model: GraphModule,
    latent: str,
    decoder: list[str],
    extent: tuple[float, float, float, float],
    sample_shape: tuple[int, ...],
    loss: str,
    device: torch.device,
) -> np.ndarray:
    """Decode a WALK_GRID² grid of 2-unit codes over ``extent``: (g, g, *sample_shape), row 0 at the lowest z₂."""
    g = WALK_GRID
    xs = np.linspace(extent[0], extent[1], g, dtype=np.float32)
    ys = np.linspace(extent[2], extent[3], g, dtype=np.float32)
    gx, gy = np.meshgrid(xs, ys)
    codes = torch.from_numpy(np.stack([gx.ravel(), gy.ravel()], axis=1)).to(device)
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            values = {latent: codes}
            for nid in decoder:
                values[nid] = model.layers[nid](*[values[s] for s in model.sources[nid]])
    finally:
        model.train(was_training)
    decoded = objectives.reconstruction(loss, values[model.output_id])
    return _numpy(decoded).reshape((g, g, *sample_shape))
