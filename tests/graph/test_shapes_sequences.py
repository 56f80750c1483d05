"""Sequence and GAN designs checked against their project's data: heads, embeddings, the GAN's two networks."""

import pytest
from shape_support import build, line

from playground.graph import Project, infer_shapes
from playground.graph.params import validate_all
from playground.graph.settings import DATA_PARAMS, DATASETS

GAN_SETS = [name for name, info in DATASETS.items() if info.kind == "gan"]


def project(graph, **data) -> Project:
    values, problems = validate_all(DATA_PARAMS, data, "data")
    assert not problems, problems
    return Project(graph=graph, data=values)


def check(graph, **data):
    return project(graph, **data).check()


def many_to_one(cell: str = "LSTM", units: int = 1, shape=(20, 1), task: str = "regression", **rnn):
    """Input → recurrent layer (last state) → Dense → Output."""
    return line(("rnn", cell, {"hidden": 8, **rnn}), ("fc", "Dense", {"units": units}), shape=shape,
                head={"task": task})


def many_to_many(cell: str = "LSTM", units: int = 1, shape=(20, 1), task: str = "regression"):
    """Input → recurrent layer (every state) → TimeDense → Output."""
    return line(("rnn", cell, {"hidden": 8, "return_sequences": True}), ("td", "TimeDense", {"units": units}),
                shape=shape, head={"task": task})


def char_rnn(vocab: int = 36, classes: int = 36, steps: int = 20):
    """Input ids → Embedding → GRU (every state) → TimeDense → Output: a character-level language model."""
    return line(("emb", "Embedding", {"vocab": vocab, "dim": 8}), ("gru", "GRU", {"return_sequences": True}),
                ("td", "TimeDense", {"units": classes}), shape=(steps,), head={"task": "multiclass"})


# --- what the data tells shape inference -----------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "sample", "target", "vocab"),
    [
        ({"dataset": "sine", "seq_len": 30}, (30, 1), (1,), 0),
        ({"dataset": "sine", "seq_len": 30, "seq_target": "every"}, (30, 1), (30, 1), 0),
        ({"dataset": "adding", "seq_len": 50, "seq_target": "every"}, (50, 2), (1,), 0),  # adding answers once
        ({"dataset": "remember", "classes": 6}, (20, 12), (6,), 0),
        ({"dataset": "text", "seq_len": 40}, (40,), (40, 36), 36),
    ],
)
def test_project_describes_sequence_data(data, sample, target, vocab):
    info = project(line(), **data).data_info()
    assert info.kind == "sequence" and info.input_shape == sample == info.sample_shape
    assert info.target_shape == target and info.vocab == vocab
    assert not info.is_gan and info.image_shape == ()


def test_project_describes_gan_data():
    info = project(line(), dataset="ring").data_info()
    assert info.is_gan and info.input_shape == (2,) and info.target_shape == () and info.vocab == 0


# --- the Output must give what the data wants ---------------------------------------------------------


def test_many_to_one_and_many_to_many_designs_fit_their_targets():
    assert check(many_to_one(), dataset="sine").ok
    assert check(many_to_many(), dataset="sine", seq_target="every").ok
    assert check(many_to_one(shape=(20, 2)), dataset="adding").ok
    assert check(many_to_one("GRU", units=4, shape=(20, 8), task="multiclass"), dataset="remember", classes=4).ok
    assert check(char_rnn(), dataset="text").ok


def test_a_per_step_output_for_a_last_step_target_asks_for_the_last_state():
    report = check(many_to_many(), dataset="sine", seq_target="last")
    assert report.errors == {
        "out": "Output 'out': the data wants one prediction after the last step (1 value), but it gets one per step "
        "(20×1): let the last recurrent layer return only its last state, then a Dense"
    }


def test_a_last_step_output_for_an_every_step_target_asks_for_sequences_and_a_time_dense():
    report = check(many_to_one(), dataset="sine", seq_target="every")
    assert report.errors == {
        "out": "Output 'out': the data wants a prediction at every one of its 20 steps (20×1), but it gets 1: "
        "let the recurrent layer return sequences and end with a TimeDense of 1 unit"
    }


