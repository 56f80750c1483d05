"""Hostile run bundles and weight files from elsewhere: refused with one readable sentence, never unpickled,
never unpacked without bound, never extracted to disk.

test_bundle.py covers ordinary damage (a half file, a bad CRC, an extra ``data.pkl``); this file aims at what an
attacker or a strange zip tool would make: path traversal names, zip bombs (honest and lying sizes), zip features
Python's zipfile refuses (encryption, unknown compression, a too-new zip version, bad UTF-8 names), a pickle in
every place a loader reads, and random bytes. Every file goes through both readers a user reaches: the window's
``read_bundle_project`` (ProjectError) and the worker's ``open_run`` (BundleError).
"""

from __future__ import annotations

import builtins
import io
import pickle
import struct
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch
from engine_helpers import load_preset, mlp_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playground.engine import bundle as bundle_module
from playground.engine.bundle import MEMBERS, BundleError, open_run, save_bundle
from playground.engine.data import DataError
from playground.engine.image_npz import read_npz
from playground.engine.train import Trainer, TrainingError, make_trainer
from playground.graph import project as project_module
from playground.graph.project import Project, ProjectError, read_bundle_project


class Payload:
    """Unpickling this writes a marker file: no loader may ever unpickle a user's file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (io.open, (str(self.marker), "w"))  # io.open, not open: the no_writes fixture replaces builtins.open


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    project = load_preset("xor-mlp")
    trainer = make_trainer(project)
    trainer.step(3)
    trainer.record()
    path = tmp_path_factory.mktemp("good") / "good.nnpz"
    save_bundle(project, trainer, path)
    return path.read_bytes()


@pytest.fixture
def no_writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail on any extraction, and record every file opened for writing while a bundle is read."""
    written: list[str] = []
    real_open = builtins.open

    def spy(file, mode="r", *args, **kwargs):  # noqa: ANN001, ANN202 - the signature of open
        if any(c in str(mode) for c in "wax+"):
            written.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a bundle member was extracted to disk")

    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(zipfile.ZipFile, "extract", refuse)
    monkeypatch.setattr(zipfile.ZipFile, "extractall", refuse)
    return written


def members_of(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(name, zf.read(name)) for name in zf.namelist()]


