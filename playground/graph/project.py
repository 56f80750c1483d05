"""The project file: design graph + data settings + training settings + view, as versioned JSON.

``load_project`` validates everything and reports each problem by its path in the file
(``graph.nodes[3].params.units must be an integer from 1 to 4096, got -4``). Saving is
deterministic (save → load → save gives the same bytes) and atomic.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playground.graph.datasets import word_vocab
from playground.graph.graph import MAX_COORD, Edge, Graph, GraphError, Node
from playground.graph.i18n import tr
from playground.graph.layers import KINDS
from playground.graph.lessons import check_lesson
from playground.graph.params import defaults, validate_all
from playground.graph.settings import DATA_PARAMS, DATASETS, TRAIN_PARAMS, input_shape, n_classes, target_shape
from playground.graph.shapes import DataInfo, ShapeReport, infer_shapes
from playground.graph.variants import check_variants

FORMAT = "nn-playground-project"
VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PROBLEMS = 20

# Migrations from version N to N + 1, applied in order to older files.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ProjectError(ValueError):
    """A project file cannot be loaded; ``problems`` lists every reason found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:MAX_PROBLEMS]
        more = "\n" + tr("… and {n} more", n=len(problems) - len(shown)) if len(problems) > len(shown) else ""
        super().__init__("\n".join(shown) + more)


@dataclass
class Project:
    graph: Graph = field(default_factory=Graph)
    data: dict[str, Any] = field(default_factory=lambda: defaults(DATA_PARAMS))
    training: dict[str, Any] = field(default_factory=lambda: defaults(TRAIN_PARAMS))
    name: str = ""
    description: str = ""
    view: dict[str, Any] = field(default_factory=dict)
    lesson: dict[str, Any] = field(default_factory=dict)
    """The Lessons gallery's texts and the outcome check (``graph.lessons``); empty for a plain project."""
    variants: list[dict[str, Any]] = field(default_factory=list)
    """Designs trained side by side with this one (``graph.variants``); empty when nothing is compared."""

    def data_info(self) -> DataInfo:
        info = DATASETS[self.data["dataset"]]
        shape = input_shape(self.data)
        return DataInfo(
            n_features=math.prod(shape),
            task=info.task,
            n_classes=n_classes(self.data),
            image_shape=shape if info.kind == "images" else (),
            kind=info.kind,
            sample_shape=shape if info.kind == "sequence" else (),
            target_shape=target_shape(self.data),
            vocab=word_vocab(self.data),
        )

    def check(self) -> ShapeReport:
        """Shape inference against this project's data."""
        return infer_shapes(self.graph, self.data_info())

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "name": self.name,
            "description": self.description,
            "graph": self.graph.to_dict(),
            "data": dict(self.data),
            "training": dict(self.training),
            "view": self.view,
            **({"lesson": self.lesson} if self.lesson else {}),
            **({"variants": self.variants} if self.variants else {}),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


