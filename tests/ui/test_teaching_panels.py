"""The teaching panels (activation curves, optimizers on a loss surface): lazy on torch, driven by real clicks."""

from __future__ import annotations

import subprocess
import sys
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from playground.engine.activation_curves import CURVE_FUNCTIONS, DEFAULT_SHOWN, NOTES
from playground.engine.loss_surface import OPTIMIZER_ORDER, SURFACES
from playground.ui import engine_warmup
from playground.ui.plots import PANEL_CLASSES, ActivationCurvesPanel, OptimizerPathsPanel
from playground.ui.plots.base import DesignTraits


@pytest.fixture(scope="module", autouse=True)
def engine_loaded() -> None:
    """torch imported by the app's own warm-up, as in the running app once the window is up."""
    engine_warmup.warm_up_engine()
    assert engine_warmup.wait_event() is not None
    assert engine_warmup.wait_event().wait(60)


def shown_panel(qtbot, cls):
    panel = cls()
    qtbot.addWidget(panel)
    panel.resize(900, 450)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def curves_panel(qtbot):
    panel = shown_panel(qtbot, ActivationCurvesPanel)
    qtbot.waitUntil(lambda: panel.computed, timeout=5000)
    return panel


@pytest.fixture
def paths_panel(qtbot):
    panel = OptimizerPathsPanel()
    panel.duration_ms = 0  # the race appears at once; the replay test sets its own duration
    qtbot.addWidget(panel)
    panel.resize(900, 450)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: bool(panel.paths), timeout=15000)
    return panel


def test_registered_and_shown_only_on_request() -> None:
    assert ActivationCurvesPanel in PANEL_CLASSES and OptimizerPathsPanel in PANEL_CLASSES
    for cls in (ActivationCurvesPanel, OptimizerPathsPanel):
        assert cls.probes == frozenset()
        assert not cls.shows_for(DesignTraits(kinds=frozenset({"Dense", "Activation"})))
        assert not cls.shows_for(DesignTraits(data_kind="images"))


