"""What decides which plot panels a design needs (``Panel.shows_for``), without Qt, numpy or pyqtgraph."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DesignTraits:
    """What decides which panels a project needs, known without loading data or torch."""

    data_kind: str = "points"
    """"points" (the 2D sets), "images", "sequence", "gan", "table" or "corpus" (``DatasetInfo.kind``)."""
    task: str = ""
    """The Output layer's task ("binary", "multiclass", "regression", "reconstruction"; "" if unclear)."""
    kinds: frozenset[str] = frozenset()
    """The layer kinds in the design."""
    dataset: str = ""
    """The dataset id ("spiral", "mnist", "text", "ring"…)."""
    variants: int = 0
    """How many designs train side by side (``Project.variants``; 0: no comparison)."""
    requested: frozenset[str] = frozenset()
    """Panel class names the project's lesson asks to show (``lesson["panels"]``), whatever the design."""
    pretrain: str = ""
    """The training setting ``pretrain``: "rbm", "relative_position", or "none"/"" for a run without pretraining."""

    @property
    def on_plane(self) -> bool:
        """2D point data with a predicting head: there is an input plane to colour (an autoencoder predicts none)."""
        return self.data_kind == "points" and self.task != "reconstruction"

    @property
    def pretrains(self) -> bool:
        """The run starts with a pretraining phase (learning without labels before backprop)."""
        return self.pretrain not in ("", "none")

    @property
    def recurrent(self) -> bool:
        """The design has a recurrent layer (RNN, LSTM or GRU)."""
        return bool(self.kinds & {"RNN", "LSTM", "GRU"})


__all__ = ["DesignTraits"]
