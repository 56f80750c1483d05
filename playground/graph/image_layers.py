"""The image layer kinds of the registry: convolutions, pooling, upsampling, shape changes, 2-D regularisers.

They work on images of shape C×H×W (channels, height, width; the batch is left out). Each entry is
assembled into ``KINDS`` by ``playground.graph.layers``; the shape rules below follow torch's
formulas exactly, and the oracle tests check them against the real modules.
"""

from __future__ import annotations

import math
from typing import Any

from playground.graph.i18n import N_, tr
from playground.graph.layer_kind import (
    FROZEN,
    FROZEN_NORM,
    LayerKind,
    Shape,
    ShapeError,
    fmt_shape,
    image_input,
    image_shape_for,
    init_params,
    norm_params,
    one_input,
)
from playground.graph.params import ParamSpec

# --- parameters shared by several kinds --------------------------------------------------------


def _kernel(default: int, what: str) -> ParamSpec:
    return ParamSpec("kernel", "int", default, f"Side of the square {what}, in pixels.", min=1, max=31, key=True)


def _stride(default: int, what: str) -> ParamSpec:
    return ParamSpec("stride", "int", default, f"How many pixels the {what} moves per step.", min=1, max=16)


_FILTERS = ParamSpec(
    "filters",
    "int",
    8,
    "Number of filters = number of output channels (feature maps).",
    min=1,
    max=1024,
    key=True,
)
_BIAS = ParamSpec("bias", "bool", True, "Add a learnable bias to each output channel.")
_CONV_PADDING = ParamSpec(
    "padding",
    "int",
    0,
    "Rows and columns of zeros added around the image. With stride 1, padding (kernel − 1) / 2 keeps the size.",
    min=0,
    max=31,
)
_POOL_PADDING = ParamSpec(
    "padding", "int", 0, "Pixels added around the image before pooling (at most half the window).", min=0, max=15
)


# --- shape rules -----------------------------------------------------------------------------


def _sides(height: int, width: int) -> str:
    return fmt_shape((height, width))


def _window_out(size: int, k: int, s: int, p: int, d: int) -> int:
    """torch's output size of a sliding window: ⌊(size + 2p − d(k−1) − 1) / s⌋ + 1."""
    return (size + 2 * p - d * (k - 1) - 1) // s + 1


def _infer_window(shapes: list[Shape], k: int, s: int, p: int, d: int, channels: int | None) -> Shape:
    """Output of a convolution or pooling window over a C×H×W input (``channels`` None: keep C)."""
    c, h, w = image_input(shapes)
    out_h, out_w = _window_out(h, k, s, p, d), _window_out(w, k, s, p, d)
    if out_h <= 0 or out_w <= 0:
        span = d * (k - 1) + 1  # the pixels a dilated kernel covers
        kernel = (
            tr("{k}×{k} kernel", k=k) if d == 1 else tr("{k}×{k} kernel (dilated to {span}×{span})", k=k, span=span)
        )
        image = (
            tr("{sides} input", sides=_sides(h, w))
            if p == 0
            else tr("{sides} input (padded to {padded})", sides=_sides(h, w), padded=_sides(h + 2 * p, w + 2 * p))
        )
        raise ShapeError(
            tr(
                "the {kernel} does not fit the {image}: use a smaller kernel, padding or fewer pooling layers",
                kernel=kernel,
                image=image,
            )
        )
    return (c if channels is None else channels, out_h, out_w)


