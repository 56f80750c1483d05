"""Image datasets: bundled digits, the user's folders and .npz files, the split, and every malformed case."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from playground.engine import image_files
from playground.engine import images as im
from playground.engine.data import DataError, make_dataset
from playground.engine.images import inspect_user_images, load_image_dataset, stratified_split
from playground.graph.params import defaults
from playground.graph.settings import DATA_PARAMS


def data_spec(**values: object) -> dict:
    """A project data spec: the defaults with ``values`` overridden."""
    spec = defaults(DATA_PARAMS)
    spec.update(values)
    return spec


def user_spec(path: Path, shape: tuple[int, ...], classes: int, **values: object) -> dict:
    return data_spec(dataset="user_images", path=str(path), image_shape=list(shape), classes=classes, **values)


def save(path: Path, pixels: np.ndarray) -> None:
    """Save an image file (its mode follows the array: uint8 H×W grey, H×W×3 RGB, H×W×4 RGBA, uint16 16-bit)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path)


def grey(value: int, size: tuple[int, int] = (6, 5)) -> np.ndarray:
    """An H×W uint8 image whose top-left pixel is ``value`` (so every test image is unique)."""
    a = np.zeros(size, np.uint8)
    a[0, 0] = value
    a[-1, -1] = 255
    return a


def make_folder(root: Path, classes: dict[str, int], size: tuple[int, int] = (6, 5)) -> Path:
    """``root``/<class>/<i>.png grey images, ``classes`` maps class name to image count."""
    value = 1
    for name, n in classes.items():
        for i in range(n):
            save(root / name / f"{i}.png", grey(value, size))
            value += 1
    return root


def expect_error(path: Path | str, *words: str) -> str:
    with pytest.raises(DataError) as err:
        inspect_user_images(path)
    message = str(err.value)
    for word in words:
        assert word in message, message
    return message


# --- bundled sets ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "count", "side", "source"),
    [("mnist", 5000, 28, "CC BY-SA 3.0"), ("digits8", 1797, 8, "CC BY 4.0")],
)
def test_bundled_sets_load_with_shapes_ranges_and_classes(name: str, count: int, side: int, source: str) -> None:
    d = make_dataset(data_spec(dataset=name, train_ratio=0.8))
    assert d.kind == "images" and d.task == "classification" and d.n_classes == 10
    assert d.image_shape == (1, side, side)
    assert d.x_train.shape[1:] == d.x_test.shape[1:] == (1, side, side)
    assert len(d.x_train) + len(d.x_test) == count
    assert abs(len(d.x_train) - 0.8 * count) <= 10  # each class rounds on its own
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.int64
    both = np.concatenate([d.x_train, d.x_test])
    assert both.min() == 0.0 and both.max() == 1.0  # scaled by 1/255 (MNIST) or 1/16 (8×8 digits)
    assert 0.05 < both.mean() < 0.5  # dark background, bright strokes
    assert d.class_names == tuple(str(k) for k in range(10))
    assert set(d.y_train.tolist()) == set(d.y_test.tolist()) == set(range(10))
    assert d.points_train.shape == d.points_test.shape == (0, 2) and d.points_train.dtype == np.float32
    assert d.features == () and d.extent == (0, 0, 0, 0)
    assert source in d.source
    first = d.x_train[0].copy()
    d.x_train[0] = 0.5  # the dataset owns its arrays: the cached pixels do not change through them
    assert np.array_equal(make_dataset(data_spec(dataset=name, train_ratio=0.8)).x_train[0], first)


def test_bundled_files_and_their_attribution_are_in_resources() -> None:
    from playground import resources_dir

    data = resources_dir() / "data"
    readme = (data / "README.md").read_text(encoding="utf-8")
    for words in ("mnist_5k.npz", "digits_8x8.npz", "CC BY-SA 3.0", "CC BY 4.0", "LeCun", "Alpaydin"):
        assert words in readme
    assert (data / "mnist_5k.npz").is_file() and (data / "digits_8x8.npz").is_file()


# --- the split ------------------------------------------------------------------------------


