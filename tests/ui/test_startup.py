"""Start-up: the staged start paints the window before building its plot panels, and a panel is built only
when its dock is first shown (then it gets the run's data and the newest snapshot at once)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from training_support import START_MS, BoundaryStandIn, GradStandIn, WeightStandIn, click_tab, preset

from playground.ui import engine_warmup
from playground.ui.document import Document
from playground.ui.main_window import MainWindow
from playground.ui.plots import BoundaryPanel, FiltersPanel, LossPanel
from playground.ui.staged_start import stage


def _window(qtbot, tmp_path, panel_classes=None, size=(1280, 800)) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(preset("xor-mlp")), settings, panel_classes=panel_classes)
    window.files.ask_save_changes = lambda: "discard"
    qtbot.addWidget(window)
    window.resize(*size)
    return window


@pytest.fixture
def no_warm_up(monkeypatch):
    """Record the warm-up's start instead of importing torch (its timing is what is tested here)."""
    started = []
    monkeypatch.setattr(engine_warmup, "warm_up_engine", lambda: started.append(True))
    return started


def test_staged_start_paints_the_window_before_the_panels_then_builds_the_visible_ones(
    qtbot, tmp_path, no_warm_up
) -> None:
    window = _window(qtbot, tmp_path)
    staged = stage(window)
    window.show()
    shown = [dock for dock in window.panel_docks if dock.on_screen]
    assert shown, "the design's plot docks are on screen"
    assert all(dock.panel is None for dock in window.panel_docks)  # nothing built before the first paint
    assert window.statusBar().currentMessage() == "Loading panels…"
    assert window.view.node_scene.nodes  # the real editor with the design, from the first frame
    assert not no_warm_up  # torch waits too: it would compete with the first paint

    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: staged.finished and bool(no_warm_up), timeout=3000)
    assert all(isinstance(dock.panel, dock.panel_class) for dock in shown)
    assert {type(p) for p in window.session.visible_panels()} >= {BoundaryPanel, LossPanel}
    assert all(dock.panel is None for dock in window.panel_docks if not dock.on_screen)  # tabs behind: later
    assert window.statusBar().currentMessage() == ""
    filters = next(dock for dock in window.panel_docks if dock.panel_class is FiltersPanel)
    assert filters.isHidden() and filters.panel is None  # an MLP never needs it: never built


def test_a_panel_is_built_when_its_tab_is_first_shown_and_gets_the_newest_snapshot(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path, panel_classes=[BoundaryStandIn, GradStandIn, WeightStandIn], size=(1000, 800))
    window.live_canvas.toggle_action.trigger()  # only the stand-ins ask for probes
    window.arrange_docks()  # room for two panels side by side; the third is a tab behind the second
    window.show()
    qtbot.waitExposed(window)
    _, grads_dock, weights_dock = window.panel_docks
    assert isinstance(grads_dock.panel, GradStandIn)  # built when its dock showed
    assert not weights_dock.on_screen and weights_dock.panel is None  # a tab behind another
    session = window.session
    session.step(2)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == 2, timeout=START_MS)
    assert set(session.thread._worker._probes) == {"boundary", "grad_norms"}  # the hidden one asks for nothing

    click_tab(window, WeightStandIn.title)
    weights = weights_dock.panel
    assert isinstance(weights, WeightStandIn) and weights_dock.widget() is weights
    assert weights.datasets == [session.dataset]  # its data first, then the newest snapshot at once
    assert weights.snapshots and weights.snapshots[-1] is session.latest
    qtbot.waitUntil(lambda: set(session.thread._worker._probes) == {"boundary", "weights"}, timeout=2000)
    assert session.visible_panels() == [window.panel_docks[0].panel, weights]
    window.close()


def test_asking_for_the_panels_builds_them(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path, panel_classes=[GradStandIn, WeightStandIn])
    assert all(dock.panel is None for dock in window.panel_docks)  # not shown yet: nothing built
    grads, weights, canvas = window.session.panels()
    assert (type(grads), type(weights), canvas) == (GradStandIn, WeightStandIn, window.live_canvas)
    assert [dock.widget() for dock in window.panel_docks] == [grads, weights]


def test_the_window_and_every_panel_module_import_without_torch() -> None:
    # torch loads in the background after the first paint: a panel importing an engine module that imports torch at
    # its top would put seconds of import time in front of the window (the view dataclasses must stay numpy-only)
    code = (
        "import sys\nimport playground.ui.main_window, playground.ui.plots\n"
        "print('torch' in sys.modules)\nimport torch\nprint('torch' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.split() == ["False", "True"]  # the second line shows the probe can see torch
