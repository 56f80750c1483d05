"""The translation hook for texts made outside the UI: shape errors, data problems, training messages.

``graph`` and ``engine`` import no Qt, so they call ``tr`` here; the app installs Qt's translator as its
backend (``ui.i18n``), and without one (the CLI, the tests of the engine) every text stays English.
Source texts are English literals with ``{named}`` placeholders, so the catalogue
(``playground.i18n_catalog``) can collect them and a translation can move the values around.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "NNPlayground"
"""The one Qt translation context of the app's texts."""

_backend: Callable[[str], str] | None = None


def set_backend(backend: Callable[[str], str] | None) -> None:
    """Route ``tr`` through ``backend`` (English text → shown text); None: English."""
    global _backend
    _backend = backend


def N_(text: str) -> str:  # noqa: N802 (gettext's name for "mark, translate later")
    """Mark ``text`` for the catalogue without translating it now: class attributes, tables made at import."""
    return text


def tr(text: str, /, **values: object) -> str:
    """``text`` in the user's language, with ``{name}`` placeholders filled from ``values``."""
    shown = _backend(text) if _backend is not None and text else text
    if not values:
        return shown
    try:
        return shown.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back to English
        return text.format(**values)
