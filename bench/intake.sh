#!/usr/bin/env bash
# Drives Open311 `POST requests` with wrk, then checks in the database that
# every acknowledged (201) request became exactly one report.
# Usage: bench/intake.sh   (env: DURATION=30s CONNECTIONS=64 THREADS=2)
source "$(dirname "$0")/lib.sh"

start_hub
key=$("$bin" apikey add bench --data-dir "$work/data" --log-level error)

cat > "$work/post.lua" <<LUA
-- Each request is unique (thread id and counter in the text), lands on a point
-- spread over Jakarta, and cycles through the categories.
local key = "$key"
local codes = {"jalan_rusak", "sampah", "saluran_air", "banjir", "lampu_jalan", "pohon", "parkir_liar", "pkl"}
local threads = {}
local counter = 0
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
  ids = io.open("$work/ids-" .. tostring(tid) .. ".txt", "w")
  ids:setvbuf("line")
end
request = function()
  counter = counter + 1
  local lat = -6.10 - (counter * 7919 % 2000) / 10000
  local lon = 106.72 + (counter * 104729 % 2000) / 10000
  local body = string.format(
    "api_key=%s&service_code=%s&lat=%.5f&long=%.5f&description=bench+t%s+n%d&device_id=dev%d",
    key, codes[(counter % #codes) + 1], lat, lon, tostring(tid), counter, counter % 500)
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
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/post.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"

psql_() { psql -h "$work/data/run" -U aspirasi -d aspirasi -Atc "$1"; }
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
