#!/usr/bin/env bash
# Starts the hub on a throwaway embedded database, issues an API key with the
# CLI, and lets georeport (an Open311 client from PyPI) read what we create.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${ASPIRASI_BIN:-.build/debug/aspirasi}"
[ -x "$bin" ] || { echo "build first (make build)" >&2; exit 1; }

venv=.build/venv-interop
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q georeport==0.3.1 requests
fi

work=$(mktemp -d /tmp/aspirasi-interop-XXXX); chmod 711 "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
hub=""
cleanup() { [ -n "$hub" ] && kill -TERM "$hub" 2>/dev/null && wait "$hub" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bin" serve --data-dir "$work/data" --port "$port" --log-level warning >>"$work/hub.log" 2>&1 &
hub=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  kill -0 "$hub" 2>/dev/null || { cat "$work/hub.log"; exit 1; }
  sleep 0.1
done
# The CLI shares the running hub's cluster.
key=$("$bin" apikey add interop --data-dir "$work/data" --log-level error)
"$venv/bin/python" Tests/interop/open311_georeport.py "http://127.0.0.1:$port/open311/v2" "$key"
