#!/usr/bin/env bash
# Slow clients: a release hub with its default HTTP limits, a few hundred slowloris connections
# (bench/slowloris.py) from several loopback addresses, and /health and an Open311 intake POST
# timed meanwhile from another.
# Usage: bench/slowloris.sh   (env: SLOW=300 ADDRESSES=5 ATTACK_SECONDS=30)
source "$(dirname "$0")/lib.sh"

start_hub
key=$("$bin" apikey add bench --data-dir "$work/data" --log-level error)
python3 bench/slowloris.py --port "$port" --api-key "$key" \
  --slow "${SLOW:-300}" --addresses "${ADDRESSES:-5}" --seconds "${ATTACK_SECONDS:-30}"
