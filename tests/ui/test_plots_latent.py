"""The latent panel: codes coloured by class, PCA and one-unit codes, the decoded grid on the same axes."""

from __future__ import annotations

import numpy as np
import pytest
from plots_support import image_dataset
from PySide6.QtCore import Qt

from playground.engine.data import Dataset
from playground.engine.snapshot import LatentView, Snapshot
from playground.ui.plots import PANEL_CLASSES, LatentPanel
from playground.ui.plots.base import EMPTY_HINT, DesignTraits
from playground.ui.plots.colors import class_color

NAMES = tuple("0123456789")


def digits_dataset() -> Dataset:
    """A stand-in for the digits: only what the panels read."""
    return image_dataset(np.zeros((10, 1, 8, 8), np.float32), np.arange(10, dtype=np.int64), NAMES)


def latent(method: str = "code", n: int = 60, walk: bool = True, scale: float = 1.0, seed: int = 0) -> LatentView:
    rng = np.random.default_rng(seed)
    labels = np.arange(n, dtype=np.int64) % 10
    codes = (rng.normal(0, 1, (n, 2)) * scale).astype(np.float32)
    if method == "line":
        codes[:, 1] = 0
    grid = rng.uniform(0, 1, (5, 5, 1, 8, 8)).astype(np.float32) if walk else None
    units = {"code": 2, "pca": 16, "line": 1}[method]
    return LatentView("n4", codes, labels, units, method, grid, (-2.0, 2.0, -1.0, 3.0))


def snapshot(view: LatentView | None) -> Snapshot:
    return Snapshot(50, 1.0, 0.1, 0.1, None, None, names={"n4": "latent1"}, task="reconstruction", latent=view)


@pytest.fixture
def panel(qtbot):
    panel = LatentPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 450)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_dataset(digits_dataset())
    return panel


def axis_labels(panel: LatentPanel) -> tuple[str, str]:
    item = panel.scatter_plot.getPlotItem()
    return item.getAxis("bottom").labelText, item.getAxis("left").labelText


def test_codes_are_drawn_in_their_class_colours_with_a_named_legend(panel) -> None:
    view = latent()
    panel.show_snapshot(snapshot(view))
    assert panel.hint_text() is None
    x, y = panel.points.getData()
    np.testing.assert_array_equal(x, view.codes[:, 0])
    np.testing.assert_array_equal(y, view.codes[:, 1])
    colours = [b.color().name().upper() for b in panel.points.data["brush"]]
    assert colours == [class_color(int(k)).upper() for k in view.labels]
    # The shared class colours first; the two digits beyond Okabe–Ito's eight get colours of their own.
    assert len({class_color(k) for k in range(10)}) == 10
    legend = panel.legend.text()
    assert all(f"&nbsp;{name}" in legend for name in NAMES)
    assert axis_labels(panel) == ("z₁", "z₂")
    assert panel.caption.text() == "The 2 units of latent1 · 60 test samples"
    # The codes all fit in the axes.
    (x0, x1), (y0, y1) = panel.scatter_plot.getPlotItem().viewRange()
    assert x0 <= x.min() and x.max() <= x1 and y0 <= y.min() and y.max() <= y1


def test_brushes_are_reused_while_the_labels_stay(panel) -> None:
    panel.show_snapshot(snapshot(latent(seed=1)))
    first = panel.points.data["brush"]
    panel.show_snapshot(snapshot(latent(seed=2)))  # new codes, same test samples
    assert all(a is b for a, b in zip(first, panel.points.data["brush"], strict=True))


def test_pca_projection_is_labelled_as_such(panel) -> None:
    panel.show_snapshot(snapshot(latent("pca", walk=False)))
    assert axis_labels(panel) == ("PC 1", "PC 2")
    assert "PCA projection of the 16 units of latent1" in panel.caption.text()
    assert not panel.walk_plot.isVisible() and not panel.walk_toggle.isEnabled()
    panel.show_snapshot(snapshot(latent("code")))  # back to a two-unit code
    assert axis_labels(panel) == ("z₁", "z₂")
    points = latent("code")
    points.walk = np.zeros((5, 5, 2), np.float32)  # an autoencoder of 2D points decodes to points, not images
    panel.show_snapshot(snapshot(points))
    assert not panel.walk_plot.isVisible() and not panel.walk_toggle.isEnabled()


def test_a_one_unit_code_gets_one_lane_per_class(panel) -> None:
    view = latent("line", walk=False)
    panel.show_snapshot(snapshot(view))
    _, y = panel.points.getData()
    np.testing.assert_array_equal(y, view.labels)
    assert axis_labels(panel) == ("z₁", "class")
    ticks = panel.scatter_plot.getPlotItem().getAxis("left")._tickLevels
    assert ticks[0] == [(float(k), name) for k, name in enumerate(NAMES)]
    (y0, y1) = panel.scatter_plot.getPlotItem().viewRange()[1]
    assert y0 < 0 and y1 > 9


