"""The user's tables turned into numeric features and a target, and the table datasets' ``Dataset``.

Reading the file (decoding, cells, numbers, the cache) is ``csv_reading``; this module suggests what the
table holds (``guess_task``, ``numeric_columns``), turns the user's choices into arrays naming the row and
column of every cell it cannot use (``build_table``), and is what ``make_dataset`` calls for the table
datasets (``load_table_dataset``).
"""

from __future__ import annotations

import math

import numpy as np

from playground.engine.csv_reading import (  # noqa: F401  (re-exported: the table's readers import them from here)
    _REPORT_EVERY,
    FIX,
    INTEGER_CLASSES,
    MAX_CELLS,
    MAX_CLASSES,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MISSING,
    SHOWN_PROBLEMS,
    Column,
    CsvFile,
    Progress,
    ReadCancelled,
    ShouldStop,
    Table,
    _cache,
    _cache_lock,
    _decode,
    _existing_file,
    _guess_header,
    _parse_column,
    _split_rows,
    read_csv,
)
from playground.engine.data import DataError, Dataset
from playground.graph.i18n import tr
from playground.graph.params import MAX_NAME_LENGTH
from playground.graph.settings import DATASETS


def numeric_columns(file: CsvFile, header: bool) -> list[str]:
    """Names of the columns whose data cells are all numbers (or missing)."""
    start = int(header)
    return [
        name
        for name, col in zip(file.names(header), file.columns, strict=True)
        if not col.text[start:].any() and not col.missing[start:].all()
    ]


def guess_task(file: CsvFile, header: bool, target: str) -> str:
    """ "classification" if the target holds text or a few distinct whole numbers, else "regression"."""
    col = _column(file, header, target)
    start = int(header)
    if col.text[start:].any():
        return "classification"
    values = col.values[start:][~col.missing[start:]]
    if values.size and np.all(values == np.round(values)) and len(np.unique(values)) <= INTEGER_CLASSES:
        return "classification"
    return "regression"


def _column(file: CsvFile, header: bool, name: str) -> Column:
    names = file.names(header)
    if name not in names:
        raise DataError(
            tr(
                "{file} has no column {name} (it has {columns}…): {fix}.",
                file=file.name,
                name=f"{name!r}",
                columns=", ".join(names[:8]),
                fix=tr(FIX),
            )
        )
    return file.columns[names.index(name)]


def build_table(file: CsvFile, header: bool, target: str, features: list[str] | tuple[str, ...], task: str) -> Table:
    """The arrays for one choice of target, features and task; ``DataError`` names the cells that cannot be used."""
    if not features:
        raise DataError(tr("Choose at least one feature column: the network needs an input."))
    if target in features:
        raise DataError(tr("The column {target} cannot be both the target and a feature.", target=f"{target!r}"))
    target_col = _column(file, header, target)
    feature_cols = [_column(file, header, f) for f in features]
    start = int(header)
    if file.n_rows(header) < 2:
        raise DataError(tr("{name} has a single data row: a table needs a row per sample.", name=file.name))
    # Bad cells as (rows × checked columns) masks: argwhere lists them in the file's order, row by row.
    checked = [*features, target]
    bad_text = np.stack([c.text[start:] for c in feature_cols] + [target_col.text[start:] & (task == "regression")], 1)
    bad_missing = np.stack([c.missing[start:] for c in [*feature_cols, target_col]], 1)
    if bad_text.any() or bad_missing.any():
        raise DataError(_cell_report(file, header, checked, bad_text, bad_missing))
    x = np.stack([c.values[start:] for c in feature_cols], 1).astype(np.float32)
    if task == "regression":
        y = target_col.values[start:].astype(np.float32).reshape(-1, 1)
        return Table(x, y, task, (), tuple(features), target)
    y, names = _classes(file, target, target_col, start)
    return Table(x, y, task, names, tuple(features), target)


