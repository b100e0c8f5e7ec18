#!/usr/bin/env bash
# Install (if missing), configure and start real Postfix and Dovecot on 127.0.0.10 for the interop suites.
# Idempotent and non-interactive: a second run regenerates the configuration and reloads the servers.
# Needs root and Debian's packages. Never reaches beyond 127.0.0.0/8 once installed.
set -Eeuo pipefail
# shellcheck source=scripts/interop/lib.sh
source "$(dirname "$0")/lib.sh"
SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
started_at=$(date +%s)

if [ "$(id -u)" != 0 ]; then
  log "needs root (installs Debian packages and binds ports below 1024)"
  exit 1
fi

fail() {
  log "FAILED: $*"
  show_logs
  exit 1
}
trap 'fail "command failed at line $LINENO"' ERR

POLICY=/usr/sbin/policy-rc.d

# No init system here: packages must not try to start their services while installing. An existing
# policy-rc.d is set aside and put back afterwards.
forbid_service_starts() {
  [ -e "$POLICY" ] && mv "$POLICY" "$POLICY.mailports-saved"
  printf '#!/bin/sh\n# mailports interop: no service starts while installing\nexit 101\n' >"$POLICY"
  chmod 755 "$POLICY"
}

restore_service_policy() {
  rm -f "$POLICY"
  if [ -e "$POLICY.mailports-saved" ]; then mv "$POLICY.mailports-saved" "$POLICY"; fi
}

apt_install() {
  apt-get update -qq </dev/null >>"$LOG_DIR/apt.log" 2>&1 &&
    apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 "$@" </dev/null >>"$LOG_DIR/apt.log" 2>&1
}

install_packages() {
  local wanted=(postfix dovecot-core dovecot-imapd dovecot-pop3d openssl) missing=() pkg
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
  : >"$LOG_DIR/apt.log"
  forbid_service_starts
  # One retry: a mirror hiccup should not fail CI.
  if ! apt_install "${missing[@]}" && ! { sleep 5 && apt_install "${missing[@]}"; }; then
    restore_service_policy
    tail -n 40 "$LOG_DIR/apt.log" >&2
    fail "apt-get install ${missing[*]}"
  fi
  restore_service_policy
}

# A throwaway CA and a server certificate for mail.interop.test / 127.0.0.10, regenerated when absent,
# expiring within a day, or not matching the server name.
make_certificates() {
  mkdir -p "$TLS_DIR"
  chmod 700 "$TLS_DIR"
  if [ -s "$TLS_DIR/server.pem" ] && [ -s "$TLS_DIR/ca.pem" ] &&
    openssl x509 -in "$TLS_DIR/server.pem" -noout -checkend 86400 >/dev/null 2>&1 &&
    openssl x509 -in "$TLS_DIR/server.pem" -noout -checkhost "$SERVERNAME" 2>/dev/null | grep -q 'does match'; then
    return 0
  fi
  log "generating a throwaway CA and server certificate for $SERVERNAME"
  local tmp
  tmp=$(mktemp -d)
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
    -subj "/O=mailports interop/CN=mailports interop test CA" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
    -keyout "$tmp/ca.key" -out "$tmp/ca.pem" 2>/dev/null
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -subj "/O=mailports interop/CN=$SERVERNAME" -keyout "$tmp/server.key" -out "$tmp/server.csr" 2>/dev/null
  printf '%s\n' \
    "basicConstraints=critical,CA:FALSE" \
    "keyUsage=critical,digitalSignature" \
    "extendedKeyUsage=serverAuth" \
    "subjectAltName=DNS:$SERVERNAME,DNS:localhost,IP:$HOST,IP:127.0.0.1" >"$tmp/ext.cnf"
  openssl x509 -req -in "$tmp/server.csr" -CA "$tmp/ca.pem" -CAkey "$tmp/ca.key" -CAcreateserial \
    -days 30 -sha256 -extfile "$tmp/ext.cnf" -out "$tmp/server.pem" 2>/dev/null
  cat "$tmp/server.pem" "$tmp/ca.pem" >"$tmp/chain.pem"
  install -m 600 "$tmp/server.key" "$TLS_DIR/server.key"
  install -m 644 "$tmp/server.pem" "$TLS_DIR/server.pem"
  install -m 644 "$tmp/chain.pem" "$TLS_DIR/chain.pem"
  install -m 644 "$tmp/ca.pem" "$TLS_DIR/ca.pem"
  # The CA key is not kept: nothing else is ever signed with it.
  rm -rf "$tmp"
}

