#!/usr/bin/env python3
"""The soak test: three hubs on one PostgreSQL behind nginx, fed at once on every
inbound channel while hubs are killed and the database restarted, then checked.

Everything runs on loopback in a throwaway directory: a PostgreSQL+PostGIS cluster
(initdb, pg_ctl), three `aspirasi serve` processes, nginx round-robin in front, and
one fake provider server (Twilio's Messages API, the partner callback, the Qlue feed
and its status API, the Discourse posts API) that records every request it answers.

Usage: soak.py BIN   (env: SOAK_MESSAGES, SOAK_SECONDS, SOAK_KILL_EVERY, SOAK_MAX_KILLS,
SOAK_SENDERS, SOAK_DRAIN_SECONDS, SOAK_KEEP). Its last line:
  soak: M messages, K kills, R database restarts, lost L, duplicated D, possibly_sent P, stuck S
and it exits 1 when L, D or S is not zero. Python's standard library only."""
import base64
import glob
import hashlib
import hmac
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlencode, urlparse

BIN = os.path.abspath(sys.argv[1])
MESSAGES = int(os.environ.get("SOAK_MESSAGES", "1000000"))
SECONDS = float(os.environ.get("SOAK_SECONDS", "3600"))
KILL_EVERY = float(os.environ.get("SOAK_KILL_EVERY", "10"))
MAX_KILLS = int(os.environ.get("SOAK_MAX_KILLS", "0")) or None
SENDERS = int(os.environ.get("SOAK_SENDERS", "24"))
DRAIN_SECONDS = float(os.environ.get("SOAK_DRAIN_SECONDS", "180"))
REDELIVER = 0.10
TWILIO_SID, TWILIO_TOKEN = "AC" + "5" * 32, "soak-twilio-auth-token"
KANNEL_TOKEN = "soak-kannel-url-token-0123456789"
FORUM_SECRET, FORUM_BOT = "soak-forum-webhook-secret", "aspirasi-bot"
QLUE_KEY = "soak-qlue-key"
# Channels whose provider drops a repeat of the same Idempotency-Key (the hub retries them freely);
# the others get at most one attempt that may have gone out, then `possibly_sent`.
IDEMPOTENT = {"api", "qlue"}


