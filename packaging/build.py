"""Build the double-click desktop app with PyInstaller, then prove it works with its own ``--self-test``.

    python packaging/build.py            # → packaging/dist/nn-playground/nn-playground (+ .app on macOS)
    python packaging/build.py --no-test  # build only

Run it with the Python environment whose packages go into the app: the project installed with its
``[packaging]`` extra (and ``[export]`` for ONNX export inside the app). On Linux that environment must
hold the CPU build of torch: PyPI's default Linux wheel brings CUDA libraries and makes the app gigabytes
(the check below says how to get the CPU build). Prints the build time, the bundle's size and the self-test.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIST, WORK = HERE / "dist", HERE / "build"
APP_DIR = DIST / "nn-playground"
SELF_TEST_TIMEOUT_S = 600

CPU_TORCH_HELP = (
    "this environment's torch is a CUDA build ({cuda}); the app would carry gigabytes of CUDA libraries.\n"
    "Build from the CPU build instead, in a fresh environment:\n"
    "  pip install torch --index-url https://download.pytorch.org/whl/cpu\n"
    "  pip install -e '.[packaging,export]'\n"
    "or pass --allow-cuda to build it anyway."
)


def check_environment(allow_cuda: bool) -> str | None:
    """Why this environment cannot build the app, or None."""
    for module, extra in (("PyInstaller", "packaging"), ("torch", ""), ("PySide6", ""), ("pyqtgraph", "")):
        if importlib.util.find_spec(module) is None:
            hint = f"pip install -e '.[{extra}]'" if extra else "pip install -e ."
            return f"{module} is not installed in {sys.prefix}; install it with:  {hint}"
    import torch

    if sys.platform.startswith("linux") and torch.version.cuda is not None and not allow_cuda:
        return CPU_TORCH_HELP.format(cuda=f"torch {torch.__version__}, CUDA {torch.version.cuda}")
    return None


def folder_size(path: Path) -> int:
    """Bytes in the files under ``path`` (links not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable() -> Path:
    """The built app's program."""
    return APP_DIR / ("nn-playground.exe" if sys.platform == "win32" else "nn-playground")


def build() -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    import PyInstaller.__main__

    start = time.perf_counter()
    PyInstaller.__main__.run(
        ["--noconfirm", "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(WORK),
         str(HERE / "nn-playground.spec")]
    )
    return time.perf_counter() - start


def self_test(program: Path) -> int:
    """Run the built app's ``--self-test``; returns its exit code."""
    shot = DIST / "self-test.png"
    command = [str(program), "--self-test", str(shot)]
    if sys.platform == "win32":  # the windowed program has no console to print to: use the console twin
        command[0] = str(program.with_name("nn-playground-cli.exe"))
    print("$ " + " ".join(command), flush=True)
    start = time.perf_counter()
    try:
        result = subprocess.run(command, timeout=SELF_TEST_TIMEOUT_S, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    except subprocess.TimeoutExpired:
        print(f"self-test did not finish within {SELF_TEST_TIMEOUT_S} s")
        return 1
    print(f"self-test exit code {result.returncode} after {time.perf_counter() - start:.1f} s (cold start included)")
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build NN Playground's desktop app with PyInstaller.")
    parser.add_argument("--no-test", action="store_true", help="skip the built app's self-test")
    parser.add_argument("--allow-cuda", action="store_true", help="build even from a CUDA build of torch (Linux)")
    args = parser.parse_args(argv)
    problem = check_environment(args.allow_cuda)
    if problem:
        print(f"build.py: {problem}", file=sys.stderr)
        return 2
    seconds = build()
    program = executable()
    if not program.exists():
        print(f"build.py: PyInstaller finished but {program} is missing", file=sys.stderr)
        return 1
    if sys.platform.startswith("linux"):
        for name in ("install.sh", "nn-playground.desktop", "nn-playground-mime.xml", "README.txt"):
            shutil.copy2(HERE / "linux" / name, APP_DIR / name)  # the menu installer travels with the app
    print(f"built {APP_DIR} in {seconds / 60:.1f} min: {folder_size(APP_DIR) / 2**20:.0f} MiB")
    if sys.platform == "darwin":
        print(f"macOS app: {DIST / 'NN Playground.app'}")
    return 0 if args.no_test else self_test(program)


if __name__ == "__main__":
    sys.exit(main())