def test_split_is_stratified_seeded_and_mixed() -> None:
    labels = np.repeat(np.arange(5), [10, 20, 30, 7, 2])  # sorted by class, as the files are
    train, test = stratified_split(labels, 0.7, seed=3)
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(len(labels)))
    for c, n in enumerate([10, 20, 30, 7, 2]):
        assert (labels[train] == c).sum() == min(n - 1, max(1, round(n * 0.7)))
        assert (labels[test] == c).sum() >= 1
    assert len(set(labels[test][:8].tolist())) >= 3  # the first test samples mix classes
    assert len(set(labels[train][:10].tolist())) >= 3
    same = stratified_split(labels, 0.7, seed=3)
    assert np.array_equal(same[0], train) and np.array_equal(same[1], test)
    other = stratified_split(labels, 0.7, seed=4)
    assert not np.array_equal(other[0], train)


def test_bundled_split_follows_the_seed() -> None:
    a = make_dataset(data_spec(dataset="digits8", seed=1))
    b = make_dataset(data_spec(dataset="digits8", seed=1))
    c = make_dataset(data_spec(dataset="digits8", seed=2))
    assert np.array_equal(a.x_test, b.x_test) and np.array_equal(a.y_train, b.y_train)
    assert not np.array_equal(a.y_test, c.y_test)
    assert len(set(a.y_test[:20].tolist())) >= 5


# --- good user images -----------------------------------------------------------------------


def test_a_good_folder_round_trips(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "shapes", {"cat": 3, "10": 2, "2": 4})
    (root / "cat" / ".DS_Store").write_bytes(b"junk")  # hidden and non-image files are ignored
    (root / "cat" / "notes.txt").write_text("not an image")
    (root / "README.txt").write_text("the top folder may hold other files")
    info = inspect_user_images(root)
    assert info.class_names == ("2", "10", "cat")  # natural order: 2 before 10
    assert info.image_shape == (1, 6, 5) and info.n_classes == 3 and info.count == 9

    d = make_dataset(user_spec(root, (1, 6, 5), 3, train_ratio=0.5, seed=7))
    assert d.kind == "images" and d.image_shape == (1, 6, 5) and d.n_classes == 3
    assert d.class_names == ("2", "10", "cat") and "shapes" in d.source
    x = np.concatenate([d.x_train, d.x_test])
    y = np.concatenate([d.y_train, d.y_test])
    assert x.dtype == np.float32 and x.shape == (9, 1, 6, 5) and x.max() == 1.0
    # Each image's top-left pixel says which file it was: cat 1..3, "10" 4..5, "2" 6..9.
    found = {round(float(v) * 255): int(k) for v, k in zip(x[:, 0, 0, 0], y, strict=True)}
    assert found == {1: 2, 2: 2, 3: 2, 4: 1, 5: 1, 6: 0, 7: 0, 8: 0, 9: 0}
    assert np.allclose(x[:, 0, 0, 0] * 255, np.round(x[:, 0, 0, 0] * 255))


def test_colour_in_any_image_gives_three_channels(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "mixed", {"a": 2, "b": 2}, size=(4, 4))
    rgb = np.zeros((4, 4, 3), np.uint8)
    rgb[1, 2] = (255, 0, 0)
    save(root / "b" / "red.bmp", rgb)
    info = inspect_user_images(root)
    assert info.image_shape == (3, 4, 4) and info.count == 5
    d = make_dataset(user_spec(root, (3, 4, 4), 2))
    x = np.concatenate([d.x_train, d.x_test])
    reds = [s for s in x if s[0, 1, 2] == 1.0 and s[1, 1, 2] == 0.0 and s[2, 1, 2] == 0.0]
    assert len(reds) == 1
    greys = [s for s in x if np.array_equal(s[0], s[1]) and np.array_equal(s[1], s[2])]
    assert len(greys) == 4  # grey images repeat into all three channels


