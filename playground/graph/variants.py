"""Variants of a design trained side by side (A/B comparisons, lesson grids): each is the project's own
design with a few changes, or a whole graph of its own.

A variant is ``{"label": str, "graph"?: graph dict, "params"?: {node_id: {param: value}},
"training"?: {setting: value}, "row"?: str, "col"?: str}``. Variant 0 is the design in the editor
(normally without changes); the data is shared by all, so they learn the same problem from the same seed.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from playground.graph.layers import KINDS
from playground.graph.params import validate_all
from playground.graph.settings import TRAIN_PARAMS

if TYPE_CHECKING:
    from playground.graph.project import Project

MAX_VARIANTS = 16
VARIANT_KEYS = frozenset({"label", "graph", "params", "training", "row", "col"})


def check_variants(raw: Any, load_graph: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """Validate a project's ``variants`` list; ``load_graph(raw) -> (Graph, problems)`` reads a variant's graph."""
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], ["variants must be a list"]
    if len(raw) > MAX_VARIANTS:
        return [], [f"variants holds {len(raw)} designs; at most {MAX_VARIANTS} train side by side"]
    problems: list[str] = []
    labels: set[str] = set()
    cleaned: list[dict[str, Any]] = []
    for i, v in enumerate(raw):
        path = f"variants[{i}]"
        if not isinstance(v, dict):
            problems.append(f"{path} must be an object")
            continue
        problems += [f"{path}.{k} is not a known field" for k in v if k not in VARIANT_KEYS]
        label = v.get("label")
        if not isinstance(label, str) or not label.strip() or label in labels or len(label) > 60:
            problems.append(f"{path}.label must be a unique text of 1 to 60 characters")
            continue
        labels.add(label)
        out: dict[str, Any] = {"label": label}
        for key in ("row", "col"):
            if key in v:
                if not isinstance(v[key], str):
                    problems.append(f"{path}.{key} must be a text")
                else:
                    out[key] = v[key]
        if "graph" in v:
            graph, graph_problems = load_graph(v["graph"])
            problems += [f"{path}.{p}" for p in graph_problems]
            out["graph"] = graph.to_dict()
        if "training" in v:
            training = v["training"]
            if not isinstance(training, dict):
                problems.append(f"{path}.training must be an object")
            else:
                known = {s.name for s in TRAIN_PARAMS}
                problems += [f"{path}.training.{k} is not a known setting" for k in training if k not in known]
                specs = tuple(s for s in TRAIN_PARAMS if s.name in training)
                values, value_problems = validate_all(specs, training, f"{path}.training")
                problems += value_problems
                out["training"] = {k: values[k] for k in training if k in values}
        if "params" in v:
            params = v["params"]
            if not isinstance(params, dict) or not all(isinstance(p, dict) for p in params.values()):
                problems.append(f"{path}.params must map node ids to objects of parameter values")
            else:
                out["params"] = copy.deepcopy(params)
        cleaned.append(out)
    return cleaned, problems


def variant_project(project: Project, variant: dict[str, Any]) -> Project:
    """``project`` with ``variant``'s changes applied (its own ``variants`` emptied); raises ValueError with a
    readable reason if a change names a layer or parameter the design does not have."""
    from playground.graph.project import project_from_dict

    raw = project.to_dict()
    raw.pop("variants", None)
    raw.pop("lesson", None)  # an empty lesson object would not validate; a variant is no lesson of its own
    if "graph" in variant:
        raw["graph"] = copy.deepcopy(variant["graph"])
    raw["training"] = {**raw["training"], **variant.get("training", {})}
    nodes = {n["id"]: n for n in raw["graph"]["nodes"]}
    for node_id, values in variant.get("params", {}).items():
        node = nodes.get(node_id)
        if node is None:
            raise ValueError(f"variant {variant['label']!r} changes layer {node_id!r}, which the design does not have")
        known = {p.name for p in KINDS[node["kind"]].params}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"variant {variant['label']!r}: {node['kind']} has no parameter {unknown[0]!r}")
        node["params"] = {**node["params"], **values}
    return project_from_dict(raw)


def variant_projects(project: Project) -> list[tuple[str, Project]]:
    """(label, project) of every variant, in order; empty when the project compares nothing."""
    return [(v["label"], variant_project(project, v)) for v in project.variants]
