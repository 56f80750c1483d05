"""Rosenblatt's perceptron rule for a single layer of step units (to show its limits on XOR)."""

from __future__ import annotations

import torch

from playground.engine.build import GraphModule
from playground.graph import Graph
from playground.graph.i18n import N_, tr

PERCEPTRON_SHAPE = N_("Input → Dense (1 unit) → Activation (step or sign) → Output (binary)")


class PerceptronDesignError(ValueError):
    """The design is not a single layer of step units; the message says what to build."""


def perceptron_layer(graph: Graph, model: GraphModule, task: str) -> tuple[torch.nn.Linear, str]:
    """The Dense layer the rule trains and its step function ("step" or "sign")."""
    problem = tr("the perceptron rule trains a single layer of step units: build {shape}", shape=tr(PERCEPTRON_SHAPE))
    kinds = sorted(n.kind for n in graph.nodes.values())
    if kinds != ["Activation", "Dense", "Input", "Output"]:
        raise PerceptronDesignError(problem)
    dense = graph.nodes_of_kind("Dense")[0]
    function = graph.nodes_of_kind("Activation")[0].params["function"]
    order = [graph.nodes[nid].kind for nid in graph.topological_order()]
    if order != ["Input", "Dense", "Activation", "Output"] or function not in ("step", "sign") or task != "binary":
        raise PerceptronDesignError(problem)
    return model.layers[dense.id], function


def perceptron_step(
    model: GraphModule, layer: torch.nn.Linear, function: str, x: torch.Tensor, y: torch.Tensor, lr: float
) -> float:
    """Rosenblatt's rule, averaged over the batch: w ← w + η·(t − ŷ)·x, b ← b + η·(t − ŷ).

    Returns the share of misclassified points in the batch (the 0-1 loss).
    """
    with torch.no_grad():
        pred = model(x).view(-1)
        target = y.to(pred.dtype) if function == "step" else 2.0 * y.to(pred.dtype) - 1.0
        err = target - pred
        layer.weight += lr * (err @ x / len(x)).view(1, -1)
        if layer.bias is not None:
            layer.bias += lr * err.mean()
        return float((pred > 0).long().ne(y).float().mean())
