"""Run bundles (``.nnpz``): a project with its trained state, reopened to go on training exactly where it stopped.

A bundle is a zip of plain files, never a pickle:

- ``project.json``          the project file (design, data, training settings, layout), as ``save_project`` writes it
- ``weights.safetensors``   the networks' parameters and buffers (a GAN's keys start ``generator.``/``discriminator.``)
- ``optimizer.safetensors`` the optimizers' state tensors (moments, step counts), keyed ``<network>.<index>.<name>``
- ``optimizer.json``        the optimizers' structure: hyperparameter groups and which tensor is which
- ``rng.safetensors``       the run's torch RNG state and the batch shuffler's state (uint8), the batch order (int64)
- ``run.json``              format, version, step count, metric history, seed, batch cursor, settings, device

``save_bundle`` writes atomically; ``load_bundle`` checks everything and raises ``BundleError`` with one
readable sentence for any file it cannot use; ``open_run`` gives back a trainer that continues the run.
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError
from safetensors.torch import load as load_tensors
from safetensors.torch import save as save_tensors

from playground import __version__
from playground.engine.run_state import RunState, StateMismatchError, design_difference, design_of, settings_difference
from playground.engine.train import TrainingError, make_trainer, pick_device
from playground.graph import Project, ProjectError
from playground.graph.i18n import tr
from playground.graph.params import validate_all
from playground.graph.project import atomic_write, load_project
from playground.graph.settings import TRAIN_PARAMS

__all__ = [
    "FORMAT",
    "SUFFIX",
    "VERSION",
    "Bundle",
    "BundleError",
    "is_bundle",
    "load_bundle",
    "open_run",
    "save_bundle",
]

FORMAT = "nn-playground-run"
VERSION = 1
SUFFIX = ".nnpz"
MEMBERS = (
    "run.json",
    "project.json",
    "weights.safetensors",
    "optimizer.json",
    "optimizer.safetensors",
    "rng.safetensors",
)
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_TENSOR_BYTES = 2 * 1024**3
"""Per member, uncompressed: a damaged or hostile zip cannot make the app unpack without bound."""
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""Every member's timestamp: the same run saved twice gives the same bytes."""


class BundleError(ValueError):
    """A run bundle cannot be saved or opened; the message is one sentence saying why."""


@dataclass
class Bundle:
    """A loaded bundle: the project and the run state that fits it (checked against each other)."""

    project: Project
    state: RunState


def is_bundle(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a run bundle (by its ``.nnpz`` suffix) rather than a project file."""
    return Path(path).suffix.lower() == SUFFIX


# --- saving ---------------------------------------------------------------------------------------------


def save_bundle(project: Project, trainer: Any, path: str | os.PathLike[str]) -> None:
    """Write ``project`` with ``trainer``'s run to ``path`` atomically (the old file stays on any failure).

    Raises ``BundleError`` when the run was trained on another design, data or settings than ``project``
    has now, and ``OSError`` when the file cannot be written.
    """
    atomic_write(path, bundle_bytes(project, trainer))


def bundle_bytes(project: Project, trainer: Any) -> bytes:
    """The bundle of ``project`` and ``trainer``'s run, as the bytes of a zip file."""
    state: RunState = trainer.state()
    problem = design_difference(state.design, design_of(project.graph, project.data), project.graph)
    problem = problem or settings_difference(state.config, project.training)
    if problem:
        raise BundleError(
            tr("the run does not belong to the project as it is now ({problem}): reset the run first", problem=problem)
        )
    optimizer_tensors, optimizer_structure = _split_optimizers(state.optimizers)
    run = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "kind": "gan" if set(state.optimizers) == {"generator", "discriminator"} else "network",
        "step_count": state.step_count,
        "seed": state.config.get("seed"),
        "batch_cursor": state.cursor,
        "device": state.device,
        "counters": dict(state.counters),
        "training": state.config,
        "design": state.design,
        "history": [[_json_number(v) for v in row] for row in state.history],
    }
    members = {
        "run.json": _json_bytes(run),
        "project.json": project.to_json().encode("utf-8"),
        "weights.safetensors": save_tensors(state.weights, metadata={"format": FORMAT}),
        "optimizer.json": _json_bytes(optimizer_structure),
        "optimizer.safetensors": save_tensors(optimizer_tensors),
        "rng.safetensors": save_tensors(state.rng),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name in MEMBERS:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, members[name])
    return buffer.getvalue()


