"""Refuse, in words, a design too large to train on this computer before any memory is taken.

Without the check a huge design (sixty Dense layers of 4096 units, a wide convolution on large photos) asks the
allocator for tens of gigabytes: on Linux the system may grant it and then kill the whole app when the memory
is touched, taking the lecture with it. ``memory_problem`` estimates what training needs from the shape report
(parameters with their gradients and optimizer state, activations of a batch kept for the backward pass) and
compares it with the memory free on the device.
"""

from __future__ import annotations

import math
import os

import torch

from playground.graph import Project
from playground.graph.i18n import tr

BYTES_PER_PARAMETER = 16
"""float32 weight, its gradient and two optimizer moments (Adam, Nadam; the others keep less)."""
ACTIVATION_COPIES = 3
"""Each layer's batch output is kept for the backward pass, its gradient made there, and probes read it too."""
USABLE_SHARE = 0.8
"""Of the memory free now, what one run may plan to take (the GUI, the data and the plots need the rest)."""


def memory_needed(project: Project) -> int:
    """Bytes that training ``project`` needs, roughly: parameters with gradients and optimizer state, plus every
    layer's output for one batch; a comparison trains each of its variants (counted as large as the design)."""
    report = project.check()
    batch = int(project.training.get("batch_size", 32))
    values = sum(math.prod(d for d in shape if isinstance(d, int)) for shape in report.shapes.values())
    one = report.total_params * BYTES_PER_PARAMETER + values * batch * 4 * ACTIVATION_COPIES
    return one * (len(project.variants) or 1)


def free_memory(device: torch.device) -> int | None:
    """Bytes free for a run on ``device`` now; None when it cannot be told (then nothing is refused)."""
    if device.type == "cuda":
        try:
            free, _total = torch.cuda.mem_get_info(device)
        except (RuntimeError, AssertionError):
            return None
        return int(free)
    try:  # the CPU, and Apple's unified memory (MPS)
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):  # Windows has no sysconf
        return None


def gigabytes(n: int) -> str:
    """``n`` bytes as gigabytes with one decimal."""
    return f"{n / 1e9:.1f}"


def memory_problem(project: Project, device: torch.device) -> str | None:
    """Why ``project`` is too large to train on ``device`` here, in words; None when it fits (or is unknown)."""
    free = free_memory(device)
    if free is None:
        return None
    needed = memory_needed(project)
    if needed <= free * USABLE_SHARE:
        return None
    return tr(
        "this design needs about {needed} GB of memory to train, and {device} has {free} GB free: use fewer or "
        "smaller layers, a smaller batch or smaller images",
        needed=gigabytes(needed),
        device=device.type.upper(),
        free=gigabytes(free),
    )
