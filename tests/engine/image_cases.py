"""Oracle cases for the image layer kinds (and Latent), merged into test_engine_build.py's CASES.

Each case is a small valid design built with the editor's commands and the ids of the nodes it
is about; the oracle test runs it through torch and compares every node's real output shape and
parameter count with shape inference. Strided, padded and dilated windows and odd image sides are
where hand-written formulas usually go wrong, so they get cases of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine_helpers import chain_graph

from playground.graph import Graph

Case = Callable[[], tuple[Graph, list[str]]]


def image_case(shape: list[int], *layers: tuple[str, dict[str, Any]]) -> Case:
    """Input(shape) → layers… → Flatten → Dense(1) → Output; the case is about the last of ``layers``."""

    def case() -> tuple[Graph, list[str]]:
        graph, ids = chain_graph(
            [("Input", {"shape": shape}), *layers, ("Flatten", {}), ("Dense", {"units": 1}), ("Output", {})]
        )
        return graph, [ids[len(layers)]]

    return case


def _flatten_case(shape: list[int]) -> Case:
    def case() -> tuple[Graph, list[str]]:
        graph, ids = chain_graph(
            [("Input", {"shape": shape}), ("Flatten", {}), ("Dense", {"units": 1}), ("Output", {})]
        )
        return graph, [ids[1]]

    return case


def _latent_case() -> tuple[Graph, list[str]]:
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [6]}),
            ("Dense", {"units": 2}),
            ("Activation", {"function": "sigmoid"}),
            ("Latent", {"sparsity": 0.1}),
            ("Dense", {"units": 6}),
            ("Output", {"task": "reconstruction"}),
        ]
    )
    return graph, [ids[3]]


def _global_pool_case() -> tuple[Graph, list[str]]:
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [3, 7, 5]}),
            ("Conv2d", {"filters": 4}),
            ("GlobalAvgPool", {}),
            ("Dense", {"units": 3}),
            ("Output", {"task": "multiclass"}),
        ]
    )
    return graph, [ids[2]]


CONV = "Conv2d"
DECONV = "ConvTranspose2d"

IMAGE_CASES: dict[str, list[tuple[str, Case]]] = {
    "Conv2d": [
        ("conv-plain", image_case([1, 8, 8], (CONV, {"filters": 4}))),
        ("conv-rgb-no-bias", image_case([3, 9, 7], (CONV, {"filters": 5, "kernel": 2, "bias": False}))),
        (
            "conv-strided-padded",
            image_case([2, 11, 10], (CONV, {"filters": 3, "kernel": 3, "stride": 2, "padding": 2})),
        ),
        ("conv-dilated", image_case([1, 13, 9], (CONV, {"filters": 2, "kernel": 3, "dilation": 3}))),
        (
            "conv-all",
            image_case([2, 15, 12], (CONV, {"filters": 3, "kernel": 4, "stride": 3, "padding": 1, "dilation": 2})),
        ),
        ("conv-1x1", image_case([6, 3, 3], (CONV, {"filters": 2, "kernel": 1}))),
    ],
    "MaxPool2d": [
        ("maxpool-odd", image_case([2, 7, 9], ("MaxPool2d", {}))),
        ("maxpool-overlap-padded", image_case([1, 9, 8], ("MaxPool2d", {"kernel": 3, "stride": 2, "padding": 1}))),
        ("maxpool-stride-1", image_case([1, 5, 5], ("MaxPool2d", {"kernel": 3, "stride": 1}))),
    ],
    "AvgPool2d": [
        ("avgpool-odd", image_case([3, 5, 7], ("AvgPool2d", {}))),
        ("avgpool-padded", image_case([1, 10, 11], ("AvgPool2d", {"kernel": 3, "stride": 3, "padding": 1}))),
    ],
    "GlobalAvgPool": [("global-avg-pool", _global_pool_case)],
    "ConvTranspose2d": [
        (
            "deconv-double",
            image_case(
                [4, 7, 7], (DECONV, {"filters": 2, "kernel": 3, "stride": 2, "padding": 1, "output_padding": 1})
            ),
        ),
        (
            "deconv-k4-s2-no-bias",
            image_case([2, 5, 3], (DECONV, {"filters": 3, "kernel": 4, "padding": 1, "bias": False})),
        ),
        ("deconv-stride-1", image_case([1, 4, 6], (DECONV, {"filters": 1, "kernel": 3, "stride": 1}))),
        (
            "deconv-op2",
            image_case(
                [1, 3, 2], (DECONV, {"filters": 2, "kernel": 4, "stride": 3, "padding": 1, "output_padding": 2})
            ),
        ),
    ],
    "Upsample": [
        ("upsample-nearest", image_case([2, 3, 4], ("Upsample", {}))),
        ("upsample-bilinear-3", image_case([1, 5, 3], ("Upsample", {"scale": 3, "mode": "bilinear"}))),
    ],
    "Flatten": [("flatten-image", _flatten_case([3, 4, 5])), ("flatten-flat", _flatten_case([7]))],
    "Reshape": [
        ("reshape-flat-to-image", image_case([64], ("Reshape", {"shape": [1, 8, 8]}))),
        ("reshape-image-to-image", image_case([2, 4, 6], ("Reshape", {"shape": [3, 4, 4]}))),
        ("reshape-image-to-flat", image_case([2, 3, 3], ("Reshape", {"shape": [18]}))),
    ],
    "BatchNorm2d": [("batchnorm2d", image_case([3, 5, 4], (CONV, {"filters": 4}), ("BatchNorm2d", {"eps": 1e-3})))],
    "Dropout2d": [("dropout2d", image_case([3, 4, 4], ("Dropout2d", {"p": 0.4})))],
    "Latent": [("latent", _latent_case)],
}
