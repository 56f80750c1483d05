"""The run controller: one training run of the open design, its worker thread and the panels it feeds.

A run trains a *copy* of the design taken when Play, Step or Reset first needs one. Editing the
design, the data or a training setting that the worker cannot change live makes the run *stale*:
training pauses, the panels' docks say "old design", and a banner offers "Reset to apply" or
"Keep training the old network". Play, Step or Reset on a stale run (unless the user chose to keep
it) start a new run of the current design. Undoing back to the design the run was built from
makes it current again. So the design and the trained model never silently disagree.

The learning rate is the one live setting: a change reaches the running optimizer at once.
"""

from __future__ import annotations

import json
import math
import time
from collections import deque
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QWidget

from playground.graph import GraphEvent, Project
from playground.ui import engine_warmup, run_status
from playground.ui.document import Document
from playground.ui.worker import TrainingThread

LIVE_SETTINGS = frozenset({"lr", "steps"})
"""Training settings a run follows without a reset (``steps`` only matters for headless runs)."""
LAYOUT_EVENTS = frozenset({"node_moved", "node_renamed"})
"""Graph events that change how the design looks, not what it computes."""
STALE_MARK = " · old design"
RATE_WINDOW_S = 1.5
DRAW_INTERVAL_S = 1 / 15
"""Shortest time between the starts of two panel redraws: ~15 a second in all, one panel at a time."""
DRAW_BUDGET = 0.15
"""Largest share of the GUI thread that panel redraws may take: a slow panel is redrawn less often."""


def run_fingerprint(project: Project) -> str:
    """What a run depends on: the design (without positions and names), the data, non-live settings."""
    graph = project.graph.to_dict()
    nodes = [{k: v for k, v in node.items() if k not in ("pos", "name")} for node in graph["nodes"]]
    training = {k: v for k, v in project.training.items() if k not in LIVE_SETTINGS}
    return json.dumps([nodes, graph["edges"], project.data, training], sort_keys=True)


@dataclass
class _PanelEntry:
    panel: Any  # a playground.ui.plots panel: title, probes, set_dataset, show_snapshot, clear
    dock: QDockWidget | None  # None: the panel says when it is shown (set_panel_visible)
    visible: bool = False


