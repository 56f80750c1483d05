"""What the training controls say about a run: counters, state words, advice after a failure."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playground.ui.session import TrainingSession


def diverged_advice(message: str) -> str:
    """The worker's message, with what to try when the loss went NaN or infinite."""
    if "loss became" not in message:
        return message
    return (
        f"{message}. Other things to try: gradient clipping (e.g. 1.0), a normalisation layer "
        "(BatchNorm), or a smaller initial weight scale."
    )


ACCELERATORS = {"cuda": "GPU (CUDA)", "mps": "GPU (Apple MPS)"}


def counters_text(session: TrainingSession) -> str:
    """ "Step 1,234 · epoch 12.3 · 850 steps/s" from the newest snapshot, and "on GPU (CUDA)" where it is so."""
    snap = session.latest
    if snap is None:
        return "Step — · epoch —"
    text = f"Step {snap.step:,} · epoch {snap.epoch:,.1f}"
    rate = session.steps_per_second()
    if rate is not None:
        text += f" · {rate:,.0f} steps/s"
    if snap.device in ACCELERATORS:
        text += f" · on {ACCELERATORS[snap.device]}"
    return text


def state_text(session: TrainingSession) -> str:
    """One word or two on what the run is doing."""
    if session.loading:
        return "loading engine…"
    if session.failure:
        return "stopped"
    if session.thread is None:
        return "ready: press Play"
    if session.stale and not session.kept_old:
        return "design changed"
    return "training" if session.playing else "paused"
