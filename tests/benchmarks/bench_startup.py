"""Start-up time of the app against a bare PySide6 window program, in the same process and conditions.

Prints, for each program, the seconds from starting the process to its main window being exposed and
painted (median of ``--runs``, default 5, interleaved, after one unmeasured warm-up run of each that fills
the disk cache), then ``ratio=<app / bare>`` (target ≤ 1.3). The app shows a splash first
(``ui/splash.py``): its time, and ``splash_ratio=``, are printed too.

The app is ``python -m playground`` with ``NN_PLAYGROUND_STARTUP_PROBE=1`` (``ui/startup_probe.py``: it prints
``splash`` once its splash is painted, ``exposed`` after the first expose and paint of the main window, then
quits); the bare program is a ``QMainWindow``
of the same size with the same probe. Both get an empty settings folder, so no saved layout or language is
restored. ``--app CMD`` measures another command instead (the frozen app:
``--app "packaging/dist/nn-playground/nn-playground"``), and ``--cold`` also prints the first run of each.

Uses the screen of ``$DISPLAY`` when there is one, else Qt's offscreen platform. Run:
``.venv/bin/python tests/benchmarks/bench_startup.py`` (or under ``xvfb-run -a`` for a real X server).
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

TIMEOUT_S = 120

BARE = r"""
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Probe(QObject):
    done = False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Expose and watched.isExposed():
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print("exposed", flush=True)
        QCoreApplication.quit()


app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
probe = Probe(window)
window.windowHandle().installEventFilter(probe)
sys.exit(app.exec())
"""


def seconds_to_window(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting ``command`` to each probe line on its stdout: ``exposed`` (the main window), and
    ``splash`` when the program shows one first."""
    start = time.perf_counter()
    seen: dict[str, float] = {}
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            word = line.strip()
            if word in ("splash", "exposed"):
                seen.setdefault(word, time.perf_counter() - start)
            if word == "exposed":
                break
        else:
            _, err = proc.communicate(timeout=TIMEOUT_S)
            raise SystemExit(f"{shlex.join(command)} exited ({proc.returncode}) without exposing a window:\n{err}")
        proc.communicate(timeout=TIMEOUT_S)  # let it quit (the app finishes loading torch first)
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--app", help="command to measure instead of `python -m playground`")
    parser.add_argument("--cold", action="store_true", help="also print the first (unmeasured) run of each")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="nnp-startup-") as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, NN_PLAYGROUND_STARTUP_PROBE="1")
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        programs = {
            "bare PySide6 window": [sys.executable, "-c", BARE],
            "NN Playground": shlex.split(args.app) if args.app else [sys.executable, "-m", "playground"],
        }
        firsts = {name: seconds_to_window(command, env) for name, command in programs.items()}
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.runs):  # interleaved, so that a change in the machine's load hits both alike
            for name, command in programs.items():
                for word, seconds in seconds_to_window(command, env).items():
                    times.setdefault((name, word), []).append(seconds)
        medians = {key: statistics.median(ts) for key, ts in times.items()}
        for (name, word), ts in times.items():
            what = {"exposed": "main window", "splash": "splash"}[word]
            extra = f"  (first run {firsts[name][word]:.3f} s)" if args.cold and word in firsts[name] else ""
            print(f"{name}, {what}: median {medians[name, word]:.3f} s of {', '.join(f'{t:.3f}' for t in ts)}{extra}",
                  flush=True)
    print(f"platform={env.get('QT_QPA_PLATFORM') or 'display'}")
    bare = medians["bare PySide6 window", "exposed"]
    if ("NN Playground", "splash") in medians:
        print(f"splash_ratio={medians['NN Playground', 'splash'] / bare:.2f}")
    print(f"ratio={medians['NN Playground', 'exposed'] / bare:.2f}")


if __name__ == "__main__":
    main()
