"""RunState: everything a training run needs to go on exactly where it stopped, and the checks that it fits.

``Trainer.state()`` and ``GanTrainer.state()`` fill one; ``restore(state)`` puts it back into a freshly made
trainer of the same project. It holds tensors and JSON-able values only, so ``engine.bundle`` can write it
with safetensors and JSON (never a pickle).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import torch

from playground.graph import Graph
from playground.graph.i18n import N_, tr
from playground.graph.layers import KINDS
from playground.graph.settings import DATA_PARAMS, LIVE_TRAINING

MAX_HISTORY = 4000
"""Rows of metric history a run keeps: beyond it every other row is dropped (the curve keeps its shape)."""


def add_history_row(history: list[tuple[float, ...]], row: tuple[float, ...]) -> list[tuple[float, ...]]:
    """``history`` with ``row`` appended, halved (every other row) once it holds more than ``MAX_HISTORY``."""
    history.append(row)
    return history[::2] if len(history) > MAX_HISTORY else history


class StateMismatchError(ValueError):
    """A saved run does not fit this trainer (another design, other settings, damaged tensors); says what differs."""


@dataclass
class RunState:
    """A run's full state: weights, optimizer state, random state, batch order, counters and metric history."""

    weights: dict[str, torch.Tensor]
    """The networks' ``state_dict`` (parameters and buffers such as BatchNorm's running statistics); a GAN's
    keys start with ``generator.`` or ``discriminator.``."""
    optimizers: dict[str, dict[str, Any]]
    """torch ``Optimizer.state_dict()`` per network: ``"model"``, or ``"generator"`` and ``"discriminator"``."""
    rng: dict[str, torch.Tensor]
    """``"torch"``: the run's CPU RNG state (uint8; init, dropout, noise), ``"batches"``: the batch shuffler's
    generator state (uint8), ``"batch_order"``: the current epoch's permutation (int64); for a run on CUDA also
    ``"cuda"``: the device generator's state (dropout masks and augmentation drawn on the GPU)."""
    cursor: int
    """Position in ``batch_order`` of the next batch."""
    step_count: int
    history: list[tuple[float, ...]]
    """The trainer's metric history rows: (step, train loss, test loss) or, for a GAN, (step, D, G, distance)."""
    config: dict[str, Any]
    """The run's training settings, including live changes (lr, …) made after it started."""
    design: dict[str, Any]
    """``design_of`` the graph and data the run was made from: what the weights belong to."""
    device: str
    """The device the run trained on (``"cpu"``, ``"cuda"``…), for information: a run restores on any device."""
    counters: dict[str, int] = field(default_factory=dict)
    """Further counters of a kind of run (a GAN's ``"seen"``: real samples shown to the discriminator)."""


def design_of(graph: Graph, data: dict[str, Any]) -> dict[str, Any]:
    """What trained weights depend on: node kinds and settings, edges and the data settings (not names or layout)."""
    return {
        "nodes": {nid: {"kind": n.kind, "params": dict(n.params)} for nid, n in sorted(graph.nodes.items())},
        "edges": sorted([e.src, e.dst, e.port] for e in graph.edges),
        "data": dict(data),
    }


def design_difference(run: dict[str, Any], now: dict[str, Any], graph: Graph) -> str | None:
    """The first way the design ``now`` (of ``graph``) differs from the design ``run`` was trained on, or None."""
    run_nodes, now_nodes = run.get("nodes", {}), now["nodes"]

    def label(nid: str) -> str:
        node = graph.nodes.get(nid)
        if node is not None:
            return tr("layer '{name}'", name=node.name)
        return tr("a {kind} layer", kind=run_nodes[nid]["kind"])

    for nid in sorted(set(run_nodes) | set(now_nodes)):
        if nid not in now_nodes:
            return tr("{layer} the weights were trained with is no longer in the design", layer=label(nid))
        if nid not in run_nodes:
            return tr("{layer} was added after the weights were trained", layer=label(nid))
        a, b = run_nodes[nid], now_nodes[nid]
        if a["kind"] != b["kind"]:
            return tr(
                "{layer} was a {was} when the weights were trained and is a {now} now",
                layer=label(nid),
                was=a["kind"],
                now=b["kind"],
            )
        # A setting added to the app after the run was saved counts as its default (older bundles lack it).
        defaults = {s.name: s.default for s in KINDS[b["kind"]].params} if b["kind"] in KINDS else {}
        for name in sorted(set(a["params"]) | set(b["params"])):
            if a["params"].get(name, defaults.get(name)) != b["params"].get(name):
                was, is_ = a["params"].get(name, defaults.get(name)), b["params"].get(name)
                return tr(
                    "{layer}: {name} is {now} now, the weights were trained with {was}",
                    layer=label(nid),
                    name=name,
                    now=f"{is_!r}",
                    was=f"{was!r}",
                )
    if [list(e) for e in run.get("edges", [])] != now["edges"]:
        return tr("the connections between layers changed after the weights were trained")
    data_defaults = {s.name: s.default for s in DATA_PARAMS}
    for name in sorted(set(run.get("data", {})) | set(now["data"])):
        was, is_ = run.get("data", {}).get(name, data_defaults.get(name)), now["data"].get(name)
        if was != is_:
            return tr(
                "the data setting {name} is {now} now, the run was trained with {was}",
                name=name,
                now=_short(is_),
                was=_short(was),
            )
    return None


