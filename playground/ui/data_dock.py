"""The data panel: the data settings (undoable) and a preview of the data (2D points, sample images, a table).

A change that alters what one sample looks like (the features, the dataset, the user's images) also
sets the Input layer's shape in the same undo step, so the design stays valid and one Ctrl+Z takes
both back. Rows that do not apply to the chosen dataset are hidden.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from playground.graph import GraphError, SetParam
from playground.graph.params import ParamError, validate_all
from playground.graph.settings import DATA_PARAMS, DATASETS, TABLE_DATASETS, data_fields, input_shape
from playground.ui.corpus_preview import show_corpus
from playground.ui.csv_import import CsvImport, TablePreview
from playground.ui.data_points import draw_points, points_plot
from playground.ui.data_preview import ImagePreview
from playground.ui.document import Document
from playground.ui.forms import ParamForm
from playground.ui.i18n import tr
from playground.ui.plots.sequence_preview import SequencePreview
from playground.ui.plots.target_drawing import ClassPicker, TargetDrawing
from playground.ui.theme import ERROR_COLOR

DRAWING_HALF_SIDE = 2.5
"""The plane shown for drawing a GAN target before any point is drawn (the GAN targets' usual extent)."""
CLASS_DRAWING_HALF_SIDE = 6.0
"""The plane shown for drawing 2D data of classes (the 2D sets' extent, ``engine.data.HALF_SIDE``)."""


class DataPanel(QWidget):
    """Form over ``DATA_PARAMS`` plus a preview: points (train filled, test outlined) or images by class."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.form = ParamForm(DATA_PARAMS, columns=2)
        self.form.edited.connect(self._on_edited)
        self.form.fields["image_shape"].setEnabled(False)  # read from the images, never typed
        self.form.fields["csv_target"].setEnabled(False)  # chosen in the import dialog, with the columns
        self.choose_csv = QPushButton(tr("Choose CSV…"))
        self.choose_csv.setToolTip(tr("Pick a CSV table, then its target and feature columns"))
        self.csv_import = CsvImport(self)
        self.choose_csv.clicked.connect(self._on_choose_csv)
        self.csv_import.chosen.connect(self._on_csv_chosen)
        self.csv_import.failed.connect(self._show_message)
        self.choose_folder = QPushButton(tr("Choose folder…"))
        self.choose_folder.setToolTip(tr("Pick a folder holding one sub-folder of images per class"))
        self.choose_folder.clicked.connect(self._on_choose_folder)
        self.choose_npz = QPushButton(tr("Choose .npz…"))
        self.choose_npz.setToolTip(tr("Pick an .npz file with an 'images' array (N×H×W or N×H×W×C) and 'labels'"))
        self.choose_npz.clicked.connect(self._on_choose_npz)
        self.pick_row = QWidget()
        pick = QHBoxLayout(self.pick_row)
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addWidget(self.choose_folder)
        pick.addWidget(self.choose_npz)
        pick.addWidget(self.choose_csv)
        self.dataset_help = QLabel()
        self.dataset_help.setWordWrap(True)
        self.dataset_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted grey in every theme

        self.plot, self.train_points, self.test_points = points_plot()
        self.drawing = TargetDrawing(self.plot.getPlotItem(), self)
        self.drawing.points_changed.connect(self._on_points_drawn)
        self.class_drawing = TargetDrawing(self.plot.getPlotItem(), self, labelled=True)
        self.class_drawing.points_changed.connect(self._on_class_points_drawn)
        self.class_picker = ClassPicker()
        self.class_picker.chosen.connect(self.class_drawing.set_current_class)

        self.images = ImagePreview()
        self._sequences: SequencePreview | None = None
        self.preview = QStackedWidget()
        self.preview.addWidget(self.plot)
        self.preview.addWidget(self.images)
        self.table = TablePreview()
        self.preview.addWidget(self.table)

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted grey in every theme
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.form)
        layout.addWidget(self.pick_row)
        layout.addWidget(self.dataset_help)
        layout.addWidget(self.class_picker)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.message)

        # Several settings change in one step (dataset + Input shape, the user's images): preview once.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(0)
        self._preview_timer.timeout.connect(self.update_preview)
        document.settings_changed.connect(self._on_settings_changed)
        document.project_replaced.connect(self._on_project_replaced)
        self._on_project_replaced()

    @property
    def sequences(self) -> SequencePreview:
        """The sequence preview, built when a sequence dataset is first shown (a tenth of a second at start-up)."""
        if self._sequences is None:
            self._sequences = SequencePreview()
            self.preview.addWidget(self._sequences)
        return self._sequences

    # --- user edits → document ------------------------------------------------------------

    def _on_edited(self, name: str, value: Any) -> None:
        data = self.document.project.data
        if value == data[name]:
            self.form.clear_error(name)
            return
        if name == "path":  # a typed path is checked like a chosen one
            self.form.set_value(name, data[name])
            self.load_user_images(str(value))
            return
        if name == "csv_path":  # read like a chosen file: in the background, then the import dialog
            self.form.set_value(name, data[name])
            if str(value).strip():
                self.csv_import.start(str(value), data)
            return
        try:
            if name == "features":
                self._set_features(value)
            elif name == "dataset":
                text = tr("Use {name}", name=tr(DATASETS[value].label)) if value in DATASETS else ""
                self.set_data({"dataset": value}, text)
            else:  # the sequence length and the symbols change the Input's shape too
                label = next(s.label for s in DATA_PARAMS if s.name == name)
                self.set_data({name: value}, tr("Set {setting}", setting=tr(label)))
        except GraphError as e:
            self.form.show_error(name, str(e))
            self.form.set_value(name, data[name])
            return
        self.form.clear_error(name)

    def _on_points_drawn(self, points: list) -> None:
        try:
            self.set_data({"points": points}, tr("Draw the target") if points else tr("Clear the drawn target"))
        except GraphError as e:
            self._show_message(str(e))

    def _on_class_points_drawn(self, points: list) -> None:
        try:
            self.set_data({"class_points": points}, tr("Draw points") if points else tr("Remove the drawn points"))
        except GraphError as e:
            self._show_message(str(e))

    def _on_choose_csv(self) -> None:
        self.csv_import.choose(self.document.project.data)

    def _on_csv_chosen(self, changes: dict, text: str) -> None:
        """Record the table's settings and the Input shape in one step; the Output is the user's to fix."""
        try:
            self.set_data(changes, text)
        except GraphError as e:
            self._show_message(str(e))
            return
        self._preview_timer.start()  # the same choices again change no setting: preview anyway

    def _set_features(self, value: Any) -> None:
        spec = next(s for s in DATA_PARAMS if s.name == "features")
        try:
            features = spec.validate(value)
        except ParamError as e:
            message = tr("{setting} {problem}: keep at least one feature", setting=tr(spec.label), problem=e)
            raise GraphError(message) from None
        self.set_data({"features": features}, tr("Use features: {n}", n=len(features)))

    def set_data(self, changes: dict[str, Any], text: str) -> None:
        """Change data settings and the Input layer's shape they imply, as one undo step.

        Raises ``GraphError`` (nothing changed) if a value is refused.
        """
        current = self.document.project.data
        cleaned, problems = validate_all(DATA_PARAMS, {**current, **changes}, "data")
        if problems:
            raise GraphError(problems[0])
        names = [name for name in changes if cleaned[name] != current[name]]
        shape = list(input_shape(cleaned))
        inputs = [n.id for n in self.document.project.graph.nodes_of_kind("Input") if n.params["shape"] != shape]
        if 0 in shape:  # a table before its file is chosen: no columns known yet, so the Input stays as it is
            inputs = []
        if not names and not inputs:
            return  # an empty macro would still be an undo step
        stack = self.document.undo_stack
        stack.beginMacro(text)
        try:
            for name in names:
                self.document.set_setting("data", name, cleaned[name])
            for node_id in inputs:
                self.document.push(SetParam(node_id, "shape", shape))
        finally:
            stack.endMacro()

    def _on_choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Choose a folder of class folders"), self._start_dir())
        if path:
            self.load_user_images(path)

    def _on_choose_npz(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose an .npz file of images and labels"), self._start_dir(),
            tr("NumPy archives (*.npz);;All files (*)"),
        )
        if path:
            self.load_user_images(path)

    def _start_dir(self) -> str:
        current = self.document.project.data["path"]
        return str(Path(current).parent) if current else ""

    def load_user_images(self, path: str) -> bool:
        """Check the user's images at ``path`` and record path, shape and classes (and the Input shape) as one
        undo step; a problem with the files is shown under the preview. True if the images were taken."""
        from playground.engine.data import DataError  # lazy: the engine's image code loads Pillow
        from playground.engine.images import inspect_user_images

        try:
            info = inspect_user_images(path)
        except DataError as e:
            self._show_message(str(e))
            return False
        changes = {
            "dataset": "user_images",
            "path": path,
            "image_shape": list(info.image_shape),
            "classes": info.n_classes,
        }
        try:
            self.set_data(changes, tr("Use images from {name}", name=Path(path).name))
        except GraphError as e:
            self._show_message(str(e))
            return False
        self.form.clear_error("path")
        self._preview_timer.start()  # the same path again changes no setting: preview anyway, hiding old errors
        return True

    # --- model → widgets -------------------------------------------------------------------

    def _on_settings_changed(self, section: str, name: str) -> None:
        if section != "data":
            return
        self.form.set_value(name, self.document.project.data[name])
        self.form.clear_error(name)
        self._update_rows()
        self._preview_timer.start()  # numpy only, a few milliseconds even for 20,000 points

    def _on_project_replaced(self) -> None:
        self.form.set_values(self.document.project.data)
        for spec in DATA_PARAMS:
            self.form.clear_error(spec.name)
        self._update_rows()
        self.update_preview()

    def _update_rows(self) -> None:
        """Show the rows that apply to the chosen dataset; the class count only where the user sets it."""
        data = self.document.project.data
        name = data["dataset"]
        info = DATASETS[name]
        self.form.set_visible_fields(data_fields(data))
        self.form.fields["classes"].setEnabled(name != "user_images")  # counted when the images are picked
        self.pick_row.setVisible(name == "user_images" or name in TABLE_DATASETS)
        self.choose_folder.setVisible(name == "user_images")
        self.choose_npz.setVisible(name == "user_images")
        self.choose_csv.setVisible(name in TABLE_DATASETS)
        drawn = name == "drawn"
        self.drawing.set_enabled(drawn)
        self.drawing.set_points(data["points"] if drawn else [])
        by_class = name == "drawn_points"
        self.class_picker.setVisible(by_class)
        if by_class:
            self.class_picker.set_classes(data["classes"])
        self.class_drawing.set_enabled(by_class)
        self.class_drawing.set_points(data["class_points"] if by_class else [])
        self.dataset_help.setText(tr(info.help))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def update_preview(self) -> None:
        """Regenerate or load the data (numpy only) and draw the points or the images."""
        from playground.engine.data import DataError, make_dataset  # lazy: keeps window start-up light

        self._preview_timer.stop()
        try:
            ds = make_dataset(self.document.project.data)
        except DataError as e:  # a missing or malformed file: the message says what to do
            self._clear_preview()
            self._show_message(str(e))
            name = self.document.project.data["dataset"]
            if name in ("drawn", "drawn_points"):  # nothing drawn yet: give a plane to draw on
                self.preview.setCurrentWidget(self.plot)
                side = DRAWING_HALF_SIDE if name == "drawn" else CLASS_DRAWING_HALF_SIDE
                self.plot.setRange(xRange=(-side, side), yRange=(-side, side), padding=0.02)
            return
        except Exception as e:  # a generator bug must not take the window down; say what happened
            self._clear_preview()
            self._show_message(tr("Cannot preview the data: {error}", error=e))
            return
        self.message.hide()
        if ds.kind == "images":
            self._draw_images(ds)
        elif ds.kind == "sequence":
            self.preview.setCurrentWidget(self.sequences)
            self.sequences.show_dataset(ds)
            self.caption.hide()
        elif ds.kind == "table":
            self._draw_table(ds)
        elif ds.kind == "corpus":  # word2vec's text: its words (ui.corpus_preview)
            show_corpus(self.preview, self.caption, ds)
        else:
            self._draw_points(ds)

    def _draw_table(self, ds: Any) -> None:
        """Two features: the rows as points; more: the first rows as a table. A caption either way."""
        if ds.x_train.shape[1] == 2:
            self._draw_points(ds)
        else:
            self.preview.setCurrentWidget(self.table)
            self.train_points.setData([], [])
            self.test_points.setData([], [])
            self.table.show_table(self.document.project.data)
        n_train, n_test = len(ds.x_train), len(ds.x_test)
        target = tr("{n} classes", n=ds.n_classes) if ds.n_classes else tr("a value")
        self.caption.setText(
            tr(
                "{rows} rows · {features} feature columns → {target} · {train} train / {test} test",
                rows=n_train + n_test, features=len(ds.features), target=target, train=n_train, test=n_test,
            )
            + f"\n{ds.source}"
        )
        self.caption.show()

    def _clear_preview(self) -> None:
        self.train_points.setData([], [])
        self.test_points.setData([], [])
        self.images.clear()
        if self._sequences is not None:
            self._sequences.show_dataset(None)
        self.table.show_table({"csv_path": ""})
        self.caption.clear()

    def _draw_points(self, ds: Any) -> None:
        self.preview.setCurrentWidget(self.plot)
        self.caption.hide()
        self.images.clear()
        draw_points(self.plot, self.train_points, self.test_points, ds)

    def _draw_images(self, ds: Any) -> None:
        """The first training images of each class, a row per class."""
        self.preview.setCurrentWidget(self.images)
        self.train_points.setData([], [])
        self.test_points.setData([], [])
        self.caption.setText(self.images.show_dataset(ds))
        self.caption.show()

    def point_counts(self) -> tuple[int, int]:
        """(train, test) points currently drawn."""
        return len(self.train_points.data), len(self.test_points.data)
