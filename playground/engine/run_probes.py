"""The probes a ``Trainer.snapshot`` adds for each kind of data: the input plane, images, sequences.

Functions of a live trainer (its model, data and cached test output); they fill the snapshot's probe
fields in place and never change the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from playground.engine import classic_probes, probes
from playground.engine import image_probes as images
from playground.engine.snapshot import Snapshot, TextSample
from playground.graph.settings import TEXT_ALPHABET

if TYPE_CHECKING:
    from playground.engine.train import Trainer

TEXT_LENGTH = 160
"""Characters the "text" probe writes per sample."""
TEXT_EVERY = 50
"""Steps between two text samples: writing costs one forward pass per character."""
DEFAULT_TEMPERATURE = 0.8


def plane_probes(trainer: Trainer, snap: Snapshot, requested: set[str], grid: int) -> None:
    """The decision boundary and the neuron maps over the input plane (2D point data with a predicting head)."""
    classic_probes.fill(trainer, snap, requested, grid)  # the truth table of a gate, the regions of step units
    if trainer.dataset.kind != "points" or trainer.task == "reconstruction":
        return
    if "boundary" not in requested and "neurons" not in requested:
        return
    model = trainer.model
    values = probes.grid_outputs(model, trainer.dataset.extent, grid, trainer.dataset.features, trainer.device)
    if "boundary" in requested:
        snap.boundary = _boundary(trainer, values[model.output_id], grid)
    if "neurons" in requested:
        snap.neuron_maps = probes.neuron_maps(model, values, grid)
        snap.neuron_units = {nid: int(values[nid].shape[1]) for nid in snap.neuron_maps}


def _boundary(trainer: Trainer, out: np.ndarray, n: int) -> np.ndarray:
    if trainer.task == "multiclass":
        e = np.exp(out - out.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True)).reshape(n, n, -1).astype(np.float32)
    values = out.reshape(n, n)
    if trainer.task == "regression":
        return values.astype(np.float32)
    if trainer.perceptron:
        return (values > 0).astype(np.float32)
    return (1.0 / (1.0 + np.exp(-np.clip(values, -60, 60)))).astype(np.float32)


def image_probes(trainer: Trainer, snap: Snapshot, requested: set[str], options: dict[str, Any]) -> None:
    """The probes of convolutional nets, classifiers and autoencoders (see ``engine.image_probes``)."""
    model, x_test = trainer.model, trainer.x_test
    if "filters" in requested:
        snap.filters = images.filters(model)
    if "feature_maps" in requested and len(x_test) and trainer.images:
        index = min(max(int(options.get("sample", 0)), 0), len(x_test) - 1)
        snap.feature_maps = images.feature_maps(model, x_test[index : index + 1])
        snap.feature_sample = index
    output = trainer.test_output
    if "classification" in requested and trainer.task == "multiclass" and output is not None and output.dim() == 2:
        snap.classification = images.classification(output.argmax(dim=1), trainer.y_test, trainer.dataset.n_classes)
    if "reconstruction" in requested and trainer.task == "reconstruction" and output is not None:
        snap.reconstruction = images.reconstruction_view(model, x_test, trainer.corruption, trainer.loss_name, output)
    if "latent" in requested and trainer.task == "reconstruction":
        snap.latent = images.latent_view(model, x_test, trainer.y_test, trainer.dataset.task, trainer.loss_name)


def sequence_probes(trainer: Trainer, snap: Snapshot, requested: set[str], options: dict[str, Any]) -> None:
    """The probes of recurrent nets (see ``sequence_probes``)."""
    from playground.engine import sequence_probes as seq

    output = trainer.test_output
    symbols = TEXT_ALPHABET if trainer.dataset_name == "text" else ""
    if "sequence" in requested and output is not None:
        snap.sequence = seq.sequence_view(
            output, trainer.x_test, trainer.y_test, trainer.task, trainer.target_mode, trainer.dataset_name, symbols
        )
    if "hidden_grads" in requested:
        snap.hidden_grads = seq.hidden_gradients(trainer.model, trainer.x_probe, trainer.y_probe, trainer.loss)
    if "gates" in requested and len(trainer.x_test):
        index = min(max(int(options.get("sequence_sample", 0)), 0), len(trainer.x_test) - 1)
        snap.gates = seq.gate_traces(trainer.model, trainer.x_test[index : index + 1])
        snap.gate_sample = index
    if "text" in requested and trainer.dataset_name == "text" and len(trainer.x_test):
        snap.text = text_sample(trainer, float(options.get("temperature", DEFAULT_TEMPERATURE)))


def text_sample(trainer: Trainer, temperature: float) -> TextSample:
    """Text the network writes after the start of the test text; rewritten every ``TEXT_EVERY`` steps.

    Seeded by the run's seed and step, so the same run writes the same text, and the sampling never
    touches the run's own random state.
    """
    from playground.engine import sequence_probes as seq

    last = trainer.text_sample
    if last is not None and last.temperature == temperature and 0 <= trainer.step_count - last.step < TEXT_EVERY:
        return last
    prime = trainer.x_test[0]
    generator = torch.Generator().manual_seed(trainer.config["seed"] * 1_000_003 + trainer.step_count)
    text = seq.generate_text(trainer.model, prime, TEXT_LENGTH, temperature, generator, TEXT_ALPHABET)
    trainer.text_sample = TextSample(
        text=text,
        prime="".join(TEXT_ALPHABET[int(i)] for i in prime.tolist()),
        temperature=temperature,
        step=trainer.step_count,
    )
    return trainer.text_sample


def pretrain_probes(trainer: Trainer, snap: Snapshot, requested: set[str], options: dict[str, Any]) -> None:
    """The pretraining phase's view (probe "pretraining") and the probes of its method (``Pretraining.fill``)."""
    if "pretraining" in requested:
        snap.pretraining = trainer.pretraining.view(trainer.step_count)
    trainer.pretraining.fill(snap, requested, options)