def _split_optimizers(optimizers: dict[str, dict[str, Any]]) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """torch optimizer state dicts → (named tensors, JSON structure naming each tensor by its key)."""
    tensors: dict[str, torch.Tensor] = {}
    structure: dict[str, Any] = {}
    for network, saved in optimizers.items():
        state: dict[str, dict[str, Any]] = {}
        for idx, entry in saved["state"].items():
            fields: dict[str, Any] = {}
            for name, value in entry.items():
                if isinstance(value, torch.Tensor):
                    key = f"{network}.{idx}.{name}"
                    tensors[key] = value.detach().to("cpu").contiguous()
                    fields[name] = {"tensor": key}
                else:
                    fields[name] = {"value": value}
            state[str(idx)] = fields
        structure[network] = {"param_groups": saved["param_groups"], "state": state}
    return tensors, structure


def _json_number(value: Any) -> Any:
    """JSON has no NaN or infinity: a diverged or undefined metric is written as null."""
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, indent=1, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


# --- loading ----------------------------------------------------------------------------------------------


def load_bundle(path: str | os.PathLike[str]) -> Bundle:
    """Read and check a bundle; any problem (not a zip, damaged, unknown or missing parts, a newer version, a
    design that does not fit the weights) is a ``BundleError``. Nothing in it is unpickled."""
    members = _read_members(Path(path))
    run = _parse_json(members["run.json"], "run.json")
    _check_run(run)
    try:
        project = load_project(members["project.json"])
    except ProjectError as e:
        raise BundleError(
            tr("its project.json is not a valid project: {problem}", problem=e.problems[0] if e.problems else e)
        ) from None
    config, problems = validate_all(TRAIN_PARAMS, run["training"], "run.json training")
    if problems:
        raise BundleError(tr("its run.json is damaged: {problem}", problem=problems[0]))
    state = RunState(
        weights=_parse_tensors(members["weights.safetensors"], "weights.safetensors"),
        optimizers=_join_optimizers(
            _parse_json(members["optimizer.json"], "optimizer.json"),
            _parse_tensors(members["optimizer.safetensors"], "optimizer.safetensors"),
        ),
        rng=_parse_tensors(members["rng.safetensors"], "rng.safetensors"),
        cursor=run["batch_cursor"],
        step_count=run["step_count"],
        history=[tuple(math.nan if v is None else v for v in row) for row in run["history"]],
        config=config,
        design=run["design"],
        device=run["device"],
        counters=dict(run["counters"]),
    )
    problem = design_difference(state.design, design_of(project.graph, project.data), project.graph)
    problem = problem or settings_difference(state.config, project.training)
    if problem:
        raise BundleError(tr("its project no longer matches the trained weights: {problem}", problem=problem))
    return Bundle(project, state)


def open_run(path: str | os.PathLike[str], device: str | torch.device | None = None) -> tuple[Project, Any]:
    """The project in bundle ``path`` and a trainer (``make_trainer``) that continues its run.

    ``device=None`` trains where the run was trained when that device is here, else on the CPU.
    Raises ``BundleError`` for any bundle that cannot be continued.
    """
    bundle = load_bundle(path)
    if device is None:
        device = bundle.state.device if _available(bundle.state.device) else "cpu"
    try:
        trainer = make_trainer(bundle.project, pick_device(str(device)) if isinstance(device, str) else device)
        trainer.restore(bundle.state)
    except (TrainingError, StateMismatchError) as e:
        raise BundleError(tr("its run cannot be continued: {e}", e=e)) from None
    return bundle.project, trainer


def _available(device: str) -> bool:
    if device == "cpu":
        return True
    if device == "cuda":
        return torch.cuda.is_available()
    if device == "mps":
        return getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available()
    return False


def _read_members(path: Path) -> dict[str, bytes]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, NotImplementedError, ValueError):  # also "zip file version 25.1", bad UTF-8 names
        raise BundleError(tr("it is not a run bundle: not a zip file, or a damaged one")) from None
    except OSError as e:
        raise BundleError(tr("cannot read it: {reason}", reason=e.strerror or e)) from None
    with zf:
        infos = {info.filename: info for info in zf.infolist()}
        if len(infos) != len(zf.infolist()):
            raise BundleError(tr("it is damaged: a part appears twice"))
        if "run.json" in infos:  # first, so that a newer bundle says "update the app", not "unknown part"
            _check_version(_parse_json(_read(zf, infos["run.json"]), "run.json"))
        unknown = sorted(set(infos) - set(MEMBERS))
        if unknown:
            raise BundleError(
                tr(
                    "it holds {unknown}, which a run bundle never contains, so it is not opened (it was not "
                    "saved by NN Playground, and some files, such as pickles, can run code)",
                    unknown=f"{unknown[0][:60]!r}",
                )
            )
        missing = [name for name in MEMBERS if name not in infos]
        if missing:
            raise BundleError(tr("it is incomplete: {parts} missing", parts=", ".join(missing)))
        return {name: _read(zf, infos[name]) for name in MEMBERS}


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    limit = MAX_JSON_BYTES if info.filename.endswith(".json") else MAX_TENSOR_BYTES
    if info.file_size > limit:
        raise BundleError(
            tr(
                "its {filename} is {size} MB, more than a bundle may hold",
                filename=info.filename,
                size=info.file_size // 1_000_000,
            )
        )
    try:
        with zf.open(info) as f:
            data = f.read(limit + 1)  # the header's size could lie: never read more than the limit
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError) as e:
        reason = str(e) or type(e).__name__  # an EOFError says nothing itself
        raise BundleError(tr("its {filename} is damaged ({e})", filename=info.filename, e=reason)) from None
    if len(data) > limit:
        raise BundleError(tr("its {filename} is larger than a bundle may hold", filename=info.filename))
    return data


