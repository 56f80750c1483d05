"""Shape inference: every node's output shape, or an error a student understands.

``infer_shapes`` never raises. It walks the design in topological order, applies each kind's
shape rule, and collects per-node errors that name the node and the fix, plus design-wide
problems (no Input, a cycle). Parameter counts come with it, per node and in total.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from playground.graph.graph import Graph, GraphError, Node
from playground.graph.layers import Shape, ShapeError, fmt_shape, kind


@dataclass
class DataInfo:
    """What the data says about the ends of the network."""

    n_features: int
    task: str
    n_classes: int = 0
    image_shape: tuple[int, ...] = ()
    """C×H×W when the data is images (then ``n_features`` is C·H·W)."""

    @property
    def input_shape(self) -> tuple[int, ...]:
        """What the Input layer must produce: the image shape, or (features,)."""
        return self.image_shape or (self.n_features,)


@dataclass
class ShapeReport:
    shapes: dict[str, Shape] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    design_errors: list[str] = field(default_factory=list)
    params: dict[str, int] = field(default_factory=dict)

    @property
    def total_params(self) -> int:
        return sum(self.params.values())

    @property
    def ok(self) -> bool:
        return not self.errors and not self.design_errors

    def first_error(self) -> tuple[str | None, str] | None:
        """(node id or None, message) of the first problem, or None when the design is valid."""
        if self.design_errors:
            return None, self.design_errors[0]
        if self.errors:
            nid = next(iter(self.errors))
            return nid, self.errors[nid]
        return None


def infer_shapes(graph: Graph, data: DataInfo | None = None) -> ShapeReport:
    report = ShapeReport()
    try:
        order = graph.topological_order()
    except GraphError as e:
        report.design_errors.append(str(e))
        return report
    _check_ends(graph, report)
    for nid in order:
        node = graph.nodes[nid]
        k = kind(node.kind)
        in_edges = graph.in_edges(nid)
        label = f"{node.kind} '{node.name}'"
        if k.inputs and not in_edges:
            report.errors[nid] = f"{label} has no input: connect a layer's output to it"
            continue
        srcs = [e.src for e in in_edges]
        if any(s not in report.shapes for s in srcs):
            continue  # an upstream node failed; its error explains this one
        in_shapes = [report.shapes[s] for s in srcs]
        try:
            shape = tuple(k.infer(in_shapes, node.params))
            report.params[nid] = k.count_params(in_shapes, node.params)
            _check_data(node.kind, shape, node.params, data)
            _check_sparsity(graph, node, srcs)
        except ShapeError as e:
            report.errors[nid] = f"{label}: {e}"
            continue
        report.shapes[nid] = shape
    _check_connected(graph, report)
    return report


SPARSE_INPUTS = ("sigmoid",)
"""Activations whose outputs lie in (0, 1): the KL sparsity penalty compares mean activations with ρ."""


def _check_sparsity(graph: Graph, node: Node, sources: list[str]) -> None:
    if node.kind != "Latent" or node.params["sparsity"] <= 0:
        return
    source = graph.nodes[sources[0]]
    if source.kind != "Activation" or source.params["function"] not in SPARSE_INPUTS:
        raise ShapeError(
            "KL sparsity compares each unit's mean activation with ρ, so the values must lie between 0 and 1: "
            "put a Sigmoid activation right before it, or set sparsity β to 0"
        )


def _check_ends(graph: Graph, report: ShapeReport) -> None:
    for kind_id, role in (("Input", "where the data enters"), ("Output", "the head that predicts")):
        count = len(graph.nodes_of_kind(kind_id))
        if count == 0:
            report.design_errors.append(f"the design needs an {kind_id} layer ({role}): drag one from the palette")
        elif count > 1:
            report.design_errors.append(f"the design has {count} {kind_id} layers; keep exactly one")


def _check_data(kind_id: str, shape: Shape, params: dict, data: DataInfo | None) -> None:
    if data is None:
        return
    if kind_id == "Input" and shape != data.input_shape:
        wanted = list(data.input_shape)
        what = f"images of {fmt_shape(data.image_shape)}" if data.image_shape else f"{data.n_features} features"
        raise ShapeError(f"its shape is {fmt_shape(shape)} but the data gives {what}: set the shape to {wanted}")
    if kind_id != "Output":
        return
    task = params["task"]
    if task == "reconstruction":
        if math.prod(shape) != math.prod(data.input_shape):
            raise ShapeError(
                f"an autoencoder reconstructs its input, {fmt_shape(data.input_shape)} = "
                f"{math.prod(data.input_shape)} values, but it gets {fmt_shape(shape)}: "
                f"set the last Dense to {math.prod(data.input_shape)} units"
            )
        return
    if (task == "regression") != (data.task == "regression"):
        wanted = "regression" if data.task == "regression" else "a classification task"
        raise ShapeError(f"the data is for {wanted}, but the head's task is {task}: change the task")
    if task == "binary" and data.n_classes > 2:
        raise ShapeError(f"the data has {data.n_classes} classes: choose multi-class and {data.n_classes} outputs")
    if task == "multiclass" and shape[0] != data.n_classes:
        raise ShapeError(
            f"it gets {shape[0]} values but the data has {data.n_classes} classes: "
            f"set the last Dense to {data.n_classes} units"
        )


def _check_connected(graph: Graph, report: ShapeReport) -> None:
    outputs = graph.nodes_of_kind("Output")
    if len(outputs) != 1:
        return
    out = outputs[0].id
    for nid, node in graph.nodes.items():
        if nid not in report.errors and nid != out and not graph.reaches(nid, out):
            report.errors[nid] = f"{node.kind} '{node.name}' does not lead to the Output: connect it or delete it"
