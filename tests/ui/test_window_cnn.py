"""A lecturer's CNN minute in the real window: open cnn-digits, step, click a misread digit, see its feature maps."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from training_support import START_MS, click_action, click_tab, open_window

from playground.ui.plots import ClassificationPanel, FeatureMapsPanel, FiltersPanel


def panel_of(window, cls):
    return next(d.widget() for d in window.panel_docks if isinstance(d.widget(), cls))


def tile_point(panel: ClassificationPanel, index: int):
    layout = panel.layout_
    r, c = layout.origin(index)
    centre = panel.samples_view.mapViewToScene(QPointF(c + layout.tile_w / 2, r + panel._image_h / 2))
    return panel.samples.mapFromScene(centre)


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, "cnn-digits", (1600, 1000))
    yield win
    win.close()


def test_a_clicked_test_digit_goes_through_the_network_in_the_feature_maps(window, qtbot):
    session = window.session
    filters, classification = panel_of(window, FiltersPanel), panel_of(window, ClassificationPanel)
    maps = panel_of(window, FeatureMapsPanel)
    qtbot.waitUntil(lambda: not session.loading or session.thread is None, timeout=START_MS)
    for _ in range(3):
        click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == 3, timeout=START_MS)
    # The filters of the first convolution, and the classification of the whole test set.
    qtbot.waitUntil(lambda: filters.image.image is not None and classification.hint_text() is None, timeout=10000)
    assert filters.layer_combo.currentText() == "conv1" and "8 filters, 5×5" in filters.info.text()
    assert session.latest.classification.confusion.sum() == len(session.dataset.y_test) == 1000
    # Click a test digit in the classification grid: the feature maps follow it.
    qtbot.wait(50)
    QTest.mouseClick(classification.samples.viewport(), Qt.MouseButton.LeftButton, pos=tile_point(classification, 5))
    click_tab(window, maps.title)
    qtbot.waitUntil(lambda: session.latest.feature_sample == 5 and maps.spin.value() == 5, timeout=10000)
    qtbot.waitUntil(lambda: maps.hint_text() is None, timeout=10000)
    inputs = session.latest.feature_maps[next(iter(session.latest.feature_maps))]
    np.testing.assert_allclose(inputs, session.dataset.x_test[5])
