#!/usr/bin/env bash
# Stops the redis-server scripts/redis/up.sh started (by its pid), and forgets it.
set -Eeuo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ENV_FILE="$ROOT/.redis/env"
[ -s "$ENV_FILE" ] || exit 0
. "$ENV_FILE"
kill -CONT "$REDIS_PID" 2>/dev/null || true
kill "$REDIS_PID" 2>/dev/null || true
rm -f "$ENV_FILE"
echo "redis: stopped (pid $REDIS_PID)" >&2
