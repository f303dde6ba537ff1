#!/usr/bin/env bash
# Installs what Aspirasi needs on a Debian machine, and only what is missing.
# Usage: scripts/bootstrap.sh [run|test|bench|soak|container]
set -euo pipefail

purpose="${1:-run}"
packages=(postgresql-15 postgresql-15-postgis-3 postgresql-contrib)
case "$purpose" in
  # The SMS end-to-end test runs a real Kannel (bearerbox, smsbox and the fake SMSC from kannel-extras);
  # the e-mail tests a real Dovecot (IMAP with IDLE) and aiosmtpd as the SMTP sink;
  # the console's browser tests a headless Chromium driven by Selenium.
  test) packages+=(kannel kannel-extras dovecot-imapd python3-aiosmtpd chromium chromium-driver fonts-dejavu-core) ;;
  bench) packages+=(wrk hyperfine nginx-light) ;;
  # The soak test puts nginx round-robin in front of three hubs.
  soak) packages+=(nginx-light) ;;
  # deploy/test-container.sh builds and runs the image with podman (runc where crun cannot run);
  # debootstrap makes the Debian base image where no registry is reachable.
  container) packages+=(podman podman-compose runc debootstrap curl) ;;
esac

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Selenium and pytest for the console's browser tests, in a venv of the build folder.
if [ "$purpose" = test ] && [ ! -x .build/venv-browser/bin/pytest ]; then
  echo "bootstrap: installing selenium and pytest into .build/venv-browser"
  python3 -m venv .build/venv-browser
  .build/venv-browser/bin/pip install -q selenium==4.35.0 pytest==8.3.5
fi

# Debian's postgresql package starts a system cluster on port 5432; Aspirasi
# runs its own private cluster on a unix socket and does not need that one.

# schemathesis (PyPI) fuzzes the live hub against its OpenAPI document (scripts/schemathesis.sh).
if [ "$purpose" = test ]; then
  venv="$(cd "$(dirname "$0")/.." && pwd)/.build/venv-schemathesis"
  if [ ! -x "$venv/bin/schemathesis" ]; then
    echo "bootstrap: installing schemathesis from PyPI into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==4.32.5"
  fi
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "bootstrap: the Swift 6 toolchain is not on PATH; install it from swift.org (Debian does not package it)" >&2
  exit 1
fi
