"""Languages: the catalogue is complete, the window shows no English in uk or ru, switching needs no restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

import playground
from playground.graph import read_project
from playground.graph.i18n import tr as engine_tr
from playground.i18n_catalog import LANGUAGES, compile_qm, problems, qm_path
from playground.ui.document import Document
from playground.ui.i18n import current_language, install_language, integer, number, tr
from playground.ui.language import LANGUAGE_KEY, english_words, untranslated
from playground.ui.main_window import MainWindow

PRESETS = playground.resources_dir() / "presets"


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    install_language("en")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot, settings, preset: str) -> MainWindow:
    project = read_project(PRESETS / preset)
    document = Document()
    document.set_project(project, PRESETS / preset)
    window = MainWindow(document, settings)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def _allowed(window: MainWindow) -> frozenset[str]:
    """Words that are the user's own data: the layers' names (dense1), the file's name."""
    project = window.document.project
    words = {node.name for node in project.graph.nodes.values()}
    words.update(project.name.replace("-", " ").split())  # the window title names the file
    for node in window.document.project.graph.nodes.values():
        words.update(part for part in node.name.replace("_", " ").split())
    return frozenset(words)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_catalogue_is_complete(language):
    assert problems(language) == []


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_compiled_catalogue_matches_its_source(language, tmp_path):
    fresh = compile_qm(language, tmp_path / "fresh.qm")
    assert qm_path(language).read_bytes() == fresh.read_bytes(), "run: python -m playground.i18n_catalog compile"


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("preset", ["xor-mlp.json", "cnn-digits.json", "char-lstm.json", "gan-ring.json"])
def test_window_shows_no_english(qtbot, settings, language, preset):
    assert install_language(language)
    window = _window(qtbot, settings, preset)
    left = untranslated(window, _allowed(window))
    assert left == [], "\n".join(f"{where}: {text!r}" for where, text in left[:40])


def test_switching_language_needs_no_restart(qtbot, settings):
    window = _window(qtbot, settings, "xor-mlp.json")
    english_title = window.training_dock.windowTitle()
    menu = window.language_menu
    menu.actions["uk"].trigger()
    assert current_language() == "uk"
    assert settings.value(LANGUAGE_KEY) == "uk"
    assert window.training_dock.windowTitle() == tr("Training") != english_title
    left = untranslated(window, _allowed(window))
    assert left == [], "\n".join(f"{where}: {text!r}" for where, text in left[:40])
    menu.actions["ru"].trigger()
    assert window.training_dock.windowTitle() == tr("Training")
    assert untranslated(window, _allowed(window)) == []
    menu.actions["en"].trigger()
    assert window.training_dock.windowTitle() == english_title


def test_numbers_follow_the_language(qapp):
    assert number(0.125, 3) == "0.125" and integer(12345) == "12,345"
    install_language("uk")
    assert number(0.125, 3) == "0,125"
    assert integer(12345).replace("\u00a0", " ") == "12 345"


def test_engine_messages_are_translated_through_the_same_catalogue(qapp):
    install_language("uk")
    text = engine_tr("Training")
    assert text != "Training" and english_words(text) == []


def test_a_translation_that_lost_its_placeholder_falls_back_to_english():
    from playground.graph import i18n

    i18n.set_backend(lambda text: "зламано {wrong}")
    try:
        assert i18n.tr("step {step}", step=3) == "step 3"
    finally:
        install_language("en")


def test_english_words_finds_leftovers_but_not_technical_names():
    assert english_words("Навчання: Adam, ReLU, LSTM, XOR") == []
    assert english_words("<b>Loss</b> втрат") == ["Loss"]
    assert english_words("dense1 шар", frozenset({"dense1"})) == []
