# Shared settings for the interop servers (sourced by up.sh and down.sh).
# shellcheck shell=bash disable=SC2034

INTEROP_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Connection facts for the test suites live in the repo (gitignored); server state lives in /run, so that
# socket paths stay short and the mail user (uid 8) can reach its home whatever the clone's path is.
INTEROP_DIR="${MAILPORTS_INTEROP_DIR:-$INTEROP_REPO/.interop}"
RUN_DIR="${MAILPORTS_INTEROP_RUN_DIR:-/run/mailports-interop}"
TLS_DIR="$RUN_DIR/tls"
LOG_DIR="$RUN_DIR/log"
DOVECOT_CONF="$RUN_DIR/dovecot/dovecot.conf"
POSTFIX_CONF=/etc/postfix

# 127.0.0.10, not 127.0.0.1: Dovecot treats a connection as secure when client IP == server IP, and
# clients on this machine connect from 127.0.0.1 by default.
HOST=127.0.0.10
SERVERNAME=mail.interop.test
DOMAIN=interop.test
PROBE_USER="probe@interop.test"
PROBE_PASSWORD="interop-secret-1"
# OAuth2: a local introspection endpoint (RFC 7662) that Dovecot's oauth2 passdb asks about tokens.
# Throwaway tokens: one for the probe user, one issued to another user (to test a user mismatch).
OAUTH2_PORT=9443
OAUTH2_DIR="$RUN_DIR/oauth2"
OAUTH2_TOKEN="interop-oauth2-token.probe-1"
OAUTH2_OTHER_TOKEN="interop-oauth2-token.other-1"
SMTP_PORTS=(25 465 587 2525)
POP3_PORTS=(110 995)
IMAP_PORTS=(143 993)

log() { printf '[interop] %s\n' "$*" >&2; }

# Postfix prints fatal errors only to a tty or /dev/log (absent here), so give it a tty and keep what it says.
postfix_cmd() {
  local out=$LOG_DIR/postfix-cmd.log
  mkdir -p "$LOG_DIR"
  LOG_MARK[postfix-cmd.log]=0
  script -qec "postfix $*" /dev/null </dev/null >"$out" 2>&1
  local rc=$?
  tr -d '\r' <"$out" >&2 || true
  return $rc
}

DOVECOT_BASE="$RUN_DIR/dovecot/run"

dovecot_pid() {
  local pid
  pid=$(cat "$DOVECOT_BASE/master.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && printf '%s\n' "$pid"
}

introspection_pid() {
  local pid
  pid=$(cat "$OAUTH2_DIR/introspect.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && printf '%s\n' "$pid"
}

postfix_running() {
  command -v postfix >/dev/null 2>&1 && [ -f "$POSTFIX_CONF/main.cf" ] &&
    postfix status >/dev/null 2>&1
}

LOG_FILES=(postfix.log dovecot.log postfix-cmd.log dovecot-start.log introspect.log)
declare -A LOG_MARK=()

# Remembers how long each log is, so that a failure shows only what this run added.
mark_logs() {
  local name
  for name in "${LOG_FILES[@]}"; do
    LOG_MARK[$name]=$(wc -l 2>/dev/null <"$LOG_DIR/$name" || echo 0)
  done
}

show_logs() {
  local name file new
  for name in "${LOG_FILES[@]}"; do
    file=$LOG_DIR/$name
    [ -s "$file" ] || continue
    new=$(tail -n +"$((${LOG_MARK[$name]:-0} + 1))" "$file" | tail -n 40)
    [ -n "$new" ] || continue
    printf '\n----- %s (this run, last 40 lines) -----\n%s\n' "$file" "$new" >&2
  done
}
