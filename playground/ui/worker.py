"""Runs a ``Trainer`` in a worker thread: commands in through a queue, snapshots out, latest wins.

The GUI thread owns the widgets; the worker thread owns the model, optimizer and data. The GUI sends commands (play,
pause, step, reset, set_setting, set_probes, set_options, set_speed) through a thread-safe queue; the worker applies
them between chunks of steps sized to ~15 ms, so pause takes effect within a chunk. Up to 30 times a second it
computes the requested probes and puts one ``Snapshot`` into a one-slot mailbox; the GUI takes the newest and never
sees a backlog. Probes of a big network can cost several milliseconds, so the snapshot rate drops as far as needed
to keep them under ``SNAPSHOT_BUDGET`` of the training time (training speed comes first). Measuring the loss on the
data costs most for image models; it has its own, slower cadence, so cheap probes (filters, gradients) still move
smoothly between measurements.
"""

from __future__ import annotations

import queue
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from playground.graph import Project
from playground.ui import run_files
from playground.ui.i18n import tr

SNAPSHOT_INTERVAL = 1 / 30
SNAPSHOT_BUDGET = 0.04
"""Largest share of the worker's time that periodic snapshots may take while playing."""
MEASURE_BUDGET = 0.05
"""Largest share that measuring loss and accuracy on the data may take on top (an image model's test set)."""
SLOW_PROBES: dict[str, tuple[str, ...]] = {
    "hidden_grads": ("hidden_grads",),
    "gates": ("gates", "gate_sample"),
    "text": ("text",),
}
"""Probes that cost tens to hundreds of milliseconds (a recurrent net unrolled step by step, text written one
character at a time), with the snapshot fields they fill. They have their own, slower cadence; snapshots in
between carry their latest results, so the other panels keep moving at full rate."""
SLOW_BUDGET = 0.05
SLOW_INTERVAL = 0.5
"""Seconds between two computations of the slow probes at least."""
IDLE_WAIT = 0.05
CHUNK_SECONDS = 0.015
MAX_CHUNK = 1000


