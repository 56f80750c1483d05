"""The run controller and the training dock: probes of visible panels only, edits while a run exists,
the settings form, the engine warm-up, and the screenshot command with training."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from training_support import (
    START_MS,
    BoundaryStandIn,
    GradStandIn,
    WeightStandIn,
    click,
    click_action,
    click_tab,
    preset,
    trainer,
)

from playground import __main__ as entry
from playground.graph import Move, SetParam, save_project
from playground.ui import engine_warmup
from playground.ui.document import Document
from playground.ui.main_window import MainWindow
from playground.ui.screenshot import take_screenshot

STAND_INS = [BoundaryStandIn, GradStandIn, WeightStandIn]


@pytest.fixture
def window(qtbot, tmp_path, request):
    panels = getattr(request, "param", None)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document(preset("xor-mlp")), settings, panel_classes=panels)
    win.files.ask_save_changes = lambda: "discard"
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    assert win.session.thread is None


def _dense(win):
    return win.document.project.graph.nodes_of_kind("Dense")[0]


def _worker_probes(win):
    return set(win.session.thread._worker._probes)


@pytest.mark.parametrize("window", [STAND_INS], indirect=True)
def test_hidden_panels_get_no_snapshots_and_their_probes_are_not_requested(qtbot, window):
    session = window.session
    window.live_canvas.toggle_action.trigger()  # the canvas's neuron maps off: only the stand-ins ask for probes
    boundary, grads, weights, canvas = session.panels()
    assert [type(p) for p in session.panels()[:3]] == STAND_INS and canvas is window.live_canvas
    window.resize(1000, 800)  # room for two plot panels side by side; the third is a tab behind the second
    window.arrange_docks()
    qtbot.waitUntil(lambda: session.visible_panels() == [boundary, grads], timeout=2000)
    click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == 1, timeout=START_MS)
    assert _worker_probes(window) == {"boundary", "grad_norms"}
    assert session.latest.grad_norms and not session.latest.weight_hist
    qtbot.waitUntil(lambda: session.pending_draws() == 0, timeout=2000)  # panels draw one per event-loop turn
    assert boundary.snapshots and grads.snapshots and not weights.snapshots
    assert boundary.datasets[-1] is session.dataset and weights.datasets[-1] is session.dataset

    click_tab(window, WeightStandIn.title)
    assert session.visible_panels() == [boundary, weights]
    assert weights.snapshots[-1] is session.latest  # a panel shown later gets the newest snapshot at once
    qtbot.waitUntil(lambda: _worker_probes(window) == {"boundary", "weights"}, timeout=2000)
    qtbot.waitUntil(lambda: bool(session.latest.weight_hist), timeout=2000)  # the worker sent its probe
    assert not session.latest.grad_norms
    seen_by_grads = len(grads.snapshots)
    click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: session.latest.step == 2, timeout=2000)
    assert len(grads.snapshots) == seen_by_grads  # hidden: nothing more


def test_editing_the_design_pauses_and_marks_the_run_stale_until_reset(qtbot, window):
    session, panel, doc = window.session, window.training_panel, window.document
    click_action(window, window.training_actions.play)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step > 20, timeout=START_MS)
    first_thread = session.thread
    dense = _dense(window)

    doc.push(Move({dense.id: (dense.pos[0] + 40, dense.pos[1])}))  # layout only: the run still matches
    assert session.playing and not session.stale

    units = dense.params["units"]
    doc.push(SetParam(dense.id, "units", units + 3))
    assert session.stale and not session.playing
    assert "Reset the run to apply" in panel.banner_text()
    assert all(d.windowTitle().endswith("old design") for d in window.panel_docks)
    qtbot.waitUntil(lambda: not first_thread._worker._playing, timeout=1000)

    doc.undo_stack.undo()  # back to the design the run trains: current again
    assert not session.stale and panel.banner_text() == ""
    assert not any(d.windowTitle().endswith("old design") for d in window.panel_docks)

    doc.undo_stack.redo()
    assert session.stale
    click(panel.banner.secondary)  # "Keep training the old network"
    assert panel.banner_text() == "" and session.kept_old
    step = session.latest.step
    click_action(window, window.training_actions.play)
    qtbot.waitUntil(lambda: session.latest.step > step + 20, timeout=3000)
    assert session.thread is first_thread  # the old network trains on, still marked old
    assert window.panel_docks[0].windowTitle().endswith("old design")

    doc.set_setting("training", "batch_size", 8)  # not live: another change asks again
    assert not session.playing and "Reset the run to apply" in panel.banner_text()
    click_action(window, window.training_actions.play)  # Play on a stale run starts the new design
    qtbot.waitUntil(lambda: session.thread is not first_thread and session.latest is not None, timeout=3000)
    assert not first_thread._thread.isRunning()
    assert not session.stale and panel.banner_text() == ""
    qtbot.waitUntil(lambda: trainer(window) is not None, timeout=3000)
    assert trainer(window).graph.nodes[dense.id].params["units"] == units + 3
    assert trainer(window).batch_size == 8


def test_optimizer_choice_shows_only_its_parameters_and_the_loss_edits_the_output(qtbot, window):
    panel, doc = window.training_panel, window.document
    click_tab(window, "Training")
    combo = panel.form.fields["optimizer"].editor

    def choose(value):
        combo.setFocus()
        while combo.currentData() != value:
            QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < combo.findData(value) else Qt.Key.Key_Up)

    shown = {name for name in panel.form.fields if panel.setting_visible(name)}
    assert doc.project.training["optimizer"] == "adam"
    assert {"beta1", "beta2", "eps"} <= shown and not {"momentum", "rho"} & shown
    choose("momentum")
    assert doc.project.training["optimizer"] == "momentum"
    assert panel.setting_visible("momentum") and not panel.setting_visible("beta1")
    choose("sgd")
    assert not any(panel.setting_visible(n) for n in ("momentum", "beta1", "beta2", "rho", "eps"))
    choose("rmsprop")
    assert panel.setting_visible("rho") and panel.setting_visible("eps")
    doc.set_setting("training", "mode", "perceptron")
    assert not panel.setting_visible("optimizer") and not panel.setting_visible("loss")
    assert panel.setting_visible("lr") and panel.setting_visible("seed")
    doc.undo_stack.undo()
    assert panel.setting_visible("optimizer") and panel.form.value("mode") == "backprop"

    loss = panel.form.fields["loss"].editor
    assert loss.toolTip() and panel.form.fields["lr"].toolTip()  # tooltips come from the specs' help
    loss.setFocus()
    QTest.keyClick(loss, Qt.Key.Key_End)
    output = doc.project.graph.nodes_of_kind("Output")[0]
    assert output.params["loss"] == loss.currentData() != "auto"
    doc.undo_stack.undo()
    assert output.params["loss"] == "auto" and panel.form.value("loss") == "auto"


def test_engine_loading_is_shown_until_torch_is_ready(qtbot, window, monkeypatch):
    ready = threading.Event()
    monkeypatch.setattr(engine_warmup, "_engine_ready", ready)
    window.session.state_changed.emit()
    assert window.training_toolbar.state_label.text() == "loading engine…"
    assert window.training_panel.state_label.text() == "loading engine…"
    window.session.warm_up()  # torch is already imported here: only the polling starts
    ready.set()
    qtbot.waitUntil(lambda: window.training_toolbar.state_label.text() == "ready: press Play", timeout=2000)


def test_an_invalid_design_says_why_it_cannot_train(qtbot, window):
    doc = window.document
    out = doc.project.graph.nodes_of_kind("Output")[0]
    doc.push(SetParam(out.id, "task", "regression"))  # the xor data is a classification problem
    assert doc.report.first_error() is not None
    click_action(window, window.training_actions.play)
    assert window.session.thread is None
    assert "cannot train yet" in window.training_panel.banner_text()


def test_screenshot_trains_through_the_worker(qapp, tmp_path, capsys):
    project = tmp_path / "xor.json"
    save_project(preset("xor-mlp"), project)
    out = tmp_path / "shot.png"
    assert take_screenshot(project, out, (1000, 640), train_steps=30) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 640)
    assert entry.main(["screenshot", str(project), "-o", str(out), "--train-steps", "-3"]) == 2
    assert "--train-steps" in capsys.readouterr().err


def test_pretraining_shows_for_designs_it_can_train_and_its_steps_once_chosen(qtbot, window):
    panel, doc = window.training_panel, window.document
    click_tab(window, "Training")
    assert not panel.setting_visible("pretrain") and not panel.setting_visible("pretrain_steps")  # xor-mlp: nothing
    doc.set_project(preset("cnn-digits"))  # convolutions on images: the pretext can train them
    assert panel.setting_visible("pretrain") and not panel.setting_visible("pretrain_steps")
    combo = panel.form.fields["pretrain"].editor
    combo.setFocus()
    while combo.currentData() != "relative_position":
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert doc.project.training["pretrain"] == "relative_position"
    assert panel.setting_visible("pretrain_steps")
    doc.undo_stack.undo()  # each arrow key chose one entry: back to the RBM stack first
    assert doc.project.training["pretrain"] == "rbm" and panel.setting_visible("pretrain_steps")
    doc.undo_stack.undo()
    assert doc.project.training["pretrain"] == "none" and not panel.setting_visible("pretrain_steps")
