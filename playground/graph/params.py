"""Parameter specifications: the typed, range-checked settings of layers, data and training.

A ``ParamSpec`` is the one description of a setting that the inspector form, the project-file
validator, the CLI and the engine all read. ``validate`` returns the cleaned value or raises
``ParamError`` with a sentence a student can act on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from playground.graph.i18n import tr


class ParamError(ValueError):
    """A parameter value is not acceptable; the message says what is expected."""


PARAM_TYPES = ("int", "float", "bool", "choice", "multi", "shape", "str", "points", "class_points", "names", "numbers")
MAX_POINTS = 400
"""A ``points`` setting (a target the user draws for a GAN) holds at most this many [x, y] pairs."""
MAX_COORDINATE = 100.0
MAX_CLASS = 63
"""A ``class_points`` setting (2D data the user draws) holds [x, y, class] with class from 0 to this."""
MAX_NAMES = 1000
"""A ``names`` setting (columns of the user's table, class names) holds at most this many texts…"""
MAX_NAME_LENGTH = 200
"""…each at most this long."""
MAX_NUMBERS = 64
"""A ``numbers`` setting (hand-set weights) holds 1 to this many numbers, each within the spec's min and max."""


@dataclass(frozen=True)
class ParamSpec:
    """One setting: its type, default, allowed range or choices, and a plain-words help text."""

    name: str
    type: str
    default: Any
    help: str
    label: str = ""
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] = ()
    log: bool = False
    key: bool = False
    """Shown on the node in the editor (a "key parameter")."""
    advanced: bool = False
    """A fine-tuning setting the forms hide while View → Hide Advanced Controls is on (a first lecture's view)."""
    choice_labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.type not in PARAM_TYPES:
            raise TypeError(f"unknown parameter type {self.type!r}")
        if not self.label:
            object.__setattr__(self, "label", self.name.replace("_", " ").capitalize())

    def describe(self) -> str:
        """What values are allowed, as the end of a sentence ("an integer from 1 to 4096")."""
        if self.type == "int":
            return _integer_text(self.min, self.max)
        if self.type == "float":
            return _number_text(self.min, self.max)
        if self.type == "bool":
            return tr("true or false")
        if self.type == "choice":
            return tr("one of {choices}", choices=", ".join(self.choices))
        if self.type == "multi":
            return tr("a list of distinct values from {choices}", choices=", ".join(self.choices))
        if self.type == "shape":
            return tr("a list of 1 to 4 positive integers, e.g. [2] or [1, 28, 28]")
        if self.type == "points":
            return tr("a list of at most {n} points [x, y] with coordinates from -100 to 100", n=MAX_POINTS)
        if self.type == "class_points":
            return tr(
                "a list of at most {n} points [x, y, class] with coordinates from -100 to 100 "
                "and a class from 0 to {max_class}",
                n=MAX_POINTS,
                max_class=MAX_CLASS,
            )
        if self.type == "names":
            return tr(
                "a list of at most {n} distinct texts of 1 to {length} characters",
                n=MAX_NAMES,
                length=MAX_NAME_LENGTH,
            )
        if self.type == "numbers":
            return tr(
                "a list of 1 to {n} numbers from {lo} to {hi}, e.g. 1, 1 or 0.5, -1 (with decimal commas: 0,5; -1)",
                n=MAX_NUMBERS,
                lo=_num(self.min if self.min is not None else -1e6),
                hi=_num(self.max if self.max is not None else 1e6),
            )
        return tr("a text")

    def validate(self, value: Any) -> Any:
        """Return ``value`` cleaned to this spec's type, or raise ``ParamError``."""
        cleaned = self._clean(value)
        if cleaned is None:
            raise ParamError(tr("must be {allowed}, got {value}", allowed=self.describe(), value=_show(value)))
        return cleaned

    def _clean(self, value: Any) -> Any:
        t = self.type
        if t == "int":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return None
            if isinstance(value, float) and not value.is_integer():
                return None
            value = int(value)
            return value if _in_range(value, self.min, self.max) else None
        if t == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return None
            try:
                value = float(value)
            except OverflowError:  # an int too large for a float (a JSON file can hold one)
                return None
            if not math.isfinite(value) or not _in_range(value, self.min, self.max):
                return None
            return value
        if t == "bool":
            return value if isinstance(value, bool) else None
        if t == "choice":
            return value if isinstance(value, str) and value in self.choices else None
        if t == "multi":
            if not isinstance(value, (list, tuple)) or not value:
                return None
            if any(not isinstance(v, str) or v not in self.choices for v in value):
                return None
            if len(set(value)) != len(value):
                return None
            return list(value)
        if t == "shape":
            if not isinstance(value, (list, tuple)) or not 1 <= len(value) <= 4:
                return None
            if any(isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 65536 for v in value):
                return None
            return list(value)
        if t == "points":
            return _clean_points(value)
        if t == "class_points":
            return _clean_class_points(value)
        if t == "names":
            return _clean_names(value)
        if t == "numbers":
            return _clean_numbers(value, self.min, self.max)
        return value if isinstance(value, str) and len(value) <= 1000 else None


