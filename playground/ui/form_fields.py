"""The editor widgets of a ``ParamForm``: one per ``ParamSpec`` type, each committing a validated value.

``make_field(spec, commit)`` picks the widget; ``commit(name, value)`` is called when the user
finishes an edit, and ``set_value`` shows the model's value without calling it.
"""

from __future__ import annotations

import math
import re
from typing import Any

from PySide6.QtCore import QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from playground.graph.params import ParamSpec
from playground.ui.i18n import tr

_INT_LIMIT = 2**31 - 1
_LOG_STEPS = 1000


def format_number(value: float) -> str:
    """Short exact-enough text for a float: ``0.1``, ``1e-08``, ``0.999``."""
    return f"{value:.6g}"


def parse_shape(text: str) -> list[int] | str:
    """``"1, 28, 28"`` (or ``1×28×28``, ``[2]``) → ``[1, 28, 28]``; unparsable text comes back as is,
    so the model's validator can word the refusal."""
    tokens = [t for t in re.split(r"[\s,×xX\[\]()]+", text.strip()) if t]
    if tokens and all(t.isdigit() for t in tokens):
        return [int(t) for t in tokens]
    return text


def parse_numbers(text: str) -> list[float] | str:
    """``"1, -1"`` or ``"0.5 1"`` (``"0,5; 1"`` with decimal commas) → ``[1.0, -1.0]``; unparsable text comes
    back as is, so the model's validator can word the refusal.

    A comma between two digits without a ``;`` anywhere ("0,5", "1,1") could be a decimal comma or a list without
    spaces: it is refused rather than guessed, since either guess would silently set other weights."""
    stripped = text.strip().strip("[]()")
    if ";" not in stripped and re.search(r"\d,\d", stripped):
        return text
    if ";" in stripped:
        tokens = [t.strip().replace(",", ".") for t in stripped.split(";")]
    else:
        tokens = [t for t in re.split(r"[\s,]+", stripped) if t]
    try:
        values = [float(t.replace("−", "-")) for t in tokens]
    except ValueError:
        return text
    return values or text


