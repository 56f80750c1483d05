"""Shape inference: a shape or a student-readable error for every node, parameter counts, design checks."""

import pytest
from classic_shape_cases import CLASSIC_ERRORS, CLASSIC_VALID
from image_shape_cases import IMAGE_ERRORS, IMAGE_VALID
from rbm_shape_cases import RBM_ERRORS, RBM_VALID
from sequence_shape_cases import SEQUENCE_ERRORS, SEQUENCE_VALID
from shape_support import build, line
from word_shape_cases import WORD_ERRORS, WORD_VALID

from playground.graph import KINDS, DataInfo, Edge, Graph, ShapeReport, infer_shapes

# --- one valid case and one error case for every kind in the registry ----------------------------

VALID = {
    "Input": (line(("fc", "Dense", {"units": 1}), shape=(3,)), "x", (3,)),
    "Dense": (line(("fc", "Dense", {"units": 1}), shape=(5,)), "fc", (1,)),
    "Activation": (line(("fc", "Dense", {"units": 1}), ("act", "Activation", {"function": "sigmoid"})), "act", (1,)),
    "Dropout": (line(("fc", "Dense", {"units": 1}), ("drop", "Dropout", {"p": 0.2})), "drop", (1,)),
    "BatchNorm": (line(("bn", "BatchNorm"), ("fc", "Dense", {"units": 1}), shape=(7,)), "bn", (7,)),
    "Add": (
        build(
            [("x", "Input"), ("a", "Dense", {"units": 4}), ("b", "Dense", {"units": 4}), ("c", "Dense", {"units": 4}),
             ("sum", "Add"), ("fc", "Dense", {"units": 1}), ("out", "Output")],
            [("x", "a"), ("x", "b"), ("x", "c"), ("a", "sum"), ("b", "sum"), ("c", "sum"), ("sum", "fc"),
             ("fc", "out")],
        ),
        "sum",
        (4,),
    ),
    "Concat": (
        build(
            [("x", "Input"), ("a", "Dense", {"units": 3}), ("b", "Dense", {"units": 5}), ("cat", "Concat"),
             ("fc", "Dense", {"units": 1}), ("out", "Output")],
            [("x", "a"), ("x", "b"), ("a", "cat"), ("x", "cat"), ("b", "cat"), ("cat", "fc"), ("fc", "out")],
        ),
        "cat",
        (10,),
    ),
    "Latent": (
        line(("enc", "Dense", {"units": 2}), ("act", "Activation", {"function": "sigmoid"}),
             ("z", "Latent", {"sparsity": 0.5}), ("dec", "Dense", {"units": 4}),
             shape=(4,), head={"task": "reconstruction"}),
        "z",
        (2,),
    ),
    "Output": (
        line(("fc", "Dense", {"units": 3}), head={"task": "multiclass"}),
        "out",
        (3,),
    ),
    **IMAGE_VALID,
    **SEQUENCE_VALID,
    **CLASSIC_VALID,
    **RBM_VALID,
    **WORD_VALID,
}