def test_the_decoded_grid_sits_on_the_codes_it_decodes(panel) -> None:
    view = latent()
    panel.show_snapshot(snapshot(view))
    assert panel.walk_plot.isVisible()
    picture = panel.walk_image.image
    assert picture.shape == (5 * 9 + 1, 5 * 9 + 1)
    assert panel.walk_image.levels == pytest.approx((0.0, 1.0))
    # Array row 0 is drawn at the bottom (the y axis points up): the walk's row 0 (lowest code 2),
    # each tile turned upright.
    np.testing.assert_array_equal(picture[1:9, 1:9], view.walk[0, 0, 0][::-1])
    np.testing.assert_array_equal(picture[-9:-1, -9:-1], view.walk[4, 4, 0][::-1])
    np.testing.assert_array_equal(picture[-9:-1, 1:9], view.walk[4, 0, 0][::-1])
    # Tile centres on the grid's codes: (xmin, ymin) for the first tile, (xmax, ymax) for the last.
    rect = panel.walk_image.mapRectToView(panel.walk_image.boundingRect())
    xmin, xmax, ymin, ymax = view.walk_extent
    pixel_w, pixel_h = rect.width() / picture.shape[1], rect.height() / picture.shape[0]
    assert rect.left() + 5 * pixel_w == pytest.approx(xmin)  # gap (1) + half a tile (4) pixels in
    assert rect.right() - 5 * pixel_w == pytest.approx(xmax)
    assert rect.top() + 5 * pixel_h == pytest.approx(ymin)
    assert rect.bottom() - 5 * pixel_h == pytest.approx(ymax)
    # Both plots show the same ranges, which take in the whole grid.
    walk_range = panel.walk_plot.getPlotItem().viewRange()
    scatter_range = panel.scatter_plot.getPlotItem().viewRange()
    assert np.allclose(walk_range, scatter_range)
    assert walk_range[0][0] <= rect.left() and rect.right() <= walk_range[0][1]
    assert walk_range[1][0] <= rect.top() and rect.bottom() <= walk_range[1][1]


def test_the_toggle_hides_and_shows_the_decoded_grid(panel, qtbot) -> None:
    panel.show_snapshot(snapshot(latent()))
    assert panel.walk_toggle.isEnabled() and panel.walk_toggle.isChecked()
    qtbot.mouseClick(panel.walk_toggle, Qt.MouseButton.LeftButton)
    assert not panel.walk_toggle.isChecked() and not panel.walk_plot.isVisible()
    assert panel.walk_rect is None
    panel.show_snapshot(snapshot(latent(seed=3)))  # stays hidden while training goes on
    assert not panel.walk_plot.isVisible()
    qtbot.mouseClick(panel.walk_toggle, Qt.MouseButton.LeftButton)
    assert panel.walk_plot.isVisible() and panel.walk_rect is not None


def test_axes_do_not_jitter_but_follow_codes_that_move_away(panel) -> None:
    panel.walk_toggle.setChecked(False)  # the codes alone decide the range
    panel.show_snapshot(snapshot(latent(seed=4)))
    before = panel.scatter_plot.getPlotItem().viewRange()
    panel.show_snapshot(snapshot(latent(seed=4, scale=0.97)))  # a little training later
    assert panel.scatter_plot.getPlotItem().viewRange() == before
    panel.show_snapshot(snapshot(latent(seed=4, scale=10.0)))  # the codes spread out
    after = panel.scatter_plot.getPlotItem().viewRange()
    assert after[0][1] > 2 * before[0][1]


def test_hints_before_a_run_while_waiting_and_after_clear(panel) -> None:
    assert panel.hint_text() == EMPTY_HINT
    panel.show_snapshot(snapshot(None))
    assert "Waiting" in panel.hint_text()
    panel.show_snapshot(snapshot(latent()))
    assert panel.hint_text() is None
    panel.show_snapshot(snapshot(None))  # a snapshot without the probe keeps the picture
    assert panel.hint_text() is None and len(panel.points.getData()[0]) == 60
    panel.clear()
    assert panel.hint_text() == EMPTY_HINT and len(panel.points.getData()[0]) == 0
    assert not panel.walk_plot.isVisible() and panel.caption.text() == ""


def test_unlabelled_samples_are_grey_without_a_dataset(qtbot) -> None:
    panel = LatentPanel()
    qtbot.addWidget(panel)
    view = latent(walk=False)
    view.labels[:] = -1
    view.labels[0] = 2
    panel.show_snapshot(snapshot(view))
    colours = {b.color().name().upper() for b in panel.points.data["brush"][1:]}
    assert colours == {"#8C8C8C"}
    assert panel.points.data["brush"][0].color().name().upper() == class_color(2).upper()


def test_shown_for_autoencoders_with_a_latent_layer() -> None:
    assert LatentPanel.shows_for(DesignTraits("images", "reconstruction", frozenset({"Dense", "Latent"})))
    assert not LatentPanel.shows_for(DesignTraits("images", "reconstruction", frozenset({"Dense"})))
    assert not LatentPanel.shows_for(DesignTraits("images", "multiclass", frozenset({"Latent"})))
    assert LatentPanel in PANEL_CLASSES and LatentPanel.probes == {"latent"}
