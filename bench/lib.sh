# Shared by the benchmarks: a release hub on a throwaway embedded database.
# Sourced; sets $bin, $port, $work, and provides start_hub / stop_hub.
# ASPIRASI_BIN runs another build (e.g. the previous release, to compare).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin="${ASPIRASI_BIN:-.build/release/aspirasi}"
[ -x "$bin" ] || { echo "build first: make release" >&2; exit 1; }
duration="${DURATION:-30s}"; connections="${CONNECTIONS:-64}"; threads="${THREADS:-2}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d /tmp/aspirasi-bench-XXXX); chmod 711 "$work"
hub=""
# KEEP=1 keeps the work directory (its database, to look into afterwards; the cluster is left stopped).
cleanup() {
  [ -n "$hub" ] && kill -TERM "$hub" 2>/dev/null && wait "$hub" 2>/dev/null
  if [ -n "${KEEP:-}" ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# A local nginx standing in for a provider, so that the fake is never what the hub waits on.
# start_nginx PORT 'LOCATIONS' [HTTP_EXTRA]: serves LOCATIONS (nginx `location` blocks) on 127.0.0.1:PORT,
# with HTTP_EXTRA (an upstream) in its http block; sets $nginx_pid and stops it on exit.
start_nginx() {
  mkdir -p "$work/nginx"
  cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  keepalive_requests 100000;
  ${3:-}
  server {
    listen 127.0.0.1:$1;
    $2
  }
}
CONF
  nginx -c "$work/nginx.conf" -p "$work/nginx" &
  nginx_pid=$!
  trap 'kill $nginx_pid 2>/dev/null; cleanup' EXIT
}

# Sets $hub and $elapsed (ms until /health answered). No subshell: $hub must survive.
start_hub() { start_hub_on "$work/data"; }
start_hub_on() {
  local t0; t0=$(now_ms)
  "$bin" serve --data-dir "$1" --port "$port" --log-level warning >>"$work/hub.log" 2>&1 &
  hub=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
    kill -0 "$hub" 2>/dev/null || { cat "$work/hub.log"; exit 1; }
    sleep 0.02
  done
  elapsed=$(( $(now_ms) - t0 ))
}
stop_hub() { kill -TERM "$hub"; wait "$hub" || true; hub=""; }

# The hub's resident memory, sampled every second into $work/rss.txt (kB) until stop_rss.
start_rss() {
  ( while kill -0 "$hub" 2>/dev/null; do awk '/VmRSS/{print $2}' "/proc/$hub/status" 2>/dev/null; sleep 1; done ) \
    >"$work/rss.txt" &
  rss_sampler=$!
}
stop_rss() {
  kill "$rss_sampler" 2>/dev/null || true; wait "$rss_sampler" 2>/dev/null || true
  echo "hub RSS: peak $(( $(sort -n "$work/rss.txt" | tail -1) / 1024 )) MB, at the end $(( $(tail -1 "$work/rss.txt") / 1024 )) MB"
}

# The server's own time for one route, from the hub's histogram: the share of requests under each bound.
# server_time ROUTE [UP_TO_SECONDS]: the share of the route's requests within each bucket up to 10 ms (or
# the given bound), from the hub's own histogram.
server_time() {
  curl -s "http://127.0.0.1:$port/metrics" | awk -v route="$1" -v upto="${2:-0.01}" '
    /^aspirasi_http_request_duration_seconds_bucket/ && index($0, "route=\"" route "\"") {
      match($0, /le="[^"]+"/); le = substr($0, RSTART + 4, RLENGTH - 5); n[le] = $NF; order[++k] = le }
    END { total = n["+Inf"]; if (total == 0) exit
      line = "server time (" route ", " total " requests):"
      for (i = 1; i <= k; i++) if (order[i] != "+Inf" && order[i] + 0 <= upto + 0)
        line = line sprintf(" %.2f%% <= %g ms;", 100 * n[order[i]] / total, order[i] * 1000)
      print line }'
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r)"
