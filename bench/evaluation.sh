#!/usr/bin/env bash
# Measures the monthly evaluation on a database filled by the demo generator: the worker's refresh of
# the current month (one scan of the month's reports, `aspirasi evaluate` timed in-process by psql's
# \timing on the same statement) and GET /api/v1/evaluations/{month} as leaders read it (a stored row,
# scoped and ranked per request), p50/p99 with wrk; then the public page /publik and GET /api/v1/public/stats,
# first with their cache off (every request renders from the stored evaluation: the worst case), then as
# served (rendered once per 30 s). The rate limit is off for the benchmark (one address, wrk).
# Usage: bench/evaluation.sh   (env: REPORTS=1000000 DURATION=30s CONNECTIONS=16 THREADS=2; REPORTS=10000000
# takes long and needs tens of GB of disk)
source "$(dirname "$0")/lib.sh"
reports="${REPORTS:-1000000}"

export ASPIRASI_PUBLIC_REQUESTS_PER_MINUTE=0
t0=$(now_ms)
"$bin" demo --reports "$reports" --data-dir "$work/data" --log-level error >"$work/demo.txt"
echo "demo: $reports reports loaded in $(( ($(now_ms) - t0) / 1000 )) s"
start_hub
"$bin" user add bench.dki --unit 31 --role pimpinan --password-stdin --data-dir "$work/data" --log-level error \
  <<<"rahasia-bench-1" >/dev/null
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"bench.dki","password":"rahasia-bench-1"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
month=$(TZ=Asia/Jakarta date +%Y-%m)
psql_db() { psql -h "$work/data/run" -U aspirasi -d aspirasi -Atc "$1"; }
echo "reports in the database: $(psql_db 'SELECT count(*) FROM reports'); in $month: $(psql_db \
  "SELECT count(*) FROM reports WHERE created_at >= date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'Asia/Jakarta'")"

# The worker's refresh: the whole month computed and stored (what no reader waits for).
for i in 1 2 3; do
  t0=$(now_ms); "$bin" evaluate --month "$month" --data-dir "$work/data" --log-level error >/dev/null
  echo "aspirasi evaluate --month $month (process start, catalog, compute): $(( $(now_ms) - t0 )) ms"
done

url="http://127.0.0.1:$port/api/v1/evaluations/$month"
curl -sf -H "Authorization: Bearer $token" "$url" >/dev/null
cat > "$work/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
LUA
echo "wrk: GET /api/v1/evaluations/$month, $threads threads, ${CONNECTIONS:-16} connections, $duration"
wrk -t"$threads" -c"${CONNECTIONS:-16}" -d"$duration" --latency -s "$work/auth.lua" "$url" | tee "$work/wrk.txt"
server_time "/api/v1/evaluations/{month}"

# The public page and statistics, uncached: what a cache miss costs (once per 30 s in service).
public_wrk() {
  echo "wrk: GET $1 ($2), $threads threads, ${CONNECTIONS:-16} connections, $duration"
  wrk -t"$threads" -c"${CONNECTIONS:-16}" -d"$duration" --latency "http://127.0.0.1:$port$1" | tee "$work/wrk.txt"
  server_time "$1"
}
stop_hub
ASPIRASI_PUBLIC_CACHE_SECONDS=0 start_hub
curl -sf "http://127.0.0.1:$port/publik" >/dev/null
public_wrk /publik "cache off"
public_wrk /api/v1/public/stats "cache off"
stop_hub
start_hub
curl -sf "http://127.0.0.1:$port/publik" >/dev/null
public_wrk /publik "cached"
public_wrk /api/v1/public/stats "cached"
