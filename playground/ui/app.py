"""Start the desktop app: check the platform, create QApplication and the main window."""

from __future__ import annotations

import ctypes.util
import os
import sys
from functools import partial
from pathlib import Path

APP_NAME = "NN Playground"
ORGANIZATION = "NN Playground"
SETTINGS_APP = "nn-playground"

XCB_CURSOR_MESSAGE = (
    "NN Playground cannot start: the Qt library needs libxcb-cursor0, which is not installed.\n"
    "Install it with:  sudo apt-get install libxcb-cursor0\n"
    "(or run with QT_QPA_PLATFORM=wayland on a Wayland desktop)."
)


SENDS_FILE_OPEN = sys.platform == "darwin"
"""Only macOS hands documents to the app as FileOpen events (a double-click in Finder, a drop on the Dock)."""


def missing_xcb_cursor(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt ≥ 6.5 would abort on X11 because libxcb-cursor is missing (a classic on Ubuntu)."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return False
    if env.get("QT_QPA_PLATFORM", "xcb") not in ("", "xcb"):
        return False
    if not env.get("DISPLAY"):
        return False
    bundle = getattr(sys, "_MEIPASS", None)  # the frozen app (packaging/) carries its own copy
    if bundle is not None and any(Path(bundle).glob("libxcb-cursor.so*")):
        return False
    return ctypes.util.find_library("xcb-cursor") is None


def configure_application(app: object) -> None:
    """Names QSettings and dialogs use, the app's icon, and the desktop entry it belongs to."""
    from PySide6.QtGui import QIcon

    from playground import __version__, resources_dir

    app.setApplicationName(SETTINGS_APP)  # type: ignore[attr-defined]
    app.setApplicationDisplayName(APP_NAME)  # type: ignore[attr-defined]
    app.setApplicationVersion(__version__)  # type: ignore[attr-defined]
    app.setOrganizationName(ORGANIZATION)  # type: ignore[attr-defined]
    app.setDesktopFileName(SETTINGS_APP)  # type: ignore[attr-defined] # Wayland: the window gets the entry's icon
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob(f"{SETTINGS_APP}-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)  # type: ignore[attr-defined]


def app_icon_path(size: int = 128) -> str | None:
    """The app icon's PNG of ``size`` pixels, None if the resources lack it."""
    from playground import resources_dir

    path = resources_dir() / "icons" / f"{SETTINGS_APP}-{size}.png"
    return str(path) if path.is_file() else None


def choose_language(language: str | None = None) -> str:
    """Install ``language``, or the one chosen last in the app (else the system's, else English)."""
    from PySide6.QtCore import QSettings

    from playground.ui.i18n import current_language, install_language
    from playground.ui.language import saved_language

    wanted = language or saved_language(QSettings(ORGANIZATION, SETTINGS_APP))
    if not install_language(wanted):
        print(f"nn-playground: the {wanted!r} translation is missing; starting in English", file=sys.stderr)
    return current_language()


def run_app(argv: list[str], language: str | None = None, device: str | None = None) -> int:
    """Run the app; ``argv[1]``, if given, is a project file to open; ``language`` ("en", "uk", "ru") overrides
    the one chosen last, ``device`` ("auto", "cpu", "cuda", "mps") the training device. Returns the exit code."""
    if missing_xcb_cursor():
        print(XCB_CURSOR_MESSAGE, file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from playground import __version__
    from playground.ui.splash import finish, show_splash
    from playground.ui.startup_probe import install_if_asked, probe_splash_if_asked

    app = QApplication.instance() or QApplication(list(argv))
    # On screen within a few tenths of a second; the window below needs the editor, forms and pyqtgraph first.
    splash = show_splash(__version__, app_icon_path(), probe_splash_if_asked)
    configure_application(app)

    from playground.ui import error_report, recovery
    from playground.ui.document import Document
    from playground.ui.file_open import FileOpenForwarder
    from playground.ui.files import starter_project
    from playground.ui.main_window import MainWindow
    from playground.ui.staged_start import stage

    choose_language(language)
    if device is not None:
        from playground.ui.device_choice import apply_command_line

        apply_command_line(device)
    document = Document(starter_project())
    window = MainWindow(document)
    app.aboutToQuit.connect(window.session.shutdown)  # however the app ends, the worker thread stops first
    if SENDS_FILE_OPEN:  # elsewhere the filter would only run Python for every event of the app
        app.installEventFilter(FileOpenForwarder(window))
    stage(window)  # the window is painted first, its plot panels are built right after
    window.show()
    finish(splash, window)
    install_if_asked(window)
    paths = [a for a in argv[1:] if not a.startswith("-")]
    if paths:
        window.files.open(Path(paths[0]))
    window.view.fit_to_view()
    error_report.install(window)  # an uncaught exception is logged and shown; the app goes on
    recovery.install(window)  # autosave from now on
    app.aboutToQuit.connect(window.recovery.discard)  # a normal end leaves nothing to recover
    QTimer.singleShot(0, window, partial(recovery.offer_restore, window, window.recovery.folder))
    return app.exec()
