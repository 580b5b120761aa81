#!/usr/bin/env bash
# Install what the tests need into .venv and run them. `--lint` also runs ruff, mypy (code and
# tests), lint-imports (the architecture's contracts) and vulture (dead code); CI does.
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
  .venv/bin/lint-imports
  .venv/bin/vulture --min-confidence 80 secretariat ui tests scripts/vulture_whitelist.py
fi
.venv/bin/python -m pytest "$@"
