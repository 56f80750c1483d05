"""Image layers in torch: the shape rules against torch on random settings, inits, code, values, gradients."""

from __future__ import annotations

import math
from typing import Any

import pytest
import torch
from engine_helpers import chain_graph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from image_cases import IMAGE_CASES

from playground.engine import modules
from playground.engine.build import GraphModule, module_source
from playground.graph import ShapeError, infer_shapes, kind
from playground.graph.params import defaults

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run_kind(kind_id: str, shape: tuple[int, ...], params: dict[str, Any]) -> tuple[int, ...] | None:
    """The real output shape of the kind's torch module on one sample of ``shape``.

    None if torch refuses, or returns an empty image (a transposed convolution can crop to 0×0
    without an error; the registry refuses that too, since nothing downstream could use it).
    """
    layer = kind(kind_id)
    source = layer.module_code([shape], {**defaults(layer.params), **params})
    module = eval(source, {"nn": torch.nn, "L": modules})  # noqa: S307 (our own registry's source)
    try:
        with torch.no_grad():
            out = tuple(module(torch.zeros(1, *shape)).shape[1:])
    except RuntimeError:
        return None
    return out if math.prod(out) > 0 else None


def inferred(kind_id: str, shape: tuple[int, ...], params: dict[str, Any]) -> tuple[int, ...] | None:
    layer = kind(kind_id)
    try:
        return tuple(layer.infer([shape], {**defaults(layer.params), **params}))
    except ShapeError:
        return None


# --- the shape rules agree with torch, refusals included ----------------------------------------

SIDE = st.integers(1, 12)
IMAGE = st.tuples(st.integers(1, 3), SIDE, SIDE)


@FAST
@given(
    image=IMAGE,
    kernel=st.integers(1, 6),
    stride=st.integers(1, 4),
    padding=st.integers(0, 4),
    dilation=st.integers(1, 3),
)
def test_conv2d_rule_matches_torch(image, kernel, stride, padding, dilation):
    params = {"filters": 2, "kernel": kernel, "stride": stride, "padding": padding, "dilation": dilation}
    assert inferred("Conv2d", image, params) == run_kind("Conv2d", image, params)


@FAST
@given(
    kind_id=st.sampled_from(["MaxPool2d", "AvgPool2d"]),
    image=IMAGE,
    kernel=st.integers(1, 6),
    stride=st.integers(1, 4),
    padding=st.integers(0, 4),
)
def test_pool_rules_match_torch(kind_id, image, kernel, stride, padding):
    params = {"kernel": kernel, "stride": stride, "padding": padding}
    assert inferred(kind_id, image, params) == run_kind(kind_id, image, params)


@FAST
@given(
    image=IMAGE,
    kernel=st.integers(1, 5),
    stride=st.integers(1, 4),
    padding=st.integers(0, 4),
    output_padding=st.integers(0, 3),
)
def test_conv_transpose_rule_matches_torch(image, kernel, stride, padding, output_padding):
    params = {"filters": 2, "kernel": kernel, "stride": stride, "padding": padding, "output_padding": output_padding}
    assert inferred("ConvTranspose2d", image, params) == run_kind("ConvTranspose2d", image, params)


@FAST
@given(image=IMAGE, scale=st.integers(1, 4), mode=st.sampled_from(["nearest", "bilinear"]))
def test_upsample_rule_matches_torch(image, scale, mode):
    params = {"scale": scale, "mode": mode}
    assert inferred("Upsample", image, params) == run_kind("Upsample", image, params)


def test_a_refused_setting_is_refused_by_torch_too():
    # The rules above compare refusals as well; these are the refusals a student meets first.
    assert run_kind("Conv2d", (1, 4, 4), {"kernel": 5}) is None
    assert run_kind("MaxPool2d", (1, 8, 8), {"kernel": 3, "padding": 2}) is None
    assert run_kind("ConvTranspose2d", (1, 4, 4), {"stride": 2, "output_padding": 2}) is None


# --- weight initialisation of the convolutions -----------------------------------------------------


def _conv_weights(kind_id: str, init: str, sigma: float = 0.1) -> torch.nn.Module:
    """A 16-channel image into a 32-filter 5×5 layer: 12,800 weights, enough for stable statistics."""
    layer = {"filters": 32, "kernel": 5, "stride": 1, "init": init, "sigma": sigma}
    graph, ids = chain_graph(
        [("Input", {"shape": [16, 6, 6]}), (kind_id, layer), ("Flatten", {}), ("Dense", {"units": 1}), ("Output", {})]
    )
    torch.manual_seed(0)
    return GraphModule(graph).layers[ids[1]]


