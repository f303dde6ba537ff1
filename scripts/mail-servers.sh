#!/usr/bin/env bash
# Real, throw-away mail servers on loopback for the e-mail adapter's tests.
#
#   scripts/mail-servers.sh start DIR   start Dovecot (IMAP) and an SMTP sink with all state under DIR
#   scripts/mail-servers.sh stop DIR    stop both
#   scripts/mail-servers.sh install     apt-get install what start needs (fresh machines, CI)
#
# After `start`: DIR/imap.port (plain + STARTTLS), DIR/imaps.port (implicit TLS), DIR/imap.user,
# DIR/imap.password, DIR/smtp.port (plain + STARTTLS), DIR/smtps.port (implicit TLS), DIR/smtp.password,
# DIR/tls/ca.pem (the CA that signed the servers' certificate for localhost / 127.0.0.1).
# Received SMTP mail lands in DIR/smtp/NNN.eml (+ NNN.envelope, JSON).
# Logs: DIR/dovecot.log, DIR/smtp-sink.log.
#
# Dovecot runs from its own config file with base_dir/state_dir under DIR, so it
# never touches a system instance. When run as root (CI), the mail processes still
# need a non-root uid (Dovecot refuses mail access as uid 0), so the mailbox files
# belong to the `dovecot` system user; otherwise everything runs as the caller.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEADLINE_SECONDS="${MAIL_SERVERS_DEADLINE:-30}"
MAIL_USER="aspirasi"

die() { echo "mail-servers: $*" >&2; exit 1; }

find_python() {
    # Debian's python3-aiosmtpd lives in the system interpreter; a pyenv shim may shadow it.
    local p
    for p in /usr/bin/python3 "$(command -v python3 || true)"; do
        if [ -n "$p" ] && [ -x "$p" ] && "$p" -c 'import aiosmtpd' 2>/dev/null; then
            echo "$p"; return 0
        fi
    done
    return 1
}

find_dovecot() {
    local p
    for p in "$(command -v dovecot || true)" /usr/sbin/dovecot; do
        if [ -n "$p" ] && [ -x "$p" ]; then echo "$p"; return 0; fi
    done
    return 1
}

cmd_install() {
    if find_dovecot >/dev/null && [ -x /usr/lib/dovecot/imap ] && find_python >/dev/null; then
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq dovecot-imapd python3-aiosmtpd >/dev/null
}

# Runs a command with no blocked signals and default SIGPIPE/SIGTERM handling. A parent such as a
# test runner may spawn us with signals blocked; Dovecot keeps that mask, then ignores SIGTERM and
# `dovecot stop` waits forever.
run_unmasked() {
    local py="$1"
    shift
    "$py" -c 'import os, signal, sys
signal.pthread_sigmask(signal.SIG_SETMASK, [])
for number in (signal.SIGPIPE, signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(number, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])' "$@"
}

# True while the process exists and is not a zombie (a container's init may not reap at once).
alive() {
    kill -0 "$1" 2>/dev/null || return 1
    local state
    state="$(sed -e 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" || return 0
    [ "$state" != "Z" ]
}

# Sends SIGTERM to all given processes, waits up to 10 s for them to go, then SIGKILLs the rest.
terminate() {
    local pid end=$((SECONDS + 10))
    for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
    for pid in "$@"; do
        while alive "$pid" && [ "$SECONDS" -lt "$end" ]; do sleep 0.05; done
        kill -9 "$pid" 2>/dev/null || true
    done
}

# Prints two distinct free TCP ports on 127.0.0.1.
free_ports() {
    "$1" -c 'import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))'
}

