#!/usr/bin/env bash
# Drives Open311 `POST requests` with wrk, then checks in the database that
# every acknowledged (201) request became exactly one report.
# Reports are mostly unique, as a city's are: each lands on its own random point
# inside Jakarta's kelurahan with a random category; NEAR_DUPLICATES percent
# (default 10) repeat a recent report of the same thread within about 15 m, and
# chance adds a few more (the outcomes line shows the real share). OTHER_PERCENT (default 20)
# come as "other" (lainnya) with a resident's own words from the classifier's evaluation set, so
# the keyword rules and the learned model read them: the classification line is their cost.
# PROFILE=1 also loads pg_stat_statements into the bench cluster and runs perf on
# the hub for 10 s of the run, then prints where each report's time went.
# Usage: bench/intake.sh   (env: DURATION=30s CONNECTIONS=64 THREADS=2 NEAR_DUPLICATES=10 OTHER_PERCENT=20 PROFILE=)
source "$(dirname "$0")/lib.sh"

start_hub
if [ -n "${PROFILE:-}" ]; then
  stop_hub
  echo "shared_preload_libraries = 'pg_stat_statements'" >> "$work/data/pgdata/postgresql.conf"
  echo "pg_stat_statements.track = all" >> "$work/data/pgdata/postgresql.conf"
  start_hub
fi
key=$("$bin" apikey add bench --data-dir "$work/data" --log-level error)

near_duplicates="${NEAR_DUPLICATES:-10}"
psql_() { psql -h "$work/data/run" -U aspirasi -d aspirasi -Atc "$1"; }
# 100,000 points spread uniformly over the kelurahan polygons (seeded, so every run draws the same).
psql_ "SELECT round(ST_Y(d.geom)::numeric, 6) || ' ' || round(ST_X(d.geom)::numeric, 6)
       FROM ST_Dump(ST_GeneratePoints((SELECT ST_Union(geom) FROM kelurahan_areas), 100000, 42)) d" > "$work/points.txt"
# Citizens' own words for the reports filed as "other" (lainnya): the classifier reads those.
grep -v '^#' "$(dirname "$0")/../eval/classifier-heldout.tsv" | cut -f2 > "$work/texts.txt"
other_percent="${OTHER_PERCENT:-20}"
codes=$(psql_ "SELECT string_agg(format('%L', code), ',' ORDER BY position) FROM categories WHERE active" | tr "'" '"')