def test_grey_pictures_saved_in_colour_formats_stay_one_channel(tmp_path: Path) -> None:
    root = tmp_path / "pics"
    save(root / "a" / "1.png", np.stack([grey(9)] * 3, axis=2))  # RGB file, grey content
    save(root / "a" / "2.gif", grey(10))  # palette image
    save(root / "b" / "1.jpg", np.full((6, 5), 200, np.uint8))  # grey JPEG
    transparent = np.zeros((6, 5, 4), np.uint8)  # fully transparent: shown over white
    save(root / "b" / "2.png", transparent)
    save(root / "b" / "3.png", grey(3).astype(np.uint16) * 257)  # 16-bit grey
    info = inspect_user_images(root)
    assert info.image_shape == (1, 6, 5) and info.count == 5
    pixels = im._load_user(root.resolve())
    by_file = dict(zip(["a1", "a2", "b1", "b2", "b3"], pixels.images[:, 0], strict=True))
    assert by_file["a1"][0, 0] == 9 and by_file["a2"][0, 0] == 10
    assert abs(int(by_file["b1"][2, 2]) - 200) <= 2
    assert np.all(by_file["b2"] == 255)
    assert by_file["b3"][0, 0] == 3 and by_file["b3"][-1, -1] == 255


def test_a_good_npz_round_trips(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (12, 5, 4, 3), dtype=np.uint8)  # N×H×W×C
    labels = np.array(["dog", "cat", "bird"] * 4)
    np.savez(tmp_path / "pets.npz", images=images, labels=labels)
    info = inspect_user_images(tmp_path / "pets.npz")
    assert info == im.UserImagesInfo((3, 5, 4), 3, ("bird", "cat", "dog"), 12)
    d = load_image_dataset(user_spec(tmp_path / "pets.npz", (3, 5, 4), 3, train_ratio=0.5))
    assert d.class_names == ("bird", "cat", "dog") and len(d.y_train) == 6
    x = np.concatenate([d.x_train, d.x_test])
    y = np.concatenate([d.y_train, d.y_test])
    for sample, k in zip(x, y, strict=True):
        match = [i for i in range(12) if np.array_equal(images[i].transpose(2, 0, 1) / np.float32(255), sample)]
        assert len(match) == 1 and d.class_names[k] == str(labels[match[0]])
    # The same pixels stored channels first (N×C×H×W, as torch keeps them) give the same set.
    np.savez(tmp_path / "first.npz", images=images.transpose(0, 3, 1, 2), labels=labels)
    again = load_image_dataset(user_spec(tmp_path / "first.npz", (3, 5, 4), 3, train_ratio=0.5))
    assert np.array_equal(again.x_train, d.x_train) and np.array_equal(again.y_test, d.y_test)


@pytest.mark.parametrize(
    ("images", "shape", "white"),
    [
        (np.full((6, 1, 4, 4), 0.5, np.float32), (1, 4, 4), 0.5),  # N×C×H×W floats in [0, 1]: kept
        (np.full((6, 3, 3, 3), 0.5, np.float32), (3, 3, 3), 0.5),  # 1 or 3 last: channels last
        (np.full((6, 3, 3), 127.5, np.float64), (1, 3, 3), 0.5),  # floats up to 255: /255
        (np.full((6, 3, 3, 1), 65535, np.uint16), (1, 3, 3), 1.0),  # uint16: /65535
        (np.full((6, 3, 3), 255, np.int64), (1, 3, 3), 1.0),  # integers up to 255: /255
        (np.ones((6, 2, 2), bool), (1, 2, 2), 1.0),
    ],
)
def test_npz_layouts_and_value_scales(tmp_path: Path, images: np.ndarray, shape: tuple, white: float) -> None:
    np.savez(tmp_path / "x.npz", images=images, labels=np.array([1, 3, 7, 1, 3, 7]))
    d = make_dataset(user_spec(tmp_path / "x.npz", shape, 3))
    assert d.class_names == ("1", "3", "7") and d.image_shape == shape
    assert d.x_train.dtype == np.float32 and np.allclose(d.x_train, white)


