#!/usr/bin/env bash
# Install (if missing) and start a throwaway redis-server for the queue tests: 127.0.0.1 only, a free
# port, no persistence, daemonized. Writes .redis/env (REDIS_URL, REDIS_PORT, REDIS_PID) at the repo
# root. Idempotent: a server from an earlier run that still answers is kept.
set -Eeuo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATE="$ROOT/.redis"
ENV_FILE="$STATE/env"
log() { echo "redis: $*" >&2; }

installed() { dpkg-query -W -f='${Status}' redis-server 2>/dev/null | grep -q 'install ok installed'; }

install_redis() {
  installed && return 0
  if [ "$(id -u)" != 0 ]; then
    log "redis-server is not installed and installing it needs root"
    exit 1
  fi
  log "installing redis-server"
  export DEBIAN_FRONTEND=noninteractive
  local policy=/usr/sbin/policy-rc.d saved=""
  # No init system here: the package must not try to start its service while installing.
  if [ -e "$policy" ]; then saved="$policy.mailports-redis"; mv "$policy" "$saved"; fi
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy"
  local ok=0
  for attempt in 1 2; do
    # Another install holding the dpkg lock is waited for, not failed on.
    if apt-get -o DPkg::Lock::Timeout=300 update -qq </dev/null >/dev/null 2>&1 &&
      apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends redis-server </dev/null >/dev/null 2>&1; then
      ok=1 && break
    fi
    sleep 5
  done
  rm -f "$policy"
  if [ -n "$saved" ]; then mv "$saved" "$policy"; fi
  [ "$ok" = 1 ] || { log "apt-get install redis-server failed"; exit 1; }
}

answers() { [ -s "$ENV_FILE" ] && . "$ENV_FILE" && redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

install_redis
mkdir -p "$STATE"
if answers; then
  log "already running on 127.0.0.1:$REDIS_PORT"
  exit 0
fi

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
rm -f "$STATE/redis.pid"
redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
  --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log" --dir "$STATE" --protected-mode yes
for _ in $(seq 1 50); do
  redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG && break
  sleep 0.1
done
redis-cli -h 127.0.0.1 -p "$port" ping | grep -q PONG || { log "did not start"; tail -n 20 "$STATE/redis.log" >&2; exit 1; }
printf 'REDIS_URL=redis://127.0.0.1:%s\nREDIS_PORT=%s\nREDIS_PID=%s\n' "$port" "$port" "$(cat "$STATE/redis.pid")" >"$ENV_FILE"
log "started on 127.0.0.1:$port (pid $(cat "$STATE/redis.pid"), no persistence)"
