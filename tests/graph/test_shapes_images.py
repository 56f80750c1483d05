"""Image layer kinds: torch's size formulas, messages that name the fix, parameter counts, whole CNNs."""

import math

import pytest
from shape_support import build, image_line, line

from playground.graph import CATEGORIES, KINDS, DataInfo, Project, infer_shapes, load_project
from playground.graph.layer_kind import image_shape_for

MNIST = DataInfo(784, "classification", 10, (1, 28, 28))


def shape_of(middle: tuple, shape: tuple[int, ...]) -> tuple[int, ...]:
    """The inferred output shape of the single layer ``middle`` on an input of ``shape``."""
    report = infer_shapes(image_line(middle, shape=shape))
    assert report.ok, report.errors
    return report.shapes[middle[0]]


def error_of(middle: tuple, shape: tuple[int, ...]) -> str:
    report = infer_shapes(image_line(middle, shape=shape))
    return report.errors[middle[0]]


# --- size formulas --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "shape", "expected"),
    [
        ({"filters": 6, "kernel": 5}, (1, 28, 28), (6, 24, 24)),  # LeNet's first layer
        ({"filters": 4, "kernel": 3, "padding": 1}, (3, 9, 7), (4, 9, 7)),  # "same" padding, non-square
        ({"filters": 2, "kernel": 3, "stride": 2}, (1, 8, 8), (2, 3, 3)),  # ⌊(8 − 3) / 2⌋ + 1 = 3
        ({"filters": 2, "kernel": 3, "stride": 3, "padding": 2}, (1, 10, 11), (2, 4, 5)),
        ({"filters": 1, "kernel": 3, "dilation": 3}, (1, 7, 9), (1, 1, 3)),  # the dilated kernel spans 7
        ({"filters": 1, "kernel": 4, "stride": 2, "padding": 1, "dilation": 2}, (2, 12, 12), (1, 4, 4)),
    ],
)
def test_conv2d_output_follows_torchs_formula(params, shape, expected):
    assert shape_of(("conv", "Conv2d", params), shape) == expected


@pytest.mark.parametrize(
    ("kind_id", "params", "shape", "expected"),
    [
        ("MaxPool2d", {}, (3, 28, 28), (3, 14, 14)),
        ("MaxPool2d", {}, (1, 7, 5), (1, 3, 2)),  # odd sides drop the last row / column
        ("MaxPool2d", {"kernel": 3, "stride": 2, "padding": 1}, (2, 7, 7), (2, 4, 4)),
        ("AvgPool2d", {"kernel": 2, "stride": 1}, (1, 5, 5), (1, 4, 4)),
        ("AvgPool2d", {"kernel": 3, "stride": 3, "padding": 1}, (4, 10, 10), (4, 4, 4)),
        ("ConvTranspose2d", {"filters": 3, "kernel": 2, "stride": 2}, (8, 7, 7), (3, 14, 14)),
        ("ConvTranspose2d", {"filters": 1, "kernel": 3, "stride": 1}, (2, 4, 5), (1, 6, 7)),
        ("ConvTranspose2d", {"filters": 2, "kernel": 4, "stride": 3, "padding": 1, "output_padding": 2},
         (1, 3, 2), (2, 10, 7)),
        ("Upsample", {"scale": 2, "mode": "bilinear"}, (3, 5, 6), (3, 10, 12)),
        ("Upsample", {"scale": 1}, (1, 2, 2), (1, 2, 2)),
        ("GlobalAvgPool", {}, (16, 3, 3), (16,)),
        ("Flatten", {}, (16, 3, 3), (144,)),
        ("Flatten", {}, (5,), (5,)),  # a flat vector passes through unchanged
        ("Reshape", {"shape": [48]}, (3, 4, 4), (48,)),
        ("Reshape", {"shape": [3, 16]}, (3, 4, 4), (3, 16)),
    ],
)
def test_image_kind_output_shapes(kind_id, params, shape, expected):
    assert shape_of(("layer", kind_id, params), shape) == expected


# --- messages -------------------------------------------------------------------------------------


def test_a_kernel_larger_than_the_image_says_what_to_change():
    assert error_of(("conv", "Conv2d", {"kernel": 5}), (1, 4, 4)) == (
        "Conv2d 'conv': the 5×5 kernel does not fit the 4×4 input: "
        "use a smaller kernel, padding or fewer pooling layers"
    )


def test_the_message_counts_dilation_and_padding():
    message = error_of(("conv", "Conv2d", {"kernel": 3, "dilation": 3, "padding": 1}), (1, 4, 6))
    assert "the 3×3 kernel (dilated to 7×7) does not fit the 4×6 input (padded to 6×8)" in message


