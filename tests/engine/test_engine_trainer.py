"""The Trainer: determinism, the bare-torch oracle, optimizers, penalties, clipping."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F
from engine_helpers import dropout_project, mlp_project, weights

from playground.engine.build import GraphModule
from playground.engine.train import Trainer, TrainingError, make_optimizer
from playground.graph.settings import OPTIMIZERS


def losses(trainer: Trainer, n: int) -> list[float]:
    return [trainer.step() for _ in range(n)]


# --- determinism ------------------------------------------------------------------------------


def test_same_seed_gives_bit_identical_losses_and_weights() -> None:
    a, b = Trainer(dropout_project()), Trainer(dropout_project())
    assert losses(a, 40) == losses(b, 40)
    assert all(torch.equal(x, y) for x, y in zip(weights(a), weights(b), strict=True))
    assert a.evaluate() == b.evaluate()


def test_interleaved_trainers_do_not_disturb_each_other() -> None:
    alone = losses(Trainer(dropout_project()), 30)
    a, b, other = Trainer(dropout_project()), Trainer(dropout_project()), Trainer(dropout_project(seed=9))
    seq_a, seq_b = [], []
    for i in range(30):
        seq_a.append(a.step())
        other.step()
        torch.manual_seed(1000 + i)  # someone else reseeding the global RNG must not matter
        torch.rand(7)
        seq_b.append(b.step())
    assert seq_a == alone
    assert seq_b == alone


def test_building_and_stepping_leave_the_global_rng_untouched() -> None:
    torch.manual_seed(123)
    state = torch.get_rng_state()
    trainer = Trainer(dropout_project())
    assert torch.equal(torch.get_rng_state(), state)
    trainer.reset()
    assert torch.equal(torch.get_rng_state(), state)
    trainer.step(5)
    trainer.snapshot({"activations", "boundary"}, grid=8)
    assert torch.equal(torch.get_rng_state(), state)


def test_different_seeds_differ() -> None:
    a, b = Trainer(dropout_project(seed=1)), Trainer(dropout_project(seed=2))
    assert not torch.equal(weights(a)[0], weights(b)[0])
    assert losses(a, 10) != losses(b, 10)


def test_step_n_equals_n_single_steps_and_reset_repeats_the_run() -> None:
    a, b = Trainer(dropout_project()), Trainer(dropout_project())
    last = a.step(12)
    assert losses(b, 12)[-1] == last
    assert a.step_count == 12
    first_run = losses(a, 5)
    a.reset()
    assert a.step_count == 0
    replay = losses(a, 17)
    assert replay[-5:] == first_run


def test_a_run_does_not_follow_later_edits_of_the_project() -> None:
    project = mlp_project()
    trainer = Trainer(project)
    dense = project.graph.nodes_of_kind("Dense")[0]
    dense.params["units"] = 50
    project.training["lr"] = 5.0
    trainer.reset()
    assert trainer.model.layers[dense.id].out_features == 8
    assert trainer.optimizer.param_groups[0]["lr"] == pytest.approx(0.03)


# --- the oracle: a bare torch loop -------------------------------------------------------------


def test_training_matches_a_bare_torch_loop() -> None:
    """Adam + L2 + clipping, full batch: the Trainer's losses and weights equal hand-written torch."""
    project = mlp_project(
        "moons",
        hidden=(6, 5),
        function="tanh",
        optimizer="adam",
        lr=0.05,
        beta1=0.8,
        beta2=0.99,
        eps=1e-7,
        l2=0.01,
        clip_norm=0.5,
        seed=11,
        batch_size=4096,
    )
    trainer = Trainer(project)
    torch.manual_seed(11)
    model = GraphModule(project.graph, project.data_info())
    for mine, theirs in zip(model.parameters(), trainer.model.parameters(), strict=True):
        assert torch.equal(mine, theirs)  # the seed alone fixes the initial weights
    x, y = trainer.x_train, trainer.y_train.float().view(-1, 1)
    opt = torch.optim.Adam(model.parameters(), lr=0.05, betas=(0.8, 0.99), eps=1e-7)
    for _ in range(3):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        linear = [m.weight for m in model.modules() if isinstance(m, torch.nn.Linear)]
        (loss + 0.01 * sum((w**2).sum() for w in linear)).backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 0.5)
        opt.step()
        assert trainer.step() == pytest.approx(loss.item(), abs=1e-6)
    for mine, theirs in zip(model.parameters(), trainer.model.parameters(), strict=True):
        torch.testing.assert_close(theirs, mine, atol=1e-6, rtol=0)


# --- optimizers ---------------------------------------------------------------------------------


