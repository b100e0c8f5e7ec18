#!/usr/bin/env bash
# Installs the mail clients the explain tests run besides the npm ones: OpenSSL's command line
# (openssl s_client) and Python 3 (smtplib). Idempotent: installs only what is missing.
set -euo pipefail
missing=()
for package in openssl python3; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "clients: $(openssl version | cut -d' ' -f1-2), $(python3 --version)"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "missing ${missing[*]}; installing needs root: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Another apt run (interop, the browser) may hold the lock: wait for it rather than fail.
apt-get -o DPkg::Lock::Timeout=300 update -qq
apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "clients: $(openssl version | cut -d' ' -f1-2), $(python3 --version)"
