#!/usr/bin/env python3
"""SMTP sink for the e-mail adapter's tests.

Listens on 127.0.0.1 on free ports chosen by the kernel (no race between
picking and binding): plain with STARTTLS, port in DIR/smtp.port, and implicit
TLS, port in DIR/smtps.port (certificate from DIR/tls). Stores every
accepted message as DIR/smtp/NNN.eml (the DATA bytes, un-stuffed, exactly as
received) next to DIR/smtp/NNN.envelope (a small JSON: mail_from, rcpt_tos).
The .eml file is renamed into place last, so a test that sees it may read both.

Recipients whose local part is "reject-permanent" get 550 and
"reject-transient" get 451, so tests can check how the client maps them.
AUTH PLAIN/LOGIN is offered without TLS and accepts user "aspirasi" with the
password in DIR/smtp.password.
"""
import asyncio
import json
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class SinkHandler:
    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.counter = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local == "reject-permanent":
            return "550 5.1.1 Mailbox unavailable"
        if local == "reject-transient":
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.counter += 1
        name = "%03d" % self.counter
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
        }
        env_path = os.path.join(self.out_dir, name + ".envelope")
        with open(env_path, "w") as f:
            json.dump(meta, f)
        tmp = os.path.join(self.out_dir, name + ".eml.tmp")
        with open(tmp, "wb") as f:
            f.write(envelope.original_content)
        os.rename(tmp, os.path.join(self.out_dir, name + ".eml"))
        return "250 2.0.0 Ok: queued as SINK%s" % name


def make_authenticator(password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = auth_data.login == b"aspirasi" and auth_data.password == password.encode()
        return AuthResult(success=ok, handled=False)
    return authenticate


async def main(state_dir):
    out_dir = os.path.join(state_dir, "smtp")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(state_dir, "smtp.password")) as f:
        password = f.read().strip()
    handler = SinkHandler(out_dir)
    loop = asyncio.get_running_loop()

    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(
        os.path.join(state_dir, "tls", "server.pem"), os.path.join(state_dir, "tls", "server.key")
    )

    def factory(starttls):
        return lambda: SMTP(
            handler,
            hostname="sink.test",
            auth_require_tls=False,
            authenticator=make_authenticator(password),
            tls_context=tls if starttls else None,
        )

    implicit = await loop.create_server(factory(False), host="127.0.0.1", port=0, ssl=tls)
    write_port(state_dir, "smtps.port", implicit)
    # smtp.port last: the start script waits for it.
    server = await loop.create_server(factory(True), host="127.0.0.1", port=0)
    write_port(state_dir, "smtp.port", server)

    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    server.close()
    implicit.close()


def write_port(state_dir, name, server):
    tmp = os.path.join(state_dir, name + ".tmp")
    with open(tmp, "w") as f:
        f.write("%d\n" % server.sockets[0].getsockname()[1])
    os.rename(tmp, os.path.join(state_dir, name))


if __name__ == "__main__":
    # A parent (e.g. a test runner) may have blocked signals; SIGTERM must reach us to stop.
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    asyncio.run(main(sys.argv[1]))