class Mailbox:
    """A one-slot, thread-safe box: ``put`` replaces what is there, ``take`` empties it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._item: Any = None

    def put(self, item: Any) -> bool:
        """Store ``item``; True if the box was empty (the reader needs a nudge)."""
        with self._lock:
            was_empty = self._item is None
            self._item = item
            return was_empty

    def take(self) -> Any:
        with self._lock:
            item, self._item = self._item, None
            return item


class TrainingWorker(QObject):
    """Lives in the worker thread. Create through ``TrainingThread``, not directly."""

    snapshot_ready = Signal()
    """A new snapshot is in the mailbox (emitted only when the box was empty)."""
    failed = Signal(str)
    """Training stopped with a message for the user (invalid design, NaN loss, exception)."""
    playing_changed = Signal(bool)
    reported = Signal(str, bool)
    """(message, is_error) for the user's status bar: a file written (an exported model, a saved run), or the
    run paused by early stopping."""

    def __init__(
        self, project_json: str, wait_for: threading.Event | None = None, bundle: str = "", device: str = "auto"
    ) -> None:
        super().__init__()
        self._project_json = project_json
        self._bundle = bundle
        self._device = device
        self._project = None
        self._wait_for = wait_for
        self.commands: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.mailbox = Mailbox()
        self._stop = threading.Event()
        self._playing = False
        self._probes: set[str] = set()
        self._options: dict[str, Any] = {}
        self._max_steps_per_second: float | None = None
        self._trainer = None
        self._chunk = 1
        self._next_step_at = 0.0
        self._publish_cost = 0.0
        """Smoothed seconds of a snapshot's probes."""
        self._measure_cost = 0.0
        """Smoothed seconds of measuring loss and accuracy on the data (``Trainer.record``)."""
        self._resets = 0
        """Resets applied so far: every snapshot carries it, so the GUI can drop ones taken before a reset."""
        self._slow_cost = 0.0
        """Smoothed seconds of the slow probes."""
        self._slow_at = 0.0
        self._slow_fields: dict[str, Any] = {}
        """The latest results of the slow probes, carried by the snapshots that do not compute them."""
        self._early_stop_told: int | None = None
        """The early-stop step already announced: a stopped run is paused and told once, not at every snapshot."""

    def request_stop(self) -> None:
        """Thread-safe: ask the loop to end after the current chunk."""
        self._stop.set()
        self.commands.put(("wake", None))

    @Slot()
    def run(self) -> None:
        """The worker thread's loop: build the trainer, then serve commands and step."""
        # Two threads importing torch at once take twice as long as one after the other.
        while self._wait_for is not None and not self._wait_for.wait(IDLE_WAIT):
            if self._stop.is_set():
                return
        try:
            import torch

            from playground.engine.run_setup import checked_device
            from playground.engine.train import TrainingError, device_for, make_trainer
        except Exception as e:  # an incomplete or broken torch install: say so, never a silently dead thread
            self.failed.emit(tr("The training engine (torch) could not be loaded: {kind}: {error}",
                                kind=type(e).__name__, error=e))
            return
        from playground.graph import load_project

        torch.set_num_threads(1)  # one core trains, the other keeps the GUI smooth
        try:
            if self._bundle:  # a saved run: its own project, weights, optimizer and random state
                from playground.engine.bundle import BundleError, open_run

                # Auto continues where the run was trained (when that device is here); a chosen device is honoured.
                device = None if self._device == "auto" else checked_device(self._device)
                try:
                    self._project, self._trainer = open_run(self._bundle, device)
                except BundleError as e:
                    raise TrainingError(str(e)) from None
            else:
                self._project = load_project(self._project_json)
                self._trainer = make_trainer(self._project, device=device_for(self._project, self._device))
        except Exception as e:  # a TrainingError's message, or any other failure in words: never a dead thread
            self.failed.emit(_describe(e))
            return
        self._publish()
        last_publish = last_measure = time.perf_counter()
        while not self._stop.is_set():
            self._serve_commands(self._wait_time())
            if self._stop.is_set():
                break
            if self._playing:
                try:
                    stepped = self._play_chunk()
                except Exception as e:  # any failure becomes a message; the app lives on
                    self._set_playing(False)
                    self.failed.emit(_describe(e))
                    continue
                now = time.perf_counter()
                if stepped and now - last_publish >= self._publish_gap():
                    measure = now - last_measure >= max(SNAPSHOT_INTERVAL, self._measure_cost / MEASURE_BUDGET)
                    self._publish(measure, full=False)
                    last_publish = time.perf_counter()
                    if measure:
                        last_measure = last_publish

    def _publish_gap(self) -> float:
        """Seconds to leave between two periodic snapshots.

        Training speed comes first: the probes may take SNAPSHOT_BUDGET of the time. In slow motion the worker
        waits between steps anyway, so every step is shown while its snapshot takes under half that wait.
        """
        speed = self._max_steps_per_second
        if speed and self._publish_cost <= 0.5 / speed:
            return 0.0
        return max(SNAPSHOT_INTERVAL, self._publish_cost / SNAPSHOT_BUDGET)

    def _wait_time(self) -> float | None:
        """How long to wait for a command before stepping on (None: do not wait)."""
        if not self._playing:
            return IDLE_WAIT
        if self._max_steps_per_second:
            # Slow motion waits on the queue, not in sleep(), so pause still answers at once.
            wait = self._next_step_at - time.perf_counter()
            return min(wait, IDLE_WAIT) if wait > 0 else None
        return None

    def _serve_commands(self, wait: float | None) -> None:
        try:
            command = self.commands.get(timeout=wait) if wait is not None else self.commands.get_nowait()
        except queue.Empty:
            return
        while True:
            self._apply(*command)
            try:
                command = self.commands.get_nowait()
            except queue.Empty:
                return

    def _apply(self, name: str, arg: Any) -> None:
        trainer = self._trainer
        try:
            if name == "play":
                self._set_playing(True)
                self._early_stop_told = None  # Play on a run that stopped early says again why it stays put
                self._check_early_stop()
            elif name == "pause":
                self._set_playing(False)
                self._publish()
            elif name == "step":
                self._set_playing(False)
                trainer.step(arg)
                self._publish()
            elif name == "reset":
                self._resets += 1  # counted even if the reset fails, or the GUI would wait for it forever
                self._slow_fields = {}
                self._early_stop_told = None
                trainer.reset()
                self._publish()
            elif name == "set_setting":
                trainer.set_setting(*arg)
            elif name == "set_probes":
                self._probes = set(arg)
                kept = {f for probe in self._probes & set(SLOW_PROBES) for f in SLOW_PROBES[probe]}
                self._slow_fields = {f: v for f, v in self._slow_fields.items() if f in kept}
                self._publish()
            elif name == "set_options":
                self._options = dict(arg)
                self._publish(measure=False)
            elif name == "set_speed":
                self._max_steps_per_second = arg
            elif name == "export":
                self.reported.emit(*run_files.export_run(self._project, self._trainer, *arg))
            elif name == "save_bundle":
                self.reported.emit(*run_files.save_run(self._project, self._trainer, arg))
        except Exception as e:
            self._set_playing(False)
            self.failed.emit(_describe(e))

    def _play_chunk(self) -> bool:
        """Step for about CHUNK_SECONDS (or one step at the slow-motion rate); True if it stepped."""
        trainer = self._trainer
        if self._max_steps_per_second:
            now = time.perf_counter()
            if now < self._next_step_at:
                return False
            trainer.step(1)
            self._next_step_at = now + 1.0 / self._max_steps_per_second
            return True
        start = time.perf_counter()
        trainer.step(self._chunk)
        elapsed = time.perf_counter() - start
        per_step = elapsed / self._chunk
        self._chunk = max(1, min(MAX_CHUNK, int(CHUNK_SECONDS / max(per_step, 1e-6))))
        return True

    def _publish(self, measure: bool = True, full: bool = True) -> None:
        """Send a snapshot of the requested probes; ``measure`` first evaluates loss and accuracy on the data.

        The parts are timed apart: each has its own budget, so a 2D net (cheap to measure, costly boundary
        grid), a CNN (costly to measure, cheap filters) and a recurrent net (costly gradients through time)
        all keep to about the budgets' sum. ``full=False`` (the periodic snapshots while playing) computes
        the slow probes only when their own cadence allows; a user's command always gets everything.
        """
        start = time.perf_counter()
        if measure:
            self._trainer.record()
        measured = time.perf_counter()
        slow = self._probes & set(SLOW_PROBES)
        due = full or measured - self._slow_at >= max(SLOW_INTERVAL, self._slow_cost / SLOW_BUDGET)
        snapshot = self._trainer.snapshot(self._probes - slow, options=self._options, measure=False)
        probed = time.perf_counter()
        # Smoothed, so one slow snapshot (a page fault, a GC pause) does not halve the frame rate.
        if measure:
            self._measure_cost = 0.7 * self._measure_cost + 0.3 * (measured - start)
        self._publish_cost = 0.7 * self._publish_cost + 0.3 * (probed - measured)
        if slow and due:
            extra = self._trainer.snapshot(slow, options=self._options, measure=False)
            self._slow_fields = {f: getattr(extra, f) for name in slow for f in SLOW_PROBES[name]}
            self._slow_at = time.perf_counter()
            self._slow_cost = 0.7 * self._slow_cost + 0.3 * (self._slow_at - probed)
        for field, value in self._slow_fields.items():
            setattr(snapshot, field, value)
        if self.mailbox.put((self._resets, snapshot)):
            self.snapshot_ready.emit()
        self._check_early_stop()

    def _check_early_stop(self) -> None:
        """Pause and tell the user once when early stopping has ended the run (a measurement found it)."""
        stopped = getattr(self._trainer, "stopped_early", None)  # a GAN's trainer has no early stopping
        if stopped is None or stopped == self._early_stop_told:
            return
        self._early_stop_told = stopped
        self._set_playing(False)
        self.reported.emit(
            tr(
                "Early stopping: the test loss was lowest at step {step}; the network went back to those weights",
                step=stopped,
            ),
            False,
        )

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)