# A throw-away CA (DIR/tls/ca.pem, for the tests' trust roots) and a server certificate for
# localhost and 127.0.0.1 that Dovecot and the sink present.
make_certs() {
    local tls="$1/tls"
    mkdir -p "$tls"
    [ -s "$tls/server.pem" ] && return 0
    local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${ec[@]}" -days 3 -subj "/CN=Aspirasi Test CA" -keyout "$tls/ca.key" -out "$tls/ca.pem" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req "${ec[@]}" -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
    printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=CA:FALSE" \
        "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" >"$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 3 \
        -extfile "$tls/server.ext" -out "$tls/server.pem" 2>/dev/null
    chmod 0644 "$tls/ca.pem" "$tls/server.pem"
}

# Succeeds when the port accepts a connection and greets with the expected prefix: a
# listening socket alone is not enough (Dovecot's master listens before imap-login works).
greets() {
    "$1" -c 'import socket, sys
try:
    s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2)
    line = s.makefile("rb").readline(1000)
    s.close()
except OSError:
    sys.exit(1)
sys.exit(0 if line.startswith(sys.argv[2].encode()) else 1)' "$2" "$3"
}

# Polls until the server greets or the deadline passes (no fixed sleeps).
wait_greeting() {
    local py="$1" port="$2" prefix="$3" end=$((SECONDS + DEADLINE_SECONDS))
    while [ "$SECONDS" -lt "$end" ]; do
        if greets "$py" "$port" "$prefix"; then return 0; fi
        sleep 0.1
    done
    return 1
}

# Logs in once and opens INBOX: proves authentication works and makes Dovecot create the
# user's mail root now, not in a race between the tests' first parallel CREATEs.
imap_login_probe() {
    "$1" -c 'import imaplib, sys
m = imaplib.IMAP4("127.0.0.1", int(sys.argv[1]), timeout=5)
m.login(sys.argv[2], sys.argv[3])
m.select("INBOX")
m.logout()' "$2" "$MAIL_USER" "$3" 2>/dev/null
}

write_dovecot_conf() {
    local dir="$1" port="$2" tls_port="$3" internal_user internal_group login_user mail_uid mail_gid
    if [ "$(id -u)" -eq 0 ]; then
        # Root: use the system users the Debian package creates (login processes refuse root).
        internal_user="dovecot"; internal_group="$(id -gn dovecot)"; login_user="dovenull"
        mail_uid="$(id -u dovecot)"; mail_gid="$(id -g dovecot)"
    else
        internal_user="$(id -un)"; internal_group="$(id -gn)"; login_user="$internal_user"
        mail_uid="$(id -u)"; mail_gid="$(id -g)"
    fi
    # Each nested block and each setting on its own line: Dovecot's parser wants that.
    cat >"$dir/dovecot.conf" <<EOF
instance_name = aspirasi-test-$$
base_dir = $dir/run
state_dir = $dir/state
listen = 127.0.0.1
protocols = imap
# TLS on the imaps port and via STARTTLS; plaintext LOGIN stays allowed on the plain port.
ssl = yes
ssl_cert = <$dir/tls/server.pem
ssl_key = <$dir/tls/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests log in with a wrong password on purpose; no need to slow them down.
auth_failure_delay = 0
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
default_internal_user = $internal_user
default_internal_group = $internal_group
default_login_user = $login_user
first_valid_uid = $mail_uid
last_valid_uid = $mail_uid
first_valid_gid = $mail_gid
last_valid_gid = $mail_gid
mail_location = maildir:$dir/mail/%u
mail_privileged_group =
protocol imap {
  mail_max_userip_connections = 50
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$dir/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $tls_port
    ssl = yes
  }
}
service anvil {
  chroot =
  # Tests log in with a wrong password on purpose; anvil's auth penalty would then delay every
  # other login from 127.0.0.1 by seconds. An unreachable penalty socket turns the penalty off.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
EOF
    mkdir -p "$dir/mail" "$dir/run" "$dir/state"
    if [ "$(id -u)" -eq 0 ]; then
        chown "$mail_uid:$mail_gid" "$dir/mail"
        chmod 0711 "$dir"
    fi
}