class _NumberSpinBox(QDoubleSpinBox):
    """A double spin box that shows ``0.1`` rather than ``0.10000`` and always uses a dot."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return format_number(value)


class Field(QWidget):
    """Base of one editor: ``value()``, ``set_value(v)``; calls ``commit`` when the user is done."""

    def __init__(self, spec: ParamSpec, commit: Any) -> None:
        super().__init__()
        self.spec = spec
        self._commit = commit
        self.setToolTip(tr(spec.help))

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, *_: Any) -> None:
        self._commit(self.spec.name, self.value())


class _IntField(Field):
    def __init__(self, spec: ParamSpec, commit: Any) -> None:
        super().__init__(spec, commit)
        self.editor = QSpinBox()
        self.editor.setRange(int(spec.min) if spec.min is not None else -_INT_LIMIT,
                             int(spec.max) if spec.max is not None else _INT_LIMIT)
        # Only Enter, focus loss or the arrows commit: typing "128" must not push 1, 12, 128.
        self.editor.setKeyboardTracking(False)
        self.editor.setAccelerated(True)
        self.editor.setToolTip(tr(spec.help))
        self.editor.valueChanged.connect(self._emit)
        self.editor.editingFinished.connect(self._emit)
        _single(self, self.editor)

    def value(self) -> int:
        return self.editor.value()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.editor):
            self.editor.setValue(int(value))


class _FloatField(Field):
    def __init__(self, spec: ParamSpec, commit: Any) -> None:
        super().__init__(spec, commit)
        self.editor = _NumberSpinBox()
        self.editor.setLocale(QLocale.c())
        lo = spec.min if spec.min is not None else -1e9
        hi = spec.max if spec.max is not None else 1e9
        self.editor.setDecimals(6)
        self.editor.setRange(lo, hi)
        span = hi - lo
        self.editor.setSingleStep(10 ** math.floor(math.log10(span / 20)) if span > 0 else 0.1)
        self.editor.setKeyboardTracking(False)
        self.editor.setToolTip(tr(spec.help))
        self.editor.valueChanged.connect(self._emit)
        self.editor.editingFinished.connect(self._emit)
        _single(self, self.editor)

    def value(self) -> float:
        return round(self.editor.value(), 6)

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.editor):
            self.editor.setValue(float(value))


class _LogFloatField(Field):
    """A log-scale slider for quick sweeps plus a text field for the exact value (1e-8 needs it)."""

    def __init__(self, spec: ParamSpec, commit: Any) -> None:
        super().__init__(spec, commit)
        self._lo = math.log10(spec.min if spec.min else 1e-12)
        self._hi = math.log10(spec.max if spec.max else 1e6)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, _LOG_STEPS)
        self.slider.setToolTip(tr("{help} (logarithmic scale)", help=tr(spec.help)))
        self.text = QLineEdit()
        self.text.setToolTip(tr(spec.help))
        self.text.setMaximumWidth(90)
        self._value = float(spec.default)
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.slider.sliderReleased.connect(self._emit)
        self.text.editingFinished.connect(self._on_text_done)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.text)

    def _to_slider(self, value: float) -> int:
        if value <= 0:
            return 0
        frac = (math.log10(value) - self._lo) / (self._hi - self._lo)
        return round(min(max(frac, 0.0), 1.0) * _LOG_STEPS)

    def _from_slider(self, pos: int) -> float:
        return float(f"{10 ** (self._lo + (self._hi - self._lo) * pos / _LOG_STEPS):.3g}")

    def _on_slider_moved(self, pos: int) -> None:
        self._value = self._from_slider(pos)
        with QSignalBlocker(self.text):
            self.text.setText(format_number(self._value))
        if not self.slider.isSliderDown():  # keyboard or click steps commit at once; drags on release
            self._emit()

    def _on_text_done(self) -> None:
        try:
            self._value = float(self.text.text().replace(",", "."))
        except ValueError:
            self._commit(self.spec.name, self.text.text())  # the model words the refusal
            return
        self._emit()

    def value(self) -> float:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = float(value)
        with QSignalBlocker(self.slider), QSignalBlocker(self.text):
            self.slider.setValue(self._to_slider(self._value))
            self.text.setText(format_number(self._value))


class _ChoiceField(Field):
    def __init__(self, spec: ParamSpec, commit: Any) -> None:
        super().__init__(spec, commit)
        self.editor = QComboBox()
        self.editor.setToolTip(tr(spec.help))
        for choice in spec.choices:
            self.editor.addItem(tr(spec.choice_labels[choice]) if choice in spec.choice_labels else choice, choice)
        self.editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.editor.setMinimumContentsLength(8)
        self.editor.activated.connect(self._emit)  # user choices only, not programmatic ones
        _single(self, self.editor)

    def value(self) -> str:
        return self.editor.currentData()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.editor):
            self.editor.setCurrentIndex(max(self.editor.findData(value), 0))


class _BoolField(Field):
    def __init__(self, spec: ParamSpec, commit: Any) -> None:
        super().__init__(spec, commit)
        self.editor = QCheckBox()
        self.editor.setToolTip(tr(spec.help))
        self.editor.clicked.connect(self._emit)
        _single(self, self.editor)

    def value(self) -> bool:
        return self.editor.isChecked()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.editor):
            self.editor.setChecked(bool(value))


class _TextField(Field):
    """Shapes ("1, 28, 28"), lists of numbers ("1, -1") and plain texts."""

    def __init__(self, spec: ParamSpec, commit: Any) -> None:
        super().__init__(spec, commit)
        self.editor = QLineEdit()
        self.editor.setToolTip(tr(spec.help))
        if spec.type == "shape":
            self.editor.setPlaceholderText(tr("e.g. 2 or 1, 28, 28"))
        elif spec.type == "numbers":
            self.editor.setPlaceholderText(tr("e.g. 1, 1"))
        self.editor.editingFinished.connect(self._emit)
        _single(self, self.editor)

    def value(self) -> Any:
        text = self.editor.text()
        if self.spec.type == "numbers":
            return parse_numbers(text)
        return parse_shape(text) if self.spec.type == "shape" else text

    def set_value(self, value: Any) -> None:
        if self.spec.type == "numbers":
            text = ", ".join(format_number(float(v)) for v in value)
        else:
            text = ", ".join(str(v) for v in value) if self.spec.type == "shape" else str(value)
        with QSignalBlocker(self.editor):
            self.editor.setText(text)


class _MultiField(Field):
    """A checkable list; the value is the checked choices in the spec's order."""

    def __init__(self, spec: ParamSpec, commit: Any) -> None:
        super().__init__(spec, commit)
        self.editor = QListWidget()
        self.editor.setToolTip(tr(spec.help))
        self.editor.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.editor.setFlow(QListWidget.Flow.LeftToRight)
        self.editor.setWrapping(True)
        self.editor.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.editor.setSpacing(2)
        for choice in spec.choices:
            item = QListWidgetItem(tr(spec.choice_labels[choice]) if choice in spec.choice_labels else choice)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.editor.addItem(item)
        rows = math.ceil(len(spec.choices) / 4)
        self.editor.setFixedHeight(rows * (self.editor.fontMetrics().height() + 8) + 6)
        self.editor.itemChanged.connect(self._emit)
        _single(self, self.editor)

    def items(self) -> list[QListWidgetItem]:
        return [self.editor.item(i) for i in range(self.editor.count())]

    def value(self) -> list[str]:
        return [it.data(Qt.ItemDataRole.UserRole) for it in self.items() if it.checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        chosen = set(value)
        with QSignalBlocker(self.editor):
            for it in self.items():
                on = it.data(Qt.ItemDataRole.UserRole) in chosen
                it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class _PointsField(Field):
    """Points drawn elsewhere (on the data preview): shows how many there are, and clears them."""

    def __init__(self, spec: ParamSpec, commit: Any) -> None:
        super().__init__(spec, commit)
        self._points: list[list[float]] = []
        self.count = QLabel()
        self.clear = QPushButton(tr("Clear"))
        self.clear.setToolTip(tr("Remove every drawn point"))
        self.clear.clicked.connect(self._on_clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count, 1)
        layout.addWidget(self.clear)

    def _on_clear(self) -> None:
        self._points = []
        self._emit()

    def value(self) -> list[list[float]]:
        return [list(p) for p in self._points]

    def set_value(self, value: Any) -> None:
        self._points = [list(p) for p in value]
        n = len(self._points)
        self.count.setText(tr("points: {n}; draw on the preview", n=n) if n else tr("none: draw on the preview"))
        self.clear.setEnabled(bool(n))


def _single(field: QWidget, editor: QWidget) -> None:
    layout = QHBoxLayout(field)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(editor)


def make_field(spec: ParamSpec, commit: Any) -> Field:
    if spec.type == "int":
        return _IntField(spec, commit)
    if spec.type == "float":
        return _LogFloatField(spec, commit) if spec.log else _FloatField(spec, commit)
    if spec.type == "choice":
        return _ChoiceField(spec, commit)
    if spec.type == "bool":
        return _BoolField(spec, commit)
    if spec.type == "multi":
        return _MultiField(spec, commit)
    if spec.type in ("points", "class_points"):
        return _PointsField(spec, commit)
    return _TextField(spec, commit)
