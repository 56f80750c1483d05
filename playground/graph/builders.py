"""Quick edits of the classic "stack of Dense layers" (TensorFlow Playground style).

A design ``Input → [Dense → Activation]* → Dense → Output`` is a *dense stack*; its
``Dense → Activation`` pairs are the hidden layers. The functions here return ordinary commands
(one ``Macro`` per structural change, so one undo step) and refuse with a ``GraphError`` that says
why when the design is not such a chain.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.graph.commands import AddNode, Command, Connect, Disconnect, Macro, Move, RemoveNodes, SetParam
from playground.graph.graph import Edge, Graph, GraphError
from playground.graph.i18n import N_, tr
from playground.graph.layers import kind

STEP_X = 290.0
"""Horizontal distance between consecutive layers that the builder places or shifts."""
DEFAULT_UNITS = 4
DEFAULT_FUNCTION = "relu"


@dataclass(frozen=True)
class DenseStack:
    """The node ids of a dense stack, from input to output."""

    input_id: str
    hidden: tuple[tuple[str, str], ...]
    """(Dense id, Activation id) of each hidden layer, in order."""
    final_dense_id: str
    output_id: str

    @property
    def chain(self) -> list[str]:
        """All ids in data-flow order."""
        inner = [nid for pair in self.hidden for nid in pair]
        return [self.input_id, *inner, self.final_dense_id, self.output_id]


def dense_stack(graph: Graph) -> DenseStack:
    """The design as a dense stack, or ``GraphError`` saying why it is not one."""
    inputs = graph.nodes_of_kind("Input")
    if len(inputs) != 1:
        raise GraphError(
            tr(
                "The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; "
                "this design has {n} Input layers.",
                n=len(inputs),
            )
        )
    chain = [inputs[0].id]
    while True:
        outs = graph.out_edges(chain[-1])
        if len(outs) > 1:
            name = graph.node(chain[-1]).name
            raise GraphError(
                tr(
                    "The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; "
                    "'{name}' branches into {n} layers.",
                    name=name,
                    n=len(outs),
                )
            )
        if not outs:
            break
        nxt = outs[0].dst
        if len(graph.in_edges(nxt)) != 1:
            raise GraphError(
                tr(
                    "The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; "
                    "'{name}' merges several inputs.",
                    name=graph.node(nxt).name,
                )
            )
        chain.append(nxt)
    if len(chain) != len(graph.nodes):
        raise GraphError(
            tr(
                "The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; "
                "some layers are not on the path from the Input."
            )
        )
    kinds = [graph.node(nid).kind for nid in chain]
    expected = ["Input", *(["Dense", "Activation"] * ((len(chain) - 3) // 2)), "Dense", "Output"]
    if kinds != expected:
        found = " → ".join(kinds)
        raise GraphError(
            tr(
                "The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; "
                "this design is {found}.",
                found=found,
            )
        )
    inner = chain[1:-2]
    hidden = tuple((inner[i], inner[i + 1]) for i in range(0, len(inner), 2))
    return DenseStack(chain[0], hidden, chain[-2], chain[-1])


def add_hidden_layer(graph: Graph, units: int | None = None, function: str | None = None) -> Command:
    """A command inserting a Dense + Activation pair before the final Dense (shifting the head right).

    The new layer copies the units and activation of the last hidden layer (or 4 units, ReLU).
    """
    stack = dense_stack(graph)
    if stack.hidden:
        last_dense, last_act = stack.hidden[-1]
        units = units or graph.node(last_dense).params["units"]
        function = function or graph.node(last_act).params["function"]
    units, function = units or DEFAULT_UNITS, function or DEFAULT_FUNCTION
    before = stack.hidden[-1][1] if stack.hidden else stack.input_id
    final = graph.node(stack.final_dense_id)
    dense_id, act_id = _fresh_ids(graph, 2)
    x, y = final.pos
    return Macro(
        [
            Disconnect(Edge(before, final.id)),
            Move(_shifted(graph, [final.id, stack.output_id], 2 * STEP_X)),
            AddNode("Dense", {"units": units}, (x, y), node_id=dense_id),
            AddNode("Activation", {"function": function}, (x + STEP_X, y), node_id=act_id),
            Connect(before, dense_id),
            Connect(dense_id, act_id),
            Connect(act_id, final.id),
        ],
        N_("Add hidden layer"),
    )


def remove_hidden_layer(graph: Graph) -> Command:
    """A command removing the last hidden Dense + Activation pair and reconnecting the chain."""
    stack = dense_stack(graph)
    if not stack.hidden:
        raise GraphError(tr("There is no hidden layer to remove: the stack is Input → Dense → Output."))
    dense_id, act_id = stack.hidden[-1]
    before = stack.hidden[-2][1] if len(stack.hidden) > 1 else stack.input_id
    return Macro(
        [
            RemoveNodes([dense_id, act_id]),
            Connect(before, stack.final_dense_id),
            Move(_shifted(graph, [stack.final_dense_id, stack.output_id], -2 * STEP_X)),
        ],
        N_("Remove hidden layer"),
    )


def change_units(graph: Graph, layer_node_id: str, delta: int) -> Command:
    """A command changing the number of neurons of Dense ``layer_node_id`` by ``delta`` (kept in range)."""
    node = graph.node(layer_node_id)
    if node.kind != "Dense":
        raise GraphError(
            tr(
                "'{name}' is a {kind} layer; only Dense layers have neurons to add or remove.",
                name=node.name,
                kind=node.kind,
            )
        )
    spec = kind("Dense").param("units")
    old = node.params["units"]
    new = int(min(max(old + delta, spec.min or 1), spec.max or old + delta))
    if new == old:
        if delta < 0:
            refusal = tr(
                "'{name}' already has {old} neurons; a Dense layer has at least {bound}.",
                name=node.name,
                old=old,
                bound=f"{spec.min:g}",
            )
        else:
            refusal = tr(
                "'{name}' already has {old} neurons; a Dense layer has at most {bound}.",
                name=node.name,
                old=old,
                bound=f"{spec.max:g}",
            )
        raise GraphError(refusal)
    return SetParam(layer_node_id, "units", new)


def _shifted(graph: Graph, node_ids: list[str], dx: float) -> dict[str, tuple[float, float]]:
    return {nid: (graph.node(nid).pos[0] + dx, graph.node(nid).pos[1]) for nid in node_ids}


def _fresh_ids(graph: Graph, count: int) -> list[str]:
    """``count`` distinct ids unused in ``graph`` (known before the nodes exist, so edges can name them)."""
    first = graph.new_id()
    ids, n = [first], int(first[1:])
    while len(ids) < count:
        n += 1
        if f"n{n}" not in graph.nodes:
            ids.append(f"n{n}")
    return ids
