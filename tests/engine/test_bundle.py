"""Run bundles (.nnpz): save a run, reopen it, go on training bit-identically; every bad file is a BundleError."""

from __future__ import annotations

import io
import json
import math
import pickle
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import torch
from engine_helpers import PRESETS, load_preset
from safetensors.torch import load as load_tensors

from playground.engine.bundle import MEMBERS, BundleError, is_bundle, load_bundle, open_run, save_bundle
from playground.engine.run_state import StateMismatchError
from playground.engine.train import make_trainer
from playground.graph import Project
from playground.graph.project import project_from_dict

N, M = 6, 5


def preset_dict(name: str) -> dict[str, Any]:
    return json.loads((PRESETS / f"{name}.json").read_text(encoding="utf-8"))


def lstm_dropout_project() -> Project:
    """lstm-memory with Dropout between the LSTM and the head: its forward pass draws random masks."""
    raw = preset_dict("lstm-memory")
    raw["graph"]["nodes"].append(
        {"id": "n9", "kind": "Dropout", "name": "dropout1", "params": {"p": 0.3}, "pos": [430.0, 120.0]}
    )
    raw["graph"]["edges"] = [e for e in raw["graph"]["edges"] if (e["src"], e["dst"]) != ("n2", "n3")]
    raw["graph"]["edges"] += [{"src": "n2", "dst": "n9", "port": "in"}, {"src": "n9", "dst": "n3", "port": "in"}]
    return project_from_dict(raw)


CASES: dict[str, Callable[[], Project]] = {
    "mlp-adam": lambda: load_preset("xor-mlp"),
    "cnn-batchnorm": lambda: load_preset("cnn-digits"),
    "lstm-dropout": lstm_dropout_project,
    "gan": lambda: load_preset("gan-ring"),
    "perceptron-rule": lambda: load_preset("xor-perceptron"),
    "rnn-momentum-clipping": lambda: load_preset("exploding-rnn-clipping"),
}


def losses(trainer: Any, steps: int) -> list[float]:
    return [trainer.step(1) for _ in range(steps)]


def same_history(a: list[tuple], b: list[tuple]) -> bool:
    """Row by row, exactly; NaN equals NaN (a GAN's distance may be undefined)."""
    return len(a) == len(b) and all(
        len(x) == len(y) and all(u == v or (math.isnan(u) and math.isnan(v)) for u, v in zip(x, y, strict=True))
        for x, y in zip(a, b, strict=True)
    )


def assert_same_run(a: Any, b: Any) -> None:
    sa, sb = a.state(), b.state()
    assert sa.weights.keys() == sb.weights.keys()
    for key in sa.weights:
        assert torch.equal(sa.weights[key], sb.weights[key]), key
    for net, opt in sa.optimizers.items():
        for idx, entry in opt["state"].items():
            for name, value in entry.items():
                other = sb.optimizers[net]["state"][idx][name]
                assert torch.equal(value, other) if isinstance(value, torch.Tensor) else value == other
    assert same_history(sa.history, sb.history)
    assert sa.step_count == sb.step_count and sa.cursor == sb.cursor
    assert all(torch.equal(sa.rng[k], sb.rng[k]) for k in sa.rng)


@pytest.mark.parametrize("case", list(CASES))
def test_a_saved_run_goes_on_exactly_as_an_uninterrupted_one(case: str, tmp_path: Path) -> None:
    whole = make_trainer(CASES[case]())
    first = losses(whole, N)
    whole.record()
    rest = losses(whole, M)
    whole.record()

    project = CASES[case]()
    part = make_trainer(project)
    assert losses(part, N) == first
    part.record()
    path = tmp_path / "run.nnpz"
    save_bundle(project, part, path)
    reopened_project, resumed = open_run(path)
    assert type(resumed) is type(whole)
    assert reopened_project.to_json() == project.to_json()
    assert resumed.step_count == N
    assert losses(resumed, M) == rest
    resumed.record()
    assert_same_run(whole, resumed)
    a, b = whole.evaluate(), resumed.evaluate()
    assert a.keys() == b.keys()
    assert all(a[k] == b[k] or (isinstance(a[k], float) and math.isnan(a[k]) and math.isnan(b[k])) for k in a)


