"""File → Export in the real window: every shown panel as PNG and SVG, the metric history as CSV."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from training_support import START_MS, click_action, open_window

from playground.ui.plot_export import history_csv, slug


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, "xor-mlp", (1400, 900))
    yield win
    win.close()


def _trained(window, qtbot, steps: int = 3) -> None:
    session = window.session
    qtbot.waitUntil(lambda: not session.loading or session.thread is None, timeout=START_MS)
    for _ in range(steps):
        click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == steps, timeout=START_MS)


def test_the_plots_are_saved_as_png_and_svg_pictures_of_what_the_panels_show(window, qtbot, tmp_path):
    _trained(window, qtbot)
    qtbot.waitUntil(lambda: window.session.pending_draws() == 0, timeout=5000)
    out = tmp_path / "slides"
    out.mkdir()
    window.exports.ask_folder = lambda: str(out)
    window.exports.plots_action.trigger()
    panels = [p for p in window.session.visible_panels() if isinstance(p, QWidget)]  # the canvas is no picture
    assert len(panels) >= 3  # boundary, loss, gradients side by side at this size
    for panel in panels:
        png, svg = out / f"{slug(panel.title)}.png", out / f"{slug(panel.title)}.svg"
        image = QImage(str(png))
        assert not image.isNull() and image.width() == panel.width() and image.height() == panel.height()
        text = svg.read_text(encoding="utf-8")
        assert "<svg" in text and panel.title.split(":")[0] in text
    assert "Saved" in window.statusBar().currentMessage()


def test_the_history_is_saved_as_csv_rows_of_the_loss_curve(window, qtbot, tmp_path):
    messages = []
    window.exports.tell = lambda title, text, error=False: messages.append((text, error))
    window.exports.history_action.trigger()
    assert messages[-1] == ("There is no history yet: train a few steps first.", True)
    _trained(window, qtbot, 4)
    path = tmp_path / "history.csv"
    window.exports.ask_save_path = lambda title, name, filter_: str(path)
    window.exports.history_action.trigger()
    rows = list(csv.reader(path.open(encoding="utf-8")))
    history = window.session.latest.history
    assert rows[0] == ["step", "train_loss", "test_loss"] and len(rows) == len(history) + 1
    assert [int(r[0]) for r in rows[1:]] == [int(s) for s in history[:, 0]]
    assert float(rows[-1][2]) == pytest.approx(history[-1, 2], rel=1e-6)
    assert path.read_text(encoding="utf-8") == history_csv(window.session.latest)


def test_an_unwritable_folder_is_reported_not_raised(window, qtbot, tmp_path):
    _trained(window, qtbot, 1)
    messages = []
    window.exports.tell = lambda title, text, error=False: messages.append((text, error))
    window.exports.ask_folder = lambda: str(tmp_path / "missing" / "folder")
    window.exports.plots_action.trigger()
    assert messages and messages[-1][1] and "could not be saved" in messages[-1][0]
