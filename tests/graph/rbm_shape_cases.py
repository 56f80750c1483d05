"""One valid and one error case for the ``RBM`` kind, merged into test_shapes.py's VALID and ERRORS."""

from __future__ import annotations

from shape_support import line

RBM_VALID = {
    "RBM": (line(("rbm", "RBM", {"hidden": 6}), ("fc", "Dense", {"units": 1}), shape=(12,)), "rbm", (6,)),
}

RBM_ERRORS = {
    "RBM": (
        line(("rbm", "RBM", {"hidden": 6}), ("fc", "Dense", {"units": 1}), shape=(1, 8, 8)),
        None,
        "rbm",
        ["RBM 'rbm'", "needs a flat vector but receives 1×8×8", "put a Flatten before it"],
    ),
}