def test_the_cnn_bundle_carries_batchnorm_running_statistics(tmp_path: Path) -> None:
    project = load_preset("cnn-digits")
    trainer = make_trainer(project)
    trainer.step(3)
    save_bundle(project, trainer, tmp_path / "cnn.nnpz")
    with zipfile.ZipFile(tmp_path / "cnn.nnpz") as zf:
        weights = load_tensors(zf.read("weights.safetensors"))
    means = [k for k in weights if k.endswith("running_mean")]
    assert means and all(weights[k].abs().sum() > 0 for k in means)  # moved away from their zero start
    assert any(k.endswith("num_batches_tracked") and int(weights[k]) == 3 for k in weights)


def test_the_dropout_case_really_depends_on_the_saved_random_state(tmp_path: Path) -> None:
    """Guard for the acceptance test: with another RNG state the LSTM with dropout trains differently."""
    project = lstm_dropout_project()
    trainer = make_trainer(project)
    trainer.step(N)
    state = trainer.state()
    expected = losses(make_trainer(project), N + M)[N:]
    restored = make_trainer(project)
    restored.restore(state)
    assert losses(restored, M) == expected
    other = trainer.state()
    other.rng["torch"] = torch.Generator().manual_seed(99).get_state()
    wrong = make_trainer(project)
    wrong.restore(other)
    assert losses(wrong, M) != expected


def test_a_gan_bundle_holds_both_networks_and_both_optimizers(tmp_path: Path) -> None:
    project = load_preset("gan-ring")
    trainer = make_trainer(project)
    trainer.step(4)
    save_bundle(project, trainer, tmp_path / "gan.nnpz")
    with zipfile.ZipFile(tmp_path / "gan.nnpz") as zf:
        weights = load_tensors(zf.read("weights.safetensors"))
        structure = json.loads(zf.read("optimizer.json"))
        run = json.loads(zf.read("run.json"))
    assert {k.split(".")[0] for k in weights} == {"generator", "discriminator"}
    assert set(structure) == {"generator", "discriminator"}
    assert run["kind"] == "gan" and run["counters"]["seen"] == trainer._seen


def test_the_bundle_is_a_zip_of_json_and_safetensors_only(tmp_path: Path) -> None:
    project = load_preset("xor-mlp")
    trainer = make_trainer(project)
    trainer.step(7)
    trainer.record()
    path = tmp_path / "xor.nnpz"
    save_bundle(project, trainer, path)
    with zipfile.ZipFile(path) as zf:
        assert zf.namelist() == list(MEMBERS)
        parts = {name: zf.read(name) for name in MEMBERS}
    for name, data in parts.items():
        assert not data.startswith(b"\x80"), f"{name} looks like a pickle"
        if name.endswith(".json"):
            json.loads(data)
        else:
            load_tensors(data)
    run = json.loads(parts["run.json"])
    assert run["format"] == "nn-playground-run" and run["version"] == 1
    assert run["step_count"] == 7 and run["seed"] == project.training["seed"] and run["device"] == "cpu"
    assert run["batch_cursor"] == trainer._cursor and len(run["history"]) == 1
    rng = load_tensors(parts["rng.safetensors"])
    assert rng["torch"].dtype == torch.uint8 and rng["batches"].dtype == torch.uint8
    assert json.loads(parts["optimizer.json"])["model"]["param_groups"][0]["betas"] == [0.9, 0.999]
    # Saving the same run twice gives the same bytes (fixed member times, sorted JSON).
    save_bundle(project, trainer, tmp_path / "again.nnpz")
    assert (tmp_path / "again.nnpz").read_bytes() == path.read_bytes()
    assert is_bundle(path) and is_bundle("RUN.NNPZ") and not is_bundle("project.json")


def test_a_live_learning_rate_change_travels_with_the_run(tmp_path: Path) -> None:
    project = load_preset("xor-mlp")
    trainer = make_trainer(project)
    trainer.step(3)
    trainer.set_setting("lr", 0.0042)  # as the UI does while training; the project may keep its own value
    save_bundle(project, trainer, tmp_path / "lr.nnpz")
    _, resumed = open_run(tmp_path / "lr.nnpz")
    assert resumed.config["lr"] == 0.0042
    assert all(group["lr"] == 0.0042 for group in resumed.optimizer.param_groups)


def test_an_unstarted_run_saves_and_reopens(tmp_path: Path) -> None:
    project = load_preset("xor-mlp")
    save_bundle(project, make_trainer(project), tmp_path / "fresh.nnpz")
    _, resumed = open_run(tmp_path / "fresh.nnpz")
    assert resumed.step_count == 0
    assert losses(resumed, 3) == losses(make_trainer(project), 3)


