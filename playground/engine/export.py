"""Exports of a design and its (trained) weights to files that work outside the app.

``export(project, fmt, path, model)`` writes one of ``FORMATS``: the weights with the design (``.pt``,
``.safetensors``), a ``torch.export`` program (``.pt2``), an ONNX model (``.onnx``) or standalone Python
source with its weights beside it (``.py``, see ``codegen``). Every file is written atomically (a temp file
renamed into place), and every failure a user can cause is an ``ExportError`` whose message says what to do.
Models export in eval mode (dropout off, BatchNorm with its running statistics; recurrent layers through
torch's native layer) with a dynamic batch dimension where the format has one.
"""

from __future__ import annotations

import io
import logging
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import torch

from playground.engine import codegen
from playground.engine.build import ENDS, BuildError, GraphModule
from playground.engine.export_formats import (  # noqa: F401  (re-exported: callers import them from here)
    EXTRA,
    FORMATS,
    ONNX_OPSET,
    ExportError,
    ExportFormat,
    _format,
    missing,
)
from playground.engine.run_rng import RunRng
from playground.engine.word_vectors import write_word2vec
from playground.graph import Project, fmt_shape
from playground.graph.i18n import tr
from playground.graph.project import atomic_write

WEIGHTS_FORMAT = "nn-playground-weights"
WEIGHTS_VERSION = 1
EXAMPLE_BATCH = 2
"""Batch size of the example input that traces the model (a batch of 1 would be fixed as a constant)."""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the main file, the bytes of all files written, the format id and a note for the user."""

    path: Path
    bytes: int
    fmt: str
    note: str
    files: tuple[Path, ...] = field(default=())
    """Every file written, the main one first (the Python export writes its weights beside the code)."""


def networks(project: Project) -> tuple[str, ...]:
    """The networks of ``project`` that can be exported: ("generator", "discriminator") for a GAN, else ("",)."""
    return ("generator", "discriminator") if project.data_info().is_gan else ("",)


def export(
    project: Project,
    fmt: str,
    path: str | os.PathLike[str],
    model: GraphModule | None = None,
    network: str = "",
) -> ExportResult:
    """Write ``project``'s network in format ``fmt`` to ``path``; raises ``ExportError``.

    ``model``: the trained model (a ``GraphModule`` built from this design, on any device; it is not changed).
    None exports the design with fresh weights seeded by ``training.seed``. For a GAN design ``network`` picks
    "generator" (the default) or "discriminator"; with a model given it defaults to the model's own role.
    """
    spec = _format(fmt)
    problem = missing(fmt)
    if problem:
        raise ExportError(problem)
    target = Path(path)
    if fmt == "python" and target.suffix != ".py":
        raise ExportError(tr("Python code must go to a .py file, got {name}", name=f"{target.name!r}"))
    if not target.parent.is_dir():
        if target.parent.exists():
            raise ExportError(
                tr("cannot write {target}: {parent} is not a folder", target=target, parent=target.parent)
            )
        raise ExportError(tr("cannot write {target}: {parent} does not exist", target=target, parent=target.parent))
    if target.is_dir():
        raise ExportError(tr("cannot write {target}: it is a folder", target=target))
    network = _network(project, model, network)
    net = _export_model(project, model, network)
    writer = {"pt": _write_pt, "safetensors": _write_safetensors, "pt2": _write_pt2, "onnx": _write_onnx,
              "word2vec": write_word2vec}
    try:
        if fmt == "python":
            files, note = _write_python(project, net, network, target)
        else:
            files, note = [target], writer[fmt](project, net, network, target)
    except OSError as e:
        raise ExportError(
            tr("cannot write {target}: {reason}", target=e.filename or target, reason=e.strerror or e)
        ) from None
    size = sum(f.stat().st_size for f in files)
    return ExportResult(target, size, fmt, note or spec.help, tuple(files))


# --- choosing and preparing the network -------------------------------------------------------------


def _network(project: Project, model: GraphModule | None, network: str) -> str:
    """The network to export: checked against the design and the model's role."""
    choices = networks(project)
    role = ""
    if model is not None and choices != ("",):
        role = "generator" if model.kinds.get(model.output_id) == ENDS["generator"][1] else "discriminator"
    if not network:
        return role or choices[0]
    if network not in choices:
        if choices == ("",):
            raise ExportError(
                tr(
                    "the network {network} exists only in a GAN design; this design is one network: leave it out",
                    network=f"{network!r}",
                )
            )
        raise ExportError(
            tr("unknown network {network}; a GAN design has a generator and a discriminator", network=f"{network!r}")
        )
    if role and role != network:
        raise ExportError(tr("the model given is the {role}, not the {network}", role=role, network=network))
    return network


def _export_model(project: Project, model: GraphModule | None, network: str) -> GraphModule:
    """A CPU, eval-mode ``GraphModule`` of the design holding ``model``'s weights (or fresh seeded ones).

    Building from the design, not copying ``model``, leaves the caller's model alone (its device, its mode,
    its recurrent tracing) and proves that the weights fit the design they are exported with.
    """
    problem = project.check().first_error()
    if problem is not None:
        raise ExportError(tr("the design is not valid: {problem}", problem=problem[1]))
    try:
        with RunRng(project.training["seed"]).active():
            net = GraphModule(project.graph, project.data_info(), network)
    except BuildError as e:
        raise ExportError(tr("the design cannot be built: {e}", e=e)) from None
    if model is not None:
        same = model.order == net.order and all(repr(model.layers[nid]) == repr(net.layers[nid]) for nid in net.order)
        if not same:
            raise ExportError(
                tr(
                    "the trained model no longer matches the design (a layer was changed since training): "
                    "train again, or undo the change, before exporting"
                )
            )
        net.load_state_dict({k: v.detach().to("cpu") for k, v in model.state_dict().items()})
    return net.eval()


