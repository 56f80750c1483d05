"""A design as standalone Python source: one readable ``nn.Module`` class, the helpers it needs, and a loader.

The generated file imports torch only (and safetensors when it reads ``.safetensors`` weights), never this
package: a student can run it anywhere. Each layer is an attribute named after its node, constructed from the
registry's own ``module_code`` (the same source the engine evaluates, so the two cannot disagree), with the
output shape of every node as a comment, and ``forward`` runs the nodes in the engine's order. The small
modules torch lacks (``Heaviside``, ``Add``, ``Reshape``…) are copied from ``engine.modules``; ``Recurrent`` is
written without the app's step-by-step tracing, as the native layer ``engine.modules.Recurrent`` runs when
nobody traces it; a design with a peephole LSTM also gets the engine's own ``_step`` (the cell's equations) and
a restated loop over the time steps.
"""

from __future__ import annotations

import builtins
import inspect
import keyword
import re
import textwrap
import unicodedata

from torch import nn

from playground import __version__
from playground.engine import modules
from playground.engine.build import GraphModule
from playground.graph import Project, fmt_shape, kind

HELPERS = ("Heaviside", "Sign", "Threshold", "Add", "Concat", "GlobalAvgPool", "Reshape", "Recurrent", "RBM")
"""The ``L.*`` modules the registry's constructors may name, in the order the file defines them."""

PASS_THROUGH = "nn.Identity()"
"""Nodes built as an identity (Input, Output, Latent, Noise, Generated) become plain names, not layers."""

_RESERVED = (
    set(dir(nn.Module))
    | set(dir(builtins))
    | set(HELPERS)
    | {"x", "self", "torch", "nn", "Path", "load", "example_input", "state", "INPUT_SHAPE", "WEIGHTS", "NODES"}
)
"""Names a layer must not take: nn.Module's own attributes, builtins and the generated file's globals."""

TASK_OUTPUTS = {
    "binary": "one logit per sample (sigmoid gives the probability of class 1)",
    "multiclass": "one logit per class (softmax gives the probabilities)",
    "regression": "the predicted values",
    "reconstruction": "the reconstructed input",
}

_RECURRENT = '''
class Recurrent(nn.Module):
    """A recurrent layer (RNN, LSTM or GRU) on batch-first sequences (batch, time, features).

    Returns every step's hidden state (batch, time, directions·hidden) or only the last one
    (batch, directions·hidden); for a bidirectional layer "last" joins the forward direction's last step
    with the backward direction's state after reading the whole sequence backwards. ``init``, ``gain`` and
    ``forget_bias`` choose the starting weights as the app does; ``load()`` replaces them with the trained ones.
    """

    CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}

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
        forget_bias: float = 0.0,{peephole_arg}
    ) -> None:
        super().__init__()
        self.cell, self.return_sequences = cell, return_sequences
        extra = {"nonlinearity": nonlinearity} if cell == "rnn" else {}
        self.rnn = self.CELLS[cell](
            input_size, hidden, num_layers=layers, bidirectional=bidirectional, batch_first=True, **extra
        )
        self.directions = 2 if bidirectional else 1{peephole_init}
        self._init(init, gain, forget_bias)

{init}
    def forward(self, x: torch.Tensor) -> torch.Tensor:{peephole_forward}
        out, state = self.rnn(x)
        if self.return_sequences:
            return out
        h = state[0] if self.cell == "lstm" else state  # (layers·directions, batch, hidden)
        return torch.cat(list(h[-self.directions :]), dim=1)
'''


_PEEPHOLE_ARG = """
        peepholes: bool = False,"""

_PEEPHOLE_INIT = """
        self.nonlinearity = nonlinearity if cell == "rnn" else ""
        # an LSTM with peepholes: the gates also see the cell state through one weight per unit and gate,
        # rows w_ci, w_cf, w_co per layer and direction (torch has no such layer: forward runs the steps)
        if peepholes and cell == "lstm":
            self.peephole = nn.Parameter(torch.zeros(layers * self.directions, 3, hidden))
        else:
            self.register_parameter("peephole", None)"""

_PEEPHOLE_FORWARD = """
        if self.peephole is not None:
            return self._unrolled(x)"""

_PEEPHOLE_LOOP = '''
    def _unrolled(self, x: torch.Tensor) -> torch.Tensor:
        """The layer one time step at a time (each direction of each layer reads the one below)."""
        rnn, sequence, finals = self.rnn, x, []
        steps = x.shape[1]
        for layer in range(rnn.num_layers):
            outputs = []
            for direction in range(self.directions):
                suffix = f"_l{layer}" + ("_reverse" if direction else "")
                weight_ih, bias_ih = getattr(rnn, f"weight_ih{suffix}"), getattr(rnn, f"bias_ih{suffix}")
                w_hh, b_hh = getattr(rnn, f"weight_hh{suffix}"), getattr(rnn, f"bias_hh{suffix}")
                from_input = nn.functional.linear(sequence, weight_ih, bias_ih)
                peep = self.peephole[layer * self.directions + direction]
                h = c = x.new_zeros(x.shape[0], rnn.hidden_size)
                states = [h] * steps
                for t in range(steps) if direction == 0 else reversed(range(steps)):
                    h, c, _ = self._step(from_input[:, t], h, c, w_hh, b_hh, peep)
                    states[t] = h
                outputs.append(torch.stack(states, dim=1))
                finals.append(h)
            sequence = torch.cat(outputs, dim=2)
        return sequence if self.return_sequences else torch.cat(finals[-self.directions :], dim=1)
'''


