"""The export formats, named without torch: the File → Export menu and the CLI list them before torch loads.

``engine.export`` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.util import find_spec

from playground.graph.i18n import N_, tr

EXTRA = 'pip install "nn-playground[export]"'


class ExportError(ValueError):
    """An export cannot be written; the message is one user-readable sentence."""


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its menu label, file suffix, a tooltip, and the optional packages it needs.

    ``label`` and ``help`` are English, marked for the catalogue: the UI shows ``tr(spec.label)``.
    """

    label: str
    suffix: str
    help: str
    needs: tuple[str, ...] = ()


ONNX_OPSET = 18
"""Read by onnxruntime 1.14 and later; the dynamo exporter writes it without a version conversion."""

FORMATS: dict[str, ExportFormat] = {
    "pt": ExportFormat(
        N_("PyTorch weights + design (.pt)"),
        ".pt",
        N_("The state_dict and the project's design in one file; load it with torch.load(path, weights_only=True)."),
    ),
    "safetensors": ExportFormat(
        N_("safetensors weights + design (.safetensors)"),
        ".safetensors",
        N_("The weights in the safe, fast safetensors format; the design JSON travels in the file's metadata."),
    ),
    "pt2": ExportFormat(
        N_("torch.export program (.pt2)"),
        ".pt2",
        N_(
            "The whole computation with its weights, runnable without this app's code: "
            "torch.export.load(path).module(). Any batch size."
        ),
    ),
    "onnx": ExportFormat(
        N_("ONNX model (.onnx)"),
        ".onnx",
        # A literal for the catalogue: the opset number must follow ONNX_OPSET.
        N_("One .onnx file (opset 18) for onnxruntime, Netron and other frameworks. Any batch size."),
        ("onnx", "onnxscript"),
    ),
    "python": ExportFormat(
        N_("Standalone Python code (.py)"),
        ".py",
        N_(
            "A readable nn.Module class generated from the design, with its weights saved beside it as a .pt state "
            "dict; runs with torch alone."
        ),
    ),
    "word2vec": ExportFormat(
        N_("Word vectors, word2vec text (.txt)"),
        ".txt",
        N_(
            "The word vectors of a word2vec design with their words: a first line 'words dimension', then a word and "
            "its numbers per line. gensim reads it with KeyedVectors.load_word2vec_format(path)."
        ),
    ),
}


def missing(fmt: str) -> str:
    """Empty when format ``fmt`` can be written here, else one sentence naming what to install."""
    spec = _format(fmt)
    absent = [name for name in spec.needs if find_spec(name) is None]
    if not absent:
        return ""
    if len(absent) > 1:
        return tr(
            "{format} export needs {packages}, which are not installed: install them with {extra}",
            format=tr(spec.label),
            packages=" and ".join(absent),
            extra=EXTRA,
        )
    return tr(
        "{format} export needs {packages}, which is not installed: install them with {extra}",
        format=tr(spec.label),
        packages=absent[0],
        extra=EXTRA,
    )


def _format(fmt: str) -> ExportFormat:
    try:
        return FORMATS[fmt]
    except (KeyError, TypeError):
        raise ExportError(
            tr("unknown export format {fmt}; choose one of {formats}", fmt=f"{fmt!r}", formats=", ".join(FORMATS))
        ) from None
