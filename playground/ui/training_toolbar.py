"""Training actions (Play/Pause, Step, Epoch, Reset), the speed control, the Space key and the toolbar.

Space: a *tap* of the Space key (pressed and released within ``TAP_SECONDS`` with no mouse
button pressed meanwhile) toggles Play/Pause anywhere in the window, except while a text field,
spin box, list, combo box or button has the focus (Space means something there). Holding Space
and dragging still pans the canvas, as does the middle mouse button; a plain QAction shortcut
on Space would have stolen the key from the canvas, so an event filter on the window's ``QWindow`` watches
the key instead and lets every event through. (The window, not the application: an application filter runs
Python for every event of every widget, ~70,000 of them while the window is built.)
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QStyle,
    QTextEdit,
    QToolBar,
    QWidget,
)

from playground.graph.settings import TRAIN_PARAMS
from playground.ui.forms import ParamForm
from playground.ui.i18n import tr
from playground.ui.run_status import counters_text, state_text
from playground.ui.session import TrainingSession
from playground.ui.training_dock import TrainingFormBinding

SPEEDS: tuple[float | None, ...] = (2, 5, 10, 30, 100, None)
"""Slider positions: steps per second, None = as fast as the machine goes."""
TAP_SECONDS = 0.6
_TEXT_FOCUS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView)


def speed_label(speed: float | None) -> str:
    """The speed slider's value: "max" or steps per second."""
    return tr("max") if speed is None else tr("{speed}/s", speed=f"{speed:g}")


class SpeedControl(QWidget):
    """A six-position slider from slow motion (2 steps/s) to max; emits ``speed_changed(steps/s or None)``."""

    speed_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, len(SPEEDS) - 1)
        self.slider.setPageStep(1)
        self.slider.setValue(len(SPEEDS) - 1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setFixedWidth(90)
        tip = tr("Training speed: slow motion (2 steps per second) for a lecture, up to as fast as possible")
        self.slider.setToolTip(tip)
        self.value_label = QLabel(speed_label(None))
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance("100/s") + 4)
        self.value_label.setToolTip(tip)
        title = QLabel(tr("Speed"))
        title.setToolTip(tip)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(title)
        row.addWidget(self.slider)
        row.addWidget(self.value_label)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.slider.valueChanged.connect(self._on_moved)

    def speed(self) -> float | None:
        """Steps per second on the slider (None: as fast as possible)."""
        return SPEEDS[self.slider.value()]

    def _on_moved(self, position: int) -> None:
        self.value_label.setText(speed_label(SPEEDS[position]))
        self.speed_changed.emit(SPEEDS[position])


class TrainingActions(QObject):
    """The window's training commands as QActions, kept in step with the session."""

    def __init__(self, session: TrainingSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        style = window.style()
        self._play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self.play = self._action(
            window, tr("Play"), self._play_icon, tr("Train continuously (Space)"), session.toggle_play
        )
        self.step = self._action(
            window,
            tr("Step"),
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
            tr("Train on one batch, then stop"),
            self._on_step,
        )
        self.epoch = self._action(
            window,
            tr("Epoch"),
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward),
            tr("Train one epoch (every training point once), then stop (Shift+Space)"),
            session.step_epoch,
        )
        self.epoch.setShortcut(QKeySequence("Shift+Space"))
        self.reset = self._action(
            window,
            tr("Reset"),
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            tr("Start again from the seeded initial weights"),
            session.reset,
        )
        self.space = SpaceToggle(window, session)
        session.state_changed.connect(self.update_state)
        self.update_state()

    def _action(self, window: QWidget, text: str, icon: Any, tip: str, slot: Any) -> QAction:
        action = QAction(icon, text, window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        window.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _on_step(self) -> None:
        self.session.step(1)

    def update_state(self) -> None:
        """Play or Pause, and Reset enabled when there is something to reset."""
        playing = self.session.playing
        self.play.setText(tr("Pause") if playing else tr("Play"))
        self.play.setIcon(self._pause_icon if playing else self._play_icon)
        self.play.setToolTip(tr("Pause training (Space)") if playing else tr("Train continuously (Space)"))
        can_reset = self.session.thread is not None or not self.session.document.report.first_error()
        self.reset.setEnabled(can_reset)

    def all(self) -> list[QAction]:
        """Play, Step, Epoch, Reset: the toolbar's and the Training menu's entries."""
        return [self.play, self.step, self.epoch, self.reset]


class SpaceToggle(QObject):
    """Event filter on ``window``'s QWindow: a tap of Space in the window toggles Play/Pause (see module doc).

    Every key and mouse event of the window passes its QWindow before it reaches a widget; other windows
    (dialogs, popped-out plots) have their own and are not watched.
    """

    def __init__(self, window: QWidget, session: TrainingSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._pressed_at: float | None = None
        self._handle: QObject | None = None
        window.installEventFilter(self)  # until the window has its QWindow (when first shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if watched is self.window:
            handle = self.window.windowHandle()
            if handle is not None and handle is not self._handle:
                self._handle = handle
                handle.installEventFilter(self)  # Qt drops the filter itself when this child of the window dies
                self.window.removeEventFilter(self)
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed_at = None  # Space + drag: the canvas pans, no toggle
        elif kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(event, QKeyEvent):
            if event.key() != Qt.Key.Key_Space or event.isAutoRepeat():
                return False
            if kind == QEvent.Type.KeyPress:
                ok = event.modifiers() == Qt.KeyboardModifier.NoModifier and self._space_is_free()
                self._pressed_at = time.perf_counter() if ok else None
            elif self._pressed_at is not None:
                tapped = time.perf_counter() - self._pressed_at < TAP_SECONDS
                self._pressed_at = None
                if tapped:
                    self.session.toggle_play()
        return False  # observe only: the canvas still sees Space for panning

    def _space_is_free(self) -> bool:
        focus = self.window.focusWidget()  # where the window sends the key
        return focus is None or not isinstance(focus, _TEXT_FOCUS)


class TrainingToolbar(QToolBar):
    """Play/Pause, Step, Epoch, Reset, speed, learning rate and the counters, above the canvas."""

    def __init__(self, session: TrainingSession, actions: TrainingActions, parent: QWidget | None = None) -> None:
        super().__init__(tr("Training"), parent)
        self.setObjectName("training_toolbar")  # saveState finds toolbars by name
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.session = session
        for action in actions.all():
            self.addAction(action)
            button = self.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space keeps going to the canvas
        self.addSeparator()
        self.speed = SpeedControl()
        self.speed.speed_changed.connect(session.set_speed)
        self.addWidget(self.speed)
        self.addSeparator()
        lr_spec = next(s for s in TRAIN_PARAMS if s.name == "lr")
        self.lr_form = ParamForm((lr_spec,))
        self.lr_form.setFixedWidth(250)
        self.lr_binding = TrainingFormBinding(self.lr_form, session.document)
        self.addWidget(self.lr_form)
        self.addSeparator()
        self.state_label = QLabel()
        self.state_label.setToolTip(tr("What the run is doing"))
        self.state_label.setStyleSheet("font-weight: bold; padding: 0 6px;")
        self.addWidget(self.state_label)
        self.counters = QLabel()
        self.counters.setToolTip(tr("Update steps done, passes over the training data, and training speed"))
        self.addWidget(self.counters)
        session.state_changed.connect(self.update_labels)
        session.snapshot_changed.connect(self._on_snapshot)
        self.update_labels()

    def _on_snapshot(self, snapshot: object) -> None:
        self.update_labels()

    def update_labels(self) -> None:
        self.state_label.setText(state_text(self.session))
        self.counters.setText(counters_text(self.session))
