"""Small torch modules for registry kinds that torch.nn lacks (referenced as ``L.<name>``)."""

from __future__ import annotations

import torch
from torch import nn


class Heaviside(nn.Module):
    """Step function: 1 where x > 0, else 0. Its gradient is zero everywhere (why backprop needs smooth units)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (x > 0).to(x.dtype)


class Sign(nn.Module):
    """Sign function: -1, 0 or +1. Zero gradient, like the step."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sign(x)


class Add(nn.Module):
    """Element-wise sum of all inputs (skip / residual connections)."""

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        out = xs[0]
        for x in xs[1:]:
            out = out + x
        return out


class Concat(nn.Module):
    """Concatenation of all inputs along the first non-batch dimension."""

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        return torch.cat(xs, dim=1)


class GlobalAvgPool(nn.Module):
    """Mean of each channel over all pixel positions: (N, C, H, W) → (N, C)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.mean(dim=(2, 3))


class Reshape(nn.Module):
    """Gives each sample the shape ``shape`` (the batch dimension is kept)."""

    def __init__(self, shape: tuple[int, ...]) -> None:
        super().__init__()
        self.shape = tuple(shape)

    def extra_repr(self) -> str:
        return f"shape={self.shape}"

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.reshape(x.shape[0], *self.shape)
