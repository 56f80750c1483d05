"""Logic gates: the ``logic`` dataset (a gate's truth table) and the "truth_table" probe.

Inputs are 0 and 1, as in McCulloch and Pitts' binary neurons. The probe feeds every combination of inputs
through the network and sets its answer beside the gate's, row by row.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from playground.graph.datasets import GATES

if TYPE_CHECKING:
    from playground.engine.data import Dataset
    from playground.engine.train import Trainer

GATE_FUNCTIONS = {
    "and": lambda a: a[:, 0] & a[:, 1],
    "or": lambda a: a[:, 0] | a[:, 1],
    "not": lambda a: 1 - a[:, 0],
    "nand": lambda a: 1 - (a[:, 0] & a[:, 1]),
    "nor": lambda a: 1 - (a[:, 0] | a[:, 1]),
    "xor": lambda a: a[:, 0] ^ a[:, 1],
}
assert set(GATE_FUNCTIONS) == set(GATES)

COPIES = 16
"""Each row of the truth table appears this often in the training split (once in the test split)."""
EXTENT = (-0.5, 1.5, -0.5, 1.5)
"""The input plane the boundary and neuron maps show: the square of the four corners with a margin."""


@dataclass
class TruthTable:
    """Probe "truth_table": every combination of the 0/1 inputs, the network's answer and the gate's."""

    gate: str
    """The gate id (``GATES``): "and", "or", "not"…"""
    inputs: np.ndarray
    """(rows, n) int64: the input combinations, 00, 01, 10, 11 (x₁ the most significant)."""
    output: np.ndarray
    """(rows,) float32: the value the network's last layer gives (a threshold neuron: 0 or 1; else a logit)."""
    predicted: np.ndarray
    """(rows,) int64: the class the network answers, 0 or 1."""
    expected: np.ndarray
    """(rows,) int64: the gate's output."""

    @property
    def correct(self) -> int:
        """How many rows the network answers as the gate does."""
        return int((self.predicted == self.expected).sum())


def truth_rows(gate: str) -> tuple[np.ndarray, np.ndarray]:
    """Every input combination of ``gate`` (rows × inputs, int64) and the gate's output for each."""
    n = GATES[gate][1]
    rows = np.array(list(itertools.product((0, 1), repeat=n)), dtype=np.int64)
    return rows, GATE_FUNCTIONS[gate](rows).astype(np.int64)


def load_logic_dataset(spec: dict) -> Dataset:
    """The truth table of the chosen gate: ``COPIES`` of each row to train on, each row once to test."""
    from playground.engine.data import Dataset

    rows, labels = truth_rows(spec["gate"])
    order = np.random.default_rng(spec["seed"]).permutation(len(rows) * COPIES)
    train_x, train_y = np.tile(rows, (COPIES, 1))[order], np.tile(labels, COPIES)[order]

    def plane(x: np.ndarray) -> np.ndarray:  # where the preview draws a row: (x₁, x₂), x₂ = 0 for one input
        return np.pad(x, ((0, 0), (0, 2 - x.shape[1]))).astype(np.float32)

    return Dataset(
        points_train=plane(train_x),
        points_test=plane(rows),
        x_train=train_x.astype(np.float32),
        x_test=rows.astype(np.float32),
        y_train=train_y,
        y_test=labels,
        task="classification",
        n_classes=2,
        features=("x1", "x2")[: rows.shape[1]],
        extent=EXTENT,
    )


def truth_table(trainer: Trainer) -> TruthTable:
    """The network's answer for every row of the gate's truth table (evaluation mode, no gradients)."""
    gate = trainer.data_settings["gate"]
    rows, expected = truth_rows(gate)
    import torch  # here, not above: the truth-table panel imports this module before torch is loaded

    from playground.engine import probes

    x = torch.from_numpy(rows.astype(np.float32)).to(trainer.device)
    out = probes.eval_all(trainer.model, x)[trainer.model.output_id]
    if trainer.task == "multiclass":
        predicted = out.argmax(dim=-1)
        output = predicted.float()
    else:
        output = out.reshape(len(rows), -1)[:, 0]
        # a threshold neuron answers 0 or 1; a logit answers 1 above 0 (the rule accuracy uses)
        predicted = (output > 0).long()
    return TruthTable(
        gate=gate,
        inputs=rows,
        output=output.float().cpu().numpy(),
        predicted=predicted.cpu().numpy().astype(np.int64),
        expected=expected,
    )