class TrainingSession(QObject):
    """Owns the TrainingThread of the open document and forwards its snapshots to visible panels.

    Signals: ``state_changed()`` (playing, loading, stale, failure or run changed),
    ``snapshot_changed(snapshot)`` (the newest one; counters), ``message(str)`` (status bar).
    """

    state_changed = Signal()
    snapshot_changed = Signal(object)
    message = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.thread: TrainingThread | None = None
        self.latest = None
        self.dataset = None
        self.playing = False
        self.stale = False
        self.kept_old = False
        self.failure = ""
        self.speed: float | None = None
        self.probe_options: dict[str, Any] = {}
        """Options of the probes, set by panels (the feature maps' "sample"); kept across runs."""
        self._fingerprint = ""
        self._panels: list[_PanelEntry] = []
        self._rates: deque[tuple[float, int]] = deque()
        # Panels redraw one at a time, round-robin, each painted at once and at most ~15 redraws a
        # second in all: the GUI answers between panels instead of freezing for the sum of their
        # paints, and the worker keeps the GIL most of the time (a drawing GUI halves training speed).
        self._to_draw: list[_PanelEntry] = []
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.timeout.connect(self._draw_next)
        self._next_draw_at = 0.0
        self._awaiting_reset = False
        self._ready_poll = QTimer(self)
        self._ready_poll.setInterval(100)
        self._ready_poll.timeout.connect(self._on_ready_poll)
        document.graph_changed.connect(self._on_graph_changed)
        document.settings_changed.connect(self._on_settings_changed)
        document.project_replaced.connect(self._on_project_replaced)

    # --- engine warm-up ---------------------------------------------------------------------

    def warm_up(self) -> None:
        """Start loading torch in the background; ``state_changed`` fires when it is ready."""
        engine_warmup.warm_up_engine()
        if not engine_warmup.engine_ready():
            self._ready_poll.start()

    @property
    def loading(self) -> bool:
        """The engine is still importing, or a run was started and has not sent its first snapshot."""
        return not engine_warmup.engine_ready() or (self.thread is not None and self.latest is None)

    def _on_ready_poll(self) -> None:
        if engine_warmup.engine_ready():
            self._ready_poll.stop()
            self.state_changed.emit()

    # --- panels -----------------------------------------------------------------------------

    def add_panel(self, panel: Any, dock: QDockWidget | None = None) -> None:
        """Feed ``panel`` while ``dock`` is visible (an unselected tab or a closed dock is not).

        Without a dock (the canvas's live drawing) the panel starts hidden; ``set_panel_visible`` shows it.
        """
        entry = _PanelEntry(panel, dock, dock is not None and dock.isVisible())
        self._panels.append(entry)
        if dock is not None:
            dock.visibilityChanged.connect(partial(self._on_panel_visibility, entry))
        option_changed = getattr(panel, "option_changed", None)
        if option_changed is not None:
            option_changed.connect(self.set_probe_option)
        if self.dataset is not None:
            panel.set_dataset(self.dataset)

    @Slot(str, object)
    def set_probe_option(self, name: str, value: Any) -> None:
        """Set a probe option (e.g. the feature maps' test sample) for this run and the next ones."""
        self.probe_options[name] = value
        if self.thread is not None:
            self.thread.send("set_options", dict(self.probe_options))

    def panels(self) -> list[Any]:
        return [e.panel for e in self._panels]

    def visible_panels(self) -> list[Any]:
        return [e.panel for e in self._panels if e.visible]

    def requested_probes(self) -> set[str]:
        """The union of the probes of the visible panels: all the worker computes."""
        return set().union(*(e.panel.probes for e in self._panels if e.visible))

    def set_panel_visible(self, panel: Any, visible: bool) -> None:
        """Start or stop feeding a panel added without a dock (its probes are requested only while shown)."""
        for entry in self._panels:
            if entry.panel is panel:
                self._on_panel_visibility(entry, visible)

    def _on_panel_visibility(self, entry: _PanelEntry, visible: bool) -> None:
        if visible == entry.visible:
            return
        before = self.requested_probes()
        entry.visible = visible
        if visible and self.latest is not None and not self._awaiting_reset:
            entry.panel.show_snapshot(self.latest)  # at once; the worker follows with its probes
        if self.thread is not None and self.requested_probes() != before:
            self.thread.send("set_probes", sorted(self.requested_probes()))

    # --- commands ---------------------------------------------------------------------------

    def play(self) -> None:
        """Train continuously (starting a run of the current design if there is none or it is stale)."""
        if self._ensure_run():
            self.failure = ""
            self.thread.send("play")
            self.playing = True  # optimistic: the worker confirms with playing_changed
            self.state_changed.emit()

    def pause(self) -> None:
        if self.thread is not None:
            self.thread.send("pause")
        self.playing = False
        self.state_changed.emit()

    def toggle_play(self) -> None:
        """Play if paused, pause if playing (the Space key and the Play button)."""
        if self.playing:
            self.pause()
        else:
            self.play()

    def step(self, n: int = 1) -> None:
        """Run exactly ``n`` update steps, then stay paused."""
        if self._ensure_run():
            self.failure = ""
            self.thread.send("step", int(n))
            self.playing = False
            self.state_changed.emit()

    def steps_per_epoch(self) -> int:
        """Update steps in one pass over the training points: ceil(n_train / batch size)."""
        if self.dataset is not None:
            n_train = len(self.dataset.points_train)
        else:
            data = self.document.project.data
            n_train = min(data["samples"] - 1, max(1, round(data["samples"] * data["train_ratio"])))
        batch = min(self.document.project.training["batch_size"], n_train)
        return max(1, math.ceil(n_train / batch))

    def step_epoch(self) -> None:
        self.step(self.steps_per_epoch())

    def reset(self) -> None:
        """Re-initialise the weights from the seed and stay paused (a stale run is replaced)."""
        if self.thread is not None and not self.stale:
            self.thread.send("pause")
            self.thread.send("reset")
            self.playing = False
            self.failure = ""
            self._rates.clear()
            self._clear_panels()
            self.state_changed.emit()
            return
        self.discard_run()
        self._ensure_run()

    def set_speed(self, steps_per_second: float | None) -> None:
        """Slow motion (steps per second) or as fast as possible (None)."""
        self.speed = steps_per_second
        if self.thread is not None:
            self.thread.send("set_speed", steps_per_second)

    def keep_old_run(self) -> None:
        """The user chose to go on training the network built before the edit."""
        self.kept_old = True
        self.state_changed.emit()

    def apply_changes(self) -> None:
        """Replace a stale run by a new run of the current design (paused at step 0)."""
        self.discard_run()
        self._ensure_run()

    def shutdown(self) -> None:
        """Stop the worker thread and wait for it (window closing)."""
        self._ready_poll.stop()
        self.discard_run()

    # --- the run ----------------------------------------------------------------------------

    @property
    def has_run(self) -> bool:
        return self.thread is not None

    def _ensure_run(self) -> bool:
        if self.thread is not None and (not self.stale or self.kept_old):
            return True
        self.discard_run()
        report = self.document.report
        problem = report.first_error()
        if problem is not None:
            self._fail(f"The design cannot train yet: {problem[1]}")
            return False
        project = self.document.project
        from playground.engine.data import DataError, make_dataset  # numpy only: the data the panels draw

        try:
            self.dataset = make_dataset(project.data)
        except DataError as e:
            self._fail(f"The data cannot be loaded: {e}")
            return False
        self._fingerprint = run_fingerprint(project)
        self.failure = ""
        # The project is serialised now: the run trains a copy. The worker waits for the warm-up's imports.
        thread = TrainingThread(project, self, wait_for=engine_warmup.wait_event())
        thread.snapshot.connect(self._on_snapshot)
        thread.failed.connect(self._on_failed)
        thread.playing_changed.connect(self._on_playing_changed)
        thread.send("set_probes", sorted(self.requested_probes()))
        thread.send("set_options", dict(self.probe_options))
        thread.send("set_speed", self.speed)
        self.thread = thread
        for entry in self._panels:
            entry.panel.set_dataset(self.dataset)
        self.state_changed.emit()
        return True

    def discard_run(self) -> None:
        """Stop and forget the current run; panels go blank."""
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.stop()
            thread.snapshot.disconnect(self._on_snapshot)
            thread.failed.disconnect(self._on_failed)
            thread.playing_changed.disconnect(self._on_playing_changed)
            thread.deleteLater()
        was_active = thread is not None or self.latest is not None
        self.latest = None
        self.playing = False
        self.stale = False
        self.kept_old = False
        self._rates.clear()
        self._to_draw.clear()
        self._awaiting_reset = False
        self._mark_docks(stale=False)
        if was_active:
            for entry in self._panels:
                entry.panel.clear()
            self.state_changed.emit()

    def _on_snapshot(self, snapshot: Any) -> None:
        first = self.latest is None
        self.latest = snapshot
        now = time.perf_counter()
        if self._rates and snapshot.step < self._rates[-1][1]:
            self._rates.clear()  # reset: the rate starts over
        self._rates.append((now, snapshot.step))
        while len(self._rates) > 2 and now - self._rates[0][0] > RATE_WINDOW_S:
            self._rates.popleft()
        self._awaiting_reset = False
        for entry in self._panels:
            if entry.visible and entry not in self._to_draw:
                self._to_draw.append(entry)
        self._schedule_draw()
        self.snapshot_changed.emit(snapshot)
        if first:
            self.state_changed.emit()

    def _schedule_draw(self) -> None:
        if self._to_draw and not self._draw_timer.isActive():
            delay = max(0.0, self._next_draw_at - time.perf_counter())
            self._draw_timer.start(round(delay * 1000))

    def _draw_next(self) -> None:
        if not self._to_draw or self.latest is None:
            self._to_draw.clear()
            return
        entry = self._to_draw.pop(0)
        start = time.perf_counter()
        if entry.visible:
            entry.panel.show_snapshot(self.latest)
            if isinstance(entry.panel, QWidget):
                entry.panel.repaint()  # now, so this turn of the event loop bears the whole cost
        cost = time.perf_counter() - start
        self._next_draw_at = start + max(DRAW_INTERVAL_S, cost / DRAW_BUDGET)
        self._schedule_draw()

    def _clear_panels(self) -> None:
        """Reset: every panel forgets its history (curves, heatmaps) and waits for the step-0 snapshot."""
        self._to_draw.clear()
        self._awaiting_reset = True
        for entry in self._panels:
            entry.panel.clear()
            entry.panel.set_dataset(self.dataset)

    def pending_draws(self) -> int:
        """Visible panels still waiting to draw the newest snapshot."""
        return len(self._to_draw)

    def steps_per_second(self) -> float | None:
        """Training speed over the last ~1.5 s of snapshots (None until it can be measured)."""
        if not self.playing or len(self._rates) < 2:
            return None
        (t0, s0), (t1, s1) = self._rates[0], self._rates[-1]
        return (s1 - s0) / (t1 - t0) if t1 - t0 > 0.2 else None

    def _on_failed(self, message: str) -> None:
        if self.latest is None:  # the run never started (its trainer could not be built)
            self.discard_run()
        self._fail(run_status.diverged_advice(message))

    def _fail(self, message: str) -> None:
        self.failure = message
        self.playing = False
        self.message.emit(f"Training stopped: {message}")
        self.state_changed.emit()

    def _on_playing_changed(self, playing: bool) -> None:
        self.playing = playing
        if playing:
            self._rates.clear()
        self.state_changed.emit()

    # --- edits while a run exists -----------------------------------------------------------

    def _on_graph_changed(self, event: GraphEvent) -> None:
        if event.type not in LAYOUT_EVENTS:
            self._check_stale()

    def _on_settings_changed(self, section: str, name: str) -> None:
        if section == "training" and name == "lr" and self.thread is not None:
            self.thread.send("set_lr", self.document.project.training["lr"])
        if not (section == "training" and name in LIVE_SETTINGS):
            self._check_stale()

    def _check_stale(self) -> None:
        if self.thread is None:
            return
        stale = run_fingerprint(self.document.project) != self._fingerprint
        if stale:
            # Every new edit asks again, even after "keep training": the design moved on once more.
            self.kept_old = False
            if self.playing:
                self.pause()
        if stale != self.stale:
            self.stale = stale
            self._mark_docks(stale)
            if stale:
                self.message.emit("The design changed: the plots show the network trained before the edit")
        self.state_changed.emit()

    def _mark_docks(self, stale: bool) -> None:
        for entry in self._panels:
            if entry.dock is None:
                continue
            title = entry.panel.title + (STALE_MARK if stale else "")
            if entry.dock.windowTitle() != title:
                entry.dock.setWindowTitle(title)

    def _on_project_replaced(self) -> None:
        self.discard_run()
        self.dataset = None
        self.failure = ""
        self.state_changed.emit()
