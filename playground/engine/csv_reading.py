"""The user's tables, read: a CSV file decoded, split into cells and every cell parsed as a number.

numpy and the csv module only (no pandas, no Qt, no torch). ``read_csv`` does the slow part once per version
of a file (decode, split into cells, parse every cell as a number), reporting progress through a plain
callback and stopping when ``should_stop()`` says so, so the UI can run it in a worker thread behind a
progress dialog; its result is cached, so the preview and the training run that follow do not read the file
again. What the cells become (features, target, classes) is ``tabular``'s part.
"""

from __future__ import annotations

import csv
import io
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from playground.engine.data import DataError
from playground.graph.i18n import N_, tr
from playground.graph.params import MAX_NAME_LENGTH

MAX_FILE_BYTES = 64 * 2**20
"""Larger files are refused: a lecture table is far smaller, and the cells of a larger one would fill memory."""
MAX_CELLS = 5_000_000
MAX_COLUMNS = 1000
MAX_CLASSES = 64
"""The most classes a target may hold (the data setting ``classes`` allows no more)."""
INTEGER_CLASSES = 10
"""A numeric target with at most this many distinct whole values is guessed to be classes, not values."""
SHOWN_PROBLEMS = 5
"""Bad cells named one by one in a message; the rest are counted."""
MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "?"})
"""Cell texts (stripped, lower-cased) that mean "no value"."""
FIX = N_("choose the CSV file again in the Data panel")
_REPORT_EVERY = 5000
"""Rows between two progress reports (and two looks at ``should_stop``)."""

Progress = Callable[[float], None]
ShouldStop = Callable[[], bool]


class ReadCancelled(DataError):
    """The user cancelled reading the file."""


@dataclass(frozen=True, eq=False)
class Column:
    """One column of the file, the first row included: its cells as text and as numbers."""

    cells: tuple[str, ...]
    values: np.ndarray
    """float64, NaN where the cell is missing or not a number."""
    missing: np.ndarray
    """bool: the cell is empty (or NA, n/a, null…)."""
    text: np.ndarray
    """bool: the cell holds something that is not a finite number."""


@dataclass(frozen=True, eq=False)
class CsvFile:
    """A CSV file as read: its columns (first row included), the delimiter, and whether row 1 looks like names."""

    path: str
    delimiter: str
    columns: tuple[Column, ...]
    header_guess: bool

    @property
    def name(self) -> str:
        """The file's name, for messages."""
        return Path(self.path).name

    @property
    def n_records(self) -> int:
        """Rows in the file, the header row included."""
        return len(self.columns[0].cells)

    def n_rows(self, header: bool) -> int:
        """Data rows (the header row not counted)."""
        return self.n_records - int(header)

    def names(self, header: bool) -> list[str]:
        """Column names: the header row's (made unique and non-empty), or "column 1", "column 2"…"""
        if not header:
            return [f"column {j + 1}" for j in range(len(self.columns))]
        names: list[str] = []
        for j, col in enumerate(self.columns):
            base = col.cells[0].strip()[: MAX_NAME_LENGTH - 8] or f"column {j + 1}"
            name, k = base, 2
            while name in names:
                name, k = f"{base} ({k})", k + 1
            names.append(name)
        return names

    def first_rows(self, header: bool, count: int) -> list[list[str]]:
        """The first ``count`` data rows as text."""
        start = int(header)
        stop = min(self.n_records, start + count)
        return [[col.cells[i] for col in self.columns] for i in range(start, stop)]


@dataclass(frozen=True, eq=False)
class Table:
    """The arrays a table gives for the user's choices: raw features (n, F) float32 and the target."""

    x: np.ndarray
    y: np.ndarray
    """int64 class indices (n,), or float32 values (n, 1)."""
    task: str
    class_names: tuple[str, ...]
    features: tuple[str, ...]
    target: str


# --- reading ------------------------------------------------------------------------------------------------

_cache: OrderedDict[tuple[str, int, int], CsvFile] = OrderedDict()
_cache_lock = threading.Lock()


def read_csv(
    path: str | os.PathLike[str], progress: Progress | None = None, should_stop: ShouldStop | None = None
) -> CsvFile:
    """Read and parse a CSV file (UTF-8, delimiter guessed), or raise ``DataError`` saying what is wrong.

    ``progress(fraction)`` is called now and then with 0…1; when ``should_stop()`` turns true the read
    ends with ``ReadCancelled``. A file read before and unchanged since (same size and time) comes from a cache.
    """
    file = _existing_file(path)
    st = file.stat()
    key = (str(file), st.st_size, st.st_mtime_ns)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    if st.st_size > MAX_FILE_BYTES:
        raise DataError(
            tr(
                "{name} is {size} MB; NN Playground reads tables of up to {most} MB: use a sample of its rows.",
                name=file.name,
                size=f"{st.st_size / 2**20:.0f}",
                most=MAX_FILE_BYTES // 2**20,
            )
        )
    report = progress or (lambda fraction: None)
    stop = should_stop or (lambda: False)
    report(0.0)
    text = _decode(file)
    rows, delimiter = _split_rows(file.name, text, report, stop)
    columns = []
    for j, cells in enumerate(zip(*rows, strict=True)):
        if stop():
            raise ReadCancelled(tr("Reading {name} was cancelled.", name=file.name))
        columns.append(_parse_column(cells))
        report(0.7 + 0.3 * (j + 1) / len(rows[0]))
    parsed = CsvFile(str(file), delimiter, tuple(columns), _guess_header(columns))
    with _cache_lock:
        _cache[key] = parsed
        while len(_cache) > 2:
            _cache.popitem(last=False)
    return parsed


