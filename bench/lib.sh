# Shared by the benchmarks: a release hub on a throwaway embedded database.
# Sourced; sets $bin, $port, $work, and provides start_hub / stop_hub.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin="${ASPIRASI_BIN:-.build/release/aspirasi}"
[ -x "$bin" ] || { echo "build first: make release" >&2; exit 1; }
duration="${DURATION:-30s}"; connections="${CONNECTIONS:-64}"; threads="${THREADS:-2}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d /tmp/aspirasi-bench-XXXX); chmod 711 "$work"
hub=""
cleanup() { [ -n "$hub" ] && kill -TERM "$hub" 2>/dev/null && wait "$hub" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
# Sets $hub and $elapsed (ms until /health answered). No subshell: $hub must survive.
start_hub() {
  local t0; t0=$(now_ms)
  "$bin" serve --data-dir "$work/data" --port "$port" --log-level warning >>"$work/hub.log" 2>&1 &
  hub=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
    kill -0 "$hub" 2>/dev/null || { cat "$work/hub.log"; exit 1; }
    sleep 0.02
  done
  elapsed=$(( $(now_ms) - t0 ))
}
stop_hub() { kill -TERM "$hub"; wait "$hub" || true; hub=""; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r)"