def log(text):
    print(f"soak [{time.strftime('%H:%M:%S')}] {text}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jakarta_point(n):
    # Scattered over Jakarta (a low-discrepancy sequence, as bench/fake-qlue.py): rarely a nearby duplicate.
    return -6.10 - (n * 0.6180339887 % 1) * 0.25, 106.70 + (n * 0.4142135624 % 1) * 0.26


class Providers:
    """What the fake providers received. Effects are counted per natural key: the idempotency key
    where the provider takes one (a repeat is dropped, as the real provider does), else the content."""

    def __init__(self):
        self.lock = threading.Lock()
        self.keyed = {}  # (channel, idempotency key) -> [provider id, requests]
        self.unkeyed = []  # (channel, content key, provider id)
        self.qlue_published = 0
        self.counter = 0

    def next_id(self):
        with self.lock:
            self.counter += 1
            return self.counter


class FakeProvider(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    providers: Providers = None

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def keyed(self, channel):
        key = self.headers.get("Idempotency-Key", "")
        p = self.providers
        with p.lock:
            entry = p.keyed.get((channel, key))
            if entry is None:
                p.counter += 1
                entry = p.keyed[(channel, key)] = [f"{channel}-{p.counter}", 0]
            entry[1] += 1
            return entry[0]

    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/v1/posts":
            return self.answer(404, {})
        query = parse_qs(url.query)
        after, limit = int(query.get("after_id", ["0"])[0]), int(query.get("limit", ["100"])[0])
        last = min(after + limit, self.providers.qlue_published)
        posts = []
        for n in range(after + 1, last + 1):
            posts.append(qlue_post(n))
            if n % 10 == 0:  # the feed repeats a tenth of its posts within the page
                posts.append(qlue_post(n))
        self.answer(200, {"posts": posts})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        path = urlparse(self.path).path
        p = self.providers
        if random.random() < 0.02:  # a provider's bad moment: not taken, retried by the hub
            return self.answer(503, {"error": "try again"})
        if path == "/callback":
            return self.answer(200, {"id": self.keyed("api")})
        if path.startswith("/v1/posts/") and path.endswith("/status"):
            return self.answer(200, {"id": self.keyed("qlue")})
        if path.endswith("/Messages.json"):
            form = parse_qs(body.decode())
            sid = "SM" + uuid.uuid4().hex
            with p.lock:
                p.unkeyed.append(("sms", form.get("To", [""])[0] + "|" + form.get("Body", [""])[0], sid))
            return self.answer(201, {"sid": sid})
        if path == "/forum/posts.json":
            post = json.loads(body)
            number = 100000 + p.next_id()
            with p.lock:
                content = f"{post.get('topic_id')}|{post.get('reply_to_post_number')}|{post.get('raw')}"
                p.unkeyed.append(("forum", content, f"topic:{post.get('topic_id')}/{number}"))
            return self.answer(200, {"id": number, "topic_id": post.get("topic_id"), "post_number": number})
        self.answer(404, {})

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a hub killed mid-request resets its connection: expected here


def qlue_post(n):
    lat, lng = jakarta_point(n + 7_000_000)
    return {"post_id": n, "post_date": "2026-11-20 08:15:00", "post_title": f"Laporan {n}",
            "post_desc": f"Saluran air tersumbat nomor {n} di lingkungan kami", "loc_lat": lat, "loc_lng": lng,
            "post_images": [], "profile_name": f"warga{n}", "profile_id": f"u{n}"}


class Cluster:
    """The soak's own PostgreSQL cluster on a loopback TCP port (as the postgres user when run as root)."""

    def __init__(self, work):
        versions = sorted((int(v) for v in os.listdir("/usr/lib/postgresql") if v.isdigit()), reverse=True)
        self.bindir = os.environ.get("ASPIRASI_PG_BINDIR") or f"/usr/lib/postgresql/{versions[0]}/bin"
        self.data, self.port = os.path.join(work, "pgdata"), free_port()
        self.logfile = os.path.join(work, "postgres.log")
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.url = f"postgres://aspirasi@127.0.0.1:{self.port}/aspirasi?sslmode=disable"

    def run(self, *args):
        subprocess.run(self.as_user + list(args), check=True, stdout=subprocess.DEVNULL)

    def init(self, work):
        os.makedirs(self.data)
        if self.as_user:
            shutil.chown(work, "postgres")
            shutil.chown(self.data, "postgres")
        self.run(f"{self.bindir}/initdb", "-D", self.data, "-U", "aspirasi", "--auth=trust", "-E", "UTF8",
                 "--locale=C.UTF-8")
        # Durability as deploy/postgresql/aspirasi.conf has it (every commit flushed, full page writes),
        # and its WAL and vacuum settings: with PostgreSQL's defaults (a checkpoint per 1 GB of WAL,
        # uncompressed full-page images) a million-message run wrote 31 KB of WAL per message and
        # slowed from 215 to 100 messages/s as its working set grew.
        with open(os.path.join(self.data, "postgresql.conf"), "a") as conf:
            conf.write(f"listen_addresses = '127.0.0.1'\nport = {self.port}\nmax_connections = 300\n"
                       "unix_socket_directories = ''\nshared_buffers = 256MB\nwork_mem = 16MB\njit = off\n"
                       "synchronous_commit = on\nfsync = on\nfull_page_writes = on\nwal_compression = on\n"
                       "max_wal_size = 4GB\ncheckpoint_timeout = 15min\n"
                       "autovacuum_vacuum_scale_factor = 0.05\nautovacuum_analyze_scale_factor = 0.02\n"
                       "autovacuum_naptime = 15s\n")
        self.start()
        self.psql("CREATE DATABASE aspirasi", database="postgres")

    def start(self):
        self.run(f"{self.bindir}/pg_ctl", "-D", self.data, "-l", self.logfile, "-w", "start")

    def stop(self, mode):
        self.run(f"{self.bindir}/pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def psql(self, sql, database="aspirasi", stdin=None):
        result = subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "aspirasi", "-d", database, "-v",
             "ON_ERROR_STOP=1", "-Atq", "-c", sql], input=stdin, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}")
        return result.stdout.strip()


class Hubs:
    """Three `aspirasi serve` processes on one database; any may be killed and started again."""

    def __init__(self, work, env, ports):
        self.work, self.env, self.ports = work, env, ports
        self.processes = [None] * len(ports)

    def start(self, index, wait=True):
        logfile = open(os.path.join(self.work, f"hub{index}.log"), "ab")
        self.processes[index] = subprocess.Popen(
            [BIN, "serve", "--port", str(self.ports[index])], env=self.env, stdout=logfile, stderr=logfile)
        if wait:
            self.wait_healthy(index)

    def wait_healthy(self, index, timeout=120):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.processes[index].poll() is not None:
                raise RuntimeError(f"hub {index} exited with {self.processes[index].returncode}; see hub{index}.log")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.ports[index], timeout=2)
                conn.request("GET", "/health")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"hub {index} did not answer /health within {timeout} s")

    def kill(self, index):
        process = self.processes[index]
        process.send_signal(signal.SIGKILL)
        process.wait()

    def crashed(self):
        """Hubs that exited on their own (not killed by us): a finding."""
        return [i for i, p in enumerate(self.processes) if p is not None and p.poll() is not None]

    def stop_all(self):
        for process in self.processes:
            if process and process.poll() is None:
                process.terminate()
        for process in self.processes:
            if process:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()


