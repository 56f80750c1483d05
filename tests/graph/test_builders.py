"""Quick builder for dense stacks: + / − hidden layers and neurons, each one undo step."""

from __future__ import annotations

import pytest

from playground.graph import AddNode, Connect, Graph, GraphError, History
from playground.graph.builders import STEP_X, add_hidden_layer, change_units, dense_stack, remove_hidden_layer


def mlp(hidden: int = 1) -> tuple[Graph, History]:
    """Input → [Dense(4) → ReLU]*hidden → Dense(1) → Output, laid out on a row."""
    graph = Graph()
    history = History(graph)
    specs = [("Input", {"shape": [2]})]
    specs += [("Dense", {"units": 4}), ("Activation", {"function": "relu"})] * hidden
    specs += [("Dense", {"units": 1}), ("Output", {"task": "binary"})]
    ids = [history.push(AddNode(k, p, (i * STEP_X, 0.0))).node_id for i, (k, p) in enumerate(specs)]
    for a, b in zip(ids, ids[1:], strict=False):
        history.push(Connect(a, b))
    return graph, history


def kinds_in_order(graph: Graph) -> list[str]:
    return [graph.node(nid).kind for nid in dense_stack(graph).chain]


def test_dense_stack_recognises_the_chain() -> None:
    graph, _ = mlp(2)
    stack = dense_stack(graph)
    assert len(stack.hidden) == 2
    assert kinds_in_order(graph) == ["Input", "Dense", "Activation", "Dense", "Activation", "Dense", "Output"]


def test_add_hidden_layer_is_one_undo_step() -> None:
    graph, history = mlp(1)
    before = graph.to_dict()
    history.push(add_hidden_layer(graph))
    stack = dense_stack(graph)
    assert len(stack.hidden) == 2
    new_dense, new_act = stack.hidden[-1]
    assert graph.node(new_dense).params["units"] == 4  # copies the last hidden layer
    assert graph.node(new_act).params["function"] == "relu"
    # The head moved right to make room; nothing overlaps on the row.
    xs = [graph.node(nid).pos[0] for nid in stack.chain]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    after = graph.to_dict()
    history.undo()
    assert graph.to_dict() == before
    history.redo()
    assert graph.to_dict() == after


def test_add_to_a_stack_without_hidden_layers_uses_defaults() -> None:
    graph, history = mlp(0)
    history.push(add_hidden_layer(graph))
    dense_id, act_id = dense_stack(graph).hidden[0]
    assert graph.node(dense_id).params["units"] == 4
    assert graph.node(act_id).params["function"] == "relu"


def test_remove_hidden_layer_reconnects_and_undoes() -> None:
    graph, history = mlp(2)
    before = graph.to_dict()
    history.push(remove_hidden_layer(graph))
    assert kinds_in_order(graph) == ["Input", "Dense", "Activation", "Dense", "Output"]
    history.push(remove_hidden_layer(graph))
    assert kinds_in_order(graph) == ["Input", "Dense", "Output"]
    with pytest.raises(GraphError, match="no hidden layer"):
        remove_hidden_layer(graph)
    history.undo()
    history.undo()
    assert graph.to_dict() == before


def test_change_units_clamps_and_refuses_at_the_limit() -> None:
    graph, history = mlp(1)
    dense_id = dense_stack(graph).hidden[0][0]
    history.push(change_units(graph, dense_id, +3))
    assert graph.node(dense_id).params["units"] == 7
    history.push(change_units(graph, dense_id, -100))
    assert graph.node(dense_id).params["units"] == 1
    with pytest.raises(GraphError, match="at least 1"):
        change_units(graph, dense_id, -1)
    act_id = dense_stack(graph).hidden[0][1]
    with pytest.raises(GraphError, match="only Dense layers"):
        change_units(graph, act_id, 1)


def test_refuses_a_design_that_is_not_a_stack() -> None:
    graph, history = mlp(1)
    stack = dense_stack(graph)
    # A skip connection: Input → Add ← act; the chain now merges and branches.
    add = history.push(AddNode("Add")).node_id
    history.push(Connect(stack.input_id, add))
    with pytest.raises(GraphError, match="branches into 2 layers"):
        add_hidden_layer(graph)
    with pytest.raises(GraphError, match="plain stack"):
        remove_hidden_layer(graph)


@pytest.mark.parametrize(
    ("kinds", "match"),
    [
        ([], "0 Input layers"),
        (["Input", "Dense", "Dense", "Output"], "Input → Dense → Dense → Output"),
        (["Input", "Dense"], "Input → Dense"),
    ],
)
def test_refusal_names_the_problem(kinds: list[str], match: str) -> None:
    graph = Graph()
    history = History(graph)
    ids = [history.push(AddNode(k)).node_id for k in kinds]
    for a, b in zip(ids, ids[1:], strict=False):
        history.push(Connect(a, b))
    with pytest.raises(GraphError, match=match):
        dense_stack(graph)


def test_stray_node_is_refused() -> None:
    graph, history = mlp(1)
    history.push(AddNode("Dropout"))
    with pytest.raises(GraphError, match="not on the path"):
        dense_stack(graph)
