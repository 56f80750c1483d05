"""One valid and one error case per classic kind (``Threshold``), merged into test_shapes.py's VALID and ERRORS."""

from __future__ import annotations

from shape_support import line

CLASSIC_VALID = {
    "Threshold": (line(("n", "Threshold", {"weights": [1.0, -1.0, 2.0], "theta": 1.0}), shape=(3,)), "n", (1,)),
}

CLASSIC_ERRORS = {
    "Threshold": (
        line(("n", "Threshold", {"weights": [1.0, 1.0], "theta": 2.0}), shape=(3,)),
        None,
        "n",
        ["Threshold 'n'", "has 2 weights but receives 3 inputs", "give one weight per input, e.g. 1, 1, 1"],
    ),
}
