#!/usr/bin/env bash
# The officers' console in a real headless Chromium: the tests start their own hub on a free port
# with a throwaway data directory (Tests/browser/conftest.py) and write screenshots to docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x "${ASPIRASI_BIN:-.build/debug/aspirasi}" ] || { echo "build first (make build)" >&2; exit 1; }
[ -x .build/venv-browser/bin/pytest ] || scripts/bootstrap.sh test
exec .build/venv-browser/bin/pytest -q -p no:cacheprovider Tests/browser "$@"
