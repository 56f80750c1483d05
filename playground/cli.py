"""Headless commands: ``train``, ``export`` and ``info`` on a project file. No Qt is imported here.

Every failure a user can cause (bad arguments, unreadable or invalid project, untrainable design)
ends with exit code 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from playground import __version__

if TYPE_CHECKING:
    from playground.graph import Project

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
LANGUAGE_CODES = ("en", "uk", "ru")
"""The app's languages (``ui.i18n.LANGUAGES``, stated here so the CLI needs no Qt)."""
DEVICES = ("auto", "cpu", "cuda", "mps")
"""Where training runs (``engine.run_setup.DEVICE_CHOICES``, stated here so parsing imports no torch)."""
EXPORT_FORMATS = ("pt", "safetensors", "pt2", "onnx", "python", "word2vec")
"""The ids of ``engine.export_formats.FORMATS`` (a test keeps them equal), stated here so that parsing the
command line imports nothing else: the app's start-up splash waits for it."""


class UsageError(Exception):
    """Bad command-line use; its message is printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line instead of argparse's usage block
        raise UsageError(f"{message} (see nn-playground --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="nn-playground", description="NN Playground: build, train and export neural networks.")
    parser.add_argument("--version", action="version", version=f"nn-playground {__version__}")
    lang_help = "language of the window: en, uk or ru (default: the one chosen last, else the system's)"
    parser.add_argument("--lang", choices=LANGUAGE_CODES, help=lang_help)
    device_help = "where the app trains: auto (the default: CUDA or MPS for image and sequence models), cpu, cuda, mps"
    parser.add_argument("--device", dest="gui_device", choices=DEVICES, help=device_help)
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="",
        metavar="PNG",
        help="check that the app works without a screen (resources, window, 50 training steps), save a screenshot "
        "(to PNG, else a temporary folder) and exit 0 if all is well",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.add_argument("project", nargs="?", help="project file to open")
    gui.add_argument("--lang", choices=LANGUAGE_CODES, default=argparse.SUPPRESS, help=lang_help)
    gui.add_argument("--device", dest="gui_device", choices=DEVICES, default=argparse.SUPPRESS, help=device_help)
    train = sub.add_parser("train", help="train a project headless and print the final metrics")
    train.add_argument("project", help="project file (.json), or a run bundle (.nnpz) to go on training")
    train.add_argument(
        "--steps",
        type=int,
        help="update steps, more steps for a bundle (default: up to the project's training.steps in all)",
    )
    train.add_argument("--seed", type=int, help="override the project's training seed (not for a bundle)")
    train.add_argument(
        "--device", default="cpu", help="cpu (default), cuda, mps, or auto (CUDA or MPS for image models when present)"
    )
    train.add_argument("--json", action="store_true", help="print one JSON object with the final metrics")
    train.add_argument(
        "--save-bundle",
        metavar="OUT.nnpz",
        help="after training, save the project with its trained run (weights, optimizer, history) to OUT.nnpz",
    )
    export = sub.add_parser("export", help="write the project's network to a file that works outside the app")
    export.add_argument("project", help="project file (.json)")
    export.add_argument(
        "--format",
        "-f",
        required=True,
        choices=EXPORT_FORMATS,
        help="pt: weights + design for torch.load; safetensors: weights + design; pt2: torch.export program; "
        "onnx: ONNX model (needs the [export] extra); python: standalone code + its weights; "
        "word2vec: word vectors of a word2vec design (text format)",
    )
    export.add_argument("-o", "--output", required=True, help="file to write (python: a .py; weights go beside it)")
    export.add_argument(
        "--network",
        choices=("generator", "discriminator"),
        default="",
        help="which network of a GAN design to export (default: the generator)",
    )
    lesson = sub.add_parser("lesson", help="train a lesson preset headless and check its expected outcome")
    lesson.add_argument("project", help="project file (.json) with a lesson and its check")
    lesson.add_argument("--steps", type=int, help="override the check's number of steps")
    info = sub.add_parser("info", help="print the layer table with output shapes and parameter counts")
    info.add_argument("project", help="project file (.json) or run bundle (.nnpz)")
    shot = sub.add_parser("screenshot", help="save a PNG of the main window with a project loaded")
    shot.add_argument("project", help="project file (.json)")
    shot.add_argument("-o", "--output", required=True, help="PNG file to write")
    shot.add_argument("--size", default="1600x1000", help="window size WIDTHxHEIGHT (default 1600x1000)")
    shot.add_argument("--lang", choices=LANGUAGE_CODES, default=argparse.SUPPRESS, help=lang_help)
    shot.add_argument(
        "--train-steps", type=int, default=0, metavar="N", help="train N steps first and show the live plots"
    )
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse arguments; a bare project path means ``gui PATH``. Raises ``UsageError``."""
    commands = {"gui", "train", "export", "info", "screenshot", "lesson"}
    first = 0  # the first word after the app's own options (``--lang uk my.json``: my.json)
    while first < len(argv) and argv[first].startswith("-"):
        first += 2 if argv[first] in ("--lang", "--device", "--self-test") else 1
    if first < len(argv) and argv[first] not in commands:
        argv = [*argv[:first], "gui", *argv[first:]]
    args = build_parser().parse_args(argv)
    if args.command is None:
        args.command, args.project = "gui", None
    return args


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a headless command (``train``, ``export`` or ``info``)."""
    # Looked up at call time, not bound as defaults at import, so redirected streams are honoured.
    out, err = out or sys.stdout, err or sys.stderr
    if _is_bundle(args.project):
        return _run_bundle(args, out, err)
    from playground.graph import ProjectError, read_project

    try:
        project = read_project(args.project)
    except ProjectError as e:
        first = e.problems[0] if e.problems else str(e)
        more = f" (and {len(e.problems) - 1} more problems)" if len(e.problems) > 1 else ""
        print(f"nn-playground: {args.project}: {first}{more}", file=err)
        return EXIT_USAGE
    if args.command == "info":
        print_info(project, out)
        return EXIT_OK
    if args.command == "lesson":
        return check_lesson(project, args, out, err)
    if args.command == "export":
        return export(project, args, out, err)
    return train(project, args, out, err)


def check_lesson(project: Project, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Train a lesson preset for its check's steps and print each condition; exit 1 if one fails."""
    import torch

    from playground.engine.lesson_check import LessonCheckError, evaluate_conditions, report_text, run_check

    torch.set_num_threads(1)
    if args.steps is not None and args.steps < 1:
        print(f"nn-playground: --steps must be 1 or more, got {args.steps}", file=err)
        return EXIT_USAGE
    try:
        run = run_check(project, args.steps)
    except LessonCheckError as e:
        print(f"nn-playground: {args.project}: {_one_line(e)}", file=err)
        return EXIT_USAGE
    results = evaluate_conditions(project, run)
    print(report_text(project, run, results), file=out)
    return EXIT_OK if all(r.passed for r in results) else EXIT_FAILED


