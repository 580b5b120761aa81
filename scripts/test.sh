#!/usr/bin/env bash
# Install what the tests need into .venv and run them. `--lint` also runs ruff and mypy (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
if [ "${1:-}" = "--lint" ]; then
  shift
  .venv/bin/ruff check .
  .venv/bin/mypy
fi
.venv/bin/python -m pytest "$@"