def load_project(text: str | bytes) -> Project:
    """Parse and validate project JSON; raises ``ProjectError`` with every problem found."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise ProjectError([tr("the file is not UTF-8 text; is it really an NN Playground project?")]) from None
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as e:  # ValueError also covers integers too long to convert
        if isinstance(e, json.JSONDecodeError):
            problem = tr(
                "the file is not valid JSON (line {line}, column {column}): {why}",
                line=e.lineno,
                column=e.colno,
                why=e.msg[:120],
            )
        else:
            why = tr("nested too deeply") if isinstance(e, RecursionError) else tr("a number has too many digits")
            problem = tr("the file is not valid JSON: {why}", why=why[:120])
        raise ProjectError([problem]) from None
    return project_from_dict(raw)


def project_from_dict(raw: Any) -> Project:
    if not isinstance(raw, dict):
        raise ProjectError([tr("the file must hold a JSON object")])
    if raw.get("format") != FORMAT:
        raise ProjectError(
            [
                tr(
                    "this is not an NN Playground project (format is {found}, expected {expected})",
                    found=repr(str(raw.get("format"))[:40]),
                    expected=repr(FORMAT),
                )
            ]
        )
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ProjectError([tr("version must be a positive integer, got {value}", value=str(version)[:40])])
    if version > VERSION:
        raise ProjectError(
            [
                tr(
                    "this project was saved by a newer NN Playground (file version {version}, this app reads up to "
                    "{supported}): update the app to open it",
                    version=version,
                    supported=VERSION,
                )
            ]
        )
    for v in range(version, VERSION):
        raw = MIGRATIONS[v](raw)

    problems: list[str] = []
    known = {"format", "version", "name", "description", "graph", "data", "training", "view", "lesson", "variants"}
    problems += [tr("{field} is not a known field", field=k) for k in raw if k not in known]
    name, description = raw.get("name", ""), raw.get("description", "")
    for key, value in (("name", name), ("description", description)):
        if not isinstance(value, str):
            problems.append(tr("{field} must be a text", field=key))
    view = raw.get("view", {})
    if not isinstance(view, dict):
        problems.append(tr("{path} must be an object", path="view"))
    data, data_problems = validate_all(DATA_PARAMS, raw.get("data", {}), "data")
    training, train_problems = validate_all(TRAIN_PARAMS, raw.get("training", {}), "training")
    if "image_shape" in data and len(data["image_shape"]) != 3:
        data_problems.append(
            tr(
                "{path} must be [channels, height, width], got {value}",
                path="data.image_shape",
                value=data["image_shape"],
            )
        )
    graph, graph_problems = _load_graph(raw.get("graph"))
    lesson, lesson_problems = check_lesson(raw.get("lesson"))
    variants, variant_problems = check_variants(raw.get("variants"), _load_graph)
    problems += graph_problems + data_problems + train_problems + lesson_problems + variant_problems
    if problems:
        raise ProjectError(problems)
    return Project(graph, data, training, str(name), str(description), view, lesson, variants)


def _load_graph(raw: Any) -> tuple[Graph, list[str]]:
    graph = Graph()
    if not isinstance(raw, dict):
        return graph, [tr("graph must be an object with nodes and edges")]
    nodes_raw, edges_raw = raw.get("nodes"), raw.get("edges", [])
    if not isinstance(nodes_raw, list) or not isinstance(edges_raw, list):
        return graph, [tr("graph.nodes and graph.edges must be lists")]
    problems: list[str] = []
    nodes: list[Node] = []
    ids: set[str] = set()
    names: set[str] = set()
    for i, n in enumerate(nodes_raw):
        path = f"graph.nodes[{i}]"
        if not isinstance(n, dict):
            problems.append(tr("{path} must be an object", path=path))
            continue
        nid, kind_id, name, pos = n.get("id"), n.get("kind"), n.get("name"), n.get("pos", [0, 0])
        if not isinstance(nid, str) or not nid or nid in ids or len(nid) > 60:
            problems.append(
                tr("{path} must be a unique non-empty text, got {value}", path=f"{path}.id", value=repr(str(nid)[:40]))
            )
            continue
        if not isinstance(kind_id, str) or kind_id not in KINDS:
            problems.append(
                tr(
                    "{path} {value} is not a known layer kind ({kinds})",
                    path=f"{path}.kind",
                    value=repr(str(kind_id)[:40]),
                    kinds=", ".join(KINDS),
                )
            )
            continue
        name = name.strip() if isinstance(name, str) else name  # as the editor stores names
        if not isinstance(name, str) or not name or len(name) > 60 or name in names:
            problems.append(tr("{path} must be a unique text of 1 to 60 characters", path=f"{path}.name"))
            continue
        if (
            not isinstance(pos, list)
            or len(pos) != 2
            or any(isinstance(v, bool) or not isinstance(v, (int, float)) or not abs(v) <= MAX_COORD for v in pos)
        ):
            problems.append(tr("{path} must be two numbers [x, y]", path=f"{path}.pos"))
            continue
        params, param_problems = validate_all(KINDS[kind_id].params, n.get("params", {}), f"{path}.params")
        problems += param_problems
        ids.add(nid)
        names.add(name)
        nodes.append(Node(nid, kind_id, name, params, (float(pos[0]), float(pos[1]))))
    if problems:
        return graph, problems
    graph.replace(nodes, [])
    for j, e in enumerate(edges_raw):
        path = f"graph.edges[{j}]"
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in ("src", "dst")):
            problems.append(tr("{path} must be an object with src and dst node ids", path=path))
            continue
        port = e.get("port", "in")
        if not isinstance(port, str):
            problems.append(tr("{field} must be a text", field=f"{path}.port"))
            continue
        try:
            graph.insert_edge(Edge(e["src"], e["dst"], port))
        except GraphError as err:
            problems.append(tr("{path}: {problem}", path=path, problem=err))
    return graph, problems


def read_project(path: str | os.PathLike[str]) -> Project:
    """Load a project file; any failure (missing, too big, invalid) is a ``ProjectError``."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(
                [tr("{file} is {mb} MB; a project file is at most 20 MB", file=p.name, mb=size // 1_000_000)]
            )
        data = p.read_bytes()
    except OSError as e:
        raise ProjectError([tr("cannot read {path}: {reason}", path=p, reason=e.strerror or e)]) from None
    return load_project(data)


BUNDLE_SUFFIX = ".nnpz"
"""A run saved with its weights (``engine.bundle``): a zip holding ``project.json`` and the trained state."""


def read_bundle_project(path: str | os.PathLike[str]) -> Project:
    """The project inside a run bundle, without its weights (no torch): what the window shows while the
    training worker restores the run. Any failure is a ``ProjectError``; the worker checks the rest."""
    p = Path(path)
    try:
        with zipfile.ZipFile(p) as archive:
            info = archive.getinfo("project.json")
            if info.file_size > MAX_FILE_BYTES:
                raise ProjectError([tr("the project inside {file} is larger than 20 MB", file=p.name)])
            data = archive.read(info)
    except KeyError:
        raise ProjectError(
            [tr("{file} holds no project.json: is it really a run saved by NN Playground?", file=p.name)]
        ) from None
    except ProjectError:
        raise
    # A damaged or hostile zip also raises these (encrypted or unknown compression, "zip file version", bad names).
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as e:
        reason = str(e) or type(e).__name__  # an EOFError says nothing itself
        raise ProjectError([tr("{file} cannot be read as a saved run: {reason}", file=p.name, reason=reason)]) from None
    return load_project(data)


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder, fsync, then rename.

    On failure the old file is untouched and ``OSError`` propagates for the caller to report.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    atomic_write(path, project.to_json().encode("utf-8"))
