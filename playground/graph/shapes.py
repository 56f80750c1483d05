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
    kind: str = "points"
    """The dataset's kind: "points", "images", "sequence" or "gan"."""
    sample_shape: tuple[int, ...] = ()
    """The shape of one input sample when it is neither flat nor an image: time×features, or (time,) of ids."""
    target_shape: tuple[int, ...] = ()
    """What the Output must produce for sequence data: (values,) after the last step, (time, values) at every step."""
    vocab: int = 0
    """Symbols in the alphabet when the input is symbol ids (text), else 0."""

    @property
    def input_shape(self) -> tuple[int, ...]:
        """What the Input layer must produce: the image shape, the sequence shape, or (features,)."""
        return self.image_shape or self.sample_shape or (self.n_features,)

    @property
    def is_gan(self) -> bool:
        """A GAN target: the design is a generator (Noise → … → Generated) and a discriminator (Input → … → Output)."""
        return self.kind == "gan"


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
    _check_ends(graph, report, data)
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
            _check_sequence(graph, node, shape, data)  # first: ids read as numbers is the root of later problems
            _check_data(node.kind, shape, node.params, data)
            _check_gan_networks(graph, node)
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


GAN_ENDS = (("Noise", "where the generator starts"), ("Generated", "the generator's fake sample"))


def _check_ends(graph: Graph, report: ShapeReport, data: DataInfo | None) -> None:
    ends = [("Input", "where the data enters"), ("Output", "the head that predicts")]
    gan = data.is_gan if data is not None else bool(graph.nodes_of_kind("Noise") or graph.nodes_of_kind("Generated"))
    if gan:
        ends = [("Input", "where the discriminator sees samples"), ("Output", "the discriminator's verdict")]
        ends += GAN_ENDS
    else:
        for kind_id, _ in GAN_ENDS:
            if graph.nodes_of_kind(kind_id):
                report.design_errors.append(
                    f"a {kind_id} layer belongs to a GAN's generator: choose a GAN target in the data settings "
                    f"(ring, moons, …) or delete it"
                )
    for kind_id, role in ends:
        count = len(graph.nodes_of_kind(kind_id))
        article = "an" if kind_id[0] in "AEIOU" else "a"
        if count == 0:
            report.design_errors.append(
                f"the design needs {article} {kind_id} layer ({role}): drag one from the palette"
            )
        elif count > 1:
            report.design_errors.append(f"the design has {count} {kind_id} layers; keep exactly one")


def _data_description(data: DataInfo) -> str:
    if data.image_shape:
        return f"images of {fmt_shape(data.image_shape)}"
    if data.vocab:
        return f"sequences of {data.sample_shape[0]} symbol ids"
    if data.sample_shape:
        return f"sequences of {data.sample_shape[0]} steps × {data.sample_shape[1]} features"
    if data.is_gan:
        return "2D points (x₁, x₂)"
    return f"{data.n_features} features"


def _check_data(kind_id: str, shape: Shape, params: dict, data: DataInfo | None) -> None:
    if data is None:
        return
    if kind_id == "Input" and shape != data.input_shape:
        wanted = list(data.input_shape)
        raise ShapeError(
            f"its shape is {fmt_shape(shape)} but the data gives {_data_description(data)}: set the shape to {wanted}"
        )
    if kind_id == "Generated" and shape != data.input_shape:
        raise ShapeError(
            f"the generator makes samples of {fmt_shape(shape)} values but the real samples have "
            f"{fmt_shape(data.input_shape)}: set the last Dense before it to {data.input_shape[0]} units"
        )
    if kind_id == "Embedding" and data.vocab and params["vocab"] < data.vocab:
        raise ShapeError(f"the text has {data.vocab} different symbols: set the vocabulary to at least {data.vocab}")
    if kind_id != "Output":
        return
    task = params["task"]
    if data.is_gan:
        if task != "binary" or shape != (1,):
            raise ShapeError(
                "the discriminator says real or fake: set the task to binary classification with 1 output value"
            )
        return
    if data.target_shape:
        _check_sequence_output(task, shape, data)
        return
    if len(shape) != 1 and task != "reconstruction":
        raise ShapeError(f"needs a flat vector but receives {fmt_shape(shape)}: put a Flatten and a Dense before it")
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


