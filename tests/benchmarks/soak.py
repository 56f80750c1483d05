"""Soak run: does a long training session in the real window leak memory or get slower to respond?

Opens the real ``MainWindow`` on the cnn-digits preset at 1600×1000 with every plot panel the design
shows docked side by side (none behind a tab), presses Play through the window's own training action
and trains for ``--minutes`` (default 10). Meanwhile it samples the process RSS once a second and the
lateness of a 10 ms timer in the GUI thread. The first ``--warmup`` seconds (default 60 s, or 10 % of
the run if that is shorter) are not measured: caches, the first frames and the allocator settle.

Prints a progress line every minute, then RSS after the warm-up and at the end, the GUI latency
p50/p99 over the first and the last fifth of the measured period, steps trained and steps/s, and
``rss_growth_pct=<x>`` (median RSS of the last fifth against the first; target < 5) and
``p99_ratio=<last/first>`` (target about 1). Ctrl+C stops early and prints the figures so far.

Run: ``.venv/bin/python tests/benchmarks/soak.py --minutes 10``
(offscreen unless a DISPLAY exists; ``--minutes 3 --warmup 30`` for a quick look).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground import resources_dir  # noqa: E402
from playground.graph import read_project  # noqa: E402
from playground.ui.document import Document  # noqa: E402
from playground.ui.engine_warmup import engine_ready  # noqa: E402
from playground.ui.main_window import MainWindow  # noqa: E402
from playground.ui.panel_docks import design_traits  # noqa: E402
from playground.ui.screenshot import settle, wait_ms  # noqa: E402

INTERVAL_MS = 10
START_TIMEOUT_S = 120  # engine import and the first snapshot; a soak must never hang


def rss_mb() -> float:
    """Resident set size of this process in MiB (from /proc: no extra dependency)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def open_window(tmp: str) -> MainWindow:
    """The real window on cnn-digits at 1600×1000, every plot panel the design needs on screen."""
    settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(read_project(resources_dir() / "presets" / "cnn-digits.json")), settings)
    window.resize(1600, 1000)
    window.arrange_docks()
    docks = window.panel_docks_shown.needed(design_traits(window.document.project))
    for dock in docks:  # arrange_docks tabs what does not fit: put every needed panel side by side
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock, Qt.Orientation.Horizontal)
        dock.show()
    window.show()
    settle(QApplication.instance())
    deadline = time.monotonic() + START_TIMEOUT_S
    while not engine_ready() and time.monotonic() < deadline:
        wait_ms(50)
    shown = window.session.visible_panels()
    hidden = [dock.panel_class.__name__ for dock in docks if dock.widget() not in shown]
    print(f"panels: {', '.join(dock.panel_class.__name__ for dock in docks)}"
          + (f" (NOT visible: {', '.join(hidden)})" if hidden else " (all visible)"), flush=True)
    return window


def percentiles(values: list[float]) -> str:
    """'p50 … ms, p99 … ms' of timer lateness (negative lateness counts as on time)."""
    if not values:
        return "no ticks"
    arr = np.maximum(np.asarray(values), 0.0)
    return f"p50 {np.percentile(arr, 50):.1f} ms, p99 {np.percentile(arr, 99):.1f} ms"


