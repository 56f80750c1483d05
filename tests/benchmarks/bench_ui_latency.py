"""How late a 10 ms timer in the GUI thread fires while the window trains at full speed, all panels visible.

Prints ``p50_ms=… p99_ms=…`` (target p99 ≤ 30 ms): the lateness of each timeout after the
previous one, beyond the 10 ms asked for, measured once training has run for a second (every
panel has drawn its first, more expensive, frames). The window is the real ``MainWindow`` with every plot
panel docked side by side (none hidden behind a tab), training the spiral-deep preset through
its ``TrainingSession`` and worker thread. Also prints the share of the GUI thread's time spent
in panel redraws.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui_latency.py``
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground import resources_dir  # noqa: E402
from playground.graph import read_project  # noqa: E402
from playground.ui.document import Document  # noqa: E402
from playground.ui.engine_warmup import engine_ready  # noqa: E402
from playground.ui.main_window import MainWindow  # noqa: E402

SECONDS = 6.0
INTERVAL_MS = 10


def run_loop(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Document(read_project(resources_dir() / "presets" / "spiral-deep.json")), settings)
        window.resize(2200, 1100)
        for dock in window.panel_docks:  # every panel visible: none waits behind a tab
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock, Qt.Orientation.Horizontal)
        window.show()
        session = window.session
        run_loop(200)  # docks report their visibility from the event loop
        while not engine_ready():
            run_loop(50)
        shown = session.visible_panels()
        assert all(dock.widget() in shown for dock in window.panel_docks), "some panels are hidden"

        draw_time = [0.0]
        for panel in session.panels():  # the session calls show_snapshot, then repaint (the paint itself)
            for name in ("show_snapshot", "repaint"):
                if not hasattr(panel, name):
                    continue
                original = getattr(panel, name)

                def timed(*args: object, original: object = original) -> None:
                    start = time.perf_counter()
                    original(*args)  # type: ignore[operator]
                    draw_time[0] += time.perf_counter() - start

                setattr(panel, name, timed)

        session.play()
        while session.latest is None or session.latest.step < 200:
            run_loop(20)
        run_loop(1000)  # steady state: every panel has drawn (and laid out) its first frames
        late: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            late.append((now - last[0]) * 1000 - INTERVAL_MS)
            last[0] = now

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(tick)
        draw_time[0] = 0.0
        steps_before = session.latest.step
        start = time.perf_counter()
        timer.start(INTERVAL_MS)
        run_loop(int(SECONDS * 1000))
        timer.stop()
        elapsed = time.perf_counter() - start
        steps = session.latest.step - steps_before
        session.shutdown()
        window.document.undo_stack.setClean()
        window.close()
    values = np.maximum(np.asarray(late), 0.0)
    print(f"{len(values)} ticks, {steps / elapsed:,.0f} steps/s, panels drew {draw_time[0] / elapsed:.0%} "
          f"of the GUI thread's time")
    print(f"p50_ms={np.percentile(values, 50):.1f} p99_ms={np.percentile(values, 99):.1f}")
    del app


if __name__ == "__main__":
    main()
