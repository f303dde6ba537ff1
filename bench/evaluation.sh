#!/usr/bin/env bash
# Measures the monthly evaluation on a city's history filled by the demo generator (REPORTS over MONTHS
# calendar months, the current one last): the generation itself (time, database size); the worker's
# refresh of the current month and the freezing of closed months (`aspirasi evaluate`, the store's own
# timing of the one statement); GET /api/v1/evaluations/{month} as leaders read it (a stored row,
# scoped and ranked per request), p50/p99 with wrk; then the public page /publik and GET
# /api/v1/public/stats, first with their cache off (every request renders from the stored evaluation:
# the worst case), then as served (rendered once per 30 s). The rate limit is off for the benchmark
# (one address, wrk).
# Usage: bench/evaluation.sh   (env: REPORTS=1000000 MONTHS=30 DURATION=30s CONNECTIONS=16 THREADS=2;
# REPORTS=10000000 takes most of an hour on two cores and about 50 GB of disk)
source "$(dirname "$0")/lib.sh"
reports="${REPORTS:-1000000}"
months="${MONTHS:-30}"

export ASPIRASI_PUBLIC_REQUESTS_PER_MINUTE=0
# About 4.6 kB a report with its events, messages, photos and indexes, and the WAL besides: refuse rather
# than fill the disk halfway through.
need_gb=$(( reports * 46 / 10000 / 1000000 + 10 ))
free_gb=$(df -P --block-size=1G "$work" | awk 'NR == 2 {print $4}')
[ "$free_gb" -ge "$need_gb" ] || { echo "$reports reports need about $need_gb GB free in $work; $free_gb GB are" >&2; exit 1; }
# The cluster made first, so that a load of this size checkpoints every few GB rather than every one.
"$bin" migrate --data-dir "$work/data" --log-level error >/dev/null
cat >>"$work/data/pgdata/postgresql.conf" <<CONF
# bench/evaluation.sh: a bulk load of a history
max_wal_size = '8GB'
checkpoint_timeout = '30min'
CONF
t0=$(now_ms)
"$bin" demo --reports "$reports" --months "$months" --data-dir "$work/data" --log-level error >"$work/demo.txt" \
  2>"$work/demo-progress.txt"
echo "demo: $reports reports over $months months loaded in $(( ($(now_ms) - t0) / 1000 )) s"
head -1 "$work/demo.txt"
start_hub
"$bin" user add bench.dki --unit 31 --role pimpinan --password-stdin --data-dir "$work/data" --log-level error \
  <<<"rahasia-bench-1" >/dev/null
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"bench.dki","password":"rahasia-bench-1"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
month=$(TZ=Asia/Jakarta date +%Y-%m)
psql_db() { psql -h "$work/data/run" -U aspirasi -d aspirasi -Atc "$1"; }
echo "reports in the database: $(psql_db 'SELECT count(*) FROM reports'); in $month: $(psql_db \
  "SELECT count(*) FROM reports WHERE created_at >= date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'Asia/Jakarta'")"

echo "database: $(psql_db "SELECT pg_size_pretty(pg_database_size('aspirasi'))"); the largest tables:"
psql_db "SELECT relname || ' ' || pg_size_pretty(pg_total_relation_size(oid)) FROM pg_class
  WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY pg_total_relation_size(oid) DESC LIMIT 6" \
  | sed 's/^/  /'
echo "reports open now (any month): $(psql_db "SELECT count(*) FROM reports WHERE status NOT IN ('selesai', 'ditolak')")"

# The worker's refresh: the whole month computed and stored (what no reader waits for), timed by the store
# around its one statement; then closed months frozen (once each, as the worker does on a month's first day).
computed() {
  "$bin" evaluate --month "$1" --data-dir "$work/data" --log-level debug --log-format json 2>&1 >/dev/null \
    | python3 -c 'import json, sys
for line in sys.stdin:
    if "evaluation computed" in line:
        data = json.loads(line); meta = data.get("metadata", data)
        print(meta.get("milliseconds", "?"))' | tail -1
}
for i in 1 2 3; do echo "refresh of the current month $month: $(computed "$month") ms"; done
for back in 2 3 4; do
  closed=$(TZ=Asia/Jakarta date -d "$(TZ=Asia/Jakarta date +%Y-%m-15) -$back month" +%Y-%m)
  echo "freezing the closed month $closed: $(computed "$closed") ms"
done

cat > "$work/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
LUA
# One reader at a time (a request's own time), then CONNECTIONS at once (what two cores serve); the server
# time is the hub's histogram over both runs.
timed_wrk() {
  echo "wrk: GET $1 ($2), 1 connection, ${SINGLE_DURATION:-15s}"
  wrk -t1 -c1 -d"${SINGLE_DURATION:-15s}" --latency $3 "http://127.0.0.1:$port$1" | tee "$work/wrk.txt"
  echo "wrk: GET $1 ($2), $threads threads, ${CONNECTIONS:-16} connections, $duration"
  wrk -t"$threads" -c"${CONNECTIONS:-16}" -d"$duration" --latency $3 "http://127.0.0.1:$port$1" | tee "$work/wrk.txt"
}
# The live month, then the month before it (whole, and frozen by the worker on the 1st).
previous=$(TZ=Asia/Jakarta date -d "$(TZ=Asia/Jakarta date +%Y-%m-15) -1 month" +%Y-%m)
for m in "$month" "$previous"; do
  curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/evaluations/$m" >/dev/null
  timed_wrk "/api/v1/evaluations/$m" "$([ "$m" = "$month" ] && echo live || echo closed)" "-s $work/auth.lua"
done
server_time "/api/v1/evaluations/{month}" 1

# The public page and statistics, uncached: what a cache miss costs (once per 30 s in service).
public_wrk() {
  timed_wrk "$1" "$2" ""
  server_time "$1" 1
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
