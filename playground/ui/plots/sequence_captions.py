"""The plain-words reading of one test sequence under the prediction panel ("target 0.83, predicted 0.79")."""

from __future__ import annotations

import numpy as np

from playground.engine.snapshot import SequenceView
from playground.ui.i18n import tr
from playground.ui.plots.sequence_preview import symbol_name, visible_symbol


def is_classification(view: SequenceView) -> bool:
    """Whether the view holds class ids (symbols) rather than values."""
    return view.probabilities is not None or np.issubdtype(np.asarray(view.targets).dtype, np.integer)


def value_caption(view: SequenceView, i: int) -> str:
    """The plain-words reading of regression sequence ``i``: the target, the prediction and the error."""
    target = np.asarray(view.targets[i], dtype=np.float64).reshape(-1)
    predicted = np.asarray(view.predictions[i], dtype=np.float64).reshape(-1)
    if view.target_mode == "every":
        error = float(np.mean(np.abs(predicted - target)))
        return tr(
            "mean error {error} over {steps} steps · after the last step: target {target}, predicted {predicted}",
            error=f"{error:.3f}",
            steps=len(target),
            target=f"{target[-1]:.2f}",
            predicted=f"{predicted[-1]:.2f}",
        )
    t, p = float(target[0]), float(predicted[0])
    if view.markers is not None:
        hits = np.flatnonzero(view.markers[i] > 0.5)
        values = [float(view.series[i][h]) for h in hits]
        if len(values) == 2 and abs(sum(values) - t) < 1e-3:
            return tr(
                "target {target} = {first} + {second} (the marked values), predicted {predicted} · error {error}",
                target=f"{t:.2f}",
                first=f"{values[0]:.2f}",
                second=f"{values[1]:.2f}",
                predicted=f"{p:.2f}",
                error=f"{abs(p - t):.2f}",
            )
    return tr(
        "target {target}, predicted {predicted} · error {error}",
        target=f"{t:.2f}",
        predicted=f"{p:.2f}",
        error=f"{abs(p - t):.2f}",
    )


def symbol_caption(view: SequenceView, i: int, names: tuple[str, ...] | str) -> str:
    """The plain-words reading of symbol sequence ``i``: what was asked, what came out and how sure."""
    target = np.asarray(view.targets[i]).reshape(-1).astype(np.int64)
    predicted = np.asarray(view.predictions[i]).reshape(-1).astype(np.int64)
    probs = None if view.probabilities is None else np.asarray(view.probabilities[i], np.float64).reshape(-1)
    if view.target_mode == "every":
        right = int(np.sum(target == predicted))
        if probs is None:
            return tr("{right} of {total} next symbols right", right=right, total=len(target))
        return tr(
            "{right} of {total} next symbols right · mean p(target) = {p}",
            right=right,
            total=len(target),
            p=f"{float(np.mean(probs)):.2f}",
        )
    want, got = int(target[0]), int(predicted[0])
    first = int(np.asarray(view.series[i]).reshape(-1)[0])
    want_name, got_name = visible_symbol(symbol_name(want, names)), visible_symbol(symbol_name(got, names))
    values = {"want": want_name, "got": got_name, "p": f"{probs[0]:.2f}" if probs is not None else ""}
    if want == first:  # the task asks the sequence's first symbol back
        if want == got:
            if probs is None:
                return tr("first symbol {want}, predicted {got} ✓", **values)
            return tr("first symbol {want}, predicted {got} (p = {p}) ✓", **values)
        if probs is None:
            return tr("first symbol {want}, predicted {got} ✗", **values)
        return tr("first symbol {want}, predicted {got} ✗ ({want} got p = {p})", **values)
    if want == got:
        if probs is None:
            return tr("target {want}, predicted {got} ✓", **values)
        return tr("target {want}, predicted {got} (p = {p}) ✓", **values)
    if probs is None:
        return tr("target {want}, predicted {got} ✗", **values)
    return tr("target {want}, predicted {got} ✗ ({want} got p = {p})", **values)
