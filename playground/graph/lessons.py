"""A preset's lesson: what the lecturer reads in the Lessons gallery, and the outcome a test checks.

The format (a project's optional ``"lesson"`` object; every text is an English source the UI translates)::

    "lesson": {
      "title": "XOR needs a hidden layer",      # required, non-empty: the gallery's entry and the lesson strip
      "topic": "MLP and backprop",              # required, non-empty: the course section it is grouped under
      "order": 20,                              # required int: course order (the gallery sorts topics and
                                                #   lessons by it; leave gaps of 10 so others can slot in)
      "explanation": "One paragraph ...",       # required: what the lecturer reads out
      "watch": "The decision boundary ...",     # optional: what to watch for on screen
      "expect": "Test accuracy above 95% ...",  # optional: the expected outcome, one sentence, TRUE for the check
      "panels": ["ActivationCurvesPanel"],      # optional: plot panel class names the lesson opens
      "check": {                                # optional: the outcome test (``engine.lesson_check``)
        "steps": 1500,                          #   training steps, 1 .. MAX_CHECK_STEPS, trained headless on CPU
        "conditions": [                         #   1 or more; all must hold after the steps
          {"metric": "test_accuracy", "op": ">=", "value": 0.95},
          {"metric": "grad_ratio", "variant": "Sigmoid", "op": "<", "value": 0.01},
          {"metric": "test_loss", "variant": "Adam", "op": "<", "than": "SGD"}
        ]
      }
    }

A condition compares a metric (``METRICS``) with ``op`` (``OPS``) against a number (``value``) or against the same
metric of another variant (``than``: another variant's label; then ``variant`` is required). ``variant`` names one of
the project's ``variants`` by label (``graph.variants``); without it the condition measures the design itself (for a
project with variants: the first variant). Labels are checked against the variants by ``variant_label_problems``.

Course order of the bundled lessons (topic: orders), so new lessons slot in: Perceptron 100s, MLP and backprop 200s,
Activations 300s, Gradients 400s, Optimizers 500s, Regularization 600s, CNN 700s, Transfer learning 750s,
Autoencoders 800s, RNN 900s, Word embeddings 950s, GAN 1000s. Topics are listed in the order of their first lesson.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playground.graph.i18n import tr

LESSON_TEXTS = ("title", "topic", "explanation", "watch", "expect")
REQUIRED = ("title", "topic", "order", "explanation")
LESSON_KEYS = frozenset({*LESSON_TEXTS, "order", "panels", "check"})
CHECK_KEYS = frozenset({"steps", "conditions"})
CONDITION_KEYS = frozenset({"metric", "op", "value", "variant", "than"})
MAX_CHECK_STEPS = 100_000

METRICS: dict[str, str] = {
    "train_loss": "training loss (a GAN: the discriminator's loss; a perceptron: the share of errors)",
    "test_loss": "test loss (a GAN: the generator's loss)",
    "train_accuracy": "training accuracy, 0..1 (classification only)",
    "test_accuracy": "test accuracy, 0..1 (classification only)",
    "grad_ratio": "gradient norm of the first parameterised layer divided by that of the last, after the last step",
    "grad_first": "gradient norm of the first parameterised layer after the last step",
    "grad_last": "gradient norm of the last parameterised layer after the last step",
    "distance": "a GAN's energy distance between generated and real points (0: the same distribution)",
    "d_real": "a GAN's mean discriminator verdict on real points (0..1)",
    "d_fake": "a GAN's mean discriminator verdict on generated points (0..1)",
    "diverged": "1 if the loss became NaN or infinite and training stopped, else 0 (other metrics of such a run fail)",
}
"""The metrics a condition can test, with what each measures."""

OPS = ("<", "<=", ">", ">=")


def check_lesson(raw: Any) -> tuple[dict[str, Any], list[str]]:
    """Validate a project's ``lesson`` object; returns (lesson, problems), the lesson empty when not a lesson."""
    if raw is None:
        return {}, []
    if not isinstance(raw, dict):
        return {}, [tr("lesson must be an object")]
    problems = [tr("lesson.{key} is not a known field", key=k) for k in raw if k not in LESSON_KEYS]
    problems += [tr("lesson.{key} is missing", key=k) for k in REQUIRED if k not in raw]
    for key in LESSON_TEXTS:
        if key in raw and not isinstance(raw[key], str):
            problems.append(tr("lesson.{key} must be a text", key=key))
        elif key in ("title", "topic") and key in raw and not raw[key].strip():
            problems.append(tr("lesson.{key} must not be empty", key=key))
    if "order" in raw and (isinstance(raw["order"], bool) or not isinstance(raw["order"], int)):
        problems.append(tr("lesson.order must be an integer"))
    panels = raw.get("panels", [])
    if not isinstance(panels, list) or not all(isinstance(p, str) for p in panels):
        problems.append(tr("lesson.panels must be a list of panel names"))
    if "check" in raw:
        problems += check_problems(raw["check"])
    return (dict(raw) if not problems else {}), problems


