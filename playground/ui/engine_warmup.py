"""Import torch and the engine in the background while the user looks at the window."""

from __future__ import annotations

import threading

_engine_ready = threading.Event()
_warm_lock = threading.Lock()
_warm_thread: threading.Thread | None = None


def warm_up_engine() -> None:
    """Import torch and build a tiny optimizer in a background thread (once per process).

    The first Trainer otherwise costs ~2 s (torch, then torch._dynamo on the first optimizer);
    doing it while the user looks at the window makes the first Play quick.
    """
    global _warm_thread
    with _warm_lock:
        if _warm_thread is not None:
            return
        # Not a daemon: the interpreter waits for it at exit instead of tearing torch down
        # half-imported (a fatal error when the app quits within the first seconds). torch imports
        # concurrent.futures.thread, which cannot register its atexit hook once shutdown has begun:
        # import it here, in the main thread, first.
        import concurrent.futures.thread  # noqa: F401

        _warm_thread = threading.Thread(target=_warm, name="engine-warm-up", daemon=False)
        _warm_thread.start()


def _warm() -> None:
    try:
        import torch

        import playground.engine.train  # noqa: F401 (the import is the warm-up)

        param = torch.zeros(1, requires_grad=True)
        torch.optim.Adam([param], lr=0.1).step()
    finally:
        _engine_ready.set()  # even on failure: the worker will then report the real error


def engine_ready() -> bool:
    """True once torch and the engine are imported."""
    return _engine_ready.is_set()


def wait_event() -> threading.Event | None:
    """The event a new run's worker should wait on (the warm-up's imports), or None if none started."""
    return _engine_ready if _warm_thread is not None else None