def test_too_many_pooling_layers_are_reported_at_the_first_that_no_longer_fits():
    pools = [(f"pool{i}", "MaxPool2d") for i in range(4)]
    report = infer_shapes(image_line(*pools, shape=(1, 8, 8)))
    assert report.shapes["pool2"] == (1, 1, 1)
    assert list(report.errors) == ["pool3"]
    assert "fewer pooling layers" in report.errors["pool3"]


def test_transposed_conv_padding_that_crops_everything():
    message = error_of(("up", "ConvTranspose2d", {"kernel": 1, "stride": 1, "padding": 3}), (1, 2, 2))
    assert message == (
        "ConvTranspose2d 'up': padding 3 on each border crops away the whole 2×2 output: "
        "use less padding or a larger kernel"
    )


def test_output_padding_with_stride_one_must_be_zero():
    message = error_of(("up", "ConvTranspose2d", {"stride": 1, "output_padding": 1}), (1, 4, 4))
    assert "output padding 1 must be smaller than the stride 1: lower the output padding to 0" in message


def test_reshape_to_a_flat_vector_suggests_the_right_length():
    assert error_of(("r", "Reshape", {"shape": [5]}), (3, 2, 2)) == (
        "Reshape 'r': cannot arrange 12 values as 5 values: choose a shape with 12 values, e.g. [12]"
    )


def test_a_rank_four_input_gets_a_reshape_suggestion_that_fits():
    message = error_of(("conv", "Conv2d"), (2, 3, 4, 5))
    assert message.endswith("receives 2×3×4×5: put a Reshape before it, e.g. to [6, 4, 5]")


@pytest.mark.parametrize(
    ("values", "shape"),
    [(784, [1, 28, 28]), (64, [1, 8, 8]), (3072, [3, 32, 32]), (12, [3, 2, 2]), (18, [1, 3, 6]), (7, [1, 1, 7])],
)
def test_suggested_image_shapes_hold_the_values(values, shape):
    assert image_shape_for(values) == shape
    assert math.prod(shape) == values


# --- parameter counts -----------------------------------------------------------------------------


def test_conv_parameter_counts():
    g = image_line(
        ("c1", "Conv2d", {"filters": 6, "kernel": 5}),
        ("c2", "Conv2d", {"filters": 4, "kernel": 3, "bias": False}),
        ("up", "ConvTranspose2d", {"filters": 2, "kernel": 4}),
        ("bn", "BatchNorm2d"),
        ("pool", "MaxPool2d"),
        shape=(3, 16, 16),
    )
    report = infer_shapes(g)
    assert report.ok, report.errors
    assert report.params["c1"] == 6 * 3 * 5 * 5 + 6
    assert report.params["c2"] == 4 * 6 * 3 * 3
    assert report.params["up"] == 4 * 2 * 4 * 4 + 2
    assert report.params["bn"] == 2 * 2
    assert report.params["pool"] == report.params["flat"] == 0


def test_a_lenet_style_classifier_on_digits_is_valid():
    g = line(
        ("c1", "Conv2d", {"filters": 6, "kernel": 5, "padding": 2}),
        ("a1", "Activation"),
        ("p1", "MaxPool2d"),
        ("c2", "Conv2d", {"filters": 16, "kernel": 5}),
        ("a2", "Activation"),
        ("p2", "MaxPool2d"),
        ("flat", "Flatten"),
        ("fc1", "Dense", {"units": 120}),
        ("fc2", "Dense", {"units": 10}),
        shape=(1, 28, 28),
        head={"task": "multiclass"},
    )
    report = infer_shapes(g, MNIST)
    assert report.ok, report.errors
    assert report.shapes["p1"] == (6, 14, 14)
    assert report.shapes["p2"] == (16, 5, 5)
    assert report.shapes["flat"] == (400,)
    assert report.total_params == (6 * 25 + 6) + (16 * 6 * 25 + 16) + (400 * 120 + 120) + (120 * 10 + 10)


def test_a_convolutional_autoencoder_reconstructs_the_image_shape():
    g = line(
        ("e1", "Conv2d", {"filters": 8, "kernel": 3, "stride": 2, "padding": 1}),
        ("e2", "Conv2d", {"filters": 16, "kernel": 3, "stride": 2, "padding": 1}),
        ("flat", "Flatten"),
        ("code", "Dense", {"units": 2}),
        ("z", "Latent"),
        ("grow", "Dense", {"units": 16 * 7 * 7}),
        ("r", "Reshape", {"shape": [16, 7, 7]}),
        ("d1", "ConvTranspose2d", {"filters": 8, "kernel": 3, "stride": 2, "padding": 1, "output_padding": 1}),
        ("d2", "Upsample"),
        ("d3", "Conv2d", {"filters": 1, "kernel": 3, "padding": 1}),
        shape=(1, 28, 28),
        head={"task": "reconstruction"},
    )
    report = infer_shapes(g, MNIST)
    assert report.ok, report.errors
    assert report.shapes["e2"] == (16, 7, 7)
    assert report.shapes["z"] == (2,)
    assert report.shapes["d1"] == (8, 14, 14)
    assert report.shapes["out"] == (1, 28, 28)