def identifier(name: str, taken: set[str], fallback: str = "layer") -> str:
    """``name`` as a Python identifier not in ``taken`` (which it joins): "dense 1" → "dense_1", "1st" → "layer_1st".

    Letters of any script stay (Python allows them); NFKC is the form Python itself gives identifiers.
    """
    text = unicodedata.normalize("NFKC", name)
    text = re.sub(r"\W+", "_", text).strip("_") or fallback
    if not (text[0].isalpha() or text[0] == "_"):
        text = f"{fallback}_{text}"
    if keyword.iskeyword(text) or text in _RESERVED:
        text += "_"
    unique, i = text, 2
    while unique in taken:
        unique, i = f"{text}_{i}", i + 1
    taken.add(unique)
    return unique


def class_name(title: str, network: str = "") -> str:
    """The generated class's name: the project's name in CamelCase (+ the GAN network), e.g. "GanRingGenerator"."""
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", title))
    base = "".join(w[:1].upper() + w[1:] for w in words)
    if base and not base[0].isalpha():
        base = "Net" + base
    name = (base or "Network") + network.title()
    return name if name.isidentifier() and not keyword.iskeyword(name) and name not in HELPERS else "Network"


def attribute_names(project: Project, model: GraphModule) -> dict[str, str]:
    """Node id → the name its layer (or value) gets in the generated class, in the model's order."""
    taken: set[str] = set()
    return {nid: identifier(project.graph.nodes[nid].name, taken) for nid in model.order}


def renamed_state(state: dict, names: dict[str, str]) -> dict:
    """A ``GraphModule`` state dict ("layers.<node id>.weight") with the generated class's keys ("dense1.weight")."""
    out = {}
    for key, value in state.items():
        _, nid, rest = key.split(".", 2)
        out[f"{names[nid]}.{rest}"] = value
    return out


def _shape(shape: tuple[int, ...]) -> str:
    return f"batch×{fmt_shape(shape)}"


def _helper_source(name: str, peepholes: bool = False) -> str:
    if name == "Recurrent":
        source = _RECURRENT.replace("{init}", inspect.getsource(modules.Recurrent._init))
        if peepholes:  # the cell's equations are the engine's own ``_step``, so the two cannot disagree
            source += _PEEPHOLE_LOOP + "\n" + inspect.getsource(modules.Recurrent._step)
        pieces = {
            "{peephole_arg}": _PEEPHOLE_ARG,
            "{peephole_init}": _PEEPHOLE_INIT,
            "{peephole_forward}": _PEEPHOLE_FORWARD,
        }
        for key, piece in pieces.items():
            source = source.replace(key, piece if peepholes else "")
        return source.strip("\n")
    return inspect.getsource(getattr(modules, name)).strip("\n")


def input_vocab(project: Project, model: GraphModule) -> int:
    """The vocabulary when the network's input is symbol ids (an Embedding reads it), else 0."""
    for nid in model.order:
        if model.kinds[nid] == "Embedding" and model.input_id in model.sources[nid]:
            return int(project.graph.nodes[nid].params["vocab"])
    return 0