def _check_sequence_output(task: str, shape: Shape, data: DataInfo) -> None:
    """The Output of a sequence dataset: one prediction after the last step, or one at every step."""
    wanted = data.target_shape
    if (task == "regression") != (data.task == "regression") or task in ("binary", "reconstruction"):
        right = "regression" if data.task == "regression" else "multi-class classification"
        raise ShapeError(f"the data is for {right}, but the head's task is {task}: change the task")
    if shape == wanted:
        return
    values = wanted[-1]
    what = f"{values} classes" if data.task == "classification" else "1 value"
    if len(wanted) == 2:
        if len(shape) == 1:
            raise ShapeError(
                f"the data wants a prediction at every one of its {wanted[0]} steps ({fmt_shape(wanted)}), "
                f"but it gets {fmt_shape(shape)}: let the recurrent layer return sequences and end with a "
                f"TimeDense of {_units(values)}"
            )
        raise ShapeError(f"it gets {fmt_shape(shape)} but the data wants {fmt_shape(wanted)} ({what} per step)")
    if len(shape) == 2:
        raise ShapeError(
            f"the data wants one prediction after the last step ({what}), but it gets one per step "
            f"({fmt_shape(shape)}): let the last recurrent layer return only its last state, then a Dense"
        )
    raise ShapeError(f"it gets {shape[0]} values but the data wants {what}: set the last Dense to {_units(values)}")


def _units(n: int) -> str:
    return "1 unit" if n == 1 else f"{n} units"


def _check_sequence(graph: Graph, node: Node, shape: Shape, data: DataInfo | None) -> None:
    """Symbol ids are integers: only an Embedding may read them, and only from the Input."""
    if node.kind == "Embedding":
        # a lookup table takes whole numbers: measurements or another layer's outputs would crash in torch
        if data is not None and not data.vocab:
            raise ShapeError(
                f"looks up symbol ids, but the data gives {_data_description(data)}: an Embedding is for text; "
                "delete it, or choose the text dataset"
            )
        if any(graph.nodes[e.src].kind != "Input" for e in graph.in_edges(node.id)):
            raise ShapeError(
                "looks up symbol ids, which only the Input of a text dataset gives: connect it right after the Input"
            )
    if data is None or not data.vocab or node.kind == "Input":
        return
    for edge in graph.in_edges(node.id):
        if graph.nodes[edge.src].kind == "Input" and node.kind != "Embedding":
            raise ShapeError(
                "the text arrives as symbol ids (whole numbers, not measurements): put an Embedding right after "
                "the Input"
            )


def _check_gan_networks(graph: Graph, node: Node) -> None:
    """A GAN's generator and discriminator are two separate networks; the trainer joins them.

    Each is built alone (``engine.build.GraphModule(network=…)``), so a path from the Noise to the Output or
    from the Input to the Generated sample would leave a start node without its input.
    """
    ends = {"Noise": ("Output", "the discriminator's Output"), "Input": ("Generated", "the generator's Generated")}
    if node.kind not in ends:
        return
    end_kind, end = ends[node.kind]
    if any(graph.reaches(node.id, n.id) for n in graph.nodes_of_kind(end_kind)):
        raise ShapeError(
            f"leads to {end}: keep the generator (Noise → … → Generated) and the discriminator "
            "(Input → … → Output) apart; training feeds the generated samples to the discriminator by itself"
        )


def _check_connected(graph: Graph, report: ShapeReport) -> None:
    ends = [n.id for kind_id in ("Output", "Generated") for n in graph.nodes_of_kind(kind_id)]
    if not ends or len(graph.nodes_of_kind("Output")) > 1:
        return
    for nid, node in graph.nodes.items():
        if nid in report.errors or nid in ends or any(graph.reaches(nid, end) for end in ends):
            continue
        goal = "the Output or the Generated sample" if len(ends) > 1 else "the Output"
        report.errors[nid] = f"{node.kind} '{node.name}' does not lead to {goal}: connect it or delete it"
