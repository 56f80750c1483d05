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
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDockWidget

from playground.graph import GraphEvent, Project
from playground.graph.settings import LIVE_TRAINING
from playground.ui import engine_warmup
from playground.ui.document import Document
from playground.ui.i18n import tr
from playground.ui.panel_feed import PanelFeed
from playground.ui.scrub import SnapshotHistory
from playground.ui.worker import TrainingThread

LIVE_SETTINGS = LIVE_TRAINING
"""Training settings a run follows without a reset (``steps`` only matters for headless runs)."""
LAYOUT_EVENTS = frozenset({"node_moved", "node_renamed"})
"""Graph events that change how the design looks, not what it computes."""
RATE_WINDOW_S = 1.5


def run_fingerprint(project: Project) -> str:
    """What a run depends on: the design (without positions and names), the data, non-live settings, variants."""
    graph = project.graph.to_dict()
    nodes = [{k: v for k, v in node.items() if k not in ("pos", "name")} for node in graph["nodes"]]
    training = {k: v for k, v in project.training.items() if k not in LIVE_SETTINGS}
    return json.dumps([nodes, graph["edges"], project.data, training, project.variants], sort_keys=True)


class TrainingSession(QObject):
    """Owns the TrainingThread of the open document and forwards its snapshots to the panels (its ``feed``).

    Signals: ``state_changed()`` (playing, loading, stale, failure or run changed),
    ``snapshot_changed(snapshot)`` (the newest one; counters), ``message(str)`` (status bar).
    """

    state_changed = Signal()
    snapshot_changed = Signal(object)
    message = Signal(str)
    reported = Signal(str, bool)
    """(message, is_error) about a file the worker wrote: an exported model, a saved run."""

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
        self.device = "auto"
        """Where new runs train (``auto``, ``cpu``, ``cuda``, ``mps``): an app preference, ``ui.device_choice``."""
        self._run_device = ""
        self._fingerprint = ""
        self._rates: deque[tuple[float, int]] = deque()
        self.feed = PanelFeed(self)
        """The panels this session feeds (visibility, requested probes, throttled drawing)."""
        self.feed.probes_changed.connect(self._on_probes_changed)
        self.feed.panel_added.connect(self._prepare_panel)
        self.history = SnapshotHistory()
        """The run's snapshots, decimated to cover it all (scrubbing back through training: ``ui.scrub``)."""
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

        ``panel`` None: ``dock`` is a ``PanelDock`` that builds it when first shown. Without a dock (the canvas's
        live drawing) the panel starts hidden; ``set_panel_visible`` shows it.
        """
        self.feed.add_panel(panel, dock)

    @Slot(object)
    def _prepare_panel(self, panel: Any) -> None:
        """A panel added or just built: its probe options reach the worker, and it gets the run's data."""
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
        """Every panel added, in order."""
        return self.feed.panels()

    def visible_panels(self) -> list[Any]:
        """The panels fed now, in order."""
        return self.feed.visible_panels()

    def requested_probes(self) -> set[str]:
        """The union of the probes of the visible panels: all the worker computes."""
        return self.feed.requested_probes()

    def set_panel_visible(self, panel: Any, visible: bool) -> None:
        """Start or stop feeding a panel added without a dock (its probes are requested only while shown)."""
        self.feed.set_panel_visible(panel, visible)

    def pending_draws(self) -> int:
        """Visible panels still waiting to draw the newest snapshot."""
        return self.feed.pending_draws()

    @Slot(list)
    def _on_probes_changed(self, probes: list[str]) -> None:
        if self.thread is not None:
            self.thread.send("set_probes", probes)

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
        """Update steps in one pass over the training samples: ceil(n_train / batch size)."""
        if self.dataset is not None:
            n_train = len(self.dataset.x_train)
        else:
            data = self.document.project.data
            n_train = min(data["samples"] - 1, max(1, round(data["samples"] * data["train_ratio"])))
        batch = min(self.document.project.training["batch_size"], n_train)
        return max(1, math.ceil(n_train / batch))

    def step_epoch(self) -> None:
        self.step(self.steps_per_epoch())

    def reset(self) -> None:
        """Re-initialise the weights from the seed and stay paused (a stale run or a device change: a new run)."""
        if self.thread is not None and not self.stale and self._run_device == self.device:
            self.thread.send("pause")
            self.thread.send("reset")
            self.playing = False
            self.failure = ""
            self._rates.clear()
            self.history.clear()
            self.feed.reset(self.dataset)
            self.state_changed.emit()
            return
        self.discard_run()
        self._ensure_run()

    def set_speed(self, steps_per_second: float | None) -> None:
        """Slow motion (steps per second) or as fast as possible (None)."""
        self.speed = steps_per_second
        if self.thread is not None:
            self.thread.send("set_speed", steps_per_second)

    def set_device(self, device: str) -> None:
        """Train new runs on ``device``; a run that exists keeps its device until the next Reset."""
        self.device = device
        if self.thread is not None and device != self._run_device:
            self.message.emit(tr("The training device changes at the next Reset; this run stays where it is"))

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

    def _ensure_run(self, bundle: str = "") -> bool:
        if self.thread is not None and (not self.stale or self.kept_old):
            return True
        self.discard_run()
        report = self.document.report
        problem = report.first_error()
        if problem is not None:
            self._fail(tr("The design cannot train yet: {problem}", problem=problem[1]))
            return False
        project = self.document.project
        from playground.engine.data import DataError, make_dataset  # numpy only: the data the panels draw

        try:
            self.dataset = make_dataset(project.data)
        except DataError as e:
            self._fail(tr("The data cannot be loaded: {error}", error=e))
            return False
        self._fingerprint = run_fingerprint(project)
        self.failure = ""
        # The project is serialised now: the run trains a copy. The worker waits for the warm-up's imports.
        thread = TrainingThread(project, self, wait_for=engine_warmup.wait_event(), bundle=bundle, device=self.device)
        self._run_device = self.device
        thread.snapshot.connect(self._on_snapshot)
        thread.failed.connect(self._on_failed)
        thread.playing_changed.connect(self._on_playing_changed)
        thread.reported.connect(self._on_reported)
        thread.send("set_probes", sorted(self.requested_probes()))
        thread.send("set_options", dict(self.probe_options))
        thread.send("set_speed", self.speed)
        self.thread = thread
        self.feed.set_dataset(self.dataset)
        self.state_changed.emit()
        return True

    def resume(self, bundle: str) -> bool:
        """Continue the run saved in ``bundle`` (its project is the document's now): the worker restores it."""
        self.discard_run()
        return self._ensure_run(bundle)

    def write(self, what: str, arg: Any) -> bool:
        """Ask the worker to write a file from the trained run: ``export`` ((format, path, network)) or
        ``save_bundle`` (path). Starts a run first when there is none (the starting weights are exported then).
        The answer comes through ``reported``."""
        if not self._ensure_run():
            return False
        self.thread.send(what, arg)
        return True

    @Slot(str, bool)
    def _on_reported(self, text: str, error: bool) -> None:
        self.reported.emit(text, error)

    def discard_run(self) -> None:
        """Stop and forget the current run; panels go blank."""
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.stop()
            thread.snapshot.disconnect(self._on_snapshot)
            thread.failed.disconnect(self._on_failed)
            thread.playing_changed.disconnect(self._on_playing_changed)
            thread.reported.disconnect(self._on_reported)
            thread.deleteLater()
        was_active = thread is not None or self.latest is not None
        self.latest = None
        self.playing = False
        self.stale = False
        self.kept_old = False
        self._rates.clear()
        self.history.clear()
        self.feed.forget()
        self.feed.mark_stale(False)
        if was_active:
            self.feed.clear()
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
        self.history.record(snapshot)
        self.feed.show(snapshot)
        self.snapshot_changed.emit(snapshot)
        if first:
            self.state_changed.emit()

    def steps_per_second(self) -> float | None:
        """Training speed over the last ~1.5 s of snapshots (None until it can be measured)."""
        if not self.playing or len(self._rates) < 2:
            return None
        (t0, s0), (t1, s1) = self._rates[0], self._rates[-1]
        return (s1 - s0) / (t1 - t0) if t1 - t0 > 0.2 else None

    def _on_failed(self, message: str) -> None:
        if self.latest is None:  # the run never started (its trainer could not be built)
            self.discard_run()
        self._fail(message)

    def _fail(self, message: str) -> None:
        self.failure = message
        self.playing = False
        self.message.emit(tr("Training stopped: {message}", message=message))
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
        if section == "training" and name in LIVE_SETTINGS and self.thread is not None:
            self.thread.send("set_setting", (name, self.document.project.training[name]))
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
            self.feed.mark_stale(stale)
            if stale:
                self.message.emit(tr("The design changed: the plots show the network trained before the edit"))
        self.state_changed.emit()

    def _on_project_replaced(self) -> None:
        self.discard_run()
        self.dataset = None
        self.failure = ""
        self.state_changed.emit()
