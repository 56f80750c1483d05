"""Switching the language of a running window, and finding texts left in English.

Qt's translators answer only "English → shown"; to retranslate a window that is already built, each
shown text is mapped back to its English source through the catalogue (``resources/translations/*.ts``)
and translated again. Texts assembled from pieces ("Parameters: 1,234") are not in the catalogue: their
owners redraw them from the signals ``retranslate_window`` emits afterwards (the document's report, the
run's state), as they do on any change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QToolBar,
    QTreeWidget,
    QWidget,
)

from playground.ui.i18n import LANGUAGES, current_language, install_language, tr
from playground.ui.language_marks import DATA_PROPERTY

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

LANGUAGE_KEY = "ui/language"

TECHNICAL_TERMS = frozenset(
    {
        "nn", "playground", "pytorch", "torch", "onnx", "safetensors", "python", "csv", "npz", "json", "png", "svg",
        "cuda", "mps", "cpu", "gpu", "mnist", "uci", "relu", "elu", "selu", "gelu", "tanh", "sgd", "adam", "nadam",
        "adagrad", "rmsprop", "adamw", "nesterov", "lstm", "gru", "rnn", "bptt", "gan", "cnn", "mlp", "glorot",
        "xavier", "kaiming", "lecun", "okabe", "ito", "mse", "bce", "mae", "huber", "softmax", "utf", "batchnorm",
        "english", "space", "shift", "ctrl", "alt", "enter", "esc", "tab", "home", "end", "pageup", "pagedown",
        "seed", "grad", "log", "log10", "cortes", "burges", "f11", "nnpz", "opset", "onnxruntime", "netron",
        "numpy", "pillow", "apple", "mac", "macos", "nvidia", "metal", "gensim", "word2vec", "rbm", "dbn", "pca"
    }
)
"""Words that stay as they are in every language (lower case): names of methods, formats, libraries and brands."""
UPPER_CASE_TERMS = frozenset({"AND", "XOR", "NOT", "NAND", "NOR"})
"""Logic functions, named in capitals in every language."""
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,}")
_CODE = re.compile(r"\S*[._(/=]\S*")
"""Code in a text (torch.load(path), state_dict, weights_only=True, a path): names, not words."""
_LATIN_ASIDE = re.compile(r"\([A-Za-z][A-Za-z ]*\)")
"""An English term in brackets after its translation ("імпульс (momentum)"): kept on purpose."""
_PLACEHOLDER = re.compile(r"\{(\w*)\}")
_MARKUP = re.compile(r"(<[^>]+>|&nbsp;|\s{2,})")
_TAG = re.compile(r"<[^>]+>|&\w+;")


@lru_cache(maxsize=8)
def _reverse(language: str) -> dict[str, str]:
    """Shown text → English source for ``language`` (for English: every source to itself)."""
    from playground.i18n_catalog import read_ts, ts_path

    entries = read_ts(ts_path("uk" if language == "en" else language))
    if language == "en":
        return {source: source for source in entries}
    return {text: source for source, (text, finished) in entries.items() if finished and text}


def _keep_spaces(piece: str, new: str | None) -> str:
    """``new`` in place of ``piece``'s text, with the spaces around it kept (``piece`` itself if None)."""
    if new is None:
        return piece
    core = piece.strip()
    start = piece.index(core)
    return piece[:start] + new + piece[start + len(core) :]


@lru_cache(maxsize=8)
def _templates(language: str) -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """(pattern of the shown text, English source, placeholder names) of every text with ``{placeholders}``."""
    found = []
    for shown, source in _reverse(language).items():
        names = tuple(_PLACEHOLDER.findall(shown))
        if not names or len(set(names)) != len(names) or not all(names):
            continue
        pieces = _PLACEHOLDER.split(shown)  # literal, name, literal, name, …, literal
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(pieces))
        literal = sum(len(p) for p in pieces[::2])
        found.append((literal, re.compile(pattern + r"\Z", re.DOTALL), source, names))
    found.sort(key=lambda t: -t[0])  # the most specific template first: "{name}: {value}" matches almost anything
    return tuple((pattern, source, names) for _, pattern, source, names in found)


