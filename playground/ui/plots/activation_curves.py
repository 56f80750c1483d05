"""Activation functions side by side: f(x) on the left, its slope f′(x) on the right, a few at a time.

The slope is what backpropagation multiplies by at every layer, so the right plot is the lesson:
sigmoid's never exceeds 0.25 (deep sigmoid nets vanish), ReLU's is 1 or 0, the step's is 0.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.activation_curves import (
    CURVE_FUNCTIONS,
    CURVE_PARAMS,
    DEFAULT_SHOWN,
    JUMPS,
    NOTES,
    SIGMOID_MAX_SLOPE,
    X_RANGE,
    function_label,
)
from playground.ui.i18n import N_, number, tr
from playground.ui.plots.base import LABEL_PT, TEXT_COLOR, TITLE_SIZE, PlotWidget, style_plot, text_font
from playground.ui.plots.teaching import TeachingPanel
from playground.ui.theme import OKABE_ITO

SAMPLES = 801
"""Points per curve: x = 0 is one of them, so the step's jump is one near-vertical segment."""
CURVE_WIDTH = 3
FUNCTION_COLORS: dict[str, str] = dict(
    zip(
        CURVE_FUNCTIONS,
        (OKABE_ITO[7], OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2], OKABE_ITO[3], OKABE_ITO[4], OKABE_ITO[5]),
        strict=True,
    )
)
"""One Okabe–Ito colour per function (yellow left out: too pale on white for a projector)."""
REFERENCE_PEN = pg.mkPen("#888888", width=1.5, style=Qt.PenStyle.DashLine)


def _color_icon(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _reference_line(plot: pg.PlotItem, y: float, label: str = "") -> pg.InfiniteLine:
    line = pg.InfiniteLine(
        pos=y,
        angle=0,
        pen=REFERENCE_PEN,
        movable=False,
        label=label or None,
        labelOpts={"position": 0.03, "anchors": [(0, 1), (0, 1)], "color": TEXT_COLOR, "fill": (255, 255, 255, 200)},
    )
    if label:
        line.label.setFont(text_font(LABEL_PT))
    plot.addItem(line, ignoreBounds=True)
    return line


class ActivationCurvesPanel(TeachingPanel):
    """f(x) and f′(x) of the Activation layer's functions, each toggled by its coloured button."""

    title = N_("Activation functions")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.x = np.linspace(*X_RANGE, SAMPLES)
        self.values_plot = self._make_plot(tr("Function f(x)"), "f(x)")
        self.slopes_plot = self._make_plot(tr("Slope f′(x)"), "f′(x)")
        values, slopes = self.values_plot.getPlotItem(), self.slopes_plot.getPlotItem()
        for plot in (values, slopes):
            _reference_line(plot, 0.0)
            _reference_line(plot, 1.0)
        self.sigmoid_line = _reference_line(
            slopes, SIGMOID_MAX_SLOPE, tr("sigmoid′ ≤ {value}", value=number(SIGMOID_MAX_SLOPE, 2))
        )

        self.value_curves: dict[str, pg.PlotDataItem] = {}
        self.slope_curves: dict[str, pg.PlotDataItem] = {}
        self.jump_marks: dict[str, pg.ScatterPlotItem] = {}
        self.buttons: dict[str, QCheckBox] = {}
        # The row of coloured check boxes is the legend: an inset legend covers some function's curve whatever
        # corner it takes, and this one also shows what is hidden.
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for function in CURVE_FUNCTIONS:
            pen = pg.mkPen(FUNCTION_COLORS[function], width=CURVE_WIDTH)
            self.value_curves[function] = values.plot([], [], pen=pen)
            self.slope_curves[function] = slopes.plot([], [], pen=pen)
            if function in JUMPS:
                # An open circle where the slope is undefined: autograd says 0 there too, but the function jumps.
                mark = pg.ScatterPlotItem(
                    x=list(JUMPS[function]),
                    y=[0.0] * len(JUMPS[function]),
                    symbol="o",
                    size=14,
                    pen=pg.mkPen(FUNCTION_COLORS[function], width=2.5),
                    brush=pg.mkBrush(255, 255, 255),
                )
                slopes.addItem(mark)
                self.jump_marks[function] = mark
            button = QCheckBox(self._label(function))
            button.setChecked(function in DEFAULT_SHOWN)
            button.setIcon(_color_icon(FUNCTION_COLORS[function]))
            button.setFont(text_font())
            button.setToolTip(tr("Show or hide {name} in both plots", name=self._label(function)))
            button.toggled.connect(self._on_toggled)
            self.buttons[function] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.caption = QLabel()
        self.caption.setFont(text_font())
        self.caption.setWordWrap(True)
        self.caption.setToolTip(tr("What the slopes of the shown functions mean for backpropagation"))
        plots = QHBoxLayout()
        plots.addWidget(self.values_plot, 1)
        plots.addWidget(self.slopes_plot, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addLayout(plots, 1)
        layout.addWidget(self.caption)
        self._apply_visibility()

    @staticmethod
    def _label(function: str) -> str:
        label = tr(function_label(function))  # the registry's choice label, translated where shown
        if function == "leaky_relu":
            return tr("{name}, slope {slope}", name=label, slope=number(CURVE_PARAMS["slope"], 1))
        return label

    @staticmethod
    def _make_plot(title: str, y_label: str) -> PlotWidget:
        widget = PlotWidget()
        plot = widget.getPlotItem()
        style_plot(plot, "x", y_label)
        plot.setTitle(title, color=TEXT_COLOR, size=TITLE_SIZE)
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setMouseEnabled(False, False)
        plot.setXRange(*X_RANGE, padding=0.02)
        return widget

    def shown(self) -> tuple[str, ...]:
        """The ids of the functions on display, in the buttons' order."""
        return tuple(f for f in CURVE_FUNCTIONS if self.buttons[f].isChecked())

    def set_shown(self, functions: tuple[str, ...] | list[str]) -> None:
        """Show exactly ``functions`` (as if their buttons were toggled)."""
        for function, button in self.buttons.items():
            button.setChecked(function in functions)

    def compute(self) -> None:
        """Evaluate every function and its slope through the engine's own modules (imports torch)."""
        from playground.engine.activation_curves import activation_curves

        for function, (values, slopes) in activation_curves(CURVE_FUNCTIONS, self.x).items():
            self.value_curves[function].setData(self.x, values)
            self.slope_curves[function].setData(self.x, slopes)
        self._apply_visibility()

    def _on_toggled(self, checked: bool) -> None:
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        shown = self.shown()
        for function in CURVE_FUNCTIONS:
            visible = function in shown
            self.value_curves[function].setVisible(visible)
            self.slope_curves[function].setVisible(visible)
            if function in self.jump_marks:
                self.jump_marks[function].setVisible(visible)
        self.caption.setText("\n".join(tr(NOTES[f]) for f in shown))
        self._fit_y()

    def _fit_y(self) -> None:
        """Fit each plot's height to the shown curves (and the 0 and 1 lines), not to the hidden ones."""
        for curves, plot in ((self.value_curves, self.values_plot), (self.slope_curves, self.slopes_plot)):
            lo, hi = 0.0, 1.0
            for function in self.shown():
                _, y = curves[function].getData()
                if y is not None and len(y):
                    lo, hi = min(lo, float(np.min(y))), max(hi, float(np.max(y)))
            pad = 0.08 * (hi - lo)
            plot.getPlotItem().setYRange(lo - pad, hi + pad, padding=0)
