"""Hand-made sequence data and snapshots for the sequence panels' tests (numpy only), and checks of the fakes.

The other ``test_plots_sequence*`` files import these builders; they follow the engine's contract
(``engine/snapshot.py`` docstrings, the issue-7 notes on the sequence ``Dataset``).
"""

from __future__ import annotations

import numpy as np

from playground.engine.data import Dataset
from playground.engine.snapshot import GateTrace, HiddenGradients, SequenceView, Snapshot, TextSample
from playground.graph.settings import TEXT_ALPHABET

STEPS = 20
RHYME = "twinkle, twinkle, little star,\nhow i wonder what you are!\nup above the world so high,\n"
REMEMBER_SYMBOLS = ("A", "B", "C", "D")


def sequence_dataset(
    x: np.ndarray, y: np.ndarray, class_names: tuple[str, ...] = (), n_test: int | None = None
) -> Dataset:
    """A sequence set around the given arrays: the first ``n_test`` sequences are the test set, all are train."""
    empty = np.zeros((0, 2), np.float32)
    n_test = len(x) if n_test is None else n_test
    return Dataset(
        points_train=empty,
        points_test=empty,
        x_train=x,
        x_test=x[:n_test],
        y_train=y,
        y_test=y[:n_test],
        task="classification" if class_names else "regression",
        n_classes=len(class_names),
        features=(),
        extent=(0.0, 0.0, 0.0, 0.0),
        kind="sequence",
        class_names=class_names,
    )


def sine_series(n: int, steps: int = STEPS, seed: int = 0) -> np.ndarray:
    """(n, steps + 1) sums of two sines with random frequencies and phases."""
    rng = np.random.default_rng(seed)
    t = np.arange(steps + 1)[None, :]
    f1, f2 = rng.uniform(0.1, 0.4, (2, n, 1))
    p1, p2 = rng.uniform(0, 2 * np.pi, (2, n, 1))
    return (0.6 * np.sin(f1 * t + p1) + 0.3 * np.sin(f2 * t + p2)).astype(np.float32)


def sine_dataset(n: int = 12, mode: str = "last") -> Dataset:
    s = sine_series(n)
    x = s[:, :-1, None]
    y = s[:, -1:] if mode == "last" else s[:, 1:, None]
    return sequence_dataset(x, y)