def _mapper(old: str) -> Callable[[str], str | None]:
    """Old-language text → the same text in the current language, or None if it cannot be traced to a source.

    Whole texts first; then texts made by filling a template ("dense1: 8 neurons"), whose values are traced
    too; then pieces between HTML tags (legends of coloured squares) and a trailing "…"."""
    reverse = _reverse(old)
    templates = _templates(old)

    memo: dict[str, str | None] = {}

    def whole(text: str) -> str | None:
        if text not in memo:
            memo[text] = None  # a value that contains itself (through a template) ends here
            memo[text] = _whole(text)
        return memo[text]

    def _whole(text: str) -> str | None:
        source = reverse.get(text)
        if source is not None:
            return tr(source)
        for pattern, source, _names in templates:
            match = pattern.match(text)
            if match is not None:
                values = {k: whole(v) or v for k, v in match.groupdict().items() if len(v) < len(text)}
                if len(values) < len(match.groupdict()):
                    continue  # a placeholder that takes the whole text explains nothing
                new = tr(source, **values)
                if new != text:  # a template that changes nothing may be a too general one: try the next
                    return new
        if text.endswith("…") and len(text) > 1:
            inner = whole(text[:-1])
            return None if inner is None else inner + "…"
        return None

    def translate(text: str) -> str | None:
        new = whole(text)
        if new in (None, text) and ("<" in text or "&nbsp;" in text):
            parts = _MARKUP.split(text)
            new = "".join(
                p if i % 2 or not p.strip() else _keep_spaces(p, whole(p.strip())) for i, p in enumerate(parts)
            )
        return new if new is not None and new != text else None

    return translate


def _graphics_texts(widget: QWidget) -> Iterator[tuple[str, Callable[[str], None]]]:
    """(text, setter) of a pyqtgraph widget's titles, axis labels and legend entries."""
    scene = widget.scene() if isinstance(widget, (pg.PlotWidget, pg.GraphicsLayoutWidget)) else None
    if scene is None:
        return
    for item in scene.items():
        if isinstance(item, pg.AxisItem) and item.labelText:
            yield item.labelText, lambda t, a=item: a.setLabel(t, units=a.labelUnits or None, **a.labelStyle)
        elif isinstance(item, pg.LabelItem) and item.text:
            yield item.text, lambda t, label=item: label.setText(t)
        elif isinstance(item, pg.TextItem):
            yield item.textItem.toPlainText(), lambda t, ti=item: ti.setText(t)


def widget_texts(widget: QWidget) -> Iterator[tuple[str, Callable[[str], None]]]:
    """(text, setter) of every text a widget shows: its own text, title, tooltip, items, placeholder."""
    if isinstance(widget, QLabel):
        yield widget.text(), widget.setText
    if isinstance(widget, QAbstractButton):
        yield widget.text(), widget.setText
    if isinstance(widget, QGroupBox):
        yield widget.title(), widget.setTitle
    if isinstance(widget, (QDockWidget, QToolBar)) or widget.isWindow():
        yield widget.windowTitle(), widget.setWindowTitle
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText(), widget.setPlaceholderText
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i), lambda t, w=widget, i=i: w.setItemText(i, t)
            tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip, lambda t, w=widget, i=i: w.setItemData(i, t, Qt.ItemDataRole.ToolTipRole)
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i), lambda t, w=widget, i=i: w.setTabText(i, t)
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            yield item.text(), item.setText
            yield item.toolTip(), item.setToolTip
    if isinstance(widget, QTreeWidget):
        stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
        while stack:
            item = stack.pop()
            stack += [item.child(i) for i in range(item.childCount())]
            for column in range(item.columnCount()):
                yield item.text(column), lambda t, it=item, c=column: it.setText(c, t)
    yield widget.toolTip(), widget.setToolTip
    yield widget.statusTip(), widget.setStatusTip
    yield from _graphics_texts(widget)


def _actions(window: QWidget) -> Iterator[QAction]:
    """The actions a user can reach: the window's menus (and their sub-menus), toolbars and widgets."""
    seen: set[int] = set()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None] if hasattr(window, "menuBar") else []
    widgets = [w for w in [window, *window.findChildren(QWidget)] if not isinstance(w, QMenu)]
    pending = [a for w in widgets for a in w.actions()]
    while menus or pending:
        if menus:
            menu = menus.pop()
            pending += menu.actions()
            yield menu.menuAction()
        action = pending.pop() if pending else None
        if action is None or id(action) in seen:
            continue
        seen.add(id(action))
        if action.menu() is not None:
            menus.append(action.menu())
        yield action


