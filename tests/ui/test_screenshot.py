"""The screenshot command's function: a PNG of the whole window, or exit code 2 for a bad project."""

from __future__ import annotations

from PySide6.QtGui import QImage

from playground.graph import save_project
from playground.ui.files import starter_project
from playground.ui.screenshot import take_screenshot


def test_writes_a_png_of_the_requested_size(qapp, tmp_path):
    project = tmp_path / "net.json"
    save_project(starter_project(), project)
    out = tmp_path / "shot.png"
    assert take_screenshot(project, out, (1000, 640)) == 0
    image = QImage(str(out))
    assert out.stat().st_size > 10_000
    assert (image.width(), image.height()) == (1000, 640)
    # Not a blank frame: the canvas, docks and text give many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, 1000, 7) for y in range(0, 640, 7)}
    assert len(colours) > 20
    assert project.read_text() == starter_project().to_json()  # the project file is untouched


def test_bad_project_prints_one_line_and_returns_2(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "nn-playground-project", "version": 1, "graph": 3}')
    out = tmp_path / "shot.png"
    assert take_screenshot(bad, out) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.json" in err and "graph must be an object" in err
    assert not out.exists()
    assert take_screenshot(tmp_path / "missing.json", out) == 2
    assert "missing.json" in capsys.readouterr().err