def report(
    ticks: list[tuple[float, float]], rss: list[tuple[float, float, int, float]], warmup: float, first_step: int
) -> None:
    """Print the soak figures from (time, lateness ms) ticks and (time, RSS MiB, step, history MiB) samples."""
    measured = [s for s in rss if s[0] >= warmup]
    if len(measured) < 2:
        print(f"stopped before the warm-up ended ({rss[-1][0] if rss else 0:.0f} s of {warmup:.0f} s): no figures")
        return
    (t0, r0, s0, h0), (t1, r1, s1, h1) = measured[0], measured[-1]
    span = t1 - t0
    fifth = span / 5
    # Medians over the first and the last fifth: RSS swings by tens of MiB for a minute at a time (the allocator,
    # the plots' buffers), and two single samples could catch a swing.
    early = float(np.median([s[1] for s in measured if s[0] <= t0 + fifth]))
    late = float(np.median([s[1] for s in measured if s[0] >= t1 - fifth]))
    growth = (late - early) / early * 100
    slope = np.polyfit([s[0] / 60 for s in measured], [s[1] for s in measured], 1)[0] if span > 5 else 0.0
    first = [late for t, late in ticks if t0 <= t < t0 + fifth]
    last = [late for t, late in ticks if t1 - fifth <= t <= t1]
    p99 = [float(np.percentile(np.maximum(v, 0.0), 99)) if v else float("nan") for v in (first, last)]
    print(f"measured {span:.0f} s after a {warmup:.0f} s warm-up")
    print(f"RSS after warm-up {r0:.1f} MiB, at end {r1:.1f} MiB; median of the first fifth {early:.1f} MiB, of the "
          f"last fifth {late:.1f} MiB: growth {growth:+.2f} % (trend {slope:+.2f} MiB/min, peak "
          f"{max(s[1] for s in measured):.1f} MiB)")
    # The scrub history keeps snapshots up to a fixed cap by design: growth beyond it would be a leak.
    print(f"snapshot history {h0:.1f} -> {h1:.1f} MiB; RSS growth net of it {(r1 - h1) - (r0 - h0):+.1f} MiB "
          f"({((r1 - h1) - (r0 - h0)) / r0 * 100:+.2f} %)")
    print(f"GUI latency first fifth: {percentiles(first)} ({len(first)} ticks); "
          f"last fifth: {percentiles(last)} ({len(last)} ticks)")
    print(f"steps trained {s1 - first_step:,} in all, {s1 - s0:,} measured: {(s1 - s0) / span:,.1f} steps/s")
    print(f"rss_growth_pct={growth:.2f}")
    print(f"p99_ratio={p99[1] / max(p99[0], 0.1):.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to train (default 10)")
    parser.add_argument("--warmup", type=float, default=None,
                        help="seconds not measured at the start (default 60, or 10%% of the run if shorter)")
    args = parser.parse_args()
    total = args.minutes * 60
    warmup = min(60.0, total / 10) if args.warmup is None else min(args.warmup, total / 2)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    stop = [False]
    signal.signal(signal.SIGINT, lambda *_: stop.__setitem__(0, True))  # checked between event-loop slices

    ticks: list[tuple[float, float]] = []  # (seconds since Play, lateness ms)
    rss: list[tuple[float, float, int, float]] = []  # (seconds since Play, MiB, step, scrub history MiB)
    with tempfile.TemporaryDirectory() as tmp:
        window = open_window(tmp)
        session = window.session
        start_step = 0
        try:
            window.training_actions.play.trigger()  # the real Play action (toolbar button / Space)
            deadline = time.monotonic() + START_TIMEOUT_S
            while (session.latest is None and not session.failure and not stop[0]
                   and time.monotonic() < deadline):
                wait_ms(20)
            if session.latest is None:
                why = "interrupted" if stop[0] else session.failure or "no snapshot within the time limit"
                print(f"training did not start: {why}")
                return 1
            start_step = session.latest.step
            start = last = time.perf_counter()

            def tick() -> None:
                nonlocal last
                now = time.perf_counter()
                ticks.append((now - start, (now - last) * 1000 - INTERVAL_MS))
                last = now

            timer = QTimer()
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(tick)
            timer.start(INTERVAL_MS)
            next_sample = next_print = 0.0
            while not stop[0]:
                elapsed = time.perf_counter() - start
                if elapsed >= next_sample:
                    rss.append((elapsed, rss_mb(), session.latest.step, session.history.nbytes / 2**20))
                    next_sample += 1.0
                if elapsed >= next_print:
                    print(f"[{elapsed / 60:4.1f} min] step {session.latest.step:,}  RSS {rss[-1][1]:.1f} MiB  "
                          f"history {rss[-1][3]:.1f} MiB"
                          + ("  (warm-up)" if elapsed < warmup else ""), flush=True)
                    next_print += 60.0
                if elapsed >= total:
                    break
                if session.failure:
                    print(f"training stopped: {session.failure}")
                    break
                wait_ms(100)
            timer.stop()
            if stop[0]:
                print("interrupted: figures so far")
        finally:
            session.pause()
            session.shutdown()
            window.document.undo_stack.setClean()  # nothing was edited; closing must not ask
            window.close()
            settle(app)
    report(ticks, rss, warmup, start_step)
    return 0


if __name__ == "__main__":
    sys.exit(main())
