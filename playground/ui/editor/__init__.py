"""The node editor: a QGraphicsScene drawing the design, its view, and the dense-stack quick builder."""

from playground.ui.editor.quick_builder import QuickBuilder
from playground.ui.editor.scene import NodeScene
from playground.ui.editor.view import EditorView

__all__ = ["EditorView", "NodeScene", "QuickBuilder"]
