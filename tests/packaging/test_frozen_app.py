"""Build the desktop app with PyInstaller and run the frozen program (minutes; ``packaging/test_bundle.sh``)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build  # noqa: E402 (packaging/build.py)

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def bundle() -> Path:
    start = time.perf_counter()
    assert build.main(["--no-test"]) == 0
    print(f"\nbuild: {time.perf_counter() - start:.0f} s, {build.folder_size(build.APP_DIR) / 2**20:.0f} MiB")
    return build.executable()


def test_the_frozen_app_passes_its_self_test(bundle, tmp_path):
    shot = tmp_path / "shot.png"
    start = time.perf_counter()
    result = subprocess.run([str(bundle), "--self-test", str(shot)], capture_output=True, text=True, timeout=600)
    print(result.stdout, f"self-test from the bundle: {time.perf_counter() - start:.1f} s", sep="\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_frozen_app_runs_the_headless_commands(bundle, tmp_path):
    preset = ROOT / "resources" / "presets" / "xor-mlp.json"
    train = subprocess.run([str(bundle), "train", str(preset), "--steps", "100"], capture_output=True, text=True)
    assert train.returncode == 0, train.stderr
    out = tmp_path / "model.onnx"
    export = subprocess.run([str(bundle), "export", str(preset), "-f", "onnx", "-o", str(out)],
                            capture_output=True, text=True)
    assert export.returncode == 0, export.stderr
    assert out.stat().st_size > 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the menu installer is for Linux desktops")
def test_the_installer_in_the_bundle_points_the_menu_at_it(bundle, tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path))
    result = subprocess.run(["sh", str(bundle.parent / "install.sh")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "applications" / "nn-playground.desktop").read_text()
    assert f'Exec="{bundle}" %f' in entry
