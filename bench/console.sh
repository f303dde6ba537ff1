#!/usr/bin/env bash
# The officers' queue on a large database: loads REPORTS (default 1,000,000) demo reports into a data
# directory kept between runs (CONSOLE_DATA_DIR), serves it, signs in a province koordinator and a
# kelurahan petugas (Gambir), and times the queue (default, filtered, searched), its counts per status
# and report pages, one request at a time over a kept-alive connection: p50/p99 of the time to answer.
# Usage: bench/console.sh   (env: REPORTS=1000000 REQUESTS=200 CONSOLE_DATA_DIR=/var/tmp/aspirasi-bench-console;
# remove that directory to load afresh)
source "$(dirname "$0")/lib.sh"

reports="${REPORTS:-1000000}"
requests="${REQUESTS:-200}"
data_dir="${CONSOLE_DATA_DIR:-/var/tmp/aspirasi-bench-console}"
mkdir -p "$data_dir"; chmod 711 "$data_dir"

if [ "$(cat "$data_dir/loaded" 2>/dev/null)" != "$reports" ]; then
  echo "loading $reports demo reports into $data_dir (once; later runs reuse them)"
  t0=$(now_ms)
  "$bin" demo --reports "$reports" --data-dir "$data_dir" --log-level warning >"$work/demo.txt"
  echo "demo load: $reports reports in $(( ($(now_ms) - t0) / 1000 )) s"
  echo "$reports" >"$data_dir/loaded"
fi

# Accounts of this run, with fresh random passwords that live only in this run's scratch directory.
suffix=$(date +%s)
"$bin" user add "bench.koordinator.$suffix" --unit 31 --role koordinator --data-dir "$data_dir" \
  --log-level error >"$work/koordinator.txt"
"$bin" user add "bench.petugas.$suffix" --unit 31.71.01.1001 --role petugas --data-dir "$data_dir" \
  --log-level error >"$work/petugas.txt"

start_hub_on "$data_dir"
echo "hub answered /health after ${elapsed} ms"

python3 - "$port" "$requests" "$suffix" "$work" <<'PY'
import http.client, json, sys, time

port, requests, suffix, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

def call(method, path, token=None, body=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = conn.getresponse()
    return response.status, response.read()

def login(kind):
    password = next(line.split(": ", 1)[1].strip() for line in open(f"{work}/{kind}.txt") if line.startswith("password:"))
    status, body = call("POST", "/api/v1/auth/login", body={"username": f"bench.{kind}.{suffix}", "password": password})
    assert status == 201, (status, body)
    return json.loads(body)["token"]

koordinator, petugas = login("koordinator"), login("petugas")
status, body = call("GET", "/api/v1/reports?q=lubang&per_page=50", koordinator)
numbers = [r["tracking_number"] for r in json.loads(body)["reports"]]
status, body = call("GET", "/api/v1/reports?per_page=200", petugas)
total = json.loads(body)["total"]
print(f"queue sizes: province {json.loads(call('GET', '/api/v1/reports?per_page=1', koordinator)[1])['total']}+, Gambir {total}")

# (label, token, path): a path may name several URLs with {n}, taken in turn from the report numbers.
scenarios = [
    ("koordinator queue, default", koordinator, "/api/v1/reports"),
    ("koordinator queue, status=menunggu", koordinator, "/api/v1/reports?status=menunggu"),
    ("koordinator queue, category=sampah", koordinator, "/api/v1/reports?category=sampah"),
    ("koordinator queue, kelurahan=Gambir", koordinator, "/api/v1/reports?kelurahan=31.71.01.1001"),
    ("koordinator queue, overdue", koordinator, "/api/v1/reports?overdue=true"),
    ("koordinator queue, q=words", koordinator, "/api/v1/reports?q=pohon+tumbang"),
    ("koordinator queue, q=tracking number", koordinator, "/api/v1/reports?q={n}"),
    ("koordinator queue, page 20", koordinator, "/api/v1/reports?page=20"),
    ("koordinator counts per status", koordinator, "/api/v1/reports/counts"),
    ("koordinator counts, category=sampah", koordinator, "/api/v1/reports/counts?category=sampah"),
    ("petugas queue, default", petugas, "/api/v1/reports"),
    ("petugas queue, status=proses", petugas, "/api/v1/reports?status=proses"),
    ("petugas queue, overdue", petugas, "/api/v1/reports?overdue=true"),
    ("petugas queue, q=words", petugas, "/api/v1/reports?q=sampah"),
    ("petugas counts per status", petugas, "/api/v1/reports/counts"),
    ("report page (koordinator)", koordinator, "/api/v1/reports/{n}"),
]

print(f"{'request':42} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}  ({requests} requests each, after 5 to warm up)")
for label, token, path in scenarios:
    timings = []
    for i in range(requests + 5):
        url = path.replace("{n}", numbers[i % len(numbers)])
        t0 = time.perf_counter()
        status, body = call("GET", url, token)
        elapsed = (time.perf_counter() - t0) * 1000
        assert status == 200, (label, url, status, body[:200])
        if i >= 5:
            timings.append(elapsed)
    timings.sort()
    pick = lambda q: timings[min(len(timings) - 1, int(q * len(timings)))]
    print(f"{label:42} {pick(0.5):8.1f} {pick(0.99):8.1f} {timings[-1]:8.1f}")
PY
