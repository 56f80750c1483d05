"""Speed of the app's training worker against a bare torch loop on the same model, data and batch.

Prints ``ratio=<worker steps/s / bare steps/s>`` (target ≥ 0.9): the worker is the real
``TrainingThread`` playing at full speed with every panel's probes requested (snapshots at their
normal rate), the GUI thread running its event loop and receiving the snapshots; the bare loop is
the same model, optimizer and batches stepped in a plain ``for`` loop, in the same process. Also
prints ``ratio_window=<x>`` (target ≥ 0.8): the real ``MainWindow`` training through its session with
every plot panel docked side by side and drawing (what a lecturer sees; the GUI thread competes
with the worker for the GIL).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_training.py``
Runs spiral-deep and cnn-digits (the filters, feature-map and classification panels drawing); pass preset
names to run others. Each figure is the median of three runs; bare and app runs alternate, so a busy
machine slows both alike.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import torch  # noqa: E402
from bench_trainer import BareLoop  # noqa: E402 (the sibling script: run from this folder or by path)
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground import resources_dir  # noqa: E402
from playground.engine.train import Trainer  # noqa: E402
from playground.graph import Project, read_project  # noqa: E402
from playground.ui.document import Document  # noqa: E402
from playground.ui.engine_warmup import engine_ready  # noqa: E402
from playground.ui.main_window import MainWindow  # noqa: E402
from playground.ui.panel_docks import design_traits  # noqa: E402
from playground.ui.plots import PANEL_CLASSES  # noqa: E402
from playground.ui.worker import TrainingThread  # noqa: E402

SECONDS = 4.0
REPEATS = 3


def bare_steps_per_second(trainer: Trainer, seconds: float) -> float:
    """Steps per second of the bare torch loop on the trainer's model, optimizer and data."""
    loop, steps = BareLoop(trainer), 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        loop.run(50)
        steps += 50
    return steps / (time.perf_counter() - start)


def run_loop(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def needed_probes(project: Project) -> list[str]:
    """The probes of every panel the design needs (what the window asks for with all of them shown)."""
    traits = design_traits(project)
    return sorted(set().union(*(cls.probes for cls in PANEL_CLASSES if cls.shows_for(traits))))


def worker_steps_per_second(project: Project, seconds: float) -> tuple[float, float]:
    """(steps/s, snapshots/s) of a TrainingThread playing with every needed panel's probes requested."""
    probes = needed_probes(project)
    thread = TrainingThread(project)
    seen: list[tuple[float, int]] = []

    def on_snapshot(snap: object) -> None:
        seen.append((time.perf_counter(), snap.step))  # type: ignore[attr-defined]

    thread.snapshot.connect(on_snapshot)
    thread.send("set_probes", probes)
    while not seen:
        run_loop(20)
    thread.send("play")
    run_loop(500)  # chunk size and snapshot rate settle
    mark = len(seen)
    run_loop(int(seconds * 1000))
    thread.stop()
    (t0, s0), (t1, s1) = seen[mark], seen[-1]
    return (s1 - s0) / (t1 - t0), (len(seen) - mark - 1) / (t1 - t0)


def open_window(path: Path, settings_dir: str) -> MainWindow:
    """The real window on ``path`` with every panel the design needs docked side by side (none behind a tab)."""
    settings = QSettings(str(Path(settings_dir) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(read_project(path)), settings)
    window.resize(2200, 1100)
    docks = window.panel_docks_shown.needed(design_traits(window.document.project))
    for dock in docks:
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock, Qt.Orientation.Horizontal)
    window.show()
    run_loop(200)  # docks report their visibility from the event loop
    while not engine_ready():
        run_loop(50)
    shown = window.session.visible_panels()
    assert all(dock.widget() in shown for dock in docks), "some panels are hidden"
    return window


def window_steps_per_second(window: MainWindow, seconds: float) -> float:
    """Steps/s of the window's own run (session, worker, all panels drawing), from a fresh reset."""
    session = window.session
    session.reset()
    while session.latest is None or session.latest.step != 0:
        run_loop(20)
    session.play()
    run_loop(500)
    t0, s0 = time.perf_counter(), session.latest.step
    run_loop(int(seconds * 1000))
    t1, s1 = time.perf_counter(), session.latest.step
    session.pause()
    return (s1 - s0) / (t1 - t0)


def measure(name: str) -> None:
    """Print the worker and window ratios for the preset ``name``."""
    torch.set_num_threads(1)  # as the worker does
    path = resources_dir() / "presets" / f"{name}.json"
    project = read_project(path)
    bare_rates, worker_rates, window_rates, window_bare, snap_rates = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        window = open_window(path, tmp)
        for _ in range(REPEATS):
            bare_rates.append(bare_steps_per_second(Trainer(project), SECONDS))
            rate, snaps = worker_steps_per_second(project, SECONDS)
            worker_rates.append(rate)
            snap_rates.append(snaps)
            window_bare.append(bare_steps_per_second(Trainer(project), SECONDS))
            window_rates.append(window_steps_per_second(window, SECONDS))
        window.session.shutdown()
        window.document.undo_stack.setClean()
        window.close()
    bare, worker, drawn = (statistics.median(r) for r in (bare_rates, worker_rates, window_rates))
    print(f"{name}: bare {bare:,.1f} steps/s, worker {worker:,.1f} steps/s "
          f"({statistics.median(snap_rates):.1f} snapshots/s with {', '.join(needed_probes(project))}), "
          f"window with its panels drawing {drawn:,.1f} steps/s")
    print("ratios per run: worker " + " ".join(f"{w / b:.2f}" for w, b in zip(worker_rates, bare_rates, strict=True))
          + ", window " + " ".join(f"{w / b:.2f}" for w, b in zip(window_rates, window_bare, strict=True)))
    print(f"{name} ratio_window={statistics.median(w / b for w, b in zip(window_rates, window_bare, strict=True)):.2f}")
    print(f"{name} ratio={statistics.median(w / b for w, b in zip(worker_rates, bare_rates, strict=True)):.2f}")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for name in sys.argv[1:] or ["spiral-deep", "cnn-digits"]:
        measure(name)
    del app


if __name__ == "__main__":
    main()