write_env() {
  mkdir -p "$INTEROP_DIR"
  cp "$TLS_DIR/ca.pem" "$INTEROP_DIR/ca.pem"
  cp "$TLS_DIR/server.pem" "$INTEROP_DIR/server.pem"
  cat >"$INTEROP_DIR/env" <<EOF
# Written by scripts/interop/up.sh: real Postfix and Dovecot on loopback. Throwaway values, never committed.
MAILPORTS_INTEROP_HOST=$HOST
MAILPORTS_INTEROP_SERVERNAME=$SERVERNAME
MAILPORTS_INTEROP_SMTP_PORT=25
MAILPORTS_INTEROP_SUBMISSIONS_PORT=465
MAILPORTS_INTEROP_SUBMISSION_PORT=587
MAILPORTS_INTEROP_SUBMISSION_ALT_PORT=2525
MAILPORTS_INTEROP_POP3_PORT=110
MAILPORTS_INTEROP_POP3S_PORT=995
MAILPORTS_INTEROP_IMAP_PORT=143
MAILPORTS_INTEROP_IMAPS_PORT=993
MAILPORTS_INTEROP_CA=$INTEROP_DIR/ca.pem
MAILPORTS_INTEROP_CERT=$INTEROP_DIR/server.pem
MAILPORTS_INTEROP_USER=$PROBE_USER
MAILPORTS_INTEROP_PASSWORD=$PROBE_PASSWORD
MAILPORTS_INTEROP_LOGS=$LOG_DIR
MAILPORTS_INTEROP_OAUTH2_TOKEN=$OAUTH2_TOKEN
MAILPORTS_INTEROP_OAUTH2_OTHER_TOKEN=$OAUTH2_OTHER_TOKEN
MAILPORTS_INTEROP_OAUTH2_INTROSPECTION=https://$HOST:$OAUTH2_PORT/introspect
EOF
}

# Another program on one of the eight ports would make a daemon fail with a message lost in its log.
check_ports_free() {
  local port busy=()
  for port in "$@"; do
    (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null && busy+=("$port")
  done
  [ ${#busy[@]} -eq 0 ] || fail "something else already listens on $HOST port(s) ${busy[*]}"
}

# The token introspection endpoint Dovecot's oauth2 passdb asks (a small Node server, loopback only).
# Started once; a running one whose token file is unchanged is left alone.
start_introspection() {
  mkdir -p "$OAUTH2_DIR"
  chmod 700 "$OAUTH2_DIR"
  local tokens="$OAUTH2_DIR/tokens.json" wanted pid
  wanted=$(printf '{"%s":"%s","%s":"other@%s"}' "$OAUTH2_TOKEN" "$PROBE_USER" "$OAUTH2_OTHER_TOKEN" "$DOMAIN")
  if pid=$(introspection_pid); then
    # Left alone when its tokens and its certificate are the current ones.
    [ "$(cat "$tokens" 2>/dev/null)" = "$wanted" ] && [ "$OAUTH2_DIR/introspect.pid" -nt "$TLS_DIR/chain.pem" ] && return 0
    kill "$pid" 2>/dev/null || true
    sleep 0.2
  fi
  printf '%s' "$wanted" >"$tokens"
  command -v node >/dev/null 2>&1 || fail "node is needed for the OAuth2 introspection endpoint"
  if (exec 3<>"/dev/tcp/$HOST/$OAUTH2_PORT") 2>/dev/null; then
    fail "something else already listens on $HOST port $OAUTH2_PORT"
  fi
  log "starting the OAuth2 introspection endpoint on $HOST:$OAUTH2_PORT"
  nohup node "$SCRIPT_DIR/oauth2-introspect.mjs" "$HOST" "$OAUTH2_PORT" "$tokens" "$TLS_DIR/server.key" "$TLS_DIR/chain.pem" \
    </dev/null >>"$LOG_DIR/introspect.log" 2>&1 &
  echo $! >"$OAUTH2_DIR/introspect.pid"
  local _
  for _ in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/$HOST/$OAUTH2_PORT") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  fail "the OAuth2 introspection endpoint did not start"
}

mkdir -p "$LOG_DIR"
mark_logs
install_packages
make_certificates
# shellcheck source=scripts/interop/config.sh
source "$SCRIPT_DIR/config.sh"
configure_postfix
configure_dovecot

if postfix_running; then
  log "reloading Postfix"
  postfix_cmd reload || fail "postfix reload"
else
  check_ports_free "${SMTP_PORTS[@]}"
  log "starting Postfix"
  postfix_cmd check || fail "postfix check"
  postfix_cmd start || fail "postfix start"
fi

start_introspection

# Dovecot's auth listener for Postfix sits in Postfix's queue directory, which exists once Postfix ran.
mkdir -p /var/spool/postfix/private
if pid=$(dovecot_pid); then
  log "reloading Dovecot"
  doveadm -c "$DOVECOT_CONF" reload </dev/null >>"$LOG_DIR/dovecot-start.log" 2>&1 || fail "dovecot reload"
else
  check_ports_free "${POP3_PORTS[@]}" "${IMAP_PORTS[@]}"
  log "starting Dovecot"
  # stdio redirected: a daemon holding the caller's stdout keeps `up.sh | tee` from ever ending.
  dovecot -c "$DOVECOT_CONF" </dev/null >>"$LOG_DIR/dovecot-start.log" 2>&1 || fail "dovecot start"
fi

# shellcheck source=scripts/interop/wait.sh
source "$SCRIPT_DIR/wait.sh"
wait_for_all 30 || fail "not every port greeted"
write_env

postfix_version=$(postconf -dh mail_version 2>/dev/null || echo '?')
dovecot_version=$(dovecot --version 2>/dev/null | cut -d' ' -f1 || echo '?')
printf 'interop up in %ss: Postfix %s on %s:25,465,587,2525 and Dovecot %s on %s:110,995,143,993 (TLS name %s); facts in %s\n' \
  "$(($(date +%s) - started_at))" "$postfix_version" "$HOST" "$dovecot_version" "$HOST" "$SERVERNAME" "$INTEROP_DIR/env"
