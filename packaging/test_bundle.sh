#!/bin/sh
# Build the desktop app and test the frozen program (several minutes, ~1 GB on disk). Not part of every CI run.
# Run from the environment that the app is built from:  sh packaging/test_bundle.sh [.venv/bin/python]
set -eu
cd "$(dirname "$0")/.."
PYTHON=${1:-.venv/bin/python}
NN_PLAYGROUND_BUILD_BUNDLE=1 QT_QPA_PLATFORM=offscreen "$PYTHON" -m pytest -n 0 -s -p no:cacheprovider tests/packaging