def export(project: Project, args: argparse.Namespace, out: TextIO, err: TextIO, model: Any = None) -> int:
    """Write the project's network (``model``'s trained weights, or fresh seeded ones) in ``args.format``."""
    import torch

    from playground.engine.export import ExportError
    from playground.engine.export import export as write_export

    torch.set_num_threads(1)  # tracing small nets is fastest single-threaded on few cores
    try:
        result = write_export(project, args.format, args.output, model=model, network=args.network)
    except ExportError as e:
        print(f"nn-playground: cannot export {args.project}: {_one_line(e)}", file=err)
        return EXIT_USAGE
    for path in result.files:
        print(f"wrote {path} ({path.stat().st_size:,} bytes)", file=out)
    print(result.note, file=out)
    return EXIT_OK


def _is_bundle(path: str) -> bool:
    """A run bundle by its suffix (``engine.bundle.is_bundle`` without importing torch for a project file)."""
    return Path(path).suffix.lower() == ".nnpz"


def _run_bundle(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``info``, ``train`` or ``export`` on a run bundle: its project, and the run it continues or exports."""
    from playground.engine.bundle import BundleError, load_bundle, open_run

    try:
        if args.command == "export":  # the trained weights, restored on the CPU
            project, trainer = open_run(args.project, "cpu")
            models = {"": getattr(trainer, "model", None), "generator": getattr(trainer, "generator", None)}
            models["discriminator"] = getattr(trainer, "discriminator", None)
            model = models.get(args.network or "") or models["generator"]
            return export(project, args, out, err, model=model)
        bundle = load_bundle(args.project)
    except BundleError as e:
        print(f"nn-playground: {args.project}: {_one_line(e)}", file=err)
        return EXIT_USAGE
    if args.command == "info":
        print_info(bundle.project, out)
        s = bundle.state
        print(f"trained run: {s.step_count:,} steps on {s.device}, seed {s.config['seed']}", file=out)
        return EXIT_OK
    if args.seed is not None:
        seed = bundle.state.config["seed"]
        print(f"nn-playground: --seed cannot change a saved run (it goes on with seed {seed})", file=err)
        return EXIT_USAGE
    return train(bundle.project, args, out, err, bundle)


def train(project: Project, args: argparse.Namespace, out: TextIO, err: TextIO, bundle: Any = None) -> int:
    """Train ``project`` (or continue ``bundle``'s run) for ``--steps``; save a bundle with ``--save-bundle``."""
    # torch loads only for commands that train: `info` stays instant.
    import torch

    from playground.engine.run_state import StateMismatchError
    from playground.engine.train import DivergedError, TrainingError, device_for, make_trainer, pick_device

    torch.set_num_threads(1)  # small nets run fastest single-threaded on few cores
    if args.steps is not None and args.steps < 1:
        print("nn-playground: --steps must be a positive integer", file=err)
        return EXIT_USAGE
    save_to = getattr(args, "save_bundle", None)
    if save_to is not None:
        problem = _bundle_target_problem(Path(save_to))
        if problem:
            print(f"nn-playground: --save-bundle {save_to}: {problem}", file=err)
            return EXIT_USAGE
    if args.seed is not None:
        if not 0 <= args.seed < 2**31:
            print("nn-playground: --seed must be from 0 to 2147483647", file=err)
            return EXIT_USAGE
        project.training["seed"] = args.seed
    try:
        device = device_for(project) if args.device == "auto" else pick_device(args.device)
        torch.empty(1, device=device)
        trainer = make_trainer(project, device=device)
        if bundle is not None:
            trainer.restore(bundle.state)
    except (TrainingError, StateMismatchError, RuntimeError, ValueError) as e:
        print(f"nn-playground: cannot train {args.project}: {_one_line(e)}", file=err)
        return EXIT_USAGE
    # --steps counts the steps of this command; without it a run trains up to training.steps in all.
    steps = trainer.step_count + args.steps if args.steps else project.training["steps"]
    progress = _Progress(steps, err) if err.isatty() and not args.json else None
    start = time.perf_counter()
    chunk = 100
    try:
        while trainer.step_count < steps:
            trainer.step(min(chunk, steps - trainer.step_count))
            if progress:
                progress.show(trainer.step_count)
    except DivergedError as e:
        if progress:
            progress.close()
        print(f"nn-playground: training stopped: {e}", file=err)
        return EXIT_FAILED
    seconds = time.perf_counter() - start
    if progress:
        progress.close()
    metrics: dict[str, Any] = {**trainer.evaluate(), "steps": trainer.step_count, "seconds": round(seconds, 3)}
    if save_to is not None:
        from playground.engine.bundle import BundleError, save_bundle

        try:
            save_bundle(project, trainer, save_to)
        except (BundleError, OSError) as e:
            print(f"nn-playground: cannot save the run to {save_to}: {_one_line(e)}", file=err)
            return EXIT_USAGE
        metrics["bundle"] = str(save_to)
    if args.json:
        print(json.dumps(metrics), file=out)
    else:
        for key in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
            value = metrics[key]
            print(f"{key:<15} {'—' if value is None else f'{value:.4f}'}", file=out)
        print(f"{'steps':<15} {metrics['steps']} in {seconds:.2f} s", file=out)
        if save_to is not None:
            print(f"{'bundle':<15} {save_to} ({Path(save_to).stat().st_size:,} bytes)", file=out)
    return EXIT_OK


def _bundle_target_problem(path: Path) -> str | None:
    """Why a run bundle cannot be written to ``path`` (checked before training, not after it), or None."""
    if path.suffix.lower() != ".nnpz":
        return "a run bundle's file name must end in .nnpz"
    if not path.parent.is_dir():
        return f"the folder {path.parent} does not exist"
    if path.is_dir():
        return "that is a folder"
    return None


def print_info(project: Project, out: TextIO) -> None:
    from playground.graph import KINDS, fmt_shape

    report = project.check()
    graph = project.graph
    try:
        order = graph.topological_order()
    except ValueError:
        order = list(graph.nodes)
    rows = [("layer", "kind", "settings", "output", "params")]
    for nid in order:
        node = graph.nodes[nid]
        keys = [s for s in KINDS[node.kind].params if s.key]
        settings = ", ".join(f"{s.name}={_show(node.params[s.name])}" for s in keys)
        shape = fmt_shape(report.shapes[nid]) if nid in report.shapes else "?"
        rows.append((node.name, node.kind, settings, shape, f"{report.params.get(nid, 0):,}"))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for i, row in enumerate(rows):
        cells = [cell.ljust(w) if j < 4 else cell.rjust(w) for j, (cell, w) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(cells), file=out)
        if i == 0:
            print("  ".join("-" * w for w in widths), file=out)
    print(f"total parameters: {report.total_params:,}", file=out)
    problems = report.design_errors + list(report.errors.values())
    print("design: OK" if not problems else "design problems:\n" + "\n".join(f"  - {p}" for p in problems), file=out)


def _show(value: Any) -> str:
    return "×".join(map(str, value)) if isinstance(value, list) else str(value)


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split())


class _Progress:
    """A one-line progress bar on a terminal, redrawn at most 10 times a second."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.stream, self.start, self.last = total, stream, time.perf_counter(), 0.0

    def show(self, done: int) -> None:
        now = time.perf_counter()
        if now - self.last < 0.1 and done < self.total:
            return
        self.last = now
        width = 30
        filled = int(width * done / self.total)
        rate = done / max(now - self.start, 1e-9)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} steps  {rate:,.0f} steps/s")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()