def adding_dataset(n: int = 12, steps: int = STEPS, seed: int = 1) -> Dataset:
    rng = np.random.default_rng(seed)
    values = rng.uniform(0, 1, (n, steps)).astype(np.float32)
    markers = np.zeros((n, steps), np.float32)
    for i in range(n):
        markers[i, rng.integers(0, steps // 2)] = 1
        markers[i, rng.integers(steps // 2, steps)] = 1
    y = (values * markers).sum(axis=1, keepdims=True).astype(np.float32)
    return sequence_dataset(np.stack([values, markers], axis=-1), y)


def remember_dataset(n: int = 12, steps: int = STEPS, seed: int = 2) -> Dataset:
    rng = np.random.default_rng(seed)
    ids = rng.integers(0, len(REMEMBER_SYMBOLS), (n, steps))
    x = np.eye(len(REMEMBER_SYMBOLS), dtype=np.float32)[ids]
    return sequence_dataset(x, ids[:, 0].astype(np.int64), REMEMBER_SYMBOLS)


def text_ids(text: str) -> np.ndarray:
    return np.array([TEXT_ALPHABET.index(c) for c in text], np.int64)


def text_dataset(n: int = 8, steps: int = STEPS) -> Dataset:
    ids = text_ids(RHYME * 4)
    x = np.stack([ids[i * 7 : i * 7 + steps] for i in range(n)])
    y = np.stack([ids[i * 7 + 1 : i * 7 + steps + 1] for i in range(n)])
    return sequence_dataset(x, y, tuple(TEXT_ALPHABET))


def snapshot(step: int = 100, **fields: object) -> Snapshot:
    return Snapshot(step, 1.0, 0.1, 0.1, None, None, **fields)


def value_view(dataset: Dataset, shown: int = 4, error: float = 0.05, seed: int = 3) -> SequenceView:
    """The probe's view of a regression set: predictions = targets + noise of about ``error``."""
    rng = np.random.default_rng(seed)
    x = dataset.x_test[:shown]
    targets = dataset.y_test[:shown].reshape(shown, -1)
    every = targets.shape[1] > 1
    targets = targets if every else targets[:, 0]
    predictions = (targets + rng.normal(0, error, targets.shape)).astype(np.float32)
    return SequenceView(
        indices=np.arange(shown, dtype=np.int64) * 2,
        series=x[..., 0].copy(),
        markers=x[..., 1].copy() if x.shape[2] > 1 else None,
        targets=targets.astype(np.float32),
        predictions=predictions,
        probabilities=None,
        target_mode="every" if every else "last",
    )


def symbol_view(dataset: Dataset, shown: int = 4, wrong_every: int = 3, symbols: str = "") -> SequenceView:
    """The probe's view of a symbol set: every ``wrong_every``-th prediction wrong, p(target) 0.9 or 0.2."""
    ids = dataset.x_test[:shown]
    series = ids if ids.ndim == 2 else np.argmax(ids, axis=-1)
    targets = np.asarray(dataset.y_test[:shown], np.int64)
    k = dataset.n_classes
    flat = targets.reshape(-1).copy()
    wrong = np.arange(flat.size) % wrong_every == wrong_every - 1
    flat[wrong] = (flat[wrong] + 1) % k
    predictions = flat.reshape(targets.shape)
    probabilities = np.where(predictions == targets, 0.9, 0.2).astype(np.float32)
    return SequenceView(
        indices=np.arange(shown, dtype=np.int64),
        series=series.astype(np.float32),  # the contract: ids drawn as the input are float32 too
        markers=None,
        targets=targets,
        predictions=predictions,
        probabilities=probabilities,
        target_mode="every" if targets.ndim == 2 else "last",
        symbols=symbols,
    )


def vanishing_norms(steps: int = STEPS, factor: float = 0.5, last: float = 0.1) -> np.ndarray:
    """‖∂L/∂hₜ‖ shrinking by ``factor`` per step back from the last step."""
    return last * factor ** np.arange(steps - 1, -1, -1, dtype=np.float64)


def hidden_grads(*norms: np.ndarray) -> dict[str, HiddenGradients]:
    return {f"r{k}": HiddenGradients(np.asarray(n, np.float64), len(n)) for k, n in enumerate(norms)}


def lstm_trace(units: int = 8, steps: int = STEPS, seed: int = 4) -> GateTrace:
    rng = np.random.default_rng(seed)

    def sigmoid(shape: tuple[int, int]) -> np.ndarray:
        return (1 / (1 + np.exp(-rng.normal(0, 2, shape)))).astype(np.float32)

    shape = (units, steps)
    gates = {
        "input": sigmoid(shape),
        "forget": np.clip(sigmoid(shape) + 0.3, 0, 1).astype(np.float32),
        "cell candidate": np.tanh(rng.normal(0, 1, shape)).astype(np.float32),
        "output": sigmoid(shape),
    }
    cell = np.cumsum(rng.normal(0, 0.3, shape), axis=1).astype(np.float32)
    return GateTrace(gates, np.tanh(cell).astype(np.float32) * gates["output"], cell)


def gru_trace(units: int = 6, steps: int = STEPS, seed: int = 5) -> GateTrace:
    rng = np.random.default_rng(seed)
    shape = (units, steps)
    gates = {
        "reset": rng.uniform(0, 1, shape).astype(np.float32),
        "update": rng.uniform(0, 1, shape).astype(np.float32),
        "candidate": rng.uniform(-1, 1, shape).astype(np.float32),
    }
    return GateTrace(gates, rng.uniform(-1, 1, shape).astype(np.float32))


def rnn_trace(units: int = 5, steps: int = STEPS, seed: int = 6) -> GateTrace:
    state = np.random.default_rng(seed).uniform(-1, 1, (units, steps)).astype(np.float32)
    return GateTrace({"hidden": state}, state)


def text_sample(
    step: int, text: str = "the cat sat on the mat,\nand the dog ran", temperature: float = 1.0
) -> TextSample:
    return TextSample(text=text, prime="twinkle, ", temperature=temperature, step=step)


def test_the_fakes_follow_the_contract() -> None:
    sine = sine_dataset(mode="every")
    assert sine.x_test.shape == (12, STEPS, 1) and sine.y_test.shape == (12, STEPS, 1)
    # At every step the target is what follows: the next input.
    np.testing.assert_array_equal(sine.y_test[:, :-1, 0], sine.x_test[:, 1:, 0])
    view = value_view(sine)
    assert view.targets.shape == view.predictions.shape == (4, STEPS) and view.target_mode == "every"
    adding = value_view(adding_dataset())
    assert adding.targets.shape == (4,) and adding.markers.shape == (4, STEPS)
    np.testing.assert_allclose(adding.targets, (adding.series * adding.markers).sum(axis=1), rtol=1e-6)
    remember = symbol_view(remember_dataset())
    np.testing.assert_array_equal(remember.targets, remember.series[:, 0])
    text = text_dataset()
    assert "".join(TEXT_ALPHABET[k] for k in text.x_test[0]) == RHYME[:STEPS]
    trace = lstm_trace()
    assert set(trace.gates) == {"input", "forget", "cell candidate", "output"} and trace.cell.shape == (8, STEPS)
