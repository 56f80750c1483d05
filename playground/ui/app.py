"""Start the desktop app: check the platform, create QApplication and the main window."""

from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path

APP_NAME = "NN Playground"
ORGANIZATION = "NN Playground"
SETTINGS_APP = "nn-playground"

XCB_CURSOR_MESSAGE = (
    "NN Playground cannot start: the Qt library needs libxcb-cursor0, which is not installed.\n"
    "Install it with:  sudo apt-get install libxcb-cursor0\n"
    "(or run with QT_QPA_PLATFORM=wayland on a Wayland desktop)."
)


def missing_xcb_cursor(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt ≥ 6.5 would abort on X11 because libxcb-cursor is missing (a classic on Ubuntu)."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return False
    if env.get("QT_QPA_PLATFORM", "xcb") not in ("", "xcb"):
        return False
    if not env.get("DISPLAY"):
        return False
    return ctypes.util.find_library("xcb-cursor") is None


def configure_application(app: object) -> None:
    """Names QSettings and dialogs use."""
    app.setApplicationName(SETTINGS_APP)  # type: ignore[attr-defined]
    app.setApplicationDisplayName(APP_NAME)  # type: ignore[attr-defined]
    app.setOrganizationName(ORGANIZATION)  # type: ignore[attr-defined]


def choose_language(language: str | None = None) -> str:
    """Install ``language``, or the one chosen last in the app (else the system's, else English)."""
    from PySide6.QtCore import QSettings

    from playground.ui.i18n import current_language, install_language
    from playground.ui.language import saved_language

    wanted = language or saved_language(QSettings(ORGANIZATION, SETTINGS_APP))
    if not install_language(wanted):
        print(f"nn-playground: the {wanted!r} translation is missing; starting in English", file=sys.stderr)
    return current_language()


def run_app(argv: list[str], language: str | None = None) -> int:
    """Run the app; ``argv[1]``, if given, is a project file to open; ``language`` ("en", "uk", "ru") overrides
    the one chosen last. Returns the exit code."""
    if missing_xcb_cursor():
        print(XCB_CURSOR_MESSAGE, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from playground.ui.document import Document
    from playground.ui.files import starter_project
    from playground.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(argv))
    configure_application(app)
    choose_language(language)
    document = Document(starter_project())
    window = MainWindow(document)
    app.aboutToQuit.connect(window.session.shutdown)  # however the app ends, the worker thread stops first
    window.show()
    paths = [a for a in argv[1:] if not a.startswith("-")]
    if paths:
        window.files.open(Path(paths[0]))
    window.view.fit_to_view()
    return app.exec()