@pytest.mark.parametrize(
    ("graph", "data", "message"),
    [
        (many_to_one(units=3), {"dataset": "sine"},
         "it gets 3 values but the data wants 1 value: set the last Dense to 1 unit"),
        (many_to_one(units=3, shape=(20, 10), task="multiclass"), {"dataset": "remember", "classes": 5},
         "it gets 3 values but the data wants 5 classes: set the last Dense to 5 units"),
        (char_rnn(classes=30), {"dataset": "text"}, "it gets 20×30 but the data wants 20×36 (36 classes per step)"),
        (many_to_many(units=2), {"dataset": "sine", "seq_target": "every"},
         "it gets 20×2 but the data wants 20×1 (1 value per step)"),
    ],
)
def test_the_wrong_number_of_values_names_the_number_wanted(graph, data, message):
    assert check(graph, **data).errors == {"out": f"Output 'out': {message}"}


@pytest.mark.parametrize(
    ("task", "data", "wanted"),
    [
        ("regression", {"dataset": "remember", "classes": 2}, "multi-class classification"),
        ("binary", {"dataset": "remember", "classes": 2}, "multi-class classification"),
        ("multiclass", {"dataset": "sine"}, "regression"),
        ("reconstruction", {"dataset": "adding"}, "regression"),
    ],
)
def test_the_head_task_must_be_the_datas(task, data, wanted):
    steps_features = {"remember": (20, 4), "adding": (20, 2)}.get(data["dataset"], (20, 1))
    report = check(many_to_one(units=2 if task == "multiclass" else 1, shape=steps_features, task=task), **data)
    assert report.errors["out"] == (
        f"Output 'out': the data is for {wanted}, but the head's task is {task}: change the task"
    )


def test_a_time_by_values_output_is_refused_for_point_data():
    report = check(many_to_many(shape=(2, 1)), dataset="plane")
    assert "Input 'x': its shape is 2×1 but the data gives 2 features: set the shape to [2]" in report.errors["x"]
    report = check(line(("r", "Reshape", {"shape": [2, 1]}), ("td", "TimeDense", {"units": 1}),
                        head={"task": "regression"}), dataset="plane")
    assert report.errors == {
        "out": "Output 'out': needs a flat vector but receives 2×1: put a Flatten and a Dense before it"
    }


@pytest.mark.parametrize(
    ("data", "shape", "described"),
    [
        ({"dataset": "adding", "seq_len": 15}, [15, 2], "sequences of 15 steps × 2 features"),
        ({"dataset": "remember", "seq_len": 9, "classes": 3}, [9, 6], "sequences of 9 steps × 6 features"),
        ({"dataset": "text", "seq_len": 25}, [25], "sequences of 25 symbol ids"),
    ],
)
def test_a_wrong_input_shape_describes_the_sequences(data, shape, described):
    report = check(many_to_one(shape=(10, 1)), **data)
    assert report.errors["x"] == (
        f"Input 'x': its shape is 10×1 but the data gives {described}: set the shape to {shape}"
    )


# --- text enters through an Embedding ---------------------------------------------------------------


@pytest.mark.parametrize(("vocab", "ok"), [(35, False), (36, True), (100, True)])
def test_the_embedding_vocabulary_covers_the_alphabet(vocab, ok):
    report = check(char_rnn(vocab=vocab), dataset="text")
    assert report.ok == ok
    if not ok:
        assert report.errors == {
            "emb": "Embedding 'emb': the text has 36 different symbols: set the vocabulary to at least 36"
        }


def test_text_read_by_a_dense_asks_for_an_embedding():
    graph = line(("fc", "Dense", {"units": 8}), ("r", "Reshape", {"shape": [20, 1]}), ("rnn", "RNN"),
                 ("fc2", "Dense", {"units": 36}), shape=(20,), head={"task": "multiclass"})
    report = check(graph, dataset="text", seq_target="last")
    assert report.errors == {
        "fc": "Dense 'fc': the text arrives as symbol ids (whole numbers, not measurements): put an Embedding right "
        "after the Input"
    }


def test_text_straight_into_the_output_asks_for_an_embedding():
    report = check(line(shape=(20,), head={"task": "multiclass"}), dataset="text")
    assert "put an Embedding right after the Input" in report.errors["out"]


