"""The start-up splash: the app's icon, name and version on screen while the main window is being built.

The main window needs the editor, the forms and pyqtgraph (about a second from source, several from a frozen
app on a cold disk); the splash needs only PySide6, so a double-click shows something within a few tenths of a
second. It carries no words to translate: the language is chosen after it is up. ``finish`` closes it once the
main window has painted its first frame. Torch loads later still, in the background (``engine_warmup``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

SIZE = (520, 180)
ICON = 128
PAINT_WAIT_S = 0.3
"""How long ``show_splash`` waits for the window system to put the splash on screen."""
FINISH_FALLBACK_MS = 3000
"""The splash goes after this long even if the main window is never exposed (started minimised)."""
FRAME_COLOR = "#2f5d8c"
"""The icon's blue (``resources/icons/nn-playground.svg``). Not from ``ui.theme``: that imports pyqtgraph."""


def splash_pixmap(version: str, icon_path: str | None) -> QPixmap:
    """The splash picture: the icon on the left, the name and version on the right, at the screen's scale."""
    screen = QApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(int(SIZE[0] * ratio), int(SIZE[1] * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(FRAME_COLOR))
    painter.drawRect(0, 0, SIZE[0] - 1, SIZE[1] - 1)
    top = (SIZE[1] - ICON) // 2
    if icon_path is not None:
        icon = QPixmap(icon_path)
        if not icon.isNull():
            painter.drawPixmap(QRect(24, top, ICON, ICON), icon)
    text = QRect(24 + ICON + 24, top, SIZE[0] - ICON - 72, ICON)
    font = QFont()
    font.setPointSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "NN Playground")
    font.setPointSize(11)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(QColor("#606060"))
    painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, version)
    painter.end()
    return pixmap


def show_splash(
    version: str, icon_path: str | None, before_show: Callable[[QWidget], None] | None = None
) -> QLabel:
    """Show the splash and wait (at most ``PAINT_WAIT_S``) until it is on screen and painted: the main window's
    imports then block the event loop for a while. ``before_show(splash)`` runs once it has its QWindow."""
    # A plain widget, not QSplashScreen: its show() blocks until the window is exposed, a full second on some
    # platforms (Qt's offscreen one never says so in time).
    splash = QLabel()
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(splash_pixmap(version, icon_path))
    splash.setObjectName("splash")
    screen = QApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        splash.move(area.center() - QPoint(SIZE[0] // 2, SIZE[1] // 2))
    splash.winId()  # its QWindow now, for ``before_show``
    if before_show is not None:
        before_show(splash)
    splash.show()
    handle = splash.windowHandle()
    deadline = time.monotonic() + PAINT_WAIT_S
    while True:  # a window manager maps the window a moment after show()
        QApplication.processEvents()
        if handle is None or handle.isExposed() or time.monotonic() > deadline:
            break
        time.sleep(0.005)
    splash.repaint()
    QApplication.processEvents()
    return splash


class _CloseOnExpose(QObject):
    """Closes the splash just after the main window's first expose (and paint): no gap between the two."""

    def __init__(self, splash: QWidget, window: QWidget) -> None:
        super().__init__(splash)
        self._splash = splash
        handle = window.windowHandle()
        if handle is None:
            splash.close()
            return
        handle.installEventFilter(self)
        QTimer.singleShot(FINISH_FALLBACK_MS, splash, splash.close)  # never exposed (minimised): go anyway

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Expose and watched.isExposed():  # type: ignore[attr-defined]
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._splash, self._splash.close)
        return False


def finish(splash: QWidget, window: QWidget) -> None:
    """Close the splash once ``window`` (shown) has painted its first frame; the splash is then deleted."""
    splash.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _CloseOnExpose(splash, window)