def zip_of(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip holding exactly these names (no normalisation: '../x' and '/abs' stay as they are)."""
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names, which is the point of some cases
        with zipfile.ZipFile(out, "w") as zf:
            for name, value in members:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = method
                zf.writestr(info, value)
    return out.getvalue()


def patch_member(data: bytes, name: str, **fields: int) -> bytes:
    """Overwrite header fields of member ``name`` in both its local and central headers (what a hand-made zip could
    hold): ``version``, ``flags``, ``method``, ``size`` (uncompressed)."""
    local = {"version": (4, "<H"), "flags": (6, "<H"), "method": (8, "<H"), "size": (22, "<I")}
    central = {"version": (6, "<H"), "flags": (8, "<H"), "method": (10, "<H"), "size": (24, "<I")}
    out = bytearray(data)
    raw_name = name.encode("utf-8")
    for signature, layout, name_at in ((b"PK\x03\x04", local, 30), (b"PK\x01\x02", central, 46)):
        at = out.find(signature)
        while at >= 0 and out[at + name_at : at + name_at + len(raw_name)] != raw_name:
            at = out.find(signature, at + 1)
        assert at >= 0, f"no {signature!r} header for {name}"
        for key, value in fields.items():
            offset, fmt = layout[key]
            if key == "flags":
                value |= struct.unpack_from(fmt, out, at + offset)[0]
            struct.pack_into(fmt, out, at + offset, value)
    return bytes(out)


def refused(tmp_path: Path, data: bytes, name: str = "hostile.nnpz") -> tuple[str, Project | None]:
    """open_run's BundleError message, and what the window's reader made of the same file (None: refused)."""
    folder = tmp_path / "inbox"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    with pytest.raises(BundleError) as info:
        open_run(path)
    message = str(info.value)
    assert message.strip() and "\n" not in message and "Traceback" not in message
    try:
        project = read_bundle_project(path)
    except ProjectError as e:
        assert e.problems and all(p.strip() for p in e.problems)
        project = None
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before, "a file appeared"
    return message, project


# --- names that point outside ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hostile",
    ["../escaped.txt", "../../escaped.txt", "sub/../../escaped.txt", "..\\escaped.txt", "C:/escaped.txt",
     "ABSOLUTE", "../run.json", "./project.json", "run.json/../escaped.txt"],
)
def test_a_member_named_outside_the_bundle_is_refused(tmp_path: Path, good: bytes, no_writes: list, hostile: str):
    name = str(tmp_path / "escaped.txt") if hostile == "ABSOLUTE" else hostile
    data = zip_of([*members_of(good), (name, b"overwritten")])
    assert name in zipfile.ZipFile(io.BytesIO(data)).namelist()  # the hostile name really is in the zip
    message, _ = refused(tmp_path, data)
    assert "never contains" in message and "can run code" in message
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path.parent / "escaped.txt").exists()
    assert no_writes == []


def test_a_bundle_with_only_traversal_names_is_refused(tmp_path: Path, no_writes: list):
    data = zip_of([(f"../{m}", b"{}") for m in MEMBERS])
    message, project = refused(tmp_path, data)
    assert "never contains" in message and project is None
    assert no_writes == []


def test_a_member_twice_is_refused(tmp_path: Path, good: bytes):
    members = members_of(good)
    message, _ = refused(tmp_path, zip_of([*members, members[0]]))
    assert "appears twice" in message


# --- zip bombs ------------------------------------------------------------------------------------------------


def test_a_member_larger_than_the_limit_is_refused_unread(tmp_path: Path, good: bytes, monkeypatch):
    monkeypatch.setattr(bundle_module, "MAX_TENSOR_BYTES", 1_000_000)
    bomb = [(n, b"\0" * 3_000_000 if n == "weights.safetensors" else v) for n, v in members_of(good)]
    data = zip_of(bomb)
    assert len(data) < 50_000  # small on disk, 3 MB unpacked
    message, _ = refused(tmp_path, data)
    assert message == "its weights.safetensors is 3 MB, more than a bundle may hold"


def test_a_json_member_larger_than_the_limit_is_refused(tmp_path: Path, good: bytes, monkeypatch):
    monkeypatch.setattr(bundle_module, "MAX_JSON_BYTES", 1_000_000)
    monkeypatch.setattr(project_module, "MAX_FILE_BYTES", 1_000_000)
    bomb = [(n, b" " * 3_000_000 + v if n == "project.json" else v) for n, v in members_of(good)]
    message, project = refused(tmp_path, zip_of(bomb))
    assert message == "its project.json is 3 MB, more than a bundle may hold"
    assert project is None


@pytest.mark.parametrize("member", ["weights.safetensors", "run.json", "project.json"])
def test_a_member_that_lies_about_its_size_is_never_unpacked_past_it(tmp_path, good, monkeypatch, member):
    """The header says 1000 bytes, the data inflates to 20 MB: reading stops at the stated size (a CRC error)."""
    limit = 1_000_000
    monkeypatch.setattr(bundle_module, "MAX_TENSOR_BYTES", limit)
    monkeypatch.setattr(bundle_module, "MAX_JSON_BYTES", limit)
    monkeypatch.setattr(project_module, "MAX_FILE_BYTES", limit)
    bomb = [(n, b"\0" * 20_000_000 if n == member else v) for n, v in members_of(good)]
    data = patch_member(zip_of(bomb), member, size=1000)
    largest: list[int] = [0]
    real_read = zipfile.ZipExtFile.read

    def counting_read(self, n=-1):  # noqa: ANN001, ANN202
        chunk = real_read(self, n)
        if self.name == member:
            largest[0] = max(largest[0], len(chunk))
        return chunk

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    message, project = refused(tmp_path, data)
    assert f"its {member} is damaged" in message and "CRC" in message
    assert project is None or member != "project.json"
    assert largest[0] <= 1000  # never more than the header promised, let alone the 20 MB


def test_a_member_claiming_4_gb_is_refused_before_reading(tmp_path: Path, good: bytes):
    data = patch_member(good, "rng.safetensors", size=0xFFFFFFF0)
    message, _ = refused(tmp_path, data)
    assert message == "its rng.safetensors is 4294 MB, more than a bundle may hold"


# --- zips Python's zipfile cannot read: each was a crash before the fix in bundle.py/project.py ------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"flags": 0x1}, "damaged"),  # encrypted: zipfile asks for a password (RuntimeError)
        ({"method": 99}, "damaged"),  # AES or another method zipfile lacks (NotImplementedError)
        ({"method": 9}, "damaged"),  # Deflate64
        ({"version": 250}, "not a zip file, or a damaged one"),  # "zip file version 25.0" (NotImplementedError)
    ],
)
@pytest.mark.parametrize("member", ["run.json", "project.json", "weights.safetensors"])
def test_zip_features_zipfile_refuses_are_a_clear_error(tmp_path: Path, good: bytes, member, fields, expected):
    message, project = refused(tmp_path, patch_member(good, member, **fields))
    assert expected in message
    if member == "project.json":
        assert project is None


def test_a_member_name_that_is_not_utf8_is_a_clear_error(tmp_path: Path, good: bytes):
    """The UTF-8 flag set on a name that is not UTF-8 (a UnicodeDecodeError inside zipfile)."""
    members = [(n, v) for n, v in members_of(good) if n != "optimizer.json"]
    data = patch_member(zip_of([*members, ("optimizer.jso~", b"{}")]), "optimizer.jso~", flags=0x800)
    data = data.replace(b"optimizer.jso~", b"optimizer.jso\xff")
    message, project = refused(tmp_path, data)
    assert "not a zip file, or a damaged one" in message and project is None


def test_a_local_header_name_that_is_not_utf8_is_a_clear_error(tmp_path: Path, good: bytes):
    """Only the local header's name is broken: zipfile fails when the member is opened, not when the zip is."""
    data = bytearray(patch_member(good, "weights.safetensors", flags=0x800))
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        data[zf.getinfo("weights.safetensors").header_offset + 30] = 0xFF  # the local header's name starts here
    message, _ = refused(tmp_path, bytes(data))
    assert "weights.safetensors is damaged" in message


# --- pickles, wherever a loader reads --------------------------------------------------------------------------


def pickles(marker: Path) -> dict[str, bytes]:
    torch_file = io.BytesIO()
    torch.save(Payload(marker), torch_file)  # a zip holding archive/data.pkl: what a .pt file is
    return {"pickle": pickle.dumps(Payload(marker), protocol=4), "torch.save": torch_file.getvalue()}


@pytest.mark.parametrize("kind", ["pickle", "torch.save"])
def test_the_payloads_are_live(tmp_path: Path, kind: str):
    """Guard: unpickling the payload does write the marker, so its absence below means nothing was unpickled."""
    marker = tmp_path / "unpickled"
    payload = pickles(marker)[kind]
    if kind == "pickle":
        pickle.loads(payload).close()  # noqa: S301 - our own payload, to prove it is live
    else:
        torch.load(io.BytesIO(payload), weights_only=False).close()
    assert marker.exists()


@pytest.mark.parametrize("kind", ["pickle", "torch.save"])
@pytest.mark.parametrize("member", MEMBERS)
def test_a_pickle_in_place_of_any_member_is_never_unpickled(tmp_path: Path, good: bytes, no_writes, member, kind):
    marker = tmp_path / "unpickled"
    payload = pickles(marker)[kind]
    data = zip_of([(n, payload if n == member else v) for n, v in members_of(good)])
    message, _ = refused(tmp_path, data)
    assert member in message
    assert any(why in message for why in ("not valid JSON", "not a valid safetensors file", "not UTF-8 text"))
    assert not marker.exists() and no_writes == []


@pytest.mark.parametrize("name", ["data.pkl", "archive/data.pkl", "weights.pt", "model.pth", "run.json.pkl"])
def test_a_pickle_beside_the_members_is_never_unpickled(tmp_path: Path, good: bytes, no_writes, name: str):
    marker = tmp_path / "unpickled"
    message, project = refused(tmp_path, zip_of([*members_of(good), (name, pickles(marker)["pickle"])]))
    assert repr(name) in message and "can run code" in message
    assert project is not None  # the window shows the design: the pickle is never touched, the worker refuses it
    assert not marker.exists() and no_writes == []


@pytest.mark.parametrize("kind", ["pickle", "torch.save"])
def test_a_pickle_or_torch_file_renamed_to_nnpz_is_never_unpickled(tmp_path: Path, no_writes, kind: str):
    marker = tmp_path / "unpickled"
    message, project = refused(tmp_path, pickles(marker)[kind])
    assert project is None
    assert ("not a zip file" in message) if kind == "pickle" else ("never contains" in message)
    assert not marker.exists() and no_writes == []


@pytest.mark.parametrize("kind", ["pickle", "torch.save"])
@pytest.mark.parametrize("suffix", [".safetensors", ".pt"])
def test_pretrained_weights_that_are_a_pickle_are_never_unpickled(tmp_path: Path, kind: str, suffix: str):
    """Start from weights (init_from) reads only safetensors: a malicious .pt is a TrainingError, not code."""
    marker = tmp_path / "unpickled"
    path = tmp_path / f"pretrained{suffix}"
    path.write_bytes(pickles(marker)[kind])
    project = mlp_project("circle", hidden=(8,))
    project.training["init_from"] = str(path)
    with pytest.raises(TrainingError, match=f"pretrained{suffix} is not a safetensors weights file"):
        Trainer(project)
    assert not marker.exists()


def test_image_data_that_holds_a_pickle_is_never_unpickled(tmp_path: Path):
    """Your own images (.npz) are read with allow_pickle=False: an object array is a DataError, not code."""
    marker = tmp_path / "unpickled"
    path = tmp_path / "images.npz"
    np.savez(path, images=np.array([Payload(marker)] * 2, dtype=object), labels=np.array([0, 1]))
    with pytest.raises(DataError, match="stores Python objects"):
        read_npz(path)
    assert not marker.exists()


# --- random files ---------------------------------------------------------------------------------------------

FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def opens_or_refuses(path: Path) -> None:
    """open_run gives a trainer or a one-line BundleError; read_bundle_project a Project or a ProjectError."""
    try:
        open_run(path)
    except BundleError as e:
        assert str(e).strip() and "\n" not in str(e)
    try:
        read_bundle_project(path)
    except ProjectError as e:
        assert e.problems


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_are_refused(tmp_path: Path, blob: bytes):
    path = tmp_path / "random.nnpz"
    path.write_bytes(blob)
    with pytest.raises(BundleError):
        open_run(path)
    with pytest.raises(ProjectError):
        read_bundle_project(path)


@FUZZ
@given(st.data())
def test_a_damaged_bundle_never_crashes(tmp_path: Path, good: bytes, data: st.DataObject):
    raw = bytearray(good)
    region = data.draw(st.sampled_from(["anywhere", "headers", "central directory", "cut", "insert"]))
    if region == "cut":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    elif region == "insert":
        at = data.draw(st.integers(0, len(raw)))
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    else:
        spans = {"anywhere": (0, len(raw)), "headers": (0, 200), "central directory": (len(raw) - 500, len(raw))}
        lo, hi = spans[region]
        for _ in range(data.draw(st.integers(1, 4))):
            raw[data.draw(st.integers(lo, hi - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path / "damaged.nnpz"
    path.write_bytes(bytes(raw))
    opens_or_refuses(path)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from([*MEMBERS, "../x", "data.pkl", "/abs"]), st.binary(max_size=64)),
                max_size=8), st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2]))
def test_random_zips_are_refused(tmp_path: Path, members, method):
    path = tmp_path / "random.nnpz"
    path.write_bytes(zip_of(members, method))
    with pytest.raises(BundleError):
        open_run(path)
    try:
        read_bundle_project(path)
    except ProjectError as e:
        assert e.problems
