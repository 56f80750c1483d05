"""The GAN panels (plane and losses), fed hand-made snapshots of a half-learnt ring of gaussians."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.engine.data import Dataset
from playground.engine.snapshot import GanView, Snapshot
from playground.ui.plots.base import DesignTraits, power_of_ten
from playground.ui.plots.gan import (
    ARROW_REACH,
    FAKE_COLOR,
    FAKE_PALE,
    MAX_ARROWS,
    NEUTRAL,
    REAL_COLOR,
    REAL_PALE,
    GanPanel,
    arrow_segments,
    arrow_subset,
)
from playground.ui.plots.gan_metrics import GanMetricsPanel, decade_ticks, log_distance

EXTENT = (-3.0, 3.0, -3.0, 3.0)
RADIUS, SPREAD, MODES = 2.0, 0.12, 8


def ring_modes() -> np.ndarray:
    angles = 2 * np.pi * np.arange(MODES) / MODES
    return np.c_[np.cos(angles), np.sin(angles)] * RADIUS


def _density(points: np.ndarray, at: np.ndarray, bandwidth: float) -> np.ndarray:
    d2 = ((at[:, None, :] - points[None, :, :]) ** 2).sum(-1)
    return np.exp(-d2 / (2 * bandwidth**2)).mean(1)


def ring_gan(step: int = 3000, n: int = 240, grid: int = 48, push: float = 1.0, seed: int = 0) -> GanView:
    """A ring of 8 gaussians half-learnt: fakes pile on 4 neighbouring modes; D from the two densities."""
    rng = np.random.default_rng(seed)
    modes = ring_modes()
    real = modes[rng.integers(0, MODES, n)] + rng.normal(0, SPREAD, (n, 2))
    covered = modes[rng.integers(0, 4, n)]  # modes 0..3: the other half is missed (partial mode collapse)
    fake = covered * 0.9 + rng.normal(0, 0.28, (n, 2))

    def d_of(at: np.ndarray) -> np.ndarray:
        pr, pf = _density(real, at, 0.5), _density(fake, at, 0.5)  # a network's D is smooth
        return (pr + 1e-3) / (pr + pf + 2e-3)

    xs, ys = np.linspace(EXTENT[0], EXTENT[1], grid), np.linspace(EXTENT[2], EXTENT[3], grid)
    gx, gy = np.meshgrid(xs, ys)  # row = y: row 0 at the bottom
    d_grid = d_of(np.c_[gx.ravel(), gy.ravel()]).reshape(grid, grid)
    h = 1e-3  # non-saturating push: the gradient of log D(x) at each fake sample
    grad = np.c_[
        np.log(d_of(fake + [h, 0])) - np.log(d_of(fake - [h, 0])),
        np.log(d_of(fake + [0, h])) - np.log(d_of(fake - [0, h])),
    ] / (2 * h)
    steps = np.linspace(0, step, 300)
    t = steps / max(step, 1)
    history = np.c_[
        steps,
        1.2 - 0.25 * t + 0.05 * np.sin(steps / 40),
        0.75 + 0.3 * t + 0.06 * np.cos(steps / 55),
        1.2 * np.exp(-3.3 * t) + 0.004,
    ]
    return GanView(
        real=real.astype(np.float32),
        fake=fake.astype(np.float32),
        fake_grad=(grad * push).astype(np.float32),
        d_grid=d_grid.astype(np.float32),
        extent=EXTENT,
        history=history,
        distance=float(history[-1, 3]),
        d_real=float(d_of(real).mean()),
        d_fake=float(d_of(fake).mean()),
    )


def gan_snapshot(gan: GanView | None, step: int = 3000) -> Snapshot:
    loss = (float(gan.history[-1, 1]), float(gan.history[-1, 2])) if gan is not None else (0.0, 0.0)
    return Snapshot(
        step=step,
        epoch=0.0,
        train_loss=loss[0],
        test_loss=loss[1],
        train_accuracy=None,
        test_accuracy=None,
        task="gan",
        gan=gan,
    )


def gan_dataset(n: int = 300) -> Dataset:
    rng = np.random.default_rng(1)
    real = (ring_modes()[rng.integers(0, MODES, n)] + rng.normal(0, SPREAD, (n, 2))).astype(np.float32)
    empty = np.zeros((0,), np.float32)
    return Dataset(
        points_train=real,
        points_test=real,
        x_train=real,
        x_test=real,
        y_train=empty,
        y_test=empty,
        task="generation",
        n_classes=0,
        features=(),
        extent=EXTENT,
        kind="gan",
    )


@pytest.fixture
def panel(qtbot):
    panel = GanPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def metrics(qtbot):
    panel = GanMetricsPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def value_at(image: np.ndarray, rect, x: float, y: float) -> float:
    """The image pixel covering (x, y) of the plane (image is x-first)."""
    i = int((x - rect.left()) / rect.width() * image.shape[0])
    j = int((y - rect.top()) / rect.height() * image.shape[1])
    return float(image[i, j])


# --- the plane panel -----------------------------------------------------------------------------


def test_shows_only_for_gan_data() -> None:
    assert GanPanel.shows_for(DesignTraits(data_kind="gan", task="binary"))
    assert GanMetricsPanel.shows_for(DesignTraits(data_kind="gan"))
    for kind in ("points", "images", "sequence"):
        assert not GanPanel.shows_for(DesignTraits(data_kind=kind, task="binary"))
        assert not GanMetricsPanel.shows_for(DesignTraits(data_kind=kind))
    assert GanPanel.probes == GanMetricsPanel.probes == frozenset({"gan"})


def test_heatmap_is_d_over_the_plane_with_fixed_levels_and_purple_to_green(panel) -> None:
    gan = ring_gan()
    panel.show_snapshot(gan_snapshot(gan))
    assert panel.hint_text() is None
    np.testing.assert_array_equal(panel.heat.image, gan.d_grid.T)
    assert panel.heat.getLevels() == pytest.approx((0.0, 1.0))
    ends = panel.heat.getColorMap().map(np.array([0.0, 0.5, 1.0]), mode="qcolor")
    assert [c.name().upper() for c in ends] == [FAKE_PALE, NEUTRAL, REAL_PALE]
    rect = panel.heat.mapRectToView(panel.heat.boundingRect())
    half = (EXTENT[1] - EXTENT[0]) / (gan.d_grid.shape[1] - 1) / 2
    assert (rect.left(), rect.right()) == pytest.approx((EXTENT[0] - half, EXTENT[1] + half))
    # Orientation: D says "real" on the missed modes (4..7, lower half) and "fake" on the covered ones' fakes.
    modes = ring_modes()
    for k in range(4, 8):
        assert value_at(panel.heat.image, rect, *modes[k]) > 0.7
    fake_centre = gan.fake.mean(0)
    assert value_at(panel.heat.image, rect, *fake_centre) < 0.5


def test_real_green_and_fake_purple_dots_come_from_the_snapshot(panel) -> None:
    gan = ring_gan()
    panel.show_snapshot(gan_snapshot(gan))
    np.testing.assert_allclose(np.c_[panel.real_points.getData()], gan.real)
    np.testing.assert_allclose(np.c_[panel.fake_points.getData()], gan.fake)
    assert panel.real_points.opts["brush"].color().name().upper() == REAL_COLOR
    assert panel.fake_points.opts["brush"].color().name().upper() == FAKE_COLOR
    assert panel.fake_points.zValue() > panel.real_points.zValue() > panel.heat.zValue()


def test_arrows_start_at_each_fake_and_point_along_its_push(panel) -> None:
    gan = ring_gan()
    panel.show_snapshot(gan_snapshot(gan))
    x, y = panel.arrows.getData()
    shown = arrow_subset(len(gan.fake))
    assert len(shown) == MAX_ARROWS < len(gan.fake)  # evenly spaced fakes, not a hairy mess
    segments = np.c_[x, y].reshape(len(shown), 6, 2)  # shaft, then two head strokes from the tip
    np.testing.assert_allclose(segments[:, 0], gan.fake[shown], atol=1e-5)
    shaft = segments[:, 1] - segments[:, 0]
    lengths = np.hypot(*shaft.T)
    width = EXTENT[1] - EXTENT[0]
    assert lengths.max() <= ARROW_REACH * width + 1e-9
    assert np.median(lengths) > 0.02 * width  # readable, not dots
    push = gan.fake_grad[shown]
    cos = (shaft * push).sum(1) / (lengths * np.hypot(*push.T))
    np.testing.assert_allclose(cos, 1.0, atol=1e-4)
    np.testing.assert_allclose(segments[:, 2], segments[:, 1])
    np.testing.assert_allclose(segments[:, 4], segments[:, 1])
    # Heads point back towards the tail, on both sides of the shaft.
    for side in (3, 5):
        assert ((segments[:, side] - segments[:, 1]) * shaft).sum(1).max() < 0
    assert panel.arrows.opts["connect"] == "pairs"


def shaft_lengths(panel: GanPanel) -> np.ndarray:
    x, y = panel.arrows.getData()
    segments = np.c_[x, y].reshape(-1, 6, 2)
    return np.hypot(*(segments[:, 1] - segments[:, 0]).T)


def test_arrows_shrink_when_the_push_vanishes_on_one_scale_for_every_run(panel) -> None:
    panel.show_snapshot(gan_snapshot(ring_gan()))
    strong = shaft_lengths(panel)
    panel.show_snapshot(gan_snapshot(ring_gan(push=1e-3)))  # G's gradient vanishes (minimax while D wins)
    weak = shaft_lengths(panel)
    assert 0 < weak.max() < 0.01 * strong.max()
    panel.clear()
    assert len(panel.arrows.getData()[0] or []) == 0
    panel.show_snapshot(gan_snapshot(ring_gan(push=1e-3)))  # a new run is not rescaled to look strong
    np.testing.assert_allclose(shaft_lengths(panel), weak)


def test_arrow_length_follows_the_push_and_saturates() -> None:
    origins = np.zeros((4, 2))
    pushes = np.array([[0.01, 0.0], [0.02, 0.0], [100.0, 0.0], [0.0, -1000.0]])
    x, y = arrow_segments(origins, pushes, 6.0)
    tips = np.c_[x, y].reshape(4, 6, 2)[:, 1]
    assert tips[1, 0] == pytest.approx(2 * tips[0, 0], rel=1e-3)  # proportional while small
    assert tips[2, 0] == pytest.approx(ARROW_REACH * 6.0) and tips[3, 1] == pytest.approx(-ARROW_REACH * 6.0)


def test_arrow_subset_is_evenly_spaced_and_complete_for_few_fakes() -> None:
    np.testing.assert_array_equal(arrow_subset(5), np.arange(5))
    many = arrow_subset(1000)
    assert len(many) == MAX_ARROWS and many[0] == 0 and many[-1] == 999


def test_arrow_segments_of_a_zero_push_stay_on_the_sample() -> None:
    x, y = arrow_segments(np.array([[1.0, 2.0]]), np.array([[0.0, 0.0]]), 6.0)
    np.testing.assert_allclose(np.c_[x, y], [[1.0, 2.0]] * 6)


def test_checkboxes_hide_and_show_heatmap_and_arrows(panel, qtbot) -> None:
    panel.show_snapshot(gan_snapshot(ring_gan()))
    assert panel.show_heat.toolTip() and panel.show_arrows.toolTip()
    qtbot.mouseClick(panel.show_heat, Qt.MouseButton.LeftButton)
    assert not panel.show_heat.isChecked() and not panel.heat.isVisible()
    qtbot.mouseClick(panel.show_arrows, Qt.MouseButton.LeftButton)
    assert not panel.arrows.isVisible()
    panel.show_snapshot(gan_snapshot(ring_gan(seed=1)))  # the next frame keeps them hidden
    assert not panel.heat.isVisible() and not panel.arrows.isVisible() and panel.fake_points.isVisible()
    qtbot.mouseClick(panel.show_heat, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.show_arrows, Qt.MouseButton.LeftButton)
    assert panel.heat.isVisible() and panel.arrows.isVisible()


def test_caption_prints_d_on_real_and_fake_and_the_distance(panel) -> None:
    gan = ring_gan()
    gan.d_real, gan.d_fake, gan.distance = 0.712, 0.318, 0.0451
    panel.show_snapshot(gan_snapshot(gan))
    assert panel.caption.text() == "D(real) 0.71 · D(fake) 0.32 · distance 0.045"


def test_hint_until_a_gan_view_arrives_and_after_clear(panel) -> None:
    assert panel.hint_text() == "Press Play to train"
    panel.show_snapshot(gan_snapshot(None))
    assert panel.hint_text() == "Waiting for the generator…"
    panel.show_snapshot(gan_snapshot(ring_gan()))
    assert panel.hint_text() is None
    panel.show_snapshot(gan_snapshot(None))  # a frame without the probe keeps the picture
    assert panel.hint_text() is None and panel.heat.image is not None
    panel.clear()
    assert panel.hint_text() == "Press Play to train" and panel.heat.image is None
    assert len(panel.fake_points.getData()[0]) == 0 and panel.caption.text() == ""


def test_dataset_real_samples_and_plane_before_the_run(panel) -> None:
    ds = gan_dataset()
    panel.set_dataset(ds)
    np.testing.assert_allclose(np.c_[panel.real_points.getData()], ds.points_train)
    (x0, x1), (y0, y1) = panel.plot.getPlotItem().getViewBox().viewRange()
    assert x0 <= EXTENT[0] and x1 >= EXTENT[1] and y0 <= EXTENT[2] and y1 >= EXTENT[3]
    assert min(x1 - x0, y1 - y0) < 1.2 * (EXTENT[1] - EXTENT[0])  # aspect locked: one axis fits tight
    panel.set_dataset(None)
    assert len(panel.real_points.getData()[0]) == 0


# --- the losses panel ------------------------------------------------------------------------------


def test_losses_and_log_distance_curves_from_the_history(metrics) -> None:
    gan = ring_gan()
    metrics.show_snapshot(gan_snapshot(gan))
    np.testing.assert_allclose(np.c_[metrics.d_curve.getData()], gan.history[:, :2])
    np.testing.assert_allclose(np.c_[metrics.g_curve.getData()], gan.history[:, [0, 2]])
    steps, dist = metrics.distance_curve.getData()
    np.testing.assert_allclose(dist, np.log10(gan.history[:, 3]))
    text = metrics.loss_legend.text()
    assert "discriminator D loss" in text and "generator G loss" in text
    assert f"{gan.history[-1, 1]:.3g}" in text and f"{gan.history[-1, 2]:.3g}" in text
    assert f"{gan.distance:.2g}" in metrics.distance_legend.text()  # the latest distance


def test_distance_axis_is_labelled_in_powers_of_ten(metrics) -> None:
    metrics.show_snapshot(gan_snapshot(ring_gan()))
    item = metrics.distance_plot.getPlotItem()
    lo, hi = item.getViewBox().viewRange()[1]
    assert lo <= np.log10(0.048) and hi >= np.log10(1.204)  # the whole curve
    major, _ = item.getAxis("left")._tickLevels
    assert [label for _, label in major] == [power_of_ten(-1), power_of_ten(0)]


def test_ranges_stay_put_while_the_curves_wiggle_and_grow_when_outgrown(metrics) -> None:
    gan = ring_gan(step=3000)
    metrics.show_snapshot(gan_snapshot(gan))
    losses, distance = metrics.loss_plot.getPlotItem(), metrics.distance_plot.getPlotItem()
    before = (losses.viewRange(), distance.viewRange())
    wiggle = ring_gan(step=3000)
    wiggle.history[:, 1:3] *= 1.01
    metrics.show_snapshot(gan_snapshot(wiggle))
    assert (losses.viewRange(), distance.viewRange()) == before
    grown = ring_gan(step=3000)
    grown.history[-1, 1] = 5.0
    metrics.show_snapshot(gan_snapshot(grown))
    assert losses.viewRange()[1][1] >= 5.0
    assert losses.viewRange()[0][1] == pytest.approx(3000 * 1.02, rel=0.02)  # a round step range


def test_zero_or_negative_distance_leaves_a_gap_not_an_error() -> None:
    np.testing.assert_array_equal(np.isnan(log_distance(np.array([0.1, 0.0, -1e-3, np.nan]))), [0, 1, 1, 1])


def test_decade_ticks_add_twos_and_fives_when_one_decade_shows() -> None:
    major, minor = decade_ticks(-2.8, -1.9)
    assert major == [(-2.0, power_of_ten(-2))]
    assert [label for _, label in minor] == ["0.002", "0.005"]
    assert [label for _, label in decade_ticks(-5.9, -5.1)[1]] == [f"2·{power_of_ten(-6)}", f"5·{power_of_ten(-6)}"]
    assert decade_ticks(-3.1, 0.2)[1] == []


def test_metrics_clear_and_wait(metrics) -> None:
    assert metrics.hint_text() == "Press Play to train"
    metrics.show_snapshot(gan_snapshot(ring_gan()))
    assert metrics.hint_text() is None
    metrics.clear()
    assert metrics.hint_text() is not None and len(metrics.d_curve.getData()[0] or []) == 0
