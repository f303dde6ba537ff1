"""A live hub for the browser tests: `aspirasi serve` on a free port with its own data directory,
accounts made with the CLI, a partner key, and reports created through the partner API."""

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
import zlib

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("ASPIRASI_BIN", os.path.join(ROOT, ".build/debug/aspirasi"))
PASSWORD = "rahasia-konsol-1"

# Who signs in: (username, unit, role).
ACCOUNTS = [
    ("koor.gambir", "31.71.01.1001", "koordinator"),
    ("petugas.sudin", "31.71-BM", "petugas"),
    ("petugas.cideng", "31.71.01.1002", "petugas"),
    ("koor.dki", "31", "koordinator"),
]

# Places across Jakarta for the reports that fill the queue and the map: (lat, lon, text).
PLACES = [
    (-6.1754, 106.8272, "Jalan berlubang besar di depan halte, bahaya untuk motor"),
    (-6.1862, 106.8063, "Sampah menumpuk di pinggir kali sudah tiga hari"),
    (-6.2088, 106.8456, "Lampu penerangan jalan mati sepanjang blok"),
    (-6.2297, 106.8295, "Trotoar rusak dan terhalang pedagang"),
    (-6.1380, 106.8130, "Saluran air tersumbat, banjir saat hujan"),
    (-6.2615, 106.8106, "Pohon tumbang menutup sebagian jalan"),
    (-6.3020, 106.8950, "Jalan amblas di dekat jembatan"),
    (-6.2250, 106.9000, "Parkir liar di bahu jalan setiap sore"),
    (-6.1650, 106.7800, "Sampah dibuang sembarangan di taman"),
    (-6.1200, 106.8900, "Genangan air tidak surut di depan sekolah"),
    (-6.2400, 106.7700, "Lubang besar di aspal jalan lingkungan"),
    (-6.3300, 106.8300, "Lampu jalan berkedip dan mati di malam hari"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Hub:
    def __init__(self, url, data, log):
        self.url = url
        self.data = data
        self.log = log
        self.key = None

    def cli(self, *args, stdin=None):
        return subprocess.run(
            [BIN, *args, "--data-dir", self.data, "--log-level", "error"],
            input=stdin, capture_output=True, text=True, check=True, timeout=120,
        ).stdout

    def sql(self, query):
        """One column of rows, through psql on the embedded cluster's private socket."""
        out = subprocess.run(
            ["psql", "-h", os.path.join(self.data, "run"), "-U", "aspirasi", "-d", "aspirasi", "-Atc", query],
            capture_output=True, text=True, check=True, timeout=30,
        ).stdout
        return [line for line in out.splitlines() if line]

    def report(self, external_id, lat, lon, text):
        body = json.dumps({
            "channel": "api", "external_id": external_id, "author": "+62812%07d" % (zlib.crc32(external_id.encode()) % 10000000),
            "author_name": "Warga", "text": text, "lat": lat, "lon": lon,
        }).encode()
        request = urllib.request.Request(
            self.url + "/api/v1/messages", data=body, method="POST",
            headers={"Content-Type": "application/json", "Authorization": "Bearer " + self.key})
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.load(answer)["tracking_number"]


@pytest.fixture(scope="session")
def hub():
    if not os.access(BIN, os.X_OK):
        pytest.fail(f"build first: {BIN} is missing")
    work = tempfile.mkdtemp(prefix="aspirasi-browser-")
    os.chmod(work, 0o711)  # as root, the cluster's postgres user must reach the data directory
    port = free_port()
    log_path = os.path.join(work, "hub.log")
    log = open(log_path, "w")
    process = subprocess.Popen(
        [BIN, "serve", "--data-dir", os.path.join(work, "data"), "--port", str(port), "--log-level", "warning"],
        # Surges are looked for every 2 s rather than every minute, so the incident test need not wait.
        env={**os.environ, "ASPIRASI_INCIDENT_INTERVAL_SECONDS": "2"},
        stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    while True:
        try:
            with urllib.request.urlopen(url + "/health", timeout=2):
                break
        except Exception:
            if process.poll() is not None or time.time() > deadline:
                process.kill()
                pytest.fail("the hub did not start:\n" + open(log_path).read()[-4000:])
            time.sleep(0.2)
    hub = Hub(url, os.path.join(work, "data"), log_path)
    try:
        for username, unit, role in ACCOUNTS:
            hub.cli("user", "add", username, "--unit", unit, "--role", role, "--password-stdin", stdin=PASSWORD + "\n")
        hub.key = hub.cli("apikey", "add", "browser-tests").strip()
        hub.fill = [hub.report(f"fill-{i}", lat, lon, text) for i, (lat, lon, text) in enumerate(PLACES)]
        yield hub
    finally:
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        shutil.rmtree(work, ignore_errors=True)
