#!/usr/bin/env bash
# Measures `aspirasi serve`: cold start (initdb + migrations + import) and warm
# start until /health answers, then /api/v1/locate throughput and latency with wrk.
# Usage: bench/locate.sh   (env: DURATION=30s CONNECTIONS=64 THREADS=2)
source "$(dirname "$0")/lib.sh"

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
server_time /api/v1/locate
