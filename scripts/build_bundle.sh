#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle (build.spec) on Linux and check it runs:
# the frozen CLI's --version and self-test, and the GUI staying up offscreen.
#
#   scripts/build_bundle.sh            -> dist/Secretariat/{Secretariat,secretariat-cli,_internal}
#
# PYTHON picks the interpreter (default: python3 on PATH); PyInstaller is installed into
# it when missing. Exits non-zero on any failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
DIST_DIR="$ROOT/dist"
WORK_DIR="$ROOT/build/pyinstaller"
BUNDLE="$DIST_DIR/Secretariat"
GUI_SECONDS="${GUI_SECONDS:-8}"

log() { printf '[build_bundle] %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

cd "$ROOT"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    log "installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.5"
fi

log "PyInstaller $("$PYTHON" -m PyInstaller --version) on $("$PYTHON" -V 2>&1)"
start=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$WORK_DIR" build.spec
log "bundle built in $((SECONDS - start)) s: $(du -sh "$BUNDLE" | cut -f1)"

for required in Secretariat secretariat-cli \
    _internal/secretariat/resources/fonts \
    _internal/secretariat/resources/translations \
    _internal/secretariat/resources/icons/secretariat.png \
    _internal/secretariat/migrations/env.py \
    _internal/secretariat/migrations/script.py.mako \
    _internal/secretariat/migrations/versions; do
    [[ -e "$BUNDLE/$required" ]] || fail "bundle lacks $required"
done

# Run the frozen programs away from the user's real data and settings.
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
export HOME="$SCRATCH/home" SECRETARIAT_DATA_DIR="$SCRATCH/data" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

expected_version="$("$PYTHON" -c 'import ast,sys
tree = ast.parse(open("secretariat/__init__.py", encoding="utf-8").read())
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
           and any(getattr(t, "id", "") == "__version__" for t in n.targets)))')"
version_output="$("$BUNDLE/secretariat-cli" --version 2>&1)" || fail "secretariat-cli --version: $version_output"
[[ "$version_output" == *"$expected_version"* ]] \
    || fail "secretariat-cli --version printed '$version_output', expected $expected_version"
log "secretariat-cli --version: $version_output"

log "secretariat-cli self-test"
"$BUNDLE/secretariat-cli" self-test || fail "frozen self-test"

log "GUI must start and stay up for $GUI_SECONDS s (offscreen)"
"$BUNDLE/Secretariat" -platform offscreen >"$SCRATCH/gui.log" 2>&1 &
gui_pid=$!
for _ in $(seq "$GUI_SECONDS"); do
    sleep 1
    if ! kill -0 "$gui_pid" 2>/dev/null; then
        status=0
        wait "$gui_pid" || status=$?
        cat "$SCRATCH/gui.log" >&2
        fail "GUI exited after start (status $status)"
    fi
done
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true

log "OK: $BUNDLE"
