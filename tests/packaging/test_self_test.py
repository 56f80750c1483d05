"""``nn-playground --self-test`` from the source tree (the frozen app's is in test_frozen_app.py)."""

from __future__ import annotations

import subprocess
import sys


def test_self_test_trains_in_the_window_and_saves_a_screenshot(tmp_path):
    shot = tmp_path / "out" / "shot.png"
    result = subprocess.run([sys.executable, "-m", "playground", "--self-test", str(shot)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("self-test passed")
    assert any(line.startswith("ok   resources: ") for line in lines)
    assert any("cnn-digits trained 50 steps in the worker thread" in line for line in lines)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (shot.parent / "self-test.txt").read_text(encoding="utf-8").splitlines() == lines
    assert "propagateSizeHints" not in result.stderr


def test_self_test_says_what_failed_and_exits_1(tmp_path):
    """A missing resource (a broken bundle) is named, not a traceback."""
    code = (
        "import sys, playground; from pathlib import Path\n"
        f"playground.resources_dir = lambda: Path({str(tmp_path)!r})\n"
        "from playground.ui.self_test import run_self_test\n"
        f"sys.exit(run_self_test({str(tmp_path / 'shot.png')!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "FAIL resources: only 0 presets" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
