"""Transfer learning: start layers from pretrained weights (``init_from``) and keep frozen layers fixed.

Pretrained weights come from a safetensors file (never a pickle) keyed ``<node id>.<parameter>``, the keys of
each layer's own ``state_dict`` behind its node id: ``n2.weight``, ``n2.bias``, ``n6.running_mean``. A file may
hold more than the design uses (only matching keys are loaded) but a matching key must have the right shape.

A layer with ``frozen`` set keeps its weights: its parameters get ``requires_grad=False`` and stay out of the
optimizer, so neither updates, momentum nor weight decay move them. A frozen BatchNorm also keeps its running
statistics and normalises with them (evaluation mode during training): a pretrained layer's statistics belong to
the data it was trained on, and the new data's small batches would blur them.
"""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file

from playground import resources_dir
from playground.engine.build import GraphModule
from playground.engine.run_setup import TrainingError
from playground.graph import Graph
from playground.graph.i18n import tr

NORM_KINDS = frozenset({"BatchNorm", "BatchNorm2d"})


def weights_path(text: str) -> Path:
    """The file an ``init_from`` setting names: as given when absolute, else inside the app's resources folder."""
    path = Path(text.strip()).expanduser()
    return path if path.is_absolute() else resources_dir() / path


def load_pretrained(model: GraphModule, text: str) -> int:
    """Copy the matching tensors of the weights file ``text`` into ``model``; returns how many were loaded.

    Raises ``TrainingError`` when the file is missing or not a safetensors file, when a matching tensor has
    another shape than the layer needs, or when no tensor of the file belongs to a layer of the design.
    """
    path = weights_path(text)
    if not path.is_file():
        raise TrainingError(
            tr(
                "The pretrained weights file {path} does not exist: choose another file under Start from weights, "
                "or clear it for a random start",
                path=str(path),
            )
        )
    try:
        tensors = load_file(str(path))
    except (SafetensorError, OSError, ValueError, RuntimeError) as e:
        reason = " ".join(str(e).split())[:80]
        raise TrainingError(
            tr("{file} is not a safetensors weights file ({reason})", file=path.name, reason=reason)
        ) from None
    own = model.state_dict()
    matched: dict[str, torch.Tensor] = {}
    for key, value in tensors.items():
        target = own.get(f"layers.{key}")
        if target is None:
            continue  # a file may hold layers this design does not have (the head of the pretrained network)
        nid, _, what = key.partition(".")
        if tuple(value.shape) != tuple(target.shape):
            raise TrainingError(
                tr(
                    "layer '{layer}': the pretrained {what} in {file} is {got}, the layer needs {need}: change the "
                    "layer to match, or clear Start from weights",
                    layer=model.names.get(nid, nid),
                    what=what,
                    file=path.name,
                    got=_dims(value),
                    need=_dims(target),
                )
            )
        matched[f"layers.{key}"] = value.to(device=target.device, dtype=target.dtype)
    if not matched:
        example = next(iter(tensors), "")
        raise TrainingError(
            tr(
                "none of the weights in {file} belong to a layer of this design: its keys are "
                "'<layer id>.<parameter>' (such as '{example}'), and no layer has those ids",
                file=path.name,
                example=example,
            )
        )
    with torch.no_grad():
        for key, value in matched.items():
            own[key].copy_(value)
    return len(matched)


def _dims(t: torch.Tensor) -> str:
    return "×".join(map(str, t.shape)) or tr("a single number")


def freeze(model: GraphModule, graph: Graph) -> tuple[list[torch.nn.Parameter], list[str]]:
    """Turn off gradients of the frozen layers; (the parameters left to train, the frozen BatchNorm layers' ids)."""
    norms: list[str] = []
    for nid in model.order:
        if not graph.nodes[nid].params.get("frozen", False):
            continue
        for p in model.layers[nid].parameters():
            p.requires_grad_(False)
        if graph.nodes[nid].kind in NORM_KINDS:
            norms.append(nid)
    return [p for p in model.parameters() if p.requires_grad], norms


def training_mode(model: GraphModule, frozen_norms: list[str]) -> None:
    """``model.train()``, except that frozen BatchNorm layers normalise with their kept statistics."""
    model.train()
    for nid in frozen_norms:
        model.layers[nid].eval()
