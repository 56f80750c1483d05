"""The training dock: run state, counters, a notice banner, the run buttons and every training setting.

Settings are edited through the same ``ParamForm`` as the inspector and the data panel: edits go
to ``Document.set_setting`` (undoable), the loss to the Output layer via ``SetParam``. Only the
parameters of the chosen optimizer are shown (momentum for momentum/Nesterov, betas for
Adam/NAdam, rho for RMSProp, eps for the adaptive ones); the perceptron rule shows none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.graph import GraphError, GraphEvent, Project, SetParam
from playground.graph.layers import KINDS
from playground.graph.settings import DATASETS, TRAIN_PARAMS
from playground.ui.document import Document
from playground.ui.forms import ParamForm
from playground.ui.i18n import tr
from playground.ui.run_status import counters_text, state_text
from playground.ui.session import TrainingSession
from playground.ui.theme import ERROR_COLOR

LOSS_SPEC = next(s for s in KINDS["Output"].params if s.name == "loss")
OPTIMIZER_PARAMS: dict[str, tuple[str, ...]] = {
    "sgd": (),
    "momentum": ("momentum",),
    "nesterov": ("momentum",),
    "adagrad": ("eps",),
    "rmsprop": ("rho", "eps"),
    "adam": ("beta1", "beta2", "eps"),
    "nadam": ("beta1", "beta2", "eps"),
}
ALL_OPTIMIZER_PARAMS = frozenset(p for names in OPTIMIZER_PARAMS.values() for p in names)
BACKPROP_ONLY = frozenset({"optimizer", "loss", "l1", "l2", "clip_norm"}) | ALL_OPTIMIZER_PARAMS
_ORDER = ("mode", "gan_update", "optimizer", "loss", "gan_loss", "lr", "batch_size", "k_d", "k_g", "momentum",
          "beta1", "beta2", "rho", "eps", "l1", "l2", "clip_norm", "corruption", "corruption_level", "augment_shift",
          "pretrain", "pretrain_steps", "seed")
GAN_ONLY = frozenset({"gan_update", "gan_loss", "k_d", "k_g"})
VISIBILITY_SETTINGS = frozenset({"optimizer", "mode", "pretrain"})
"""Training settings whose value decides which other settings show."""
_SPECS = {s.name: s for s in TRAIN_PARAMS} | {"loss": LOSS_SPEC}
SETTING_SPECS = tuple(_SPECS[name] for name in _ORDER)
"""What the dock edits: the training settings (not the headless ``steps``) plus the Output's loss."""

if TYPE_CHECKING:
    from playground.ui.training_toolbar import TrainingActions

_WARN_COLOR = "#8A5A00"
_WARN_BACKGROUND = "#FFF4D6"
_ERROR_BACKGROUND = "#FBE3E0"


def visible_settings(project: Project) -> set[str]:
    """The training settings that matter for ``project``: its data, its head's task, mode and optimizer.

    A GAN shows its own loss and update counts (its heads' losses are fixed by the GAN loss); the perceptron
    rule works on 2D points only and uses no optimizer; denoising needs an autoencoder, shifting needs images.
    """
    training = project.training
    data_kind = DATASETS[project.data["dataset"]].kind
    outputs = project.graph.nodes_of_kind("Output")
    task = outputs[0].params["task"] if len(outputs) == 1 else ""
    gan = data_kind == "gan"
    backprop = training["mode"] == "backprop" or data_kind != "points"
    shown = {s.name for s in SETTING_SPECS} - ALL_OPTIMIZER_PARAMS - GAN_ONLY
    if backprop:
        shown |= set(OPTIMIZER_PARAMS.get(training["optimizer"], ()))
    else:
        shown -= BACKPROP_ONLY
    if gan:
        shown = (shown | GAN_ONLY) - {"loss"}
    if data_kind != "points":
        shown.discard("mode")
    if task != "reconstruction":
        shown -= {"corruption", "corruption_level"}
    if data_kind != "images":
        shown.discard("augment_shift")
    kinds = {node.kind for node in project.graph.nodes.values()}
    if training["pretrain"] == "none" and not (kinds & {"RBM", "Conv2d"} and data_kind in ("points", "images")):
        shown.discard("pretrain")  # nothing in the design that a pretraining could train
    if training["pretrain"] == "none":
        shown.discard("pretrain_steps")
    return shown


class TrainingFormBinding(QObject):
    """Keeps a ``ParamForm`` of training settings (and the Output's loss) in step with the document."""

    def __init__(self, form: ParamForm, document: Document) -> None:
        super().__init__(form)
        self.form = form
        self.document = document
        form.edited.connect(self._on_edited)
        document.settings_changed.connect(self._on_settings_changed)
        document.graph_changed.connect(self._on_graph_changed)
        document.project_replaced.connect(self.refresh)
        self.refresh()

    def output_id(self) -> str | None:
        """The single Output layer whose loss the form edits (None when there is not exactly one)."""
        outputs = self.document.project.graph.nodes_of_kind("Output")
        return outputs[0].id if len(outputs) == 1 else None

    def refresh(self) -> None:
        training = self.document.project.training
        self.form.set_values({k: v for k, v in training.items() if k in self.form.fields})
        for name in self.form.fields:
            self.form.clear_error(name)
        self._refresh_loss()

    def _refresh_loss(self) -> None:
        if "loss" not in self.form.fields:
            return
        nid = self.output_id()
        field = self.form.fields["loss"]
        field.setEnabled(nid is not None)
        if nid is not None:
            self.form.set_value("loss", self.document.project.graph.nodes[nid].params["loss"])

    def _on_edited(self, name: str, value: Any) -> None:
        try:
            if name == "loss":
                nid = self.output_id()
                if nid is None or self.document.project.graph.nodes[nid].params["loss"] == value:
                    return
                self.document.push(SetParam(nid, "loss", value))
            else:
                self.document.set_setting("training", name, value)
        except GraphError as e:
            self.form.show_error(name, str(e))
            self.refresh_one(name)
            return
        self.form.clear_error(name)

    def refresh_one(self, name: str) -> None:
        if name == "loss":
            self._refresh_loss()
        else:
            self.form.set_value(name, self.document.project.training[name])

    def _on_settings_changed(self, section: str, name: str) -> None:
        if section == "training" and name in self.form.fields:
            self.form.set_value(name, self.document.project.training[name])
            self.form.clear_error(name)

    def _on_graph_changed(self, event: GraphEvent) -> None:
        if event.type in ("param_changed", "node_added", "node_removed", "reset"):
            self._refresh_loss()