def test_changed_files_are_read_again_and_unchanged_ones_come_from_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "d.npz"
    np.savez(path, images=np.zeros((4, 3, 3), np.uint8), labels=np.array([0, 0, 1, 1]))
    assert inspect_user_images(path).count == 4
    assert im._load_user(path.resolve()) is im._load_user(path.resolve())
    np.savez(path, images=np.zeros((6, 3, 3), np.uint8), labels=np.array([0, 0, 1, 1, 2, 2]))
    assert inspect_user_images(path).n_classes == 3

    root = make_folder(tmp_path / "f", {"a": 2, "b": 2})
    assert inspect_user_images(root).count == 4
    save(root / "b" / "new.png", grey(99))
    assert inspect_user_images(root).count == 5
    before = im._load_user(root.resolve())
    assert im._load_user(root.resolve()) is before
    os.utime(root / "a" / "0.png", ns=(1, 1))  # an edited file changes its time: read again
    after = im._load_user(root.resolve())
    assert after is not before and im._load_user(root.resolve()) is after


# --- the project's record ---------------------------------------------------------------------


def test_a_file_that_no_longer_matches_the_project_says_how_to_fix_it(tmp_path: Path) -> None:
    np.savez(tmp_path / "d.npz", images=np.zeros((6, 4, 4), np.uint8), labels=np.array([0, 0, 1, 1, 2, 2]))
    with pytest.raises(DataError) as err:
        make_dataset(user_spec(tmp_path / "d.npz", (1, 4, 4), 5))
    assert str(err.value) == (
        "d.npz: the file now holds 3 classes but the project was set up for 5: "
        "choose the images again in the Data panel."
    )
    with pytest.raises(DataError, match=r"the images are now 1×4×4 but the project was set up for 3×28×28"):
        make_dataset(user_spec(tmp_path / "d.npz", (3, 28, 28), 3))
    with pytest.raises(DataError, match="No images chosen"):
        make_dataset(data_spec(dataset="user_images"))


# --- malformed folders ------------------------------------------------------------------------


def test_missing_paths_and_wrong_kinds_of_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "gone", "does not exist", "Data panel")
    expect_error("  ", "No images chosen")
    save(tmp_path / "one.png", grey(1))
    expect_error(tmp_path / "one.png", "single image", "sub-folder")
    (tmp_path / "notes.txt").write_text("hello")
    expect_error(tmp_path / "notes.txt", "neither a folder nor an .npz")


