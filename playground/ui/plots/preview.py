"""Run one panel on its own with a preset training live.

``python -m playground.ui.plots.preview gradients --preset vanishing-sigmoid`` opens the panel and
trains in the GUI thread between frames (fine for the small presets; the app trains in its worker
thread instead). ``--png out.png --steps N`` trains N steps, saves one frame and exits.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PRESETS = Path(__file__).resolve().parents[3] / "resources" / "presets"
DEFAULTS = {  # panel → (preset, steps) that shows it at its best
    "boundary": ("xor-mlp", 500),
    "loss": ("spiral-deep", 1500),
    "gradients": ("vanishing-sigmoid", 10),
    "activations": ("spiral-deep", 1500),
    "neurons": ("spiral-deep", 1500),
}


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, build the panel and either run it live or save one frame."""
    parser = argparse.ArgumentParser(description="Preview one live training panel")
    parser.add_argument("panel", choices=sorted(DEFAULTS), help="which panel")
    parser.add_argument("--preset", help="preset name in resources/presets")
    parser.add_argument("--steps", type=int, help="training steps before the saved frame (--png), or per second")
    parser.add_argument("--png", help="save one frame to this PNG and exit")
    parser.add_argument("--size", default="560x440", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    preset, steps = DEFAULTS[args.panel]
    preset, steps = args.preset or preset, args.steps if args.steps is not None else steps

    import torch
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from playground.engine.train import make_trainer
    from playground.graph import read_project
    from playground.ui import plots

    torch.set_num_threads(1)
    app = QApplication.instance() or QApplication(sys.argv)
    trainer = make_trainer(read_project(PRESETS / f"{preset}.json"))
    panel_class = next(c for c in plots.PANEL_CLASSES if c.__module__.endswith("." + args.panel))
    panel = panel_class()
    panel.resize(*(int(v) for v in args.size.split("x")))
    panel.set_dataset(trainer.dataset)
    if args.png:
        # Several snapshots along the way, so histories and ring buffers have something to show.
        done = 0
        for end in sorted({round(steps * i / 20) for i in range(1, 21)}):
            if end > done:
                trainer.step(end - done)
                done = end
            panel.show_snapshot(trainer.snapshot(panel.probes))
        panel.show()
        app.processEvents()
        return 0 if panel.grab().save(args.png) else 1

    def tick() -> None:
        trainer.step(max(steps // 30, 1))
        panel.show_snapshot(trainer.snapshot(panel.probes))

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(33)
    panel.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
