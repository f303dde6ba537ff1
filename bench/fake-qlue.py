#!/usr/bin/env python3
"""A Qlue feed for the poller benchmark: POSTS posts, ids 1..POSTS, generated on
the fly (each at its own place in central Jakarta, so none is a duplicate of
another), served by `after_id`/`limit` as the hub's adapter reads them, and a
status endpoint that answers at once. Usage: fake-qlue.py PORT POSTS"""
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PORT, POSTS = int(sys.argv[1]), int(sys.argv[2])
CLUSTERED = os.environ.get("CLUSTERED") == "1"


def post(n):
    # Scattered over Jakarta like real reports (a low-discrepancy sequence, so every run is the same):
    # two posts of one page rarely fall within a duplicate radius of each other. CLUSTERED=1 puts
    # them on a 150 m grid instead, where each post of a page may be a duplicate of the one before.
    if CLUSTERED:
        lat = -6.16 - (n % 120) * 0.0014
        lng = 106.80 + (n // 120 % 120) * 0.0014
    else:
        lat = -6.10 - (n * 0.6180339887 % 1) * 0.25
        lng = 106.70 + (n * 0.4142135624 % 1) * 0.26
    return {"post_id": n, "post_date": "2026-11-20 08:15:00", "post_title": f"Laporan {n}",
            "post_desc": f"Jalan berlubang nomor {n} membahayakan pengendara", "loc_lat": lat, "loc_lng": lng,
            "post_images": [], "profile_name": f"warga{n}", "profile_id": f"u{n}"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def reply(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        after = int(query.get("after_id", ["0"])[0])
        limit = int(query.get("limit", ["100"])[0])
        self.reply({"posts": [post(n) for n in range(after + 1, min(after + limit, POSTS) + 1)]})

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.reply({"id": "ok"})

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
