#!/usr/bin/env bash
# Times three ways of learning what the interop host's eight mail ports offer (25 465 587 2525 110 995
# 143 993 on 127.0.0.10, real Postfix and Dovecot from scripts/interop/up.sh):
#   openssl-loop  bash + openssl s_client, port after port (bench/openssl-loop.sh)
#   nmap          nmap -n -Pn with the smtp-commands, imap-capabilities, pop3-capabilities, ssl-cert scripts
#   mailports     probeSmtpPorts + probeMailbox from the built packages (bench/probes.mjs)
#   mailports-no-ca  the same without the interop CA (certificates then untrusted): the cost of `ca`
#   mailports-cli `mailports probe 127.0.0.10` from the built CLI (apps/cli/dist), when built
# with hyperfine when installed (Debian's package; installed here when missing and we are root), else a
# plain timing loop. Results (one sample output per tool, timings as JSON/Markdown) go to bench/results/.
# Usage: bash bench/ports.sh [runs]   env: BENCH_NO_INSTALL=1 to install nothing. Loopback only.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${1:-10}"
ENV_FILE="$ROOT/.interop/env"
PORTS=25,465,587,2525,110,995,143,993

if [ ! -f "$ENV_FILE" ]; then
  echo "== starting the interop servers (scripts/interop/up.sh)"
  bash scripts/interop/up.sh
fi
# shellcheck disable=SC1090
source "$ENV_FILE"
HOST=$MAILPORTS_INTEROP_HOST
[[ "$HOST" == 127.* ]] || { echo "refusing to target $HOST: loopback only" >&2; exit 1; }

if [ "${BENCH_NO_INSTALL:-0}" != 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  command -v nmap >/dev/null || missing+=(nmap)
  command -v hyperfine >/dev/null || missing+=(hyperfine)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]} from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null 2>&1 ||
      { apt-get update -qq </dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null 2>&1; } ||
      echo "   (could not install ${missing[*]}: continuing without)"
  fi
fi

OUT="$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
names=()
commands=()

names+=(openssl-loop)
commands+=("bash bench/openssl-loop.sh /dev/null")
bash bench/openssl-loop.sh "$OUT/openssl-loop.txt"

if command -v nmap >/dev/null; then
  # -n: nmap resolves addresses with its own resolver otherwise, and that resolver is not on loopback.
  nmap_cmd="nmap -n -Pn -p $PORTS --script smtp-commands,imap-capabilities,pop3-capabilities,ssl-cert $HOST"
  names+=(nmap)
  commands+=("$nmap_cmd -oN /dev/null")
  $nmap_cmd -oN "$OUT/nmap.txt" -oX "$OUT/nmap.xml" >/dev/null
else
  echo "   nmap not installed: skipped"
fi

if node bench/probes.mjs --json >"$OUT/mailports.json" 2>"$OUT/mailports.err"; then
  names+=(mailports)
  commands+=("node bench/probes.mjs")
  node bench/probes.mjs >"$OUT/mailports.txt"
  names+=(mailports-no-ca)
  commands+=("node bench/probes.mjs --no-ca")
else
  echo "   mailports probes skipped: $(head -c 300 "$OUT/mailports.err")"
fi

CLI="apps/cli/dist/cli.js"
cli_cmd="node $CLI probe $HOST --servername $MAILPORTS_INTEROP_SERVERNAME --ca $MAILPORTS_INTEROP_CA --no-color"
if [ -f "$CLI" ] && $cli_cmd >"$OUT/cli.txt" 2>&1; then
  names+=(mailports-cli)
  commands+=("$cli_cmd --json")
else
  echo "   mailports CLI skipped: $([ -f "$CLI" ] && tail -n 3 "$OUT/cli.txt" || echo "$CLI not built")"
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== timing ${names[*]} on $HOST ports $PORTS, $RUNS runs each"
if command -v hyperfine >/dev/null; then
  args=(--warmup 1 --runs "$RUNS" --style basic --export-json "$OUT/timings.json" --export-markdown "$OUT/timings.md")
  for index in "${!names[@]}"; do
    args+=(--command-name "${names[$index]}" "${commands[$index]}")
  done
  hyperfine "${args[@]}" >"$OUT/hyperfine.txt" 2>&1 || { cat "$OUT/hyperfine.txt"; exit 1; }
  summary=$(cat "$OUT/timings.md")
else
  summary="| command | mean [ms] | min [ms] | max [ms] |"$'\n'"|:---|---:|---:|---:|"
  for index in "${!names[@]}"; do
    times=()
    for _ in $(seq 1 "$RUNS"); do
      start=$(date +%s%N)
      bash -c "${commands[$index]}" >/dev/null 2>&1
      times+=($((($(date +%s%N) - start) / 1000000)))
    done
    stats=$(printf '%s\n' "${times[@]}" | sort -n | awk '{s+=$1; a[NR]=$1} END {printf "%.0f | %d | %d", s/NR, a[1], a[NR]}')
    summary+=$'\n'"| \`${names[$index]}\` | $stats |"
  done
  printf '%s\n' "$summary" >"$OUT/timings.md"
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cores=$(nproc)
printf 'load average before %s, after %s, on %s cores\n' "$load_before" "$load_after" "$cores" >"$OUT/load.txt"
echo
echo "$summary"
echo
cat "$OUT/load.txt"
awk -v load="${load_after%% *}" -v cores="$cores" 'BEGIN { exit !(load > cores) }' &&
  echo "  (the machine was busy: timings include waiting for a CPU; compare tools within one run only)"
echo
echo "What each saw (one sample run):"
printf '  openssl-loop: %s capability lines, %s TLS sessions verified\n' \
  "$(grep -c -E '^(250[- ]|\* CAPABILITY|[A-Z-]+$)' "$OUT/openssl-loop.txt")" "$(grep -c '^Verification: OK' "$OUT/openssl-loop.txt")"
[ -f "$OUT/nmap.txt" ] && printf '  nmap: %s open ports, %s certificates, smtp-commands on %s ports\n' \
  "$(grep -c '/tcp *open' "$OUT/nmap.txt")" "$(grep -c 'ssl-cert: Subject' "$OUT/nmap.txt")" "$(grep -c 'smtp-commands:' "$OUT/nmap.txt")"
[ -f "$OUT/mailports.txt" ] && sed 's/^/  mailports /' "$OUT/mailports.txt"
if [ -s "$OUT/cli.txt" ]; then sed 's/^/  mailports-cli /' "$OUT/cli.txt"; fi
echo "results: $OUT"