ERRORS = {
    "Input": (
        line(("fc", "Dense", {"units": 1}), shape=(3,)), DataInfo(2, "classification", 2), "x",
        ["Input 'x'", "its shape is 3 but the data gives 2 features", "set the shape to [2]"],
    ),
    "Dense": (
        line(("fc2", "Dense", {"units": 1}), shape=(1, 28, 28)), None, "fc2",
        ["Dense 'fc2'", "needs a flat vector but receives 1×28×28", "put a Flatten before it"],
    ),
    "Activation": (
        build([("x", "Input"), ("act", "Activation"), ("out", "Output")], [("act", "out")]), None, "act",
        ["Activation 'act' has no input", "connect a layer's output to it"],
    ),
    "Dropout": (
        build([("x", "Input"), ("drop", "Dropout"), ("out", "Output")], [("x", "out")]), None, "drop",
        ["Dropout 'drop' has no input", "connect a layer's output to it"],
    ),
    "BatchNorm": (
        line(("bn", "BatchNorm"), ("fc", "Dense", {"units": 1}), shape=(3, 8, 8)), None, "bn",
        ["BatchNorm 'bn'", "needs a flat vector but receives 3×8×8", "put a Flatten before it"],
    ),
    "Add": (
        build(
            [("x", "Input"), ("a", "Dense", {"units": 8}), ("b", "Dense", {"units": 4}), ("sum", "Add"),
             ("fc", "Dense", {"units": 1}), ("out", "Output")],
            [("x", "a"), ("x", "b"), ("a", "sum"), ("b", "sum"), ("sum", "fc"), ("fc", "out")],
        ),
        None, "sum",
        ["Add 'sum'", "needs inputs of equal shape, got 8, 4", "give the branches the same number of units"],
    ),
    "Concat": (
        build(
            [("x", "Input"), ("img", "Input", {"shape": [1, 4, 4]}), ("cat", "Concat"),
             ("fc", "Dense", {"units": 1}), ("out", "Output")],
            [("x", "cat"), ("img", "cat"), ("cat", "fc"), ("fc", "out")],
        ),
        None, "cat",
        ["Concat 'cat'", "joins along the first dimension; the others must match, got 2, 1×4×4"],
    ),
    "Latent": (
        line(("z", "Latent"), ("dec", "Dense", {"units": 16}), shape=(1, 4, 4), head={"task": "reconstruction"}),
        None, "z",
        ["Latent 'z'", "needs a flat vector but receives 1×4×4", "put a Flatten before it"],
    ),
    "Output": (
        line(("fc", "Dense", {"units": 3})), None, "out",
        ["Output 'out'", "a binary classifier needs 1 output value", "got 3", "set the last Dense to 1 unit"],
    ),
    **IMAGE_ERRORS,
    **SEQUENCE_ERRORS,
    **CLASSIC_ERRORS,
    **RBM_ERRORS,
    **WORD_ERRORS,
}


def test_every_registry_kind_has_a_valid_case_and_an_error_case():
    assert set(VALID) == set(KINDS)
    assert set(ERRORS) == set(KINDS)


@pytest.mark.parametrize("kind_id", list(VALID))
def test_valid_case(kind_id):
    graph, node, shape = VALID[kind_id]
    assert graph.node(node).kind == kind_id
    report = infer_shapes(graph)
    assert report.errors == {} and report.design_errors == []
    assert report.ok
    assert report.first_error() is None
    assert report.shapes[node] == shape
    assert set(report.shapes) == set(graph.nodes)


@pytest.mark.parametrize("kind_id", list(ERRORS))
def test_error_case_names_the_node_and_the_fix(kind_id):
    graph, data, node, parts = ERRORS[kind_id]
    assert graph.node(node).kind == kind_id
    report = infer_shapes(graph, data)
    assert not report.ok
    assert node in report.errors, report.errors
    assert node not in report.shapes
    for part in parts:
        assert part in report.errors[node]


# --- more shape rules ------------------------------------------------------------------------------


def test_the_flatten_message_reads_as_a_sentence():
    report = infer_shapes(line(("fc2", "Dense", {"units": 1}), shape=(1, 28, 28)))
    assert report.errors == {
        "fc2": "Dense 'fc2': needs a flat vector but receives 1×28×28: put a Flatten before it"
    }
    assert report.first_error() == ("fc2", report.errors["fc2"])


@pytest.mark.parametrize("merge", ["Add", "Concat"])
def test_a_merge_with_one_input_asks_for_another(merge):
    g = build([("x", "Input"), ("m", merge), ("fc", "Dense", {"units": 1}), ("out", "Output")],
              [("x", "m"), ("m", "fc"), ("fc", "out")])
    message = infer_shapes(g).errors["m"]
    assert message == f"{merge} 'm': {merge} needs at least two inputs, got 1: connect another layer to it"