EXPECTED_OPTIMIZERS = {
    "sgd": (torch.optim.SGD, {"momentum": 0, "nesterov": False}),
    "momentum": (torch.optim.SGD, {"momentum": 0.8, "nesterov": False}),
    "nesterov": (torch.optim.SGD, {"momentum": 0.8, "nesterov": True}),
    "adagrad": (torch.optim.Adagrad, {"eps": 1e-6}),
    "rmsprop": (torch.optim.RMSprop, {"alpha": 0.95, "eps": 1e-6}),
    "adam": (torch.optim.Adam, {"betas": (0.85, 0.995), "eps": 1e-6}),
    "nadam": (torch.optim.NAdam, {"betas": (0.85, 0.995), "eps": 1e-6}),
}


def test_every_optimizer_setting_is_tested() -> None:
    assert set(EXPECTED_OPTIMIZERS) == set(OPTIMIZERS)


@pytest.mark.parametrize("name", list(EXPECTED_OPTIMIZERS))
def test_optimizer_is_the_torch_class_with_the_settings(name: str) -> None:
    cls, expected = EXPECTED_OPTIMIZERS[name]
    project = mlp_project(optimizer=name, lr=0.02, momentum=0.8, beta1=0.85, beta2=0.995, rho=0.95, eps=1e-6)
    trainer = Trainer(project)
    opt = trainer.optimizer
    assert type(opt) is cls
    group = opt.param_groups[0]
    assert group["lr"] == pytest.approx(0.02)
    for key, value in expected.items():
        assert group[key] == pytest.approx(value), key
    assert sum(len(g["params"]) for g in opt.param_groups) == len(list(trainer.model.parameters()))


@pytest.mark.parametrize("name", list(EXPECTED_OPTIMIZERS))
def test_every_optimizer_lowers_the_loss(name: str) -> None:
    trainer = Trainer(mlp_project(optimizer=name, lr=0.03))
    before = trainer.evaluate()["train_loss"]
    trainer.step(60)
    after = trainer.evaluate()
    assert after["train_loss"] < 0.5 * before
    assert after["test_accuracy"] >= 0.95


def test_unknown_optimizer_is_a_training_error() -> None:
    with pytest.raises(TrainingError, match="unknown optimizer 'lbfgs'"):
        make_optimizer([torch.nn.Parameter(torch.zeros(1))], {"optimizer": "lbfgs", "lr": 0.1})


def test_set_lr_changes_the_optimizer_and_the_step_size() -> None:
    a = Trainer(mlp_project(optimizer="sgd", lr=0.01, batch_size=4096))
    b = Trainer(mlp_project(optimizer="sgd", lr=0.01, batch_size=4096))
    b.set_lr(0.04)
    assert [g["lr"] for g in b.optimizer.param_groups] == [0.04]
    assert b.config["lr"] == 0.04
    start = weights(a)
    a.step()
    b.step()
    # Same full batch, same gradient: plain SGD's update scales with the learning rate.
    for w0, wa, wb in zip(start, weights(a), weights(b), strict=True):
        torch.testing.assert_close(wb - w0, 4 * (wa - w0), atol=1e-6, rtol=1e-4)


# --- regularisation -----------------------------------------------------------------------------


def total_abs_weight(trainer: Trainer) -> float:
    return sum(float(m.weight.detach().abs().sum()) for m in trainer.model.modules() if isinstance(m, torch.nn.Linear))


@pytest.mark.parametrize("penalty", ["l1", "l2"])
def test_weight_penalties_shrink_the_weights(penalty: str) -> None:
    plain = Trainer(mlp_project(hidden=(16,), optimizer="sgd", lr=0.1))
    penalised = Trainer(mlp_project(hidden=(16,), optimizer="sgd", lr=0.1, **{penalty: 0.03}))
    assert total_abs_weight(plain) == total_abs_weight(penalised)  # same start
    plain.step(200)
    penalised.step(200)
    assert total_abs_weight(penalised) < 0.8 * total_abs_weight(plain)


def test_l1_drives_some_weights_to_near_zero() -> None:
    trainer = Trainer(mlp_project(hidden=(16,), optimizer="sgd", lr=0.05, l1=0.02))
    trainer.step(400)
    w = trainer.model.layers[trainer.model.parameterised()[0]].weight
    assert float((w.abs() < 1e-2).float().mean()) > 0.3


def test_gradient_clipping_bounds_the_update() -> None:
    """Plain SGD with lr 1 moves the weights by exactly the (clipped) gradient."""
    clip = 1e-3
    free = Trainer(mlp_project(optimizer="sgd", lr=1.0))
    clipped = Trainer(mlp_project(optimizer="sgd", lr=1.0, clip_norm=clip))
    moves = []
    for trainer in (free, clipped):
        start = weights(trainer)
        trainer.step()
        after = weights(trainer)
        moves.append(math.sqrt(sum(float(((w1 - w0) ** 2).sum()) for w0, w1 in zip(start, after, strict=True))))
        grad = math.sqrt(sum(float((p.grad**2).sum()) for p in trainer.model.parameters()))
        assert moves[-1] == pytest.approx(grad, rel=1e-3)
    assert moves[0] > 100 * clip
    assert moves[1] <= clip * 1.001
