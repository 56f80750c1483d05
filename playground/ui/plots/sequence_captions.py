"""The plain-words reading of one test sequence under the prediction panel ("target 0.83, predicted 0.79")."""

from __future__ import annotations

import numpy as np

from playground.engine.snapshot import SequenceView
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
        return (
            f"mean error {error:.3f} over {len(target)} steps · after the last step: "
            f"target {target[-1]:.2f}, predicted {predicted[-1]:.2f}"
        )
    t, p = float(target[0]), float(predicted[0])
    reading = f"target {t:.2f}"
    if view.markers is not None:
        hits = np.flatnonzero(view.markers[i] > 0.5)
        values = [float(view.series[i][h]) for h in hits]
        if len(values) == 2 and abs(sum(values) - t) < 1e-3:
            reading += f" = {values[0]:.2f} + {values[1]:.2f} (the marked values)"
    return f"{reading}, predicted {p:.2f} · error {abs(p - t):.2f}"


def symbol_caption(view: SequenceView, i: int, names: tuple[str, ...] | str) -> str:
    """The plain-words reading of symbol sequence ``i``: what was asked, what came out and how sure."""
    target = np.asarray(view.targets[i]).reshape(-1).astype(np.int64)
    predicted = np.asarray(view.predictions[i]).reshape(-1).astype(np.int64)
    probs = None if view.probabilities is None else np.asarray(view.probabilities[i], np.float64).reshape(-1)
    if view.target_mode == "every":
        right = int(np.sum(target == predicted))
        text = f"{right} of {len(target)} next symbols right"
        return text + (f" · mean p(target) = {float(np.mean(probs)):.2f}" if probs is not None else "")
    want, got = int(target[0]), int(predicted[0])
    first = int(np.asarray(view.series[i]).reshape(-1)[0])
    asked = "first symbol" if want == first else "target"
    want_name, got_name = visible_symbol(symbol_name(want, names)), visible_symbol(symbol_name(got, names))
    if want == got:
        sure = f" (p = {probs[0]:.2f})" if probs is not None else ""
        return f"{asked} {want_name}, predicted {got_name}{sure} ✓"
    sure = f" ({want_name} got p = {probs[0]:.2f})" if probs is not None else ""
    return f"{asked} {want_name}, predicted {got_name} ✗{sure}"