def test_concat_of_images_joins_channels():
    g = build([("a", "Input", {"shape": [1, 4, 4]}), ("b", "Input", {"shape": [3, 4, 4]}), ("cat", "Concat")],
              [("a", "cat"), ("b", "cat")])
    assert infer_shapes(g).shapes["cat"] == (4, 4, 4)


@pytest.mark.parametrize(
    ("units", "head", "message"),
    [
        (1, {"task": "multiclass"}, "a multi-class classifier needs one output per class"),
        (1, {"task": "regression", "loss": "bce"}, "regression needs MSE, MAE or Huber loss, not bce"),
        (2, {"task": "regression", "loss": "cross_entropy"},
         "regression needs MSE, MAE or Huber loss, not cross_entropy"),
        (1, {"task": "binary", "loss": "cross_entropy"}, "use BCE for a binary classifier"),
    ],
)
def test_output_head_rules(units, head, message):
    report = infer_shapes(line(("fc", "Dense", {"units": units}), head=head))
    assert message in report.errors["out"]
    assert report.errors["out"].startswith("Output 'out': ")


@pytest.mark.parametrize(("units", "head"), [(1, {}), (3, {"task": "multiclass"}), (2, {"task": "regression"}),
                                             (2, {"task": "regression", "loss": "huber"})])
def test_output_head_accepts(units, head):
    assert infer_shapes(line(("fc", "Dense", {"units": units}), head=head)).ok


def test_output_refuses_an_image():
    report = infer_shapes(build([("x", "Input", {"shape": [1, 2, 2]}), ("out", "Output")], [("x", "out")]))
    assert report.errors["out"] == (
        "Output 'out': needs a flat vector but receives 1×2×2: put a Flatten and a Dense before it"
    )


def test_downstream_of_an_error_gets_no_shape_and_no_second_error():
    g = line(("fc2", "Dense", {"units": 4}), ("act", "Activation"), ("fc3", "Dense", {"units": 1}), shape=(1, 28, 28))
    report = infer_shapes(g)
    assert list(report.errors) == ["fc2"]
    assert set(report.shapes) == {"x"}


# --- parameter counts ----------------------------------------------------------------------------


def test_dense_parameter_count_with_and_without_bias():
    g = line(("with", "Dense", {"units": 4}), ("without", "Dense", {"units": 1, "bias": False}))
    report = infer_shapes(g)
    assert report.params["with"] == 2 * 4 + 4 == 12
    assert report.params["without"] == 4
    assert report.total_params == 16


def test_batchnorm_counts_gamma_and_beta_per_feature():
    report = infer_shapes(line(("bn", "BatchNorm"), ("fc", "Dense", {"units": 1}), shape=(7,)))
    assert report.params["bn"] == 14
    assert report.params["fc"] == 8
    assert report.total_params == 22


def test_layers_without_weights_count_zero():
    graph, _, _ = VALID["Add"]
    report = infer_shapes(graph)
    assert report.params["x"] == report.params["sum"] == report.params["out"] == 0
    assert report.total_params == 3 * (2 * 4 + 4) + (4 + 1)


# --- design-wide errors ----------------------------------------------------------------------------


def test_empty_design_needs_input_and_output():
    report = infer_shapes(Graph())
    assert report.design_errors == [
        "the design needs an Input layer (where the data enters): drag one from the palette",
        "the design needs an Output layer (the head that predicts): drag one from the palette",
    ]
    assert report.first_error() == (None, report.design_errors[0])
    assert not report.ok


def test_two_outputs_and_two_inputs_are_reported():
    g = build([("x", "Input"), ("y", "Input"), ("o1", "Output"), ("o2", "Output")])
    report = infer_shapes(g)
    assert "the design has 2 Input layers; keep exactly one" in report.design_errors
    assert "the design has 2 Output layers; keep exactly one" in report.design_errors