def _cell_report(file: CsvFile, header: bool, names: list[str], text: np.ndarray, missing: np.ndarray) -> str:
    bad = np.argwhere(text | missing)
    lines = []
    for row, j in bad[:SHOWN_PROBLEMS]:
        col = file.columns[file.names(header).index(names[j])]
        cell = col.cells[row + int(header)].strip()
        where = {"row": row + 1 + int(header), "column": f"{names[j]!r}", "cell": f"{cell[:30]!r}"}
        if missing[row, j]:
            lines.append(tr("row {row}, column {column} is empty", **where))
        elif "," in cell and _is_number(cell.replace(",", ".")):
            lines.append(
                tr("row {row}, column {column} holds {cell}, not a number (a decimal comma? use a point)", **where)
            )
        else:
            lines.append(tr("row {row}, column {column} holds {cell}, not a number", **where))
    if len(bad) == 1:
        head = tr("{name}: 1 cell cannot be used: fill them in or leave their columns out.", name=file.name)
    else:
        head = tr(
            "{name}: {count} cells cannot be used: fill them in or leave their columns out.",
            name=file.name,
            count=len(bad),
        )
    more = [tr("… and {count} more", count=len(bad) - SHOWN_PROBLEMS)] if len(bad) > SHOWN_PROBLEMS else []
    return "\n".join([head, *lines, *more])


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _classes(file: CsvFile, target: str, col: Column, start: int) -> tuple[np.ndarray, tuple[str, ...]]:
    """Class indices and names: text classes sorted as text, numeric ones by value."""
    if col.text[start:].any():
        keys = np.array([c.strip() for c in col.cells[start:]])
        unique, y = np.unique(keys, return_inverse=True)
        names = tuple(str(u) for u in unique)
    else:
        unique, y = np.unique(col.values[start:], return_inverse=True)
        names = tuple(_number_name(float(v)) for v in unique)
    if len(names) < 2:
        raise DataError(
            tr(
                "The target column {target} holds a single class ({names}): a classifier needs at least two.",
                target=f"{target!r}",
                names=f"{names[0]!r}",
            )
        )
    if len(names) > MAX_CLASSES:
        raise DataError(
            tr(
                "The target column {target} holds {count} different values, more than the {most} "
                "classes a network here can tell apart: predict it as values (regression) instead.",
                target=f"{target!r}",
                count=len(names),
                most=MAX_CLASSES,
            )
        )
    return y.astype(np.int64), tuple(n[:MAX_NAME_LENGTH] for n in names)


def _number_name(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"


# --- the dataset a project names ---------------------------------------------------------------------------


def load_table_dataset(spec: dict) -> Dataset:
    """Read (or take from the cache), check and split the table a validated project data spec names."""
    info = DATASETS[spec["dataset"]]
    file = read_csv(spec["csv_path"])
    if not spec["csv_target"]:
        raise DataError(tr("No target column chosen: {fix}.", fix=tr(FIX)))
    table = build_table(file, spec["csv_header"], spec["csv_target"], spec["csv_features"], info.task)
    if info.task == "classification" and (
        list(table.class_names) != list(spec["class_names"]) or len(table.class_names) != spec["classes"]
    ):
        raise DataError(
            tr(
                "{name}: the target column now holds the classes {now} but the project was set up for {before}: {fix}.",
                name=file.name,
                now=_list(table.class_names),
                before=_list(spec["class_names"]),
                fix=tr(FIX),
            )
        )
    train, test = split_rows(table.y, info.task, spec["train_ratio"], spec["seed"])
    x_train, x_test = table.x[train], table.x[test]
    if spec["standardise"]:
        # Measured on the training rows only: the test rows must not leak into what the network sees.
        mean = x_train.mean(axis=0)
        std = x_train.std(axis=0)
        std[std == 0] = 1.0
        x_train, x_test = (x_train - mean) / std, (x_test - mean) / std
    two_d = table.x.shape[1] == 2
    everything = np.concatenate([x_train, x_test]) if two_d else np.zeros((0, 2), np.float32)
    extent = (0.0, 0.0, 0.0, 0.0)
    if two_d:
        lo, hi = everything.min(axis=0), everything.max(axis=0)
        pad = np.maximum((hi - lo) * 0.05, 1e-3)
        extent = (float(lo[0] - pad[0]), float(hi[0] + pad[0]), float(lo[1] - pad[1]), float(hi[1] + pad[1]))
    return Dataset(
        points_train=x_train.astype(np.float32) if two_d else np.zeros((0, 2), np.float32),
        points_test=x_test.astype(np.float32) if two_d else np.zeros((0, 2), np.float32),
        x_train=x_train.astype(np.float32),
        x_test=x_test.astype(np.float32),
        y_train=table.y[train],
        y_test=table.y[test],
        task=info.task,
        n_classes=len(table.class_names),
        features=table.features,
        extent=extent,
        kind="table",
        class_names=table.class_names,
        source=tr(
            "Your table ({name}): {rows} rows, predicting {target}",
            name=file.name,
            rows=len(table.y),
            target=f"{table.target!r}",
        ),
    )


def split_rows(y: np.ndarray, task: str, train_ratio: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Train and test row indices: stratified by class for classification (every class on both sides when it
    has two rows or more), a plain shuffle for regression. The same rows, ratio and seed give the same split."""
    rng = np.random.default_rng(seed)
    groups = [np.flatnonzero(y == c) for c in np.unique(y)] if task == "classification" else [np.arange(len(y))]
    train, test = [], []
    for idx in groups:
        idx = rng.permutation(idx)
        n = min(len(idx) - 1, max(1, round(len(idx) * train_ratio))) if len(idx) > 1 else len(idx)
        train.append(idx[:n])
        test.append(idx[n:])
    train_idx, test_idx = np.concatenate(train), np.concatenate(test)
    if len(test_idx) == 0:  # every class had a single row: keep one row for testing anyway
        train_idx, test_idx = train_idx[1:], train_idx[:1]
    return rng.permutation(train_idx), rng.permutation(test_idx)


def _list(names: tuple[str, ...] | list[str]) -> str:
    shown = ", ".join(names[:6])
    return shown + (f"… ({len(names)})" if len(names) > 6 else "")
