"""Shape inference: every node's output shape, or an error a student understands.

``infer_shapes`` never raises. It walks the design in topological order, applies each kind's
shape rule, and collects per-node errors that name the node and the fix, plus design-wide
problems (no Input, a cycle). Parameter counts come with it, per node and in total.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from playground.graph.graph import Graph, GraphError, Node
from playground.graph.i18n import N_, tr
from playground.graph.layers import Shape, ShapeError, fmt_shape, kind
from playground.graph.word_layers import CORPUS_ENDS, check_word_node


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
            report.errors[nid] = tr("{label} has no input: connect a layer's output to it", label=label)
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
            report.params[nid] += check_word_node(graph, node, in_shapes, data)  # a corpus's rules, context vectors
        except ShapeError as e:
            report.errors[nid] = tr("{label}: {problem}", label=label, problem=e)
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
            tr(
                "KL sparsity compares each unit's mean activation with ρ, so the values must lie between 0 and 1: "
                "put a Sigmoid activation right before it, or set sparsity β to 0"
            )
        )


GAN_ENDS = (("Noise", N_("where the generator starts")), ("Generated", N_("the generator's fake sample")))


def _check_ends(graph: Graph, report: ShapeReport, data: DataInfo | None) -> None:
    ends = [("Input", N_("where the data enters")), ("Output", N_("the head that predicts"))]
    gan = data.is_gan if data is not None else bool(graph.nodes_of_kind("Noise") or graph.nodes_of_kind("Generated"))
    if gan:
        ends = [("Input", N_("where the discriminator sees samples")), ("Output", N_("the discriminator's verdict"))]
        ends += GAN_ENDS
    else:
        for kind_id, _ in GAN_ENDS:
            if graph.nodes_of_kind(kind_id):
                report.design_errors.append(
                    tr(
                        "a {kind} layer belongs to a GAN's generator: choose a GAN target in the data settings "
                        "(ring, moons, …) or delete it",
                        kind=kind_id,
                    )
                )
    if (data.kind == "corpus") if data is not None else graph.nodes_of_kind("SkipGram"):
        ends = list(CORPUS_ENDS)
    for kind_id, role in ends:
        count = len(graph.nodes_of_kind(kind_id))
        if count == 0:
            if kind_id[0] in "AEIOU":  # English needs the article; other languages translate both the same
                needs = tr(
                    "the design needs an {kind} layer ({role}): drag one from the palette", kind=kind_id, role=tr(role)
                )
            else:
                needs = tr(
                    "the design needs a {kind} layer ({role}): drag one from the palette", kind=kind_id, role=tr(role)
                )
            report.design_errors.append(needs)
        elif count > 1:
            report.design_errors.append(
                tr("the design has {count} {kind} layers; keep exactly one", count=count, kind=kind_id)
            )


def _data_description(data: DataInfo) -> str:
    if data.image_shape:
        return tr("images of {shape}", shape=fmt_shape(data.image_shape))
    if data.kind == "corpus":
        return tr("one word id at a time")
    if data.vocab:
        return tr("sequences of {steps} symbol ids", steps=data.sample_shape[0])
    if data.sample_shape:
        return tr(
            "sequences of {steps} steps × {features} features",
            steps=data.sample_shape[0],
            features=data.sample_shape[1],
        )
    if data.is_gan:
        return tr("2D points (x₁, x₂)")
    return tr("{n} features", n=data.n_features)


def _check_data(kind_id: str, shape: Shape, params: dict, data: DataInfo | None) -> None:
    if data is None:
        return
    if kind_id == "Input" and shape != data.input_shape:
        wanted = list(data.input_shape)
        raise ShapeError(
            tr(
                "its shape is {shape} but the data gives {data}: set the shape to {wanted}",
                shape=fmt_shape(shape),
                data=_data_description(data),
                wanted=wanted,
            )
        )
    if kind_id == "Generated" and shape != data.input_shape:
        raise ShapeError(
            tr(
                "the generator makes samples of {shape} values but the real samples have "
                "{real}: set the last Dense before it to {units} units",
                shape=fmt_shape(shape),
                real=fmt_shape(data.input_shape),
                units=data.input_shape[0],
            )
        )
    if kind_id == "Embedding" and data.vocab and params["vocab"] < data.vocab:
        raise ShapeError(
            tr("the text has {vocab} different symbols: set the vocabulary to at least {vocab}", vocab=data.vocab)
        )
    if kind_id != "Output":
        return
    task = params["task"]
    if data.is_gan:
        if task != "binary" or shape != (1,):
            raise ShapeError(
                tr("the discriminator says real or fake: set the task to binary classification with 1 output value")
            )
        return
    if data.target_shape:
        _check_sequence_output(task, shape, data)
        return
    if len(shape) != 1 and task != "reconstruction":
        raise ShapeError(
            tr("needs a flat vector but receives {shape}: put a Flatten and a Dense before it", shape=fmt_shape(shape))
        )
    if task == "reconstruction":
        if math.prod(shape) != math.prod(data.input_shape):
            raise ShapeError(
                tr(
                    "an autoencoder reconstructs its input, {input} = {values} values, but it gets {shape}: "
                    "set the last Dense to {values} units",
                    input=fmt_shape(data.input_shape),
                    values=math.prod(data.input_shape),
                    shape=fmt_shape(shape),
                )
            )
        return
    if (task == "regression") != (data.task == "regression"):
        wanted = tr("regression") if data.task == "regression" else tr("a classification task")
        raise ShapeError(
            tr("the data is for {wanted}, but the head's task is {task}: change the task", wanted=wanted, task=task)
        )
    if task == "binary" and data.n_classes > 2:
        raise ShapeError(
            tr("the data has {classes} classes: choose multi-class and {classes} outputs", classes=data.n_classes)
        )
    if task == "multiclass" and shape[0] != data.n_classes:
        raise ShapeError(
            tr(
                "it gets {values} values but the data has {classes} classes: set the last Dense to {classes} units",
                values=shape[0],
                classes=data.n_classes,
            )
        )


def _check_sequence_output(task: str, shape: Shape, data: DataInfo) -> None:
    """The Output of a sequence dataset: one prediction after the last step, or one at every step."""
    wanted = data.target_shape
    if (task == "regression") != (data.task == "regression") or task in ("binary", "reconstruction"):
        right = tr("regression") if data.task == "regression" else tr("multi-class classification")
        raise ShapeError(
            tr("the data is for {wanted}, but the head's task is {task}: change the task", wanted=right, task=task)
        )
    if shape == wanted:
        return
    values = wanted[-1]
    what = tr("{n} classes", n=values) if data.task == "classification" else tr("1 value")
    if len(wanted) == 2:
        if len(shape) == 1:
            raise ShapeError(
                tr(
                    "the data wants a prediction at every one of its {steps} steps ({wanted}), "
                    "but it gets {shape}: let the recurrent layer return sequences and end with a "
                    "TimeDense of {units}",
                    steps=wanted[0],
                    wanted=fmt_shape(wanted),
                    shape=fmt_shape(shape),
                    units=_units(values),
                )
            )
        raise ShapeError(
            tr(
                "it gets {shape} but the data wants {wanted} ({what} per step)",
                shape=fmt_shape(shape),
                wanted=fmt_shape(wanted),
                what=what,
            )
        )
    if len(shape) == 2:
        raise ShapeError(
            tr(
                "the data wants one prediction after the last step ({what}), but it gets one per step "
                "({shape}): let the last recurrent layer return only its last state, then a Dense",
                what=what,
                shape=fmt_shape(shape),
            )
        )
    raise ShapeError(
        tr(
            "it gets {values} values but the data wants {what}: set the last Dense to {units}",
            values=shape[0],
            what=what,
            units=_units(values),
        )
    )


def _units(n: int) -> str:
    return tr("1 unit") if n == 1 else tr("{n} units", n=n)


def _check_sequence(graph: Graph, node: Node, shape: Shape, data: DataInfo | None) -> None:
    """Symbol ids are integers: only an Embedding may read them, and only from the Input."""
    if node.kind == "Embedding":
        # a lookup table takes whole numbers: measurements or another layer's outputs would crash in torch
        if data is not None and not data.vocab:
            raise ShapeError(
                tr(
                    "looks up symbol ids, but the data gives {data}: an Embedding is for text; "
                    "delete it, or choose the text dataset",
                    data=_data_description(data),
                )
            )
        if any(graph.nodes[e.src].kind != "Input" for e in graph.in_edges(node.id)):
            raise ShapeError(
                tr(
                    "looks up symbol ids, which only the Input of a text dataset gives: "
                    "connect it right after the Input"
                )
            )
    if data is None or not data.vocab or node.kind == "Input":
        return
    for edge in graph.in_edges(node.id):
        if graph.nodes[edge.src].kind == "Input" and node.kind != "Embedding":
            raise ShapeError(
                tr(
                    "the text arrives as symbol ids (whole numbers, not measurements): put an Embedding right after "
                    "the Input"
                )
            )


def _check_gan_networks(graph: Graph, node: Node) -> None:
    """A GAN's generator and discriminator are two separate networks; the trainer joins them.

    Each is built alone (``engine.build.GraphModule(network=…)``), so a path from the Noise to the Output or
    from the Input to the Generated sample would leave a start node without its input.
    """
    ends = {
        "Noise": ("Output", N_("the discriminator's Output")),
        "Input": ("Generated", N_("the generator's Generated")),
    }
    if node.kind not in ends:
        return
    end_kind, end = ends[node.kind]
    if any(graph.reaches(node.id, n.id) for n in graph.nodes_of_kind(end_kind)):
        raise ShapeError(
            tr(
                "leads to {end}: keep the generator (Noise → … → Generated) and the discriminator "
                "(Input → … → Output) apart; training feeds the generated samples to the discriminator by itself",
                end=tr(end),
            )
        )


def _check_connected(graph: Graph, report: ShapeReport) -> None:
    ends = [n.id for kind_id in ("Output", "Generated", "SkipGram") for n in graph.nodes_of_kind(kind_id)]
    if not ends or len(graph.nodes_of_kind("Output")) > 1:
        return
    for nid, node in graph.nodes.items():
        if nid in report.errors or nid in ends or any(graph.reaches(nid, end) for end in ends):
            continue
        goal = tr("the Output or the Generated sample") if len(ends) > 1 else tr("the Output")
        if graph.nodes_of_kind("SkipGram") and len(ends) == 1:
            goal = tr("the SkipGram head")
        report.errors[nid] = tr(
            "{kind} '{name}' does not lead to {goal}: connect it or delete it",
            kind=node.kind,
            name=node.name,
            goal=goal,
        )
