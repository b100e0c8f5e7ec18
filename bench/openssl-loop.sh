#!/usr/bin/env bash
# The by-hand baseline: what a person scripts with bash and `openssl s_client` to learn, on each of the
# eight ports, the greeting, the capabilities before TLS and after TLS, and the TLS summary (protocol, cipher, certificate, verification). One pass,
# port after port; no fixed sleeps (each step waits for the server's answer, bounded by `read -t`).
# Usage: openssl-loop.sh [output-file]   (reads .interop/env; only ever talks to 127.0.0.0/8)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ENV_FILE="${MAILPORTS_INTEROP_ENV:-$ROOT/.interop/env}"
[ -f "$ENV_FILE" ] || { echo "no $ENV_FILE: run scripts/interop/up.sh first" >&2; exit 1; }
# shellcheck disable=SC1090
source "$ENV_FILE"
HOST=$MAILPORTS_INTEROP_HOST
SERVERNAME=$MAILPORTS_INTEROP_SERVERNAME
CA=$MAILPORTS_INTEROP_CA
[[ "$HOST" == 127.* ]] || { echo "refusing to target $HOST: loopback only" >&2; exit 1; }
OUT="${1:-/dev/stdout}"
T=5 # seconds any one read may wait

# Reads lines from fd $1 until one matches the pattern $2 (bash glob); prints them (only the matching one
# when $3 is `last`). Fails on timeout or EOF.
read_until() {
  local fd=$1 pattern=$2 mode=${3:-all} line
  while IFS= read -r -t "$T" line <&"$fd"; do
    line=${line%$'\r'}
    # shellcheck disable=SC2053
    [ "$mode" = all ] || [[ "$line" == $pattern ]] && printf '%s\n' "$line"
    # shellcheck disable=SC2053
    [[ "$line" == $pattern ]] && return 0
  done
  return 1
}

# Plaintext: greeting, capabilities, goodbye, on bash's /dev/tcp.
plain_caps() {
  local port=$1 greeting=$2 command=$3 end=$4 quit=$5
  exec {fd}<>"/dev/tcp/$HOST/$port"
  read_until "$fd" "$greeting" >/dev/null
  printf '%s\r\n' "$command" >&"$fd"
  read_until "$fd" "$end"
  printf '%s\r\n' "$quit" >&"$fd"
  timeout "$T" cat <&"$fd" >/dev/null || true
  exec {fd}>&-
}

# TLS through s_client as a coprocess: implicit (wait for the greeting) or STARTTLS (s_client does the
# plaintext part itself and sends what we write once the handshake is done).
tls_caps() {
  local port=$1 starttls=$2 greeting=$3 command=$4 first=$5 end=$6 quit=$7
  local args=(-connect "$HOST:$port" -servername "$SERVERNAME" -CAfile "$CA" -verify_hostname "$SERVERNAME" -brief -ign_eof)
  [ -n "$starttls" ] && args+=(-starttls "$starttls")
  local summary
  summary=$(mktemp)
  coproc SCLIENT { exec timeout 15 openssl s_client "${args[@]}" 2>"$summary"; }
  local in=${SCLIENT[0]} out=${SCLIENT[1]} pid=$SCLIENT_PID
  [ -z "$starttls" ] && read_until "$in" "$greeting" >/dev/null
  printf '%s\r\n' "$command" >&"$out"
  # After -starttls, s_client echoes a leftover plaintext line first: skip to the real reply's first line.
  read_until "$in" "$first" last
  read_until "$in" "$end"
  printf '%s\r\n' "$quit" >&"$out"
  exec {out}>&-
  timeout "$T" cat <&"$in" >/dev/null || true
  wait "$pid" 2>/dev/null || true
  # -brief's summary: protocol, cipher, peer certificate, verification result.
  grep -a -E '^(Protocol version|Ciphersuite|Peer certificate|Verification|Verified peername)' "$summary" || true
  rm -f "$summary"
}


SMTP_GREETING='220 *'
SMTP_END='250 *'
SMTP_FIRST="250-$SERVERNAME"
{
  for port in "$MAILPORTS_INTEROP_SMTP_PORT" "$MAILPORTS_INTEROP_SUBMISSION_PORT" "$MAILPORTS_INTEROP_SUBMISSION_ALT_PORT"; do
    echo "== smtp $port before TLS"
    plain_caps "$port" "$SMTP_GREETING" 'EHLO bench.mailports.invalid' "$SMTP_END" QUIT
    echo "== smtp $port after STARTTLS"
    tls_caps "$port" smtp '' 'EHLO bench.mailports.invalid' "$SMTP_FIRST" "$SMTP_END" QUIT
  done
  port=$MAILPORTS_INTEROP_SUBMISSIONS_PORT
  echo "== smtp $port implicit TLS"
  tls_caps "$port" '' "$SMTP_GREETING" 'EHLO bench.mailports.invalid' "$SMTP_FIRST" "$SMTP_END" QUIT

  port=$MAILPORTS_INTEROP_POP3_PORT
  echo "== pop3 $port before TLS"
  plain_caps "$port" '+OK*' CAPA '.' QUIT
  echo "== pop3 $port after STLS"
  tls_caps "$port" pop3 '' CAPA '*+OK' '.' QUIT
  port=$MAILPORTS_INTEROP_POP3S_PORT
  echo "== pop3 $port implicit TLS"
  tls_caps "$port" '' '+OK*' CAPA '*+OK' '.' QUIT

  port=$MAILPORTS_INTEROP_IMAP_PORT
  echo "== imap $port before TLS"
  plain_caps "$port" '\* OK*' 'a CAPABILITY' 'a OK*' 'z LOGOUT'
  echo "== imap $port after STARTTLS"
  tls_caps "$port" imap '' 'a CAPABILITY' '\* CAPABILITY*' 'a OK*' 'z LOGOUT'
  port=$MAILPORTS_INTEROP_IMAPS_PORT
  echo "== imap $port implicit TLS"
  tls_caps "$port" '' '\* OK*' 'a CAPABILITY' '\* CAPABILITY*' 'a OK*' 'z LOGOUT'
} >"$OUT"