def _clean_points(value: Any) -> list[list[float]] | None:
    if not isinstance(value, (list, tuple)) or len(value) > MAX_POINTS:
        return None
    points = []
    for point in value:
        if not isinstance(point, (list, tuple)) or len(point) != 2:
            return None
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in point):
            return None
        try:
            x, y = float(point[0]), float(point[1])
        except OverflowError:
            return None
        if not (abs(x) <= MAX_COORDINATE and abs(y) <= MAX_COORDINATE):  # also refuses NaN
            return None
        points.append([x, y])
    return points


def _clean_class_points(value: Any) -> list[list[float | int]] | None:
    if not isinstance(value, (list, tuple)) or any(not isinstance(p, (list, tuple)) or len(p) != 3 for p in value):
        return None
    xy = _clean_points([p[:2] for p in value])
    if xy is None:
        return None
    classes = [p[2] for p in value]
    if any(isinstance(k, bool) or not isinstance(k, (int, float)) for k in classes):
        return None
    if any(not (0 <= k <= MAX_CLASS) or float(k) != int(k) for k in classes):  # NaN fails the range test
        return None
    return [[x, y, int(k)] for (x, y), k in zip(xy, classes, strict=True)]


def _clean_names(value: Any) -> list[str] | None:
    if not isinstance(value, (list, tuple)) or len(value) > MAX_NAMES:
        return None
    if any(not isinstance(v, str) or not 1 <= len(v) <= MAX_NAME_LENGTH for v in value):
        return None
    return list(value) if len(set(value)) == len(value) else None


def _clean_numbers(value: Any, lo: float | None, hi: float | None) -> list[float] | None:
    if not isinstance(value, (list, tuple)) or not 1 <= len(value) <= MAX_NUMBERS:
        return None
    if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in value):
        return None
    try:
        numbers = [float(v) for v in value]
    except OverflowError:
        return None
    lo, hi = (-1e6 if lo is None else lo), (1e6 if hi is None else hi)
    if not all(math.isfinite(v) and lo <= v <= hi for v in numbers):
        return None
    return numbers


def _in_range(value: float, lo: float | None, hi: float | None) -> bool:
    return (lo is None or value >= lo) and (hi is None or value <= hi)


def _integer_text(lo: float | None, hi: float | None) -> str:
    # whole sentences per case: word order differs between languages
    if lo is not None and hi is not None:
        return tr("an integer from {lo} to {hi}", lo=_num(lo), hi=_num(hi))
    if lo is not None:
        return tr("an integer of at least {lo}", lo=_num(lo))
    if hi is not None:
        return tr("an integer of at most {hi}", hi=_num(hi))
    return tr("an integer")


def _number_text(lo: float | None, hi: float | None) -> str:
    if lo is not None and hi is not None:
        return tr("a number from {lo} to {hi}", lo=_num(lo), hi=_num(hi))
    if lo is not None:
        return tr("a number of at least {lo}", lo=_num(lo))
    if hi is not None:
        return tr("a number of at most {hi}", hi=_num(hi))
    return tr("a number")


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else f"{x:g}"


def _show(value: Any) -> str:
    try:
        text = repr(value) if isinstance(value, str) else str(value).replace("True", "true").replace("False", "false")
    except ValueError:  # an int with more digits than Python will print
        return tr("a number with too many digits")
    return text if len(text) <= 60 else text[:57] + "..."


def defaults(specs: tuple[ParamSpec, ...]) -> dict[str, Any]:
    """A fresh dict of every spec's default value."""
    return {s.name: _fresh(s.default) for s in specs}


def _fresh(value: Any) -> Any:
    """A copy of a default that a caller may change without changing the spec (lists of lists too)."""
    return [_fresh(v) for v in value] if isinstance(value, list) else value


def validate_all(specs: tuple[ParamSpec, ...], values: Any, path: str) -> tuple[dict[str, Any], list[str]]:
    """Validate a whole dict of settings against ``specs``.

    Missing keys take their defaults; unknown keys and bad values are reported as
    ``"<path>.<name> must be …"`` lines. Returns the cleaned dict and the problems.
    """
    if not isinstance(values, dict):
        return defaults(specs), [tr("{path} must be an object, got {value}", path=path, value=_show(values))]
    by_name = {s.name: s for s in specs}
    problems = [tr("{path} is not a known setting", path=f"{path}.{k}") for k in values if k not in by_name]
    cleaned = defaults(specs)
    for name, spec in by_name.items():
        if name in values:
            try:
                cleaned[name] = spec.validate(values[name])
            except ParamError as e:
                problems.append(tr("{path} {problem}", path=f"{path}.{name}", problem=e))
    return cleaned, problems