def _existing_file(path: str | os.PathLike[str]) -> Path:
    text = os.fspath(path).strip()
    if not text:
        raise DataError(tr("No CSV file chosen yet: press Choose CSV… in the Data panel."))
    file = Path(text).expanduser()
    if not file.exists():
        raise DataError(
            tr("{file} does not exist (moved, renamed or on a removed drive?): {fix}.", file=file, fix=tr(FIX))
        )
    if not file.is_file():
        raise DataError(tr("{name} is a folder, not a CSV file.", name=file.name))
    return file.resolve()


def _decode(file: Path) -> str:
    try:
        raw = file.read_bytes()
    except OSError as e:
        raise DataError(tr("Cannot read {name}: {reason}.", name=file.name, reason=e.strerror or e)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        row = raw[: e.start].count(b"\n") + 1
        raise DataError(
            tr(
                '{name} is not UTF-8 text (row {row} holds the byte 0x{raw}): save it as "CSV UTF-8" and '
                "choose it again.",
                name=file.name,
                row=row,
                raw=f"{raw[e.start]:02X}",
            )
        ) from None
    if "\x00" in text:
        raise DataError(tr("{name} holds binary data, not CSV text.", name=file.name))
    if not text.strip():
        raise DataError(tr("{name} is empty: a table needs a row per sample and a column per value.", name=file.name))
    return text


def _split_rows(name: str, text: str, report: Progress, stop: ShouldStop) -> tuple[list[list[str]], str]:
    """The file's non-blank rows, all of one width, and the delimiter."""
    try:
        delimiter = csv.Sniffer().sniff(text[:65536], delimiters=",;\t|").delimiter
    except csv.Error:  # one column, or too irregular to guess: the checks below say what is wrong
        delimiter = ","
    buffer = io.StringIO(text)
    rows: list[list[str]] = []
    ragged: list[tuple[int, int]] = []
    width = 0
    try:
        for number, row in enumerate(csv.reader(buffer, delimiter=delimiter), start=1):
            if number % _REPORT_EVERY == 0:
                if stop():
                    raise ReadCancelled(tr("Reading {name} was cancelled.", name=name))
                report(0.7 * buffer.tell() / len(text))
            if not row or not any(cell.strip() for cell in row):
                continue  # blank lines (often one at the end) are not rows
            if not width:
                width = len(row)
                if width > MAX_COLUMNS:
                    raise DataError(
                        tr(
                            "{name} has {width} columns; NN Playground reads at most {most}.",
                            name=name,
                            width=width,
                            most=MAX_COLUMNS,
                        )
                    )
            if len(row) != width:
                ragged.append((number, len(row)))
                continue
            rows.append(row)
            if len(rows) * width > MAX_CELLS:
                raise DataError(
                    tr(
                        "{name} has more than {most} cells; NN Playground reads fewer: use a sample of its rows.",
                        name=name,
                        most=f"{MAX_CELLS:,}",
                    )
                )
    except csv.Error as e:
        raise DataError(tr("{name} is not a readable CSV file: {e}.", name=name, e=e)) from None
    if ragged:
        shown = "; ".join(tr("row {row} has {cells}", row=r, cells=n) for r, n in ragged[:SHOWN_PROBLEMS])
        if len(ragged) > SHOWN_PROBLEMS:
            raise DataError(
                tr(
                    "{name}: the rows do not all have {width} cells like the first ({shown} and {more} more rows): "
                    "fix those rows.",
                    name=name,
                    width=width,
                    shown=shown,
                    more=len(ragged) - SHOWN_PROBLEMS,
                )
            )
        raise DataError(
            tr(
                "{name}: the rows do not all have {width} cells like the first ({shown}): fix those rows.",
                name=name,
                width=width,
                shown=shown,
            )
        )
    if width < 2:
        raise DataError(
            tr(
                "{name} has a single column: a table needs feature columns and a target column, separated "
                "by commas, semicolons or tabs.",
                name=name,
            )
        )
    if len(rows) < 2:
        raise DataError(tr("{name} has a single row: a table needs a row per sample.", name=name))
    return rows, delimiter


def _parse_column(cells: tuple[str, ...]) -> Column:
    n = len(cells)
    try:  # fast path: every cell is a number
        values = np.array(cells, dtype=np.float64)
        if np.isfinite(values).all():
            return Column(cells, values, np.zeros(n, bool), np.zeros(n, bool))
    except ValueError:
        pass
    values = np.full(n, np.nan)
    missing = np.zeros(n, bool)
    text = np.zeros(n, bool)
    for i, cell in enumerate(cells):
        stripped = cell.strip()
        if stripped.lower() in MISSING:
            missing[i] = True
            continue
        try:
            value = float(stripped)
        except ValueError:
            text[i] = True
            continue
        if math.isfinite(value):
            values[i] = value
        else:
            text[i] = True  # "inf" is no value a network can learn from
    return Column(cells, values, missing, text)


def _guess_header(columns: list[Column]) -> bool:
    """Row 1 holds names if it has no number at all, or if it has text above a column of numbers."""
    first_numeric = [not c.text[0] and not c.missing[0] for c in columns]
    if not any(first_numeric):
        return True
    return any(c.text[0] and not c.text[1:].any() and not c.missing[1:].all() for c in columns)


# --- what the table holds ----------------------------------------------------------------------------------
