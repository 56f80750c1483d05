"""One valid and one error case per image layer kind, merged into test_shapes.py's VALID and ERRORS.

Each valid case is a whole valid design (Input image → layer → Flatten → Dense → Output) with the
expected output shape of the layer; each error case names the node and the parts of the message
that tell a student what went wrong and what to do.
"""

from __future__ import annotations

from shape_support import build, image_line, line

IMAGE_VALID = {
    "Dropout2d": (image_line(("d2", "Dropout2d", {"p": 0.3}), shape=(3, 8, 8)), "d2", (3, 8, 8)),
    "BatchNorm2d": (image_line(("bn2", "BatchNorm2d"), shape=(3, 5, 7)), "bn2", (3, 5, 7)),
    "Conv2d": (
        # ⌊(28 + 2·1 − 2·(3 − 1) − 1) / 2⌋ + 1 = ⌊25 / 2⌋ + 1 = 13
        image_line(("conv", "Conv2d", {"filters": 4, "kernel": 3, "stride": 2, "padding": 1, "dilation": 2}),
                   shape=(1, 28, 28)),
        "conv",
        (4, 13, 13),
    ),
    "MaxPool2d": (image_line(("pool", "MaxPool2d"), shape=(2, 7, 7)), "pool", (2, 3, 3)),
    "AvgPool2d": (
        image_line(("pool", "AvgPool2d", {"kernel": 3, "stride": 2, "padding": 1}), shape=(1, 9, 8)),
        "pool",
        (1, 5, 4),
    ),
    "GlobalAvgPool": (
        line(("gap", "GlobalAvgPool"), ("fc", "Dense", {"units": 1}), shape=(6, 5, 5)), "gap", (6,),
    ),
    "ConvTranspose2d": (
        # (7 − 1)·2 − 2·1 + 3 + 1 = 14: the usual "double the size" decoder step
        image_line(("up", "ConvTranspose2d", {"filters": 1, "kernel": 3, "stride": 2, "padding": 1,
                                              "output_padding": 1}), shape=(2, 7, 7)),
        "up",
        (1, 14, 14),
    ),
    "Upsample": (image_line(("up", "Upsample", {"scale": 3}), shape=(2, 3, 4)), "up", (2, 9, 12)),
    "Flatten": (image_line(shape=(2, 3, 4)), "flat", (24,)),
    "Reshape": (
        image_line(("r", "Reshape", {"shape": [1, 28, 28]}), ("conv", "Conv2d"), shape=(784,)), "r", (1, 28, 28),
    ),
}

IMAGE_ERRORS = {
    "Dropout2d": (
        line(("d2", "Dropout2d"), ("fc", "Dense", {"units": 1}), shape=(8,)), None, "d2",
        ["Dropout2d 'd2'", "drops whole channels of an image but receives a flat vector of 8 values",
         "use Dropout instead"],
    ),
    "BatchNorm2d": (
        line(("bn2", "BatchNorm2d"), ("fc", "Dense", {"units": 1}), shape=(8,)), None, "bn2",
        ["BatchNorm2d 'bn2'", "normalises the channels of an image but receives a flat vector of 8 values",
         "use BatchNorm instead"],
    ),
    "Conv2d": (
        image_line(("conv", "Conv2d"), shape=(784,)), None, "conv",
        ["Conv2d 'conv'", "needs an image (channels×height×width) but receives a flat vector of 784 values",
         "put a Reshape before it, e.g. to [1, 28, 28]"],
    ),
    "MaxPool2d": (
        image_line(("pool", "MaxPool2d"), shape=(4, 1, 1)), None, "pool",
        ["MaxPool2d 'pool'", "the 2×2 kernel does not fit the 1×1 input",
         "use a smaller kernel, padding or fewer pooling layers"],
    ),
    "AvgPool2d": (
        image_line(("pool", "AvgPool2d", {"kernel": 3, "padding": 2})), None, "pool",
        ["AvgPool2d 'pool'", "padding 2 is more than half the 3×3 window", "set the padding to at most 1"],
    ),
    "GlobalAvgPool": (
        line(("gap", "GlobalAvgPool"), ("fc", "Dense", {"units": 1}), shape=(8,)), None, "gap",
        ["GlobalAvgPool 'gap'", "receives a flat vector of 8 values", "put a Reshape before it, e.g. to [1, 2, 4]"],
    ),
    "ConvTranspose2d": (
        image_line(("up", "ConvTranspose2d", {"stride": 2, "output_padding": 2})), None, "up",
        ["ConvTranspose2d 'up'", "output padding 2 must be smaller than the stride 2",
         "lower the output padding to 1 or less, or raise the stride"],
    ),
    "Upsample": (
        image_line(("up", "Upsample"), shape=(4, 4)), None, "up",
        ["Upsample 'up'", "needs an image (channels×height×width) but receives 4×4",
         "put a Reshape before it, e.g. to [1, 4, 4]"],
    ),
    "Flatten": (
        build([("x", "Input", {"shape": [1, 4, 4]}), ("flat", "Flatten"), ("fc", "Dense", {"units": 1}),
               ("out", "Output")], [("flat", "fc"), ("fc", "out")]),
        None, "flat",
        ["Flatten 'flat' has no input", "connect a layer's output to it"],
    ),
    "Reshape": (
        image_line(("r", "Reshape"), shape=(2,)), None, "r",
        ["Reshape 'r'", "cannot arrange 2 values as 1×28×28 = 784 values", "choose a shape with 2 values"],
    ),
}
