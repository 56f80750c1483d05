import os

import pytest

BUILD_ENV = "NN_PLAYGROUND_BUILD_BUNDLE"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``packaging`` build the whole app (minutes, ~1 GB): only ``packaging/test_bundle.sh`` runs them."""
    if os.environ.get(BUILD_ENV):
        return
    skip = pytest.mark.skip(reason=f"builds the app with PyInstaller: run packaging/test_bundle.sh ({BUILD_ENV}=1)")
    for item in items:
        if item.get_closest_marker("packaging") is not None:
            item.add_marker(skip)
