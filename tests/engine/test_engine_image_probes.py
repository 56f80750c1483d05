"""Trainer probes for convolutional nets and classifiers on image data: filters, feature maps, confusion."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from engine_helpers import chain_graph, make_project

from playground.engine import image_probes
from playground.engine.train import IMAGE_EVAL_TRAIN, Trainer

CNN = [
    ("Input", {"shape": [1, 8, 8]}),
    ("Conv2d", {"filters": 4, "kernel": 3, "padding": 1}),
    ("Activation", {"function": "relu"}),
    ("MaxPool2d", {}),
    ("Flatten", {}),
    ("Dense", {"units": 10}),
    ("Output", {"task": "multiclass"}),
]


@pytest.fixture(scope="module")
def cnn() -> tuple[Trainer, list[str]]:
    graph, ids = chain_graph(CNN)
    trainer = Trainer(make_project(graph, {"dataset": "digits8", "train_ratio": 0.5}, lr=0.01, seed=2))
    trainer.step(60)
    return trainer, ids


def test_a_small_cnn_learns_the_8x8_digits(cnn):
    trainer, _ = cnn
    snap = trainer.snapshot()
    assert snap.test_accuracy > 0.6  # 60 steps of 32 images; chance is 0.1
    assert snap.boundary is None and not snap.neuron_maps  # there is no input plane for images


def test_filters_are_the_conv_kernels_and_their_gradients(cnn):
    trainer, ids = cnn
    conv = ids[1]
    snap = trainer.snapshot({"filters"})
    assert set(snap.filters) == {conv}
    layer = trainer.model.layers[conv]
    np.testing.assert_array_equal(snap.filters[conv].weights, layer.weight.detach().numpy())
    np.testing.assert_array_equal(snap.filters[conv].grads, layer.weight.grad.numpy())
    assert snap.filters[conv].weights.shape == (4, 1, 3, 3)


def test_filters_before_any_step_have_no_gradients():
    graph, ids = chain_graph(CNN)
    trainer = Trainer(make_project(graph, {"dataset": "digits8"}))
    assert trainer.snapshot({"filters"}).filters[ids[1]].grads is None


def test_feature_maps_follow_the_chosen_sample(cnn):
    trainer, ids = cnn
    snap = trainer.snapshot({"feature_maps"}, options={"sample": 5})
    assert snap.feature_sample == 5
    # The Input and every image-shaped layer, in forward order; flat layers have no maps.
    assert list(snap.feature_maps) == ids[:4]
    np.testing.assert_allclose(snap.feature_maps[ids[0]], trainer.dataset.x_test[5])
    assert snap.feature_maps[ids[1]].shape == (4, 8, 8)
    assert snap.feature_maps[ids[3]].shape == (4, 4, 4)
    with torch.no_grad():
        trainer.model.eval()
        expected = trainer.model.forward_all(trainer.x_test[5:6])[ids[2]][0].numpy()
        trainer.model.train()
    np.testing.assert_allclose(snap.feature_maps[ids[2]], expected, rtol=1e-5, atol=1e-6)


def test_a_sample_index_out_of_range_is_clamped(cnn):
    trainer, _ = cnn
    last = len(trainer.x_test) - 1
    assert trainer.snapshot({"feature_maps"}, options={"sample": 10**6}).feature_sample == last
    assert trainer.snapshot({"feature_maps"}, options={"sample": -3}).feature_sample == 0


def test_the_classification_view_matches_the_test_accuracy(cnn):
    trainer, _ = cnn
    snap = trainer.snapshot({"classification"})
    view = snap.classification
    assert view.confusion.shape == (10, 10)
    assert view.confusion.sum() == len(trainer.dataset.y_test)
    assert np.trace(view.confusion) / view.confusion.sum() == pytest.approx(snap.test_accuracy)
    assert (view.predictions == view.confusion.argmax(axis=1)[trainer.dataset.y_test]).mean() > 0.5
    np.testing.assert_allclose(view.class_accuracy, np.diag(view.confusion) / view.confusion.sum(axis=1))


def test_classification_counts_rows_as_true_and_columns_as_predicted():
    view = image_probes.classification(torch.tensor([0, 1, 1, 2]), torch.tensor([0, 0, 1, 1]), 3)
    np.testing.assert_array_equal(view.confusion, [[1, 1, 0], [0, 1, 1], [0, 0, 0]])
    assert view.class_accuracy[0] == 0.5 and view.class_accuracy[1] == 0.5
    assert np.isnan(view.class_accuracy[2])  # no test sample of class 2


def test_snapshots_without_measuring_reuse_the_last_metrics(cnn):
    trainer, ids = cnn
    first = trainer.snapshot()
    points = len(first.history)
    trainer.step(5)
    quick = trainer.snapshot({"filters"}, measure=False)
    assert quick.step == first.step + 5
    assert quick.test_loss == first.test_loss and len(quick.history) == points
    assert ids[1] in quick.filters


def test_image_runs_measure_the_training_loss_on_a_bounded_subset():
    graph, _ = chain_graph(CNN[:1] + [("Flatten", {}), ("Dense", {"units": 10}), CNN[-1]])
    graph.nodes[next(iter(graph.nodes))].params["shape"] = [1, 28, 28]
    trainer = Trainer(make_project(graph, {"dataset": "mnist", "train_ratio": 0.8}))
    assert len(trainer.x_train) == 4000 and len(trainer._eval_sets[0][1]) == IMAGE_EVAL_TRAIN
    assert len(trainer._eval_sets[1][1]) == len(trainer.x_test) == 1000


def test_l2_also_shrinks_convolution_weights():
    graph, ids = chain_graph(CNN)
    plain = Trainer(make_project(graph, {"dataset": "digits8"}, optimizer="sgd", lr=0.1))
    decayed = Trainer(make_project(graph, {"dataset": "digits8"}, optimizer="sgd", lr=0.1, l2=0.5))
    plain.step(20)
    decayed.step(20)
    norm = lambda t: float(t.model.layers[ids[1]].weight.detach().norm())  # noqa: E731
    assert norm(decayed) < 0.8 * norm(plain)
