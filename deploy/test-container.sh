#!/usr/bin/env bash
# Builds the container image (deploy/container/Containerfile) around an `aspirasi` executable built
# here and exercises it with podman: the hub starts on its embedded PostgreSQL in a volume, takes a
# report through the partner API, stops cleanly on SIGTERM, starts again with the report still
# there; then the compose file (deploy/container/compose.yaml) brings the same image up.
#
# Usage: deploy/test-container.sh [path/to/aspirasi]   (default .build/release/aspirasi)
# Where no registry is reachable the Debian base image is made with debootstrap from the Debian
# mirror; where crun cannot set resource limits (some VMs), runc with cgroupfs runs the containers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
aspirasi=$(realpath "${1:-$here/../.build/release/aspirasi}")
[ -x "$aspirasi" ] || { echo "container test: no executable at $aspirasi (make release)" >&2; exit 1; }
"$here/../scripts/bootstrap.sh" container

work=$(mktemp -d /tmp/aspirasi-container-XXXXXX)
name="aspirasi-test-$$"
image=localhost/aspirasi:local
base=docker.io/library/debian:bookworm-slim
fail() {
    echo "container test: FAILED: $*" >&2
    podman logs --tail 30 "$name" >&2 2>/dev/null || true
    exit 1
}
cleanup() {
    podman rm -f -t 5 "$name" >/dev/null 2>&1 || true
    podman volume rm -f "$name" >/dev/null 2>&1 || true
    [ -f "$work/compose.yaml" ] && (cd "$work" && podman-compose -p "$name" down -v >/dev/null 2>&1) || true
    rm -rf "$work"
}
trap cleanup EXIT

# podman's engine settings for this machine only (never the host's /etc/containers).
cat > "$work/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=$(ulimit -Hn):$(ulimit -Hn)", "nproc=4096:4096"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
export CONTAINERS_CONF="$work/containers.conf"

if ! podman image exists "$base"; then
    if ! timeout 60 podman pull -q "$base" >/dev/null 2>&1; then
        echo "container test: no registry reachable; making $base with debootstrap"
        debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
            || { tail -5 "$work/debootstrap.log" >&2; fail "debootstrap"; }
        tar -C "$work/rootfs" -c . | podman import -q - "$base" >/dev/null
        rm -rf "$work/rootfs"
    fi
fi

# The build context: the executable, its resource bundle and the Swift runtime libraries it links.
mkdir -p "$work/context/bin"
cp "$here/container/Containerfile" "$work/context/"
cp "$aspirasi" "$work/context/bin/"
cp -r "$(dirname "$aspirasi")"/*.resources "$work/context/bin/"
swift_libs=$(dirname "$(readlink -f "$(command -v swift)")")/../lib/swift/linux
ldd "$aspirasi" | awk -v d="$(realpath "$swift_libs")" 'index($3, d) == 1 { print $3 }' \
    | xargs -r cp -t "$work/context/bin/"
t0=$(date +%s)
podman build -q --format docker -t "$image" -f "$work/context/Containerfile" "$work/context" >"$work/build.log" 2>&1 \
    || { tail -20 "$work/build.log" >&2; fail "podman build"; }
echo "container test: image built in $(( $(date +%s) - t0 )) s ($(podman image inspect -f '{{.Size}}' "$image" | awk '{printf "%d MB", $1/1e6}'))"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ready() {
    for _ in $(seq 1 240); do
        curl -sf -o /dev/null "http://127.0.0.1:$1/readyz" && return 0
        sleep 0.5
    done
    return 1
}
podman run -d --no-healthcheck --name "$name" -p "127.0.0.1:$port:8080" -v "$name:/var/lib/aspirasi" "$image" >/dev/null
ready "$port" || fail "the hub in the container did not become ready"
[ "$(podman exec "$name" id -un)" = aspirasi ] || fail "the hub runs as root"

key=$(podman exec "$name" /opt/aspirasi/aspirasi apikey add container-test --log-level error | tail -1)
answer=$(curl -sf -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d '{"external_id":"container-1","channel":"api","author":"+6281200000001","text":"Lampu jalan mati di depan sekolah, gelap sekali","lat":-6.1754,"lon":106.8272}' \
    "http://127.0.0.1:$port/api/v1/messages") || fail "the partner API refused the report"
number=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["tracking_number"])' "$answer")

podman stop -t 60 "$name" >/dev/null
[ "$(podman inspect -f '{{.State.ExitCode}}' "$name")" = 0 ] || fail "the hub did not stop cleanly on SIGTERM"
podman start "$name" >/dev/null
ready "$port" || fail "the hub did not come back on its volume"
curl -sf "http://127.0.0.1:$port/open311/v2/requests/$number.json" | grep -q "\"$number\"" \
    || fail "report $number is gone after a restart"
podman rm -f -t 5 "$name" >/dev/null
echo "container test: report $number taken, kept across a stop and start, the hub not root"

# The compose file as shipped, with an environment file and a free port.
cp "$here/container/compose.yaml" "$work/"
compose_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
sed -i "s/127.0.0.1:8080:8080/127.0.0.1:$compose_port:8080/" "$work/compose.yaml"
printf 'LOG_LEVEL=warning\nASPIRASI_PUBLIC_URL=http://127.0.0.1:%s\n' "$compose_port" >"$work/aspirasi.env"
(cd "$work" && podman-compose -p "$name" up -d >"$work/compose.log" 2>&1) || { tail -20 "$work/compose.log" >&2; fail "compose up"; }
ready "$compose_port" || { (cd "$work" && podman-compose -p "$name" logs) 2>&1 | tail -20 >&2; fail "compose: not ready"; }
(cd "$work" && podman-compose -p "$name" down -v >/dev/null 2>&1)
echo "container test: passed (image, volume, clean stop, compose)"
