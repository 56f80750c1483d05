"""``nn-playground --self-test``: prove that an installed or frozen app works, without a screen.

Checks the bundled resources (presets, data, translations), opens the real main window offscreen with a
preset, trains it 50 steps through the worker thread, checks the last snapshot and saves a screenshot.
Prints one line per check (and writes them to ``self-test.txt`` beside the screenshot, since a windowed
app on Windows has no console) and returns 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import math
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

PRESET = "cnn-digits"
STEPS = 50
SIZE = (1280, 800)
ENGINE_TIMEOUT_S = 120


class SelfTestFailed(Exception):
    """One check failed; the message says which and why."""


def run_self_test(screenshot: str | os.PathLike[str] | None = None) -> int:
    """Run every check; ``screenshot`` is the PNG to write (default: in a new temporary folder)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, and none is touched
    out_png = Path(screenshot) if screenshot else Path(tempfile.mkdtemp(prefix="nnp-self-test-")) / "self-test.png"
    lines: list[str] = []

    def say(text: str) -> None:
        lines.append(text)
        if sys.stdout is not None:  # None in a windowed app on Windows
            print(text, flush=True)

    start = time.perf_counter()
    code = 0
    try:
        from playground import __version__

        frozen = " (frozen app)" if getattr(sys, "frozen", False) else ""
        say(f"NN Playground {__version__}{frozen}, Python {platform.python_version()}, {platform.platform()}")
        say("ok   " + _check_resources())
        say("ok   " + _check_window(out_png))
        say(f"self-test passed in {time.perf_counter() - start:.1f} s")
    except SelfTestFailed as e:
        say(f"FAIL {e}")
        code = 1
    except Exception as e:  # the point of a self-test: report anything, never a traceback
        say(f"FAIL unexpected {type(e).__name__}: {e}")
        code = 1
    try:
        out_png.parent.mkdir(parents=True, exist_ok=True)
        (out_png.parent / "self-test.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError:
        pass  # the lines were printed; a read-only folder must not turn a pass into a failure
    return code


def _check_resources() -> str:
    from playground import resources_dir
    from playground.graph import read_project

    root = resources_dir()
    presets = sorted((root / "presets").glob("*.json"))
    if len(presets) < 10:
        raise SelfTestFailed(f"resources: only {len(presets)} presets in {root / 'presets'}")
    for path in presets:
        read_project(path)  # every preset must load with the bundled registry
    data = [p for p in (root / "data").iterdir() if p.is_file()]
    if not data:
        raise SelfTestFailed(f"resources: no bundled data in {root / 'data'}")
    qm = sorted(p.stem for p in (root / "translations").glob("*.qm"))
    if len(qm) < 2:
        raise SelfTestFailed(f"resources: translations missing in {root / 'translations'} (found {qm})")
    return f"resources: {len(presets)} presets, {len(data)} data files, translations {', '.join(qm)}"


def _check_window(out_png: Path) -> str:
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from playground import resources_dir
    from playground.graph import read_project
    from playground.ui import engine_warmup
    from playground.ui.app import configure_application
    from playground.ui.document import Document
    from playground.ui.i18n import current_language, install_language
    from playground.ui.main_window import MainWindow
    from playground.ui.screenshot import settle, train_in_window, wait_ms

    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "nn-playground"])
    configure_application(app)
    for language in ("uk", "en"):
        if not install_language(language) or current_language() != language:
            raise SelfTestFailed(f"translations: cannot switch to {language!r}")
    path = resources_dir() / "presets" / f"{PRESET}.json"
    with tempfile.TemporaryDirectory(prefix="nnp-self-test-") as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        document = Document()
        document.set_project(read_project(path), path)
        window = MainWindow(document, settings)
        try:
            window.resize(*SIZE)
            window.show()
            if not QTest.qWaitForWindowExposed(window, 10_000):
                raise SelfTestFailed("window: the main window was not shown within 10 s")
            settle(app)
            started = time.perf_counter()
            window.session.warm_up()  # the window does this once shown; wait for it to time the two apart
            while not engine_warmup.engine_ready():
                if time.perf_counter() - started > ENGINE_TIMEOUT_S:
                    raise SelfTestFailed(f"engine: torch did not load within {ENGINE_TIMEOUT_S} s")
                wait_ms(20)
            loaded = time.perf_counter() - started
            started = time.perf_counter()
            problem = train_in_window(window, STEPS, parts=5)
            if problem:
                raise SelfTestFailed(f"training {PRESET}: {problem}")
            seconds = time.perf_counter() - started
            snap = window.session.latest
            if snap is None or snap.step < STEPS or not math.isfinite(snap.train_loss):
                raise SelfTestFailed(f"training {PRESET}: no finite loss after {STEPS} steps")
            settle(app)
            out_png.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(out_png), "PNG"):
                raise SelfTestFailed(f"screenshot: cannot write {out_png}")
        finally:
            window.session.shutdown()
            document.undo_stack.setClean()  # nothing was edited: closing must not ask
            window.close()
            window.deleteLater()
            settle(app)
    return (
        f"window: torch loaded in {loaded:.1f} s; {PRESET} trained {snap.step} steps in the worker thread on "
        f"{snap.device} in {seconds:.1f} s "
        f"(loss {snap.train_loss:.3f}); screenshot {out_png}"
    )


def _quiet_offscreen(mode: object, context: object, message: str) -> None:
    """Qt's messages on stderr, less the offscreen platform's notes that it cannot resize native windows."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)
