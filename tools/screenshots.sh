#!/usr/bin/env bash
# Renders every screen in every language, portrait and landscape, into
# docs/screenshots/ (NAME-LANG-ORIENTATION.png), against the real portal
# simulator. Look at them after a UI change.
set -euo pipefail
bin=${1:-build/dev/bin}
out=${2:-docs/screenshots}
mkdir -p "$out"
work=$(mktemp -d)
"$bin/motcua-portal-sim" pki "$work/pki" >/dev/null
"$bin/motcua-portal-sim" --pki "$work/pki" --data "$work/sim.sqlite" --port 0 > "$work/sim.log" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q listening "$work/sim.log" && break; sleep 0.05; done
port=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$work/sim.log" | head -n 1)
cat > "$work/shots.toml" <<TOML
[store]
data_dir = "$work/data"
[devices.portal]
backend = "https"
url = "https://127.0.0.1:$port"
ca_file = "$work/pki/ca.crt"
TOML
shot() {  # shot NAME LANGUAGE ORIENTATION ARGS…
  local name=$1 language=$2 orientation=$3; shift 3
  local size=1920x1080; [ "$orientation" = portrait ] && size=1080x1920
  QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/shots.toml" --language "$language" --size "$size" \
    --screenshot "$out/$name-$language-$orientation.png" "$@" >/dev/null 2>&1
}
for language in vi en; do
  for orientation in landscape portrait; do
    for screen in attract language home site-info; do
      shot "$screen" "$language" "$orientation" --screen "$screen"
    done
    shot status "$language" "$orientation" --screen status
    shot passport "$language" "$orientation" --screen passport
  done
  # Every status the portal can report, and a lookup that fails.
  n=1
  for status in received processing needs-information ready-for-pickup mailed returned rejected; do
    shot "status-$status" "$language" landscape --screen status --lookup "HN-DEMO-00000$n"
    n=$((n + 1))
  done
  shot status-not-found "$language" landscape --screen status --lookup "HN-000000-999999"
  shot status-ready-for-pickup "$language" portrait --screen status --lookup "HN-DEMO-000004"
done
# The passport wizard: every step with sample answers, in Vietnamese.
for orientation in landscape portrait; do
  for step in about_you id_card addresses work family previous_passport request review fee; do
    shot "passport-${step//_/-}" vi "$orientation" --screen passport --wizard-step "$step"
  done
done
ls "$out" | wc -l