# --- bad bundles ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    project = load_preset("xor-mlp")
    trainer = make_trainer(project)
    trainer.step(5)
    trainer.record()
    path = tmp_path_factory.mktemp("good") / "good.nnpz"
    save_bundle(project, trainer, path)
    return path.read_bytes()


def rezip(data: bytes, change: Callable[[dict[str, bytes]], None]) -> bytes:
    """The bundle ``data`` with its members changed by ``change`` (a dict name → bytes, edited in place)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    change(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, value in members.items():
            zf.writestr(name, value)
    return out.getvalue()


def edit_json(name: str, edit: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        raw = json.loads(members[name])
        edit(raw)
        members[name] = json.dumps(raw).encode("utf-8")

    return change


def open_error(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "bad.nnpz"
    path.write_bytes(data)
    with pytest.raises(BundleError) as info:
        open_run(path)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def set_units(raw: dict[str, Any], units: int) -> None:
    next(n for n in raw["graph"]["nodes"] if n["kind"] == "Dense")["params"]["units"] = units


class _Payload:
    """Unpickling this writes a marker file: the bundle reader must never unpickle anything."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (open, (str(self.marker), "w"))


def test_a_project_whose_design_changed_after_training_is_refused(tmp_path: Path, good_bundle: bytes) -> None:
    message = open_error(tmp_path, rezip(good_bundle, edit_json("project.json", lambda raw: set_units(raw, 3))))
    assert "no longer matches the trained weights" in message
    assert "layer 'dense1': units is 3 now, the weights were trained with" in message


def test_weights_that_do_not_fit_the_design_are_refused(tmp_path: Path, good_bundle: bytes) -> None:
    # Design and project edited alike (as a hand-made file might be): the weights' shapes still give it away.
    def change(members: dict[str, bytes]) -> None:
        edit_json("project.json", lambda raw: set_units(raw, 3))(members)
        run = json.loads(members["run.json"])
        dense = next(n for n in run["design"]["nodes"].values() if n["kind"] == "Dense")
        dense["params"]["units"] = 3
        members["run.json"] = json.dumps(run).encode("utf-8")

    message = open_error(tmp_path, rezip(good_bundle, change))
    assert "cannot be continued" in message and "layer 'dense1'" in message and "the design needs 3×2" in message


def test_a_training_setting_that_needs_a_reset_is_refused(tmp_path: Path, good_bundle: bytes) -> None:
    data = rezip(good_bundle, edit_json("project.json", lambda raw: raw["training"].update(batch_size=7)))
    assert "the training setting batch_size is 7 now" in open_error(tmp_path, data)


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda data: b"not a zip at all", "not a zip file"),
        (lambda data: data[: len(data) // 2], "not a zip file"),
        (lambda data: b"", "not a zip file"),
    ],
)
def test_a_corrupt_file_is_refused(tmp_path: Path, good_bundle: bytes, damage: Callable, expected: str) -> None:
    assert expected in open_error(tmp_path, damage(good_bundle))


def test_a_damaged_member_is_refused(tmp_path: Path, good_bundle: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(good_bundle)) as zf:
        info = zf.getinfo("weights.safetensors")
    data = bytearray(good_bundle)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    data[start : start + 8] = bytes(8)  # inside the compressed weights: a CRC or inflate error
    message = open_error(tmp_path, bytes(data))
    assert "weights.safetensors" in message and "damaged" in message


def test_a_zip_with_a_pickle_inside_is_refused_and_never_unpickled(tmp_path: Path, good_bundle: bytes) -> None:
    marker = tmp_path / "unpickled"
    payload = pickle.dumps(_Payload(marker))

    def add_pickle(members: dict[str, bytes]) -> None:
        members["data.pkl"] = payload

    message = open_error(tmp_path, rezip(good_bundle, add_pickle))
    assert "'data.pkl'" in message and "never contains" in message

    def pickled_weights(members: dict[str, bytes]) -> None:
        members["weights.safetensors"] = payload

    message = open_error(tmp_path, rezip(good_bundle, pickled_weights))
    assert "weights.safetensors is not a valid safetensors file" in message
    buffer = io.BytesIO()
    torch.save({"w": torch.zeros(2)}, buffer)  # what torch.save writes: a zip holding a pickle

    def torch_file(members: dict[str, bytes]) -> None:
        members["optimizer.safetensors"] = buffer.getvalue()

    assert "optimizer.safetensors is not a valid safetensors file" in open_error(
        tmp_path, rezip(good_bundle, torch_file)
    )
    assert not marker.exists()


