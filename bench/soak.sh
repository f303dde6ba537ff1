#!/usr/bin/env bash
# The soak test (bench/soak.py): three hubs on one PostgreSQL behind nginx, fed on every
# inbound channel at once while hubs are killed and the database restarted; checks that
# nothing was lost, doubled or left stuck. Loopback only.
# Usage: bench/soak.sh   (env: ASPIRASI_BIN, default .build/release/aspirasi; SOAK_MESSAGES=1000000,
# SOAK_SECONDS=3600, SOAK_KILL_EVERY=10, SOAK_MAX_KILLS, SOAK_SENDERS=24, SOAK_DRAIN_SECONDS=180, SOAK_KEEP=1)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin="${ASPIRASI_BIN:-.build/release/aspirasi}"
[ -x "$bin" ] || { echo "build first: make release (or set ASPIRASI_BIN)" >&2; exit 1; }
for tool in nginx psql python3; do
  command -v "$tool" >/dev/null || { echo "soak: $tool is missing (scripts/bootstrap.sh soak installs it)" >&2; exit 1; }
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); hub: $bin"
exec python3 bench/soak.py "$bin"