def settings_difference(run: dict[str, Any], now: dict[str, Any]) -> str | None:
    """The first training setting that needs a reset (not in ``LIVE_TRAINING``) and differs, or None."""
    for name in sorted(set(run) | set(now)):
        if name not in LIVE_TRAINING and run.get(name) != now.get(name):
            return tr(
                "the training setting {name} is {now} now, the run used {was}",
                name=name,
                now=_short(now.get(name)),
                was=_short(run.get(name)),
            )
    return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


# --- weights ------------------------------------------------------------------------------------------


def module_weights(module: torch.nn.Module, prefix: str = "") -> dict[str, torch.Tensor]:
    """CPU copies of ``module``'s parameters and buffers, keys prefixed (copies: the run goes on changing them)."""
    return {prefix + k: v.detach().to("cpu", copy=True).contiguous() for k, v in module.state_dict().items()}


def load_module_weights(module: torch.nn.Module, weights: dict[str, torch.Tensor], prefix: str = "") -> None:
    """Copy ``weights`` (keys with ``prefix``) into ``module``; ``StateMismatchError`` names the layer that does
    not fit."""
    names: dict[str, str] = getattr(module, "names", {})

    def layer(key: str) -> str:
        parts = key.split(".")
        nid = parts[1] if len(parts) > 2 and parts[0] == "layers" else ""
        return tr("layer '{name}'", name=names[nid]) if nid in names else f"'{key}'"

    own = module.state_dict()
    mine = {k[len(prefix) :]: v for k, v in weights.items() if k.startswith(prefix)}
    for key, target in own.items():  # in the module's order: the first layer that does not fit is named
        value = mine.get(key)
        what = key.rsplit(".", 1)[-1]
        if value is None:
            raise StateMismatchError(
                tr("the saved weights have nothing for {layer} ({what})", layer=layer(key), what=what)
            )
        if tuple(value.shape) != tuple(target.shape):
            raise StateMismatchError(
                tr(
                    "{layer}: the saved {what} is {saved}, the design needs {needed}",
                    layer=layer(key),
                    what=what,
                    saved=_dims(value),
                    needed=_dims(target),
                )
            )
        if value.dtype.is_floating_point != target.dtype.is_floating_point or value.dtype == torch.bool:
            raise StateMismatchError(
                tr(
                    "{layer}: the saved {what} has the wrong type ({dtype})",
                    layer=layer(key),
                    what=what,
                    dtype=value.dtype,
                )
            )
    stray = sorted(set(mine) - set(own))
    if stray:
        raise StateMismatchError(
            tr(
                "the saved weights hold '{prefix}{stray}', which no layer of the design has",
                prefix=prefix,
                stray=stray[0],
            )
        )
    module.load_state_dict(mine)


def _dims(t: torch.Tensor) -> str:
    return "×".join(map(str, t.shape)) or tr("a single number")


# --- optimizers -----------------------------------------------------------------------------------------


def optimizer_state(optimizer: torch.optim.Optimizer) -> dict[str, Any]:
    """``optimizer.state_dict()`` with its tensors copied to the CPU (the run goes on changing the originals)."""
    raw = optimizer.state_dict()
    state = {
        idx: {k: v.detach().to("cpu", copy=True) if isinstance(v, torch.Tensor) else v for k, v in s.items()}
        for idx, s in raw["state"].items()
    }
    return {"state": state, "param_groups": [dict(g) for g in raw["param_groups"]]}


def load_optimizer_state(optimizer: torch.optim.Optimizer, saved: dict[str, Any], what: str = N_("optimizer")) -> None:
    """Restore an optimizer's state after checking it fits this optimizer's parameters."""
    groups = optimizer.param_groups
    saved_groups = saved.get("param_groups", [])
    if len(saved_groups) != len(groups) or any(
        len(a.get("params", [])) != len(b["params"]) for a, b in zip(saved_groups, groups, strict=True)
    ):
        raise StateMismatchError(tr("the saved {what} state is for a different set of weights", what=tr(what)))
    params = [p for g in groups for p in g["params"]]
    for idx, entry in saved.get("state", {}).items():
        if not isinstance(idx, int) or not 0 <= idx < len(params):
            raise StateMismatchError(
                tr(
                    "the saved {what} state refers to a weight that does not exist ({idx})",
                    what=tr(what),
                    idx=f"{idx!r}",
                )
            )
        for name, value in entry.items():
            if isinstance(value, torch.Tensor) and value.dim() > 0 and value.shape != params[idx].shape:
                raise StateMismatchError(
                    tr(
                        "the saved {what} state '{name}' does not fit its weight ({saved} for {needed})",
                        what=tr(what),
                        name=name,
                        saved=_dims(value),
                        needed=_dims(params[idx]),
                    )
                )
    try:
        optimizer.load_state_dict(saved)
    except (ValueError, KeyError, TypeError, RuntimeError) as e:
        raise StateMismatchError(tr("the saved {what} state does not fit: {e}", what=tr(what), e=e)) from None


