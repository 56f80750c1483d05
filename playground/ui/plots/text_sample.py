"""Generated text: what a character-level network writes on its own, newest sample on top, and its temperature.

The network is given a start (the prime, taken from the test text, shaded) and samples one character at
a time. Each sample is headed with the training step it was written at, so the room can watch the
rhymes grow from noise to words. The temperature slider changes how the next character is drawn: low
picks the likeliest characters (safe and repetitive), high lets unlikely ones through (adventurous).
"""

from __future__ import annotations

import html
from collections import deque

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QTextEdit, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot, TextSample
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import TEXT_COLOR, DesignTraits, Panel, text_font
from playground.ui.plots.sequence_preview import mono_font

KEPT_SAMPLES = 6
TEMPERATURE_STEPS = 10
"""Slider positions per unit of temperature (0.1 apart)."""
MIN_TEMPERATURE, MAX_TEMPERATURE = 0.1, 2.0
DEFAULT_TEMPERATURE = 1.0
"""Until a snapshot says otherwise: sampling from the network's own probabilities."""
TEXT_POINTS = 15
PRIME_BACKGROUND = "#DCEBF7"


def temperature_words(value: float) -> str:
    """A few words on what a temperature does to the text."""
    if value < 0.6:
        return tr("safe, repetitive")
    if value <= 1.2:
        return tr("balanced")
    return tr("adventurous")


def sample_html(sample: TextSample) -> str:
    """One sample as rich text: a grey heading with the step and temperature, the shaded prime, the text."""
    heading = tr(
        "step {step} · temperature {temperature}", step=f"{sample.step:,}", temperature=f"{sample.temperature:.1f}"
    )
    prime = html.escape(sample.prime)
    text = html.escape(sample.text)
    return (
        f"<p style='color:#666; font-size:11pt; margin:0'>{heading}</p>"
        f"<pre style='white-space:pre-wrap; margin:2px 0 10px 0; color:{TEXT_COLOR}'>"
        f"<span style='background:{PRIME_BACKGROUND}'>{prime}</span>{text}</pre>"
    )


class TextPanel(Panel):
    """The network's own text, newest on top with its training step, and a temperature slider."""

    title = N_("Generated text")
    probes = frozenset({"text"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """The character-level text set only."""
        return traits.dataset == "text"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(tr("Temperature"))
        label.setFont(text_font())
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(round(MIN_TEMPERATURE * TEMPERATURE_STEPS), round(MAX_TEMPERATURE * TEMPERATURE_STEPS))
        self.slider.setSingleStep(1)
        self.slider.setPageStep(5)
        self.slider.setValue(round(DEFAULT_TEMPERATURE * TEMPERATURE_STEPS))
        self.slider.setToolTip(
            tr(
                "How the next character is drawn from the network's probabilities. Low (0.1): almost always the "
                "likeliest character — safe and repetitive. 1: the network's own probabilities. High (2): unlikely "
                "characters get through — adventurous, with more made-up words."
            )
        )
        self.value_label = QLabel()
        self.value_label.setFont(text_font(bold=True))
        metrics = self.value_label.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(tr("{value} {words}", value="0.0", words=temperature_words(t))) for t in (0, 1, 2)
        )
        self.value_label.setMinimumWidth(widest + 8)
        self.value_label.setToolTip(self.slider.toolTip())
        self.slider.valueChanged.connect(self._on_slider_changed)
        strip = QHBoxLayout()
        strip.addWidget(label)
        strip.addWidget(self.slider, 1)
        strip.addWidget(self.value_label)

        self.box = QTextEdit()
        self.box.setReadOnly(True)
        self.box.setFont(mono_font(TEXT_POINTS))
        self.box.setToolTip(
            tr(
                "Text the network writes one character at a time, newest on top. The shaded start was given to it "
                "(taken from the test text); the rest it wrote itself"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(strip)
        layout.addWidget(self.box, 1)

        self.samples: deque[TextSample] = deque(maxlen=KEPT_SAMPLES)
        """The samples on show, newest first."""
        self._pending: float | None = None
        """A temperature chosen here that no sample has used yet (older samples must not move the slider back)."""
        self._show_value()
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    @property
    def temperature(self) -> float:
        """The temperature on the slider (what the worker should be told when it starts)."""
        return self.slider.value() / TEMPERATURE_STEPS

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The samples carry their own text."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Add ``snapshot.text`` on top when it is a new sample (snapshots repeat the latest one)."""
        sample = snapshot.text
        if sample is None:
            if not self.samples:
                self.show_hint(tr("Waiting for the network's first text…"))
            return
        if self.samples and sample.step < self.samples[0].step:
            self.samples.clear()  # the run was reset: older samples belong to another run
        if self.samples and self._same(sample, self.samples[0]):
            return
        self.hide_hint()
        self.samples.appendleft(sample)
        self._follow_temperature(sample.temperature)
        self.box.setHtml("".join(sample_html(s) for s in self.samples))

    def clear(self) -> None:
        """No run: no text (the temperature stays), the hint."""
        self.samples.clear()
        self._pending = None
        self.box.clear()
        self.show_hint()

    # --- temperature ------------------------------------------------------------------------

    @staticmethod
    def _same(a: TextSample, b: TextSample) -> bool:
        return (a.step, a.text, a.prime, a.temperature) == (b.step, b.text, b.prime, b.temperature)

    def _on_slider_changed(self, _value: int) -> None:
        self._show_value()
        self._pending = self.temperature
        self.option_changed.emit("temperature", self.temperature)

    def _show_value(self) -> None:
        value = self.temperature
        self.value_label.setText(tr("{value} {words}", value=f"{value:.1f}", words=temperature_words(value)))

    def _follow_temperature(self, used: float) -> None:
        """Show the temperature the worker sampled at, unless a choice made here has not reached it yet."""
        if self._pending is not None:
            if abs(used - self._pending) < 1e-6:
                self._pending = None
            return
        position = round(used * TEMPERATURE_STEPS)
        if self.slider.minimum() <= position <= self.slider.maximum() and position != self.slider.value():
            self.slider.blockSignals(True)  # the worker already samples at it: no need to tell it again
            self.slider.setValue(position)
            self.slider.blockSignals(False)
            self._show_value()
