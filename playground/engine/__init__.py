"""The engine: builds torch modules from designs, trains them, measures them. No Qt.

Submodules are imported explicitly (``from playground.engine.train import Trainer``) so that
``playground.engine.data`` stays importable without torch.
"""