class Banner(QFrame):
    """A non-blocking notice at the top of the dock: text plus up to two buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.primary = QPushButton()
        self.secondary = QPushButton()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.primary)
        buttons.addWidget(self.secondary)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.hide()

    def show_notice(self, text: str, error: bool, primary: str = "", secondary: str = "") -> None:
        colour, background = (ERROR_COLOR, _ERROR_BACKGROUND) if error else (_WARN_COLOR, _WARN_BACKGROUND)
        self.setStyleSheet(
            f"Banner {{ background: {background}; border: 1px solid {colour}; border-radius: 4px; }}"
            f"QLabel {{ color: {colour}; }}"
        )
        self.text.setText(text)
        for button, label in ((self.primary, primary), (self.secondary, secondary)):
            button.setText(label)
            button.setVisible(bool(label))
        self.show()


class TrainingPanel(QWidget):
    """The content of the Training dock (see the module docstring)."""

    def __init__(self, session: TrainingSession, actions: TrainingActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document = session.document
        self.state_label = QLabel()
        self.state_label.setStyleSheet("font-weight: bold;")
        self.state_label.setToolTip(tr("What the run is doing"))
        self.counters = QLabel()
        self.counters.setToolTip(tr("Update steps done, passes over the training data, and training speed"))
        self.banner = Banner()
        self.banner.primary.clicked.connect(self._on_banner_primary)
        self.banner.secondary.clicked.connect(self._on_banner_secondary)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for action in actions.all():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space keeps toggling Play, not "clicking"
            buttons.addWidget(button)
            self.buttons[action.text()] = button
        buttons.addStretch(1)

        self.form = ParamForm(SETTING_SPECS)
        self.binding = TrainingFormBinding(self.form, self.document)
        self.form.edited.connect(self._on_form_edited)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        head.addWidget(self.state_label)
        head.addStretch(1)
        head.addWidget(self.counters)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addStretch(1)

        session.state_changed.connect(self.update_state)
        session.snapshot_changed.connect(self._on_snapshot)
        self.document.settings_changed.connect(self._on_settings_changed)
        self.document.project_replaced.connect(self.update_visible_settings)
        self.document.graph_changed.connect(self._on_graph_changed)
        self.update_visible_settings()
        self.update_state()

    # --- session → widgets -------------------------------------------------------------------

    def _on_snapshot(self, snapshot: object) -> None:
        self.counters.setText(counters_text(self.session))

    def update_state(self) -> None:
        session = self.session
        self.state_label.setText(state_text(session))
        self.counters.setText(counters_text(session))
        if session.failure:
            self.banner.show_notice(session.failure, error=True, primary=tr("Reset"), secondary=tr("Dismiss"))
        elif session.stale and not session.kept_old:
            self.banner.show_notice(
                tr(
                    "The design changed since this run started: the plots show the network trained before the "
                    "edit. Reset the run to apply the change?"
                ),
                error=False, primary=tr("Reset to apply"), secondary=tr("Keep training the old network"),
            )
        else:
            self.banner.hide()

    def banner_text(self) -> str:
        return self.banner.text.text() if self.banner.isVisibleTo(self) else ""

    def _on_banner_primary(self) -> None:
        if self.session.failure:
            self.session.failure = ""
            self.session.reset()
        else:
            self.session.apply_changes()

    def _on_banner_secondary(self) -> None:
        if self.session.failure:
            self.session.failure = ""
            self.update_state()
        else:
            self.session.keep_old_run()

    # --- which settings show ---------------------------------------------------------------

    def _on_form_edited(self, name: str, value: Any) -> None:
        if name in VISIBILITY_SETTINGS:
            self.update_visible_settings()

    def _on_settings_changed(self, section: str, name: str) -> None:
        if section == "data" and name == "dataset" or section == "training" and name in VISIBILITY_SETTINGS:
            self.update_visible_settings()

    def _on_graph_changed(self, event: GraphEvent) -> None:
        if event.type in ("param_changed", "node_added", "node_removed", "reset"):
            self.update_visible_settings()  # the Output's task decides whether denoising applies

    def update_visible_settings(self) -> None:
        """Show only the settings the chosen data, task, mode and optimizer use."""
        self.form.set_visible_fields(visible_settings(self.document.project))

    def setting_visible(self, name: str) -> bool:
        return self.form.fields[name].isVisibleTo(self.form)
