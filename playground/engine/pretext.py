"""Self-supervised pretraining: the convolutions learn to tell where one patch of an image lies next to another.

The pretext task of Doersch, Gupta and Efros (2015), "Unsupervised visual representation learning by context
prediction": cut a 3×3 grid of patches from an unlabelled image, show the network the centre patch and one of its
8 neighbours, and let it say which neighbour it is. Both patches go through the design's own convolutional trunk
(the layers from the Input up to the first Flatten, GlobalAvgPool or Dense), the two feature vectors are joined,
and a small pretext head that belongs to the pretraining (not to the design) picks one of the 8 positions. To
answer, the trunk must recognise strokes and how they continue: features that the labelled phase then reuses.

Geometry for the bundled 28×28 digits: patches of 8×8 pixels on a grid with 2-pixel gaps (3·8 + 2·2 = 28: the
grid covers the whole image, so every neighbour holds some of the digit's frame), each patch shifted at random
by up to 1 pixel. The gap and the shift keep the task from being solved by matching the pixels along a shared
edge (a shortcut that teaches nothing about digits). An 8×8 patch is big enough to hold a piece of a stroke and
survives two 2×2 poolings (8 → 4 → 2). Other image sizes scale the same way (``geometry``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import torch
from torch import nn

from playground.engine.pretext_view import OFFSETS, PretextView
from playground.engine.pretrain import Pretraining
from playground.engine.probes import evaluating
from playground.engine.run_setup import TrainingError
from playground.graph.i18n import tr

if TYPE_CHECKING:
    from playground.engine.snapshot import Snapshot
    from playground.engine.train import Trainer

TRUNK_ENDS = frozenset({"Flatten", "GlobalAvgPool", "Dense", "Reshape", "Output", "ConvTranspose2d", "Upsample"})
"""The kinds where the convolutional trunk ends: the first of them in forward order is not part of it."""
CONV_KINDS = frozenset({"Conv2d"})
HEAD_UNITS = 64
"""Hidden units of the pretext head (Dense → ReLU → Dense to 8 positions): small, so the trunk does the work."""
VIEW_PAIRS = 8
"""Pairs the "pretext" probe shows: one per position, from the first unlabelled images (the same every time)."""


@dataclass(frozen=True)
class Geometry:
    """Where the 3×3 grid of patches lies: patch side, gap between patches and random shift, in pixels."""

    patch: int
    gap: int
    jitter: int

    @property
    def span(self) -> int:
        """The side of the whole grid (without the shift)."""
        return 3 * self.patch + 2 * self.gap


def geometry(height: int, width: int) -> Geometry:
    """The grid for images of this size: 8×8 patches with 2-pixel gaps on 28×28 digits (see the module text)."""
    side = min(height, width)
    gap = max(1, side // 14)
    return Geometry(patch=max(2, (side - 2 * gap) // 3), gap=gap, jitter=max(1, gap // 2))


def cut_pairs(
    images: torch.Tensor, labels: torch.Tensor, shifts: torch.Tensor, grid: Geometry
) -> tuple[torch.Tensor, torch.Tensor]:
    """The centre patch and the neighbour ``labels`` names (index into ``OFFSETS``) of each image.

    ``images`` is (n, C, H, W); ``shifts`` (n, 4) integers in [-jitter, jitter]: row and column shift of the
    centre patch, then of the neighbour. The grid is centred in the image; pixels a shift moves outside the
    image read as 0. Returns two (n, C, patch, patch) tensors.
    """
    n, _, height, width = images.shape
    pad = grid.jitter + max(0, (grid.span - min(height, width) + 1) // 2)
    padded = nn.functional.pad(images, (pad, pad, pad, pad))
    top = (height - grid.span) // 2 + pad
    left = (width - grid.span) // 2 + pad
    step = grid.patch + grid.gap
    offsets = torch.tensor(OFFSETS, device=images.device)[labels]  # (n, 2)
    centre = torch.stack((top + step + shifts[:, 0], left + step + shifts[:, 1]), dim=1)
    other = torch.stack(
        (top + step * (1 + offsets[:, 0]) + shifts[:, 2], left + step * (1 + offsets[:, 1]) + shifts[:, 3]), dim=1
    )
    return _crop(padded, centre, grid.patch), _crop(padded, other, grid.patch)


def _crop(images: torch.Tensor, corners: torch.Tensor, size: int) -> torch.Tensor:
    """One (size × size) window per image, its top-left corner at ``corners`` (n, 2)."""
    span = torch.arange(size, device=images.device)
    rows = (corners[:, 0:1] + span)[:, :, None]  # (n, size, 1)
    cols = (corners[:, 1:2] + span)[:, None, :]  # (n, 1, size)
    batch = torch.arange(len(images), device=images.device)[:, None, None]
    return images[batch, :, rows, cols].permute(0, 3, 1, 2)  # advanced indexing puts the channels last


def trunk_layers(trainer: Trainer) -> tuple[list[str], str]:
    """The trunk's node ids in forward order (Input excluded) and the id whose output is the trunk's result."""
    model = trainer.model
    ids: list[str] = []
    end = ""
    for nid in model.order:
        if nid == model.input_id:
            continue
        if model.kinds[nid] in TRUNK_ENDS:
            end = next((s for s in model.sources[nid] if s in ids), "")
            break
        ids.append(nid)
    return ids, end or (ids[-1] if ids else "")


class RelativePosition(Pretraining):
    """Pretrains the design's convolutions on the relative position of two patches of an unlabelled image."""

    method = "relative_position"
    loss_name = "pretext cross-entropy"

    def __init__(self, trainer: Trainer) -> None:
        super().__init__(trainer)
        if trainer.dataset.kind != "images":
            raise TrainingError(
                tr("the relative-position pretraining needs images: choose an image data set or another pretraining")
            )
        self.ids, self.end = trunk_layers(trainer)
        if not any(trainer.model.kinds[nid] in CONV_KINDS for nid in self.ids):
            raise TrainingError(
                tr(
                    "the relative-position pretraining trains the convolution layers before the first Flatten or "
                    "Dense layer, and this design has none there: add a Conv2d after the Input or choose "
                    "another pretraining"
                )
            )
        self.total = int(trainer.config["pretrain_steps"])
        channels, height, width = trainer.x_unlabelled.shape[1:]
        self.grid = geometry(int(height), int(width))
        self.rng = torch.Generator().manual_seed(int(trainer.config["seed"]) + 11)
        with torch.no_grad(), self.evaluating():
            try:
                probe = self.features(torch.zeros(1, channels, self.grid.patch, self.grid.patch, device=trainer.device))
            except (RuntimeError, ValueError):  # ValueError: a BatchNorm2d left with 1×1 maps
                raise TrainingError(
                    tr(
                        "the patches of the relative-position pretraining ({size}×{size} pixels) are too small for "
                        "this design's convolution layers: use fewer pooling layers before the Flatten",
                        size=self.grid.patch,
                    )
                ) from None
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(int(trainer.config["seed"]) + 13)
            self.head = nn.Sequential(
                nn.Linear(2 * probe.shape[1], HEAD_UNITS), nn.ReLU(), nn.Linear(HEAD_UNITS, len(OFFSETS))
            ).to(trainer.device)
        self.trunk_params = [p for nid in self.ids for p in trainer.model.layers[nid].parameters()]
        # its own optimizer: the trainer's covers only what the labelled phase trains (frozen layers are left out)
        self.optimizer = torch.optim.Adam([*self.trunk_params, *self.head.parameters()], lr=float(trainer.config["lr"]))

    def evaluating(self) -> AbstractContextManager[None]:
        """The trunk in eval mode for a measurement: probes must not move a BatchNorm's statistics or draw dropout."""
        return evaluating(*(self.trainer.model.layers[nid] for nid in self.ids))

    def features(self, patches: torch.Tensor) -> torch.Tensor:
        """The trunk's output for a batch of patches, flattened to one vector per patch."""
        values: dict[str, torch.Tensor] = {self.trainer.model.input_id: patches}
        model = self.trainer.model
        for nid in self.ids:
            values[nid] = model.layers[nid](*[values[s] for s in model.sources[nid]])
        return values[self.end].flatten(1)

    def draw(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Random pairs from ``images``: (centre patches, neighbour patches, position labels)."""
        n = len(images)
        labels = torch.randint(len(OFFSETS), (n,), generator=self.rng).to(images.device)
        shifts = torch.randint(-self.grid.jitter, self.grid.jitter + 1, (n, 4), generator=self.rng).to(images.device)
        centre, other = cut_pairs(images, labels, shifts, self.grid)
        return centre, other, labels

    def logits(self, centre: torch.Tensor, other: torch.Tensor) -> torch.Tensor:
        """The pretext head's scores for the 8 positions of each pair."""
        return self.head(torch.cat((self.features(centre), self.features(other)), dim=1))

    def step(self, step: int) -> float:
        """One Adam update of the trunk and the pretext head on a batch of random patch pairs."""
        centre, other, labels = self.draw(self.unlabelled_batch())
        flags = [p.requires_grad for p in self.trunk_params]
        for p in self.trunk_params:
            p.requires_grad_(True)  # "frozen" holds in the labelled phase; the pretraining trains the trunk
        try:
            for nid in self.ids:
                self.trainer.model.layers[nid].train()
            self.optimizer.zero_grad(set_to_none=True)
            out = self.logits(centre, other)
            loss = nn.functional.cross_entropy(out, labels)
            loss.backward()
            self.optimizer.step()
        finally:
            for p, flag in zip(self.trunk_params, flags, strict=True):
                p.requires_grad_(flag)
                p.grad = None  # the labelled phase's optimizer must not see a gradient it did not make
        value = float(loss.item())
        accuracy = float((out.argmax(1) == labels).float().mean().item())
        self.remember(step, value, accuracy)
        return value

    def fill(self, snapshot: Snapshot, requested: set[str], options: dict[str, Any]) -> None:
        """Probe "pretext": one pair per position from the first unlabelled images, with the head's answers."""
        if "pretext" not in requested:
            return
        images = self.trainer.x_unlabelled[:VIEW_PAIRS]
        labels = torch.arange(len(images), device=images.device) % len(OFFSETS)
        shifts = torch.zeros(len(images), 4, dtype=torch.long, device=images.device)  # the plain grid: easy to see
        centre, other = cut_pairs(images, labels, shifts, self.grid)
        with torch.no_grad(), self.evaluating():
            chances = torch.softmax(self.logits(centre, other), dim=1)
        confidence, predicted = chances.max(dim=1)
        snapshot.pretext = PretextView(
            centre=centre.cpu().numpy(),
            other=other.cpu().numpy(),
            truth=labels.cpu().numpy(),
            predicted=predicted.cpu().numpy(),
            confidence=confidence.cpu().numpy(),
        )

    def stage(self, step: int) -> str:
        """The text the pretraining panel shows while the pretext trains."""
        return tr("Pretext: relative position, step {step} of {total}", step=min(step, self.total), total=self.total)

    def parameters(self) -> Iterator[nn.Parameter]:
        """The pretext head's parameters (the trunk's belong to the design)."""
        return self.head.parameters()

    def generators(self) -> dict[str, torch.Generator]:
        """The batches' and the patch positions' random generators."""
        return {**super().generators(), "patches": self.rng}

    def optimizers(self) -> dict[str, torch.optim.Optimizer]:
        """The pretext's Adam (over the trunk and the head), saved with a run."""
        return {"pretext": self.optimizer}
