"""Make ``digits-conv.safetensors``: the convolution layers of the transfer-learning preset, pretrained on digits 0–4.

Run from the repository root: ``.venv/bin/python resources/pretrained/make_digits_conv.py`` (deterministic:
one CPU thread, fixed seeds; about a minute on a laptop's core). It trains the preset's own design
(``resources/presets/transfer-learning.json``) on all training images of the digits 0–4 of the bundled MNIST 5k,
with nothing frozen and a random start, then writes the two Conv2d layers' weights keyed ``<node id>.<parameter>``
(``n2.weight``, ``n2.bias``, ``n5.weight``, ``n5.bias``): what ``init_from`` loads. The Dense head is not kept:
the lesson teaches a new one the digits 5–9.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import torch
from safetensors.torch import save_file

HERE = Path(__file__).resolve().parent
PRESET = HERE.parent / "presets" / "transfer-learning.json"
OUT = HERE / "digits-conv.safetensors"
CONV_LAYERS = ("n2", "n5")
STEPS = 2000
"""Update steps of 64 images: about 64 passes over the 2000 training images of the digits 0–4 (each shifted by up
to 2 pixels, so the filters learn strokes wherever they are; 800 plain steps transferred about 2 points worse)."""


def pretrain_project():
    """The preset's design set up for pretraining: digits 0–4, every training image, random start, nothing frozen."""
    from playground.graph import read_project

    project = read_project(PRESET)
    pre = copy.deepcopy(project)
    pre.variants = []
    pre.lesson = {}
    pre.data.update({"digits": "0-4", "train_per_class": 0})
    pre.training.update({"init_from": "", "early_stop": 0, "batch_size": 64, "lr": 0.003, "augment_shift": 2})
    for node in pre.graph.nodes.values():
        if "frozen" in node.params:
            node.params["frozen"] = False
    return pre


def main() -> int:
    from playground.engine.train import Trainer

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    trainer = Trainer(pretrain_project())
    for _ in range(STEPS // 250):
        trainer.step(250)
        metrics = trainer.record()
        print(f"step {trainer.step_count}: test accuracy on 0–4 {metrics['test_accuracy']:.3f}")
    tensors = {
        f"{nid}.{name}": value.detach().cpu().contiguous()
        for nid in CONV_LAYERS
        for name, value in trainer.model.layers[nid].state_dict().items()
    }
    save_file(
        tensors,
        str(OUT),
        metadata={"source": "MNIST 5k digits 0-4", "made_by": "resources/pretrained/make_digits_conv.py"},
    )
    print(f"wrote {OUT.name}: {', '.join(tensors)} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
