#!/usr/bin/env python3
"""Slow clients (slowloris) against a hub on loopback, and whether everyone else is still served.

Opens --slow connections from a few loopback source addresses (127.0.0.2, .3, ...), each sending a
request head a header line at a time and never finishing it, re-opening any the hub closes, for
--seconds. Meanwhile, from 127.0.0.1, it times GET /health and an Open311 intake POST once a second.
Then one greedy address opens more connections than its share, to show the per-address limit.
Prints timings; exits 1 if a probe failed or a slow connection was kept open beyond --max-open.

Python standard library only; loopback only; every count and time is bounded.
Usage: bench/slowloris.py --port PORT [--api-key KEY] [--slow 300] [--addresses 5] [--seconds 30]
"""
import argparse
import http.client
import selectors
import socket
import statistics
import sys
import threading
import time
import urllib.parse

HOST = "127.0.0.1"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--api-key", help="a partner key for the intake POST (aspirasi apikey add ...)")
    parser.add_argument("--slow", type=int, default=300, help="slow connections held at once (at most 2000)")
    parser.add_argument("--addresses", type=int, default=5, help="loopback addresses they come from (at most 50)")
    parser.add_argument("--seconds", type=float, default=30, help="how long the attack lasts (at most 300)")
    parser.add_argument("--trickle", type=float, default=2, help="seconds between header lines")
    parser.add_argument("--greedy", type=int, default=100, help="connections the greedy address opens (at most 1000)")
    parser.add_argument("--max-open", type=float, default=20, help="longest a slow connection may stay open (s)")
    args = parser.parse_args()
    if not (1 <= args.slow <= 2000 and 1 <= args.addresses <= 50 and 1 <= args.seconds <= 300
            and 0 <= args.greedy <= 1000 and 0.1 <= args.trickle <= 60):
        parser.error("out of bounds: --slow 1..2000, --addresses 1..50, --seconds 1..300, --greedy 0..1000")
    return args


class SlowConnection:
    def __init__(self, source, index):
        self.source, self.index = source, index
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            self.sock.bind((source, 0))
        except OSError:
            self.source = HOST  # no 127.0.0.0/8 routing here (not Linux): all from one address
            self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.settimeout(2)
        self.opened = time.monotonic()
        self.lines = 0
        self.received = b""

    def start(self, port):
        self.sock.connect((HOST, port))
        self.sock.sendall(b"GET /health HTTP/1.1\r\nHost: localhost\r\n")
        self.sock.setblocking(False)
        self.next_line = time.monotonic()

    def trickle(self):
        self.lines += 1
        self.sock.send(b"X-Slow-%d-%d: a\r\n" % (self.index, self.lines))

    def outcome(self):
        status = self.received[9:12].decode("ascii", "replace") if self.received.startswith(b"HTTP/1.") else ""
        return status or "closed"


def attack(args, stop, report):
    """Holds args.slow connections open until `stop`, re-opening each one the hub closes."""
    sources = ["127.0.0.%d" % (2 + i) for i in range(args.addresses)]
    selector = selectors.DefaultSelector()
    opened, outcomes, lifetimes, failures = 0, {}, [], 0

    def open_one(index):
        nonlocal opened, failures
        connection = SlowConnection(sources[index % len(sources)], index)
        try:
            connection.start(args.port)
        except OSError:
            failures += 1
            connection.sock.close()
            return
        opened += 1
        selector.register(connection.sock, selectors.EVENT_READ, connection)

    for index in range(args.slow):
        open_one(index)
    report["sources"] = sorted({key.data.source for key in selector.get_map().values()})
    report["held_at_start"] = len(selector.get_map())
    while not stop.is_set():
        now = time.monotonic()
        for key, _ in selector.select(timeout=0.1):
            connection = key.data
            try:
                data = connection.sock.recv(4096)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            connection.received += data
            if data:
                continue
            selector.unregister(connection.sock)
            connection.sock.close()
            outcomes[connection.outcome()] = outcomes.get(connection.outcome(), 0) + 1
            lifetimes.append(now - connection.opened)
            if opened < args.slow * 50:
                open_one(connection.index)
        for key in list(selector.get_map().values()):
            connection = key.data
            if now >= connection.next_line:
                connection.next_line = now + args.trickle
                try:
                    connection.trickle()
                except OSError:
                    pass  # the read side sees the close
    still_open = [key.data for key in selector.get_map().values()]
    end = time.monotonic()
    for connection in still_open:
        lifetimes.append(end - connection.opened)
        connection.sock.close()
    report.update(opened=opened, outcomes=outcomes, lifetimes=lifetimes, connect_failures=failures,
                  open_at_end=len(still_open))