def test_a_bundle_from_a_newer_app_asks_for_an_update(tmp_path: Path, good_bundle: bytes) -> None:
    def newer(members: dict[str, bytes]) -> None:
        edit_json("run.json", lambda raw: raw.update(version=2))(members)
        members["extra.bin"] = b"something only version 2 knows"

    message = open_error(tmp_path, rezip(good_bundle, newer))
    assert "newer NN Playground (bundle version 2, this app reads up to 1)" in message and "update" in message


@pytest.mark.parametrize("member", MEMBERS)
def test_a_missing_member_is_named(tmp_path: Path, good_bundle: bytes, member: str) -> None:
    message = open_error(tmp_path, rezip(good_bundle, lambda members: members.pop(member)))
    assert f"incomplete: {member} missing" in message


@pytest.mark.parametrize(
    ("member", "edit", "expected"),
    [
        ("run.json", lambda raw: raw.update(format="something-else"), "not an NN Playground run bundle"),
        ("run.json", lambda raw: raw.update(step_count=-1), "step_count must be a whole number"),
        ("run.json", lambda raw: raw.update(history=[["x", 1, 2]]), "history must be rows"),
        ("run.json", lambda raw: raw.pop("design"), "the design the weights belong to"),
        ("run.json", lambda raw: raw.update(batch_cursor=10**6), "batch cursor"),
        (
            "optimizer.json",
            lambda raw: raw["model"]["state"].clear() or raw["model"]["param_groups"].append({}),
            "optimizer.json is damaged",
        ),
        ("project.json", lambda raw: raw.update(version="x"), "project.json is not a valid project"),
    ],
)
def test_damaged_json_is_refused(
    tmp_path: Path, good_bundle: bytes, member: str, edit: Callable, expected: str
) -> None:
    assert expected in open_error(tmp_path, rezip(good_bundle, edit_json(member, edit)))


def test_an_optimizer_state_of_the_wrong_shape_is_refused(tmp_path: Path, good_bundle: bytes) -> None:
    def shrink(members: dict[str, bytes]) -> None:
        from safetensors.torch import save

        tensors = load_tensors(members["optimizer.safetensors"])
        tensors["model.0.exp_avg"] = torch.zeros(1, 1)
        members["optimizer.safetensors"] = save(tensors)

    assert "exp_avg' does not fit its weight" in open_error(tmp_path, rezip(good_bundle, shrink))


def test_a_missing_file_is_a_bundle_error(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="cannot read it"):
        load_bundle(tmp_path / "nowhere.nnpz")


def test_saving_a_run_of_another_design_is_refused_and_keeps_the_old_file(tmp_path: Path) -> None:
    project = load_preset("xor-mlp")
    trainer = make_trainer(project)
    trainer.step(2)
    path = tmp_path / "keep.nnpz"
    save_bundle(project, trainer, path)
    before = path.read_bytes()
    dense = project.graph.nodes_of_kind("Dense")[0]
    project.graph.write_param(dense.id, "units", dense.params["units"] + 1)
    with pytest.raises(BundleError, match="reset the run first"):
        save_bundle(project, trainer, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.nnpz"]  # no temp file left behind


def test_restore_into_a_trainer_of_another_design_names_the_difference() -> None:
    trainer = make_trainer(load_preset("xor-mlp"))
    trainer.step(2)
    other = load_preset("xor-mlp")
    other.graph.write_param(other.graph.nodes_of_kind("Dense")[0].id, "units", 5)
    with pytest.raises(StateMismatchError, match="units is 5 now"):
        make_trainer(other).restore(trainer.state())


def test_a_run_trained_on_a_missing_device_opens_on_the_cpu(tmp_path: Path, good_bundle: bytes) -> None:
    path = tmp_path / "elsewhere.nnpz"
    path.write_bytes(rezip(good_bundle, edit_json("run.json", lambda raw: raw.update(device="nowhere"))))
    _, trainer = open_run(path)
    assert trainer.device.type == "cpu" and trainer.step_count == 5