def test_an_autoencoder_that_reconstructs_too_few_pixels_is_refused():
    g = line(("e", "Conv2d", {"filters": 1, "kernel": 3}), shape=(1, 28, 28), head={"task": "reconstruction"})
    message = infer_shapes(g, MNIST).errors["out"]
    assert "reconstructs its input, 1×28×28 = 784 values, but it gets 1×26×26" in message


# --- the registry ---------------------------------------------------------------------------------


def test_image_kinds_sit_in_their_categories_after_the_core_ones():
    by_category = {c: [k.id for k in KINDS.values() if k.category == c] for c in CATEGORIES}
    assert by_category["Convolution"] == ["Conv2d", "MaxPool2d", "AvgPool2d", "GlobalAvgPool", "ConvTranspose2d",
                                          "Upsample"]
    assert by_category["Shape"] == ["Flatten", "Reshape"]
    assert by_category["Regularization"] == ["Dropout", "BatchNorm", "Dropout2d", "BatchNorm2d"]
    assert CATEGORIES.index("Core") < CATEGORIES.index("Convolution") < CATEGORIES.index("Merge")
    assert list(KINDS)[0] == "Input"
    assert [k for k in KINDS if KINDS[k].category != "GAN"][-1] == "Output"  # the GAN ends come after it


def test_layers_with_weights_offer_an_init_and_convolutions_start_with_he():
    assert [k.id for k in KINDS.values() if k.has_init] == ["Dense", "Conv2d", "ConvTranspose2d", "TimeDense", "RBM"]
    assert KINDS["Conv2d"].param("init").default == KINDS["ConvTranspose2d"].param("init").default == "he_uniform"
    assert KINDS["Dense"].param("init").choices == KINDS["Conv2d"].param("init").choices


def test_a_cnn_design_survives_a_project_file_round_trip():
    graph = image_line(("conv", "Conv2d", {"filters": 3, "dilation": 2}), ("r", "Reshape", {"shape": [3, 4, 4]}),
                       ("up", "Upsample", {"mode": "bilinear"}), shape=(1, 8, 8))
    project = Project(graph=graph)
    loaded = load_project(project.to_json())
    assert {n.id: (n.kind, n.params) for n in loaded.graph.nodes.values()} == {
        n.id: (n.kind, n.params) for n in graph.nodes.values()
    }
    assert infer_shapes(loaded.graph).shapes["up"] == (3, 8, 8)


def test_design_with_every_image_kind_is_valid():
    g = build(
        [("x", "Input", {"shape": [64]}), ("r", "Reshape", {"shape": [1, 8, 8]}), ("c", "Conv2d", {"padding": 1}),
         ("bn", "BatchNorm2d"), ("d", "Dropout2d"), ("m", "MaxPool2d"), ("a", "AvgPool2d", {"kernel": 1, "stride": 1}),
         ("u", "Upsample"), ("t", "ConvTranspose2d", {"filters": 4, "stride": 1}), ("g", "GlobalAvgPool"),
         ("f", "Flatten"), ("fc", "Dense", {"units": 1}), ("out", "Output")],
        [("x", "r"), ("r", "c"), ("c", "bn"), ("bn", "d"), ("d", "m"), ("m", "a"), ("a", "u"), ("u", "t"),
         ("t", "g"), ("g", "f"), ("f", "fc"), ("fc", "out")],
    )
    report = infer_shapes(g)
    assert report.ok, report.errors
    assert report.shapes["t"] == (4, 10, 10)
    assert report.shapes["f"] == (4,)


def test_kl_sparsity_needs_a_sigmoid_right_before_the_latent():
    from shape_support import line

    from playground.graph import DataInfo, infer_shapes

    def report(function: str, sparsity: float):
        graph = line(("fc", "Dense", {"units": 16}), ("act", "Activation", {"function": function}),
                     ("code", "Latent", {"sparsity": sparsity}), ("dec", "Dense", {"units": 4}),
                     shape=(4,), head={"task": "reconstruction"})
        return infer_shapes(graph, DataInfo(4, "classification", 2))

    assert report("sigmoid", 3.0).ok
    assert report("relu", 0.0).ok  # no penalty: any code will do
    errors = report("relu", 3.0).errors
    (message,) = errors.values()
    assert message.startswith("Latent 'code': KL sparsity") and "put a Sigmoid activation right before it" in message