# --- random state ----------------------------------------------------------------------------------------


def device_rng(device: torch.device) -> dict[str, torch.Tensor]:
    """The CUDA generator's state for a run on CUDA (``RunRng`` swaps only the CPU state), else nothing."""
    return {"cuda": torch.cuda.get_rng_state(device)} if device.type == "cuda" else {}


def restore_device_rng(rng: dict[str, torch.Tensor], device: torch.device) -> None:
    """Put back the CUDA generator's state of a run saved on CUDA and continued on CUDA."""
    if device.type == "cuda" and "cuda" in rng:
        torch.cuda.set_rng_state(rng["cuda"], device)


def check_rng(rng: dict[str, torch.Tensor], cursor: int, n_train: int) -> None:
    """The saved random states, batch order and cursor have the sizes and types torch expects for this data."""
    size = torch.get_rng_state().numel()
    for name in ("torch", "batches"):
        t = rng.get(name)
        if t is None or t.dtype != torch.uint8 or t.dim() != 1 or t.numel() != size:
            raise StateMismatchError(
                tr("the saved random state '{name}' is damaged (expected {size} bytes)", name=name, size=size)
            )
    order = rng.get("batch_order")
    cuda = rng.get("cuda")
    if cuda is not None and (cuda.dtype != torch.uint8 or cuda.dim() != 1):
        raise StateMismatchError(tr("the saved CUDA random state is damaged"))
    if order is None or order.dtype != torch.int64 or order.dim() != 1 or order.numel() not in (0, n_train):
        raise StateMismatchError(tr("the saved batch order does not fit the training data"))
    if order.numel() and not torch.equal(order.sort().values, torch.arange(n_train)):
        raise StateMismatchError(tr("the saved batch order is not a shuffle of the training data"))
    if not 0 <= cursor <= order.numel():
        raise StateMismatchError(tr("the saved batch cursor {cursor} lies outside the batch order", cursor=cursor))


# --- what every trainer saves and restores alike ------------------------------------------------
# The trainers (``Trainer``, ``GanTrainer``) share these attributes: ``_rng`` (a ``RunRng``), ``_batch_rng``,
# ``_order``, ``_cursor``, ``step_count``, ``_history``, ``config``, ``graph``, ``data_settings``, ``device``,
# ``x_train`` and ``set_setting``. Their own networks and optimizers they save and load themselves.


def progress_of(trainer: Any) -> dict[str, Any]:
    """The ``RunState`` fields every trainer fills the same way: random state, batch order, counters, history."""
    with trainer._rng.active():
        torch_rng = torch.get_rng_state()
    return {
        "rng": {
            "torch": torch_rng,
            "batches": trainer._batch_rng.get_state(),
            "batch_order": trainer._order.cpu().clone(),
            **device_rng(trainer.device),
        },
        "cursor": trainer._cursor,
        "step_count": trainer.step_count,
        "history": list(trainer._history),
        "config": dict(trainer.config),
        "design": design_of(trainer.graph, trainer.data_settings),
        "device": trainer.device.type,
    }


def check_fits(trainer: Any, state: RunState) -> None:
    """``StateMismatchError`` unless ``state`` was saved from a run of this trainer's design, data and settings."""
    problem = design_difference(state.design, design_of(trainer.graph, trainer.data_settings), trainer.graph)
    problem = problem or settings_difference(state.config, trainer.config)
    if problem:
        raise StateMismatchError(problem)
    check_rng(state.rng, state.cursor, len(trainer.x_train))


def restore_progress(trainer: Any, state: RunState) -> None:
    """Put back what ``progress_of`` took (after the trainer's reset and its own weights and optimizers)."""
    for name in sorted(LIVE_TRAINING & set(state.config)):
        trainer.set_setting(name, state.config[name])
    with trainer._rng.active():
        torch.set_rng_state(state.rng["torch"])
    trainer._batch_rng.set_state(state.rng["batches"])
    restore_device_rng(state.rng, trainer.device)
    trainer._order = state.rng["batch_order"].to(trainer.device)
    trainer._cursor = state.cursor
    trainer.step_count = state.step_count
    trainer._history = [tuple(row) for row in state.history]
