#!/usr/bin/env bash
# Locate at a nation's scale: generates Indonesia's 83,762 desa/kelurahan as polygons over the
# country's extent (real codes, made-up shapes: bench/data, `aspirasi national-geography`), imports
# them the way Jakarta's are imported (`aspirasi import --reference-dir`), timing both, starts the
# hub (its start loads every polygon into the in-memory index), then runs wrk on /api/v1/locate at
# village label points all over the country, with some at sea (404s).
# Usage: bench/national.sh   (env: DURATION=30s CONNECTIONS=64 THREADS=2)
source "$(dirname "$0")/lib.sh"

mkdir -p "$work/regions"
gunzip -c bench/data/indonesia_regions.csv.gz >"$work/regions/indonesia_regions.csv"
cp bench/data/LICENSE-wilayah.txt "$work/regions/"
t0=$(now_ms)
"$bin" national-geography --regions "$work/regions/indonesia_regions.csv" --out "$work/national"
echo "generated in $(( $(now_ms) - t0 )) ms: $(du -sh "$work/national/jakarta_kelurahan.geojson" | cut -f1) of GeoJSON"

"$bin" migrate --data-dir "$work/data" --log-level warning
t0=$(now_ms)
"$bin" import --reference-dir "$work/national" --data-dir "$work/data" --log-level warning
echo "import (91k units, 83k polygons through ST_MakeValid, one transaction): $(( $(now_ms) - t0 )) ms"
t0=$(now_ms)
"$bin" import --reference-dir "$work/national" --data-dir "$work/data" --log-level warning | grep -E "units|areas"
echo "the same import again (nothing changes): $(( $(now_ms) - t0 )) ms"

start_hub
echo "hub start with 83k polygons (catalog and index loaded, first /health): ${elapsed} ms"
echo "hub RSS after start: $(( $(awk '/VmRSS/{print $2}' "/proc/$hub/status") / 1024 )) MB"
start_rss
# Every 8th village's label point, and points at sea between the islands, in turn.
awk 'NR % 8 == 0' "$work/national/points.txt" >"$work/points.txt"
printf '%s\n' "-3.0 111.0" "-1.0 120.0" "3.5 100.0" "-7.0 125.0" >>"$work/points.txt"
cat > "$work/points.lua" <<LUA
local points = {}
for line in io.lines("$work/points.txt") do
  local lat, lon = line:match("(%S+) (%S+)")
  points[#points + 1] = {tonumber(lat), tonumber(lon)}
end
local i = 0
request = function()
  i = i + 1
  local p = points[(i * 7919) % #points + 1]
  return wrk.format("GET", string.format("/api/v1/locate?lat=%.6f&lon=%.6f", p[1], p[2]))
end
LUA
wrk -t"$threads" -c"$connections" -d5s -s "$work/points.lua" "http://127.0.0.1:$port" >/dev/null
echo "wrk: $threads threads, $connections connections, $duration, $(wc -l <"$work/points.txt") points over Indonesia"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/points.lua" "http://127.0.0.1:$port"
curl -s "http://127.0.0.1:$port/metrics" | grep -E '^aspirasi_http_requests_total.*locate' || true
server_time /api/v1/locate
stop_rss
