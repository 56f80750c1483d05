"""Advanced settings: the fine-tuning ones a first lecture hides (View → Hide Advanced Controls)."""

from playground.graph.layers import KINDS
from playground.graph.params import ParamSpec
from playground.graph.settings import DATA_PARAMS, TRAIN_PARAMS


def test_specs_are_basic_unless_marked():
    assert ParamSpec("x", "int", 1, "An x.").advanced is False


def test_optimizer_details_are_advanced_and_the_lecture_settings_are_not():
    advanced = {s.name for s in TRAIN_PARAMS if s.advanced}
    assert {"beta1", "beta2", "rho", "eps", "clip_norm", "k_d", "k_g"} <= advanced
    assert not advanced & {"optimizer", "lr", "batch_size", "l1", "l2", "mode", "gan_loss", "momentum"}
    assert not {s.name for s in DATA_PARAMS if s.advanced} & {"dataset", "noise", "features", "samples"}


def test_layer_fine_tuning_is_advanced_but_the_teaching_knobs_are_not():
    def advanced(kind: str) -> set[str]:
        return {s.name for s in KINDS[kind].params if s.advanced}

    assert "sigma" in advanced("Dense") and {"momentum", "eps"} <= advanced("BatchNorm")
    assert "forget_bias" in advanced("LSTM") and "gain" not in advanced("RNN")  # exploding gradients: a lesson
    assert "units" not in advanced("Dense") and "init" not in advanced("Dense")