def action_texts(action: QAction) -> Iterator[tuple[str, Callable[[str], None]]]:
    yield action.text(), action.setText
    if action.toolTip() != action.text().replace("&", ""):  # Qt derives a missing tooltip from the text
        yield action.toolTip(), action.setToolTip
    yield action.statusTip(), action.setStatusTip


def retranslate_window(window: MainWindow, old: str) -> int:
    """Re-show every text of ``window`` (built while ``old`` was the language) in the current language.

    Returns how many texts changed. Texts made from pieces are redrawn by their owners afterwards.
    """
    translate = _mapper(old)
    changed = 0
    widgets = [window, *window.findChildren(QWidget)]
    pairs = [pair for w in widgets for pair in widget_texts(w)]
    pairs += [pair for action in _actions(window) for pair in action_texts(action)]
    for text, setter in pairs:
        if text:
            new = translate(text)
            if new is not None:
                setter(new)
                changed += 1
    document = window.document
    document.report_changed.emit(document.report)  # the status bar's parameter count and verdict
    window.session.state_changed.emit()  # the toolbar's run state and the banners
    return changed


@lru_cache(maxsize=4)
def kept_words(language: str) -> frozenset[str]:
    """Words the translation keeps in English on purpose (its text equals the source: "Leaky ReLU"), and the
    layer kinds' names (Dense, Conv2d), which the palette and the nodes show as they are."""
    from playground.graph.layers import KINDS
    from playground.i18n_catalog import read_ts, ts_path

    words = set(KINDS)
    if language != "en":
        for source, (text, finished) in read_ts(ts_path(language)).items():
            if finished and text == source:
                words.update(_LATIN_WORD.findall(source))
    return frozenset(words)


def english_words(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Latin-letter words of 3+ letters in ``text`` that are neither technical terms nor ``allowed``."""
    plain = _TAG.sub(" ", text).replace("&&", "").replace("&", "")
    plain = _CODE.sub(" ", _LATIN_ASIDE.sub(" ", plain))
    return [
        w
        for w in _LATIN_WORD.findall(plain)
        if w.lower() not in TECHNICAL_TERMS and w not in UPPER_CASE_TERMS and w not in allowed
    ]


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text the user can see in ``window``: visible widgets and the menus' actions."""
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, QMenu) or widget.property(DATA_PROPERTY):
            continue
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            where = f"{type(widget).__name__} placeholder"
            yield where, widget.placeholderText()
            continue  # what the user typed is data
        name = widget.objectName() or type(widget).__name__
        for text, _ in widget_texts(widget):
            if text:
                yield name, text
    for action in _actions(window):
        if action.isVisible() and not action.isSeparator():
            for text, _ in action_texts(action):
                if text:
                    yield f"action {action.text()!r}", text


def untranslated(window: QWidget, allowed: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(where, text) of visible texts that still hold English words (the test of a translation's coverage)."""
    allowed = allowed | kept_words(current_language())
    return [(where, text) for where, text in visible_texts(window) if english_words(text, allowed)]


class LanguageMenu:
    """View → Language: English, Українська, Русский; applied at once and remembered."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        self.window = window
        self.settings = settings
        self.menu = QMenu(tr("&Language"), window)
        self.menu.setObjectName("language_menu")
        self.group = QActionGroup(self.menu)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.menu)  # each language by its own name: findable by anyone
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            action.triggered.connect(self._on_chosen)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def _on_chosen(self) -> None:
        for code, action in self.actions.items():
            if action.isChecked() and code != current_language():
                self.switch(code)

    def switch(self, language: str) -> None:
        """Translate the window into ``language`` now and remember the choice."""
        old = current_language()
        if not install_language(language):
            self.window.show_message(
                tr("The {language} translation is missing; the app stays in English.", language=LANGUAGES[language])
            )
            language = current_language()
        self.settings.setValue(LANGUAGE_KEY, language)
        self.actions[language].setChecked(True)
        retranslate_window(self.window, old)


def saved_language(settings: QSettings) -> str:
    """The language chosen last, or the system's when it is one of ours, else English."""
    from PySide6.QtCore import QLocale

    value = settings.value(LANGUAGE_KEY)
    if isinstance(value, str) and value in LANGUAGES:
        return value
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def install(window: MainWindow) -> LanguageMenu:
    """Add View → Language to ``window``."""
    menu = LanguageMenu(window, window.settings)
    window.view_menu.addSeparator()
    window.view_menu.addMenu(menu.menu)
    window.language_menu = menu
    return menu
