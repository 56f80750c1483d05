"""``nn-playground screenshot``: render the main window with a project offscreen and save a PNG.

With ``--train-steps N`` the window's own training session trains N steps through the real worker
thread first, and the plot panels show the final snapshot.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

TRAIN_TIMEOUT_S = 300
SHOT_SNAPSHOTS = 100


def take_screenshot(project_path: str | os.PathLike[str], out_png: str | os.PathLike[str],
                    size: tuple[int, int] = (1600, 1000), train_steps: int = 0, language: str | None = None) -> int:
    """Open ``project_path`` in a window of ``size`` pixels, train ``train_steps`` steps, save ``out_png``.

    Returns 0 on success, 2 (with a one-line message on stderr) if the project cannot be opened
    or cannot train, 1 if the PNG cannot be written.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from playground.graph import ProjectError, read_project

    path = Path(project_path)
    try:
        project = read_project(path)
    except ProjectError as e:
        first = e.problems[0] if e.problems else str(e)
        print(f"nn-playground: cannot open {path}: {first}", file=sys.stderr)
        return 2

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "nn-playground"])
    from playground.ui.app import configure_application
    from playground.ui.document import Document
    from playground.ui.i18n import install_language
    from playground.ui.main_window import MainWindow

    configure_application(app)
    install_language(language or "en")
    with tempfile.TemporaryDirectory(prefix="nnp-shot-") as tmp:
        # A throwaway settings file: the user's saved dock layout must neither shape the
        # picture nor be overwritten by it.
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        document = Document()
        document.set_project(project, path.resolve())
        window = MainWindow(document, settings)
        try:
            window.resize(*size)
            window.arrange_docks()
            window.show()
            QTest.qWaitForWindowExposed(window, 5000)
            settle(app)
            window.view.fit_to_view()
            settle(app)
            if train_steps > 0:
                problem = train_in_window(window, train_steps)
                if problem:
                    print(f"nn-playground: cannot train {path}: {problem}", file=sys.stderr)
                    return 2
                settle(app)
            saved = window.grab().save(str(out_png), "PNG")
        finally:
            window.session.shutdown()
            document.undo_stack.setClean()  # nothing was edited; closing must not ask
            window.close()
            window.deleteLater()
            settle(app)
    if not saved:
        print(f"nn-playground: cannot write {out_png}", file=sys.stderr)
        return 1
    return 0


def train_in_window(window: object, steps: int, parts: int = SHOT_SNAPSHOTS) -> str:
    """Train ``steps`` steps in the window's session, in up to ``parts`` parts so the curves have a history, and
    wait for the final snapshot. Returns '' or why training stopped."""
    import time

    session = window.session  # type: ignore[attr-defined]
    chunk = max(1, steps // parts)
    done = 0
    deadline = time.monotonic() + TRAIN_TIMEOUT_S
    while done < steps:
        n = min(chunk, steps - done)
        session.step(n)
        done += n
        while session.latest is None or session.latest.step < done:
            if session.failure:
                return session.failure
            if time.monotonic() > deadline:
                return f"{steps} steps did not finish within {TRAIN_TIMEOUT_S} s"
            wait_ms(5)
    while session.pending_draws():  # the panels draw the last snapshot one after another
        wait_ms(10)
    return ""


def settle(app: object, rounds: int = 5) -> None:
    """Let layouts, deferred redraws (zero-timeout timers) and paints run."""
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]
        wait_ms(10)


def wait_ms(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds.

    Not ``QTest.qWait``: PySide6 holds the GIL through it, which starves the training thread.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
