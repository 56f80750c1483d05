"""The network design: layer registry, graph, reversible edits, shape inference, project files.

Pure Python: importing this package loads neither torch nor Qt, so the editor can check a
design instantly.
"""

from playground.graph.commands import (
    AddNode,
    Command,
    Connect,
    Disconnect,
    History,
    Macro,
    Move,
    RemoveNodes,
    Rename,
    SetParam,
    copy_nodes,
    paste_nodes,
)
from playground.graph.graph import Edge, Graph, GraphError, GraphEvent, Node
from playground.graph.layers import CATEGORIES, KINDS, LayerKind, Shape, ShapeError, fmt_shape, kind
from playground.graph.params import ParamError, ParamSpec
from playground.graph.project import Project, ProjectError, load_project, read_project, save_project
from playground.graph.shapes import DataInfo, ShapeReport, infer_shapes

__all__ = [
    "AddNode",
    "CATEGORIES",
    "Command",
    "Connect",
    "DataInfo",
    "Disconnect",
    "Edge",
    "Graph",
    "GraphError",
    "GraphEvent",
    "History",
    "KINDS",
    "LayerKind",
    "Macro",
    "Move",
    "Node",
    "ParamError",
    "ParamSpec",
    "Project",
    "ProjectError",
    "RemoveNodes",
    "Rename",
    "SetParam",
    "Shape",
    "ShapeError",
    "ShapeReport",
    "copy_nodes",
    "fmt_shape",
    "infer_shapes",
    "kind",
    "load_project",
    "paste_nodes",
    "read_project",
    "save_project",
]