def test_text_straight_into_a_recurrent_layer_asks_for_an_embedding():
    report = check(line(("rnn", "RNN", {"return_sequences": True}), ("td", "TimeDense", {"units": 36}),
                        shape=(20,), head={"task": "multiclass"}), dataset="text")
    assert "for symbol ids put an Embedding before it" in report.errors["rnn"]


def test_an_embedding_refuses_numbers():
    graph = line(("emb", "Embedding"), ("rnn", "LSTM"), ("fc", "Dense", {"units": 1}), shape=(2,))
    report = check(graph, dataset="circle", features=["x1", "x2"])
    assert report.errors == {
        "emb": "Embedding 'emb': looks up symbol ids, but the data gives 2 features: an Embedding is for text; "
        "delete it, or choose the text dataset"
    }


def test_an_embedding_takes_its_ids_from_the_input_only():
    graph = line(("drop", "Dropout"), ("emb", "Embedding"), ("gru", "GRU", {"return_sequences": True}),
                 ("td", "TimeDense", {"units": 36}), shape=(20,), head={"task": "multiclass"})
    report = check(graph, dataset="text")
    # the Dropout's complaint comes first; the Embedding says where the ids come from
    assert "put an Embedding right after the Input" in report.errors["drop"]
    # the same design without data: only the wiring rule applies, and it is the Embedding's
    assert infer_shapes(graph).errors == {
        "emb": "Embedding 'emb': looks up symbol ids, which only the Input of a text dataset gives: connect it "
        "right after the Input"
    }


# --- parameter counts of the recurrent kinds (torch's layout; the engine tests compare with torch) ---------


@pytest.mark.parametrize(
    ("cell", "rnn", "expected"),
    [
        # gates · hidden · (inputs + hidden + 2 biases), per direction and layer
        ("RNN", {}, 1 * 8 * (3 + 8 + 2)),
        ("GRU", {}, 3 * 8 * (3 + 8 + 2)),
        ("LSTM", {}, 4 * 8 * (3 + 8 + 2)),
        ("LSTM", {"bidirectional": True}, 2 * 4 * 8 * (3 + 8 + 2)),
        ("GRU", {"layers": 2}, 3 * 8 * (3 + 8 + 2) + 3 * 8 * (8 + 8 + 2)),  # layer 2 reads 8 hidden values
        ("RNN", {"layers": 2, "bidirectional": True}, 2 * 8 * (3 + 8 + 2) + 2 * 8 * (16 + 8 + 2)),
    ],
)
def test_recurrent_parameter_counts(cell, rnn, expected):
    report = infer_shapes(many_to_one(cell, shape=(20, 3), **rnn))
    assert report.params["rnn"] == expected


def test_embedding_and_time_dense_parameter_counts():
    report = check(char_rnn(vocab=40), dataset="text")
    assert report.ok
    assert report.params["emb"] == 40 * 8
    assert report.params["td"] == 32 * 36 + 36  # the same weights at every step: counted once


# --- GANs: a generator and a discriminator in one design ----------------------------------------------------


def gan_design(noise: int = 4, generated: int = 2, d_units: int = 1, task: str = "binary", d_input: int = 2,
               drop: str = "", nodes: tuple = (), edges: tuple = ()):
    """Noise → Dense → ReLU → Dense → Generated beside Input → Dense → ReLU → Dense → Output.

    ``drop`` leaves a node (and its edges) out; ``nodes`` and ``edges`` are added.
    """
    design = [
        ("z", "Noise", {"size": noise}), ("g1", "Dense", {"units": 16}), ("ga", "Activation", {"function": "relu"}),
        ("g2", "Dense", {"units": generated}), ("fake", "Generated"),
        ("x", "Input", {"shape": [d_input]}), ("d1", "Dense", {"units": 16}),
        ("da", "Activation", {"function": "relu"}), ("d2", "Dense", {"units": d_units}),
        ("out", "Output", {"task": task}),
    ]
    wiring = [("z", "g1"), ("g1", "ga"), ("ga", "g2"), ("g2", "fake"), ("x", "d1"), ("d1", "da"), ("da", "d2"),
              ("d2", "out")]
    return build([n for n in design if n[0] != drop] + list(nodes),
                 [e for e in wiring if drop not in e] + list(edges))


