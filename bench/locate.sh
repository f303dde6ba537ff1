#!/usr/bin/env bash
# Measures `aspirasi serve`: cold start (initdb + migrations + import) and warm
# start until /health answers, then /api/v1/locate throughput and latency with wrk.
# Usage: bench/locate.sh   (env: DURATION=30s CONNECTIONS=64 THREADS=2)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/aspirasi
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
start_hub; cold=$elapsed; stop_hub
warm=()
for _ in 1 2 3 4 5; do start_hub; warm+=("$elapsed"); stop_hub; done
echo "cold start (initdb, migrate, import, first /health): ${cold} ms"
echo "warm starts: ${warm[*]} ms (median $(printf '%s\n' "${warm[@]}" | sort -n | sed -n 3p) ms)"

start_hub
cat > "$work/points.lua" <<'LUA'
-- Points in each kota, Kepulauan Seribu, and outside Jakarta (404s), in turn.
local points = {
  {-6.1754, 106.8272}, {-6.1380, 106.8650}, {-6.1680, 106.7600}, {-6.2615, 106.8106},
  {-6.2250, 106.9000}, {-5.6122, 106.5740}, {-6.3000, 106.8800}, {-6.1200, 106.7900},
  {-6.5950, 106.8167}, {-6.2349, 106.9920},
}
local i = 0
request = function()
  i = i + 1
  local p = points[(i % #points) + 1]
  return wrk.format("GET", string.format("/api/v1/locate?lat=%.4f&lon=%.4f", p[1], p[2]))
end
LUA
# Warm up first: each pooled connection prepares its statements on first use.
wrk -t"$threads" -c"$connections" -d5s -s "$work/points.lua" "http://127.0.0.1:$port" >/dev/null
echo "wrk: $threads threads, $connections connections, $duration, 10 points (8 inside, 2 outside)"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/points.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"
curl -s "http://127.0.0.1:$port/metrics" | grep -E '^aspirasi_http_requests_total' || true