def probe(args, path, counter):
    """One request from 127.0.0.1; returns (milliseconds, status) or (milliseconds, error)."""
    started = time.monotonic()
    try:
        connection = http.client.HTTPConnection(HOST, args.port, timeout=10, source_address=(HOST, 0))
        if path == "intake":
            form = urllib.parse.urlencode({
                "api_key": args.api_key, "service_code": "sampah", "lat": "-6.1754", "long": "106.8272",
                "description": "slowloris bench %d %f" % (counter, time.time())})
            connection.request("POST", "/open311/v2/requests.json", form,
                               {"Content-Type": "application/x-www-form-urlencoded"})
        else:
            connection.request("GET", "/health")
        response = connection.getresponse()
        response.read()
        connection.close()
        return (time.monotonic() - started) * 1000, response.status
    except OSError as error:
        return (time.monotonic() - started) * 1000, type(error).__name__


def summary(name, results, ok):
    times = [ms for ms, _ in results]
    failed = [status for _, status in results if status not in ok]
    if not times:
        return "%s: no requests" % name, 0
    return ("%-12s n=%-3d median %7.1f ms  max %7.1f ms  failed %d %s" % (
        name, len(times), statistics.median(times), max(times), len(failed), sorted(set(map(str, failed))) if failed else ""),
        len(failed))


def greedy(args):
    """One address opens more connections than its share: how many are held, how many refused."""
    sockets, held, refused, other = [], 0, 0, 0
    started = time.monotonic()
    for _ in range(args.greedy):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind(("127.0.0.250", 0))
        except OSError:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(2)
        try:
            sock.connect((HOST, args.port))
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: localhost\r\n")
            sock.setblocking(False)
            sockets.append(sock)
        except OSError:
            other += 1
            sock.close()
    time.sleep(0.5)  # a refusal is answered at once; an admitted connection waits for the rest of its head
    for sock in sockets:
        try:
            answer = sock.recv(64)
            if answer.startswith(b"HTTP/1.1 503"):
                refused += 1
            else:
                other += 1
        except BlockingIOError:
            held += 1
        except OSError:
            other += 1
        sock.close()
    return held, refused, other, time.monotonic() - started


def main():
    args = parse_args()
    probes = ["health"] + (["intake"] if args.api_key else [])
    ok = {"health": {200}, "intake": {200, 201}}
    print("hub: http://%s:%d  (loopback only)" % (HOST, args.port))
    baseline = {name: [probe(args, name, i) for i in range(5)] for name in probes}
    print("baseline, no slow clients:")
    for name in probes:
        print("  " + summary(name, baseline[name], ok[name])[0])

    stop, report = threading.Event(), {}
    attacker = threading.Thread(target=attack, args=(args, stop, report))
    attacker.start()
    while "held_at_start" not in report and attacker.is_alive():
        time.sleep(0.05)
    print("slowloris: %d connections from %s, a header line every %.0f s each, for %.0f s" % (
        report.get("held_at_start", 0), ", ".join(report.get("sources", [])), args.trickle, args.seconds))
    during = {name: [] for name in probes}
    end = time.monotonic() + args.seconds
    counter = 0
    while time.monotonic() < end:
        tick = time.monotonic()
        for name in probes:
            counter += 1
            during[name].append(probe(args, name, counter))
        time.sleep(max(0, 1 - (time.monotonic() - tick)))
    stop.set()
    attacker.join(timeout=30)

    failures = 0
    print("during the attack:")
    for name in probes:
        line, failed = summary(name, during[name], ok[name])
        failures += failed
        print("  " + line)
    lifetimes = report.get("lifetimes", [0])
    longest = max(lifetimes) if lifetimes else 0
    outcomes = ", ".join("%s: %d" % item for item in sorted(report.get("outcomes", {}).items()))
    print("slow connections: opened %d; ended by the hub with %s; connect failures %d; open at the end %d" % (
        report.get("opened", 0), outcomes or "none", report.get("connect_failures", 0), report.get("open_at_end", 0)))
    print("  longest open %.1f s, median lifetime %.1f s" % (longest, statistics.median(lifetimes) if lifetimes else 0))
    if args.greedy:
        held, refused, other, elapsed = greedy(args)
        print("greedy address 127.0.0.250: %d connections: %d held, %d refused with 503, %d other (%.2f s)" % (
            args.greedy, held, refused, other, elapsed))
    verdict = failures == 0 and longest <= args.max_open
    print("PASS" if verdict else "FAIL: %d failed probes, longest slow connection %.1f s (limit %.0f s)" % (
        failures, longest, args.max_open))
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
