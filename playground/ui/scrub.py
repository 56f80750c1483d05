"""Scrubbing back through training: a decimated history of snapshots and the slider that shows one again.

``SnapshotHistory`` (plain Python) keeps the snapshots of the run so that they cover the whole run in
bounded memory: at most ``MAX_ENTRIES`` of them and ``MAX_BYTES`` of numpy arrays. When it is full it
drops every other entry and doubles its stride (the fewest steps between two kept entries), so the kept
steps stay roughly evenly spaced from the first snapshot (always kept) to the newest (always kept).

``Scrubber`` is the state: live (the panels follow training) or viewing one history entry (every visible
panel, the canvas's neuron maps included, shows that entry; newer snapshots wait). Play, Step or Reset
(any training progress), a new run or discarding it return to live. ``ScrubBar`` is its slider, label and
Live button; ``install`` puts them in a thin toolbar with menu entries and shortcuts.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSlider,
    QToolBar,
    QToolButton,
    QWidget,
)

from playground.ui.i18n import integer, number, tr

if TYPE_CHECKING:
    from playground.ui.session import TrainingSession

MAX_ENTRIES = 120
"""Most snapshots kept; thinning halves them, so a long run keeps between 60 and 120."""
MAX_BYTES = 256 * 2**20
"""Most bytes of numpy arrays kept in all (boundary grids, neuron maps, feature maps…)."""
BACK_KEY, FORWARD_KEY, LIVE_KEY = "Ctrl+Left", "Ctrl+Right", "Ctrl+End"
"""Free in the window: the node editor uses neither; text fields keep their own Ctrl+arrows (shortcut override)."""
BANNER_STYLE = "background: #FFE08A; color: #222; font-weight: bold; padding: 2px 8px; border-radius: 3px;"


def snapshot_nbytes(value: Any, seen: set[int] | None = None) -> int:
    """Bytes of the numpy arrays inside ``value`` (a Snapshot and its nested views), each array counted once."""
    seen = set() if seen is None else seen
    if isinstance(value, np.ndarray):
        if id(value) in seen:
            return 0
        seen.add(id(value))
        return int(value.nbytes)
    if isinstance(value, dict):
        return sum(snapshot_nbytes(v, seen) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(snapshot_nbytes(v, seen) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if id(value) in seen:  # slow probes' results ride along on several snapshots
            return 0
        seen.add(id(value))
        return sum(snapshot_nbytes(getattr(value, f.name), seen) for f in dataclasses.fields(value))
    return 0


@dataclass(frozen=True)
class HistoryEntry:
    """One kept snapshot, with its step and the bytes its arrays take."""

    step: int
    snapshot: Any
    nbytes: int


class SnapshotHistory:
    """The run's snapshots, decimated to cover the whole run within ``max_entries`` and ``max_bytes``."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
        if max_entries < 2:
            raise ValueError("a history keeps at least the first and the newest snapshot")
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: list[HistoryEntry] = []
        self._nbytes = 0
        self.stride = 1
        """Fewest steps between two kept entries (the newest excepted); doubles at each thinning."""

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> HistoryEntry:
        return self._entries[index]

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays of all kept snapshots."""
        return self._nbytes

    def steps(self) -> list[int]:
        """The steps of the kept snapshots, oldest first."""
        return [e.step for e in self._entries]

    def index_of(self, snapshot: Any) -> int | None:
        """Where ``snapshot`` (that very object) is kept, or None if it is not (any more)."""
        return next((i for i, e in enumerate(self._entries) if e.snapshot is snapshot), None)

    def clear(self) -> None:
        """Forget everything (a reset, a new run, a discarded run)."""
        self._entries = []
        self._nbytes = 0
        self.stride = 1

    def record(self, snapshot: Any) -> None:
        """Keep ``snapshot`` as the newest; a step before the newest one means a reset: start over."""
        step = int(snapshot.step)
        if self._entries and step < self._entries[-1].step:
            self.clear()
        entries = self._entries
        entry = HistoryEntry(step, snapshot, snapshot_nbytes(snapshot))
        if entries and step == entries[-1].step:
            self._remove(-1)  # the same step again (probes changed, paused): the newer one has the latest probes
        elif len(entries) >= 2 and entries[-1].step - entries[-2].step < self.stride:
            self._remove(-1)  # it was kept only for being the newest
        entries.append(entry)
        self._nbytes += entry.nbytes
        self._thin()

    def _remove(self, index: int) -> None:
        self._nbytes -= self._entries.pop(index).nbytes

    def _thin(self) -> None:
        # Doubling the stride and keeping entries at least one stride apart drops about every other one;
        # the loop ends at the latest with the first and the newest alone.
        while len(self._entries) > 2 and (len(self._entries) > self.max_entries or self._nbytes > self.max_bytes):
            self.stride *= 2
            entries = self._entries
            kept = [entries[0]]
            for entry in entries[1:-1]:
                if entry.step - kept[-1].step >= self.stride:
                    kept.append(entry)
            kept.append(entries[-1])
            self._entries = kept
            self._nbytes = sum(e.nbytes for e in kept)


class Scrubber(QObject):
    """Live or viewing one history entry of ``session``; signal ``changed()`` when either or the history changes."""

    changed = Signal()

    def __init__(self, session: TrainingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.history: SnapshotHistory = session.history
        self.viewed: Any = None
        """The snapshot on show instead of the newest one (None: live)."""
        self._newest_step: int | None = None
        session.snapshot_changed.connect(self._on_snapshot)
        session.state_changed.connect(self._on_state)

    @property
    def viewing(self) -> bool:
        return self.viewed is not None

    def can_scrub(self) -> bool:
        """Paused with at least two snapshots kept."""
        return not self.session.playing and self.session.has_run and len(self.history) >= 2

    def index(self) -> int:
        """The history index on show (the newest while live)."""
        if self.viewed is not None:
            found = self.history.index_of(self.viewed)
            if found is not None:
                return found
        return max(len(self.history) - 1, 0)

    def show_index(self, index: int) -> None:
        """Show history entry ``index`` in every visible panel; the newest one means live."""
        if not self.can_scrub():
            return
        index = min(max(index, 0), len(self.history) - 1)
        if index == len(self.history) - 1:
            self.go_live()
            return
        snapshot = self.history[index].snapshot
        if snapshot is not self.viewed:
            self.viewed = snapshot
            self.session.feed.hold(snapshot)
            self.changed.emit()

    def back(self) -> None:
        """One kept snapshot further into the past."""
        self.show_index(self.index() - 1)

    def forward(self) -> None:
        """One kept snapshot nearer to now (past the newest: live)."""
        self.show_index(self.index() + 1)

    def go_live(self) -> None:
        """Panels follow training again, starting with the newest snapshot."""
        if self.viewed is None:
            return
        self.viewed = None
        self.session.feed.release()
        self.changed.emit()

    def _on_snapshot(self, snapshot: Any) -> None:
        progressed = snapshot.step != self._newest_step
        self._newest_step = snapshot.step
        if self.viewed is not None and (progressed or self.history.index_of(self.viewed) is None):
            self.go_live()  # a Step, an Epoch or a reset moved the run on: the past view has had its day
        self.changed.emit()

    def _on_state(self) -> None:
        if not self.session.has_run:
            self._newest_step = None
        if self.viewed is not None and (self.session.playing or not self.can_scrub()):
            self.go_live()
        self.changed.emit()


class ScrubBar(QWidget):
    """A slider over the kept snapshots, their step and epoch, the banner while viewing one, and Live."""

    def __init__(self, scrubber: Scrubber, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scrubber = scrubber
        title = QLabel(tr("History"))
        title.setToolTip(tr("Pause, then drag back through training: every plot shows the network as it was"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(260)
        self.slider.setPageStep(5)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setToolTip(
            tr("While paused: drag (or use the arrow keys, Home, End) to show the plots at an earlier step")
        )
        self.label = QLabel()
        self.label.setToolTip(tr("The step and epoch on show"))
        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setToolTip(tr("The plots show the past: training goes on from the newest step"))
        self.live_button = QToolButton()
        self.live_button.setText(tr("Live"))
        self.live_button.setToolTip(tr("Back to the newest snapshot ({key})", key=LIVE_KEY))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(title)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        row.addWidget(self.banner)
        row.addWidget(self.live_button)
        self.back_action = self._action(
            tr("Scrub Back"), BACK_KEY, tr("While paused: show the plots one saved snapshot earlier"), scrubber.back
        )
        self.forward_action = self._action(
            tr("Scrub Forward"),
            FORWARD_KEY,
            tr("While paused: show the plots one saved snapshot later"),
            scrubber.forward,
        )
        self.live_action = self._action(
            tr("Back to Live"), LIVE_KEY, tr("Show the newest snapshot again"), scrubber.go_live
        )
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.live_button.clicked.connect(scrubber.go_live)
        scrubber.changed.connect(self.update_state)
        self.update_state()

    def _action(self, text: str, key: str, tip: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def actions_list(self) -> list[QAction]:
        """Scrub Back, Scrub Forward, Back to Live (for the window's menu and shortcuts)."""
        return [self.back_action, self.forward_action, self.live_action]

    def _on_slider_moved(self, value: int) -> None:
        self.scrubber.show_index(value)

    def update_state(self) -> None:
        """Follow the history and the scrubber: range, position, texts, what is enabled."""
        scrubber, history = self.scrubber, self.scrubber.history
        index = scrubber.index()
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(len(history) - 1, 0))
            self.slider.setValue(index)
        self.slider.setEnabled(scrubber.can_scrub())
        self.live_button.setEnabled(scrubber.viewing)
        self.back_action.setEnabled(scrubber.can_scrub() and index > 0)
        self.forward_action.setEnabled(scrubber.viewing)
        self.live_action.setEnabled(scrubber.viewing)
        if len(history):
            entry = history[index]
            epoch = number(getattr(entry.snapshot, "epoch", 0.0), 2)
            self.label.setText(tr("Step {step} · epoch {epoch}", step=integer(entry.step), epoch=epoch))
        else:
            self.label.setText(tr("No training yet"))
        self.banner.setVisible(scrubber.viewing)
        if scrubber.viewing:
            self.banner.setText(
                tr(
                    "Viewing step {step} of {last} — press Live or Play to return",
                    step=integer(history[index].step),
                    last=integer(history[-1].step),
                )
            )


def _menu_with(window: QMainWindow, action: QAction) -> QMenu | None:
    """The menu bar's menu that holds ``action``."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is not None and action in menu.actions():
            return menu
    return None


def install(window: Any) -> ScrubBar:
    """Add the history toolbar below the training toolbar, its View toggle and the Training menu's entries."""
    bar = ScrubBar(Scrubber(window.session, window))
    toolbar = QToolBar(tr("Training history"), window)
    toolbar.setObjectName("scrub_toolbar")  # saveState finds toolbars by name
    toolbar.setMovable(False)
    toolbar.addWidget(bar)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    toggle = window.training_toolbar.toggleViewAction()
    view_menu = _menu_with(window, toggle)
    if view_menu is not None:
        actions = view_menu.actions()
        after = actions.index(toggle) + 1
        view_menu.insertAction(actions[after] if after < len(actions) else None, toolbar.toggleViewAction())
    window.addActions(bar.actions_list())  # the shortcuts work wherever the focus is in the window
    training_menu = _menu_with(window, window.training_actions.play)
    if training_menu is not None:
        training_menu.addSeparator()
        training_menu.addActions(bar.actions_list())
    return bar