start_dovecot() {
    local dir="$1" py="$2" dovecot attempt port tls_port
    dovecot="$(find_dovecot)" || die "dovecot not found (run: $0 install)"
    make_certs "$dir"
    [ -f "$dir/imap.password" ] || "$py" -c 'import secrets; print(secrets.token_hex(12))' >"$dir/imap.password"
    echo "$MAIL_USER" >"$dir/imap.user"
    printf '%s:{PLAIN}%s\n' "$MAIL_USER" "$(cat "$dir/imap.password")" >"$dir/users"
    chmod 0644 "$dir/users"
    # The free port is picked before Dovecot binds it; retry if someone else took it meanwhile.
    for attempt in 1 2 3 4 5; do
        read -r port tls_port < <(free_ports "$py")
        write_dovecot_conf "$dir" "$port" "$tls_port"
        if run_unmasked "$py" "$dovecot" -c "$dir/dovecot.conf" >>"$dir/dovecot.log" 2>&1 </dev/null \
            && wait_greeting "$py" "$port" "* OK" \
            && imap_login_probe "$py" "$port" "$(cat "$dir/imap.password")"; then
            echo "$port" >"$dir/imap.port"
            echo "$tls_port" >"$dir/imaps.port"
            return 0
        fi
        stop_dovecot "$dir"
    done
    tail -n 20 "$dir/dovecot.log" >&2 || true
    die "dovecot did not start"
}

start_sink() {
    local dir="$1" py="$2" end
    [ -f "$dir/smtp.password" ] || cp "$dir/imap.password" "$dir/smtp.password"
    rm -f "$dir/smtp.port" "$dir/smtps.port"
    mkdir -p "$dir/smtp"
    nohup "$py" "$HERE/smtp-sink.py" "$dir" >"$dir/smtp-sink.log" 2>&1 </dev/null &
    echo $! >"$dir/smtp-sink.pid"
    end=$((SECONDS + DEADLINE_SECONDS))
    while [ ! -s "$dir/smtp.port" ]; do
        kill -0 "$(cat "$dir/smtp-sink.pid")" 2>/dev/null || { cat "$dir/smtp-sink.log" >&2; die "smtp sink exited"; }
        [ "$SECONDS" -lt "$end" ] || die "smtp sink did not write its port"
        sleep 0.1
    done
    wait_greeting "$py" "$(cat "$dir/smtp.port")" "220" || die "smtp sink port not open"
}

cmd_start() {
    local dir="$1" py
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    py="$(find_python)" || die "python3 with aiosmtpd not found (run: $0 install)"
    # A half-started set (Dovecot up, sink failed) would outlive a failed start: clean up.
    trap 'cmd_stop "$dir"' EXIT
    start_dovecot "$dir" "$py"
    start_sink "$dir" "$py"
    trap - EXIT
    echo "imap 127.0.0.1:$(cat "$dir/imap.port") smtp 127.0.0.1:$(cat "$dir/smtp.port") state $dir"
}

stop_dovecot() {
    local dir="$1"
    if [ -s "$dir/run/master.pid" ]; then
        terminate "$(cat "$dir/run/master.pid")"
        rm -f "$dir/run/master.pid"
    fi
}

cmd_stop() {
    local dir="$1" pids=()
    [ -d "$dir" ] || return 0
    dir="$(cd "$dir" && pwd)"
    [ -s "$dir/smtp-sink.pid" ] && pids+=("$(cat "$dir/smtp-sink.pid")")
    [ -s "$dir/run/master.pid" ] && pids+=("$(cat "$dir/run/master.pid")")
    [ "${#pids[@]}" -eq 0 ] || terminate "${pids[@]}"
    rm -f "$dir/smtp-sink.pid" "$dir/run/master.pid"
}

case "${1:-}" in
    start) [ $# -eq 2 ] || die "usage: $0 start DIR"; cmd_start "$2" ;;
    stop) [ $# -eq 2 ] || die "usage: $0 stop DIR"; cmd_stop "$2" ;;
    install) cmd_install ;;
    *) die "usage: $0 start DIR | stop DIR | install" ;;
esac
