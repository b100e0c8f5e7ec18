#!/usr/bin/env bash
# Stops the NSD and Unbound that scripts/dnssec/up.sh started (by their pid files). Idempotent.
set -euo pipefail
RUN_DIR="${MAILPORTS_DNSSEC_RUN_DIR:-/run/mailports-dnssec}"
for name in unbound nsd; do
  pid=$(cat "$RUN_DIR/$name.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    printf '[dnssec] stopped %s (%s)\n' "$name" "$pid" >&2
  fi
  rm -f "$RUN_DIR/$name.pid"
done
