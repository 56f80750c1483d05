"""The Lessons gallery (File → Lessons…) and the lesson strip that reminds the class what to watch for.

Lessons are presets with a ``lesson`` object (``graph.lessons``). The gallery lists them by course topic and
opens one through the window's ``FileActions.open_preset``, so the unsaved-changes prompt still applies. The
strip (a slim dock at the top) shows the open project's lesson title and "Watch for: …"; it follows
``Document.project_replaced``. Lesson texts are English sources in the preset files, shown through ``tr``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.graph.lessons import LessonEntry, by_topic, read_lessons
from playground.ui.document import Document
from playground.ui.files import FileActions, presets_dir
from playground.ui.i18n import tr

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

ENTRY_ROLE = Qt.ItemDataRole.UserRole
"""Item data of a lesson row: the index of its ``LessonEntry`` (topic rows hold None)."""


def _text(lesson: dict, key: str) -> str:
    """A lesson's text in the user's language (the file holds the English source)."""
    value = lesson.get(key, "")
    return tr(value) if value else ""


class LessonsDialog(QDialog):
    """The gallery: lessons grouped by topic on the left, the chosen lesson's texts on the right."""

    def __init__(self, files: FileActions, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.setWindowTitle(tr("Lessons"))
        self.entries: list[LessonEntry] = read_lessons(folder or presets_dir())
        self.opened: Path | None = None

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setToolTip(tr("Lessons in course order. Double-click or press Enter to open one."))
        self._fill_tree()
        # Wide enough for whole titles (up to a limit: the texts on the right need the room more).
        self.tree.setMinimumWidth(min(self.tree.sizeHintForColumn(0) + 2 * self.tree.frameWidth() + 24, 460))

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.topic = QLabel()
        caption = self.topic.font()
        caption.setItalic(True)  # a caption, yet dark enough to read on a projector (no dimmed palette)
        self.topic.setFont(caption)
        self.explanation = QLabel()
        self.watch = QLabel()
        self.expect = QLabel()
        self.preset = QLabel()
        self.preset.setFont(caption)
        for label in (self.explanation, self.watch, self.expect):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QWidget()
        column = QVBoxLayout(details)
        column.addWidget(self.title)
        column.addWidget(self.topic)
        column.addSpacing(6)
        column.addWidget(self.explanation)
        column.addSpacing(6)
        column.addWidget(self.watch)
        column.addWidget(self.expect)
        column.addStretch(1)
        column.addWidget(self.preset)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(details)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(tr("Open Lesson"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setToolTip(tr("Open the lesson's design in the editor, ready to train"))
        self.open_button.setDefault(True)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(tr("Close the gallery without opening a lesson"))
        self.buttons.accepted.connect(self.open_current)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1040, 600)

        self.tree.currentItemChanged.connect(self._on_current_changed)
        # Enter reaches the default button (the tree passes it on after its own "activated"), so only a
        # double-click is connected here: connecting "activated" too would open the lesson twice.
        self.tree.itemDoubleClicked.connect(self._on_item_double_clicked)
        first = self._first_lesson_item()
        if first is not None:
            self.tree.setCurrentItem(first)
        self._show(self.current_entry())

    def _fill_tree(self) -> None:
        index = {id(e): i for i, e in enumerate(self.entries)}
        for topic, entries in by_topic(self.entries):
            group = QTreeWidgetItem([tr(topic)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, so arrow keys skip it
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for entry in entries:
                item = QTreeWidgetItem([tr(entry.title)])
                item.setData(0, ENTRY_ROLE, index[id(entry)])
                item.setToolTip(0, _text(entry.lesson, "expect") or tr(entry.title))
                group.addChild(item)
        self.tree.expandAll()

    def _first_lesson_item(self) -> QTreeWidgetItem | None:
        top = self.tree.topLevelItem(0)
        return top.child(0) if top is not None and top.childCount() else None

    def lesson_items(self) -> list[QTreeWidgetItem]:
        """The tree's lesson rows in the order shown."""
        items = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            items += [group.child(j) for j in range(group.childCount())]
        return items

    def current_entry(self) -> LessonEntry | None:
        """The lesson of the selected row (None on a topic heading or in an empty gallery)."""
        item = self.tree.currentItem()
        index = item.data(0, ENTRY_ROLE) if item is not None else None
        return self.entries[index] if index is not None else None

    def _on_current_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is not None and previous is not None and current.data(0, ENTRY_ROLE) is None:
            # Arrow keys step over a topic heading onto the next lesson in that direction.
            down = self.tree.visualItemRect(current).top() > self.tree.visualItemRect(previous).top()
            target = (current.child(0) if current.isExpanded() else None) if down else self.tree.itemAbove(current)
            if target is not None and target.data(0, ENTRY_ROLE) is not None:
                self.tree.setCurrentItem(target)
                return
        self._show(self.current_entry())

    def _on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ENTRY_ROLE) is not None:
            self.open_current()

    def _show(self, entry: LessonEntry | None) -> None:
        self.open_button.setEnabled(entry is not None)
        if entry is None:
            self.title.setText(tr("No lessons found") if not self.entries else tr("Choose a lesson"))
            for label in (self.topic, self.explanation, self.watch, self.expect, self.preset):
                label.clear()
            return
        lesson = entry.lesson
        self.title.setText(tr(entry.title))
        self.topic.setText(tr("Topic: {topic}", topic=tr(entry.topic)))
        self.explanation.setText(_text(lesson, "explanation"))
        watch, expect = _text(lesson, "watch"), _text(lesson, "expect")
        # Rich text for the bold lead-in; the lesson's own text is escaped ("accuracy < 0.8" is no tag).
        self.watch.setText(tr("<b>Watch for:</b> {text}", text=html.escape(watch)) if watch else "")
        self.expect.setText(tr("<b>Expected outcome:</b> {text}", text=html.escape(expect)) if expect else "")
        self.preset.setText(tr("Preset: {name}", name=entry.path.name))

    def open_current(self) -> None:
        """Open the selected lesson's preset (after the unsaved-changes prompt) and close the gallery."""
        entry = self.current_entry()
        if entry is None:
            return
        if self.files.open_preset(entry.path):
            self.opened = entry.path
            self.accept()


class LessonStrip(QWidget):
    """The open lesson's title and what to watch for, in one slim row with a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.watch = QLabel()
        self.watch.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Hide the lesson strip (it comes back with the next lesson)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 2, 2)
        row.addWidget(self.title)
        row.addWidget(self.watch, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # a strip, not a panel

    def show_lesson(self, lesson: dict) -> None:
        """Show ``lesson``'s title and "Watch for" text; its expected outcome goes in the tooltip."""
        self.title.setText(_text(lesson, "title"))
        watch = _text(lesson, "watch")
        self.watch.setText(tr("Watch for: {text}", text=watch) if watch else "")
        expect = _text(lesson, "expect")
        self.setToolTip(tr("Expected outcome: {text}", text=expect) if expect else "")


class LessonDock(QDockWidget):
    """The dock holding the lesson strip: shown while the open project is a lesson, until the user closes it."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(tr("Lesson"), parent)
        self.setObjectName("lesson_dock")
        self.document = document
        self.strip = LessonStrip()
        self.setWidget(self.strip)
        self.setTitleBarWidget(QWidget())  # slim: the strip has its own close button
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.strip.close_button.clicked.connect(self.hide)
        document.project_replaced.connect(self._on_project_replaced)
        document.report_changed.connect(self._on_report_changed)  # also sent after a language switch
        self._on_project_replaced()

    def _on_project_replaced(self) -> None:
        lesson = self.document.project.lesson
        if lesson:
            self.strip.show_lesson(lesson)
        self.setVisible(bool(lesson))

    def _on_report_changed(self, _report: object) -> None:
        if self.document.project.lesson:
            self.strip.show_lesson(self.document.project.lesson)


class LessonActions:
    """File → Lessons… and the lesson dock of a main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: LessonsDialog | None = None
        self.action = QAction(tr("&Lessons…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        tip = tr("Choose a lesson of the course: a ready design with what to explain and what to watch for")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(self.show_gallery)
        self.dock = LessonDock(window.document, window)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.dock)

    def show_gallery(self) -> None:
        """Open the Lessons gallery (window-modal); a chosen lesson replaces the design and shows the strip."""
        if self.dialog is not None:
            self.dialog.deleteLater()  # a fresh gallery each time: presets and the language may have changed
        self.dialog = LessonsDialog(self.window.files, parent=self.window)
        self.dialog.open()


def install(window: MainWindow) -> LessonActions:
    """Add File → Lessons… (Ctrl+Shift+L) and the lesson strip to ``window``."""
    actions = LessonActions(window)
    file_menu = window.presets_menu.parentWidget()  # File: Lessons… goes just above Open Preset
    file_menu.insertAction(window.presets_menu.menuAction(), actions.action)
    window.lessons = actions
    return actions
