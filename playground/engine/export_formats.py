"""The export formats, named without torch: the File → Export menu and the CLI list them before torch loads.

``engine.export`` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.util import find_spec

EXTRA = 'pip install "nn-playground[export]"'


class ExportError(ValueError):
    """An export cannot be written; the message is one user-readable sentence."""


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its menu label, file suffix, a tooltip, and the optional packages it needs."""

    label: str
    suffix: str
    help: str
    needs: tuple[str, ...] = ()


ONNX_OPSET = 18
"""Read by onnxruntime 1.14 and later; the dynamo exporter writes it without a version conversion."""

FORMATS: dict[str, ExportFormat] = {
    "pt": ExportFormat(
        "PyTorch weights + design (.pt)",
        ".pt",
        "The state_dict and the project's design in one file; load it with torch.load(path, weights_only=True).",
    ),
    "safetensors": ExportFormat(
        "safetensors weights + design (.safetensors)",
        ".safetensors",
        "The weights in the safe, fast safetensors format; the design JSON travels in the file's metadata.",
    ),
    "pt2": ExportFormat(
        "torch.export program (.pt2)",
        ".pt2",
        "The whole computation with its weights, runnable without this app's code: torch.export.load(path).module(). "
        "Any batch size.",
    ),
    "onnx": ExportFormat(
        "ONNX model (.onnx)",
        ".onnx",
        f"One .onnx file (opset {ONNX_OPSET}) for onnxruntime, Netron and other frameworks. Any batch size.",
        ("onnx", "onnxscript"),
    ),
    "python": ExportFormat(
        "Standalone Python code (.py)",
        ".py",
        "A readable nn.Module class generated from the design, with its weights saved beside it as a .pt state dict; "
        "runs with torch alone.",
    ),
}


def missing(fmt: str) -> str:
    """Empty when format ``fmt`` can be written here, else one sentence naming what to install."""
    spec = _format(fmt)
    absent = [name for name in spec.needs if find_spec(name) is None]
    if not absent:
        return ""
    verb = "are" if len(absent) > 1 else "is"
    return f"{spec.label} export needs {' and '.join(absent)}, which {verb} not installed: install them with {EXTRA}"


def _format(fmt: str) -> ExportFormat:
    try:
        return FORMATS[fmt]
    except (KeyError, TypeError):
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
