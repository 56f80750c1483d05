"""Training → Device: where training runs (Auto, CPU, CUDA, MPS), a preference of this computer.

The choice is not saved in the project: a project made on a lab PC with a GPU must still train on a laptop
without one. It lives in QSettings under ``training/device``; ``nn-playground gui --device NAME`` overrides it
for one session (``apply_command_line``, like ``--language``: not stored). A new run trains on the chosen
device; a run that exists keeps its device until the next Reset (``TrainingSession.set_device``).

Whether CUDA or MPS is here needs torch, and the GUI thread must not import torch before the engine's warm-up
has (``engine_warmup``): until then the entries stay enabled, unverified; they are checked when the menu opens
or when the session reports the engine ready. An unavailable device is disabled with a status tip saying why;
a preference for a device that is not here (settings from another computer) fails at Play with that message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from playground.ui import engine_warmup
from playground.ui.i18n import N_, tr

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

SETTINGS_KEY = "training/device"
CHOICES = ("auto", "cpu", "cuda", "mps")
"""The engine's ``run_setup.DEVICE_CHOICES`` (not imported from there: that module imports torch)."""
LABELS = {"auto": N_("&Auto"), "cpu": N_("&CPU"), "cuda": N_("CU&DA (NVIDIA GPU)"), "mps": N_("&MPS (Apple GPU)")}
TIPS = {
    "auto": N_(
        "Image and sequence models train on a GPU when this computer has one; small networks train on the CPU, "
        "where they are faster"
    ),
    "cpu": N_("Always train on the processor: works on every computer, and is fastest for small networks"),
    "cuda": N_(
        "Train on an NVIDIA graphics card (CUDA): faster for image and sequence models, often slower for small "
        "2D networks"
    ),
    "mps": N_("Train on the graphics processor of a Mac with Apple silicon (Metal Performance Shaders)"),
}

_command_line: str | None = None


def apply_command_line(choice: str | None) -> None:
    """Use device ``choice`` in this session instead of the saved preference (``gui --device``); None: the saved
    one. Call before the window is created; the CLI rejects unknown names."""
    global _command_line
    _command_line = choice


def saved_device(settings: QSettings) -> str:
    """The device chosen last on this computer, ``auto`` when none (or an unknown name) is stored."""
    value = settings.value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in CHOICES else "auto"


def device_name(choice: str) -> str:
    """The device's name for a message ("CPU", "CUDA (NVIDIA GPU)"), translated, without the menu's mnemonic."""
    return tr(LABELS[choice]).replace("&", "")


class DeviceMenu(QObject):
    """The radio entries of Training → Device; a choice goes to the settings and to the window's session."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.settings = window.settings
        self.verified = False
        """True once CUDA and MPS have been checked (needs the engine imported)."""
        self.menu = QMenu(tr("&Device"), window)
        self.menu.setToolTipsVisible(True)  # the tips say what each device means, and why one is disabled
        self.menu.menuAction().setStatusTip(tr("Where training runs: the processor (CPU) or a graphics card (GPU)"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for choice in CHOICES:
            action = QAction(tr(LABELS[choice]), self.menu)
            action.setCheckable(True)
            action.setData(choice)
            action.setToolTip(tr(TIPS[choice]))
            action.setStatusTip(tr(TIPS[choice]))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
        self.menu.addSeparator()
        self.found = self.menu.addAction("")
        """A greyed line listing the devices found here, once they have been checked."""
        self.found.setEnabled(False)
        self.found.setVisible(False)
        current = _command_line if _command_line in CHOICES else saved_device(self.settings)
        self.actions[current].setChecked(True)
        self.session.set_device(current)
        self.group.triggered.connect(self._on_chosen)
        self.menu.aboutToShow.connect(self.check_availability)
        self.session.state_changed.connect(self._on_state_changed)
        self.check_availability()

    @property
    def choice(self) -> str:
        """The checked device: ``auto``, ``cpu``, ``cuda`` or ``mps``."""
        action = self.group.checkedAction()
        return action.data() if action is not None else "auto"

    def check_availability(self) -> None:
        """Disable the devices this computer lacks, with the reason as their tips (once the engine is ready)."""
        if self.verified or not engine_warmup.engine_ready():
            return
        self.verified = True
        self.session.state_changed.disconnect(self._on_state_changed)
        try:  # the warm-up is done, so this import does not load torch in the GUI thread
            from playground.engine.run_setup import device_problem
        except Exception:  # torch itself is broken (not installed, incomplete): the worker says so at Play
            return
        found = ["cpu"]
        for choice in ("cuda", "mps"):
            problem = device_problem(choice)
            if problem is None:
                found.append(choice)
                continue
            action = self.actions[choice]  # disabled; a menu shows a disabled entry's tooltip, not its status tip
            action.setEnabled(False)
            action.setToolTip(problem)
            action.setStatusTip(problem)
        self.found.setText(tr("Found on this computer: {devices}", devices=", ".join(map(device_name, found))))
        self.found.setVisible(True)

    @Slot()
    def _on_state_changed(self) -> None:
        self.check_availability()

    @Slot(QAction)
    def _on_chosen(self, action: QAction) -> None:
        choice = action.data()
        self.settings.setValue(SETTINGS_KEY, choice)
        self.window.show_message(tr("Training device: {device}", device=device_name(choice)))
        self.session.set_device(choice)  # with a run on another device: says that it applies at the next Reset


def training_menu(window: MainWindow) -> QMenu:
    """The window's Training menu (the one holding the Play action)."""
    play = window.training_actions.play
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and play in menu.actions():
            return menu
    raise LookupError("the window has no Training menu")


def install(window: MainWindow) -> DeviceMenu:
    """Add Training → Device to ``window`` and give its session the chosen device."""
    device_menu = DeviceMenu(window)
    menu = training_menu(window)
    menu.addSeparator()
    menu.addMenu(device_menu.menu)
    window.device_menu = device_menu
    return device_menu
