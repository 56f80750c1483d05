"""Sequence datasets: shapes and dtypes per set and target, seeding, baselines, the text windows and split."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from playground.engine import sequences
from playground.engine.data import DataError, make_dataset
from playground.engine.sequences import (
    ADDING_BASELINE_MSE,
    TEXT_CLASS_NAMES,
    decode_ids,
    load_sequence_dataset,
    symbol_names,
    text_alphabet_ids,
    text_file,
)
from playground.graph.params import validate_all
from playground.graph.settings import DATA_PARAMS, DATASETS, TEXT_ALPHABET, input_shape, target_shape

SEQUENCE_SETS = [name for name, info in DATASETS.items() if info.kind == "sequence"]


def spec(**values: object) -> dict:
    cleaned, problems = validate_all(DATA_PARAMS, values, "data")
    assert not problems, problems
    return cleaned


def rhymes() -> str:
    """The bundled text as the network sees it: lower case, alphabet only."""
    return decode_ids(text_alphabet_ids(text_file().read_text(encoding="utf-8")))


# --- shapes, dtypes, ranges -----------------------------------------------------------------------

CASES = [
    # dataset, seq_target, x shape after n, x dtype, y shape after n, y dtype
    ("sine", "last", (12, 1), np.float32, (1,), np.float32),
    ("sine", "every", (12, 1), np.float32, (12, 1), np.float32),
    ("adding", "last", (12, 2), np.float32, (1,), np.float32),
    ("remember", "last", (12, 10), np.float32, (), np.int64),
    ("text", "last", (12,), np.int64, (12,), np.int64),  # text predicts every step whatever seq_target says
]


@pytest.mark.parametrize(("name", "target", "x_tail", "x_dtype", "y_tail", "y_dtype"), CASES)
def test_shapes_and_dtypes_follow_the_contract(name, target, x_tail, x_dtype, y_tail, y_dtype) -> None:
    s = spec(dataset=name, seq_target=target, seq_len=12, samples=200, classes=5, train_ratio=0.7)
    d = make_dataset(s)  # the dispatch in engine/data.py reaches engine/sequences.py
    assert d.kind == "sequence" and d.task == DATASETS[name].task
    assert d.x_train.shape == (140, *x_tail) and d.x_test.shape == (60, *x_tail)
    assert d.y_train.shape == (140, *y_tail) and d.y_test.shape == (60, *y_tail)
    for a in (d.x_train, d.x_test):
        assert a.dtype == x_dtype and a.flags.c_contiguous
    for a in (d.y_train, d.y_test):
        assert a.dtype == y_dtype and a.flags.c_contiguous
    assert d.points_train.shape == d.points_test.shape == (0, 2) and d.points_train.dtype == np.float32
    assert d.features == () and d.extent == (0, 0, 0, 0) and d.image_shape == ()
    assert d.source
    # what the graph checks a design against agrees with what the engine delivers
    assert d.x_train.shape[1:] == input_shape(s)
    wanted = target_shape(s)
    if d.task == "regression":
        assert d.n_classes == 0 and d.class_names == ()
        assert d.y_train.shape[1:] == wanted
    else:
        assert len(d.class_names) == d.n_classes == wanted[-1]
        assert d.y_train.shape[1:] == wanted[:-1]  # class ids, not one value per class


def test_sine_values_stay_within_two_and_every_step_targets_are_the_next_values() -> None:
    every = make_dataset(spec(dataset="sine", seq_target="every", seq_len=30, samples=300))
    last = make_dataset(spec(dataset="sine", seq_target="last", seq_len=30, samples=300))
    for d in (every, last):
        assert np.all(np.isfinite(d.x_train)) and np.abs(d.x_train).max() <= 2.0
        assert np.abs(d.x_train).max() > 1.0  # two waves add up beyond one
    np.testing.assert_array_equal(every.x_train, last.x_train)  # the mode changes the target only
    np.testing.assert_array_equal(every.y_train[:, :-1], every.x_train[:, 1:])  # y[t] = x[t + 1]
    np.testing.assert_array_equal(last.y_train, every.y_train[:, -1])  # "last" = the value after step T


def test_sine_sequences_are_smooth_waves_not_noise() -> None:
    d = make_dataset(spec(dataset="sine", seq_len=40, samples=100))
    x = d.x_train[:, :, 0]
    # w ≤ 0.6 rad per step and a ≤ 1: consecutive values differ by at most 2 · 0.6
    assert np.abs(np.diff(x, axis=1)).max() <= 1.2 + 1e-5
    assert x.std(axis=1).min() > 0.05


def test_adding_marks_one_step_in_each_half_and_sums_the_marked_values() -> None:
    d = make_dataset(spec(dataset="adding", seq_len=15, samples=200))
    values, marker = d.x_train[..., 0], d.x_train[..., 1]
    assert values.min() >= 0.0 and values.max() <= 1.0
    assert set(np.unique(marker).tolist()) == {0.0, 1.0}
    assert np.all(marker[:, :7].sum(axis=1) == 1) and np.all(marker[:, 7:].sum(axis=1) == 1)
    np.testing.assert_allclose(d.y_train[:, 0], (values * marker).sum(axis=1), rtol=1e-6)


def test_adding_baseline_is_one_sixth() -> None:
    assert abs(ADDING_BASELINE_MSE - 1 / 6) < 1e-12
    d = make_dataset(spec(dataset="adding", seq_len=10, samples=20000, train_ratio=0.5))
    y = np.concatenate([d.y_train, d.y_test])[:, 0].astype(np.float64)
    assert y.mean() == pytest.approx(1.0, abs=0.01)  # so 1.0 is the best constant answer
    assert np.mean((y - 1.0) ** 2) == pytest.approx(ADDING_BASELINE_MSE, abs=0.005)


@pytest.mark.parametrize("classes", [2, 5, 30])
def test_remember_labels_the_first_symbol(classes: int) -> None:
    d = make_dataset(spec(dataset="remember", classes=classes, seq_len=9, samples=400))
    assert d.n_classes == classes and d.class_names == symbol_names(classes)
    for x, y in ((d.x_train, d.y_train), (d.x_test, d.y_test)):
        assert set(np.unique(x).tolist()) == {0.0, 1.0}
        assert np.all(x.sum(axis=2) == 1)  # one-hot at every step
        np.testing.assert_array_equal(x[:, 0].argmax(axis=1), y)
        assert x.shape[2] == 2 * classes and not x[:, 1:, :classes].any()  # the symbols appear at step 0 only
    labels = np.concatenate([d.y_train, d.y_test])
    assert set(labels.tolist()) == set(range(classes))
    # the distractors are random: the later steps say nothing about the label
    later = np.concatenate([d.x_train, d.x_test])[:, 1:].argmax(axis=2) - classes
    assert later.min() >= 0
    assert np.mean(later == labels[:, None]) == pytest.approx(1 / classes, abs=0.05)


def test_symbol_names_count_like_spreadsheet_columns() -> None:
    names = symbol_names(64)
    assert names[:3] == ("A", "B", "C") and names[25] == "Z" and names[26] == "AA" and names[63] == "BL"
    assert len(set(names)) == 64


# --- seeding --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SEQUENCE_SETS)
def test_same_seed_same_data_and_another_seed_other_data(name: str) -> None:
    a = make_dataset(spec(dataset=name, seed=3, samples=60, classes=4))
    b = make_dataset(spec(dataset=name, seed=3, samples=60, classes=4))
    c = make_dataset(spec(dataset=name, seed=4, samples=60, classes=4))
    for field in ("x_train", "x_test", "y_train", "y_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.x_train, c.x_train)
    assert not np.array_equal(a.x_test, c.x_test)


@pytest.mark.parametrize("name", SEQUENCE_SETS)
@pytest.mark.parametrize(("ratio", "n_train"), [(0.1, 10), (0.73, 73), (0.9, 90)])
def test_train_ratio_sets_the_split(name: str, ratio: float, n_train: int) -> None:
    d = make_dataset(spec(dataset=name, samples=100, train_ratio=ratio))
    assert len(d.x_train) == len(d.y_train) == n_train
    assert len(d.x_test) == len(d.y_test) == 100 - n_train


# --- text -----------------------------------------------------------------------------------------


def test_the_rhymes_file_is_a_few_kilobytes_of_alphabet_text_in_blank_line_separated_rhymes() -> None:
    raw = text_file().read_text(encoding="utf-8")
    assert 3000 <= len(raw.encode("utf-8")) <= 5000
    assert set(raw.lower()) <= set(TEXT_ALPHABET)  # nothing is dropped on reading
    rhymes_ = [r for r in raw.split("\n\n") if r.strip()]
    assert len(rhymes_) >= 14
    assert rhymes_[0].startswith("Twinkle, twinkle, little star")


def test_text_ids_and_decoding_round_trip() -> None:
    ids = text_alphabet_ids("Hey, Diddle!\n{42} cat")
    assert ids.dtype == np.int64
    assert decode_ids(ids) == "hey, diddle!\n cat"  # lower-cased; braces and digits dropped
    assert decode_ids([]) == ""
    assert decode_ids(np.arange(len(TEXT_ALPHABET))) == TEXT_ALPHABET
    with pytest.raises(ValueError, match="symbol id 36 is outside the text alphabet"):
        decode_ids([0, 36])


def test_text_class_names_show_the_invisible_symbols() -> None:
    assert len(TEXT_CLASS_NAMES) == len(TEXT_ALPHABET) == 36
    assert TEXT_CLASS_NAMES[TEXT_ALPHABET.index("\n")] == "⏎"
    assert TEXT_CLASS_NAMES[TEXT_ALPHABET.index(" ")] == "␣"
    assert TEXT_CLASS_NAMES[TEXT_ALPHABET.index("q")] == "q"
    assert make_dataset(spec(dataset="text")).class_names == TEXT_CLASS_NAMES


def test_text_windows_are_real_text_and_targets_are_the_next_characters() -> None:
    text = rhymes()
    d = make_dataset(spec(dataset="text", seq_len=25, samples=200))
    for x, y in ((d.x_train, d.y_train), (d.x_test, d.y_test)):
        assert x.min() >= 0 and x.max() < 36
        np.testing.assert_array_equal(y[:, :-1], x[:, 1:])  # the target is the window shifted by one
        for row_x, row_y in zip(x[:20], y[:20], strict=True):
            window = decode_ids(row_x) + decode_ids(row_y[-1:])
            assert window in text


def _distinct_text(tmp_path, length: int = 3000) -> tuple[str, object]:
    """A file of random letters: every 20-character window occurs once, so a window's position is known."""
    rng = np.random.default_rng(7)
    text = "".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz"), length))
    path = tmp_path / "rhymes.txt"
    path.write_text(text, encoding="utf-8")
    return text, path


