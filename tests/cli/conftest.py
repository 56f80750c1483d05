"""CLI tests run torch single-threaded: small nets are fastest that way on few cores."""

import torch

torch.set_num_threads(1)
