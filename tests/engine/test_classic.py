"""Classic lessons in the engine: McCulloch–Pitts gates (truth tables) and the regions step units cut the plane into."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from engine_helpers import Builder, chain_graph, load_preset, make_project

from playground.engine.data import make_dataset
from playground.engine.export import export
from playground.engine.logic import truth_rows
from playground.engine.regions import region_codes
from playground.engine.train import Trainer, TrainingError

# The weights and thresholds the lessons tell the lecturer to try.
GATE_WEIGHTS = {
    "and": ([1.0, 1.0], 2.0),
    "or": ([1.0, 1.0], 1.0),
    "not": ([-1.0], 0.0),
    "nand": ([-1.0, -1.0], -1.0),
}


def neuron_project(gate: str, weights: list[float], theta: float):
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [len(weights)]}),
            ("Threshold", {"weights": weights, "theta": theta}),
            ("Output", {"task": "binary"}),
        ]
    )
    return make_project(graph, {"dataset": "logic", "gate": gate}, batch_size=4)


def lines_project(lines: list[tuple[list[float], float]]):
    """Input(2) → one Threshold per (weights, θ) → Concat → Dense(1) → Output, on the circle."""
    b = Builder()
    start = b.add("Input", shape=[2])
    join = b.add("Concat")
    for weights, theta in lines:
        n = b.add("Threshold", weights=weights, theta=theta)
        b.connect(start, n)
        b.connect(n, join)
    b.chain([("Dense", {"units": 1}), ("Output", {"task": "binary"})], after=join)
    return make_project(b.graph, {"dataset": "circle"})


@pytest.mark.parametrize("gate", list(GATE_WEIGHTS))
def test_the_lessons_weights_compute_their_gate(gate):
    weights, theta = GATE_WEIGHTS[gate]
    table = Trainer(neuron_project(gate, weights, theta)).snapshot({"truth_table"}).truth_table
    rows, expected = truth_rows(gate)
    assert table.gate == gate
    np.testing.assert_array_equal(table.inputs, rows)
    np.testing.assert_array_equal(table.expected, expected)
    np.testing.assert_array_equal(table.output, expected.astype(np.float32))  # a threshold neuron says 0 or 1
    np.testing.assert_array_equal(table.predicted, expected)
    assert table.correct == len(rows)


def test_truth_tables_by_hand():
    rows, and_ = truth_rows("and")
    assert rows.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert and_.tolist() == [0, 0, 0, 1]
    assert truth_rows("or")[1].tolist() == [0, 1, 1, 1]
    assert truth_rows("xor")[1].tolist() == [0, 1, 1, 0]
    assert truth_rows("nor")[1].tolist() == [1, 0, 0, 0]
    assert truth_rows("not")[0].tolist() == [[0], [1]] and truth_rows("not")[1].tolist() == [1, 0]


def test_a_neuron_with_the_wrong_threshold_gets_rows_wrong():
    # AND's data, OR's threshold: the neuron fires on 01 and 10 too
    table = Trainer(neuron_project("and", [1.0, 1.0], 1.0)).snapshot({"truth_table"}).truth_table
    assert table.predicted.tolist() == [0, 1, 1, 1]
    assert table.correct == 2


def test_a_design_with_nothing_to_learn_runs_without_error_and_keeps_its_weights():
    trainer = Trainer(neuron_project("and", [1.0, 1.0], 2.0))
    before = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    loss = trainer.step(5)
    assert np.isfinite(loss) and trainer.step_count == 5
    metrics = trainer.evaluate()
    assert metrics["train_accuracy"] == metrics["test_accuracy"] == 1.0
    after = trainer.model.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)
    trainer.set_lr(0.5)  # the optimizer exists (with nothing in it): live settings still work
    trainer.restore(trainer.state())


def test_layers_before_a_threshold_neuron_get_a_message_not_a_silent_non_update():
    graph, _ = chain_graph(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 2}),
            ("Threshold", {"weights": [1.0, 1.0], "theta": 1.0}),
            ("Output", {"task": "binary"}),
        ]
    )
    trainer = Trainer(make_project(graph, {"dataset": "logic", "gate": "and"}, batch_size=4))
    with pytest.raises(TrainingError, match="no gradient reaches the layers with weights: a Threshold neuron"):
        trainer.step(1)


def test_the_logic_dataset_is_the_truth_table():
    data = make_dataset(
        make_project(chain_graph([("Input", {"shape": [2]})])[0], {"dataset": "logic", "gate": "xor"}).data
    )
    assert data.x_test.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]] and data.y_test.tolist() == [0, 1, 1, 0]
    assert len(data.x_train) == 64 and set(map(tuple, data.x_train.tolist())) == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert data.features == ("x1", "x2") and data.n_classes == 2
    one = make_dataset(
        make_project(chain_graph([("Input", {"shape": [1]})])[0], {"dataset": "logic", "gate": "not"}).data
    )
    assert one.x_test.shape == (2, 1) and one.points_test.shape == (2, 2) and one.features == ("x1",)


def test_three_lines_in_general_position_make_seven_regions():
    # a triangle round the origin: every code but 000 appears
    lines = [([0.0, 1.0], -2.5), ([-0.87, -0.5], -2.5), ([0.87, -0.5], -2.5)]
    view = Trainer(lines_project(lines)).snapshot({"regions"}).regions
    assert (view.units, view.count, view.most, view.tree_leaves) == (3, 7, 7, 4)
    assert sorted(code for _, _, code in view.labels) == ["001", "010", "011", "100", "101", "110", "111"]
    assert view.codes.shape == (60, 60)


def test_three_parallel_lines_make_four_regions_like_a_trees_leaves():
    lines = [([1.0, 0.0], -3.0), ([1.0, 0.0], 0.0), ([1.0, 0.0], 3.0)]
    view = Trainer(lines_project(lines)).snapshot({"regions"}).regions
    assert (view.units, view.count, view.tree_leaves) == (3, 4, 4)
    assert sorted(code for _, _, code in view.labels) == ["000", "100", "110", "111"]


def test_three_lines_through_one_point_make_six_regions():
    lines = [([1.0, 0.0], 0.0), ([0.0, 1.0], 0.0), ([1.0, 1.0], 0.0)]
    assert Trainer(lines_project(lines)).snapshot({"regions"}).regions.count == 6


def test_regions_follow_a_dense_layer_with_step_activation_and_label_each_region_inside_it():
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 3}),
            ("Activation", {"function": "step"}),
            ("Dense", {"units": 1}),
            ("Activation", {"function": "step"}),  # behind the first step layer: not part of the code
            ("Output", {"task": "binary"}),
        ]
    )
    trainer = Trainer(make_project(graph, {"dataset": "circle"}))
    view = trainer.snapshot({"regions"}, grid=40).regions
    assert view.nodes == [ids[2]] and view.units == 3 and 1 <= view.count <= 7
    # every label sits in its own region (regions of lines are convex)
    extent = trainer.dataset.extent
    for x, y, code in view.labels:
        col = round((x - extent[0]) / (extent[1] - extent[0]) * 39)
        row = round((y - extent[2]) / (extent[3] - extent[2]) * 39)
        bits = np.array([[c == "1" for c in code]])
        assert view.codes[row, col] == region_codes(bits)[0]


def test_no_step_units_no_regions_and_no_logic_data_no_truth_table():
    graph, _ = chain_graph([("Input", {"shape": [2]}), ("Dense", {"units": 1}), ("Output", {"task": "binary"})])
    snap = Trainer(make_project(graph, {"dataset": "circle"})).snapshot({"regions", "truth_table"})
    assert snap.regions is None and snap.truth_table is None


@pytest.mark.parametrize("fmt", ["pt", "safetensors", "python"])
def test_hand_set_weights_travel_in_the_exports(tmp_path, fmt):
    project = load_preset("mcculloch-pitts-xor")
    suffix = {"pt": ".pt", "safetensors": ".safetensors", "python": ".py"}[fmt]
    result = export(project, fmt, tmp_path / f"xor{suffix}")
    assert result.files and all(f.stat().st_size > 0 for f in result.files)


def test_the_mcculloch_pitts_presets_compute_their_gates():
    for name, gate in (
        ("mcculloch-pitts-and-or", "and"),
        ("mcculloch-pitts-not", "not"),
        ("mcculloch-pitts-xor", "xor"),
    ):
        table = Trainer(load_preset(name)).snapshot({"truth_table"}).truth_table
        assert table.gate == gate and table.correct == len(table.inputs), name


def test_the_onnx_export_of_hand_set_neurons_computes_xor(tmp_path):
    ort = pytest.importorskip("onnxruntime")
    pytest.importorskip("onnxscript")
    export(load_preset("mcculloch-pitts-xor"), "onnx", tmp_path / "xor.onnx")
    session = ort.InferenceSession(str(tmp_path / "xor.onnx"))
    rows = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
    out = session.run(None, {session.get_inputs()[0].name: rows})[0]
    assert out.ravel().tolist() == [0.0, 1.0, 1.0, 0.0]