@pytest.mark.parametrize("dataset", GAN_SETS)
def test_a_gan_design_is_valid_with_a_gan_target(dataset):
    report = check(gan_design(), dataset=dataset, points=[[0.0, 1.0]])
    assert report.ok, (report.errors, report.design_errors)
    assert report.shapes["z"] == (4,) and report.shapes["fake"] == (2,) and report.shapes["out"] == (1,)
    assert report.total_params == (4 * 16 + 16) + (16 * 2 + 2) + (2 * 16 + 16) + (16 + 1)


def test_a_gan_without_noise_says_where_the_generator_starts():
    report = check(gan_design(drop="z"), dataset="ring")
    assert report.design_errors == [
        "the design needs a Noise layer (where the generator starts): drag one from the palette"
    ]
    assert "g1" in report.errors  # the generator's first Dense is left without input


def test_a_gan_without_generated_or_output_names_each_missing_end():
    report = check(build([("z", "Noise"), ("g", "Dense", {"units": 2})], [("z", "g")]), dataset="ring")
    assert report.design_errors == [
        "the design needs an Input layer (where the discriminator sees samples): drag one from the palette",
        "the design needs an Output layer (the discriminator's verdict): drag one from the palette",
        "the design needs a Generated layer (the generator's fake sample): drag one from the palette",
    ]


def test_two_noise_layers_are_one_too_many():
    report = check(gan_design(nodes=[("z2", "Noise")]), dataset="ring")
    assert "the design has 2 Noise layers; keep exactly one" in report.design_errors
    assert "does not lead to the Output or the Generated sample" in report.errors["z2"]


@pytest.mark.parametrize("dataset", ["circle", "sine", "mnist"])
def test_gan_layers_in_another_project_are_reported(dataset):
    graph = build([("x", "Input", {"shape": [2]}), ("fc", "Dense", {"units": 1}), ("out", "Output"),
                   ("z", "Noise")], [("x", "fc"), ("fc", "out")])
    report = check(graph, dataset=dataset)
    assert "a Noise layer belongs to a GAN's generator: choose a GAN target in the data settings (ring, moons, …) " \
           "or delete it" in report.design_errors
    assert not any("Generated" in e for e in report.design_errors)  # only what is there is reported


def test_a_generated_sample_of_the_wrong_size_is_reported():
    report = check(gan_design(generated=3), dataset="ring")
    assert report.errors == {
        "fake": "Generated 'fake': the generator makes samples of 3 values but the real samples have 2: set the last "
        "Dense before it to 2 units"
    }


@pytest.mark.parametrize(("d_units", "task"), [(2, "multiclass"), (1, "regression")])
def test_the_discriminator_says_real_or_fake(d_units, task):
    report = check(gan_design(d_units=d_units, task=task), dataset="ring")
    assert report.errors == {
        "out": "Output 'out': the discriminator says real or fake: set the task to binary classification with 1 "
        "output value"
    }


def test_the_discriminator_input_takes_2d_points():
    report = check(gan_design(d_input=3), dataset="grid")
    assert report.errors["x"] == "Input 'x': its shape is 3 but the data gives 2D points (x₁, x₂): set the shape to [2]"


def test_real_samples_must_not_reach_the_generator():
    graph = build(
        [("z", "Noise", {"size": 2}), ("cat", "Concat"), ("g", "Dense", {"units": 2}), ("fake", "Generated"),
         ("x", "Input", {"shape": [2]}), ("d", "Dense", {"units": 1}), ("out", "Output")],
        [("z", "cat"), ("x", "cat"), ("cat", "g"), ("g", "fake"), ("x", "d"), ("d", "out")],
    )
    report = check(graph, dataset="ring")
    assert report.errors == {
        "x": "Input 'x': leads to the generator's Generated: keep the generator (Noise → … → Generated) and the "
        "discriminator (Input → … → Output) apart; training feeds the generated samples to the discriminator by "
        "itself"
    }


def test_a_generator_layer_off_both_paths_is_reported():
    report = check(gan_design(nodes=[("side", "Dense", {"units": 3})], edges=[("ga", "side")]), dataset="ring")
    assert report.errors == {
        "side": "Dense 'side' does not lead to the Output or the Generated sample: connect it or delete it"
    }
