#!/usr/bin/env bash
# A private virtual printer for development: its own cupsd (config, spool, logs
# under a state directory, 127.0.0.1 on an unprivileged port) in front of an
# IPP Everywhere printer (ippeveprinter) that keeps every document as a file.
# No system CUPS service is touched. Same setup as tests/print/private_cups.cpp.
#
#   tools/setup-virtual-printer.sh start   # prints: export CUPS_SERVER=127.0.0.1:PORT
#   tools/setup-virtual-printer.sh status
#   tools/setup-virtual-printer.sh stop
#
# Then: eval "$(tools/setup-virtual-printer.sh start)"; motcua print test --printer cups
# Prints land in $STATE/printed/*.pdf. Environment: MOTCUA_PRINTER_DIR (state
# directory, default $XDG_STATE_HOME/motcua/virtual-printer), MOTCUA_CUPS_PORT
# (default 8631), MOTCUA_PRINTER_PORT (default 8632), MOTCUA_PRINTER_QUEUE (motcua-virtual).
set -euo pipefail

STATE=${MOTCUA_PRINTER_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/motcua/virtual-printer}
CUPS_PORT=${MOTCUA_CUPS_PORT:-8631}
PRINTER_PORT=${MOTCUA_PRINTER_PORT:-8632}
QUEUE=${MOTCUA_PRINTER_QUEUE:-motcua-virtual}
SERVER="127.0.0.1:$CUPS_PORT"

log() { echo "setup-virtual-printer: $*" >&2; }

alive() { [ -f "$STATE/$1.pid" ] && kill -0 "$(cat "$STATE/$1.pid")" 2>/dev/null; }

# Poll (no fixed sleeps) until a command succeeds or ~10 s pass.
wait_for() {
  for _ in $(seq 200); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.05
  done
  return 1
}

need() {
  command -v "$1" >/dev/null || { log "missing $1 (package $2; run tools/install-deps.sh)"; exit 1; }
}

start() {
  need cupsd cups-daemon; need ippeveprinter cups-ipp-utils; need lpadmin cups-client; need dbus-daemon dbus
  if alive cupsd && alive ippeveprinter; then
    echo "export CUPS_SERVER=$SERVER"
    return
  fi
  stop >/dev/null 2>&1 || true
  mkdir -p "$STATE"/{conf,spool/tmp,log,state,cache,printed}
  # cupsd running as root hands jobs to backends as user lp: let it reach the spool.
  chmod 755 "$STATE"
  cat > "$STATE/conf/cups-files.conf" <<CONF
ServerRoot $STATE/conf
RequestRoot $STATE/spool
TempDir $STATE/spool/tmp
StateDir $STATE/state
CacheDir $STATE/cache
AccessLog $STATE/log/access_log
ErrorLog $STATE/log/error_log
PageLog $STATE/log/page_log
Printcap $STATE/state/printcap
ServerBin /usr/lib/cups
DataDir /usr/share/cups
FileDevice No
SystemGroup root $(id -gn)
CONF
  cat > "$STATE/conf/cupsd.conf" <<CONF
Listen $SERVER
LogLevel info
Browsing No
WebInterface No
DefaultAuthType None
JobRetryLimit 0
ErrorPolicy abort-job
# A receipt's document must not stay in the spool once printed (docs/privacy.md).
PreserveJobFiles No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
  # ippeveprinter refuses to start without DNS-SD: give it a private D-Bus with no
  # Avahi on it, and turn registration off.
  dbus-daemon --session --nofork --address="unix:path=$STATE/state/bus" >"$STATE/log/dbus.log" 2>&1 &
  echo $! > "$STATE/dbus.pid"
  wait_for test -S "$STATE/state/bus" || { log "private dbus-daemon did not start"; exit 1; }
  DBUS_SYSTEM_BUS_ADDRESS="unix:path=$STATE/state/bus" \
    ippeveprinter -r off -c /bin/true -k -d "$STATE/printed" -f application/pdf -n localhost \
      -p "$PRINTER_PORT" -M motcua -m "Virtual 80mm" "$QUEUE" >"$STATE/log/ippeveprinter.log" 2>&1 &
  echo $! > "$STATE/ippeveprinter.pid"
  cupsd -f -c "$STATE/conf/cupsd.conf" -s "$STATE/conf/cups-files.conf" >"$STATE/log/cupsd.log" 2>&1 &
  echo $! > "$STATE/cupsd.pid"
  wait_for lpstat -h "$SERVER" -r || { log "cupsd did not answer on $SERVER; see $STATE/log/error_log"; exit 1; }
  wait_for bash -c "exec 3<>/dev/tcp/127.0.0.1/$PRINTER_PORT" || { log "ippeveprinter did not listen"; exit 1; }
  # A raw queue: cupsd passes motcua's PDF through untouched (no cups-filters needed).
  lpadmin -h "$SERVER" -p "$QUEUE" -E -v "ipp://localhost:$PRINTER_PORT/ipp/print" 2>/dev/null
  lpadmin -h "$SERVER" -d "$QUEUE"
  log "virtual printer $QUEUE ready on $SERVER; prints land in $STATE/printed"
  echo "export CUPS_SERVER=$SERVER"
}

stop() {
  for name in cupsd ippeveprinter dbus; do
    if alive "$name"; then
      kill "$(cat "$STATE/$name.pid")" 2>/dev/null || true
    fi
    rm -f "$STATE/$name.pid"
  done
  log "stopped"
}

status() {
  if alive cupsd && alive ippeveprinter; then
    lpstat -h "$SERVER" -p "$QUEUE"
    echo "prints: $STATE/printed"
  else
    echo "not running"
    return 1
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
