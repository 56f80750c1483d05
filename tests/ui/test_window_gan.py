"""A lecturer's GAN minute in the real window: the GAN panels and settings, freezing the discriminator while
the run goes on, and drawing a target distribution of one's own on the data preview."""

from __future__ import annotations

import pytest
import torch
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from training_support import START_MS, click_action, click_tab, open_window, trainer

from playground.ui.plots import BoundaryPanel, GanMetricsPanel, GanPanel, GradientPanel, LossPanel


def panel_of(window, cls):
    return next(d.widget() for d in window.panel_docks if isinstance(d.widget(), cls))


def shown_panels(window) -> set[type]:
    return {type(d.widget()) for d in window.panel_docks if not d.isHidden()}


def choose(combo, value) -> None:
    """Pick ``value`` in a closed combo box with the arrow keys, as a user does."""
    combo.setFocus()
    while combo.currentData() != value:
        key = Qt.Key.Key_Down if combo.currentIndex() < combo.findData(value) else Qt.Key.Key_Up
        QTest.keyClick(combo, key)


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, "gan-ring", (1600, 1000))
    yield win
    win.close()


def test_a_gan_shows_its_panels_and_settings_and_the_discriminator_can_be_frozen_live(window, qtbot):
    session, panel = window.session, window.training_panel
    shown = shown_panels(window)
    assert {GanPanel, GanMetricsPanel, GradientPanel} <= shown
    assert LossPanel not in shown and BoundaryPanel not in shown
    click_tab(window, "Training")
    assert all(panel.setting_visible(n) for n in ("gan_loss", "k_d", "k_g", "gan_update", "optimizer", "lr"))
    assert not any(panel.setting_visible(n) for n in ("loss", "mode", "corruption", "augment_shift"))

    qtbot.waitUntil(lambda: not session.loading or session.thread is None, timeout=START_MS)
    for _ in range(3):
        click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == 3, timeout=START_MS)
    plane = panel_of(window, GanPanel)
    qtbot.waitUntil(lambda: plane.hint_text() is None, timeout=10000)
    assert session.latest.task == "gan" and session.latest.gan.fake.shape[1] == 2

    # "Train: generator only" reaches the running trainer without a reset; D's weights stop moving.
    choose(panel.form.fields["gan_update"].editor, "generator")
    assert window.document.project.training["gan_update"] == "generator"
    qtbot.waitUntil(lambda: trainer(window).config["gan_update"] == "generator", timeout=5000)
    assert not session.stale
    before = [p.detach().clone() for p in trainer(window).discriminator.parameters()]
    click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: session.latest.step == 4, timeout=START_MS)
    after = list(trainer(window).discriminator.parameters())
    assert all(torch.equal(a, b) for a, b in zip(before, after, strict=True))


def test_drawing_a_target_on_the_data_preview_is_one_undo_step_and_becomes_the_real_samples(window, qtbot):
    data, document = window.data_panel, window.document
    click_tab(window, "Data")
    choose(data.form.fields["dataset"].editor, "drawn")
    assert "points" in data.form.visible_fields() and data.drawing.is_enabled()
    plot = data.plot

    def at(x: float, y: float) -> QPoint:
        return plot.mapFromScene(plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y)))

    qtbot.waitUntil(lambda: plot.isVisible(), timeout=5000)
    depth = document.undo_stack.count()
    port = plot.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(-1.5, 0.0))
    for i in range(1, 31):
        QTest.mouseMove(port, at(-1.5 + 0.1 * i, 0.05 * i))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(1.5, 1.5))
    points = document.project.data["points"]
    assert len(points) >= 10 and document.undo_stack.count() == depth + 1
    assert points[0] == pytest.approx([-1.5, 0.0], abs=0.1) and points[-1] == pytest.approx([1.5, 1.5], abs=0.15)

    def along_the_stroke() -> bool:  # the real samples scatter around the drawn points, no longer on the ring
        xs, ys = data.train_points.getData()
        return len(xs) > 0 and xs.min() > -2.0 and xs.max() < 2.0 and ys.min() > -0.5 and ys.max() < 2.0

    qtbot.waitUntil(along_the_stroke, timeout=5000)
    document.undo_stack.undo()
    assert document.project.data["points"] == []
