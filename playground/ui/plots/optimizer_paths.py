"""Optimizers racing on a 2D loss surface: contour picture, one coloured path per optimizer, replayed slowly.

The paths come from torch's optimizers (``engine.loss_surface``), computed in a background thread because
seven optimizers take about a second on the CPU; the panel polls for the result and then reveals the
paths step by step over ``duration_ms`` so a class can watch them race.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, QLocale, QRectF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from playground.engine.loss_surface import OPTIMIZER_ORDER, SURFACES, OptimizerPath
from playground.graph.settings import OPTIMIZERS
from playground.ui.i18n import N_, number, tr
from playground.ui.plots.base import PlotWidget, style_plot, swatch, text_font
from playground.ui.plots.teaching import TeachingPanel
from playground.ui.theme import OKABE_ITO

GRID = 160
"""Surface samples per side."""
CONTOURS = 12
DURATION_MS = 8000
"""How long a replay takes: slow enough for a class to follow the race."""
FRAME_MS = 33
POLL_MS = 50
"""How often the panel looks whether the background computation has finished."""
SLIDER_STEPS = 20
"""Slider positions per decade of the learning-rate multiplier (×0.1 … ×10)."""
DEBOUNCE_MS = 250
"""Dragging the slider recomputes once it rests this long."""
OPTIMIZER_COLORS: dict[str, str] = {
    "sgd": OKABE_ITO[7],
    "momentum": OKABE_ITO[0],
    "nesterov": OKABE_ITO[5],
    "adagrad": OKABE_ITO[2],
    "rmsprop": OKABE_ITO[4],
    "adam": OKABE_ITO[1],
    "nadam": OKABE_ITO[3],
}
PATH_WIDTH = 2.5
CACHE_SIZE = 32

_cache: dict[tuple[str, float], tuple[np.ndarray, dict[str, OptimizerPath]]] = {}
"""Results by (surface, lr multiplier), shared by every panel: going back to a setting is instant."""


def surface_colormap() -> pg.ColorMap:
    """White valleys to grey heights: the coloured paths stay the brightest things on the picture."""
    return pg.ColorMap([0.0, 1.0], [QColor("#FFFFFF"), QColor("#CFCFCF")])


def significant(value: float, digits: int = 3) -> str:
    """``value`` to ``digits`` significant digits in the language's format: losses span many decades here."""
    return QLocale().toString(float(value), "g", digits)


def log_surface(z: np.ndarray) -> np.ndarray:
    """log10 of the loss above its lowest value on the grid: valleys and bowls show their shape at every depth."""
    span = float(np.max(z) - np.min(z))
    return np.log10(z - np.min(z) + max(span * 1e-5, 1e-9))


