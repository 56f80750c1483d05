"""Small torch modules for registry kinds that torch.nn lacks (referenced as ``L.<name>``)."""

from __future__ import annotations

from typing import Any

import torch
from torch import nn


class Heaviside(nn.Module):
    """Step function: 1 where x > 0, else 0. Its gradient is zero everywhere (why backprop needs smooth units)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (x > 0).to(x.dtype)


class Sign(nn.Module):
    """Sign function: -1, 0 or +1. Zero gradient, like the step."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sign(x)


class Threshold(nn.Module):
    """McCulloch–Pitts neuron: 1 where the weighted sum of the inputs reaches ``theta``, else 0.

    The weights are set by hand (buffers, not parameters): nothing trains them, and saving keeps them.
    """

    def __init__(self, weights: list[float], theta: float) -> None:
        super().__init__()
        self.register_buffer("weight", torch.tensor(weights, dtype=torch.float32))
        self.register_buffer("theta", torch.tensor(float(theta)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return ((x @ self.weight.to(x.dtype)) >= self.theta.to(x.dtype)).to(x.dtype).unsqueeze(1)


class Add(nn.Module):
    """Element-wise sum of all inputs (skip / residual connections)."""

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        out = xs[0]
        for x in xs[1:]:
            out = out + x
        return out


class Concat(nn.Module):
    """Concatenation of all inputs along the first non-batch dimension."""

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        return torch.cat(xs, dim=1)


class GlobalAvgPool(nn.Module):
    """Mean of each channel over all pixel positions: (N, C, H, W) → (N, C)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.mean(dim=(2, 3))


class Reshape(nn.Module):
    """Gives each sample the shape ``shape`` (the batch dimension is kept)."""

    def __init__(self, shape: tuple[int, ...]) -> None:
        super().__init__()
        self.shape = tuple(shape)

    def extra_repr(self) -> str:
        return f"shape={self.shape}"

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.reshape(x.shape[0], *self.shape)


class Recurrent(nn.Module):
    """A registry RNN, LSTM or GRU on batch-first sequences (N, T, F).

    Returns every step's hidden state (N, T, directions·hidden) or only the last one (N, directions·hidden);
    for a bidirectional layer "last" joins the forward direction's last step with the backward direction's
    state after reading the whole sequence backwards. ``init`` and ``gain`` set the starting weights (gain
    scales W_hh: the factor backprop through time multiplies by at every step).

    Setting ``trace`` to an empty dict makes ``forward`` run the cells step by step in Python (same
    parameters, same formulas as torch, so the same numbers) and fill the dict for the probes:

    - ``"states"``: list of T tensors (N, hidden), h_t of the top layer's forward direction. They are the
      tensors the rest of the computation uses (the next step and the output), so ∂L/∂h_t read at them is
      the total gradient, through the recurrence as well; ``retain_grad`` is on when they need a gradient.
    - ``"gates"``: gate name → (T, hidden) values after their nonlinearity, of the first layer's forward
      direction for the batch's first sequence (names as in ``snapshot.GateTrace``).
    - ``"hidden"``: (T, hidden) h_t and ``"cell"``: (T, hidden) c_t (LSTM, else None), same layer and sequence.

    With ``trace`` None (the default) ``forward`` is torch's fused (cuDNN) layer, except for an LSTM with
    ``peepholes``: torch has no such layer, so it always runs step by step. Its gates also see the cell state
    through diagonal weights (one vector per gate, Gers & Schmidhuber 2000): f_t and i_t see C_{t−1}, o_t sees
    C_t. ``peephole`` holds them, (layers·directions, 3, hidden) with rows w_ci, w_cf, w_co, starting at zero.

    Exports (``engine.export``) follow this path, for inference in eval mode: torch.export and ONNX trace
    torch's layer (or the peephole steps), and the generated Python code (``engine.codegen``) copies ``_init``
    and ``_step`` and restates ``forward`` and the step loop, so a change to either must keep the two in step
    (the export tests compare outputs).
    """

    CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}
    GATE_NAMES = {
        "rnn": ("hidden",),
        "lstm": ("input", "forget", "cell candidate", "output"),
        "gru": ("reset", "update", "candidate"),
    }
    """Gate names in torch's order of the weight blocks (LSTM i, f, g, o; GRU r, z, n)."""

    def __init__(
        self,
        cell: str,
        input_size: int,
        hidden: int,
        layers: int = 1,
        bidirectional: bool = False,
        return_sequences: bool = False,
        init: str = "torch",
        gain: float = 1.0,
        nonlinearity: str = "tanh",
        forget_bias: float = 0.0,
        peepholes: bool = False,
    ) -> None:
        super().__init__()
        self.cell, self.return_sequences = cell, return_sequences
        self.nonlinearity = nonlinearity if cell == "rnn" else ""
        extra = {"nonlinearity": nonlinearity} if cell == "rnn" else {}
        self.rnn = self.CELLS[cell](
            input_size, hidden, num_layers=layers, bidirectional=bidirectional, batch_first=True, **extra
        )
        self.directions = 2 if bidirectional else 1
        if peepholes and cell == "lstm":
            # zeros draw no random numbers and make a fresh peephole LSTM compute exactly what the plain one
            # with the same seed does: a comparison then shows what the learnt peepholes add, nothing else
            self.peephole = nn.Parameter(torch.zeros(layers * self.directions, 3, hidden))
        else:
            self.register_parameter("peephole", None)
        self.trace: dict[str, Any] | None = None
        self._init(init, gain, forget_bias)

    def _init(self, scheme: str, gain: float, forget_bias: float) -> None:
        with torch.no_grad():
            for name, weight in self.rnn.named_parameters():
                if scheme != "torch" and name.startswith("weight_ih"):
                    nn.init.xavier_uniform_(weight)
                elif scheme != "torch" and name.startswith("weight_hh"):
                    blocks = weight.view(-1, weight.shape[1], weight.shape[1])  # one square block per gate
                    for block in blocks:
                        (nn.init.orthogonal_ if scheme == "orthogonal" else nn.init.xavier_uniform_)(block)
                elif scheme != "torch" and name.startswith("bias"):
                    nn.init.zeros_(weight)
                if name.startswith("weight_hh"):
                    weight.mul_(gain)
                if self.cell == "lstm" and name.startswith("bias"):
                    hidden = weight.shape[0] // 4
                    # gate order i, f, g, o; the two biases add up, so the forget bias goes into one of them
                    weight[hidden : 2 * hidden] = forget_bias if name.startswith("bias_ih") else 0.0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.trace is not None or self.peephole is not None:
            return self._unrolled(x, self.trace)
        out, state = self.rnn(x)
        if self.return_sequences:
            return out
        h = state[0] if self.cell == "lstm" else state  # (layers·directions, N, hidden)
        return torch.cat(list(h[-self.directions :]), dim=1)

    def _unrolled(self, x: torch.Tensor, trace: dict[str, Any] | None) -> torch.Tensor:
        """The layer computed one cell step at a time, recording what ``trace`` promises (unless it is None)."""
        if trace is not None:
            trace.clear()
        layers = self.rnn.num_layers
        sequence, finals = x, []
        for layer in range(layers):
            outputs = []
            for direction in range(self.directions):
                top = trace is not None and layer == layers - 1 and direction == 0
                states, final = self._direction(sequence, layer, direction, trace, keep_grads=top)
                if top:
                    trace["states"] = states
                outputs.append(torch.stack(states, dim=1))
                finals.append(final)
            sequence = torch.cat(outputs, dim=2) if self.directions == 2 else outputs[0]
        if self.return_sequences:
            return sequence
        return torch.cat(finals[-self.directions :], dim=1)

    def _direction(
        self, x: torch.Tensor, layer: int, direction: int, trace: dict[str, Any] | None, keep_grads: bool
    ) -> tuple[list[torch.Tensor], torch.Tensor]:
        """One direction of one layer over the whole sequence: h_t for every t (in time order) and the final h."""
        suffix = f"_l{layer}" + ("_reverse" if direction else "")
        rnn = self.rnn
        w_hh = getattr(rnn, f"weight_hh{suffix}")
        b_hh = getattr(rnn, f"bias_hh{suffix}", None)
        # the input's share of every gate for all steps at once: it does not depend on the recurrence
        from_input = nn.functional.linear(x, getattr(rnn, f"weight_ih{suffix}"), getattr(rnn, f"bias_ih{suffix}", None))
        n, steps = x.shape[0], x.shape[1]
        h = x.new_zeros(n, rnn.hidden_size)
        c = x.new_zeros(n, rnn.hidden_size) if self.cell == "lstm" else None
        peep = None if self.peephole is None else self.peephole[layer * self.directions + direction]
        record = trace is not None and layer == 0 and direction == 0
        states: list[torch.Tensor] = [h] * steps
        gates: list[tuple[torch.Tensor, ...]] = []
        cells: list[torch.Tensor] = []
        for t in range(steps) if direction == 0 else reversed(range(steps)):
            h, c, values = self._step(from_input[:, t], h, c, w_hh, b_hh, peep)
            if keep_grads and h.requires_grad:
                h.retain_grad()
            states[t] = h
            if record:
                gates.append(tuple(v[0].detach() for v in values))
                if c is not None:
                    cells.append(c[0].detach())
        if record:  # implies a trace
            trace["gates"] = {
                name: torch.stack([g[i] for g in gates]) for i, name in enumerate(self.GATE_NAMES[self.cell])
            }
            trace["hidden"] = torch.stack([s[0].detach() for s in states])
            trace["cell"] = torch.stack(cells) if cells else None
        return states, h

    def _step(
        self,
        from_input: torch.Tensor,
        h: torch.Tensor,
        c: torch.Tensor | None,
        w_hh: torch.Tensor,
        b_hh: torch.Tensor | None,
        peep: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor | None, tuple[torch.Tensor, ...]]:
        """One cell step with torch's formulas: the new h, the new c (LSTM) and the gate values.

        ``peep`` (3, hidden): an LSTM's peephole weights w_ci, w_cf, w_co, or None for torch's plain LSTM.
        """
        from_state = nn.functional.linear(h, w_hh, b_hh)
        if self.cell == "rnn":
            total = from_input + from_state
            h = torch.relu(total) if self.nonlinearity == "relu" else torch.tanh(total)
            return h, None, (h,)
        if self.cell == "lstm":
            i, f, g, o = (from_input + from_state).chunk(4, dim=1)
            if peep is not None:  # the input and forget gates peek at the old cell state C_{t−1}
                i, f = i + peep[0] * c, f + peep[1] * c
            i, f, g = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g)
            c = f * c + i * g
            o = torch.sigmoid(o if peep is None else o + peep[2] * c)  # the output gate sees the new C_t
            return o * torch.tanh(c), c, (i, f, g, o)
        x_r, x_z, x_n = from_input.chunk(3, dim=1)
        h_r, h_z, h_n = from_state.chunk(3, dim=1)
        r, z = torch.sigmoid(x_r + h_r), torch.sigmoid(x_z + h_z)
        candidate = torch.tanh(x_n + r * h_n)  # the reset gate scales W_hn·h + b_hn, as in torch
        return (1 - z) * candidate + z * h, None, (r, z, candidate)


class RBM(nn.Module):
    """A restricted Boltzmann machine with binary units: ``forward(v)`` is P(h=1 | v) = σ(v·Wᵀ + b_h).

    ``weight`` is W (hidden, visible); ``hidden_bias`` b_h and ``visible_bias`` b_v. The Gibbs helpers and the
    free energy F(v) = −b_v·v − Σⱼ softplus(W v + b_h)ⱼ serve contrastive divergence (CD-``k``; ``persistent``:
    PCD), which the app's pretraining runs; the forward pass alone is the up-pass of a deep belief network.
    """

    def __init__(self, visible: int, hidden: int, k: int = 1, persistent: bool = False) -> None:
        super().__init__()
        self.k, self.persistent = int(k), bool(persistent)
        self.weight = nn.Parameter(torch.randn(hidden, visible) * 0.01)
        self.hidden_bias = nn.Parameter(torch.zeros(hidden))
        self.visible_bias = nn.Parameter(torch.zeros(visible))

    @property
    def bias(self) -> torch.Tensor:
        """The hidden bias under the name a weight initialiser looks for (it starts at zero)."""
        return self.hidden_bias

    def extra_repr(self) -> str:
        return f"visible={self.weight.shape[1]}, hidden={self.weight.shape[0]}, k={self.k}"

    def forward(self, v: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(nn.functional.linear(v, self.weight, self.hidden_bias))

    def visible_probs(self, h: torch.Tensor) -> torch.Tensor:
        """P(v=1 | h) = σ(h·W + b_v): the down-pass."""
        return torch.sigmoid(h @ self.weight + self.visible_bias)

    def gibbs(
        self, v: torch.Tensor, steps: int, generator: torch.Generator | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """``steps`` rounds of h ~ P(h|v), v ~ P(v|h) from ``v``: (the last P(v=1|h), the last binary sample v)."""
        probs = sample = v
        for _ in range(steps):
            h = torch.bernoulli(self.forward(sample), generator=generator)
            probs = self.visible_probs(h)
            sample = torch.bernoulli(probs, generator=generator)
        return probs, sample

    def free_energy(self, v: torch.Tensor) -> torch.Tensor:
        """F(v) = −b_v·v − Σⱼ softplus(W v + b_h)ⱼ per sample: P(v) ∝ exp(−F(v)) once h is summed out."""
        hidden = nn.functional.softplus(nn.functional.linear(v, self.weight, self.hidden_bias)).sum(dim=1)
        return -(v @ self.visible_bias) - hidden
