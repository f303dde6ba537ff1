#!/usr/bin/env bash
# The officers' queue and console on a large database: loads REPORTS (default 1,000,000) demo reports into
# a data directory kept between runs (CONSOLE_DATA_DIR), serves it, signs in a province koordinator and a
# kelurahan petugas (Gambir) to the API (bearer token) and to the console (its sign-in form, session
# cookie), and times the JSON queue (default, filtered, searched), its counts per status, the console's
# queue page and report page, one request at a time over a kept-alive loopback connection: p50/p99 of
# the time to answer, which is the server's time plus a loopback round trip.
# Usage: bench/console.sh   (env: REPORTS=1000000 MONTHS=1 REQUESTS=200 CONSOLE_DATA_DIR=/var/tmp/aspirasi-bench-console;
# remove that directory to load afresh; MONTHS=24 spreads the reports over two years of month partitions)
source "$(dirname "$0")/lib.sh"

reports="${REPORTS:-1000000}"
months="${MONTHS:-1}"
requests="${REQUESTS:-200}"
data_dir="${CONSOLE_DATA_DIR:-/var/tmp/aspirasi-bench-console}"
mkdir -p "$data_dir"; chmod 711 "$data_dir"

if [ "$(cat "$data_dir/loaded" 2>/dev/null)" != "$reports over $months" ]; then
  if [ -s "$data_dir/loaded" ]; then
    echo "$data_dir holds another load ($(cat "$data_dir/loaded")); remove it or set CONSOLE_DATA_DIR" >&2
    exit 1
  fi
  echo "loading $reports demo reports over $months months into $data_dir (once; later runs reuse them)"
  t0=$(now_ms)
  "$bin" demo --reports "$reports" --months "$months" --data-dir "$data_dir" --log-level warning >"$work/demo.txt"
  echo "demo load: $reports reports in $(( ($(now_ms) - t0) / 1000 )) s"
  echo "$reports over $months" >"$data_dir/loaded"
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
import http.client, json, re, sys, time, urllib.parse

port, requests, suffix, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

def call(method, path, token=None, body=None, cookie=None, form=None):
    headers = {}
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body)
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(form)
    if token:
        headers["Authorization"] = "Bearer " + token
    if cookie:
        headers["Cookie"] = cookie
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    return response.status, response.read(), response.headers

def password(kind):
    return next(line.split(": ", 1)[1].strip() for line in open(f"{work}/{kind}.txt") if line.startswith("password:"))

def login(kind):
    status, body, _ = call("POST", "/api/v1/auth/login",
                           body={"username": f"bench.{kind}.{suffix}", "password": password(kind)})
    assert status == 201, (status, body)
    return json.loads(body)["token"]

def cookies(headers):
    return "; ".join(value.split(";", 1)[0] for name, value in headers.items() if name.lower() == "set-cookie")

def console_login(kind):
    """The console's sign-in form: its pre-session cookie and CSRF token, then the session cookie."""
    status, body, headers = call("GET", "/console/login")
    assert status == 200, status
    csrf = re.search(rb'name="csrf_token" value="([^"]+)"', body).group(1).decode()
    status, body, headers = call("POST", "/console/login", cookie=cookies(headers), form={
        "username": f"bench.{kind}.{suffix}", "password": password(kind), "csrf_token": csrf})
    session = cookies(headers)
    assert status == 303 and "aspirasi_session=" in session, (status, body[:200])
    return session

koordinator, petugas = login("koordinator"), login("petugas")
koordinator_console, petugas_console = console_login("koordinator"), console_login("petugas")
status, body, _ = call("GET", "/api/v1/reports?q=lubang&per_page=50", koordinator)
numbers = [r["tracking_number"] for r in json.loads(body)["reports"]]
assert numbers, body[:200]
sizes = {}
for who, token in (("province", koordinator), ("Gambir", petugas)):
    page = json.loads(call("GET", "/api/v1/reports?per_page=1", token)[1])
    sizes[who] = f"{page['total']:,}{'' if page['total_exact'] else '+'}"
print(f"queue sizes: province {sizes['province']}, Gambir {sizes['Gambir']} (totals stop at 10,000)")

# (label, credentials, path): a path may name several URLs with {n}, taken in turn from the report numbers.
api, html = (lambda token: {"token": token}), (lambda cookie: {"cookie": cookie})
scenarios = [
    ("API koordinator queue, default", api(koordinator), "/api/v1/reports"),
    ("API koordinator queue, status=menunggu", api(koordinator), "/api/v1/reports?status=menunggu"),
    ("API koordinator queue, category=sampah", api(koordinator), "/api/v1/reports?category=sampah"),
    ("API koordinator queue, kelurahan=Gambir", api(koordinator), "/api/v1/reports?kelurahan=31.71.01.1001"),
    ("API koordinator queue, overdue", api(koordinator), "/api/v1/reports?overdue=true"),
    ("API koordinator queue, q=words", api(koordinator), "/api/v1/reports?q=pohon+tumbang"),
    ("API koordinator queue, q=tracking number", api(koordinator), "/api/v1/reports?q={n}"),
    ("API koordinator queue, page 20", api(koordinator), "/api/v1/reports?page=20"),
    ("API koordinator counts per status", api(koordinator), "/api/v1/reports/counts"),
    ("API koordinator counts, category=sampah", api(koordinator), "/api/v1/reports/counts?category=sampah"),
    ("API petugas queue, default", api(petugas), "/api/v1/reports"),
    ("API petugas queue, status=proses", api(petugas), "/api/v1/reports?status=proses"),
    ("API petugas queue, overdue", api(petugas), "/api/v1/reports?overdue=true"),
    ("API petugas queue, q=words", api(petugas), "/api/v1/reports?q=sampah"),
    ("API petugas counts per status", api(petugas), "/api/v1/reports/counts"),
    ("API report (koordinator)", api(koordinator), "/api/v1/reports/{n}"),
    ("console queue page, koordinator", html(koordinator_console), "/console/reports"),
    ("console queue, status=menunggu&category=sampah", html(koordinator_console),
     "/console/reports?status=menunggu&category=sampah"),
    ("console queue, overdue", html(koordinator_console), "/console/reports?overdue=true"),
    ("console queue, q=words", html(koordinator_console), "/console/reports?q=pohon+tumbang"),
    ("console queue page, petugas", html(petugas_console), "/console/reports"),
    ("console report page (koordinator)", html(koordinator_console), "/console/reports/{n}"),
]

print(f"{'request':48} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}  ({requests} requests each, after 5 to warm up)")
for label, credentials, path in scenarios:
    timings = []
    for i in range(requests + 5):
        url = path.replace("{n}", numbers[i % len(numbers)])
        t0 = time.perf_counter()
        status, body, _ = call("GET", url, **credentials)
        elapsed = (time.perf_counter() - t0) * 1000
        assert status == 200, (label, url, status, body[:200])
        if i >= 5:
            timings.append(elapsed)
    timings.sort()
    pick = lambda q: timings[min(len(timings) - 1, int(q * len(timings)))]
    print(f"{label:48} {pick(0.5):8.1f} {pick(0.99):8.1f} {timings[-1]:8.1f}")
PY
