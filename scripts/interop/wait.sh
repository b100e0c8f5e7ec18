# Readiness checks: every port must greet once (sourced by up.sh after lib.sh).
# shellcheck shell=bash disable=SC2034

# Plaintext: read lines until the expected greeting, then say goodbye; every read is bounded in time.
plain_greets() {
  local port=$1 quit=$2 expect=$3
  # shellcheck disable=SC2016 # expanded by the inner bash, from its arguments
  timeout 8 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    while IFS= read -r -t 6 line <&3; do
      case "$line" in
        *"$3"*) printf "%s\r\n" "$2" >&3; timeout 3 cat <&3 >/dev/null; exit 0 ;;
      esac
    done
    exit 1' "$HOST" "$port" "$quit" "$expect" 2>/dev/null
}

# Implicit TLS: the handshake must verify against the generated CA for the server name. s_client runs as
# a coprocess so that the goodbye is sent once the greeting arrived, not after a guessed delay.
tls_greets() {
  local port=$1 quit=$2 expect=$3 line found=1
  coproc GREET {
    exec timeout 8 openssl s_client -connect "$HOST:$port" -servername "$SERVERNAME" -CAfile "$TLS_DIR/ca.pem" \
      -verify_hostname "$SERVERNAME" -verify_return_error -quiet -ign_eof 2>/dev/null
  }
  local in=${GREET[0]} out=${GREET[1]} pid=$GREET_PID
  while IFS= read -r -t 6 line <&"$in"; do
    if [[ "$line" == *"$expect"* ]]; then
      found=0
      break
    fi
  done 2>/dev/null
  { printf '%s\r\n' "$quit" >&"$out"; } 2>/dev/null || true
  exec {out}>&-
  # The coprocess may be gone already (no server, failed handshake), and its descriptors with it.
  { timeout 3 cat <&"$in" >/dev/null; } 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  return $found
}

port_greets() {
  case "$1" in
    25 | 587 | 2525) plain_greets "$1" QUIT "220 $SERVERNAME ESMTP" ;;
    465) tls_greets "$1" QUIT "220 $SERVERNAME ESMTP" ;;
    110) plain_greets "$1" QUIT "+OK Dovecot (Debian) ready." ;;
    995) tls_greets "$1" QUIT "+OK Dovecot (Debian) ready." ;;
    143) plain_greets "$1" "a LOGOUT" "] Dovecot (Debian) ready." ;;
    993) tls_greets "$1" "a LOGOUT" "] Dovecot (Debian) ready." ;;
    *) return 1 ;;
  esac
}

# Waits until each of the eight ports has greeted once, at most $1 seconds in all.
wait_for_all() {
  local deadline=$(($(date +%s) + $1)) port pending=("${SMTP_PORTS[@]}" "${POP3_PORTS[@]}" "${IMAP_PORTS[@]}")
  while [ ${#pending[@]} -gt 0 ]; do
    local still=()
    for port in "${pending[@]}"; do
      port_greets "$port" || still+=("$port")
    done
    pending=("${still[@]+"${still[@]}"}")
    [ ${#pending[@]} -eq 0 ] && return 0
    if [ "$(date +%s)" -ge "$deadline" ]; then
      log "no greeting on $HOST port(s): ${pending[*]}"
      return 1
    fi
    sleep 0.5
  done
}
