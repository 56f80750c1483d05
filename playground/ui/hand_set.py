"""Hand-set networks follow their edits at once: a design with nothing to learn is rebuilt after every change.

A run normally goes stale when the design changes (the trained weights would be lost by a rebuild, so the user
chooses). A network of McCulloch–Pitts neurons has no learned weights: its weights are the parameters the lecturer
types into the inspector. Rebuilding it loses nothing, so the follower replaces the stale run by one of the edited
design straight away, and the truth table shows the new answers the moment a weight changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from playground.graph import GraphEvent
from playground.graph.classic_layers import HAND_SET_KINDS
from playground.ui.document import Document
from playground.ui.i18n import tr

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow
    from playground.ui.session import TrainingSession


def nothing_to_learn(document: Document) -> bool:
    """The design is valid, has hand-set neurons and no learnable weight at all."""
    report = document.report
    kinds = {node.kind for node in document.project.graph.nodes.values()}
    return report.ok and report.total_params == 0 and bool(kinds & HAND_SET_KINDS)


class HandSetFollower(QObject):
    """Rebuilds the session's run when an edit makes it stale and the design has nothing to learn."""

    def __init__(self, session: TrainingSession, document: Document) -> None:
        super().__init__(session)
        self.session = session
        self.document = document
        # Connected after the session's own handlers: by the time these run, the session has marked the run stale
        # (and the document has re-checked the design: its report is the edited design's).
        document.graph_changed.connect(self._on_graph_changed)
        document.settings_changed.connect(self._on_settings_changed)
        session.state_changed.connect(self._on_state_changed)

    def _on_graph_changed(self, event: GraphEvent) -> None:
        self._follow()

    def _on_settings_changed(self, section: str, name: str) -> None:
        self._follow()

    def _on_state_changed(self) -> None:
        # Play on a network with nothing to learn would only repeat the same answers: say so and stay paused.
        if self.session.playing and nothing_to_learn(self.document):
            self.session.pause()
            self.session.message.emit(
                tr("Nothing to learn: the weights are set by hand. Edit them in the inspector and the network follows")
            )

    def _follow(self) -> None:
        session = self.session
        if session.has_run and session.stale and nothing_to_learn(self.document):
            session.apply_changes()
            session.message.emit(tr("Hand-set weights: the network now computes with the new values"))


def install(window: MainWindow) -> HandSetFollower:
    """Let ``window``'s hand-set designs follow their edits at once (one line in ``MainWindow.__init__``)."""
    follower = HandSetFollower(window.session, window.document)
    window.hand_set = follower
    return follower