@pytest.mark.parametrize("ratio", [0.1, 0.5, 0.8])
def test_test_windows_come_from_text_after_the_training_part(tmp_path, monkeypatch, ratio: float) -> None:
    text, path = _distinct_text(tmp_path)
    monkeypatch.setattr(sequences, "text_file", lambda: path)
    d = load_sequence_dataset(spec(dataset="text", seq_len=19, samples=300, train_ratio=ratio))
    cut = round(len(text) * ratio)

    def starts(x: np.ndarray) -> np.ndarray:
        found = np.array([text.find(decode_ids(row)) for row in x])
        assert np.all(found >= 0)
        return found

    train, test = starts(d.x_train), starts(d.x_test)
    assert (train + 20).max() <= cut  # the window and its last target lie before the cut
    assert test.min() >= cut
    # the windows spread over each part instead of bunching up
    assert train.min() < 0.2 * cut and test.max() > cut + 0.8 * (len(text) - cut - 20)


def test_a_long_sequence_moves_the_cut_so_both_parts_hold_a_window(tmp_path, monkeypatch) -> None:
    text, path = _distinct_text(tmp_path, 1200)
    monkeypatch.setattr(sequences, "text_file", lambda: path)
    d = load_sequence_dataset(spec(dataset="text", seq_len=400, samples=40, train_ratio=0.9))
    assert d.x_test.shape == (4, 400)
    assert text.find(decode_ids(d.x_test[0])) == len(text) - 401  # the only test window that fits