def _state(net: GraphModule) -> dict[str, torch.Tensor]:
    return {k: v.detach().contiguous() for k, v in net.state_dict().items()}


def _example_input(project: Project, net: GraphModule) -> torch.Tensor:
    shape = (EXAMPLE_BATCH, *net.shapes[net.input_id])
    vocab = codegen.input_vocab(project, net)
    if vocab:
        return torch.randint(0, vocab, shape, generator=torch.Generator().manual_seed(0))
    return torch.randn(shape, generator=torch.Generator().manual_seed(0))


def _input_text(project: Project, net: GraphModule) -> str:
    kind = tr("int64 symbol ids") if codegen.input_vocab(project, net) else "float32"
    return f"batch×{fmt_shape(net.shapes[net.input_id])} {kind}"


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence what torch's exporters say that is no news to a user of this app.

    nn.RNN/LSTM/GRU reassign their flattened weight list while being traced, which torch.export reports as a
    UserWarning; the ONNX exporter logs every optional torchvision operator it cannot register.
    """
    logger = logging.getLogger("torch.onnx")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="The tensor attributes .* were assigned during export")
            warnings.filterwarnings("ignore", message=r"`isinstance\(treespec, LeafSpec\)` is deprecated")
            yield
    finally:
        logger.setLevel(level)


def _traced(what: str, error: Exception) -> ExportError:
    first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return ExportError(tr("{what} could not convert this network: {first}", what=what, first=first[:300]))


# --- the writers ---------------------------------------------------------------------------------


def _write_pt(project: Project, net: GraphModule, network: str, path: Path) -> str:
    payload = {
        "format": WEIGHTS_FORMAT,
        "version": WEIGHTS_VERSION,
        "design": project.to_json(),
        "network": network,
        "state_dict": _state(net),
    }
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    atomic_write(path, buffer.getvalue())
    return tr("state_dict and design; load with torch.load(path, weights_only=True)")


def _write_safetensors(project: Project, net: GraphModule, network: str, path: Path) -> str:
    from safetensors.torch import save

    metadata = {
        "format": WEIGHTS_FORMAT,
        "version": str(WEIGHTS_VERSION),
        "design": project.to_json(),
        "network": network,
    }
    atomic_write(path, save(_state(net), metadata=metadata))
    return tr('weights; the design JSON is in the metadata under "design"')


def _batch_shapes(net: GraphModule) -> dict[str, dict[int, torch.export.Dim]]:
    return {"x": {0: torch.export.Dim("batch")}}


def _write_pt2(project: Project, net: GraphModule, network: str, path: Path) -> str:
    x = _example_input(project, net)
    try:
        with _quiet():
            program = torch.export.export(net, (x,), dynamic_shapes=_batch_shapes(net))
    except Exception as e:  # torch.export raises many types; any of them means this network cannot be traced
        raise _traced("torch.export", e) from None
    buffer = io.BytesIO()
    torch.export.save(program, buffer)
    atomic_write(path, buffer.getvalue())
    return tr(
        "torch.export program, input {input}, any batch size; torch.export.load(path).module()",
        input=_input_text(project, net),
    )


def _write_onnx(project: Project, net: GraphModule, network: str, path: Path) -> str:
    x = _example_input(project, net)
    try:
        with _quiet():
            program = torch.onnx.export(
                net,
                (x,),
                dynamo=True,
                external_data=False,
                dynamic_shapes=_batch_shapes(net),
                input_names=["input"],
                output_names=["output"],
                opset_version=ONNX_OPSET,
                verbose=False,
            )
    except Exception as e:  # the exporter raises many types; any of them means this network cannot be converted
        raise _traced(tr("The ONNX exporter"), e) from None
    atomic_write(path, program.model_proto.SerializeToString())
    return tr(
        'ONNX opset {opset}, input "input" {input}, output "output", any batch size',
        opset=ONNX_OPSET,
        input=_input_text(project, net),
    )


def _write_python(project: Project, net: GraphModule, network: str, path: Path) -> tuple[list[Path], str]:
    """The generated module and its weights beside it as a plain ``.pt`` state dict: running it needs torch alone."""
    weights = path.with_suffix(".pt")
    names = codegen.attribute_names(project, net)
    source = codegen.python_source(project, net, network, weights.name)
    buffer = io.BytesIO()
    torch.save(codegen.renamed_state(_state(net), names), buffer)
    atomic_write(weights, buffer.getvalue())
    atomic_write(path, source.encode("utf-8"))
    size = weights.stat().st_size
    note = tr(
        "Python code and its weights {weights} ({size} bytes); run it with python {name}",
        weights=weights.name,
        size=f"{size:,}",
        name=path.name,
    )
    return [path, weights], note
