"""What the training controls say about a run: counters, state words, advice after a failure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playground.ui.i18n import N_, tr

if TYPE_CHECKING:
    from playground.ui.session import TrainingSession


def diverged_advice(message: str) -> str:
    """A NaN or infinite loss's message (``DivergedError``), with what else to try."""
    return tr(
        "{message}. Other things to try: gradient clipping (e.g. 1.0), a normalisation layer "
        "(BatchNorm), or a smaller initial weight scale.",
        message=message,
    )


ACCELERATORS = {"cuda": N_("GPU (CUDA)"), "mps": N_("GPU (Apple MPS)")}


def counters_text(session: TrainingSession) -> str:
    """ "Step 1,234 · epoch 12.3 · 850 steps/s" from the newest snapshot, and "on GPU (CUDA)" where it is so."""
    snap = session.latest
    if snap is None:
        return tr("Step — · epoch —")
    parts = [tr("Step {step} · epoch {epoch}", step=f"{snap.step:,}", epoch=f"{snap.epoch:,.1f}")]
    rate = session.steps_per_second()
    if rate is not None:
        parts.append(tr("{rate} steps/s", rate=f"{rate:,.0f}"))
    if snap.device in ACCELERATORS:
        parts.append(tr("on {device}", device=tr(ACCELERATORS[snap.device])))
    return " · ".join(parts)


def state_text(session: TrainingSession) -> str:
    """One word or two on what the run is doing."""
    if session.loading:
        return tr("loading engine…")
    if session.failure:
        return tr("stopped")
    if session.thread is None:
        return tr("ready: press Play")
    if session.stale and not session.kept_old:
        return tr("design changed")
    return tr("training") if session.playing else tr("paused")
