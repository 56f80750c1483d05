"""NN Playground: build a neural network in a node editor, watch it learn, export it."""

from pathlib import Path

__version__ = "0.1.0"


def resources_dir() -> Path:
    """The folder of presets, data and icons: inside the installed package, or the source tree's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("NN Playground's resources folder is missing; reinstall the app")