cat > "$work/post.lua" <<LUA
-- Each request is unique (thread id and counter in the text). Most land on a
-- fresh point with a random category; NEAR_DUPLICATES percent repeat one of the
-- thread's last 50 reports (same category) within about 15 m.
local key = "$key"
local codes = {$codes}
local points = {}
local texts = {}
local function encoded(text)
  return (text:gsub("[^%w%-%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local threads = {}
local counter = 0
local recent = {}
local fresh = 0
created = 0  -- global: done() reads it from each thread with thread:get
local tid = 0
setup = function(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end
-- wrk gives each thread its own Lua state: each reads its id here and writes
-- the tracking numbers it is given to a file of its own.
init = function(args)
  tid = wrk.thread:get("tid") or 0
  for line in io.lines("$work/points.txt") do
    local lat, lon = line:match("(%S+) (%S+)")
    table.insert(points, {tonumber(lat), tonumber(lon)})
  end
  for line in io.lines("$work/texts.txt") do table.insert(texts, encoded(line)) end
  math.randomseed(7919 * tid)
  ids = io.open("$work/ids-" .. tostring(tid) .. ".txt", "w")
  ids:setvbuf("line")
end
request = function()
  counter = counter + 1
  local lat, lon, code
  if #recent > 0 and math.random(100) <= $near_duplicates then
    local r = recent[math.random(#recent)]
    lat, lon, code = r[1] + (math.random() - 0.5) * 0.0002, r[2] + (math.random() - 0.5) * 0.0002, r[3]
  else
    local p = points[(fresh * $threads + tid - 1) % #points + 1]
    lat, lon, code = p[1], p[2], codes[math.random(#codes)]
    fresh = fresh + 1
    recent[(fresh - 1) % 50 + 1] = {lat, lon, code}
  end
  local words = ""
  if math.random(100) <= $other_percent then
    code, words = "lainnya", texts[math.random(#texts)] .. "+"
  end
  local body = string.format(
    "api_key=%s&service_code=%s&lat=%.6f&long=%.6f&description=%sbench+t%s+n%d&device_id=dev%d",
    key, code, lat, lon, words, tostring(tid), counter, counter % 500)
  return wrk.format("POST", "/open311/v2/requests.json",
    {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end
response = function(status, headers, body)
  if status == 201 then
    created = created + 1
    ids:write(body:match('"service_request_id":"([^"]+)"') or "?", "\n")
  end
end
done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("created") end
  local f = io.open("$work/created.txt", "w")
  f:write(tostring(total))
  f:close()
end
LUA
echo "wrk: $threads threads, $connections connections, $duration, Open311 POST requests.json"
if [ -n "${PROFILE:-}" ]; then
  psql_ "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
  psql_ "SELECT pg_stat_statements_reset()" >/dev/null
  ( sleep 5; perf record -F 499 -g -p "$hub" -o "$work/perf.data" -- sleep 10 >/dev/null 2>&1 ) &
  profiler=$!
fi
wal_before=$(psql_ "SELECT wal_records || ' ' || wal_fpi || ' ' || wal_bytes FROM pg_stat_wal")
checkpoints_before=$(psql_ "SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter")
reports_before=$(psql_ "SELECT count(*) FROM reports")
start_rss
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/post.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"
stop_rss
server_time "$(curl -s "http://127.0.0.1:$port/metrics" | grep -o 'route="/open311[^"]*"' | grep -v item | head -1 | cut -d\" -f2)"
# What the keyword rules and the learned model added to each message, from the hub's own histogram.
curl -s "http://127.0.0.1:$port/metrics" | awk '
  /^aspirasi_classification_seconds_sum/ { sum = $NF } /^aspirasi_classification_seconds_count/ { n = $NF }
  /^aspirasi_classification_seconds_bucket/ && /le="0.001"/ { under = $NF }
  END { if (n > 0) printf "classification: %d messages, %.1f us each on average, %.2f%% under 1 ms\n", n, 1e6 * sum / n, 100 * under / n }'
if [ -n "${PROFILE:-}" ]; then
  wait "$profiler"
  reports_run=$(psql_ "SELECT count(*) FROM reports")
  echo "pg_stat_statements over $reports_run reports (statements of the intake, by total time):"
  psql -h "$work/data/run" -U aspirasi -d aspirasi -P pager=off -c "
    SELECT round(total_exec_time::numeric / 1000, 2) AS total_s,
           round((100 * total_exec_time / sum(total_exec_time) OVER ())::numeric, 1) AS pct,
           calls, rows,
           round((1000 * total_exec_time / $reports_run)::numeric, 1) AS us_per_report,
           left(regexp_replace(query, '\s+', ' ', 'g'), 70) AS statement
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    ORDER BY total_exec_time DESC LIMIT 12"
  echo "perf on the hub (10 s of the run), by shared object and by symbol:"
  perf report -i "$work/perf.data" --no-children --sort dso --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -8
  perf report -i "$work/perf.data" --no-children --sort symbol --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -20
fi
# Write-ahead log per report: full-page images after each checkpoint can outweigh the rows themselves.
read -r records fpi bytes <<<"$(psql_ "SELECT wal_records || ' ' || wal_fpi || ' ' || wal_bytes FROM pg_stat_wal")"
read -r records0 fpi0 bytes0 <<<"$wal_before"
written=$(( $(psql_ "SELECT count(*) FROM reports") - reports_before ))
checkpoints=$(( $(psql_ "SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter") - checkpoints_before ))
echo "WAL per report: $(( (bytes - bytes0) / (written > 0 ? written : 1) )) bytes, $(( (records - records0) / (written > 0 ? written : 1) )) records, $(( 100 * (fpi - fpi0) / (written > 0 ? written : 1) / 100 )).$(( 100 * (fpi - fpi0) / (written > 0 ? written : 1) % 100 )) full-page images; $checkpoints checkpoints during the run"
# Requests still in flight when wrk stopped finish after it: wait until the count settles.
previous=-1
while true; do
  current=$(psql_ "SELECT count(*) FROM inbound_messages")
  [ "$current" = "$previous" ] && break
  previous=$current; sleep 1
done
cat "$work"/ids-*.txt | grep -v '^$' > "$work/acked.txt"
acknowledged=$(wc -l < "$work/acked.txt")
repeated=$(sort "$work/acked.txt" | uniq -d | wc -l)
psql -h "$work/data/run" -U aspirasi -d aspirasi -q <<SQL
CREATE TABLE acked (tracking_number text);
\\copy acked FROM '$work/acked.txt'
SQL
missing=$(psql_ "SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.tracking_number = a.tracking_number)")
reports=$(psql_ "SELECT count(*) FROM reports")
messages=$(psql_ "SELECT count(*) FROM inbound_messages")
orphans=$(psql_ "SELECT count(*) FROM inbound_messages WHERE report_id IS NULL")
outcomes=$(psql_ "SELECT string_agg(outcome || '=' || n, ' ') FROM (SELECT outcome, count(*) n FROM inbound_messages GROUP BY 1 ORDER BY 1) t")
echo "acknowledged (201): $acknowledged; acknowledged twice: $repeated; acknowledged but not stored: $missing"
echo "reports: $reports; messages: $messages; messages without a report: $orphans (in flight when wrk stopped: $((reports - acknowledged)))"
echo "outcomes: $outcomes"
if [ "$repeated" = 0 ] && [ "$missing" = 0 ] && [ "$reports" = "$messages" ] && [ "$orphans" = 0 ]; then
  echo "check: every acknowledged request became exactly one report"
else
  echo "check FAILED" >&2
  exit 1
fi