def start_nginx(work, hub_ports):
    port = free_port()
    servers = "\n".join(f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=2s;" for p in hub_ports)
    conf = os.path.join(work, "nginx.conf")
    os.makedirs(os.path.join(work, "nginx"), exist_ok=True)
    with open(conf, "w") as f:
        f.write(f"""daemon off;
worker_processes 2;
pid {work}/nginx/nginx.pid;
error_log {work}/nginx/error.log error;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  client_body_temp_path {work}/nginx/body;
  proxy_temp_path {work}/nginx/proxy;
  upstream hubs {{
{servers}
    keepalive 64;
  }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://hubs;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout;
      proxy_read_timeout 60s;
    }}
  }}
}}
""")
    process = subprocess.Popen(["nginx", "-c", conf, "-p", os.path.join(work, "nginx")])
    return process, port


class Feeder:
    """Sends every inbound message as its provider would: until it gets a 2xx, and a tenth of them
    once more afterwards (the same id again), half of those concurrently with the first."""

    def __init__(self, port, partner_key, service_code, providers):
        self.port, self.partner_key, self.service_code, self.providers = port, partner_key, service_code, providers
        self.lock = threading.Lock()
        self.next = 0
        self.acked = []  # (channel, external id, kind)
        self.redelivered = 0
        self.failures = 0
        self.refused = []
        self.slow = []
        self.topics = []  # forum topics whose opening was taken: replies go there
        self.topic_posts = {}
        self.local = threading.local()

    def connection(self):
        if getattr(self.local, "conn", None) is None:
            self.local.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        return self.local.conn

    def request(self, method, path, body=None, headers=None):
        """One attempt; (status, body) or (None, None) when the connection failed."""
        started = time.time()
        try:
            conn = self.connection()
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            data = response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            self.local.conn = None
            status, data = None, None
        took = time.time() - started
        if took > 5:  # a provider gives up long before this; listed at the end
            with self.lock:
                self.slow.append(f"{time.strftime('%H:%M:%S', time.localtime(started))} {method} "
                                 f"{path.split('?')[0]} {status} after {took:.1f} s")
        return status, data

    def deliver(self, method, path, body=None, headers=None, give_up=600):
        """Like a provider: retried with a short backoff until a 2xx."""
        deadline, pause = time.time() + give_up, 0.05
        while time.time() < deadline:
            status, data = self.request(method, path, body, headers)
            if status is not None and 200 <= status < 300:
                return data
            if status is not None and 400 <= status < 500:
                # A provider does not retry a 4xx: a valid message refused is a finding, listed at the end.
                with self.lock:
                    self.refused.append(f"{method} {path.split('?')[0]}: {status} {data[:200]!r}")
                return None
            with self.lock:
                self.failures += 1
            time.sleep(pause)
            pause = min(pause * 2, 1.0)
        return None

    def message(self, n):
        """The n-th message: (channel, external id, kind, send) where send() delivers it once until 2xx."""
        lat, lon = jakarta_point(n)
        text = f"Jalan berlubang nomor {n} di dekat rumah, mohon segera diperbaiki"
        slot = n % 20
        if slot < 5:  # partner API
            body = json.dumps({"channel": "api", "external_id": f"soak-{n}", "text": text, "author": f"partner-{n}",
                               "lat": lat, "lon": lon}).encode()
            headers = {"Authorization": f"Bearer {self.partner_key}", "Content-Type": "application/json"}
            return "api", f"soak-{n}", "opening", lambda: self.deliver("POST", "/api/v1/messages", body, headers)
        if slot < 8:  # Open311
            form = urlencode({"api_key": self.partner_key, "service_code": self.service_code, "lat": lat,
                              "long": lon, "description": text, "email": f"warga{n}@example.org"}).encode()
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
            answer = {}

            def send():
                data = self.deliver("POST", "/open311/v2/requests.json", form, headers)
                if data is not None:
                    answer["token"] = json.loads(data)[0]["token"]
                return data
            return "app", answer, "opening", send
        if slot < 12:  # Twilio
            params = {"MessageSid": "SM" + hashlib.md5(f"soak-{n}".encode()).hexdigest(), "AccountSid": TWILIO_SID,
                      "From": f"+62812{n:09d}", "To": "+621500", "Body": text, "NumMedia": "0"}
            signed = self.twilio_url + "".join(k + v for k, v in sorted(params.items()))
            signature = base64.b64encode(hmac.new(TWILIO_TOKEN.encode(), signed.encode(), "sha1").digest()).decode()
            headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
            return "sms", params["MessageSid"], "opening", lambda: self.deliver(
                "POST", "/webhooks/sms/twilio", urlencode(params).encode(), headers)
        if slot < 15:  # Kannel
            kannel_id = str(uuid.UUID(hashlib.md5(f"kannel-{n}".encode()).hexdigest()))
            query = urlencode({"from": f"+62813{n:09d}", "to": "1708", "text": text, "time": "", "ts": "1764000000",
                               "id": kannel_id, "smsc": "soak", "coding": "0", "charset": "UTF-8"}, quote_via=quote)
            return "sms", f"kannel:{kannel_id}", "opening", lambda: self.deliver(
                "GET", f"/webhooks/sms/kannel/{KANNEL_TOKEN}?{query}")
        if slot < 19:  # the forum's webhook: openings, and a quarter replies in a topic already taken
            topic, number = None, 1
            with self.lock:
                if self.topics and slot == 18:
                    topic = random.choice(self.topics)
                    number = self.topic_posts[topic] = self.topic_posts[topic] + 1
            kind = "reply" if topic else "opening"
            topic = topic or n
            post = {"id": n, "topic_id": topic, "post_number": number, "username": f"warga{topic}", "raw": text,
                    "cooked": f"<p>{text}</p>", "created_at": "2026-11-20T01:15:00Z",
                    "topic_title": f"Laporan warga {topic}", "topic_archetype": "regular", "post_type": 1,
                    "reply_to_post_number": 1 if number > 1 else None}
            body = json.dumps({"post": post}).encode()
            signature = "sha256=" + hmac.new(FORUM_SECRET.encode(), body, "sha256").hexdigest()
            headers = {"Content-Type": "application/json", "X-Discourse-Event": "post_created",
                       "X-Discourse-Event-Signature": signature}

            def send():
                data = self.deliver("POST", "/webhooks/forum", body, headers)
                if data is not None and kind == "opening":
                    with self.lock:
                        self.topics.append(topic)
                        self.topic_posts[topic] = self.topic_posts.get(topic, 1)
                return data
            return "forum", f"topic:{topic}/{number}", kind, send
        # The Qlue feed: published, then the hubs' pollers take it (a tenth repeated in the feed).
        with self.providers.lock:
            self.providers.qlue_published += 1
            post_id = self.providers.qlue_published
        return "qlue", str(post_id), "opening", lambda: b"published"

    def run_worker(self, stop_at):
        while time.time() < stop_at:
            with self.lock:
                if self.next >= MESSAGES:
                    return
                n = self.next = self.next + 1
            channel, external_id, kind, send = self.message(n)
            again = random.random() < REDELIVER and channel != "qlue"
            twin = None
            if again and random.random() < 0.5:
                twin = threading.Thread(target=send)
                twin.start()
            if send() is None:
                continue  # never taken: not a message any provider saw acknowledged
            if twin:
                twin.join()
            elif again:
                send()
            if isinstance(external_id, dict):
                external_id = "open311:" + external_id["token"]
            with self.lock:
                self.acked.append((channel, external_id, kind))
                self.redelivered += again


def chaos(hubs, cluster, feeder, state, stop):
    """A hub killed with SIGKILL every KILL_EVERY seconds and started again; the database stopped
    with `-m immediate` and started once, when half the messages have been sent."""
    index, next_kill = 0, time.time() + KILL_EVERY
    while not stop.is_set():
        if time.time() >= next_kill and (MAX_KILLS is None or state["kills"] < MAX_KILLS):
            hubs.kill(index)
            state["kills"] += 1
            hubs.start(index, wait=False)
            index, next_kill = (index + 1) % len(hubs.ports), time.time() + KILL_EVERY
        half = feeder.next >= MESSAGES // 2 or time.time() >= state["started"] + SECONDS / 2
        if state["db_restarts"] == 0 and half:
            log("stopping PostgreSQL with -m immediate")
            cluster.stop("immediate")
            time.sleep(3)
            cluster.start()
            state["db_restarts"] += 1
            log("PostgreSQL started again")
        for i in hubs.crashed():
            log(f"hub {i} exited on its own with {hubs.processes[i].returncode}: started again")
            state["crashes"] += 1
            hubs.start(i, wait=False)
        stop.wait(0.2)


def copy_in(cluster, table, columns, rows):
    text = "".join("\t".join(str(v).replace("\\", "\\\\").replace("\t", " ") for v in row) + "\n" for row in rows)
    cluster.psql(f"\\copy {table} ({columns}) FROM STDIN", stdin=text)


def check(cluster, feeder, providers, senders, drained_at):
    """Loads what the providers saw into the database and compares it with the hub's records."""
    cluster.psql("""
        CREATE TABLE soak_acked (channel text, external_id text, kind text);
        CREATE TABLE soak_keyed (channel text, key text, provider_id text, requests int);
        CREATE TABLE soak_unkeyed (channel text, content text, provider_id text);""")
    copy_in(cluster, "soak_acked", "channel, external_id, kind", feeder.acked)
    copy_in(cluster, "soak_keyed", "channel, key, provider_id, requests",
            [(c, k, v[0], v[1]) for (c, k), v in providers.keyed.items()])
    copy_in(cluster, "soak_unkeyed", "channel, content, provider_id", providers.unkeyed)
    channels = "ARRAY[" + ",".join(f"'{c}'" for c in senders) + "]"
    figures = cluster.psql(f"""
        WITH taken AS (
            SELECT a.*, m.report_id, m.outcome FROM soak_acked a
            LEFT JOIN inbound_messages m ON m.channel = a.channel AND m.external_id = a.external_id
        ), openings AS (
            -- every message that made a report, acknowledged or not (a provider may have given up)
            SELECT report_id, count(*) AS n FROM inbound_messages
            WHERE outcome IN ('created', 'duplicate', 'outside_area') GROUP BY 1
        ), sent AS (
            SELECT d.*, d.channel = ANY(ARRAY['api','qlue']) AS keyed FROM deliveries d
            WHERE d.channel = ANY({channels})
        ), effects AS (
            SELECT channel, content, count(*) AS n FROM soak_unkeyed GROUP BY 1, 2
        )
        SELECT
          -- lost: a message acknowledged with a 2xx that is no report or comment,
          (SELECT count(*) FROM taken WHERE report_id IS NULL)
          -- or a delivery recorded as sent that its provider never received
          + (SELECT count(*) FROM sent s WHERE s.state = 'sent' AND NOT EXISTS (
               SELECT 1 FROM soak_keyed k WHERE k.channel = s.channel AND k.key = s.idempotency_key) AND s.keyed)
          + (SELECT count(*) FROM sent s WHERE s.state = 'sent' AND NOT s.keyed AND NOT EXISTS (
               SELECT 1 FROM soak_unkeyed u WHERE u.channel = s.channel AND u.provider_id = s.provider_id)),
          -- duplicated: an opening that made two reports, a report nobody's opening made,
          (SELECT coalesce(sum(n - 1), 0) FROM openings)
          + (SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM openings o WHERE o.report_id = r.id))
          -- a delivery's effect twice at a provider without idempotency keys
          + (SELECT coalesce(sum(n - 1), 0) FROM effects),
          (SELECT count(*) FROM sent WHERE state = 'possibly_sent'),
          -- stuck: given up, or due when the drain ended and still not sent (a row claimed after
          -- that instant and cut short by the hubs' shutdown was not due then, and is not stuck)
          (SELECT count(*) FROM sent WHERE state = 'dead'
                                        OR (state IN ('pending', 'sending') AND due_at <= '{drained_at}')),
          (SELECT coalesce(sum(requests - 1), 0) FROM soak_keyed),
          (SELECT count(*) FROM sent WHERE state = 'sent'),
          (SELECT count(*) FROM sent WHERE state = 'pending'),
          (SELECT count(*) FROM sent WHERE state = 'possibly_sent' AND keyed),
          (SELECT count(*) FROM taken WHERE kind = 'reply' AND report_id IS NOT NULL),
          (SELECT count(*) FROM reports)""")
    return [int(x) for x in figures.split("|")]


def wait_drained(cluster, feeder, senders, timeout):
    """Until every Qlue post published is a message and nothing due is left in the outbox.

    Returns whether it drained and the database's clock at the check that said so: a retry that falls
    due a moment later is not stuck, so the final check must use that instant, not a later now()."""
    channels = "ARRAY[" + ",".join(f"'{c}'" for c in senders) + "]"
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            left, checked_at = cluster.psql(f"""
                SELECT (SELECT {feeder.providers.qlue_published} - count(*) FROM inbound_messages WHERE channel = 'qlue')
                     + (SELECT count(*) FROM deliveries WHERE channel = ANY({channels})
                          AND (state = 'sending' OR (state = 'pending' AND due_at <= now()))), now()""").split("|")
            if int(left) == 0:
                return True, checked_at
        except RuntimeError:
            pass
        time.sleep(1)
    return False, cluster.psql("SELECT now()")


def main():
    work = tempfile.mkdtemp(prefix="aspirasi-soak-")
    os.chmod(work, 0o711)
    providers = Providers()
    FakeProvider.providers = providers
    provider_server = QuietServer(("127.0.0.1", 0), FakeProvider)
    provider_server.daemon_threads = True
    threading.Thread(target=provider_server.serve_forever, daemon=True).start()
    fake = f"http://127.0.0.1:{provider_server.server_address[1]}"

    cluster = Cluster(work)
    cluster.init(work)
    hubs_env = dict(os.environ)
    for name in [k for k in hubs_env if k.startswith("ASPIRASI_")]:
        del hubs_env[name]
    hub_ports = [free_port() for _ in range(3)]
    nginx, nginx_port = start_nginx(work, hub_ports)
    public = f"http://127.0.0.1:{nginx_port}"
    hubs_env.update({
        "DATABASE_URL": cluster.url, "LOG_LEVEL": "warning",
        "ASPIRASI_PARTNER_CALLBACK_URL": f"{fake}/callback",
        "ASPIRASI_TWILIO_ACCOUNT_SID": TWILIO_SID, "ASPIRASI_TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "ASPIRASI_TWILIO_FROM": "+621500", "ASPIRASI_TWILIO_WEBHOOK_URL": f"{public}/webhooks/sms/twilio",
        "ASPIRASI_TWILIO_API_BASE": fake,
        "ASPIRASI_KANNEL_TOKEN": KANNEL_TOKEN, "ASPIRASI_KANNEL_ALLOWED_IPS": "127.0.0.1",
        "ASPIRASI_QLUE_URL": fake, "ASPIRASI_QLUE_KEY": QLUE_KEY, "ASPIRASI_QLUE_POLL_SECONDS": "5",
        "ASPIRASI_FORUM_WEBHOOK_SECRET": FORUM_SECRET, "ASPIRASI_FORUM_API_URL": f"{fake}/forum",
        "ASPIRASI_FORUM_API_KEY": "soak-forum-key", "ASPIRASI_FORUM_API_USERNAME": FORUM_BOT,
        "ASPIRASI_DELIVERY_LEASE_SECONDS": "15", "ASPIRASI_HTTP_MAX_CONNECTIONS_PER_ADDRESS": "0",
        "ASPIRASI_PUBLIC_URL": public,
    })
    senders = ["api", "sms", "qlue", "forum"]
    hubs = Hubs(work, hubs_env, hub_ports)
    state = {"kills": 0, "db_restarts": 0, "crashes": 0, "started": time.time()}
    stop = threading.Event()
    code = 1
    try:
        log(f"work directory {work}; PostgreSQL on {cluster.port}, nginx on {nginx_port}, providers at {fake}")
        hubs.start(0)  # the first one migrates and loads the reference data alone
        hubs.start(1, wait=False)
        hubs.start(2, wait=False)
        hubs.wait_healthy(1)
        hubs.wait_healthy(2)
        key = subprocess.run([BIN, "apikey", "add", "soak-partner"], env=hubs_env, check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
        conn = http.client.HTTPConnection("127.0.0.1", nginx_port, timeout=30)
        conn.request("GET", "/open311/v2/services.json")
        services = json.loads(conn.getresponse().read())
        feeder = Feeder(nginx_port, key, services[0]["service_code"], providers)
        feeder.twilio_url = f"{public}/webhooks/sms/twilio"
        state["started"] = time.time()
        stop_at = state["started"] + SECONDS
        log(f"feeding up to {MESSAGES} messages for at most {SECONDS:.0f} s through {SENDERS} senders")
        threading.Thread(target=chaos, args=(hubs, cluster, feeder, state, stop), daemon=True).start()
        workers = [threading.Thread(target=feeder.run_worker, args=(stop_at,)) for _ in range(SENDERS)]
        for w in workers:
            w.start()
        last = 0
        while any(w.is_alive() for w in workers):
            time.sleep(1)
            if time.time() - last >= 30:
                last = time.time()
                elapsed = last - state["started"]
                log(f"{len(feeder.acked)} taken in {elapsed:.0f} s ({len(feeder.acked) / max(elapsed, 1):.0f}/s), "
                    f"{state['kills']} kills, {state['db_restarts']} database restarts, {feeder.failures} retried")
        for w in workers:
            w.join()
        feed_seconds = time.time() - state["started"]
        while state["db_restarts"] == 0:  # a short run still restarts the database once
            time.sleep(0.2)
        stop.set()
        for i in hubs.crashed():
            hubs.start(i, wait=False)
        for i in range(len(hub_ports)):
            hubs.wait_healthy(i)
        log(f"fed {len(feeder.acked)} messages in {feed_seconds:.0f} s; draining the outbox "
            f"(at most {DRAIN_SECONDS:.0f} s)")
        drained, drained_at = wait_drained(cluster, feeder, senders, DRAIN_SECONDS)
        hubs.stop_all()
        lost, duplicated, possibly, stuck, key_repeats, sent, pending, keyed_possibly, replies, reports = check(
            cluster, feeder, providers, senders, drained_at)
        for slow in feeder.slow[:20]:
            log(f"slow: {slow}")
        for refusal in feeder.refused[:10]:
            log(f"refused: {refusal}")
        log(f"drained: {drained}; refused {len(feeder.refused)}; reports {reports}, comments {replies}, redeliveries {feeder.redelivered}, "
            f"provider retries {feeder.failures}; deliveries sent {sent}, waiting to retry {pending}, "
            f"repeated keys dropped by providers {key_repeats}, possibly_sent on idempotent channels "
            f"{keyed_possibly}, hubs that exited on their own {state['crashes']}")
        print(f"soak: {len(feeder.acked)} messages, {state['kills']} kills, {state['db_restarts']} database restarts, "
              f"lost {lost}, duplicated {duplicated}, possibly_sent {possibly}, stuck {stuck}", flush=True)
        code = 1 if lost or duplicated or stuck or feeder.refused else 0
    finally:
        stop.set()
        hubs.stop_all()
        nginx.terminate()
        nginx.wait()
        try:
            cluster.stop("fast")
        except subprocess.CalledProcessError:
            pass
        provider_server.shutdown()
        if os.environ.get("SOAK_KEEP") or code != 0:
            print(f"soak: logs and database kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
