"""The random state of one training run, kept apart from torch's global one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import torch


class RunRng:
    """torch's global CPU random state as one run left it, swapped in around the run's own draws.

    Weight init, dropout masks and noise draw from torch's global generator; a run that swaps its own
    state in and out gives the same numbers for the same seed even when other runs step in between.
    """

    def __init__(self, seed: int) -> None:
        outer = torch.get_rng_state()
        torch.manual_seed(seed)
        self._state = torch.get_rng_state()
        torch.set_rng_state(outer)

    @contextmanager
    def active(self) -> Iterator[None]:
        """Draw from this run's state inside the block; the caller's state is back afterwards."""
        outer = torch.get_rng_state()
        torch.set_rng_state(self._state)
        try:
            yield
        finally:
            self._state = torch.get_rng_state()
            torch.set_rng_state(outer)
