"""Report the moment the main window is first on screen (``tests/benchmarks/bench_startup.py`` reads it).

With the environment variable ``NN_PLAYGROUND_STARTUP_PROBE`` set, the app prints ``splash`` on stdout once the
start-up splash is painted, and ``exposed`` once the main window has been exposed and painted, then quits.
Nothing happens without it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "NN_PLAYGROUND_STARTUP_PROBE"


class ExposeProbe(QObject):
    """Prints ``word`` after the first expose (and its paint) of a shown window, then quits the app if ``quits``."""

    def __init__(self, window: QWidget, word: str = "exposed", quits: bool = True) -> None:
        super().__init__(window)
        self._word = word
        self._quits = quits
        self._done = False
        handle = window.windowHandle()
        if handle is None:  # not shown yet: nothing can be exposed
            raise RuntimeError("show the window before probing it")
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self._done and event.type() == QEvent.Type.Expose and watched.isExposed():  # type: ignore[attr-defined]
            self._done = True
            QTimer.singleShot(0, self._report)  # after the expose handler has painted the first frame
        return False

    def _report(self) -> None:
        print(self._word, flush=True)
        if self._quits:
            # exit(), not quit(): in a test process quit() left zero-interval timers of later tests unfired.
            QCoreApplication.exit(0)


def asked() -> bool:
    """True when the benchmark asked for the probe."""
    return bool(os.environ.get(ENV))


def install_if_asked(window: QWidget) -> None:
    """Probe the main ``window`` (already shown) when the benchmark asked for it."""
    if asked():
        ExposeProbe(window)


def probe_splash_if_asked(splash: QWidget) -> None:
    """Probe the start-up splash (created, not shown yet): ``splash`` once it is exposed and painted."""
    if asked():
        ExposeProbe(splash, "splash", quits=False)
