"""Greedy layer-wise pretraining of a design's RBM layers by contrastive divergence: a deep belief network.

The pretraining setting "rbm" trains the design's ``RBM`` layers one at a time, in forward order, each for
``pretrain_steps`` steps, as the lecture describes: the first RBM learns from the unlabelled inputs, then it is
left alone and the next one learns from the hidden probabilities P(h=1|v) of the first, and so on up the stack.
Each update is CD-k (PCD with the layer's ``persistent``): the gradient of mean F(v_data) − mean F(v_model), with
F the free energy and v_model the visible units after k Gibbs steps (held fixed), is exactly the CD estimate
−(⟨v hᵀ⟩_data − ⟨v hᵀ⟩_model), so the configured optimizer can follow it. Afterwards the Trainer fine-tunes the
whole network with labels by backprop (an RBM's forward pass is the sigmoid up-pass).

Probe "rbm" (``RbmView``): the RBM being trained (the first one after pretraining), its hidden units' weights as
images, a few test inputs with their reconstructions after k Gibbs steps, and the reconstruction error and free
energy on training and test data over the steps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from playground.engine.pretrain import Pretraining
from playground.engine.run_setup import TrainingError, make_optimizer
from playground.graph.i18n import tr

if TYPE_CHECKING:
    from playground.engine.modules import RBM
    from playground.engine.snapshot import Snapshot
    from playground.engine.train import Trainer

MEASURE_EVERY = 25
"""Steps between two measurements of the reconstruction error and free energy on the training and test data."""
MEASURE_SAMPLES = 500
"""Training and test samples each measurement uses (the first ones: the same every time)."""
VIEW_SAMPLES = 10
"""Test samples the probe reconstructs."""
MAX_FILTERS = 100
"""Hidden units whose weight images the probe sends (the first ones)."""


@dataclass
class RbmView:
    """One RBM of the design, as its panels draw it (probe "rbm")."""

    layer: str
    """The RBM's node id."""
    index: int
    """Which RBM of the stack it is, from 0 (forward order)."""
    count: int
    """RBMs in the design."""
    training: bool
    """Whether contrastive divergence is training this RBM now (else the pretraining is over)."""
    k: int
    """Gibbs steps of its CD (and of the reconstructions shown)."""
    persistent: bool
    """Whether it trains by persistent CD."""
    hidden: int
    """Its number of hidden units (``weights`` may show fewer)."""
    weights: np.ndarray
    """(m, H, W) float32: hidden unit j's weights W[j] drawn as an image (NaN where the tile has no visible unit).
    The first RBM's tiles have the input image's shape; a deeper one's a near-square grid of its visible units."""
    inputs: np.ndarray
    """(n, H, W) float32: the visible units of the first test samples (images for the first RBM)."""
    reconstructions: np.ndarray
    """(n, H, W) float32: P(v=1|h) after k Gibbs steps from each input."""
    history: np.ndarray
    """(m, 5) float64 rows: the run's step (after that many updates), reconstruction error on training data, on
    test data (mean squared error of v against its reconstruction), mean free energy of training data, of test data."""


def tile_shape(visible: int, image: tuple[int, ...] | None) -> tuple[int, int]:
    """(H, W) of a tile showing ``visible`` values: the image's (channels side by side) or a near-square grid."""
    if image is not None and len(image) == 3 and math.prod(image) == visible:
        return int(image[1]), int(image[0] * image[2])
    cols = math.ceil(math.sqrt(visible))
    return math.ceil(visible / cols), cols


def as_tiles(values: np.ndarray, shape: tuple[int, int], image: tuple[int, ...] | None) -> np.ndarray:
    """(n, visible) → (n, H, W) tiles for ``tile_shape``; the cells past the last value are NaN."""
    n, visible = values.shape
    height, width = shape
    if image is not None and len(image) == 3 and math.prod(image) == visible:
        c, h, w = image
        return values.reshape(n, c, h, w).transpose(0, 2, 1, 3).reshape(n, h, c * w).astype(np.float32)
    out = np.full((n, height * width), np.nan, np.float32)
    out[:, :visible] = values
    return out.reshape(n, height, width)


