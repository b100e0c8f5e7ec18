#!/usr/bin/env bash
# A DNSSEC test rig on loopback for the MX suites: NSD (authoritative, 127.0.0.61:53) serves a signed
# zone (dane.test), a zone signed with expired signatures (bogus.test) and an unsigned one (plain.test);
# Unbound (validating resolver, 127.0.0.60:53) trusts the two signed zones' keys and nothing else, and
# sends every query to NSD, so nothing leaves 127.0.0.0/8. Keys, certificates and zones are made afresh
# on every run (idempotent: a second run regenerates everything and restarts both daemons).
# Writes what the tests need to <repo>/.dnssec/env.json. Needs root and Debian's packages.
set -Eeuo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
RUN_DIR="${MAILPORTS_DNSSEC_RUN_DIR:-/run/mailports-dnssec}"
OUT_DIR="$REPO/.dnssec"
RESOLVER=127.0.0.60
AUTHORITY=127.0.0.61
log() { printf '[dnssec] %s\n' "$*" >&2; }
fail() {
  log "FAILED: $*"
  for file in "$RUN_DIR"/log/*.log; do [ -f "$file" ] && { log "--- $file"; tail -n 30 "$file" >&2; }; done
  exit 1
}
trap 'fail "command failed at line $LINENO"' ERR
[ "$(id -u)" = 0 ] || { log "needs root (installs Debian packages, binds port 53)"; exit 1; }

install_packages() {
  local wanted=(nsd unbound ldnsutils bind9-dnsutils openssl) missing=() pkg
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  local policy=/usr/sbin/policy-rc.d saved=""
  # No init system here: the packages must not try to start their services while installing.
  if [ -e "$policy" ]; then saved="$policy.mailports-dnssec"; mv "$policy" "$saved"; fi
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy"
  local ok=0 attempt
  for attempt in 1 2 3; do
    # apt holds a lock; another install may be running: wait and retry.
    if apt-get update -qq </dev/null >/dev/null 2>&1 &&
      apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=120 "${missing[@]}" </dev/null >/dev/null 2>&1; then
      ok=1; break
    fi
    sleep $((attempt * 5))
  done
  rm -f "$policy"; [ -n "$saved" ] && mv "$saved" "$policy"
  [ "$ok" = 1 ] || fail "apt-get install ${missing[*]}"
}

stop_daemon() {
  local pidfile=$1 pid
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$pidfile"
}

make_certificate() {
  # One self-signed certificate for every test MX: DANE-EE(3) ignores names and issuers (RFC 7672 §3.1.1).
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 7 \
    -subj "/CN=mx.good.dane.test" \
    -addext "subjectAltName=DNS:mx.good.dane.test,DNS:mx.mismatch.dane.test,DNS:mx.v6.dane.test,DNS:mx.badtlsa.dane.test,DNS:mx.plain.test,DNS:mx.bogus.test" \
    -keyout "$OUT_DIR/mx.key" -out "$OUT_DIR/mx.pem" 2>/dev/null
  SPKI_SHA256=$(openssl x509 -in "$OUT_DIR/mx.pem" -noout -pubkey | openssl pkey -pubin -outform DER | openssl dgst -sha256 -hex | awk '{print $NF}')
  OTHER_SHA256=$(head -c 64 /dev/urandom | openssl dgst -sha256 -hex | awk '{print $NF}')
}

write_zones() {
  local soa="SOA ns.%s. admin.%s. $(date +%s) 3600 600 86400 300"
  # shellcheck disable=SC2059
  cat >"$RUN_DIR/zones/dane.test.zone" <<ZONE
\$ORIGIN dane.test.
\$TTL 300
@ IN $(printf "$soa" dane.test dane.test)
@ IN NS ns.dane.test.
ns IN A $AUTHORITY
good IN MX 10 mx.good
good IN TXT "v=spf1 -all"
mx.good IN A 127.0.0.71
_25._tcp.mx.good IN TLSA 3 1 1 $SPKI_SHA256
mismatch IN MX 10 mx.mismatch
mx.mismatch IN A 127.0.0.72
_25._tcp.mx.mismatch IN TLSA 3 1 1 $OTHER_SHA256
v6 IN MX 10 mx.v6
mx.v6 IN AAAA ::1
_25._tcp.mx.v6 IN TLSA 3 1 1 $SPKI_SHA256
nullmx IN MX 0 .
implicit IN A 127.0.0.73
_25._tcp.implicit IN TLSA 3 1 1 $SPKI_SHA256
badtlsa IN MX 10 mx.badtlsa
mx.badtlsa IN A 127.0.0.75
_25._tcp.mx.badtlsa IN TLSA 3 1 1 abcdef
_25._tcp.mx.badtlsa IN TLSA 1 1 1 $SPKI_SHA256
ZONE
  cat >"$RUN_DIR/zones/bogus.test.zone" <<ZONE
\$ORIGIN bogus.test.
\$TTL 300
@ IN $(printf "$soa" bogus.test bogus.test)
@ IN NS ns.dane.test.
@ IN MX 10 mx
mx IN A 127.0.0.76
_25._tcp.mx IN TLSA 3 1 1 $SPKI_SHA256
ZONE
  cat >"$RUN_DIR/zones/plain.test.zone" <<ZONE
\$ORIGIN plain.test.
\$TTL 300
@ IN $(printf "$soa" plain.test plain.test)
@ IN NS ns.dane.test.
@ IN MX 10 mx
mx IN A 127.0.0.74
_25._tcp.mx IN TLSA 3 1 1 $SPKI_SHA256
ZONE
}

sign_zone() {
  local zone=$1; shift
  (
    cd "$RUN_DIR/keys"
    local zsk ksk
    zsk=$(ldns-keygen -a ECDSAP256SHA256 "$zone")
    ksk=$(ldns-keygen -a ECDSAP256SHA256 -k "$zone")
    ldns-signzone "$@" -f "$RUN_DIR/zones/$zone.zone.signed" "$RUN_DIR/zones/$zone.zone" "$zsk" "$ksk"
    # The trust anchor: the key-signing key, as Unbound reads it.
    cat "$ksk.key" >>"$RUN_DIR/trust-anchors.keys"
  )
}

start_nsd() {
  cat >"$RUN_DIR/nsd.conf" <<CONF
server:
  ip-address: $AUTHORITY
  port: 53
  do-ip6: no
  server-count: 1
  username: ""
  chroot: ""
  database: ""
  zonelistfile: "$RUN_DIR/nsd-zone.list"
  xfrdfile: "$RUN_DIR/nsd-xfrd.state"
  pidfile: "$RUN_DIR/nsd.pid"
  logfile: "$RUN_DIR/log/nsd.log"
  zonesdir: "$RUN_DIR/zones"
remote-control:
  control-enable: no
zone:
  name: dane.test
  zonefile: dane.test.zone.signed
zone:
  name: bogus.test
  zonefile: bogus.test.zone.signed
zone:
  name: plain.test
  zonefile: plain.test.zone
CONF
  nsd-checkconf "$RUN_DIR/nsd.conf"
  nsd -c "$RUN_DIR/nsd.conf"
}

start_unbound() {
  cat >"$RUN_DIR/unbound.conf" <<CONF
server:
  interface: $RESOLVER
  port: 53
  do-ip6: no
  access-control: 127.0.0.0/8 allow
  username: ""
  chroot: ""
  directory: "$RUN_DIR"
  pidfile: "$RUN_DIR/unbound.pid"
  logfile: "$RUN_DIR/log/unbound.log"
  use-syslog: no
  verbosity: 1
  val-log-level: 2
  do-not-query-localhost: no
  qname-minimisation: no
  module-config: "validator iterator"
  trust-anchor-file: "$RUN_DIR/trust-anchors.keys"
  cache-max-ttl: 5
  cache-max-negative-ttl: 5
  # Unbound answers .test (RFC 6761) itself unless told not to.
  local-zone: "test." nodefault
  local-data-ptr: "127.0.0.71 mx.good.dane.test"
  local-data-ptr: "127.0.0.72 somewhere-else.dane.test"
  # Nothing leaves 127.0.0.0/8: every other name is refused, the test zones go to the loopback authority.
  local-zone: "." refuse
  local-zone: "dane.test." transparent
  local-zone: "bogus.test." transparent
  local-zone: "plain.test." transparent
remote-control:
  control-enable: no
stub-zone:
  name: "dane.test."
  stub-addr: $AUTHORITY
stub-zone:
  name: "bogus.test."
  stub-addr: $AUTHORITY
stub-zone:
  name: "plain.test."
  stub-addr: $AUTHORITY
CONF
  unbound-checkconf "$RUN_DIR/unbound.conf" >/dev/null
  unbound -c "$RUN_DIR/unbound.conf"
}

wait_for() {
  local name=$1 want=$2
  for _ in $(seq 50); do
    if dig +time=1 +tries=1 +dnssec @"$RESOLVER" "$name" MX 2>/dev/null | grep -q "$want"; then return 0; fi
    sleep 0.2
  done
  fail "the resolver does not answer $name with $want"
}

install_packages
mkdir -p "$RUN_DIR" "$OUT_DIR"
stop_daemon "$RUN_DIR/unbound.pid"
stop_daemon "$RUN_DIR/nsd.pid"
rm -rf "$RUN_DIR/keys" "$RUN_DIR/zones" "$RUN_DIR/trust-anchors.keys"
mkdir -p "$RUN_DIR/keys" "$RUN_DIR/zones" "$RUN_DIR/log"
make_certificate
write_zones
sign_zone dane.test
# Signatures that expired long ago: a validating resolver calls every answer from this zone bogus.
sign_zone bogus.test -i 20200101000000 -e 20200201000000
start_nsd
start_unbound
wait_for good.dane.test "flags:.* ad"
cat >"$OUT_DIR/env.json" <<JSON
{
  "resolver": "$RESOLVER:53",
  "authority": "$AUTHORITY:53",
  "certificate": "$OUT_DIR/mx.pem",
  "key": "$OUT_DIR/mx.key",
  "spkiSha256": "$SPKI_SHA256"
}
JSON
log "ready: resolver $RESOLVER:53 (validating), authority $AUTHORITY:53"