def _describe(e: Exception) -> str:
    from playground.engine.train import DivergedError, TrainingError
    from playground.ui.run_status import diverged_advice

    if isinstance(e, DivergedError):
        return diverged_advice(str(e))
    if isinstance(e, TrainingError):
        return str(e)
    if isinstance(e, MemoryError) or "out of memory" in str(e).lower():
        return tr("out of memory: use fewer units, a smaller batch or less data")
    return tr("training stopped by an unexpected error: {kind}: {error}", kind=type(e).__name__, error=e)


class TrainingThread(QObject):
    """GUI-side handle: starts the worker in its own QThread, sends commands, stops it cleanly.

    Signals are re-emitted in the GUI thread: ``snapshot`` (the newest Snapshot), ``failed(str)``,
    ``playing_changed(bool)``.
    """

    snapshot = Signal(object)
    failed = Signal(str)
    playing_changed = Signal(bool)
    reported = Signal(str, bool)

    def __init__(self, project: Project, parent: QObject | None = None, wait_for: threading.Event | None = None,
                 bundle: str = "", device: str = "auto") -> None:
        """``wait_for``: an event set when torch is imported (by a warm-up thread); the worker starts after it.
        ``bundle``: a saved run (.nnpz) to continue instead of a fresh run of ``project``.
        ``device``: where to train (``auto``, ``cpu``, ``cuda``, ``mps``: ``engine.run_setup.device_for``)."""
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("training")
        self._worker = TrainingWorker(project.to_json(), wait_for, bundle, device)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Bound methods of this GUI-thread object: Qt queues these calls into the GUI thread.
        self._worker.snapshot_ready.connect(self._on_snapshot_ready)
        self._worker.failed.connect(self._on_failed)
        self._worker.playing_changed.connect(self._on_playing_changed)
        self._worker.reported.connect(self._on_reported)
        self.latest = None
        self._resets_sent = 0
        self._thread.start()

    def send(self, name: str, arg: Any = None) -> None:
        """Queue a command: play, pause, step (n), reset, set_setting ((name, value) of a live training setting),
        set_probes (names), set_options, set_speed, export ((format, path, network)), save_bundle (path); the last
        two answer through ``reported``.

        After a ``reset`` no snapshot taken before it reaches ``snapshot`` (one may still be in the mailbox).
        """
        if name == "reset":
            self._resets_sent += 1
        self._worker.commands.put((name, arg))

    def stop(self) -> None:
        """Stop the worker and wait for its thread; safe to call twice."""
        if self._thread.isRunning():
            self._worker.request_stop()
            self._thread.quit()
            self._thread.wait()

    @Slot()
    def _on_snapshot_ready(self) -> None:
        item = self._worker.mailbox.take()
        if item is None:
            return
        resets, snap = item
        if resets == self._resets_sent:  # older: trained before the last reset the GUI asked for
            self.latest = snap
            self.snapshot.emit(snap)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)

    @Slot(bool)
    def _on_playing_changed(self, playing: bool) -> None:
        self.playing_changed.emit(playing)

    @Slot(str, bool)
    def _on_reported(self, message: str, error: bool) -> None:
        self.reported.emit(message, error)
