"""UI test fixtures shared by every test here."""

from __future__ import annotations

import pytest

from playground.ui import recovery


@pytest.fixture(autouse=True)
def _own_recovery_folder(monkeypatch, tmp_path):
    """Each test autosaves into its own folder: never the user's, and no other test's left-over file is offered."""
    monkeypatch.setattr(recovery, "recovery_dir", lambda: tmp_path / "recovery")
