"""Files the training worker writes from a live run: an exported model, a saved run (weights and all).

Plain functions called in the worker thread, which owns the trainer; each returns (message, is_error) for the
status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playground.graph import Project
from playground.ui.i18n import tr


def export_run(project: Project, trainer: Any, fmt: str, path: str, network: str = "") -> tuple[str, bool]:
    """Write the trained model in format ``fmt`` (``engine.export``); (message, is_error)."""
    from playground.engine.export import ExportError, export

    if hasattr(trainer, "model"):
        model = trainer.model
    else:  # a GAN: the generator unless the discriminator is asked for
        model = trainer.discriminator if network == "discriminator" else trainer.generator
    try:
        result = export(project, fmt, path, model=model, network=network)
    except (ExportError, OSError) as e:
        return tr("The model could not be exported: {error}", error=e), True
    names = ", ".join(Path(f).name for f in result.files)
    text = tr(
        "Exported the network trained for {steps} steps to {names} ({size} bytes).",
        steps=trainer.step_count,
        names=names,
        size=f"{result.bytes:,}",
    )
    return (f"{text} {result.note}" if result.note else text), False

def save_run(project: Project, trainer: Any, path: str) -> tuple[str, bool]:
    """Save the run with its weights (``engine.bundle``); (message, is_error)."""
    from playground.engine.bundle import BundleError, save_bundle

    try:
        save_bundle(project, trainer, path)
    except (BundleError, OSError) as e:
        return tr("The run could not be saved: {error}", error=e), True
    size = Path(path).stat().st_size
    return (
        tr(
            "Saved the run at step {step} with its weights to {file} ({size} bytes)",
            step=trainer.step_count,
            file=Path(path).name,
            size=f"{size:,}",
        ),
        False,
    )
