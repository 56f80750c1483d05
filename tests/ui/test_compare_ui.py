"""Compare With a Copy: the design and a frozen copy train side by side, and the comparison panels show both."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from training_support import START_MS, click_action, open_window, trainer

from playground.engine.compare import VARIANT_GRID
from playground.engine.snapshot import ComparisonView, Snapshot
from playground.graph import SetParam
from playground.ui.plots.compare import CompareLossPanel
from playground.ui.plots.variant_grid import VariantGridPanel, grid_cells


def _panel(window, cls):
    return next(p for p in window.session.panels() if isinstance(p, cls))


def _dock_of(window, panel):
    return next(d for d in window.panel_docks if d.widget() is panel)


def test_compare_with_a_copy_trains_both_and_the_panels_show_both(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, "xor-mlp", size=(1600, 1000))
    menu_texts = [a.text() for a in window.compare_menu.actions()]
    assert menu_texts == ["Compare With a &Copy", "&Stop Comparing"]
    assert all(a.statusTip() for a in window.compare_menu.actions())
    grid, losses = _panel(window, VariantGridPanel), _panel(window, CompareLossPanel)
    assert _dock_of(window, grid).isHidden()  # nothing compared yet
    assert not window.compare_actions.stop_action.isEnabled()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.view.setFocus()
    QTest.keySequence(window.view, QKeySequence("Ctrl+Shift+D"))  # the menu entry's shortcut, as a user presses it
    project = window.document.project
    assert [v["label"] for v in project.variants] == ["B (editing)", "A (copy)"]
    assert window.compare_actions.stop_action.isEnabled()
    docks = (_dock_of(window, grid), _dock_of(window, losses))
    qtbot.waitUntil(lambda: not any(d.isHidden() for d in docks), timeout=2000)

    dense = project.graph.nodes_of_kind("Dense")[0]
    window.document.push(SetParam(dense.id, "units", 16))  # B changes; A stays as it was copied
    click_action(window, window.training_actions.step)
    session = window.session
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.comparison is not None, timeout=START_MS)
    for _ in range(3):
        click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: session.latest.step == 4, timeout=START_MS)
    qtbot.waitUntil(lambda: session.pending_draws() == 0, timeout=3000)

    comparison = trainer(window)
    assert comparison.trainers[0].model.layers[dense.id].weight.shape == (16, 2)
    assert comparison.trainers[1].model.layers[dense.id].weight.shape == (8, 2)
    view = session.latest.comparison
    assert view.labels == ["B (editing)", "A (copy)"]

    assert grid in session.visible_panels() and losses in session.visible_panels()
    for i in (0, 1):
        steps, values = losses.curve_data(i)
        assert len(steps) >= 1 and np.all(np.isfinite(values))
        assert grid.images[i].image is not None
    assert len(losses.curve_data(2)[0]) == 0 and grid.images[2].image is None
    assert grid.images[1].image.shape[:2] == (VARIANT_GRID, VARIANT_GRID)
    assert "B (editing)" in grid.caption_text(0) and "A (copy)" in grid.caption_text(1)
    legend = losses.legend.text().replace("&nbsp;", " ")
    assert "B (editing)" in legend and "A (copy)" in legend
    bars = grid.bars.opts["x"]
    assert len(bars) == 4  # two trainable layers in each of the two cells

    window.compare_actions.stop_action.trigger()
    assert project.variants == []
    assert session.stale  # the run compares designs the document no longer holds
    qtbot.waitUntil(lambda: _dock_of(window, grid).isHidden(), timeout=2000)
    window.document.undo_stack.undo()
    assert [v["label"] for v in project.variants] == ["B (editing)", "A (copy)"]
    window.close()


def _fake(labels, rows, cols) -> Snapshot:
    def snap(i: int) -> Snapshot:
        history = np.array([[0, 1.0, 1.1], [10, 0.5 / (i + 1), 0.6 / (i + 1)]])
        return Snapshot(step=10, epoch=1.0, train_loss=0.5, test_loss=0.6, train_accuracy=0.9, test_accuracy=0.8,
                        history=history, boundary=np.full((8, 8), 0.3, np.float32), task="binary",
                        grad_norms={"a": 1e-6, "b": 1.0})
    snaps = [snap(i) for i in range(len(labels))]
    first = snaps[0]
    first.comparison = ComparisonView(labels, rows, cols, snaps, [""] * len(labels), [[] for _ in labels])
    return first


def test_the_grid_follows_row_and_column_labels(qtbot):
    labels = [f"n={n}, m={m}" for m in range(2) for n in (2, 4, 8)]
    rows = [f"m = {m}" for m in range(2) for _ in range(3)]
    cols = [f"n = {n}" for _ in range(2) for n in (2, 4, 8)]
    cells, row_names, col_names = grid_cells(labels, rows, cols)
    assert cells == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
    assert row_names == ["m = 0", "m = 1"] and col_names == ["n = 2", "n = 4", "n = 8"]
    assert grid_cells(["a", "b", "c"], ["", "", ""], ["", "", ""]) == ([(0, 0), (0, 1), (1, 0)], [], [])

    panel = VariantGridPanel()
    qtbot.addWidget(panel)
    panel.show_snapshot(_fake(labels, rows, cols))
    assert panel.hint_text() is None
    assert [h.toPlainText() for h in panel.col_headers[:3]] == col_names
    assert [h.toPlainText() for h in panel.row_headers[:2]] == row_names
    assert panel.cell_origin(4)[0] > panel.cell_origin(3)[0] and panel.cell_origin(3)[1] < panel.cell_origin(0)[1]
    assert "n=2" not in panel.caption_text(0) and "0.8" in panel.caption_text(0)  # headers name the cells
    states = [b.color().name() for b in panel.bars.opts["brushes"][:2]]
    assert states[0] != states[1]  # the first layer's 1e-6 against the last's 1: vanishing, not healthy

    losses = CompareLossPanel()
    qtbot.addWidget(losses)
    losses.show_snapshot(_fake(labels, rows, cols))
    assert [len(losses.curve_data(i)[0]) for i in range(7)] == [2] * 6 + [0]
    panel.clear()
    losses.clear()
    assert panel.images[0].image is None and len(losses.curve_data(0)[0]) == 0


def test_a_long_variant_label_wraps_inside_its_cell(qtbot):
    labels = ["DBN (попередньо навчена) with a long label", "from scratch"]
    panel = VariantGridPanel()
    qtbot.addWidget(panel)
    panel.resize(460, 420)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_snapshot(_fake(labels, ["", ""], ["", ""]))
    qtbot.wait(10)
    first, second = (panel.captions[i].mapRectToScene(panel.captions[i].boundingRect()) for i in range(2))
    assert first.right() <= second.left() + 1  # the first caption wraps before the second cell begins
    assert first.height() > second.height()  # ... onto more lines
