"""The user's CSV tables: reading, every malformed case, header and task guesses, the dataset a project names."""

from __future__ import annotations

import os

import numpy as np
import pytest

from playground.engine import csv_reading, tabular
from playground.engine.data import DataError, make_dataset
from playground.engine.tabular import (
    ReadCancelled,
    build_table,
    guess_task,
    numeric_columns,
    read_csv,
)
from playground.graph.params import ParamError, defaults
from playground.graph.settings import DATA_PARAMS, data_fields, input_shape


@pytest.fixture(autouse=True)
def _fresh_cache():
    tabular._cache.clear()
    yield
    tabular._cache.clear()


def write(tmp_path, text: str | bytes, name: str = "t.csv"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


SPECIES = ("setosa", "virginica", "versicolor")
IRIS_LIKE = "length,width,colour,species\n" + "".join(
    f"{1 + i * 0.1:.1f},{2 + (i % 7) * 0.3:.1f},{'red' if i % 2 else 'blue'},{SPECIES[i % 3]}\n" for i in range(30)
)


def spec_for(path, **changes) -> dict:
    data = defaults(DATA_PARAMS)
    data.update(dataset="csv", csv_path=str(path), csv_header=True, csv_target="species")
    data.update(csv_features=["length", "width"], class_names=["setosa", "versicolor", "virginica"], classes=3)
    data.update(changes)
    return data


# --- malformed files -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("", "is empty"),
        ("\n\n  \n", "is empty"),
        ("a,b,c\n", "single row"),
        ("a\n1\n2\n3\n", "single column"),
        (b"a,b\n1,2\ncaf\xe9,3\n", "not UTF-8"),
        (b"a,b\x00\x01\n", "binary"),
    ],
)
def test_malformed_files_raise_a_data_error_that_says_what_is_wrong(tmp_path, content, words) -> None:
    path = write(tmp_path, content)
    with pytest.raises(DataError, match=words) as e:
        read_csv(path)
    assert path.name in str(e.value) or "UTF" in str(e.value)


def test_non_utf8_message_names_the_row(tmp_path) -> None:
    path = write(tmp_path, b"a,b\n1,2\n3,4\ncaf\xe9,3\n")
    with pytest.raises(DataError, match=r"row 4 .*0xE9.*UTF-8"):
        read_csv(path)


def test_ragged_rows_are_named_first_few_then_counted(tmp_path) -> None:
    rows = ["a,b,c"] + ["1,2,3"] * 3 + ["1,2"] * 7 + ["1,2,3,4"]
    path = write(tmp_path, "\n".join(rows) + "\n")
    with pytest.raises(DataError) as e:
        read_csv(path)
    message = str(e.value)
    assert "row 5 has 2" in message and "row 9 has 2" in message and "and 3 more rows" in message
    assert "3 cells like the first" in message


