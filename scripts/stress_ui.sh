#!/bin/sh
# Run the UI test suite N times in a row under CPU load and count crashes.
#
#   scripts/stress_ui.sh [RUNS] [LOAD_WORKERS]      defaults: 20 runs, one busy worker per core
#
# The load comes from `stress --cpu` when it is installed, else from busy Python loops; it
# makes thread timing and garbage collection land at other moments than on an idle machine,
# which is when lifetime bugs (a widget freed on a worker thread, a dialog whose parent was
# collected) turn into crashes. Each run's output goes to a log folder; a run that dies of a
# signal (segfault, abort) is a crash and its log holds faulthandler's traceback.
# Exit code 0 only when every run passed.
set -u
cd "$(dirname "$0")/.."
RUNS="${1:-20}"
WORKERS="${2:-$(nproc 2>/dev/null || echo 2)}"
PYTHON="${PYTHON:-.venv/bin/python}"
LOGS="$(mktemp -d "${TMPDIR:-/tmp}/stress-ui.XXXXXX")"

load_pids=""
stop_load() {
  for pid in $load_pids; do kill "$pid" 2>/dev/null; done
  load_pids=""
}
trap stop_load EXIT
child=""
# Stop the run in progress too, not only the load (a trap fires at once during `wait`).
trap 'stop_load; [ -n "$child" ] && kill "$child" 2>/dev/null; exit 130' INT TERM

if command -v stress >/dev/null 2>&1; then
  stress --cpu "$WORKERS" >/dev/null 2>&1 &
  load_pids="$!"
else
  i=0
  while [ "$i" -lt "$WORKERS" ]; do
    "$PYTHON" -c 'while True: pass' &
    load_pids="$load_pids $!"
    i=$((i + 1))
  done
fi
echo "load: $WORKERS busy worker(s); logs in $LOGS"

passed=0; failed=0; crashed=0
run=1
while [ "$run" -le "$RUNS" ]; do
  log="$LOGS/run-$run.log"
  QT_QPA_PLATFORM=offscreen "$PYTHON" -X faulthandler -m pytest tests/ui -q -n 0 \
    -p no:cacheprovider >"$log" 2>&1 &
  child=$!
  wait "$child"
  rc=$?
  child=""
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1)); verdict="passed"
  elif [ "$rc" -ge 128 ] || grep -q "Fatal Python error" "$log"; then
    crashed=$((crashed + 1)); verdict="CRASHED (exit $rc)"
  else
    failed=$((failed + 1)); verdict="failed (exit $rc)"
  fi
  echo "run $run/$RUNS: $verdict — $(tail -n 1 "$log")"
  run=$((run + 1))
done
stop_load
echo "runs: $RUNS, passed: $passed, failed: $failed, crashed: $crashed (logs: $LOGS)"
[ "$failed" -eq 0 ] && [ "$crashed" -eq 0 ]