class GreedyRbm(Pretraining):
    """Trains the design's RBM layers one after the other by CD-k on the unlabelled inputs pushed up the stack."""

    method = "rbm"
    loss_name = "reconstruction error"

    def __init__(self, trainer: Trainer) -> None:
        super().__init__(trainer)
        model = trainer.model
        self.ids = [nid for nid in model.order if model.kinds[nid] == "RBM"]
        if not self.ids:
            raise TrainingError(
                tr(
                    "the RBM pretraining trains the design's RBM layers, and it has none: put an RBM layer "
                    "after the Flatten, or choose another pretraining"
                )
            )
        self.per_layer = int(trainer.config["pretrain_steps"])
        self.total = self.per_layer * len(self.ids)
        device = trainer.device
        self.rng = torch.Generator(device=device).manual_seed(int(trainer.config["seed"]) + 17)
        # each RBM has its own optimizer: an update of one never moves another's weights or momenta
        self.layer_optimizers = {
            nid: make_optimizer(list(model.layers[nid].parameters()), trainer.config) for nid in self.ids
        }
        self.chains: dict[str, torch.Tensor] = {}
        """Persistent CD: the fantasy particles (binary visible states) each RBM's chains have reached."""
        self.histories: dict[str, list[tuple[float, float, float, float, float]]] = {nid: [] for nid in self.ids}
        shape = trainer.dataset.x_train.shape[1:]
        self.image = tuple(int(d) for d in shape) if trainer.dataset.kind == "images" else None
        self.train_probe = trainer.x_unlabelled[:MEASURE_SAMPLES]
        self.test_probe = trainer.x_test[:MEASURE_SAMPLES]
        for nid in self.ids:
            values = self.visible(self.train_probe, nid)
            if float(values.min()) < 0.0 or float(values.max()) > 1.0:
                raise TrainingError(
                    tr(
                        "the RBM layer {name} has binary visible units, so the values it receives must lie between "
                        "0 and 1 (pixels and the hidden probabilities of another RBM do), but they range from "
                        "{low} to {high}: feed it images, an RBM or a Sigmoid",
                        name=trainer.model.names[nid],
                        low=f"{float(values.min()):.3g}",
                        high=f"{float(values.max()):.3g}",
                    )
                )

    def layer_at(self, step: int) -> int:
        """Index of the RBM that the run's step ``step`` trains (the last one after the pretraining)."""
        return min(step // max(self.per_layer, 1), len(self.ids) - 1)

    def rbm(self, nid: str) -> RBM:
        """The RBM module of node ``nid``."""
        return self.trainer.model.layers[nid]

    def visible(self, x: torch.Tensor, nid: str) -> torch.Tensor:
        """The visible data of RBM ``nid`` for inputs ``x``: the network's values feeding it, without gradients.

        The layers below run as in evaluation (no dropout): the hidden probabilities of one RBM are the data of the
        next. Their training flags are put back, as the fine-tuning may start within the same ``Trainer.step``.
        """
        model = self.trainer.model
        (source,) = model.sources[nid]
        needed, todo = set(), [source]
        while todo:  # the nodes the RBM's input depends on
            node = todo.pop()
            if node not in needed:
                needed.add(node)
                todo += model.sources[node] if node != model.input_id else []
        values: dict[str, torch.Tensor] = {}
        with torch.no_grad():
            for node in model.order:
                if node not in needed:
                    continue
                layer = model.layers[node]
                was = layer.training
                layer.eval()
                args = [x] if node == model.input_id else [values[s] for s in model.sources[node]]
                values[node] = layer(*args)
                layer.train(was)
        return values[source].flatten(1)

    def step(self, step: int) -> float:
        """One CD-k (or PCD-k) update of the RBM this step belongs to; returns the batch's reconstruction error."""
        index = self.layer_at(step)
        nid = self.ids[index]
        rbm = self.rbm(nid)
        if step % self.per_layer == 0:  # where this RBM's curves start: before its first update
            self.histories[nid].append((float(step), *self.measure(nid)))
        v_data = self.visible(self.unlabelled_batch(), nid)
        params = list(rbm.parameters())
        flags = [p.requires_grad for p in params]
        with torch.no_grad():
            recon, sample = rbm.gibbs(v_data, rbm.k, self.rng)
            if rbm.persistent:
                chain = self.chains.get(nid)
                if chain is None or chain.shape != v_data.shape:
                    chain = torch.bernoulli(v_data.clamp(0.0, 1.0), generator=self.rng)  # chains start at the data once
                negative, self.chains[nid] = rbm.gibbs(chain, rbm.k, self.rng)
            else:
                # the reconstruction's probabilities, not a binary sample: less noise (Hinton's practical guide)
                negative = recon
        optimizer = self.layer_optimizers[nid]
        try:
            for p in params:
                p.requires_grad_(True)  # "frozen" holds for the labelled phase; the pretraining trains the RBM
            optimizer.zero_grad(set_to_none=True)
            surrogate = rbm.free_energy(v_data).mean() - rbm.free_energy(negative).mean()
            surrogate.backward()
            optimizer.step()
        finally:
            for p, flag in zip(params, flags, strict=True):
                p.requires_grad_(flag)
                p.grad = None  # the labelled phase's optimizer must not see a gradient it did not make
        error = float(((v_data - recon) ** 2).mean())
        self.remember(step, error)
        done = step + 1 - index * self.per_layer  # this RBM's updates so far
        if done % MEASURE_EVERY == 0 or done == self.per_layer:
            self.histories[nid].append((float(step + 1), *self.measure(nid)))
        return error

    def optimizers(self) -> dict[str, torch.optim.Optimizer]:
        """Each RBM's optimizer by layer id, saved with a run."""
        return self.layer_optimizers

    def generators(self) -> dict[str, torch.Generator]:
        """The batches' and the Gibbs chains' random generators."""
        return {**super().generators(), "gibbs": self.rng}

    def own_tensors(self) -> dict[str, torch.Tensor]:
        """Each RBM's curves and, for persistent CD, where its chains are: a saved run draws and goes on the same."""
        curves = {nid: torch.tensor(rows, dtype=torch.float64).reshape(-1, 5) for nid, rows in self.histories.items()}
        out = {f"curves.{nid}": rows for nid, rows in curves.items()}
        out.update({f"chain.{nid}": chain.detach().to("cpu", copy=True) for nid, chain in self.chains.items()})
        return out

    def load_own_tensors(self, tensors: dict[str, torch.Tensor]) -> None:
        """Put back the curves and chains ``own_tensors`` saved (a run saved without them starts them afresh)."""
        for nid in self.ids:
            curves = tensors.get(f"curves.{nid}")
            self.histories[nid] = [] if curves is None else [tuple(row) for row in curves.tolist()]
        self.chains = {}
        for nid in self.ids:
            chain = tensors.get(f"chain.{nid}")
            if chain is not None and chain.dim() == 2 and chain.shape[1] == self.rbm(nid).visible_bias.shape[0]:
                self.chains[nid] = chain.to(self.trainer.device)

    def measure(self, nid: str) -> tuple[float, float, float, float]:
        """Reconstruction error on training and test data, then their mean free energy, for RBM ``nid``."""
        rbm = self.rbm(nid)
        out = []
        generator = torch.Generator(device=self.trainer.device).manual_seed(0)  # the same chains every time
        with torch.no_grad():
            for x in (self.train_probe, self.test_probe):
                v = self.visible(x, nid)
                recon, _ = rbm.gibbs(v, rbm.k, generator)
                out.append((float(((v - recon) ** 2).mean()), float(rbm.free_energy(v).mean())))
        return out[0][0], out[1][0], out[0][1], out[1][1]

    def stage(self, step: int) -> str:
        """Which RBM contrastive divergence trains now."""
        index = self.layer_at(step)
        rbm = self.rbm(self.ids[index])
        if rbm.persistent:
            return tr(
                "RBM {i} of {n}: persistent contrastive divergence (PCD-{k})", i=index + 1, n=len(self.ids), k=rbm.k
            )
        return tr("RBM {i} of {n}: contrastive divergence (CD-{k})", i=index + 1, n=len(self.ids), k=rbm.k)

    def fill(self, snapshot: Snapshot, requested: set[str], options: dict[str, Any]) -> None:
        """Probe "rbm": the RBM training now (the first one once the pretraining is over)."""
        if "rbm" in requested:
            snapshot.rbm = self.view_of(self.trainer.step_count)

    def view_of(self, step: int) -> RbmView:
        """The ``RbmView`` of the RBM on show at the run's step ``step``."""
        training = self.active(step)
        index = self.layer_at(step) if training else 0
        nid = self.ids[index]
        rbm = self.rbm(nid)
        image = self.image if index == 0 else None
        generator = torch.Generator(device=self.trainer.device).manual_seed(1)  # steady pictures between frames
        with torch.no_grad():
            v = self.visible(self.trainer.x_test[:VIEW_SAMPLES], nid)
            recon, _ = rbm.gibbs(v, rbm.k, generator)
            weights = rbm.weight[:MAX_FILTERS].detach()
        shape = tile_shape(v.shape[1], image)
        history = np.asarray(self.histories[nid], dtype=np.float64).reshape(-1, 5)
        return RbmView(
            layer=nid,
            index=index,
            count=len(self.ids),
            training=training,
            k=rbm.k,
            persistent=rbm.persistent,
            hidden=int(rbm.weight.shape[0]),
            weights=as_tiles(weights.cpu().numpy(), shape, image),
            inputs=as_tiles(v.cpu().numpy(), shape, image),
            reconstructions=as_tiles(recon.cpu().numpy(), shape, image),
            history=history,
        )