def test_building_the_panels_imports_no_torch() -> None:
    """The window builds every panel at start-up: these must not pull torch in before it is shown."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from playground.ui.plots import ActivationCurvesPanel, OptimizerPathsPanel\n"
        "panels = [ActivationCurvesPanel(), OptimizerPathsPanel()]\n"
        "assert not any(p.computed for p in panels)\n"
        "print('torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


def test_loading_hint_until_the_engine_is_ready(qtbot, monkeypatch):
    not_yet = threading.Event()
    monkeypatch.setattr(engine_warmup, "_engine_ready", not_yet)
    panel = shown_panel(qtbot, ActivationCurvesPanel)
    assert panel.hint_text() == "Loading…"
    assert not panel.computed
    assert panel.value_curves["sigmoid"].getData()[0] is None or len(panel.value_curves["sigmoid"].getData()[0]) == 0
    not_yet.set()
    qtbot.waitUntil(lambda: panel.computed, timeout=3000)  # the retry timer noticed
    assert panel.hint_text() is None
    x, y = panel.value_curves["sigmoid"].getData()
    np.testing.assert_allclose(y, 1 / (1 + np.exp(-x)), rtol=1e-9)


def test_hidden_panel_computes_nothing(qtbot):
    panel = ActivationCurvesPanel()
    qtbot.addWidget(panel)
    QTest.qWait(300)
    assert not panel.computed


def test_curves_are_the_functions_and_their_slopes(curves_panel):
    panel = curves_panel
    x, s = panel.value_curves["sigmoid"].getData()
    assert x[0] == -5 and x[-1] == 5
    _, ds = panel.slope_curves["sigmoid"].getData()
    np.testing.assert_allclose(ds, s * (1 - s), rtol=1e-9, atol=1e-15)
    _, dt = panel.slope_curves["tanh"].getData()
    np.testing.assert_allclose(dt, 1 - np.tanh(x) ** 2, rtol=1e-9, atol=1e-15)
    assert panel.sigmoid_line.value() == pytest.approx(0.25)
    assert "0.25" in panel.sigmoid_line.label.toPlainText()


def test_default_shows_sigmoid_tanh_relu(curves_panel):
    panel = curves_panel
    assert panel.shown() == DEFAULT_SHOWN
    for function in CURVE_FUNCTIONS:
        visible = function in DEFAULT_SHOWN
        assert panel.value_curves[function].isVisible() == visible
        assert panel.slope_curves[function].isVisible() == visible
        assert panel.buttons[function].isChecked() == visible


def test_clicking_a_function_hides_or_shows_its_curves(curves_panel):
    panel = curves_panel
    QTest.mouseClick(panel.buttons["sigmoid"], Qt.MouseButton.LeftButton)
    assert not panel.value_curves["sigmoid"].isVisible()
    assert not panel.slope_curves["sigmoid"].isVisible()
    assert NOTES["sigmoid"] not in panel.caption.text()
    QTest.mouseClick(panel.buttons["step"], Qt.MouseButton.LeftButton)
    assert panel.value_curves["step"].isVisible() and panel.jump_marks["step"].isVisible()
    assert NOTES["step"] in panel.caption.text()
    _, dstep = panel.slope_curves["step"].getData()
    assert not dstep.any()  # autograd: the step passes no gradient
    assert panel.shown() == ("step", "tanh", "relu")


def test_the_height_fits_the_shown_curves(curves_panel):
    panel = curves_panel
    panel.set_shown(["sigmoid", "tanh"])
    low, high = panel.values_plot.getPlotItem().viewRange()[1]
    assert high < 1.5 and low < -1  # tanh down to −1, nothing above 1: ReLU's 5 is hidden
    panel.set_shown(["relu"])
    assert panel.values_plot.getPlotItem().viewRange()[1][1] > 5


def test_snapshots_and_clear_keep_the_curves(curves_panel):
    panel = curves_panel
    before = panel.value_curves["relu"].getData()[1].copy()
    panel.clear()
    panel.set_dataset(None)
    assert panel.hint_text() is None
    np.testing.assert_array_equal(panel.value_curves["relu"].getData()[1], before)


def test_paths_drawn_for_every_optimizer(paths_panel):
    panel = paths_panel
    assert panel.surface_name() == "bowl"
    assert list(panel.paths) == list(OPTIMIZER_ORDER)
    assert panel.revealed == panel.steps() == SURFACES["bowl"].steps
    for opt, path in panel.paths.items():
        x, y = panel.curves[opt].getData()
        np.testing.assert_array_equal(np.column_stack([x, y]), path.points)
        hx, hy = panel.heads[opt].getData()
        assert (hx[0], hy[0]) == tuple(path.points[-1])
        assert "SGD" in panel.legend["sgd"].text()
    assert panel.image.image.shape == (160, 160)


def test_choosing_a_surface_recomputes(qtbot, paths_panel):
    panel = paths_panel
    panel.surface_box.setFocus()
    QTest.keyClick(panel.surface_box, Qt.Key.Key_Down)
    assert panel.surface_name() == "rosenbrock"
    qtbot.waitUntil(lambda: panel._computed_for == ("rosenbrock", 1.0), timeout=15000)
    start = SURFACES["rosenbrock"].start
    x, y = panel.curves["adam"].getData()
    assert (x[0], y[0]) == start and len(x) == SURFACES["rosenbrock"].steps + 1
    x0, x1, y0, y1 = SURFACES["rosenbrock"].extent
    assert panel.plot.getPlotItem().viewRange()[0] == pytest.approx([x0, x1])


def test_the_learning_rate_multiplier_recomputes_and_reports_divergence(qtbot, paths_panel):
    panel = paths_panel
    before = panel.paths["sgd"].points.copy()
    panel.lr_slider.setFocus()
    QTest.keyClick(panel.lr_slider, Qt.Key.Key_End)  # ×10
    assert panel.lr_scale() == 10.0
    assert "10" in panel.lr_label.text()
    qtbot.waitUntil(lambda: panel._computed_for == ("bowl", 10.0), timeout=15000)
    sgd = panel.paths["sgd"]
    assert sgd.lr == pytest.approx(10 * SURFACES["bowl"].lrs["sgd"])
    assert not np.array_equal(sgd.points, before)
    assert sgd.diverged and np.isfinite(sgd.points).all()
    assert "diverged" in panel.legend["sgd"].text()
    QTest.keyClick(panel.lr_slider, Qt.Key.Key_Home)  # ×0.1
    qtbot.waitUntil(lambda: panel._computed_for == ("bowl", 0.1), timeout=15000)
    assert not panel.paths["sgd"].diverged


def test_replay_restarts_the_race(qtbot, paths_panel):
    panel = paths_panel
    assert panel.revealed == panel.steps()
    panel.duration_ms = 5000
    QTest.mouseClick(panel.replay_button, Qt.MouseButton.LeftButton)
    assert panel.revealed < panel.steps() // 2
    x, _ = panel.curves["adam"].getData()
    assert len(x) == panel.revealed + 1
    qtbot.waitUntil(lambda: 0 < panel.revealed < panel.steps(), timeout=4000)  # mid-race
    assert panel.heads["adam"].getData()[0][0] == panel.paths["adam"].points[panel.revealed, 0]
    panel.duration_ms = 1  # the rest of the race at once
    qtbot.waitUntil(lambda: panel.revealed == panel.steps(), timeout=3000)
    assert "Step 150 of 150" in panel.status.text()
