"""Graph → ``GraphModule``: an ``nn.Module`` that runs the design's nodes in topological order.

Each node's torch module comes from its registry entry's constructor source (``module_code``),
evaluated with ``nn`` = ``torch.nn`` and ``L`` = ``playground.engine.modules`` — the same source
the code exporter writes, so the built model and the exported code cannot disagree.
"""

from __future__ import annotations

import math

import torch
from torch import nn

from playground.engine import modules
from playground.graph import Graph, ShapeReport, infer_shapes, kind
from playground.graph.shapes import DataInfo


class BuildError(ValueError):
    """The design cannot be built; the message is the first design error."""


def module_source(graph: Graph, report: ShapeReport, node_id: str) -> str:
    """The Python expression that constructs ``node_id``'s torch module."""
    node = graph.nodes[node_id]
    in_shapes = [report.shapes[e.src] for e in graph.in_edges(node_id)]
    return kind(node.kind).module_code(in_shapes, node.params)


def init_weights(layer: nn.Linear | nn.Conv2d | nn.ConvTranspose2d, scheme: str, sigma: float) -> None:
    """Initialise a Dense or convolution layer's weights by the named scheme; biases start at zero.

    Fans follow torch's convention for each weight layout (a convolution's fan-in is input channels ×
    kernel area; for a transposed convolution torch reads dim 1, the output channels, as the input).
    """
    w = layer.weight
    if scheme == "glorot_uniform":
        nn.init.xavier_uniform_(w)
    elif scheme == "glorot_normal":
        nn.init.xavier_normal_(w)
    elif scheme == "he_uniform":
        nn.init.kaiming_uniform_(w, nonlinearity="relu")
    elif scheme == "he_normal":
        nn.init.kaiming_normal_(w, nonlinearity="relu")
    elif scheme == "lecun_normal":
        fan_in = w[0].numel()  # dims 1.. of the weight: what torch's kaiming/xavier count as fan-in
        nn.init.normal_(w, 0.0, math.sqrt(1.0 / fan_in))
    elif scheme == "zeros":
        nn.init.zeros_(w)
    elif scheme == "normal":
        nn.init.normal_(w, 0.0, sigma)
    else:
        raise ValueError(f"unknown weight init {scheme!r}")
    if layer.bias is not None:
        nn.init.zeros_(layer.bias)


ENDS = {"discriminator": ("Input", "Output"), "generator": ("Noise", "Generated")}
"""The (start kind, end kind) of each network of a GAN design; any other design is one network, Input → Output."""


class GraphModule(nn.Module):
    """Runs the design's nodes in topological order; the result is the Output node's value.

    ``network="generator"`` builds only a GAN's generator (Noise → … → Generated) and ``"discriminator"``
    only the nodes that lead to the Output: the two networks of a GAN share one design.
    """

    def __init__(self, graph: Graph, data: DataInfo | None = None, network: str = "") -> None:
        super().__init__()
        report = infer_shapes(graph, data)
        problem = report.first_error()
        if problem is not None:
            raise BuildError(problem[1])
        # A word2vec design ends in its SkipGram head (shape inference allows no Output beside it).
        start, end = ENDS.get(network, ("Input", "SkipGram" if graph.nodes_of_kind("SkipGram") else "Output"))
        self.input_id = graph.nodes_of_kind(start)[0].id
        self.output_id = graph.nodes_of_kind(end)[0].id
        self.order = [n for n in graph.topological_order() if n == self.output_id or graph.reaches(n, self.output_id)]
        self.sources = {nid: [e.src for e in graph.in_edges(nid)] for nid in self.order}
        self.kinds = {nid: graph.nodes[nid].kind for nid in self.order}
        self.names = {nid: graph.nodes[nid].name for nid in self.order}
        self.shapes = dict(report.shapes)
        namespace = {"nn": nn, "L": modules}
        self.layers = nn.ModuleDict(
            {nid: eval(module_source(graph, report, nid), namespace) for nid in self.order}  # noqa: S307
        )
        for nid in self.order:
            node = graph.nodes[nid]
            if kind(node.kind).has_init:  # Dense, Conv2d, ConvTranspose2d: the registry says which
                init_weights(self.layers[nid], node.params["init"], node.params["sigma"])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.forward_all(x)[self.output_id]

    def forward_all(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Every node's output for input ``x`` (the probes read hidden activations from this)."""
        values: dict[str, torch.Tensor] = {}
        for nid in self.order:
            args = [values[s] for s in self.sources[nid]] if nid != self.input_id else [x]
            values[nid] = self.layers[nid](*args)
        return values

    def parameterised(self) -> list[str]:
        """Ids of nodes that own trainable parameters, in order."""
        return [nid for nid in self.order if any(True for _ in self.layers[nid].parameters())]
