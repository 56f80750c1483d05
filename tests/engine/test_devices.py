"""The training device: Auto's rule, explicit choices, and plain-words errors for devices that are not here."""

from __future__ import annotations

import pytest
import torch
from engine_helpers import PRESETS

from playground.engine.run_setup import available_devices, checked_device, device_for, device_problem
from playground.engine.train import TrainingError, make_trainer
from playground.graph import read_project

NO_CUDA = pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a CUDA GPU")
NO_MPS = pytest.mark.skipif(torch.backends.mps.is_available(), reason="this machine has Apple MPS")


def preset(name: str):
    return read_project(PRESETS / f"{name}.json")


@pytest.fixture
def gpu_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A listed GPU passes the start check (torch.empty on it) without a real one."""
    real = torch.empty
    monkeypatch.setattr(torch, "empty", lambda *size, device=None, **kw: real(*size, **kw))


def test_the_cpu_is_always_available_and_the_list_follows_torch() -> None:
    devices = available_devices()
    assert devices[0] == "cpu"
    assert ("cuda" in devices) == torch.cuda.is_available()
    assert ("mps" in devices) == torch.backends.mps.is_available()
    assert device_problem("cpu") is None


def test_available_devices_lists_a_gpu_torch_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: True)
    assert available_devices() == ["cpu", "cuda", "mps"]
    assert device_problem("cuda") is None and device_problem("mps") is None


def test_auto_puts_image_and_sequence_models_on_a_gpu_and_small_nets_on_the_cpu(
    monkeypatch: pytest.MonkeyPatch, gpu_starts: None
) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert device_for(preset("cnn-digits")) == torch.device("cuda")
    assert device_for(preset("sine-forecast-gru"), "auto") == torch.device("cuda")
    assert device_for(preset("xor-mlp"), "auto") == torch.device("cpu")
    assert device_for(preset("gan-ring"), "auto") == torch.device("cpu")  # two tiny nets: faster on the CPU


def test_auto_falls_back_to_mps_then_to_the_cpu(monkeypatch: pytest.MonkeyPatch, gpu_starts: None) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: True)
    assert device_for(preset("cnn-digits")) == torch.device("mps")
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: False)
    assert device_for(preset("cnn-digits")) == torch.device("cpu")


def test_an_explicit_cpu_is_used_even_where_auto_would_pick_a_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert device_for(preset("cnn-digits"), "cpu") == torch.device("cpu")


@NO_CUDA
def test_cuda_on_a_cpu_only_torch_says_so_in_plain_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(torch.version, "cuda", None)
    monkeypatch.setattr(torch.version, "hip", None)
    with pytest.raises(TrainingError) as caught:
        device_for(preset("xor-mlp"), "cuda")
    message = str(caught.value)
    assert "CPU-only build" in message and "CPU or Auto" in message


@NO_CUDA
def test_cuda_with_a_cuda_torch_but_no_gpu_says_the_computer_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(torch.version, "cuda", "12.4")
    problem = device_problem("cuda")
    assert problem is not None and "no NVIDIA GPU" in problem and "CPU-only" not in problem


@NO_MPS
def test_mps_that_is_not_here_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(torch.backends.mps, "is_built", lambda: False)
    with pytest.raises(TrainingError, match="Apple MPS is not available: it needs a Mac with Apple silicon"):
        checked_device("mps")
    monkeypatch.setattr(torch.backends.mps, "is_built", lambda: True)
    with pytest.raises(TrainingError, match="macOS 12.3"):
        checked_device("mps")


@NO_CUDA
def test_a_gpu_that_torch_lists_but_cannot_start_is_a_training_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A CPU build asked to allocate on CUDA fails as a GPU with a broken driver would: a message, not a crash.
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    with pytest.raises(TrainingError, match=r"the GPU \(cuda\) could not be started: .*Choose CPU"):
        checked_device("cuda")
    with pytest.raises(TrainingError, match=r"the GPU \(cuda\) could not be started"):
        device_for(preset("cnn-digits"))  # Auto too: a message, not a crash in the first step
    assert device_for(preset("xor-mlp")) == torch.device("cpu")  # Auto keeps small nets off the GPU anyway


def test_an_unknown_device_name_is_refused_with_the_choices() -> None:
    problem = device_problem("tpu")
    assert problem is not None and "auto, cpu, cuda or mps" in problem


@NO_CUDA
@pytest.mark.parametrize("name", ["gan-ring", "optimizers-race"])
def test_gans_and_comparisons_follow_the_choice(name: str) -> None:
    project = preset(name)
    trainer = make_trainer(project, device_for(project, "cpu"))
    trainer.step(2)
    assert trainer.device == torch.device("cpu") and trainer.snapshot(set()).device == "cpu"
    with pytest.raises(TrainingError, match="CUDA is not available"):
        make_trainer(project, device_for(project, "cuda"))


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_an_explicit_cuda_trains_there() -> None:
    project = preset("xor-mlp")  # Auto would keep this small net on the CPU
    trainer = make_trainer(project, device_for(project, "cuda"))
    trainer.step(3)
    assert trainer.snapshot(set()).device == "cuda"