def _infer_conv(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    return _infer_window(shapes, p["kernel"], p["stride"], p["padding"], p["dilation"], p["filters"])


def _infer_pool(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    k, pad = p["kernel"], p["padding"]
    if 2 * pad > k:  # torch refuses it: the window would see only padding at the edges
        too_much = N_("padding {pad} is more than half the {k}×{k} window: set the padding to at most {most}")
        raise ShapeError(tr(too_much, pad=pad, k=k, most=k // 2))
    return _infer_window(shapes, k, p["stride"], pad, 1, None)


def _infer_conv_transpose(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    c, h, w = image_input(shapes)
    k, s, pad, extra = p["kernel"], p["stride"], p["padding"], p["output_padding"]
    if extra >= s:  # torch refuses it: the extra rows would lie beyond what any input pixel reaches
        raise ShapeError(
            tr(
                "output padding {extra} must be smaller than the stride {stride}: "
                "lower the output padding to {most} or less, or raise the stride",
                extra=extra,
                stride=s,
                most=s - 1,
            )
        )
    out_h, out_w = ((size - 1) * s - 2 * pad + (k - 1) + extra + 1 for size in (h, w))
    if out_h <= 0 or out_w <= 0:
        full = _sides(out_h + 2 * pad, out_w + 2 * pad)
        raise ShapeError(
            tr(
                "padding {pad} on each border crops away the whole {full} output: use less padding or a larger kernel",
                pad=pad,
                full=full,
            )
        )
    return (p["filters"], out_h, out_w)


def _infer_upsample(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    c, h, w = image_input(shapes)
    return (c, h * p["scale"], w * p["scale"])


def _infer_flatten(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    # A flat vector passes through (torch's Flatten does the same): a Flatten left over after
    # switching from images to points should not break the design.
    return (math.prod(one_input(shapes)),)


def _infer_reshape(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    shape = one_input(shapes)
    values, target = math.prod(shape), tuple(p["shape"])
    if math.prod(target) != values:
        # Suggest a shape of the rank the student typed: an image for C×H×W, else the flat vector.
        suggestion = image_shape_for(values) if len(target) == 3 else [values]
        asked = fmt_shape(target) + (f" = {math.prod(target)}" if len(target) > 1 else "")
        raise ShapeError(
            tr(
                "cannot arrange {values} values as {asked} values: "
                "choose a shape with {values} values, e.g. {suggestion}",
                values=values,
                asked=asked,
                suggestion=suggestion,
            )
        )
    return target


def _channels_2d(shapes: list[Shape], flat_message: str) -> int:
    """Channels of the image input of a per-channel layer; a flat input gets ``flat_message`` (an N_ text with {n})."""
    shape = one_input(shapes)
    if len(shape) == 1:
        raise ShapeError(tr(flat_message, n=shape[0]))
    return image_input(shapes)[0]


def _infer_dropout_2d(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    _channels_2d(
        shapes,
        N_("drops whole channels of an image but receives a flat vector of {n} values: use Dropout instead"),
    )
    return shapes[0]


def _infer_batchnorm_2d(shapes: list[Shape], p: dict[str, Any]) -> Shape:
    _channels_2d(
        shapes,
        N_("normalises the channels of an image but receives a flat vector of {n} values: use BatchNorm instead"),
    )
    return shapes[0]


# --- parameter counts and torch constructors --------------------------------------------------


def _count_conv(shapes: list[Shape], p: dict[str, Any]) -> int:
    # Conv2d weight: filters × C × k × k; ConvTranspose2d: C × filters × k × k — the same count.
    c = image_input(shapes)[0]
    return c * p["filters"] * p["kernel"] ** 2 + (p["filters"] if p["bias"] else 0)


def _conv_code(shapes: list[Shape], p: dict[str, Any]) -> str:
    c = image_input(shapes)[0]
    return (
        f"nn.Conv2d({c}, {p['filters']}, kernel_size={p['kernel']}, stride={p['stride']}, "
        f"padding={p['padding']}, dilation={p['dilation']}, bias={p['bias']})"
    )


def _conv_transpose_code(shapes: list[Shape], p: dict[str, Any]) -> str:
    c = image_input(shapes)[0]
    return (
        f"nn.ConvTranspose2d({c}, {p['filters']}, kernel_size={p['kernel']}, stride={p['stride']}, "
        f"padding={p['padding']}, output_padding={p['output_padding']}, bias={p['bias']})"
    )


def _pool_code(torch_name: str) -> Any:
    def code(shapes: list[Shape], p: dict[str, Any]) -> str:
        return f"nn.{torch_name}(kernel_size={p['kernel']}, stride={p['stride']}, padding={p['padding']})"

    return code


def _upsample_code(shapes: list[Shape], p: dict[str, Any]) -> str:
    # align_corners stated for bilinear: the explicit form is what torch's docs recommend.
    corners = ", align_corners=False" if p["mode"] == "bilinear" else ""
    return f"nn.Upsample(scale_factor={p['scale']}, mode={p['mode']!r}{corners})"


UPSAMPLE_MODES = {"nearest": "Nearest (copy each pixel)", "bilinear": "Bilinear (smooth blend)"}


# --- the kinds ---------------------------------------------------------------------------------

REGULARIZATION_2D: tuple[LayerKind, ...] = (
    LayerKind(
        id="Dropout2d",
        category="Regularization",
        help="Dropout for images: during training, zeroes whole channels (feature maps) with probability p and "
        "scales the rest. Neighbouring pixels are alike, so dropping single pixels would hide little.",
        params=(ParamSpec("p", "float", 0.2, "Probability of dropping a channel.", min=0.0, max=0.95, key=True),),
        infer=_infer_dropout_2d,
        module_code=lambda shapes, p: f"nn.Dropout2d(p={p['p']!r})",
        name_prefix="dropout2d",
    ),
    LayerKind(
        id="BatchNorm2d",
        category="Regularization",
        help="Batch normalisation for images: normalises each channel over the batch and all pixel positions to "
        "mean 0 and variance 1, then scales and shifts it (one γ and one β per channel).",
        params=(*norm_params(), FROZEN_NORM),
        infer=_infer_batchnorm_2d,
        module_code=lambda shapes, p: (
            f"nn.BatchNorm2d({image_input(shapes)[0]}, eps={p['eps']!r}, momentum={p['momentum']!r})"
        ),
        count_params=lambda shapes, p: 2 * image_input(shapes)[0],
        name_prefix="bn2d",
    ),
)

CONVOLUTION: tuple[LayerKind, ...] = (
    LayerKind(
        id="Conv2d",
        category="Convolution",
        help="Slides small learnable filters over the image; each filter looks for one pattern everywhere and "
        "makes one feature map. Output side: ⌊(H + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1.",
        params=(
            _FILTERS,
            _kernel(3, "filter"),
            _stride(1, "filter"),
            _CONV_PADDING,
            ParamSpec(
                "dilation",
                "int",
                1,
                "Gaps between the filter's taps: 2 spreads a 3×3 filter over 5×5 pixels without more weights.",
                min=1,
                max=8,
            ),
            _BIAS,
            *init_params("he_uniform"),
            FROZEN,
        ),
        infer=_infer_conv,
        module_code=_conv_code,
        count_params=_count_conv,
        name_prefix="conv",
    ),
    LayerKind(
        id="MaxPool2d",
        category="Convolution",
        help="Keeps the largest value of each window: the image gets smaller and a small shift of a pattern "
        "barely changes the result. Learns nothing.",
        params=(_kernel(2, "window"), _stride(2, "window"), _POOL_PADDING),
        infer=_infer_pool,
        module_code=_pool_code("MaxPool2d"),
        name_prefix="maxpool",
    ),
    LayerKind(
        id="AvgPool2d",
        category="Convolution",
        help="Replaces each window by its average: a smaller, smoother image. Learns nothing.",
        params=(_kernel(2, "window"), _stride(2, "window"), _POOL_PADDING),
        infer=_infer_pool,
        module_code=_pool_code("AvgPool2d"),
        name_prefix="avgpool",
    ),
    LayerKind(
        id="GlobalAvgPool",
        category="Convolution",
        help="Averages each channel over the whole image: C×H×W becomes C numbers, one per filter. "
        "A light replacement for Flatten + Dense at the end of a convolutional network.",
        params=(),
        infer=lambda shapes, p: (image_input(shapes)[0],),
        module_code=lambda shapes, p: "L.GlobalAvgPool()",
        name_prefix="gap",
    ),
    LayerKind(
        id="ConvTranspose2d",
        category="Convolution",
        help="The reverse of a strided convolution: spreads each pixel over a kernel-sized patch, so a decoder can "
        "grow a small code back into an image. Output side: (H − 1)·stride − 2·padding + kernel + output padding.",
        params=(
            _FILTERS,
            _kernel(3, "kernel"),
            _stride(2, "kernel"),
            ParamSpec("padding", "int", 0, "Rows and columns cropped from each border of the output.", min=0, max=31),
            ParamSpec(
                "output_padding",
                "int",
                0,
                "Extra rows and columns added on one side of the output, to hit an exact size (less than the stride).",
                min=0,
                max=15,
            ),
            _BIAS,
            *init_params("he_uniform"),
            FROZEN,
        ),
        infer=_infer_conv_transpose,
        module_code=_conv_transpose_code,
        count_params=_count_conv,
        name_prefix="deconv",
    ),
    LayerKind(
        id="Upsample",
        category="Convolution",
        help="Makes the image larger by a whole factor, copying or blending pixels. Learns nothing; put a Conv2d "
        "after it to refine the result (a common decoder step).",
        params=(
            ParamSpec("scale", "int", 2, "Each side grows by this factor.", min=1, max=8, key=True),
            ParamSpec(
                "mode",
                "choice",
                "nearest",
                "How the new pixels are filled.",
                choices=tuple(UPSAMPLE_MODES),
                choice_labels=UPSAMPLE_MODES,
            ),
        ),
        infer=_infer_upsample,
        module_code=_upsample_code,
        name_prefix="upsample",
    ),
)

SHAPE: tuple[LayerKind, ...] = (
    LayerKind(
        id="Flatten",
        category="Shape",
        help="Lays an image (channels×height×width) out as one flat vector of C·H·W values, so Dense layers can "
        "take it. A flat vector passes through unchanged.",
        params=(),
        infer=_infer_flatten,
        module_code=lambda shapes, p: "nn.Flatten()",
        name_prefix="flatten",
    ),
    LayerKind(
        id="Reshape",
        category="Shape",
        help="Arranges the same values in a new shape, e.g. a flat vector of 784 values as a 1×28×28 image "
        "for convolutions. The new shape must hold exactly as many values.",
        params=(
            ParamSpec(
                "shape",
                "shape",
                [1, 28, 28],
                "New shape of one sample without the batch, e.g. [1, 28, 28] (channels, height, width) or [64].",
                key=True,
            ),
        ),
        infer=_infer_reshape,
        module_code=lambda shapes, p: f"L.Reshape({tuple(p['shape'])!r})",
        name_prefix="reshape",
    ),
)

IMAGE_KINDS: tuple[LayerKind, ...] = REGULARIZATION_2D + CONVOLUTION + SHAPE
