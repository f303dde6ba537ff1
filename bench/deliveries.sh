#!/usr/bin/env bash
# Delivery throughput: a release hub's outbox worker sending to a local
# partner callback (nginx answering 200 with a provider id, so the fake is
# never the bottleneck). Enqueues DELIVERIES rows in one statement, then
# measures how long until every one is recorded as sent.
# Usage: bench/deliveries.sh   (env: DELIVERIES=20000)
source "$(dirname "$0")/lib.sh"
count="${DELIVERIES:-20000}"

callback_port=$(free_port)
start_nginx "$callback_port" "location /callback { default_type application/json; return 200 '{\"id\":\"bench\"}'; }"
until curl -sf -X POST "http://127.0.0.1:$callback_port/callback" >/dev/null; do sleep 0.05; done

export ASPIRASI_PARTNER_CALLBACK_URL="http://127.0.0.1:$callback_port/callback"
start_hub
psql_() { psql -h "$work/data/run" -U aspirasi -d aspirasi -Atc "$1"; }

echo "enqueueing $count deliveries to the partner callback"
t0=$(now_ms)
psql_ "INSERT INTO deliveries (channel, recipient, kind, payload, idempotency_key)
       SELECT 'api', 'partner', 'status',
              jsonb_build_object('template', 'status_proses', 'tracking_number', '2611-0000001'), 'bench-' || n
       FROM generate_series(1, $count) n" >/dev/null
# Statistics, as a table that grew by use has them: without, the planner takes the month's partition for
# nearly empty and the worker's claim reads every pending row (16 ms a claim instead of 3 here). In
# production autovacuum analyzes a partition within a minute of its first rows.
psql_ "ANALYZE deliveries" >/dev/null
deadline=$(( $(now_ms) + 600000 ))
# Checked twice a second (a psql each time costs the machine too); the end is the last send's own time.
while [ "$(psql_ "SELECT count(*) FROM deliveries WHERE state = 'sent'")" -lt "$count" ]; do
  [ "$(now_ms)" -lt "$deadline" ] || { echo "not all sent within 10 minutes"; exit 1; }
  sleep 0.5
done
t1=$(psql_ "SELECT (extract(epoch FROM max(sent_at)) * 1000)::bigint FROM deliveries")
elapsed=$(( t1 - t0 ))
echo "sent $count deliveries in ${elapsed} ms (from the enqueue's start): $(( count * 1000 / elapsed )) deliveries/s"
psql_ "SELECT 'sending alone (first send to last): ' || round((count(*) / extract(epoch FROM max(sent_at) - min(sent_at)))::numeric)
               || ' deliveries/s over ' || round(extract(epoch FROM max(sent_at) - min(sent_at))::numeric, 1) || ' s'
       FROM deliveries"
psql_ "SELECT 'enqueue to sent: p50 ' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at))::numeric, 2)
        || ' s, p99 ' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at))::numeric, 2)
        || ' s; attempts other than 1: ' || count(*) FILTER (WHERE attempts <> 1)
        || '; not sent: ' || count(*) FILTER (WHERE state <> 'sent') FROM deliveries"