def test_missing_path_folder_and_no_choice(tmp_path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        read_csv(tmp_path / "nope.csv")
    with pytest.raises(DataError, match="folder"):
        read_csv(tmp_path)
    with pytest.raises(DataError, match="Choose CSV"):
        read_csv("  ")


def test_huge_files_are_refused_before_reading(tmp_path, monkeypatch) -> None:
    path = write(tmp_path, "a,b\n" + "1,2\n" * 200)
    monkeypatch.setattr(csv_reading, "MAX_FILE_BYTES", 100)
    with pytest.raises(DataError, match="use a sample of its rows"):
        read_csv(path)
    monkeypatch.setattr(csv_reading, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setattr(csv_reading, "MAX_CELLS", 50)
    with pytest.raises(DataError, match="more than 50 cells"):
        read_csv(path)
    monkeypatch.setattr(csv_reading, "MAX_COLUMNS", 1)
    with pytest.raises(DataError, match="2 columns"):
        read_csv(path)


def test_bad_cells_are_named_by_row_and_column_then_counted(tmp_path) -> None:
    lines = ["x,y,z,target"] + [f"{i},{i * 2},{i % 3},{i % 2}" for i in range(20)]
    lines[3] = "2,,2,0"  # missing y in row 4
    lines[5] = "4,abc,1,1"  # text in y, row 6
    lines[6] = "5,10,1,"  # missing target, row 7
    lines[8] = "7,3;5,1,1"
    lines[9] = "8,16,2,1"
    for r in range(12, 17):
        lines[r] = f"{r},NA,0,1"
    path = write(tmp_path, "\n".join(lines) + "\n")
    file = read_csv(path)
    assert numeric_columns(file, True) == ["x", "z", "target"]
    with pytest.raises(DataError) as e:
        build_table(file, True, "target", ["x", "y", "z"], "classification")
    message = str(e.value)
    assert message.startswith("t.csv: 9 cells cannot be used")
    assert "row 4, column 'y' is empty" in message
    assert "row 6, column 'y' holds 'abc', not a number" in message
    assert "row 7, column 'target' is empty" in message
    assert "and 4 more" in message
    # Leaving the bad column out leaves only the target's missing cell.
    with pytest.raises(DataError, match="1 cell cannot be used") as e:
        build_table(file, True, "target", ["x", "z"], "classification")
    assert "more" not in str(e.value)


def test_decimal_comma_gets_a_hint(tmp_path) -> None:
    path = write(tmp_path, "a;b;c\n1,5;2;0\n2,5;3;1\n3;4;1\n")
    file = read_csv(path)
    assert file.delimiter == ";"
    with pytest.raises(DataError, match="decimal comma"):
        build_table(file, True, "c", ["a", "b"], "classification")


def test_target_with_one_class_or_too_many(tmp_path) -> None:
    path = write(tmp_path, "a,b\n" + "".join(f"{i},same\n" for i in range(10)))
    with pytest.raises(DataError, match="single class.*'same'.*at least two"):
        build_table(read_csv(path), True, "b", ["a"], "classification")
    path = write(tmp_path, "a,b\n" + "".join(f"{i},{i}\n" for i in range(100)), "many.csv")
    with pytest.raises(DataError, match="100 different values.*regression"):
        build_table(read_csv(path), True, "b", ["a"], "classification")


def test_wrong_choices(tmp_path) -> None:
    file = read_csv(write(tmp_path, IRIS_LIKE))
    with pytest.raises(DataError, match="at least one feature"):
        build_table(file, True, "species", [], "classification")
    with pytest.raises(DataError, match="both the target and a feature"):
        build_table(file, True, "species", ["species"], "classification")
    with pytest.raises(DataError, match="no column 'petal'"):
        build_table(file, True, "petal", ["length"], "classification")
    with pytest.raises(DataError, match="row 2, column 'species' holds 'setosa', not a number"):
        build_table(file, True, "species", ["length"], "regression")


def test_one_data_row_below_a_header(tmp_path) -> None:
    file = read_csv(write(tmp_path, "a,b\n1,2\n"))
    with pytest.raises(DataError, match="single data row"):
        build_table(file, True, "b", ["a"], "regression")


# --- guesses ---------------------------------------------------------------------------------------------------


def test_header_detection(tmp_path) -> None:
    assert read_csv(write(tmp_path, IRIS_LIKE)).header_guess
    assert not read_csv(write(tmp_path, "1,2,3\n4,5,6\n", "n.csv")).header_guess
    assert read_csv(write(tmp_path, "1,b,c\n4,5,6\n", "m.csv")).header_guess  # text above numbers
    assert not read_csv(write(tmp_path, "1,x\n2,y\n3,z\n", "t.csv")).header_guess  # text all the way down
    no_header = read_csv(write(tmp_path, "1,2,3\n4,5,6\n", "n.csv"))
    assert no_header.names(False) == ["column 1", "column 2", "column 3"] and no_header.n_rows(False) == 2


def test_duplicate_and_empty_header_names_become_unique(tmp_path) -> None:
    file = read_csv(write(tmp_path, "a,a,,b\n1,2,3,4\n5,6,7,8\n"))
    assert file.names(True) == ["a", "a (2)", "column 3", "b"]


@pytest.mark.parametrize(
    ("target", "task"),
    [("species", "classification"), ("colour", "classification"), ("length", "regression"), ("width", "regression")],
)
def test_task_guess(tmp_path, target, task) -> None:
    assert guess_task(read_csv(write(tmp_path, IRIS_LIKE)), True, target) == task


def test_few_whole_numbers_are_classes_many_are_values(tmp_path) -> None:
    few = "a,k\n" + "".join(f"{i},{i % 4}\n" for i in range(40))
    many = "a,k\n" + "".join(f"{i},{i % 40}\n" for i in range(80))
    assert guess_task(read_csv(write(tmp_path, few)), True, "k") == "classification"
    assert guess_task(read_csv(write(tmp_path, many, "m.csv")), True, "k") == "regression"
    table = build_table(read_csv(write(tmp_path, few)), True, "k", ["a"], "classification")
    assert table.class_names == ("0", "1", "2", "3") and table.y[:5].tolist() == [0, 1, 2, 3, 0]


def test_quoted_cells_tabs_and_blank_lines(tmp_path) -> None:
    file = read_csv(write(tmp_path, 'name\tv\tw\n"a, b"\t1\t2\n\n"c"\t3\t4\n\n'))
    assert file.delimiter == "\t" and file.n_rows(True) == 2
    table = build_table(file, True, "name", ["v", "w"], "classification")
    assert table.class_names == ("a, b", "c")
    np.testing.assert_array_equal(table.x, [[1, 2], [3, 4]])


# --- progress, cancel, cache -------------------------------------------------------------------------------------


def test_progress_reaches_one_and_cancel_stops_the_read(tmp_path) -> None:
    path = write(tmp_path, "a,b\n" + "".join(f"{i},{i % 3}\n" for i in range(12000)))
    seen: list[float] = []
    read_csv(path, seen.append)
    assert seen[0] == 0.0 and seen[-1] == pytest.approx(1.0) and seen == sorted(seen) and len(seen) > 3
    tabular._cache.clear()
    calls = []

    def stop() -> bool:
        calls.append(1)
        return True

    with pytest.raises(ReadCancelled, match="cancelled"):
        read_csv(path, None, stop)
    assert len(calls) == 1
    assert not tabular._cache  # nothing half-read is kept


def test_unchanged_files_come_from_the_cache_edited_ones_are_read_again(tmp_path) -> None:
    path = write(tmp_path, "a,b\n1,2\n3,4\n")
    first = read_csv(path)
    assert read_csv(path) is first
    path.write_text("a,b\n1,2\n3,4\n5,6\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert read_csv(path).n_rows(True) == 3


# --- the dataset a project names --------------------------------------------------------------------------------


def test_make_dataset_reads_splits_and_standardises_on_the_training_rows(tmp_path) -> None:
    path = write(tmp_path, IRIS_LIKE)
    data = spec_for(path)
    assert input_shape(data) == (2,)
    assert data_fields(data) == ("dataset", "csv_path", "csv_target", "train_ratio", "seed", "standardise")
    ds = make_dataset(data)
    assert ds.kind == "table" and ds.task == "classification" and ds.n_classes == 3
    assert ds.class_names == ("setosa", "versicolor", "virginica") and ds.features == ("length", "width")
    assert len(ds.x_train) == len(ds.y_train) == 15 and len(ds.x_test) == 15
    assert set(ds.y_test.tolist()) == {0, 1, 2}  # stratified: every class on both sides
    np.testing.assert_allclose(ds.x_train.mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(ds.x_train.std(axis=0), 1, atol=1e-4)
    np.testing.assert_array_equal(ds.points_train, ds.x_train)  # two features: the preview plots them
    raw = make_dataset({**data, "standardise": False})
    assert raw.x_train.min() >= 1.0 and ds.x_train.dtype == np.float32 and ds.y_train.dtype == np.int64
    again = make_dataset(data)
    np.testing.assert_array_equal(again.x_test, ds.x_test)  # same seed, same split


def test_regression_table_and_more_features(tmp_path) -> None:
    path = write(tmp_path, IRIS_LIKE)
    data = spec_for(path, dataset="csv_values", csv_target="length", csv_features=["width"], class_names=[])
    ds = make_dataset(data)
    assert ds.task == "regression" and ds.y_train.shape == (len(ds.x_train), 1) and ds.y_train.dtype == np.float32
    assert ds.n_classes == 0
    lines = "a,b,c,d\n" + "".join(f"{i},{i * 2},{i % 5},{i * 0.5}\n" for i in range(20))
    wide = spec_for(write(tmp_path, lines, "w.csv"), dataset="csv_values", csv_target="d", csv_features=["a", "b", "c"])
    ds = make_dataset(wide)
    assert ds.x_train.shape[1] == 3 and ds.points_train.shape == (0, 2)


def test_a_changed_file_or_no_file_gives_a_clear_message(tmp_path) -> None:
    path = write(tmp_path, IRIS_LIKE)
    with pytest.raises(
        DataError, match="the classes setosa, versicolor, virginica but the project was set up for a, b"
    ):
        make_dataset(spec_for(path, class_names=["a", "b"], classes=2))
    with pytest.raises(DataError, match="Choose CSV"):
        make_dataset(spec_for(""))
    with pytest.raises(DataError, match="no column 'petal'"):
        make_dataset(spec_for(path, csv_features=["petal"]))


def test_names_type_validates() -> None:
    spec = next(s for s in DATA_PARAMS if s.name == "csv_features")
    assert spec.validate(["a", "b"]) == ["a", "b"]
    for bad in (["a", "a"], [""], "a", [1], ["x" * 300]):
        with pytest.raises(ParamError):
            spec.validate(bad)
