#!/usr/bin/env bash
# Poller throughput: a release hub drains a Qlue feed backlog of POSTS posts
# (pages of 100, each page and its cursor one transaction) served by a local
# fake (bench/fake-qlue.py behind nginx), and answers each post's acknowledgement back to it.
# Measures the time until every post is a report, then until every
# acknowledgement has been sent.
# Usage: bench/pollers.sh   (env: POSTS=20000; CLUSTERED=1 for posts that chain as possible duplicates)
source "$(dirname "$0")/lib.sh"
count="${POSTS:-20000}"

python_port=$(free_port)
feed_port=$(free_port)
python3 bench/fake-qlue.py "$python_port" "$count" &
feed_pid=$!
# nginx in front: it answers the acknowledgements (POST .../status) itself and passes the feed's pages
# to the Python fake, so that one Python process is not what the hub waits on (as in bench/deliveries.sh).
start_nginx "$feed_port" '
    location /v1/posts {
      if ($request_method = POST) { return 200 "{\"id\":\"ok\"}"; }
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_pass http://feed;
    }' "upstream feed { server 127.0.0.1:$python_port; keepalive 4; }"
trap 'kill $feed_pid $nginx_pid 2>/dev/null; cleanup' EXIT
until curl -sf "http://127.0.0.1:$feed_port/v1/posts?after_id=0&limit=1" >/dev/null; do sleep 0.05; done

export ASPIRASI_QLUE_URL="http://127.0.0.1:$feed_port" ASPIRASI_QLUE_KEY="bench" ASPIRASI_QLUE_POLL_SECONDS=5
t0=$(now_ms)
start_hub
psql_() { psql -h "$work/data/run" -U aspirasi -d aspirasi -Atc "$1"; }
echo "draining a Qlue backlog of $count posts"
deadline=$(( $(now_ms) + 900000 ))
while [ "$(psql_ "SELECT count(*) FROM reports WHERE channel = 'qlue'")" -lt "$count" ]; do
  [ "$(now_ms)" -lt "$deadline" ] || { echo "not all taken in within 15 minutes"; exit 1; }
  sleep 0.2
done
t1=$(now_ms)
while [ "$(psql_ "SELECT count(*) FROM deliveries WHERE channel = 'qlue' AND state = 'sent'")" -lt "$count" ]; do
  [ "$(now_ms)" -lt "$deadline" ] || { echo "not all acknowledged within 15 minutes"; exit 1; }
  sleep 0.2
done
t2=$(now_ms)
echo "took in $count posts in $(( t1 - t0 )) ms (hub start included): $(( count * 1000 / (t1 - t0) )) posts/s"
# The drain itself, from the database's clock: a page's reports share their transaction's time, so the
# posts after the first page over the time from the first page to the last.
psql_ "SELECT 'drain alone (first page to last): ' || round(((count(*) - count(*) FILTER (WHERE created_at = first))
               / nullif(extract(epoch FROM max(created_at) - first), 0))::numeric) || ' posts/s over '
               || round(extract(epoch FROM max(created_at) - first)::numeric, 1) || ' s'
       FROM (SELECT created_at, min(created_at) OVER () AS first FROM reports WHERE channel = 'qlue') q
       GROUP BY first"
echo "every acknowledgement sent after $(( t2 - t0 )) ms"
psql_ "SELECT 'cursor ' || value || ', messages ' || (SELECT count(*) FROM inbound_messages)
        || ', distinct ' || (SELECT count(DISTINCT external_id) FROM inbound_messages)
        || ', lag ' || round(extract(epoch FROM now() - caught_up_at)::numeric, 1) || ' s'
       FROM channel_cursors WHERE name = 'qlue:posts'"
