"""The word2vec trainer: skip-gram with negative sampling on a corpus, from an Input → Embedding → SkipGram design.

Same surface as ``engine.train.Trainer`` and ``engine.gan.GanTrainer`` (reset, step, set_setting, set_lr, record,
evaluate, snapshot, state/restore, epoch, step_count, config, device, task), so the worker, the CLI, saved runs and
exports treat it like the others. One step is one batch of (centre u, context w) pairs; its loss is the lecture's

    −[ln σ⟨x′_w, x_u⟩ + Σᵢ₌₁..k ln σ(−⟨x′_vᵢ, x_u⟩)],   vᵢ ~ count^0.75,

averaged over the batch. x_u is the network's output (the Embedding's row of u), x′ the context vectors (a
second matrix, or the word vectors themselves). Each pass over the text ("epoch") subsamples frequent words anew
(Mikolov) from a generator seeded by the run's seed and the pass's number, then takes every pair within ±h words.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch
from torch.nn import functional as F  # noqa: N812 (torch's own convention)

from playground.engine import probes
from playground.engine.build import BuildError, GraphModule
from playground.engine.corpus import noise_distribution, subsample, window_pairs
from playground.engine.data import DataError, make_dataset
from playground.engine.embedding_view import DEFAULT_QUERIES, MAP_WORDS, embedding_view, parse_queries
from playground.engine.run_rng import RunRng
from playground.engine.run_setup import DivergedError, TrainingError, follow_live_setting, make_optimizer
from playground.engine.run_state import (
    RunState,
    StateMismatchError,
    add_history_row,
    check_fits,
    load_module_weights,
    load_optimizer_state,
    module_weights,
    optimizer_state,
    progress_of,
    restore_progress,
)
from playground.engine.snapshot import Snapshot
from playground.graph import Project
from playground.graph.i18n import tr

EVAL_PAIRS = 4096
"""(centre, context) pairs of each split the losses are measured on, each with fixed noise words."""
KNOWN_PROBES = frozenset(probes.PROBES)


def embedding_node(project_graph: Any) -> str:
    """The id of the Embedding that feeds the SkipGram head (its weight holds the word vectors)."""
    head = project_graph.nodes_of_kind("SkipGram")[0]
    return project_graph.in_edges(head.id)[0].src


class SkipGramTrainer:
    """Trains the word vectors of a word2vec design on its corpus."""

    task = "word2vec"

    def __init__(self, project: Project, device: str | torch.device = "cpu") -> None:
        if project.data_info().kind != "corpus":
            raise TrainingError(tr("word2vec learns from a text: choose a corpus in the data settings"))
        problem = project.check().first_error()
        if problem is not None:
            raise TrainingError(tr("the design is not valid: {problem}", problem=problem[1]))
        if project.training["mode"] != "backprop":
            raise TrainingError(tr("the perceptron rule cannot train word vectors: choose backpropagation"))
        self.graph = project.graph.copy()
        self.data_info = project.data_info()
        self.data_settings = dict(project.data)
        self.config = dict(project.training)
        self.device = torch.device(device) if isinstance(device, str) else device
        try:
            self.dataset = make_dataset(project.data)
        except DataError as e:
            raise TrainingError(str(e)) from None
        self.words: tuple[str, ...] = self.dataset.class_names
        self.counts = self.dataset.y_train
        head = self.graph.nodes_of_kind("SkipGram")[0].params
        self.negatives, self.shared = head["negatives"], head["context"] == "shared"
        self.embedding_id = embedding_node(self.graph)
        self.window = project.data["window"]
        self._noise = torch.tensor(noise_distribution(self.counts), dtype=torch.float32)
        self._eval = {name: self._eval_pairs(ids, i) for i, (name, ids) in
                      enumerate((("train", self.dataset.x_train), ("test", self.dataset.x_test)))}
        self.track_updates = False
        self.reset()

    def _eval_pairs(self, ids: np.ndarray, salt: int) -> tuple[torch.Tensor, ...]:
        """A fixed sample of the split's pairs (no subsampling) and fixed noise words for them."""
        rng = np.random.default_rng([self.config["seed"], 7, salt])
        centres, contexts = window_pairs(ids, self.window)
        pick = rng.choice(len(centres), size=min(EVAL_PAIRS, len(centres)), replace=False)
        noise = torch.multinomial(self._noise, len(pick) * self.negatives, replacement=True,
                                  generator=torch.Generator().manual_seed(self.config["seed"] + salt))
        return tuple(t.to(self.device) for t in (torch.from_numpy(centres[pick]), torch.from_numpy(contexts[pick]),
                                                  noise.view(len(pick), self.negatives)))

    # --- lifecycle ------------------------------------------------------------------------

    def reset(self) -> None:
        """New word vectors (±0.5/dimension, as word2vec) and zero context vectors, a fresh optimizer and pass 1."""
        seed = self.config["seed"]
        self._rng = RunRng(seed)
        try:
            with self._rng.active():
                self.model = GraphModule(self.graph, self.data_info).to(self.device)
                table = self.model.layers[self.embedding_id]
                torch.nn.init.uniform_(table.weight, -0.5 / table.embedding_dim, 0.5 / table.embedding_dim)
        except BuildError as e:
            raise TrainingError(str(e)) from None
        self.context = torch.nn.Embedding(table.num_embeddings, table.embedding_dim).to(self.device)
        torch.nn.init.zeros_(self.context.weight)
        trained = [] if self.graph.nodes[self.embedding_id].params.get("frozen") else list(table.parameters())
        if not self.shared:
            trained += list(self.context.parameters())
        self.optimizer = make_optimizer(trained, self.config)
        self._batch_rng = torch.Generator().manual_seed(seed)
        self.batch_size = self.config["batch_size"]
        self._pass = 0
        self._make_pairs(0)
        self._order = torch.empty(0, dtype=torch.long)
        self._cursor = 0
        self.step_count = 0
        self._seen = 0
        self._history: list[tuple[float, float, float]] = []
        self._metrics: dict[str, float | None] | None = None
        self._axes: np.ndarray | None = None
        self._update_ratio: dict[str, float] = {}

    def _make_pairs(self, index: int) -> None:
        """The pairs of pass ``index`` over the training text: subsampled anew, the same for a given seed."""
        rng = np.random.default_rng([self.config["seed"], index])
        centres, contexts = window_pairs(subsample(self.dataset.x_train, self.counts, rng), self.window)
        self._pass = index
        self.x_train = torch.from_numpy(centres).to(self.device)
        self.y_train = torch.from_numpy(contexts).to(self.device)

    def set_lr(self, lr: float) -> None:
        """Change the learning rate (takes effect from the next step)."""
        self.config["lr"] = float(lr)
        for group in self.optimizer.param_groups:
            group["lr"] = float(lr)

    def set_setting(self, name: str, value: Any) -> None:
        """Follow a live training setting (``LIVE_TRAINING``); the GAN's settings are kept and do nothing here."""
        follow_live_setting(self, name, value)

    @property
    def epoch(self) -> float:
        """Passes over the training text so far (fractional within the current one)."""
        return self._pass + (self._cursor / len(self._order) if len(self._order) else 0.0)

    # --- saving and restoring a run -------------------------------------------------------

    def state(self) -> RunState:
        """The run's full state: word and context vectors, optimizer, random state, the pass and its batch order."""
        return RunState(
            weights={**module_weights(self.model, "model."), **module_weights(self.context, "context.")},
            optimizers={"model": optimizer_state(self.optimizer)},
            counters={"seen": self._seen, "pass": self._pass},
            **progress_of(self),
        )

    def restore(self, state: RunState) -> None:
        """Continue the run ``state`` was taken from; ``StateMismatchError`` if it belongs to another design."""
        index, seen = state.counters.get("pass", -1), state.counters.get("seen", -1)
        if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in (index, seen)):
            raise StateMismatchError(tr("the saved run lacks its pass over the text or its count of pairs"))
        self.reset()  # a half-restored run must not mix with the old one: start from a clean slate
        self._make_pairs(index)  # the pass's pairs, so the saved batch order can be checked against them
        check_fits(self, state)
        load_module_weights(self.model, state.weights, "model.")
        load_module_weights(self.context, state.weights, "context.")
        load_optimizer_state(self.optimizer, state.optimizers.get("model", {}))
        restore_progress(self, state)
        self._seen = seen

    # --- stepping -------------------------------------------------------------------------

    def context_vectors(self) -> torch.Tensor:
        """x′: the context matrix, or the word vectors themselves when the head shares them."""
        return self.model.layers[self.embedding_id].weight if self.shared else self.context.weight

    def pair_loss(self, centres: torch.Tensor, contexts: torch.Tensor, noise: torch.Tensor) -> torch.Tensor:
        """The mean negative-sampling loss of pairs (u, w) with noise words (B, k)."""
        x_u = self.model(centres.unsqueeze(1))  # (B, dim): the network's output is the centre word's vector
        x_ctx = self.context_vectors()
        positive = F.logsigmoid((x_ctx[contexts] * x_u).sum(-1))
        negative = F.logsigmoid(-torch.bmm(x_ctx[noise], x_u.unsqueeze(-1)).squeeze(-1)).sum(-1)
        return -(positive + negative).mean()

    def step(self, n: int = 1) -> float:
        """Run ``n`` batches of pairs; returns the last batch's loss."""
        value = float("nan")
        self.model.train()
        with self._rng.active():
            for i in range(n):
                if self._cursor + self.batch_size > len(self._order):
                    if len(self._order):
                        self._make_pairs(self._pass + 1)
                    self._order = torch.randperm(len(self.x_train), generator=self._batch_rng).to(self.device)
                    self._cursor = 0
                idx = self._order[self._cursor : self._cursor + self.batch_size]
                self._cursor += len(idx)
                self._seen += len(idx)
                noise = torch.multinomial(self._noise, len(idx) * self.negatives, replacement=True)
                before = probes.parameter_copy(self.model) if self.track_updates and i == n - 1 else None
                self.optimizer.zero_grad(set_to_none=True)
                loss = self.pair_loss(self.x_train[idx], self.y_train[idx], noise.view(len(idx), -1).to(self.device))
                value = loss.item()
                self.step_count += 1
                if not math.isfinite(value):
                    raise DivergedError(
                        tr("the loss became {loss} at step {step}: try a smaller learning rate, then press Reset",
                           loss=value, step=self.step_count)
                    )
                loss.backward()
                if self.config["clip_norm"] > 0:
                    params = [p for g in self.optimizer.param_groups for p in g["params"]]
                    torch.nn.utils.clip_grad_norm_(params, self.config["clip_norm"])
                self.optimizer.step()
                if before is not None:
                    self._update_ratio = probes.update_ratios(self.model, before)
        return value

    # --- measuring --------------------------------------------------------------------------

    def evaluate(self) -> dict[str, float | None]:
        """The loss on fixed pairs of the training text and of the held-out last tenth (no accuracies)."""
        self.model.eval()
        with torch.no_grad():
            losses = {name: float(self.pair_loss(*pairs)) for name, pairs in self._eval.items()}
        return {"train_loss": losses["train"], "test_loss": losses["test"], "train_accuracy": None,
                "test_accuracy": None}

    def record(self) -> dict[str, float | None]:
        """Evaluate and append (step, train loss, test loss) to the history."""
        metrics = self.evaluate()
        self._metrics = metrics
        self._history = add_history_row(self._history, (self.step_count, metrics["train_loss"], metrics["test_loss"]))
        return metrics

    def word_vectors(self) -> np.ndarray:
        """(vocabulary, dim) float32: the word vectors x_w of the vocabulary's words, row i = ``words[i]``."""
        weight = self.model.layers[self.embedding_id].weight.detach()
        return weight[: len(self.words)].cpu().numpy().astype(np.float32)

    def snapshot(
        self,
        requested: tuple[str, ...] | set[str] = (),
        grid: int = 60,
        options: dict[str, Any] | None = None,
        measure: bool = True,
    ) -> Snapshot:
        """Metrics plus the requested probes: gradient norms, weights, update ratios and the embedding view
        ("embedding"; options "embedding_words": the query words, "embedding_count": the words mapped)."""
        unknown = set(requested) - KNOWN_PROBES
        if unknown:
            raise ValueError(f"unknown probes: {sorted(unknown)}")
        options = options or {}
        metrics = self.record() if measure or self._metrics is None else self._metrics
        model = self.model
        snap = Snapshot(
            step=self.step_count,
            epoch=self.epoch,
            train_loss=metrics["train_loss"],
            test_loss=metrics["test_loss"],
            train_accuracy=None,
            test_accuracy=None,
            history=np.asarray(self._history, dtype=np.float64).reshape(-1, 3),
            names=dict(model.names),
            kinds=dict(model.kinds),
            task=self.task,
            device=self.device.type,
        )
        if "grad_norms" in requested:
            snap.grad_norms = probes.grad_norms(model)
        if "activations" in requested:  # the word vectors of test words, as the network outputs them
            with torch.no_grad():
                snap.activation_hist = probes.activation_stats(model, self._eval["test"][0][:512].unsqueeze(1), {})[0]
        if "weights" in requested:
            snap.weight_hist = probes.weight_hists(model)
            snap.weight_stats = probes.weight_stats(model)
        self.track_updates = "update_ratio" in requested
        snap.update_ratio = dict(self._update_ratio) if self.track_updates else {}
        if "embedding" in requested:
            text = options.get("embedding_words")
            if not isinstance(text, str):
                text = DEFAULT_QUERIES.get(self.data_settings["dataset"], "")
            queries = parse_queries(text)
            count = options.get("embedding_count", MAP_WORDS)
            count = count if isinstance(count, int) and not isinstance(count, bool) and count > 1 else MAP_WORDS
            snap.embedding, self._axes = embedding_view(
                self.word_vectors(), self.words, self.step_count, queries, count, self._axes
            )
        return snap