def test_a_cycle_is_a_design_error_not_an_exception():
    g = line(("a", "Dense", {"units": 2}), ("b", "Dense", {"units": 1}))
    g.edges.append(Edge("b", "a"))  # only a corrupted model can hold this: check_connect refuses it
    report = infer_shapes(g)
    assert report.design_errors == ["the design has a cycle; remove one of the connections that loop back"]
    assert report.shapes == {}


def test_a_node_that_does_not_lead_to_the_output_is_reported():
    g = build([("x", "Input"), ("fc", "Dense", {"units": 1}), ("side", "Dense", {"units": 3}), ("out", "Output")],
              [("x", "fc"), ("fc", "out"), ("x", "side")])
    report = infer_shapes(g)
    assert report.errors == {"side": "Dense 'side' does not lead to the Output: connect it or delete it"}
    assert report.shapes["side"] == (3,)  # its shape is still known, for the editor to show


def test_an_unconnected_input_is_reported():
    g = build([("x", "Input"), ("out", "Output")])
    report = infer_shapes(g)
    assert report.errors["x"] == "Input 'x' does not lead to the Output: connect it or delete it"
    assert report.errors["out"] == "Output 'out' has no input: connect a layer's output to it"


# --- the data and the ends of the network --------------------------------------------------------


def test_data_matching_the_design_is_ok():
    report = infer_shapes(line(("fc", "Dense", {"units": 3}), head={"task": "multiclass"}),
                          DataInfo(2, "classification", 3))
    assert report.ok


def test_binary_head_with_three_classes():
    report = infer_shapes(line(("fc", "Dense", {"units": 1})), DataInfo(2, "classification", 3))
    assert report.errors["out"] == "Output 'out': the data has 3 classes: choose multi-class and 3 outputs"


def test_multiclass_units_must_match_classes():
    report = infer_shapes(line(("fc", "Dense", {"units": 4}), head={"task": "multiclass"}),
                          DataInfo(2, "classification", 3))
    assert report.errors["out"] == (
        "Output 'out': it gets 4 values but the data has 3 classes: set the last Dense to 3 units"
    )


def test_regression_data_with_a_classification_head():
    report = infer_shapes(line(("fc", "Dense", {"units": 1})), DataInfo(2, "regression"))
    assert report.errors["out"] == (
        "Output 'out': the data is for regression, but the head's task is binary: change the task"
    )


def test_classification_data_with_a_regression_head():
    report = infer_shapes(line(("fc", "Dense", {"units": 1}), head={"task": "regression"}),
                          DataInfo(2, "classification", 2))
    assert "the data is for a classification task, but the head's task is regression" in report.errors["out"]


def test_input_features_mismatch_stops_downstream_checks():
    report = infer_shapes(line(("fc", "Dense", {"units": 1})), DataInfo(5, "classification", 2))
    assert report.errors == {
        "x": "Input 'x': its shape is 2 but the data gives 5 features: set the shape to [5]"
    }


# --- robustness ----------------------------------------------------------------------------------


def test_infer_shapes_never_raises_on_odd_designs():
    odd = [
        build([("out", "Output")]),
        build([("sum", "Add"), ("cat", "Concat")]),
        build([("x", "Input", {"shape": [65536, 65536, 65536, 65536]}), ("fc", "Dense", {"units": 4096}),
               ("bn", "BatchNorm"), ("out", "Output")], [("x", "fc"), ("fc", "bn"), ("bn", "out")]),
        build([("x", "Input"), ("a", "Add"), ("c", "Concat"), ("out", "Output")],
              [("x", "a"), ("x", "c"), ("a", "c"), ("c", "out")]),
    ]
    for graph in odd:
        for data in (None, DataInfo(2, "classification", 2), DataInfo(7, "regression"),
                     DataInfo(2, "classification", 8)):
            report = infer_shapes(graph, data)
            assert isinstance(report, ShapeReport)
            assert not report.ok
            assert set(report.errors) <= set(graph.nodes)
