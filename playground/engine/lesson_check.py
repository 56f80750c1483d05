"""Run a lesson's outcome check headless: train the preset for ``check.steps`` and test each condition.

The check format is documented in ``graph.lessons``. A project with ``variants`` trains them side by side
through ``engine.compare.Comparison``; a plain project trains its own design. Everything runs on the CPU with one
thread, so results are the same on every machine the course is taught on.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

from playground.engine import probes
from playground.engine.train import DivergedError, TrainingError, make_trainer
from playground.graph.i18n import tr
from playground.graph.lessons import condition_text, variant_label_problems
from playground.graph.project import Project

COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
MEASURE_EVERY = 100
"""Steps between measurements (``record``), as the app measures while it trains: early stopping acts on them."""


class LessonCheckError(ValueError):
    """The lesson cannot be checked (no check, a condition naming a missing variant, an untrainable design)."""


@dataclass(frozen=True)
class CheckResult:
    """One condition of a lesson's check: its text, the values measured (by variant label), and the verdict."""

    condition: str
    measured: dict[str, float | None]
    passed: bool
    note: str = ""
    """Why the condition could not be measured (a diverged run, a metric the task has not), else empty."""


@dataclass
class CheckRun:
    """The measurements of a finished check run: metrics per variant label, steps and seconds."""

    labels: list[str]
    metrics: dict[str, dict[str, float | None]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    """Variants whose loss became NaN or infinite (label → message): only their ``diverged`` metric is measured."""
    steps: int = 0
    seconds: float = 0.0


def check_lesson(project: Project, steps: int | None = None) -> list[CheckResult]:
    """Train ``project`` for its lesson's ``check.steps`` (or ``steps``) and test every condition."""
    return evaluate_conditions(project, run_check(project, steps))


def run_check(project: Project, steps: int | None = None) -> CheckRun:
    """Train the project (each variant, if it has them) headless on the CPU and measure every metric."""
    check = project.lesson.get("check")
    if not check:
        raise LessonCheckError(tr("this project has no lesson check"))
    labels = [v["label"] for v in project.variants]
    problems = variant_label_problems(project.lesson, labels)
    if problems:
        raise LessonCheckError(problems[0])
    total = steps if steps is not None else check["steps"]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # small nets train fastest single-threaded, and results do not depend on the cores
    try:
        return _train(project, labels, total)
    finally:
        torch.set_num_threads(threads)


def _train(project: Project, labels: list[str], total: int) -> CheckRun:
    try:
        if project.variants:
            from playground.engine.compare import Comparison  # only comparisons need it

            comparison = Comparison(project, device="cpu")
            run = CheckRun(list(comparison.labels))
            trainers = list(comparison.trainers)
            stepper: Any = comparison
        else:
            trainer = make_trainer(project, "cpu")
            run, trainers, stepper = CheckRun([project.name or "design"]), [trainer], trainer
    except (TrainingError, ValueError) as e:
        raise LessonCheckError(tr("cannot train the lesson: {problem}", problem=str(e))) from None
    start = time.perf_counter()
    try:
        while run.steps < total:
            n = min(MEASURE_EVERY, total - run.steps)
            run.steps += n
            stepper.step(n)
            stepper.record()  # the history and early stopping, as in the app
    except DivergedError as e:  # a single design, or every variant of a comparison
        run.failures = dict.fromkeys(run.labels, str(e))
    run.seconds = time.perf_counter() - start
    for i, (label, trainer) in enumerate(zip(run.labels, trainers, strict=True)):
        failure = run.failures.get(label) or (comparison_failures(stepper)[i] if project.variants else "")
        if failure:
            run.failures[label] = failure
            run.metrics[label] = {"diverged": 1.0}
        else:
            run.metrics[label] = {**measure(trainer), "diverged": 0.0}
    return run


def comparison_failures(comparison: Any) -> list[str]:
    """Why each variant of a comparison stopped (empty text for those still training)."""
    return list(getattr(comparison, "failures", [""] * len(comparison.trainers)))


def measure(trainer: Any) -> dict[str, float | None]:
    """Every metric a condition can test, of a trainer after its last step (None where it does not apply)."""
    metrics: dict[str, float | None] = dict(trainer.evaluate())
    model = getattr(trainer, "model", None)  # a GAN trainer has two networks: no single gradient ratio
    norms = probes.grad_norms(model) if model is not None else {}
    order = [nid for nid in model.parameterised() if nid in norms] if model is not None else []
    first = norms[order[0]] if order else None
    last = norms[order[-1]] if order else None
    metrics["grad_first"], metrics["grad_last"] = first, last
    metrics["grad_ratio"] = first / last if first is not None and last else None
    return metrics


def evaluate_conditions(project: Project, run: CheckRun) -> list[CheckResult]:
    """The verdict on each condition of the project's lesson check, from a run's measurements."""
    results = []
    default = run.labels[0]
    for c in project.lesson["check"]["conditions"]:
        labels = [c.get("variant", default), *([c["than"]] if "than" in c else [])]
        measured = {label: run.metrics[label].get(c["metric"]) for label in labels}
        left = measured[labels[0]]
        right = measured[labels[1]] if "than" in c else c["value"]
        text = condition_text(c)
        if left is None or right is None:
            failed = [label for label in labels if label in run.failures]
            if failed:
                note = tr("training stopped: {reason}", reason=run.failures[failed[0]])
            else:
                note = tr("{metric} is not measured for this design", metric=c["metric"])
            results.append(CheckResult(text, measured, False, note))
            continue
        results.append(CheckResult(text, measured, COMPARE[c["op"]](left, right)))
    return results


def lesson_report(project: Project, steps: int | None = None) -> str:
    """The check of a lesson as text for a terminal: one line per condition with what was measured."""
    run = run_check(project, steps)
    return report_text(project, run, evaluate_conditions(project, run))


def report_text(project: Project, run: CheckRun, results: list[CheckResult]) -> str:
    """``results`` of a lesson's check as lines for a terminal, ending with how many conditions were met."""
    lesson = project.lesson
    lines = [
        tr("Lesson: {title}", title=lesson.get("title", project.name)),
        tr("trained {steps} steps in {seconds} s", steps=run.steps, seconds=f"{run.seconds:.2f}"),
    ]
    for r in results:
        verdict = tr("PASS") if r.passed else tr("FAIL")
        values = ", ".join(f"{label} = {_fmt(v)}" for label, v in r.measured.items())
        detail = f"  ({values})" if values else ""
        lines.append(f"{verdict:<5} {r.condition}{detail}" + (f"  {r.note}" if r.note else ""))
    met = sum(r.passed for r in results)
    lines.append(tr("conditions met: {met} of {total}", met=met, total=len(results)))
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.4g}"
