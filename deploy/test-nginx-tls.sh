#!/usr/bin/env bash
# Exercises the deployment's essentials on loopback: the hub as the systemd unit runs it (its
# settings from an environment file like deploy/aspirasi.env.example), nginx in front with
# deploy/nginx/*.conf and a throwaway certificate, and a signed Twilio webhook sent through
# TLS. Passes when the webhook makes exactly one report whose row carries nginx's request id.
#
# Usage: deploy/test-nginx-tls.sh [path/to/aspirasi]   (default .build/debug/aspirasi)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
aspirasi=$(realpath "${1:-$here/../.build/debug/aspirasi}")
work=$(mktemp -d /tmp/aspirasi-deploy-XXXXXX)
chmod 755 "$work"   # as root the embedded cluster runs as postgres, which must reach its data directory
hub_pid=""
cleanup() {
    [ -n "$hub_pid" ] && kill -TERM "$hub_pid" 2>/dev/null && wait "$hub_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "deploy test: FAILED: $*" >&2; [ -f "$work/hub.log" ] && tail -20 "$work/hub.log" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
hub_port=$(free_port); http_port=$(free_port); tls_port=$(free_port)
public="https://localhost:$tls_port"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -addext subjectAltName=DNS:localhost \
    -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null

# The environment file, as systemd's EnvironmentFile= would read it.
cat > "$work/env" <<ENV
ASPIRASI_PUBLIC_HTTPS=true
ASPIRASI_PUBLIC_URL=$public
ASPIRASI_HTTP_MAX_CONNECTIONS_PER_ADDRESS=0
ASPIRASI_TWILIO_ACCOUNT_SID=AC00000000000000000000000000000000
ASPIRASI_TWILIO_AUTH_TOKEN=deploy-test-auth-token
ASPIRASI_TWILIO_FROM=+621500000
ASPIRASI_TWILIO_WEBHOOK_URL=$public/webhooks/sms/twilio
ASPIRASI_TWILIO_API_BASE=http://127.0.0.1:9
ASPIRASI_METRICS_TOKEN=deploy-test-metrics-token
LOG_FORMAT=json
LOG_LEVEL=warning
ENV
(set -a; . "$work/env"; exec "$aspirasi" serve --host 127.0.0.1 --port "$hub_port" --data-dir "$work/data") \
    > "$work/hub.log" 2>&1 &
hub_pid=$!

# The shipped site, moved onto free loopback ports and the throwaway certificate.
mkdir -p "$work/logs"
sed -e "s#/etc/nginx/aspirasi-proxy.conf#$work/aspirasi-proxy.conf#g" \
    -e "s#/etc/ssl/aspirasi/#$work/#g" \
    -e "s#server 127.0.0.1:8080;#server 127.0.0.1:$hub_port;#" \
    -e "s#listen 80;#listen 127.0.0.1:$http_port;#" \
    -e "s#listen 443 ssl http2;#listen 127.0.0.1:$tls_port ssl http2;#" \
    -e "/listen \[::\]/d" \
    -e "s#server_name aspirasi.jakarta.go.id;#server_name localhost;#" \
    "$here/nginx/aspirasi.conf" > "$work/site.conf"
cp "$here/nginx/aspirasi-proxy.conf" "$work/aspirasi-proxy.conf"
cat > "$work/nginx.conf" <<NGINX
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 256; }
http {
    access_log $work/logs/access.log;
    client_body_temp_path $work/body; proxy_temp_path $work/proxy; fastcgi_temp_path $work/fcgi;
    uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
    include $work/site.conf;
}
NGINX
nginx -t -p "$work" -c "$work/nginx.conf" 2>/dev/null || nginx -t -p "$work" -c "$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf"

curl_tls() { curl -sS --cacert "$work/fullchain.pem" --resolve "localhost:$tls_port:127.0.0.1" "$@"; }
for _ in $(seq 1 240); do
    kill -0 "$hub_pid" 2>/dev/null || fail "the hub exited"
    [ "$(curl_tls -o /dev/null -w '%{http_code}' "$public/readyz" 2>/dev/null || true)" = 200 ] && break
    sleep 0.5
done
[ "$(curl_tls -o /dev/null -w '%{http_code}' "$public/readyz")" = 200 ] || fail "never ready through nginx"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/")" = 301 ] || fail "http is not redirected"
[ "$(curl_tls -o /dev/null -w '%{http_code}' "$public/metrics")" = 404 ] || fail "/metrics is reachable from outside"

# A Twilio webhook signed as Twilio signs: HMAC-SHA1 of the public URL and the sorted parameters.
form='MessageSid=SM0123456789abcdef0123456789abcdef&From=%2B6281234500001&To=%2B621500000&NumMedia=0&Body=LAPOR+jalan+berlubang+di+depan+halte+Kel.+Gambir'
signature=$(python3 - "$public/webhooks/sms/twilio" "$form" <<'PY'
import base64, hashlib, hmac, sys, urllib.parse
url, form = sys.argv[1], sys.argv[2]
pairs = sorted(urllib.parse.parse_qsl(form, keep_blank_values=True))
data = url + "".join(k + v for k, v in pairs)
print(base64.b64encode(hmac.new(b"deploy-test-auth-token", data.encode(), hashlib.sha1).digest()).decode())
PY
)
status=$(curl_tls -o "$work/answer" -D "$work/headers" -w '%{http_code}' -X POST \
    -H 'Content-Type: application/x-www-form-urlencoded' -H "X-Twilio-Signature: $signature" \
    --data "$form" "$public/webhooks/sms/twilio")
[ "$status" = 200 ] || fail "signed webhook answered $status: $(cat "$work/answer")"
forged=$(curl_tls -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
    -H "X-Twilio-Signature: $signature" --data "${form}x" "$public/webhooks/sms/twilio")
[ "$forged" = 401 ] || fail "a forged webhook answered $forged"
request_id=$(grep -i '^x-request-id:' "$work/headers" | tr -d '\r' | awk '{print $2}')
[ -n "$request_id" ] || fail "no X-Request-Id in the answer"

psql_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql
as_cluster_user=()
[ "$(id -u)" = 0 ] && as_cluster_user=(runuser -u postgres --)
query() { "${as_cluster_user[@]}" "$psql_bin" -h "$work/data/run" -U aspirasi -d aspirasi -Atc "$1"; }
reports=$(query "SELECT count(*) FROM reports WHERE channel = 'sms'")
[ "$reports" = 1 ] || fail "expected 1 SMS report, found $reports"
stored=$(query "SELECT request_id FROM inbound_messages WHERE channel = 'sms'")
[ "$stored" = "$request_id" ] || fail "request id $request_id (nginx) is not on the message row ($stored)"
metrics=$(curl -s -H "Authorization: Bearer deploy-test-metrics-token" "http://127.0.0.1:$hub_port/metrics")
grep -q 'aspirasi_intake_messages_total{channel="sms",outcome="created"} 1' <<<"$metrics" || fail "intake not counted"
echo "deploy test: ok (TLS through nginx, signed Twilio webhook -> 1 report, request id $request_id on its row)"
