"""The app's languages: English (the source texts), Ukrainian and Russian, through Qt's translators.

Every user-visible text goes through ``tr`` (English literal, ``{named}`` placeholders) or, for texts
made at import time (a panel's title, the registry's help), is marked with ``N_`` and passed through
``tr`` where it is shown. ``install_language`` loads ``resources/translations/playground_<lang>.qm`` and
Qt's own ``qtbase_<lang>.qm`` (standard dialogs' buttons), sets the default ``QLocale`` (number formats),
and makes ``graph.i18n.tr`` use the same catalogue, so engine messages come out translated too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import playground
from playground.graph.i18n import CONTEXT, N_, set_backend, tr

LANGUAGES: dict[str, str] = {"en": "English", "uk": "Українська", "ru": "Русский"}
"""Language code → its name in that language (as the menu shows it)."""
DEFAULT_LANGUAGE = "en"

__all__ = ["LANGUAGES", "N_", "current_language", "install_language", "integer", "number", "tr", "translations_dir"]

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def translations_dir() -> str:
    """Where the compiled catalogues (.qm) and their sources (.ts) live."""
    return str(playground.resources_dir() / "translations")


def _qt_translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def current_language() -> str:
    """The code of the language installed last ("en" before any)."""
    return _language


def install_language(language: str) -> bool:
    """Translate the app into ``language`` ("en", "uk", "ru") from now on; False if its catalogue is missing.

    Widgets made before keep their texts: ``retranslate`` in ``ui.language`` updates a running window.
    """
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    if language != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        ok = ours.load(f"playground_{language}", translations_dir())
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
            app.installTranslator(qt)
        if ok:
            _installed.append(ours)
            app.installTranslator(ours)
    _language = language if ok else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(_language if _language != "en" else "en_US"))
    set_backend(_qt_translate)
    return ok


def number(value: float, decimals: int = 3) -> str:
    """``value`` with ``decimals`` digits after the point, in the language's format ("0,125" in uk and ru)."""
    if _language == DEFAULT_LANGUAGE:
        return f"{float(value):.{decimals}f}"
    return QLocale(_language).toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """``value`` with the language's thousands separator ("12,345"; "12 345" in uk and ru)."""
    if _language == DEFAULT_LANGUAGE:
        return f"{int(value):,}"
    return QLocale(_language).toString(int(value))