def python_source(project: Project, model: GraphModule, network: str, weights_file: str) -> str:
    """The standalone module for ``model`` (a ``GraphModule`` of ``project``'s design) reading ``weights_file``."""
    graph = project.graph
    names = attribute_names(project, model)
    cls = class_name(project.name, network)
    constructors = {}
    for nid in model.order:
        in_shapes = [model.shapes[s] for s in model.sources[nid]]
        constructors[nid] = kind(model.kinds[nid]).module_code(in_shapes, graph.nodes[nid].params)
    used = {m for code in constructors.values() for m in re.findall(r"\bL\.(\w+)", code)}
    unknown = used - set(HELPERS)
    if unknown:  # a new L.* module in the registry needs its source here too
        raise ValueError(f"the code export does not know the modules {sorted(unknown)}")

    in_shape, out_shape = model.shapes[model.input_id], model.shapes[model.output_id]
    vocab = input_vocab(project, model)
    start, end = graph.nodes[model.input_id], graph.nodes[model.output_id]
    if end.kind == "Output":
        meaning = TASK_OUTPUTS[end.params["task"]]
    else:
        meaning = "a generated sample"
    if vocab:
        what_in, example = f"symbol ids 0…{vocab - 1}", f"torch.randint(0, {vocab}, (batch, *INPUT_SHAPE))"
    elif start.kind == "Noise" and start.params["distribution"] == "uniform":
        what_in, example = "noise z, uniform on [−1, 1]", "torch.rand(batch, *INPUT_SHAPE) * 2 - 1"
    elif start.kind == "Noise":
        what_in, example = "noise z ~ N(0, 1)", "torch.randn(batch, *INPUT_SHAPE)"
    else:
        what_in, example = "values", "torch.randn(batch, *INPUT_SHAPE)"
    title = project.name or "network"
    role = f"the {network} of " if network else ""
    lines = [
        f'"""{title}: {role}an NN Playground design as plain PyTorch (generated by NN Playground {__version__}).',
        "",
        "Needs only torch, and safetensors to read .safetensors weights.",
        "",
        f"    model = load()  # the trained weights from {weights_file} beside this file",
        "    y = model(example_input(5))",
        "",
        f"Input: {_shape(in_shape)} {what_in}. Output: {_shape(out_shape)}, {meaning}.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from pathlib import Path",
        "",
        "import torch",
        "from torch import nn",
        "",
        f"INPUT_SHAPE = {tuple(in_shape)!r}",
        '"""One input sample without the batch dimension."""',
        f"WEIGHTS = {weights_file!r}",
        "NODES = {",
        *(f"    {nid!r}: {name!r}," for nid, name in names.items()),
        "}",
        '"""Node ids in the NN Playground design → names here: load() also reads the app\'s .pt and .safetensors."""',
    ]
    peepholes = any("peepholes=True" in code for code in constructors.values())
    for helper in (h for h in HELPERS if h in used):
        lines += ["", "", _helper_source(helper, peepholes)]
    lines += ["", "", *_class_lines(project, model, cls, names, constructors)]
    lines += ["", "", *_loader_lines(cls, example)]
    return "\n".join(lines) + "\n"


def _class_lines(
    project: Project, model: GraphModule, cls: str, names: dict[str, str], constructors: dict[str, str]
) -> list[str]:
    graph = project.graph
    layers = [nid for nid in model.order if constructors[nid] != PASS_THROUGH]
    lines = [
        f"class {cls}(nn.Module):",
        f'    """{project.name or "The network"}: {len(layers)} layers in the order the design runs them."""',
        "",
        "    def __init__(self) -> None:",
        "        super().__init__()",
    ]
    for nid in layers:
        node = graph.nodes[nid]
        code = re.sub(r"\bL\.", "", constructors[nid])  # the helpers are defined in the file itself
        ins = ", ".join(fmt_shape(model.shapes[s]) for s in model.sources[nid])
        lines.append(f"        self.{names[nid]} = {code}  # {node.kind}: {ins} → {fmt_shape(model.shapes[nid])}")
    if not layers:
        lines.append("        # every node of this design passes its input through unchanged")
    lines += ["", "    def forward(self, x: torch.Tensor) -> torch.Tensor:"]
    value = {model.input_id: "x"}
    start = graph.nodes[model.input_id]
    lines.append(f"        # {start.name} ({start.kind}): x is {_shape(model.shapes[model.input_id])}")
    for nid in model.order:
        if nid == model.input_id:
            continue
        node = graph.nodes[nid]
        args = ", ".join(value[s] for s in model.sources[nid])
        if nid == model.output_id:
            lines.append(f"        return {args}  # {node.name} ({node.kind}): {_shape(model.shapes[nid])}")
        elif constructors[nid] == PASS_THROUGH:
            value[nid] = args  # an identity: later nodes read its input directly
            lines.append(f"        # {node.name} ({node.kind}) passes {args} through")
        else:
            value[nid] = names[nid]
            lines.append(f"        {names[nid]} = self.{names[nid]}({args})  # {_shape(model.shapes[nid])}")
    return lines


def _loader_lines(cls: str, example: str) -> list[str]:
    body = f'''
def load(path: str | Path | None = None) -> {cls}:
    """The network in eval mode with the weights from ``path`` (default: WEIGHTS beside this file).

    Reads .safetensors (needs the safetensors package) or .pt, and also the NN Playground app's own
    .pt and .safetensors exports of this design.
    """
    path = Path(path) if path is not None else Path(__file__).with_name(WEIGHTS)
    if path.suffix == ".safetensors":
        from safetensors.torch import load_file

        state = load_file(path)
    else:
        state = torch.load(path, map_location="cpu", weights_only=True)
        state = state.get("state_dict", state)  # the app's .pt export keeps the weights under "state_dict"
    state = {{_local_key(key): value for key, value in state.items()}}
    model = {cls}()
    model.load_state_dict(state)
    return model.eval()


def _local_key(key: str) -> str:
    """The app names weights "layers.<node id>.weight"; this class names them after the nodes."""
    parts = key.split(".", 2)
    if len(parts) == 3 and parts[0] == "layers" and parts[1] in NODES:
        return f"{{NODES[parts[1]]}}.{{parts[2]}}"
    return key


def example_input(batch: int = 4) -> torch.Tensor:
    """A random batch of inputs of the right shape and type."""
    return {example}


if __name__ == "__main__":
    model = load()
    x = example_input()
    with torch.no_grad():
        y = model(x)
    print(f"input {{tuple(x.shape)}} -> output {{tuple(y.shape)}}")
'''
    return textwrap.dedent(body).strip("\n").splitlines()