def check_problems(check: Any) -> list[str]:
    """What is wrong with a lesson's ``check`` object (empty when it is valid)."""
    if not isinstance(check, dict):
        return [tr("lesson.check must be an object")]
    problems = [tr("lesson.check.{key} is not a known field", key=k) for k in check if k not in CHECK_KEYS]
    steps = check.get("steps")
    if isinstance(steps, bool) or not isinstance(steps, int) or not 1 <= steps <= MAX_CHECK_STEPS:
        problems.append(tr("lesson.check.steps must be an integer from 1 to {most}", most=MAX_CHECK_STEPS))
    conditions = check.get("conditions")
    if not isinstance(conditions, list) or not conditions:
        return [*problems, tr("lesson.check.conditions must be a non-empty list")]
    for i, condition in enumerate(conditions):
        problems += _condition_problems(condition, f"lesson.check.conditions[{i}]")
    return problems


def _condition_problems(c: Any, path: str) -> list[str]:
    if not isinstance(c, dict):
        return [tr("{path} must be an object", path=path)]
    problems = [tr("{path}.{key} is not a known field", path=path, key=k) for k in c if k not in CONDITION_KEYS]
    if not isinstance(c.get("metric"), str) or c["metric"] not in METRICS:  # a list or object is unhashable
        problems.append(tr("{path}.metric must be one of {names}", path=path, names=", ".join(METRICS)))
    if c.get("op") not in OPS:
        problems.append(tr("{path}.op must be one of {names}", path=path, names=" ".join(OPS)))
    for key in ("variant", "than"):
        if key in c and (not isinstance(c[key], str) or not c[key].strip()):
            problems.append(tr("{path}.{key} must be a variant's label", path=path, key=key))
    if ("value" in c) == ("than" in c):
        problems.append(tr("{path} needs either value (a number) or than (another variant's label)", path=path))
    elif "value" in c:
        value = c["value"]
        # an int is finite (math.isfinite(10**400) would raise OverflowError)
        if isinstance(value, bool) or not isinstance(value, int | float) or (
            isinstance(value, float) and not math.isfinite(value)
        ):
            problems.append(tr("{path}.value must be a finite number", path=path))
    elif "variant" not in c:
        problems.append(tr("{path}.than compares two variants: name the first with variant", path=path))
    return problems


def variant_label_problems(lesson: dict[str, Any], labels: list[str]) -> list[str]:
    """Conditions of ``lesson`` naming a variant that is not among ``labels`` (the project's variants)."""
    problems = []
    for i, c in enumerate(lesson.get("check", {}).get("conditions", [])):
        for key in ("variant", "than"):
            if key in c and c[key] not in labels:
                known = ", ".join(labels) if labels else tr("none: the project has no variants")
                problems.append(
                    tr(
                        "lesson.check.conditions[{index}].{key}: no variant is labelled '{label}' ({known})",
                        index=i,
                        key=key,
                        label=c[key],
                        known=known,
                    )
                )
    return problems


def condition_text(c: dict[str, Any]) -> str:
    """A condition as one line, e.g. ``test_accuracy[Adam] >= 0.95`` or ``test_loss[Adam] < test_loss[SGD]``."""
    left = f"{c['metric']}[{c['variant']}]" if "variant" in c else c["metric"]
    right = f"{c['metric']}[{c['than']}]" if "than" in c else f"{c['value']:g}"
    return f"{left} {c['op']} {right}"


@dataclass(frozen=True)
class LessonEntry:
    """One lesson of the gallery: the preset file it opens and its validated ``lesson`` object."""

    path: Path
    lesson: dict[str, Any]

    @property
    def title(self) -> str:
        return str(self.lesson["title"])

    @property
    def topic(self) -> str:
        return str(self.lesson["topic"])


def read_lessons(folder: Path) -> list[LessonEntry]:
    """The lessons of the presets in ``folder`` in course order; files that are no lesson or broken are skipped."""
    entries = []
    for path in sorted(folder.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # the gallery lists what it can read; opening a broken preset reports its problem
        lesson, problems = check_lesson(raw.get("lesson") if isinstance(raw, dict) else None)
        if lesson and not problems:
            entries.append(LessonEntry(path, lesson))
    return sorted(entries, key=lambda e: (e.lesson["order"], e.title))


def by_topic(entries: list[LessonEntry]) -> list[tuple[str, list[LessonEntry]]]:
    """Lessons grouped by topic; topics in the order of their first lesson, lessons in course order."""
    groups: dict[str, list[LessonEntry]] = {}
    for entry in sorted(entries, key=lambda e: (e.lesson["order"], e.title)):
        groups.setdefault(entry.topic, []).append(entry)
    return list(groups.items())