def test_folder_structure_problems(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    expect_error(tmp_path / "empty", "empty", "sub-folder")
    save(tmp_path / "loose" / "1.png", grey(1))
    expect_error(tmp_path / "loose", "no class folders", "loose/cat")
    root = make_folder(tmp_path / "hollow", {"a": 2, "b": 2})
    (root / "c").mkdir()
    (root / "c" / "readme.txt").write_text("no images here")
    expect_error(root, "class folder 'c'", "has no images")
    expect_error(make_folder(tmp_path / "single", {"only": 3}), "fewer than 2 classes", "'only'")
    expect_error(make_folder(tmp_path / "lonely", {"a": 3, "b": 1}), "class 'b' has only 1 image", "at least 2")


def test_unreadable_and_corrupt_images_are_named(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "bad", {"a": 2, "b": 2})
    (root / "b" / "fake.png").write_bytes(b"this is not a png")
    expect_error(root, "b/fake.png", "not an image")
    (root / "b" / "fake.png").unlink()
    save(tmp_path / "noise.png", np.random.default_rng(0).integers(0, 256, (6, 5), dtype=np.uint8))
    good = (tmp_path / "noise.png").read_bytes()
    (root / "a" / "cut.png").write_bytes(good[: len(good) // 2])  # a download cut short: header fine, pixels not
    expect_error(root, "a/cut.png", "cannot be read", "fix or remove")


def test_mixed_sizes_name_two_files_and_their_sizes(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "sizes", {"a": 2, "b": 2}, size=(8, 8))
    save(root / "b" / "wide.png", grey(5, size=(8, 10)))
    expect_error(root, "differ in size", "a/0.png is 8×8", "b/wide.png is 10×8", "resize")


def test_size_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_folder(tmp_path / "big", {"a": 2, "b": 2}, size=(257, 20))
    expect_error(root, "a/0.png is 20×257", "at most 256×256", "shrink")
    monkeypatch.setattr(image_files, "MAX_IMAGES", 3)
    expect_error(make_folder(tmp_path / "many", {"a": 2, "b": 2}), "holds 4 images", "at most 3")
    monkeypatch.setattr(image_files, "MAX_IMAGES", 60_000)
    monkeypatch.setattr(image_files, "MAX_VALUES", 100)
    expect_error(make_folder(tmp_path / "bulk", {"a": 2, "b": 2}), "4 images of 1×6×5", "too much data")
    np.savez(tmp_path / "bulk.npz", images=np.zeros((4, 6, 6)), labels=np.array([0, 0, 1, 1]))
    expect_error(tmp_path / "bulk.npz", "bulk.npz", "too much data")


# --- malformed .npz files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arrays", "words"),
    [
        ({"images": np.zeros((4, 3, 3))}, ("no 'labels' array", "holds 'images'", "np.savez")),
        ({"x": np.zeros((4, 3, 3)), "y": np.zeros(4)}, ("no 'images' and no 'labels'", "holds 'x', 'y'")),
        ({"images": np.zeros((4, 9)), "labels": np.arange(4)}, ("must be N×H×W", "shape 4×9")),
        ({"images": np.zeros((4, 5, 5, 5)), "labels": np.arange(4)}, ("C = 1 (grey) or 3",)),
        ({"images": np.zeros((0, 3, 3)), "labels": np.arange(0)}, ("holds no images",)),
        ({"images": np.zeros((4, 3, 3)), "labels": np.array([0, 0, 1])}, ("'labels' has 3 entries", "holds 4")),
        ({"images": np.zeros((4, 3, 3)), "labels": np.zeros((2, 2))}, ("list of N labels", "shape 2×2")),
        ({"images": np.zeros((4, 3, 3)), "labels": np.zeros(4)}, ("fewer than 2 classes", "'0'")),
        ({"images": np.zeros((4, 3, 3)), "labels": np.array([0, 1, 1, 1])}, ("class '0' has only 1 image",)),
        ({"images": np.zeros((4, 3, 3)), "labels": np.array([0, 0.5, 1, 1])}, ("whole numbers or texts",)),
        ({"images": np.zeros((130, 2, 2)), "labels": np.arange(130) // 2}, ("65 classes", "at most 64")),
        ({"images": np.full((4, 3, 3), -1.0), "labels": np.array([0, 0, 1, 1])}, ("negative",)),
        ({"images": np.full((4, 3, 3), 300.0), "labels": np.array([0, 0, 1, 1])}, ("values up to 300",)),
        ({"images": np.full((4, 3, 3), np.nan), "labels": np.array([0, 0, 1, 1])}, ("NaN",)),
        ({"images": np.full((4, 3, 3), 70000), "labels": np.array([0, 0, 1, 1])}, ("up to 70000",)),
        ({"images": np.array(["a", "b", "c", "d"]), "labels": np.array([0, 0, 1, 1])}, ("must be N×H×W",)),
        ({"images": np.full((4, 2, 2), "a"), "labels": np.array([0, 0, 1, 1])}, ("must hold numbers",)),
    ],
)
def test_malformed_npz_files(tmp_path: Path, arrays: dict, words: tuple[str, ...]) -> None:
    np.savez(tmp_path / "data.npz", **arrays)
    expect_error(tmp_path / "data.npz", "data.npz", *words)


def test_npz_that_is_not_an_npz_or_holds_python_objects(tmp_path: Path) -> None:
    (tmp_path / "fake.npz").write_text("not a zip")
    expect_error(tmp_path / "fake.npz", "fake.npz is not an .npz file")
    labels = np.array(["a", "b", 1, 2], dtype=object)
    np.savez(tmp_path / "objects.npz", images=np.zeros((4, 2, 2)), labels=labels)
    expect_error(tmp_path / "objects.npz", "Python objects", "dtype=str")


def test_bundled_sets_are_cached() -> None:
    """A warm bundled load is a cache hit: every training run calls make_dataset."""
    make_dataset(data_spec(dataset="mnist"))
    start = time.perf_counter()
    make_dataset(data_spec(dataset="mnist"))
    assert time.perf_counter() - start < 0.2