def test_text_too_short_for_the_sequence_length_is_a_data_error(tmp_path, monkeypatch) -> None:
    path = tmp_path / "rhymes.txt"
    path.write_text("humpty dumpty sat on a wall", encoding="utf-8")
    monkeypatch.setattr(sequences, "text_file", lambda: path)
    with pytest.raises(DataError, match="set the sequence length to at most 12"):
        make_dataset(spec(dataset="text", seq_len=20))


def test_a_missing_text_file_is_a_data_error(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sequences, "text_file", lambda: tmp_path / "missing.txt")
    with pytest.raises(DataError, match="rhymes.txt is missing or damaged.*reinstall"):
        make_dataset(spec(dataset="text"))


def test_an_unreadable_text_file_is_a_data_error(tmp_path, monkeypatch) -> None:
    path = tmp_path / "rhymes.txt"
    path.write_bytes(b"\xff\xfe\x00broken" * 100)
    monkeypatch.setattr(sequences, "text_file", lambda: path)
    with pytest.raises(DataError, match="missing or damaged"):
        make_dataset(spec(dataset="text"))


def test_a_missing_resources_folder_is_a_data_error(monkeypatch) -> None:
    def missing() -> None:
        raise FileNotFoundError("NN Playground's resources folder is missing; reinstall the app")

    monkeypatch.setattr(sequences, "resources_dir", missing)
    with pytest.raises(DataError, match="missing or damaged"):
        make_dataset(spec(dataset="text"))


def test_sequence_module_imports_no_torch() -> None:
    code = "import sys, playground.engine.sequences; assert 'torch' not in sys.modules, 'torch was imported'"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
