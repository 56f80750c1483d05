"""Starting from pretrained weights (``init_from``): safetensors keyed by node id, strict about shapes."""

from __future__ import annotations

import pytest
import torch
from engine_helpers import load_preset, mlp_project
from safetensors.torch import load_file, save_file

from playground import resources_dir
from playground.engine.train import Trainer, TrainingError
from playground.engine.transfer import weights_path


def dense_ids(project) -> list[str]:
    return [n.id for n in project.graph.nodes.values() if n.kind == "Dense"]


def test_matching_tensors_are_loaded_and_others_ignored(tmp_path) -> None:
    project = mlp_project("circle", hidden=(8,))
    first, last = dense_ids(project)
    weight, bias = torch.full((8, 2), 0.25), torch.arange(8, dtype=torch.float32)
    path = tmp_path / "pre.safetensors"
    save_file({f"{first}.weight": weight, f"{first}.bias": bias, "head.weight": torch.zeros(3, 3)}, str(path))
    project.training["init_from"] = str(path)
    trainer = Trainer(project)
    layer = trainer.model.layers[first]
    assert torch.equal(layer.weight, weight) and torch.equal(layer.bias, bias)
    random = Trainer(mlp_project("circle", hidden=(8,)))  # the rest starts as without the file: same seed, same init
    assert torch.equal(trainer.model.layers[last].weight, random.model.layers[last].weight)
    trainer.step(5)
    trainer.reset()  # a reset starts from the file again, not from random weights
    assert torch.equal(trainer.model.layers[first].weight, weight)


def test_a_tensor_of_the_wrong_shape_names_the_layer_and_both_shapes(tmp_path) -> None:
    project = mlp_project("circle", hidden=(8,))
    first = dense_ids(project)[0]
    path = tmp_path / "pre.safetensors"
    save_file({f"{first}.weight": torch.zeros(4, 2)}, str(path))
    project.training["init_from"] = str(path)
    name = project.graph.nodes[first].name
    with pytest.raises(TrainingError, match=rf"layer '{name}'.*weight.*4×2.*needs 8×2"):
        Trainer(project)


def test_a_file_with_no_matching_key_or_missing_or_damaged_is_a_clear_error(tmp_path) -> None:
    project = mlp_project("circle", hidden=(8,))
    path = tmp_path / "other.safetensors"
    save_file({"conv9.weight": torch.zeros(2)}, str(path))
    project.training["init_from"] = str(path)
    with pytest.raises(TrainingError, match="none of the weights in other.safetensors belong to a layer"):
        Trainer(project)
    project.training["init_from"] = str(tmp_path / "gone.safetensors")
    with pytest.raises(TrainingError, match="gone.safetensors does not exist"):
        Trainer(project)
    pickle = tmp_path / "model.safetensors"
    pickle.write_bytes(b"\x80\x04not safetensors at all")
    project.training["init_from"] = str(pickle)
    with pytest.raises(TrainingError, match="model.safetensors is not a safetensors weights file"):
        Trainer(project)


def test_relative_paths_are_looked_up_in_the_resources_folder() -> None:
    assert (
        weights_path("pretrained/digits-conv.safetensors") == resources_dir() / "pretrained" / "digits-conv.safetensors"
    )
    assert weights_path("/abs/file.safetensors").is_absolute()


def test_the_shipped_pretrained_file_fits_the_transfer_lesson() -> None:
    path = resources_dir() / "pretrained" / "digits-conv.safetensors"
    assert path.stat().st_size < 200_000
    shipped = load_file(str(path))
    assert set(shipped) == {"n2.weight", "n2.bias", "n5.weight", "n5.bias"}
    trainer = Trainer(load_preset("transfer-learning"))
    assert torch.equal(trainer.model.layers["n2"].weight, shipped["n2.weight"])
    assert torch.equal(trainer.model.layers["n5"].bias, shipped["n5.bias"])
    assert len(trainer.x_train) == 50 and set(trainer.y_train.tolist()) == {5, 6, 7, 8, 9}
    assert set(trainer.y_test.tolist()) == {5, 6, 7, 8, 9} and len(trainer.x_test) > 400
