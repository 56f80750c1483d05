"""Files from the trained run in the real window: a model export, a run saved with its weights and reopened."""

from __future__ import annotations

import pytest
import torch
from training_support import START_MS, click_action, open_window, trainer

from playground.graph import SetParam


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, "xor-mlp", (1400, 900))
    win.exports.messages = []
    win.exports.tell = lambda title, text, error=False: win.exports.messages.append((text, error))
    yield win
    win.close()


def _steps(window, qtbot, steps: int) -> None:
    session = window.session
    qtbot.waitUntil(lambda: not session.loading or session.thread is None, timeout=START_MS)
    start = session.latest.step if session.latest is not None else 0
    for _ in range(steps):
        click_action(window, window.training_actions.step)
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == start + steps, timeout=START_MS)


def test_the_trained_model_exports_from_the_worker_and_loads_without_the_app(window, qtbot, tmp_path):
    _steps(window, qtbot, 5)
    path = tmp_path / "xor.pt"
    window.exports.ask_save_path = lambda title, name, filter_: str(tmp_path / "xor")  # the suffix is added
    window.exports.model_actions["pt"].trigger()
    qtbot.waitUntil(lambda: bool(window.exports.messages), timeout=10000)
    text, error = window.exports.messages[-1]
    assert not error and text.startswith("Exported the network trained for 5 steps to xor.pt")
    saved = torch.load(path, weights_only=True)
    live = trainer(window).model.state_dict()
    assert set(saved["state_dict"]) == set(live)
    assert all(torch.equal(saved["state_dict"][k], live[k].cpu()) for k in live)


def test_a_run_saved_with_weights_reopens_at_its_step_and_trains_on(window, qtbot, tmp_path):
    _steps(window, qtbot, 4)
    run = tmp_path / "xor.nnpz"
    window.exports.ask_save_path = lambda title, name, filter_: str(run)
    window.exports.save_run_action.trigger()
    qtbot.waitUntil(lambda: bool(window.exports.messages), timeout=10000)
    assert window.exports.messages[-1][0].startswith("Saved the run at step 4 with its weights to xor.nnpz")
    weights = {k: v.clone() for k, v in trainer(window).model.state_dict().items()}
    history = len(window.session.latest.history)

    window.files.open(run)  # File → Open on a saved run: its design, and the run continues where it was
    session = window.session
    qtbot.waitUntil(lambda: session.latest is not None and session.latest.step == 4, timeout=START_MS)
    assert window.document.path is None  # Save writes the design as a .json, never over the run
    restored = trainer(window).model.state_dict()
    assert all(torch.equal(weights[k], restored[k]) for k in weights)
    assert len(session.latest.history) >= history
    _steps(window, qtbot, 1)
    assert session.latest.step == 5


def test_a_run_of_an_older_design_is_not_saved_as_if_it_were_the_new_one(window, qtbot, tmp_path):
    _steps(window, qtbot, 2)
    dense = window.document.project.graph.nodes_of_kind("Dense")[0]
    window.document.push(SetParam(dense.id, "units", dense.params["units"] + 1))
    asked = []
    window.exports.ask_save_path = lambda *a: asked.append(a) or str(tmp_path / "x.nnpz")
    window.exports.save_run_action.trigger()
    assert not asked and window.exports.messages[-1][1]
    assert "reset the run" in window.exports.messages[-1][0]


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup menu on the offscreen platform
def test_word_vectors_are_offered_only_for_a_word2vec_design(window, qtbot, tmp_path):
    menu = window.exports.model_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    actions = window.exports.model_actions
    assert actions["onnx"].isEnabled() and not actions["word2vec"].isEnabled()  # xor-mlp has no word vectors
    menu.close()
    words = open_window(qtbot, tmp_path, "word2vec", (1400, 900))
    menu = words.exports.model_menu
    menu.popup(words.mapToGlobal(words.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert words.exports.model_actions["word2vec"].isEnabled()
    menu.close()
    words.close()