class OptimizerPathsPanel(TeachingPanel):
    """The optimizers of the Training dock racing downhill on a chosen surface, at a chosen learning-rate scale."""

    title = N_("Optimizers on a loss surface")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duration_ms = DURATION_MS
        self.paths: dict[str, OptimizerPath] = {}
        self.revealed = 0
        """Steps of the paths on display (all of them once a replay ends)."""
        self._computed_for: tuple[str, float] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="optimizer-paths")
        self._future: Future | None = None
        self._future_key: tuple[str, float] | None = None

        self.surface_box = QComboBox()
        for name, surface in SURFACES.items():
            self.surface_box.addItem(tr(surface.label), name)
        self.surface_box.setFont(text_font())
        self.surface_box.setToolTip(tr("The loss surface the optimizers descend"))
        self.surface_box.currentIndexChanged.connect(self._on_surface_changed)
        self.lr_slider = QSlider(Qt.Orientation.Horizontal)
        self.lr_slider.setRange(-SLIDER_STEPS, SLIDER_STEPS)
        self.lr_slider.setValue(0)
        self.lr_slider.setMinimumWidth(120)
        self.lr_slider.setToolTip(
            tr("Multiplies every optimizer's learning rate (×0.1 … ×10): too large and the paths overshoot or leave")
        )
        self.lr_slider.valueChanged.connect(self._on_lr_changed)
        self.lr_label = QLabel()
        self.lr_label.setFont(text_font())
        self.lr_label.setMinimumWidth(self.lr_label.fontMetrics().horizontalAdvance("lr × 0,00"))
        self.replay_button = QPushButton(tr("Replay"))
        self.replay_button.setFont(text_font())
        self.replay_button.setToolTip(tr("Run the race again from the start"))
        self.replay_button.clicked.connect(self.replay)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.request_compute)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_result)
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self._advance)
        self._clock = QElapsedTimer()

        self.plot = PlotWidget()
        item = self.plot.getPlotItem()
        style_plot(item, "w₁", "w₂", minor_labels=False)
        item.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(surface_colormap())
        item.addItem(self.image)
        self.contours = [pg.IsocurveItem(pen=pg.mkPen("#8C8C8C", width=1)) for _ in range(CONTOURS)]
        for contour in self.contours:
            contour.setParentItem(self.image)  # the image's transform maps grid indices to (w₁, w₂)
        self.start_mark = pg.ScatterPlotItem(symbol="star", size=18, pen=pg.mkPen("#222222"), brush=pg.mkBrush("w"))
        item.addItem(self.start_mark)
        self.minima_mark = pg.ScatterPlotItem(symbol="x", size=16, pen=pg.mkPen("#222222"), brush=pg.mkBrush("#222222"))
        item.addItem(self.minima_mark)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.heads: dict[str, pg.ScatterPlotItem] = {}
        for opt in OPTIMIZER_ORDER:
            color = OPTIMIZER_COLORS[opt]
            self.curves[opt] = item.plot([], [], pen=pg.mkPen(color, width=PATH_WIDTH))
            head = pg.ScatterPlotItem(size=13, pen=pg.mkPen("#222222", width=1), brush=pg.mkBrush(color))
            item.addItem(head)
            self.heads[opt] = head

        # The legend sits beside the plot, not on it: every corner of some surface holds a path.
        self.legend: dict[str, QLabel] = {}
        legend = QVBoxLayout()
        legend.setSpacing(2)
        for opt in OPTIMIZER_ORDER:
            label = QLabel()
            label.setFont(text_font())
            label.setToolTip(
                tr(
                    "The optimizer's colour and the loss where its path has got to; a path that leaves the view had "
                    "too large a learning rate and stops there"
                )
            )
            self.legend[opt] = label
            legend.addWidget(label)
        legend.addStretch(1)
        self.status = QLabel()
        self.status.setFont(text_font())
        self.status.setWordWrap(True)
        self.status.setToolTip(tr("The race so far and the surface's lesson"))
        controls = QHBoxLayout()
        controls.addWidget(self.surface_box)
        controls.addSpacing(8)
        controls.addWidget(self.lr_slider, 1)
        controls.addWidget(self.lr_label)
        controls.addWidget(self.replay_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        body = QHBoxLayout()
        body.addWidget(self.plot, 1)
        body.addLayout(legend)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self._show_lr()

    # --- settings -----------------------------------------------------------------------------------

    def surface_name(self) -> str:
        """The id of the chosen surface ("bowl", "rosenbrock"…)."""
        return str(self.surface_box.currentData())

    def lr_scale(self) -> float:
        """The learning-rate multiplier the slider sets (×0.1 … ×10, log scale)."""
        return round(10.0 ** (self.lr_slider.value() / SLIDER_STEPS), 4)

    def _show_lr(self) -> None:
        self.lr_label.setText(tr("lr × {scale}", scale=number(self.lr_scale(), 2)))

    def _on_surface_changed(self, index: int) -> None:
        self.request_compute()

    def _on_lr_changed(self, value: int) -> None:
        self._show_lr()
        if self.computed:
            self._debounce.start()

    # --- computing ----------------------------------------------------------------------------------

    def compute(self) -> None:
        """Draw the chosen surface and start computing its paths in the background (imports torch there)."""
        key = (self.surface_name(), self.lr_scale())
        if key == self._computed_for or key == self._future_key:
            return
        if key in _cache:
            self._show(key, *_cache[key])
            return
        if self._future is not None:  # busy: _check_result starts the newest request when it finishes
            return
        self._future_key = key
        self._future = self._executor.submit(_compute, *key)
        self._poll.start()
        self.status.setText(tr("Computing the paths…"))

    def _check_result(self) -> None:
        if self._future is None or not self._future.done():
            return
        future, key = self._future, self._future_key
        self._future, self._future_key = None, None
        self._poll.stop()
        try:
            grid, paths = future.result()
        except Exception as error:  # noqa: BLE001 (shown to the user instead of a traceback)
            self.status.setText(tr("The paths could not be computed: {error}", error=str(error)))
            return
        assert key is not None
        if len(_cache) >= CACHE_SIZE:
            del _cache[next(iter(_cache))]  # the oldest
        _cache[key] = (grid, paths)
        if key == (self.surface_name(), self.lr_scale()):
            self._show(key, grid, paths)
        else:  # the user moved on while it ran
            self.compute()

    def _show(self, key: tuple[str, float], grid: np.ndarray, paths: dict[str, OptimizerPath]) -> None:
        surface = SURFACES[key[0]]
        x0, x1, y0, y1 = surface.extent
        z = log_surface(grid)
        lo, hi = float(np.min(z)), float(np.max(z))
        self.image.setImage(z, levels=(lo, hi), autoLevels=False)
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        for contour, level in zip(self.contours, np.linspace(lo, hi, CONTOURS + 2)[1:-1], strict=True):
            contour.setData(z, level=float(level))
        self.start_mark.setData([surface.start[0]], [surface.start[1]])
        self.minima_mark.setData([m[0] for m in surface.minima], [m[1] for m in surface.minima])
        item = self.plot.getPlotItem()
        item.setXRange(x0, x1, padding=0)
        item.setYRange(y0, y1, padding=0)
        self.paths = paths
        self._computed_for = key
        self.replay()

    # --- the race -----------------------------------------------------------------------------------

    def steps(self) -> int:
        """Steps of the current paths (0 before any)."""
        return max((len(p.points) - 1 for p in self.paths.values()), default=0)

    def replay(self) -> None:
        """Start revealing the paths from the start point again."""
        self._clock.start()
        self._reveal(0)
        if self.duration_ms <= 0:
            self._reveal(self.steps())
        else:
            self._frames.start()

    def _advance(self) -> None:
        total = self.steps()
        step = min(total, int(total * self._clock.elapsed() / max(self.duration_ms, 1)))
        self._reveal(step)
        if step >= total:
            self._frames.stop()

    def _reveal(self, step: int) -> None:
        """Show each path's first ``step`` steps and its head at the last of them."""
        self.revealed = step
        for opt, curve in self.curves.items():
            path = self.paths.get(opt)
            if path is None:
                curve.setData([], [])
                self.heads[opt].setData([], [])
                continue
            shown = path.points[: step + 1]
            curve.setData(shown[:, 0], shown[:, 1])
            self.heads[opt].setData([shown[-1, 0]], [shown[-1, 1]])
            self._show_legend(opt, path, step)
        self._show_status(step)

    def _show_legend(self, opt: str, path: OptimizerPath, step: int) -> None:
        name = tr(OPTIMIZERS[opt])
        if path.stopped_at is not None and path.stopped_at <= step:
            text = tr("{name}: diverged (step {step})", name=name, step=path.stopped_at)
        else:
            loss = float(path.losses[min(step, len(path.losses) - 1)])
            text = tr("{name}: {loss}", name=name, loss=significant(loss))
        self.legend[opt].setText(swatch(OPTIMIZER_COLORS[opt], text))

    def _show_status(self, step: int) -> None:
        if not self.paths or self._computed_for is None:
            return
        surface = SURFACES[self._computed_for[0]]
        self.status.setText(tr("Step {step} of {total}.", step=step, total=self.steps()) + " " + tr(surface.help))


def _compute(name: str, lr_scale: float) -> tuple[np.ndarray, dict[str, OptimizerPath]]:
    """The surface grid and every optimizer's path (runs in the panel's worker thread: no Qt here)."""
    from playground.engine.loss_surface import optimizer_paths, surface_grid

    grid, _ = surface_grid(name, GRID)
    return grid, optimizer_paths(name, OPTIMIZER_ORDER, lr_scale=lr_scale)