def _parse_json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError(tr("its {name} is not valid JSON", name=name)) from None


def _parse_tensors(data: bytes, name: str) -> dict[str, torch.Tensor]:
    try:
        return load_tensors(data)
    except (SafetensorError, ValueError, RuntimeError, TypeError) as e:
        raise BundleError(
            tr("its {name} is not a valid safetensors file ({reason})", name=name, reason=" ".join(str(e).split())[:80])
        ) from None


def _check_version(run: Any) -> None:
    if not isinstance(run, dict) or run.get("format") != FORMAT:
        found = run.get("format") if isinstance(run, dict) else None
        raise BundleError(
            tr(
                "it is not an NN Playground run bundle (format {found}, expected {expected})",
                found=f"{str(found)[:40]!r}",
                expected=f"{FORMAT!r}",
            )
        )
    version = run.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BundleError(
            tr("its run.json version must be a positive integer, got {version}", version=str(version)[:40])
        )
    if version > VERSION:
        raise BundleError(
            tr(
                "it was saved by a newer NN Playground (bundle version {version}, this app reads up to "
                "{newest}): update the app to open it",
                version=version,
                newest=VERSION,
            )
        )


def _check_run(run: dict[str, Any]) -> None:
    """run.json has every field with the right type (values are checked where they are used)."""

    def count(name: str) -> None:
        value = run.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise BundleError(tr("its run.json is damaged: {name} must be a whole number ≥ 0", name=name))

    count("step_count")
    count("batch_cursor")
    design = run.get("design")
    if (
        not isinstance(design, dict)
        or not isinstance(design.get("nodes"), dict)
        or not all(
            isinstance(n, dict) and isinstance(n.get("params"), dict) and "kind" in n for n in design["nodes"].values()
        )
        or not isinstance(design.get("edges"), list)
        or not isinstance(design.get("data"), dict)
    ):
        raise BundleError(tr("its run.json is damaged: the design the weights belong to is missing or malformed"))
    history = run.get("history")
    if not isinstance(history, list) or not all(
        isinstance(row, list)
        and len(row) in (3, 4)
        and all(v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)) for v in row)
        for row in history
    ):
        raise BundleError(tr("its run.json is damaged: history must be rows of 3 or 4 numbers"))
    counters = run.get("counters")
    if not isinstance(counters, dict) or not all(isinstance(v, int) for v in counters.values()):
        raise BundleError(tr("its run.json is damaged: counters must be whole numbers"))
    if not isinstance(run.get("device"), str) or not isinstance(run.get("training"), dict):
        raise BundleError(tr("its run.json is damaged: device or training settings missing"))


def _join_optimizers(structure: Any, tensors: dict[str, torch.Tensor]) -> dict[str, dict[str, Any]]:
    """optimizer.json + optimizer.safetensors → torch optimizer state dicts per network."""
    damaged = BundleError(tr("its optimizer.json is damaged or does not fit optimizer.safetensors"))
    if not isinstance(structure, dict):
        raise damaged
    optimizers: dict[str, dict[str, Any]] = {}
    for network, saved in structure.items():
        if not isinstance(saved, dict) or not isinstance(saved.get("param_groups"), list):
            raise damaged
        if not isinstance(saved.get("state"), dict):
            raise damaged
        groups = []
        for group in saved["param_groups"]:
            if not isinstance(group, dict) or not isinstance(group.get("params"), list):
                raise damaged
            # JSON turned tuples (Adam's betas) into lists: back to tuples, as torch made them.
            groups.append({k: tuple(v) if isinstance(v, list) and k != "params" else v for k, v in group.items()})
        state: dict[int, dict[str, Any]] = {}
        for idx, fields in saved["state"].items():
            if not idx.isdigit() or not isinstance(fields, dict):
                raise damaged
            entry: dict[str, Any] = {}
            for name, ref in fields.items():
                if isinstance(ref, dict) and "tensor" in ref and ref["tensor"] in tensors:
                    entry[name] = tensors[ref["tensor"]]
                elif isinstance(ref, dict) and "value" in ref:
                    entry[name] = ref["value"]
                else:
                    raise damaged
            state[int(idx)] = entry
        optimizers[network] = {"state": state, "param_groups": groups}
    return optimizers