def _fans(kind_id: str) -> tuple[int, int]:
    # torch reads weight dim 1 as "in" and dim 0 as "out": Conv2d (out, in, k, k) = (32, 16, 5, 5);
    # ConvTranspose2d stores (in, out, k, k) = (16, 32, 5, 5), so its fans swap.
    area = 25
    return (16 * area, 32 * area) if kind_id == "Conv2d" else (32 * area, 16 * area)


THEORY_STD = {
    "glorot_uniform": lambda fi, fo: math.sqrt(2 / (fi + fo)),
    "glorot_normal": lambda fi, fo: math.sqrt(2 / (fi + fo)),
    "he_uniform": lambda fi, fo: math.sqrt(2 / fi),
    "he_normal": lambda fi, fo: math.sqrt(2 / fi),
    "lecun_normal": lambda fi, fo: math.sqrt(1 / fi),
    "normal": lambda fi, fo: 0.3,
}


@pytest.mark.parametrize("kind_id", ["Conv2d", "ConvTranspose2d"])
@pytest.mark.parametrize("init", sorted(THEORY_STD))
def test_conv_weight_init_std_follows_theory(kind_id, init):
    layer = _conv_weights(kind_id, init, sigma=0.3)
    w = layer.weight.detach()
    expected = THEORY_STD[init](*_fans(kind_id))
    assert abs(float(w.std()) - expected) < 0.05 * expected, (float(w.std()), expected)
    assert abs(float(w.mean())) < 0.05 * expected
    assert torch.count_nonzero(layer.bias) == 0
    if "uniform" in init:
        assert float(w.abs().max()) <= expected * math.sqrt(3) * 1.001


@pytest.mark.parametrize("kind_id", ["Conv2d", "ConvTranspose2d"])
def test_zeros_init_and_the_he_default(kind_id):
    assert torch.count_nonzero(_conv_weights(kind_id, "zeros").weight) == 0
    default = kind(kind_id).param("init").default
    assert default == "he_uniform"
    w = _conv_weights(kind_id, default).weight.detach()
    bound = math.sqrt(6 / _fans(kind_id)[0])  # not torch's own default, a = √5, which is √3 times smaller
    assert 0.95 * bound < float(w.abs().max()) <= bound


# --- the constructor source, as exported code would run it -------------------------------------------


CASE_PARAMS = [pytest.param(kind_id, make, id=name) for kind_id, cases in IMAGE_CASES.items() for name, make in cases]


@pytest.mark.parametrize(("kind_id", "make"), CASE_PARAMS)
def test_constructor_source_runs_as_a_standalone_script(kind_id, make):
    graph, (node_id,) = make()
    report = infer_shapes(graph)
    source = module_source(graph, report, node_id)
    script = f"import torch.nn as nn\nimport playground.engine.modules as L\nlayer = {source}\n"
    scope: dict[str, Any] = {}
    exec(compile(script, "<exported>", "exec"), scope)  # noqa: S102 (our own registry's source)
    layer = scope["layer"]
    assert isinstance(layer, torch.nn.Module)
    assert repr(layer) == repr(GraphModule(graph).layers[node_id])
    params = graph.nodes[node_id].params
    if kind_id in ("Conv2d", "ConvTranspose2d", "MaxPool2d", "AvgPool2d"):
        k, s, p = (getattr(layer, a) for a in ("kernel_size", "stride", "padding"))
        # torch keeps pool settings as given and conv settings as pairs
        assert k in (params["kernel"], (params["kernel"],) * 2)
        assert s in (params["stride"], (params["stride"],) * 2)
        assert p in (params["padding"], (params["padding"],) * 2)
    if kind_id == "Conv2d":
        assert layer.dilation == (params["dilation"],) * 2
        assert (layer.bias is not None) == params["bias"]
    if kind_id == "ConvTranspose2d":
        assert layer.output_padding == (params["output_padding"],) * 2
    if kind_id == "Upsample":
        assert (layer.scale_factor, layer.mode) == (params["scale"], params["mode"])


# --- what the layers compute -------------------------------------------------------------------------


