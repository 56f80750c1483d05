"""The plot panels a training run feeds: which are visible, which probes they ask for, and their throttled drawing.

Panels redraw one at a time, round-robin, each painted at once and at most ~15 redraws a second in all:
the GUI answers between panels instead of freezing for the sum of their paints, and the worker keeps
the GIL most of the time (a drawing GUI halves training speed).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from playground.ui.i18n import N_, integer, tr

STALE_MARK = N_(" · old design")
DRAW_INTERVAL_S = 1 / 15
"""Shortest time between the starts of two panel redraws: ~15 a second in all, one panel at a time."""
DRAW_BUDGET = 0.15
"""Largest share of the GUI thread that panel redraws may take: a slow panel is redrawn less often."""


@dataclass
class _PanelEntry:
    panel: Any  # a playground.ui.plots panel: title, probes, set_dataset, show_snapshot, clear; None: not built yet
    dock: QDockWidget | None  # None: the panel says when it is shown (set_panel_visible)
    visible: bool = False
    kind: Any = None  # the panel's class: its title and probes are known before it is built

    @property
    def probes(self) -> frozenset[str]:
        return self.kind.probes if self.panel is None else self.panel.probes


class PanelFeed(QObject):
    """Feeds snapshots to the visible panels, one redraw at a time, and tracks the probes they need.

    A ``PanelDock`` (``ui.panel_docks``) builds its panel only when first shown or asked for: the feed lists
    it from then on, and ``panel_added(panel)`` lets the session prepare it (its dataset) before its first draw.

    Signals: ``probes_changed(list)`` (the sorted probes of the visible panels, when showing or hiding
    a panel changed them), ``panel_added(panel)`` (a panel to prepare, at once or once its dock built it).
    """

    probes_changed = Signal(list)
    panel_added = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panels: list[_PanelEntry] = []
        self._latest: Any = None
        self._to_draw: list[_PanelEntry] = []
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.timeout.connect(self._draw_next)
        self._next_draw_at = 0.0
        # After a reset the newest snapshot belongs to the old weights: a panel shown now waits for step 0.
        self._awaiting_reset = False
        self._held: Any = None  # a snapshot from the history on show instead of the newest (ui.scrub)
        self._stale = False

    # --- panels and their visibility --------------------------------------------------------

    def add_panel(self, panel: Any, dock: QDockWidget | None = None) -> None:
        """Feed ``panel`` while ``dock`` is visible (an unselected tab or a closed dock is not).

        ``panel`` None: ``dock`` is a ``PanelDock`` that builds it when first shown. Without a dock (the
        canvas's live drawing) the panel starts hidden; ``set_panel_visible`` shows it.
        """
        kind = type(panel) if panel is not None else dock.panel_class  # type: ignore[union-attr]
        entry = _PanelEntry(panel, dock, dock is not None and dock.isVisible(), kind)
        self._panels.append(entry)
        if dock is not None:
            dock.visibilityChanged.connect(partial(self._on_panel_visibility, entry))
        if panel is None:
            dock.built.connect(partial(self._on_built, entry))  # type: ignore[union-attr]
        else:
            self.panel_added.emit(panel)

    def _on_built(self, entry: _PanelEntry, panel: Any) -> None:
        entry.panel = panel
        self.panel_added.emit(panel)  # the session hands it the run's data first
        if entry.visible:
            self._show_now(entry)

    def panels(self) -> list[Any]:
        """Every panel added, in order (panels not built yet are built now)."""
        for entry in self._panels:
            if entry.panel is None:
                entry.dock.ensure_panel()  # type: ignore[union-attr]
        return [e.panel for e in self._panels]

    def built_panels(self) -> list[Any]:
        """The panels built so far, in order (a dock never shown has built none)."""
        return [e.panel for e in self._panels if e.panel is not None]

    def visible_panels(self) -> list[Any]:
        """The panels fed now, in order."""
        return [e.panel for e in self._panels if e.visible and e.panel is not None]

    def requested_probes(self) -> set[str]:
        """The union of the probes of the visible panels: all the worker computes."""
        return set().union(*(e.probes for e in self._panels if e.visible))

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
        if visible and entry.panel is not None:
            self._show_now(entry)
        after = self.requested_probes()
        if after != before:
            self.probes_changed.emit(sorted(after))

    def _show_now(self, entry: _PanelEntry) -> None:
        if self._held is not None:
            entry.panel.show_snapshot(self._held)
        elif self._latest is not None and not self._awaiting_reset:
            entry.panel.show_snapshot(self._latest)  # at once; the worker follows with its probes

    def mark_stale(self, stale: bool) -> None:
        """Say "old design" in the docks' titles while the run trains a design the user has since edited."""
        self._stale = stale
        self._update_titles()

    def _update_titles(self) -> None:
        mark = tr(STALE_MARK) if self._stale else ""
        if self._held is not None:
            mark += tr(" · step {step} (history)", step=integer(self._held.step))
        for entry in self._panels:
            if entry.dock is None:
                continue
            title = tr(entry.kind.title) + mark
            if entry.dock.windowTitle() != title:
                entry.dock.setWindowTitle(title)

    # --- what the panels show ---------------------------------------------------------------

    def set_dataset(self, dataset: Any) -> None:
        """Hand every panel the data of a new run."""
        for entry in self._built():
            entry.panel.set_dataset(dataset)

    def show(self, snapshot: Any) -> None:
        """Queue every visible panel to draw ``snapshot`` (a panel already queued draws it in its turn)."""
        self._latest = snapshot
        self._awaiting_reset = False
        if self._held is not None:
            return  # the user is looking at the past: ``release`` draws the newest
        for entry in self._built():
            if entry.visible and entry not in self._to_draw:
                self._to_draw.append(entry)
        self._schedule_draw()

    def hold(self, snapshot: Any) -> None:
        """Draw ``snapshot`` (an older one, from the history) in every visible panel now and keep it on show:
        newer snapshots wait until ``release``."""
        self._held = snapshot
        self._to_draw.clear()
        self._draw_all(snapshot)
        self._update_titles()

    def release(self) -> None:
        """Stop holding an older snapshot: every visible panel draws the newest now."""
        if self._held is None:
            return
        self._held = None
        self._update_titles()
        self._to_draw.clear()
        if self._latest is not None and not self._awaiting_reset:
            self._draw_all(self._latest)

    @property
    def held(self) -> Any:
        """The older snapshot on show (None: the panels follow training)."""
        return self._held

    def _draw_all(self, snapshot: Any) -> None:
        # Each panel starts afresh: what it kept from other steps (a gradient heatmap's columns, bars a step-0
        # snapshot has none for) must not mix with this one.
        for entry in self._built():
            if entry.visible:
                entry.panel.clear()
                entry.panel.show_snapshot(snapshot)

    def reset(self, dataset: Any) -> None:
        """Reset: every panel forgets its history (curves, heatmaps) and waits for the step-0 snapshot."""
        self._release_quietly()
        self._to_draw.clear()
        self._awaiting_reset = True
        for entry in self._built():
            entry.panel.clear()
            entry.panel.set_dataset(dataset)

    def forget(self) -> None:
        """The run is gone: draw nothing more until the next run's first snapshot."""
        self._release_quietly()
        self._latest = None
        self._to_draw.clear()
        self._awaiting_reset = False

    def _release_quietly(self) -> None:
        """Forget the held snapshot without drawing the newest (a reset or the end of the run)."""
        if self._held is not None:
            self._held = None
            self._update_titles()

    def clear(self) -> None:
        """Every panel goes blank."""
        for entry in self._built():
            entry.panel.clear()

    def _built(self) -> list[_PanelEntry]:
        return [e for e in self._panels if e.panel is not None]

    def pending_draws(self) -> int:
        """Visible panels still waiting to draw the newest snapshot."""
        return len(self._to_draw)

    def _schedule_draw(self) -> None:
        if self._to_draw and not self._draw_timer.isActive():
            delay = max(0.0, self._next_draw_at - time.perf_counter())
            self._draw_timer.start(round(delay * 1000))

    def _draw_next(self) -> None:
        if not self._to_draw or self._latest is None or self._held is not None:
            self._to_draw.clear()
            return
        entry = self._to_draw.pop(0)
        start = time.perf_counter()
        if entry.visible:
            entry.panel.show_snapshot(self._latest)
            if isinstance(entry.panel, QWidget):
                entry.panel.repaint()  # now, so this turn of the event loop bears the whole cost
        cost = time.perf_counter() - start
        self._next_draw_at = start + max(DRAW_INTERVAL_S, cost / DRAW_BUDGET)
        self._schedule_draw()
