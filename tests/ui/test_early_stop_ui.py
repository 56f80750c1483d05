"""Early stopping in the app: the worker pauses and says why, the loss panel marks the step it went back to."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.snapshot import Snapshot
from playground.engine.train import Trainer
from playground.graph import AddNode, Connect, Graph, History, Project
from playground.graph.params import validate_all
from playground.graph.settings import DATA_PARAMS, TRAIN_PARAMS
from playground.ui.editor.items import NodeItem
from playground.ui.plots import LossPanel
from playground.ui.worker import TrainingThread


@pytest.fixture
def panel(qtbot):
    panel = LossPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 380)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def snapshot(step: int, early_stop_step: int | None) -> Snapshot:
    steps = np.arange(0, step + 1, 10, dtype=np.float64)
    test = 1.0 - steps / step + ((steps - 0.4 * step) / step) ** 2  # falls, then rises: overfitting
    history = np.column_stack([steps, 1.0 - 0.9 * steps / step, test])
    return Snapshot(
        step=step,
        epoch=1.0,
        train_loss=0.1,
        test_loss=float(test[-1]),
        train_accuracy=0.9,
        test_accuracy=0.8,
        history=history,
        early_stop_step=early_stop_step,
    )


def test_the_loss_panel_marks_the_early_stop_step_and_hides_the_mark_otherwise(panel, qtbot) -> None:
    panel.show_snapshot(snapshot(400, None))
    assert not panel.early_stop_line.isVisible() and not panel.early_stop_text.isVisible()
    panel.show_snapshot(snapshot(500, 200))
    assert panel.early_stop_line.isVisible() and panel.early_stop_line.value() == 200
    assert panel.early_stop_text.pos().x() == 200 and "200" in panel.early_stop_text.toPlainText()
    # The label sits inside the plot, at the bottom, on the screen (not cut off at an edge).
    view = panel.plot.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = view.viewRange()
    assert x0 < 200 < x1 and panel.early_stop_text.pos().y() == pytest.approx(y0)
    qtbot.wait(50)  # the label's place on the screen follows at the next paint
    label = panel.early_stop_text.textItem.sceneBoundingRect()
    assert view.sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(label), (label, view.sceneBoundingRect())
    panel.clear()
    assert not panel.early_stop_line.isVisible() and not panel.early_stop_text.isVisible()


def overfitting_project() -> Project:
    graph = Graph()
    history = History(graph)
    ids = [
        history.push(AddNode(kind, params)).node_id
        for kind, params in [
            ("Input", {"shape": [2]}),
            ("Dense", {"units": 64}),
            ("Activation", {"function": "relu"}),
            ("Dense", {"units": 64}),
            ("Activation", {"function": "relu"}),
            ("Dense", {"units": 1}),
            ("Output", {}),
        ]
    ]
    for a, b in zip(ids, ids[1:], strict=False):
        history.push(Connect(a, b))
    data, _ = validate_all(DATA_PARAMS, {"dataset": "gaussians", "samples": 60, "noise": 1.0, "seed": 2}, "data")
    training, _ = validate_all(TRAIN_PARAMS, {"lr": 0.01, "batch_size": 16, "early_stop": 60}, "training")
    return Project(graph, data, training)


def test_the_worker_pauses_at_an_early_stop_and_reports_it(qtbot) -> None:
    Trainer(overfitting_project())  # the first optimizer imports torch's compiler: seconds the worker need not wait
    thread = TrainingThread(overfitting_project())
    try:
        qtbot.waitUntil(lambda: thread.latest is not None, timeout=10000)
        messages: list[tuple[str, bool]] = []
        thread.reported.connect(lambda text, error: messages.append((text, error)))
        with qtbot.waitSignal(thread.playing_changed, timeout=2000):
            thread.send("play")
        with qtbot.waitSignal(thread.playing_changed, timeout=15000) as paused:
            pass
        assert paused.args == [False]
        qtbot.waitUntil(lambda: bool(messages), timeout=2000)
        text, error = messages[0]
        assert not error and text.startswith("Early stopping: the test loss was lowest at step")
        qtbot.waitUntil(lambda: thread.latest.early_stop_step is not None, timeout=2000)
        assert str(thread.latest.early_stop_step) in text
        # Play on a stopped run says so again and stays paused.
        with qtbot.waitSignal(thread.reported, timeout=2000):
            thread.send("play")
        qtbot.wait(100)
        assert len(messages) == 2
    finally:
        thread.stop()


def test_a_frozen_layer_shows_a_snowflake_note_on_its_node(qtbot) -> None:
    graph = Graph()
    nid = History(graph).push(AddNode("Dense", {"frozen": True})).node_id
    item = NodeItem(nid, "Dense")
    from playground.graph.shapes import infer_shapes

    item.refresh(graph.node(nid), infer_shapes(graph))
    assert item.frozen and "Frozen: its weights stay fixed during training" in item.toolTip()
