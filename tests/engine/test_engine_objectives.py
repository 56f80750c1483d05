"""Training objectives and modes: losses per task, regression and multi-class, dropout, divergence,
the perceptron rule."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from engine_helpers import chain_graph, dropout_project, make_project, mlp_project, weights

from playground.engine.train import PERCEPTRON_SHAPE, DivergedError, Trainer, TrainingError
from playground.graph import Project
from playground.graph.layers import LOSSES

# --- losses -------------------------------------------------------------------------------------


def expected_loss(task: str, loss: str, out: torch.Tensor, y: torch.Tensor) -> float:
    """The loss written out from its definition.

    Classification heads output logits: probabilities are softmax over classes (sigmoid for binary)
    for MSE/MAE/Huber and cross-entropy, and a sigmoid per output for BCE.
    """
    if task == "regression":
        p, t = out, y
    elif task == "binary":
        p, t = torch.sigmoid(out), y.float().view(-1, 1)
    else:
        p, t = torch.softmax(out, dim=1), F.one_hot(y, out.shape[1]).float()
    if loss == "mse":
        return float(((p - t) ** 2).mean())
    if loss == "mae":
        return float((p - t).abs().mean())
    if loss == "huber":
        d = (p - t).abs()
        return float(torch.where(d < 1, 0.5 * d**2, d - 0.5).mean())
    if loss == "bce":  # each output is its own yes/no logit, also for several classes
        q = torch.sigmoid(out)
        return float(-(t * torch.log(q) + (1 - t) * torch.log(1 - q)).mean())
    assert loss == "cross_entropy"
    return float(-torch.log(p[torch.arange(len(y)), y]).mean())


ALLOWED = {
    "binary": ["auto", "mse", "mae", "huber", "bce"],
    "multiclass": ["auto", "mse", "mae", "huber", "bce", "cross_entropy"],
    "regression": ["auto", "mse", "mae", "huber"],
}
AUTO = {"binary": "bce", "multiclass": "cross_entropy", "regression": "mse"}
LOSS_CASES = [(task, loss) for task, names in ALLOWED.items() for loss in names]


def task_project(task: str, loss: str, **training: object) -> Project:
    if task == "regression":
        return mlp_project("plane", task=task, loss=loss, **training)
    if task == "multiclass":
        return mlp_project("gaussians", classes=3, loss=loss, **training)
    return mlp_project("gaussians", loss=loss, **training)


def test_every_loss_is_tested() -> None:
    assert {loss for _, loss in LOSS_CASES} == set(LOSSES)


@pytest.mark.parametrize(("task", "loss"), LOSS_CASES)
def test_loss_value_follows_its_definition_and_training_lowers_it(task: str, loss: str) -> None:
    trainer = Trainer(task_project(task, loss, lr=0.03))
    assert trainer.loss_name == (AUTO[task] if loss == "auto" else loss)
    metrics = trainer.evaluate()
    with torch.no_grad():
        want = expected_loss(task, trainer.loss_name, trainer.model(trainer.x_train), trainer.y_train)
    assert metrics["train_loss"] == pytest.approx(want, rel=1e-4, abs=1e-6)
    trainer.step(40)
    assert trainer.evaluate()["train_loss"] < metrics["train_loss"]


@pytest.mark.parametrize(
    ("task", "loss"), [("binary", "cross_entropy"), ("regression", "bce"), ("regression", "cross_entropy")]
)
def test_a_loss_the_task_cannot_use_is_refused(task: str, loss: str) -> None:
    with pytest.raises(TrainingError, match="the design is not valid"):
        Trainer(task_project(task, loss))


def test_regression_has_no_accuracy() -> None:
    trainer = Trainer(mlp_project("multi_gaussian", hidden=(8,), function="tanh"))
    trainer.step(20)
    metrics = trainer.evaluate()
    assert metrics["train_accuracy"] is None and metrics["test_accuracy"] is None
    assert math.isfinite(metrics["train_loss"]) and math.isfinite(metrics["test_loss"])
    assert trainer.snapshot().test_accuracy is None


def test_multiclass_spiral_with_three_classes_learns() -> None:
    project = mlp_project(
        "spiral", hidden=(16, 16), function="tanh", classes=3, lr=0.02, data={"samples": 450, "noise": 0.0}
    )
    trainer = Trainer(project)
    assert trainer.model(trainer.x_train[:5]).shape == (5, 3)
    assert set(trainer.y_train.tolist()) == {0, 1, 2}
    trainer.step(600)
    metrics = trainer.evaluate()
    assert metrics["train_accuracy"] >= 0.75  # chance is 1/3


# --- train / eval modes ---------------------------------------------------------------------------


def test_dropout_is_random_in_training_and_off_in_evaluation() -> None:
    trainer = Trainer(dropout_project())
    model = trainer.model
    dropout = next(nid for nid, k in model.kinds.items() if k == "Dropout")
    x = trainer.x_train[:64]
    model.train()
    a, b = model.forward_all(x)[dropout], model.forward_all(x)[dropout]
    assert not torch.equal(a, b)
    before = model.forward_all(x)
    zeros = float((a == 0).float().mean() - (before[dropout] == 0).float().mean())
    model.eval()
    plain = model.forward_all(x)
    assert torch.equal(plain[dropout], model.forward_all(x)[dropout])
    relu = model.sources[dropout][0]
    assert torch.equal(plain[dropout], plain[relu])  # identity at evaluation
    model.train()
    # In training about half the values are dropped and the rest scaled by 1 / (1 - p).
    kept = a != 0
    torch.testing.assert_close(a[kept], 2 * model.forward_all(x)[relu][kept])
    assert abs(zeros) < 0.2
    first = trainer.evaluate()
    assert trainer.evaluate() == first
    assert model.training  # evaluate() restores the mode it found


# --- divergence -----------------------------------------------------------------------------------


def test_a_huge_learning_rate_raises_diverged_error_with_advice() -> None:
    trainer = Trainer(mlp_project("plane", optimizer="sgd", lr=10.0))
    with pytest.raises(DivergedError) as err:
        trainer.step(50)
    message = str(err.value)
    assert "learning rate" in message and ("nan" in message or "inf" in message)
    assert f"at step {trainer.step_count}" in message
    assert isinstance(err.value, TrainingError)


def test_a_nan_loss_raises_diverged_error(monkeypatch: pytest.MonkeyPatch) -> None:
    trainer = Trainer(mlp_project())
    trainer.step(3)
    monkeypatch.setattr(trainer, "loss", lambda out, y: (out * float("nan")).mean())
    with pytest.raises(DivergedError, match="the loss became nan at step 4"):
        trainer.step()


def test_divergence_names_the_first_layer_whose_output_is_not_finite() -> None:
    trainer = Trainer(mlp_project(hidden=(8, 8)))
    second = [nid for nid in trainer.model.order if trainer.model.kinds[nid] == "Dense"][1]
    with torch.no_grad():
        trainer.model.layers[second].weight.fill_(float("inf"))
    with pytest.raises(DivergedError) as err:
        trainer.step()
    assert f"the output of layer '{trainer.model.names[second]}' went non-finite first" in str(err.value)


def test_a_non_finite_loss_with_finite_outputs_blames_the_loss(monkeypatch: pytest.MonkeyPatch) -> None:
    trainer = Trainer(mlp_project())
    monkeypatch.setattr(trainer, "loss", lambda out, y: (out * float("nan")).mean())
    with pytest.raises(DivergedError, match=r"the loss \(the outputs were finite\) went non-finite first"):
        trainer.step()


# --- the perceptron rule --------------------------------------------------------------------------


def perceptron_project(dataset: str, function: str = "step", **training: object) -> Project:
    graph, _ = chain_graph(
        [("Input", {"shape": [2]}), ("Dense", {"units": 1}), ("Activation", {"function": function}), ("Output", {})]
    )
    options = {"mode": "perceptron", "lr": 0.1, "batch_size": 1, **training}
    return make_project(graph, {"dataset": dataset, "noise": 0.0, "samples": 300}, **options)


@pytest.mark.parametrize("function", ["step", "sign"])
def test_perceptron_rule_separates_two_gaussians(function: str) -> None:
    trainer = Trainer(perceptron_project("gaussians", function))
    assert trainer.perceptron is not None
    start = weights(trainer)
    trainer.step(600)
    assert any(not torch.equal(a, b) for a, b in zip(start, weights(trainer), strict=True))
    metrics = trainer.evaluate()
    assert metrics["test_accuracy"] >= 0.95
    assert metrics["test_loss"] == pytest.approx(1 - metrics["test_accuracy"])  # 0-1 loss


def test_perceptron_rule_cannot_solve_xor() -> None:
    trainer = Trainer(perceptron_project("xor"))
    for _ in range(4):
        trainer.step(300)
        assert trainer.evaluate()["test_accuracy"] <= 0.8


def test_perceptron_rule_never_uses_gradients() -> None:
    trainer = Trainer(perceptron_project("gaussians"))
    trainer.step(20)
    assert all(p.grad is None for p in trainer.model.parameters())


@pytest.mark.parametrize(
    "specs",
    [
        [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 4}),
            ("Activation", {"function": "step"}),
            ("Dense", {"units": 1}),
            ("Output", {}),
        ],
        [("Input", {"shape": [2]}), ("Dense", {"units": 1}), ("Activation", {"function": "sigmoid"}), ("Output", {})],
        [("Input", {"shape": [2]}), ("Dense", {"units": 1}), ("Output", {})],
    ],
    ids=["two-layers", "sigmoid", "no-activation"],
)
def test_perceptron_rule_refuses_other_designs(specs: list) -> None:
    graph, _ = chain_graph(specs)
    project = make_project(graph, {"dataset": "gaussians"}, mode="perceptron")
    with pytest.raises(TrainingError) as err:
        Trainer(project)
    assert PERCEPTRON_SHAPE in str(err.value)
    assert "Dense (1 unit)" in str(err.value)


def test_loss_history_is_recorded_by_snapshots() -> None:
    trainer = Trainer(mlp_project())
    for _ in range(3):
        trainer.step(5)
        snap = trainer.snapshot()
    assert snap.history.shape == (3, 3)
    np.testing.assert_array_equal(snap.history[:, 0], [5, 10, 15])
    assert snap.step == 15
    assert snap.epoch == pytest.approx(15 * 32 / 100)