def test_global_average_pool_is_the_mean_of_each_channel():
    x = torch.randn(4, 3, 5, 6)
    torch.testing.assert_close(modules.GlobalAvgPool()(x), x.mean(dim=(2, 3)))
    assert modules.GlobalAvgPool()(x).shape == (4, 3)


def test_reshape_keeps_the_batch_and_the_order_of_the_values():
    x = torch.arange(2 * 12, dtype=torch.float32).reshape(2, 12)
    out = modules.Reshape((3, 2, 2))(x)
    assert out.shape == (2, 3, 2, 2)
    assert torch.equal(out[1, 0, 0], torch.tensor([12.0, 13.0]))
    assert torch.equal(torch.nn.Flatten()(out), x)  # Flatten undoes Reshape: the same row-major order
    assert "shape=(3, 2, 2)" in repr(modules.Reshape((3, 2, 2)))


def test_nearest_upsampling_copies_each_pixel_into_a_block():
    graph, (up,) = IMAGE_CASES["Upsample"][0][1]()
    x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]]).repeat(1, 2, 1, 2)  # 2×2×4
    out = GraphModule(graph).layers[up](x)
    assert torch.equal(out[0, 0, :2, :2], torch.ones(2, 2))
    assert torch.equal(out[0, 0, 2:4, 2:4], torch.full((2, 2), 4.0))


def test_dropout2d_drops_whole_channels_in_training_only():
    graph, (drop,) = IMAGE_CASES["Dropout2d"][0][1]()
    layer = GraphModule(graph).layers[drop]
    layer.train()
    torch.manual_seed(0)
    out = layer(torch.ones(64, 3, 4, 4))
    per_channel = out.flatten(2)
    dropped = (per_channel == 0).all(dim=2)
    kept = torch.isclose(per_channel, torch.tensor(1 / 0.6)).all(dim=2)
    assert bool((dropped | kept).all())  # each channel is dropped entirely or kept (and scaled) entirely
    assert 0.25 < float(dropped.float().mean()) < 0.55  # p = 0.4
    layer.eval()
    assert torch.equal(layer(torch.ones(2, 3, 4, 4)), torch.ones(2, 3, 4, 4))


def test_batchnorm2d_normalises_each_channel_over_batch_and_pixels():
    graph, (bn,) = IMAGE_CASES["BatchNorm2d"][0][1]()
    layer = GraphModule(graph).layers[bn]
    layer.train()
    x = torch.randn(16, 4, 5, 4) * torch.tensor([1.0, 3.0, 0.5, 10.0]).view(1, 4, 1, 1) + 7
    out = layer(x)
    torch.testing.assert_close(out.mean(dim=(0, 2, 3)), torch.zeros(4), atol=1e-5, rtol=0)
    var = x.var(dim=(0, 2, 3), unbiased=False)
    expected = var / (var + 1e-3)  # the case's eps keeps the variance a little under 1
    torch.testing.assert_close(out.var(dim=(0, 2, 3), unbiased=False), expected, atol=1e-4, rtol=0)


def test_a_convolutional_autoencoder_learns_and_every_weight_gets_a_gradient():
    graph, ids = chain_graph(
        [
            ("Input", {"shape": [1, 8, 8]}),
            ("Conv2d", {"filters": 4, "kernel": 3, "stride": 2, "padding": 1}),
            ("BatchNorm2d", {}),
            ("Activation", {"function": "relu"}),
            ("Dropout2d", {"p": 0.1}),
            ("MaxPool2d", {}),
            ("Flatten", {}),
            ("Dense", {"units": 3}),
            ("Latent", {}),
            ("Dense", {"units": 16}),
            ("Reshape", {"shape": [4, 2, 2]}),
            ("Upsample", {}),
            ("ConvTranspose2d", {"filters": 2, "kernel": 3, "stride": 2, "padding": 1, "output_padding": 1}),
            ("AvgPool2d", {"kernel": 1, "stride": 1}),
            ("Conv2d", {"filters": 1, "kernel": 3, "padding": 1}),
            ("Output", {"task": "reconstruction"}),
        ]
    )
    torch.manual_seed(0)
    model = GraphModule(graph)
    x = torch.rand(32, 1, 8, 8)
    model.train()
    model(x).pow(2).mean().backward()
    for name, p in model.named_parameters():
        assert p.grad is not None and torch.count_nonzero(p.grad) > 0, name
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    losses = []
    for _ in range(25):
        optimizer.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), x)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    assert losses[-1] < 0.5 * losses[0]
