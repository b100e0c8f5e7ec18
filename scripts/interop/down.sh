#!/usr/bin/env bash
# Stop the interop Postfix and Dovecot started by up.sh. Safe to run when they are not running.
set -uo pipefail
# shellcheck source=scripts/interop/lib.sh
source "$(dirname "$0")/lib.sh"

status=0
if postfix_running; then
  log "stopping Postfix"
  postfix_cmd stop || status=1
fi
if pid=$(dovecot_pid); then
  log "stopping Dovecot"
  doveadm -c "$DOVECOT_CONF" stop </dev/null >/dev/null 2>&1 || kill "$pid" 2>/dev/null || status=1
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && { log "Dovecot (pid $pid) did not stop"; status=1; }
fi
if pid=$(introspection_pid); then
  log "stopping the OAuth2 introspection endpoint"
  kill "$pid" 2>/dev/null || status=1
  rm -f "$OAUTH2_DIR/introspect.pid"
fi
rm -f "$INTEROP_DIR/env"
[ $status = 0 ] && log "interop servers stopped"
exit $status
