"""What the teaching panels share: they draw torch computations of their own instead of a run's snapshots.

Such a panel computes when it is first shown and torch has been imported (``ui.engine_warmup``), never
while the window is being built: until then it shows "Loading…" and looks again on a timer.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.ui import engine_warmup
from playground.ui.i18n import tr
from playground.ui.plots.base import DesignTraits, Panel

RETRY_MS = 200
"""How often a panel waiting for torch looks again."""


class TeachingPanel(Panel):
    """A panel that shows its own computation (not a run): lazy on torch, indifferent to snapshots.

    Subclasses implement ``compute``, which may import torch; it runs once the panel is visible and the
    engine is ready, and again whenever ``request_compute`` is called after that.
    """

    probes: frozenset[str] = frozenset()

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only when a lesson asks for it (``panel_docks`` shows requested panels whatever this says)."""
        return False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.computed = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.request_compute)
        self.show_hint(tr("Loading…"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self.computed:
            self.request_compute()

    def request_compute(self) -> None:
        """Compute now if torch is ready, else show "Loading…" and try again shortly."""
        if not self.isVisible():
            return  # showEvent asks again when the panel appears
        engine_warmup.warm_up_engine()  # no-op once started; a panel may be the first to need torch
        if not engine_warmup.engine_ready():
            self.show_hint(tr("Loading…"))
            self._retry.start()
            return
        self.compute()
        self.computed = True
        self.hide_hint()

    def compute(self) -> None:
        """Compute and draw (torch may be imported here)."""
        raise NotImplementedError

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The curves do not depend on the data."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """A run changes nothing here."""

    def clear(self) -> None:
        """A new run keeps the curves (they are not a run's)."""
