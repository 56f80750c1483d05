"""Importing the design model loads neither torch nor Qt, so the editor can check designs instantly."""

import subprocess
import sys

HEAVY = {"torch", "PySide6", "shiboken6", "pyqtgraph"}

PROBE = """
import sys
{before}
import playground.graph
from playground.graph import commands, graph, layers, params, project, settings, shapes
print('HEAVY:' + ','.join(sorted({{m.split('.')[0] for m in sys.modules}} & {heavy!r})))
print('LOADED:' + ','.join(sorted(m for m in sys.modules if m.startswith('playground'))))
"""


def probe(before: str = "") -> dict[str, list[str]]:
    """Import playground.graph in a fresh interpreter; the heavy and the playground modules it then holds."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(before=before, heavy=HEAVY)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    return {key: [m for m in value.split(",") if m] for key, value in lines.items()}


def test_importing_playground_graph_loads_no_torch_or_qt():
    found = probe()
    assert found["HEAVY"] == [], f"importing playground.graph pulled in {found['HEAVY']}"
    assert "playground.graph.project" in found["LOADED"]
    assert not [m for m in found["LOADED"] if m.startswith(("playground.engine", "playground.ui", "playground.cli"))]


def test_the_probe_notices_a_heavy_module():
    # without this, a probe that looked in the wrong place would pass for ever
    # (torch: installed in every test environment, also the one without Qt)
    assert "torch" in probe("import torch")["HEAVY"]
